"""UI strings: one catalog module per language of the registry; German is the fallback."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from kiosk.core.languages import CODES, DEFAULT, LANGUAGES

LANG_NAMES = {lang.code: lang.native for lang in LANGUAGES}
"""Each language named in itself: a citizen looks for their own language, not its German name."""


@cache
def catalog(lang: str) -> dict[str, str]:
    """All strings of one language (unknown languages get German)."""
    if lang not in CODES:
        lang = DEFAULT
    return import_module(f"{__name__}.{lang}").STRINGS


def tr(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`, falling back to German; `values` fill {placeholders}."""
    text = catalog(lang).get(key) or catalog(DEFAULT)[key]
    return text.format(**values) if values else text
