"""The one-fact check of reworded sentences: what the model writes never changes a fact."""

from __future__ import annotations

import pytest

from kiosk.core.answer.prompt import prefix
from kiosk.core.answer.verify import backing_fact

PASS_FEES = ["Ab 24 Jahren kostet der Reisepass 70 Euro.",
             "Für einen Reisepass mit 48 Seiten zahlen Sie 22 Euro zusätzlich."]
ONLINE = ["Den Personalausweis kann man nicht online beantragen; der Antrag ist nur persönlich "
          "im Bürgerbüro möglich."]
DOG = ["Nach älterem Stand beträgt die Hundesteuer für einen Hund 96 Euro im Jahr."]


def test_a_faithful_rewording_is_backed_by_its_fact() -> None:
    assert backing_fact("Ab 24 Jahren kostet ein Reisepass 70 Euro.", PASS_FEES) == (0, "")


def test_a_relation_the_fact_lacks_is_refused() -> None:
    assert backing_fact("Für einen Reisepass mit 48 Seiten zahlen Sie 22 Euro mehr als sonst.",
                        PASS_FEES[1:]) == (None, "'als' is not in the fact")


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
    assert backing_fact(echo, facts, prefix("de")) == (None, "echo of the prompt's examples")


def test_words_from_elsewhere_are_refused() -> None:
    assert backing_fact("Ab 24 Jahren kostet der Reisepass beim Konsulat in Köln 70 Euro "
                        "Bearbeitungsgebühr plus Porto.", PASS_FEES)[0] is None


def test_a_rewording_that_leaves_out_names_or_most_of_the_fact_is_refused() -> None:
    facts = ["Recyclinghöfe gibt es in Flingern, Garath und Lohausen."]
    assert backing_fact("Der Recyclinghof ist in der Stadt Düsseldorf.", facts)[0] is None
    assert backing_fact("Recyclinghöfe gibt es in Flingern und Garath.", facts)[0] is None


def test_the_backing_fact_is_the_one_that_says_it() -> None:
    assert backing_fact("Für einen Reisepass mit 48 Seiten zahlen Sie 22 Euro zusätzlich.",
                        PASS_FEES) == (1, "")


@pytest.mark.parametrize("sentence", ["Kosten?", "Was kostet der Reisepass ab 24 Jahren, 70 Euro?",
                                      "Reisepass."])
def test_questions_and_fragments_are_no_rewording(sentence) -> None:
    assert backing_fact(sentence, PASS_FEES)[0] is None


def test_a_missing_or_extra_number_is_refused() -> None:
    assert backing_fact("Ab 24 Jahren kostet der Reisepass Euro.", PASS_FEES)[0] is None
    assert backing_fact("Ab 24 Jahren kostet der Reisepass 70 Euro, mit 48 Seiten mehr.",
                        PASS_FEES)[0] is None


def test_every_refusal_says_why() -> None:
    for sentence in ("Ab 24 Jahren kostet der Reisepass 70 Tage.",
                     "Der Reisepass kostet 22 Euro mehr als der normale Reisepass."):
        index, why = backing_fact(sentence, PASS_FEES)
        assert index is None and len(why) > 5


def test_no_fact_no_backing() -> None:
    assert backing_fact("Ab 24 Jahren kostet der Reisepass 70 Euro.", []) == (None, "no fact")
