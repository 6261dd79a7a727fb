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


@pytest.mark.parametrize("question, screen", [
    ("Wohnungsgeberbestätigung nedir, kim verir", "tr"),
    ("Personalausweis kaç para", "tr"),
    ("Kindergeld ile trwa", "pl"),
    ("Personalausweis cena", "pl"),
    ("Gdzie jest Bürgerbüro w Benrath", "pl"),
    ("часы работы Ausländerbehörde", "ru"),
    ("телефон Ausländerbehörde", "uk"),
    ("де взяти Wohnungsgeberbestätigung", "uk"),
    ("Anmeldung where", "en"),
    ("Termin Bürgerbüro", "tr"),
])
def test_the_screen_language_wins_over_a_german_service_name(detector, question, screen) -> None:
    """The question's own small words (or script) say it is in the screen's language."""
    assert detector.detect(question, screen) == screen


@pytest.mark.parametrize("question", [
    "skolko stoit vremennyj ausweis i skolko on dejstvuet",
    "gde sdelat anmeldung",
    "kakie dokumenty nuzhny dlya Reisepass",
])
def test_russian_typed_in_latin_letters_on_a_russian_screen_is_russian(detector, question):
    assert detector.detect(question, "ru") == "ru"


@pytest.mark.parametrize("question, screen", [
    ("Was kostet ein Personalausweis?", "tr"),
    ("Wie lange dauert die Anmeldung?", "pl"),
    ("Ich brauche eine Wohnungsgeberbestätigung, wer stellt die aus?", "uk"),
    ("Wo kann ich mich ummelden", "ru"),
])
def test_a_german_sentence_stays_german_on_any_screen(detector, question, screen) -> None:
    assert detector.detect(question, screen) == "de"
