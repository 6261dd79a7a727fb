"""UI strings: one catalog module per language; German is the default and the fallback."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from kiosk.core.settings import LANGS

DEFAULT = "de"

LANG_NAMES = {"de": "Deutsch", "en": "English", "tr": "Türkçe", "uk": "Українська",
              "ru": "Русский", "pl": "Polski", "ar": "العربية"}
"""Each language named in itself: a citizen looks for their own language, not its German name."""


@cache
def catalog(lang: str) -> dict[str, str]:
    """All strings of one language (unknown languages get German)."""
    if lang not in LANGS:
        lang = DEFAULT
    return import_module(f"{__name__}.{lang}").STRINGS


def tr(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`, falling back to German; `values` fill {placeholders}."""
    text = catalog(lang).get(key) or catalog(DEFAULT)[key]
    return text.format(**values) if values else text
