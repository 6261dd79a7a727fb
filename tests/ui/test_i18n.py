"""UI string catalogs: complete in every language, same placeholders, every topic named."""

from __future__ import annotations

import string

import pytest

from kiosk.core.knowledge.corpus import CATEGORIES
from kiosk.core.languages import CODES, LANGUAGES
from kiosk.ui.i18n import LANG_NAMES, catalog, tr

GERMAN = catalog("de")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", CODES)
def test_every_registry_language_has_a_catalog_with_every_key(lang):
    """Fails for a language added to kiosk/core/languages.py without its UI catalog."""
    from importlib import import_module

    strings = import_module(f"kiosk.ui.i18n.{lang}").STRINGS  # no fallback to German here
    assert set(strings) == set(GERMAN)
    for key, text in strings.items():
        assert text.strip(), key
        assert _fields(text) == _fields(GERMAN[key]), key


def test_every_topic_and_language_is_named():
    assert {f"cat.{c}" for c in CATEGORIES} <= set(GERMAN)
    assert LANG_NAMES == {lang.code: lang.native for lang in LANGUAGES}  # from the registry


def test_no_second_table_of_languages_in_the_ui():
    """Names, keyboards and voices come from the registry; no module keeps its own copy."""
    from pathlib import Path

    import kiosk.ui

    for path in Path(kiosk.ui.__file__).parent.rglob("*.py"):
        if path.parent.name == "i18n" and path.stem in CODES:
            continue  # the catalogs themselves
        source = path.read_text(encoding="utf-8")
        for lang in LANGUAGES:
            assert f'"{lang.native}"' not in source, (path, lang.native)
            assert f'"{lang.keyboard[0]}"' not in source, (path, lang.code)


def test_required_notices_in_german():
    assert tr("de", "ai_notice") == "KI-System, Antworten nicht rechtsverbindlich"
    assert tr("de", "pii_notice") == "Bitte geben Sie keine persönlichen Daten ein"


def test_unknown_language_falls_back_to_german():
    assert tr("xx", "ask_button") == "Frage stellen"
    assert tr("en", "countdown_body", seconds=5).startswith("Without a touch, a new session")
