"""Which language a question is in, when it mixes German service names and English."""

from __future__ import annotations

import pytest

from kiosk.core.answer.lang import LanguageDetector
from kiosk.core.knowledge.retrieval import _without_proclitics, normalise


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize("question", [
    "i have 2 dogs. Hundesteuer per year how much?",
    "bürgergeld for a married couple, how much does each partner get",
    "Gewerbeanmeldung as Einzelunternehmer, cost? can i do it online",
])
def test_english_around_a_german_compound_is_english(detector, question: str) -> None:
    assert detector.detect(question, "de") == "en"


@pytest.mark.parametrize("question", [
    "Wohngeld beantragen online", "Kann ich mit Karte zahlen im Bürgerbüro",
    "Hundesteuer für 2 Hunde, was kostet das", "Ich brauche ein Führungszeugnis for my job",
])
def test_german_with_an_english_word_stays_german(detector, question: str) -> None:
    assert detector.detect(question, "de") == "de"


def test_arabic_keywords_match_without_vowel_marks_and_glued_prepositions() -> None:
    assert normalise("مدّة الهويّة") == normalise("مدة الهوية") == "مده الهويه"
    assert "تسجيل السكن" in _without_proclitics(normalise("معي لتسجيل السكن"))
    assert "السكن" in _without_proclitics(normalise("للسكن")).split()
    assert _without_proclitics(normalise("تسجيل السكن")) == ""  # nothing glued: nothing extra
