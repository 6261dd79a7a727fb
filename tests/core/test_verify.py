"""Claim verification: generated sentences the sources do not support never reach a citizen."""

from __future__ import annotations

import pytest

from kiosk.core.answer.verify import Evidence, unsupported_claims, verify_text

SOURCE = (
    "Seit dem 7. Februar 2026 kostet ein Personalausweis für Antragstellende ab 24 Jahren "
    "46,00 Euro. Für Personen unter 24 Jahren kostet der Personalausweis 27,60 Euro. "
    "Das Foto kann für 6 Euro direkt im Bürgerbüro aufgenommen werden. "
    "Wohngeld beantragen Sie beim Amt für Wohnungswesen, Brinckmannstraße 5, 40225 Düsseldorf. "
    "Die Info-Line erreichen Sie unter 0211 89-91."
)
EVIDENCE = Evidence.of(SOURCE)


@pytest.mark.parametrize("sentence", [
    "Ein Personalausweis kostet 46,00 Euro.",
    "Für Personen unter 24 Jahren kostet der Personalausweis 27,60 Euro.",
    "Die Info-Line erreichen Sie unter 0211 89-91.",
    "Wohngeld beantragen Sie beim Amt für Wohnungswesen, Brinckmannstraße 5.",
])
def test_supported_sentences_stay(sentence: str) -> None:
    assert unsupported_claims(sentence, EVIDENCE) == []


@pytest.mark.parametrize("sentence, problem", [
    ("Der Personalausweis kostet 9 Euro.", "number 9"),
    ("Ein Personalausweis kostet 46,00 Euro und wird am 8. Februar 2026 teurer.", "date"),
    ("Die Info-Line erreichen Sie unter 0211 89-92.", "92"),
    ("Wohngeld beantragen Sie beim Amt für Wohnungswesen, Brinckmannstraße 7.", "address"),
    ("Der Personalausweis kostet 6 Euro.", "no source sentence"),
    ("Den Personalausweis beantragen Sie beim Finanzamt.", "word finanzamt"),
])
def test_unsupported_claims_are_named(sentence: str, problem: str) -> None:
    problems = unsupported_claims(sentence, EVIDENCE)
    assert any(problem in p for p in problems), problems


def test_a_made_up_fee_is_removed_and_the_rest_kept() -> None:
    kept, dropped = verify_text(
        "Ein Personalausweis kostet 46,00 Euro. Er kostet 5 Euro. Wie kann ich helfen?",
        EVIDENCE)
    assert kept == ["Ein Personalausweis kostet 46,00 Euro."]
    assert "Er kostet 5 Euro." in dropped


def test_number_formats_are_compared_as_numbers() -> None:
    assert unsupported_claims("Für Personen unter 24 Jahren kostet der Personalausweis 27.60 "
                              "Euro.", EVIDENCE) == []
