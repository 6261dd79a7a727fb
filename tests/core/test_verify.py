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


# -- the check of reworded sentences against one fact (kiosk/core/answer/verify.backing_fact) --

from kiosk.core.answer.prompt import prefix  # noqa: E402
from kiosk.core.answer.verify import backing_fact  # noqa: E402

PASS_FEES = ["Ab 24 Jahren kostet der Reisepass 70 Euro.",
             "Für einen Reisepass mit 48 Seiten zahlen Sie 22 Euro zusätzlich."]
ONLINE = ["Den Personalausweis kann man nicht online beantragen; der Antrag ist nur persönlich "
          "im Bürgerbüro möglich."]
DOG = ["Nach älterem Stand beträgt die Hundesteuer für einen Hund 96 Euro im Jahr."]


def test_a_faithful_rewording_is_backed_by_its_fact() -> None:
    assert backing_fact("Ab 24 Jahren kostet ein Reisepass 70 Euro.", PASS_FEES) == (0, "")


def test_a_relation_the_fact_lacks_is_refused() -> None:
    index, why = backing_fact("Ein Reisepass kostet 22 Euro mehr als der normale Reisepass.",
                              PASS_FEES)
    assert index is None and why


def test_a_fee_without_its_condition_is_refused() -> None:
    assert backing_fact("Der Reisepass kostet 70 Euro.", PASS_FEES)[0] is None


def test_a_number_with_another_unit_is_refused() -> None:
    assert backing_fact("Ab 24 Jahren kostet der Reisepass 70 Tage.", PASS_FEES)[0] is None


def test_the_opposite_of_the_fact_is_refused() -> None:
    assert backing_fact("Den Personalausweis kann man online beantragen; der Antrag ist im "
                        "Bürgerbüro möglich.", ONLINE)[0] is None


def test_a_dropped_caveat_is_refused() -> None:
    assert backing_fact("Die Hundesteuer für einen Hund beträgt 96 Euro im Jahr.", DOG)[0] is None
    assert backing_fact("Nach älterem Stand kostet die Hundesteuer für einen Hund 96 Euro im "
                        "Jahr.", DOG)[0] == 0


def test_an_echo_of_the_prompt_examples_is_refused_even_cut_short() -> None:
    facts = ["Den Wohnsitz melden Sie innerhalb von 2 Wochen nach dem Einzug an."]
    echo = "Sie müssen Ihren Wohnsitz innerhalb von 2 Wochen an."
    assert backing_fact(echo, facts, prefix("de"))[0] is None


def test_words_from_elsewhere_are_refused() -> None:
    assert backing_fact("Ab 24 Jahren kostet der Reisepass beim Konsulat in Köln 70 Euro "
                        "Bearbeitungsgebühr plus Porto.", PASS_FEES)[0] is None


def test_a_rewording_that_leaves_out_names_or_most_of_the_fact_is_refused() -> None:
    facts = ["Recyclinghöfe gibt es in Flingern, Garath und Lohausen."]
    assert backing_fact("Der Recyclinghof ist in der Stadt Düsseldorf.", facts)[0] is None
    assert backing_fact("Recyclinghöfe gibt es in Flingern und Garath.", facts)[0] is None
