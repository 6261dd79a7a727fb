"""UI string catalogs: complete in every language, same placeholders, every topic named."""

from __future__ import annotations

import string

import pytest

from kiosk.core.knowledge.corpus import CATEGORIES
from kiosk.core.settings import LANGS
from kiosk.ui.i18n import LANG_NAMES, catalog, tr

GERMAN = catalog("de")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_is_complete(lang):
    strings = catalog(lang)
    assert set(strings) == set(GERMAN)
    for key, text in strings.items():
        assert text.strip(), key
        assert _fields(text) == _fields(GERMAN[key]), key


def test_every_topic_and_language_is_named():
    assert {f"cat.{c}" for c in CATEGORIES} <= set(GERMAN)
    assert set(LANG_NAMES) == set(LANGS)


def test_required_notices_in_german():
    assert tr("de", "ai_notice") == "KI-System, Antworten nicht rechtsverbindlich"
    assert tr("de", "pii_notice") == "Bitte geben Sie keine persönlichen Daten ein"


def test_unknown_language_falls_back_to_german():
    assert tr("xx", "ask_button") == "Frage stellen"
    assert tr("en", "countdown_body", seconds=5).startswith("Without a touch, a new session")
