"""Why a reworded sentence is refused, rule by rule, with the reason staff see in `--explain`.

Each refusal names the first rule the sentence breaks; a fact that refuses never stops the search
for another fact that backs the sentence.
"""

from __future__ import annotations

import pytest

from kiosk.core.answer.prompt import prefix
from kiosk.core.answer.verify import backing_fact

NO_STATEMENT = "prompt echo or no statement"
ECHO = "echo of the prompt's examples"

PAGES = "Für einen Reisepass mit 48 Seiten zahlen Sie 22 Euro zusätzlich."
PASS = "Ab 24 Jahren kostet der Reisepass 70 €."


# --- each rule, and the search going on to the next fact -----------------------------------

@pytest.mark.parametrize(("other", "why"), [
    ("Ab 24 Jahren kostet der Reisepass 70 Euro.", "numbers differ from every fact"),
    ("Für einen Reisepass mit 48 Seiten warten Sie 22 Tage zusätzlich.",
     "a number with another unit"),
    ("Für einen Reisepass mit 48 Seiten zahlen Sie 22 Euro.", "'zusätzlich' is not in the fact"),
    ("Für einen Reisepass mit 48 Seiten zahlen Sie etwa 22 Euro zusätzlich.",
     "drops 'etwa' of the fact"),
    ("Die 48 Seiten kosten 22 Euro zusätzlich.", "most words are not the fact's"),
    ("Für einen Reisepass mit 48 Seiten zahlen Sie im Bürgerbüro Flingern bei Abholung nach "
     "Terminbuchung 22 Euro zusätzlich.", "leaves out most of the fact"),
    ("Für einen Reisepass mit 48 Seiten zahlen Sie in Garath 22 Euro zusätzlich.",
     "drops 'garath' of the fact"),
])
def test_a_fact_that_refuses_says_why_and_the_next_fact_still_backs(other, why) -> None:
    assert backing_fact(PAGES, [other]) == (None, why)
    assert backing_fact(PAGES, [other, PAGES]) == (1, "")


def test_the_first_facts_reason_is_the_one_reported() -> None:
    facts = ["Ab 24 Jahren kostet der Reisepass 70 Euro.",
             "Für einen Reisepass mit 48 Seiten warten Sie 22 Tage zusätzlich."]
    assert backing_fact(PAGES, facts) == (None, "numbers differ from every fact")
    assert backing_fact(PAGES, facts[::-1]) == (None, "a number with another unit")


def test_without_facts_the_reason_is_no_fact() -> None:
    assert backing_fact(PASS, []) == (None, "no fact")


# --- no statement: too short, a question, a sentence of the fixed prompt ---------------------

def test_twelve_characters_are_a_statement_eleven_are_not() -> None:
    assert backing_fact("Gebühr: 5 €.", ["Gebühr: 5 €."]) == (0, "")
    assert backing_fact("Gebühr 5 €.", ["Gebühr 5 €."]) == (None, NO_STATEMENT)


@pytest.mark.parametrize("question", ["Ab 24 Jahren kostet der Reisepass 70 €?",
                                      "Ab 24 Jahren kostet der Reisepass 70 €?  "])
def test_a_question_is_no_statement_even_when_the_fact_says_it(question) -> None:
    assert backing_fact(question, [PASS]) == (None, NO_STATEMENT)


def test_a_sentence_of_the_fixed_prompt_is_refused_even_when_a_fact_says_it() -> None:
    fact = "Ein Führungszeugnis kostet 13 Euro."
    assert backing_fact(fact, [fact]) == (None, NO_STATEMENT)


# --- echoes of the prompt's examples --------------------------------------------------------

MOVE = "Den Wohnsitz melden Sie innerhalb von 2 Wochen nach dem Einzug an."
# the German example answer, cut short after "innerhalb" and then going on with the fact
CUT_ECHO = "Sie müssen Ihren Wohnsitz innerhalb 2 Wochen nach dem Einzug anmelden."


def test_a_truncated_echo_of_the_example_answer_is_refused() -> None:
    assert backing_fact(CUT_ECHO, [MOVE]) == (0, "")  # the fact backs it ...
    assert backing_fact(CUT_ECHO, [MOVE], prefix("de")) == (None, ECHO)  # ... the prompt not


def test_a_sentence_that_starts_unlike_the_examples_is_no_echo() -> None:
    assert backing_fact(PASS, [PASS], prefix("de")) == (0, "")
    assert backing_fact(PASS, [PASS], prefix("en")) == (0, "")


def test_an_echo_needs_fifteen_letters_of_the_example() -> None:
    example = "Frage: Was kostet ein Pass?\nAntwort: Der Pass kostet 9 Euro.\n"
    # "der pass kostet": fifteen characters of the example answer
    assert backing_fact("Der Pass kostet 5 €.", ["Der Pass kostet 5 €."], example) == (None, ECHO)
    # "pass kostet": in the example too, but too short to tell an echo from a plain statement
    assert backing_fact("Pass kostet: 5 €.", ["Pass kostet: 5 €."], example) == (0, "")


# --- numbers and their units ----------------------------------------------------------------

@pytest.mark.parametrize("amount", ["70 Euro", "70 EUR", "70 euro", "70,00 €", "70.00 Euro",
                                    "70€"])
def test_every_way_of_writing_euros_is_the_same_unit(amount) -> None:
    assert backing_fact(f"Ab 24 Jahren kostet der Reisepass {amount}.", [PASS]) == (0, "")


@pytest.mark.parametrize("amount", ["70 Tage", "70 Wochen", "70 %", "70 Stunden", "70 Jahre"])
def test_the_same_number_with_another_unit_is_refused(amount) -> None:
    assert backing_fact(f"Ab 24 Jahren kostet der Reisepass {amount}.", [PASS]) == (
        None, "a number with another unit")


def test_a_unit_inflected_otherwise_is_the_same_unit() -> None:
    # "Jahre" and "Jahren" are one unit; the sentence fails only because the fact's noun is gone
    assert backing_fact("Ab 24 Jahre kostet der Reisepass 70 €.", [PASS]) == (
        None, "drops 'jahren' of the fact")
    week = "Die Bearbeitung dauert 2 weeks."
    assert backing_fact("Die Bearbeitung dauert 2 week.", [week]) == (0, "")
    assert backing_fact("Die Bearbeitung dauert 2 days.", [week]) == (
        None, "a number with another unit")


# --- words that change what a fact says ------------------------------------------------------

ONLINE = "Den Personalausweis können Sie online beantragen."


def test_an_added_negation_is_refused() -> None:
    assert backing_fact("Den Personalausweis können Sie nicht online beantragen.", [ONLINE]) == (
        None, "'nicht' is not in the fact")


def test_an_added_comparison_is_refused() -> None:
    assert backing_fact("Ab 24 Jahren kostet der Reisepass 70 € mehr.", [PASS]) == (
        None, "'mehr' is not in the fact")


def test_a_dropped_negation_or_caveat_is_refused() -> None:
    only_in_person = ("Den Personalausweis kann man nicht online beantragen; der Antrag ist nur "
                      "persönlich im Bürgerbüro möglich.")
    assert backing_fact("Den Personalausweis kann man online beantragen; der Antrag ist "
                        "persönlich im Bürgerbüro möglich.", [only_in_person]) == (
        None, "drops 'nicht' of the fact")
    about = "Die Bearbeitung dauert etwa 3 Wochen."
    assert backing_fact("Die Bearbeitung dauert 3 Wochen.", [about]) == (
        None, "drops 'etwa' of the fact")
    assert backing_fact("Die Bearbeitung dauert etwa 3 Wochen.", [about]) == (0, "")


# --- most words shared both ways --------------------------------------------------------------

SHORT = "Den Antrag stellen Sie persönlich im Bürgerbüro, vorher buchen Sie einen Termin."
# SHORT's seven content words and three of its own: seven in ten
LONG = ("Den Antrag stellen Sie schnell und einfach persönlich im Bürgerbüro, vorher buchen Sie "
        "direkt einen Termin.")
LONGER = ("Den Antrag stellen Sie schnell und einfach persönlich im Bürgerbüro, vorher buchen Sie "
          "direkt online einen Termin.")


def test_seven_of_ten_words_from_the_fact_are_enough() -> None:
    assert backing_fact(LONG, [SHORT]) == (0, "")
    assert backing_fact(LONGER, [SHORT]) == (None, "most words are not the fact's")


def test_seven_of_ten_words_of_the_fact_are_enough() -> None:
    assert backing_fact(SHORT, [LONG]) == (0, "")
    assert backing_fact(SHORT, [LONGER]) == (None, "leaves out most of the fact")


def test_short_words_count_too() -> None:
    # "bar" (cash) is a claim of its own: two of three words are not enough, either way round
    cash, fee = "Der Antrag kostet 22 Euro in bar.", "Der Antrag kostet 22 Euro."
    assert backing_fact(cash, [fee]) == (None, "most words are not the fact's")
    assert backing_fact(fee, [cash]) == (None, "leaves out most of the fact")


def test_stop_words_do_not_count() -> None:
    assert backing_fact("Für den Antrag zahlen Sie dann bitte 22 Euro.",
                        ["Den Antrag zahlen Sie mit 22 Euro."]) == (0, "")
