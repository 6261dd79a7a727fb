"""Variants, lead facts and the extra fact: what a citizen reads when the question names a
condition, when a service no longer exists, and when a question has a part no kind names."""

from __future__ import annotations

import pytest

from kiosk.core.answer.compose import compose
from kiosk.core.answer.understand import Understanding, understand
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.facts import FactError, parse_fact
from kiosk.core.settings import ROOT

CORPUS = load_corpus(ROOT / "corpus")
TEXT = {lang: "Der Dienst kostet 5 Euro." for lang in ("de", "en", "tr", "uk", "ru", "pl", "ar")}


def answer(service_id: str, question: str, lang: str = "de", rank=None) -> str:
    return " ".join(compose(CORPUS.get(service_id), understand(question, lang), lang, question,
                            rank).lines)


def test_a_fact_may_need_several_named_options() -> None:
    fact = parse_fact("x", {"id": "a", "kind": "cost", "status": "V", "text": TEXT,
                            "when": {"option": ["two_years", "online"]}})
    assert fact.options == {"two_years", "online"} and fact.option == "two_years"
    assert fact.conditions["option"] == "two_years+online"
    with pytest.raises(FactError):
        parse_fact("x", {"id": "a", "kind": "cost", "status": "V", "text": TEXT,
                         "when": {"option": ["two_years", "nonsense"]}})
    with pytest.raises(FactError):  # alternatives are brackets, not combinable variants
        parse_fact("x", {"id": "a", "kind": "cost", "status": "V", "text": TEXT,
                         "when": {"option": ["online", "surname"]}})


def test_the_most_specific_variant_wins_and_the_other_fee_stays_out() -> None:
    text = answer("bewohnerparkausweis", "bewohnerparkausweis für 2 jahre online, was kostet das")
    assert "50 Euro" in text and "55" not in text and "25 Euro" not in text
    text = answer("bewohnerparkausweis", "was kostet der bewohnerparkausweis für zwei jahre")
    assert "50 Euro" in text and "55 Euro" in text and "25 Euro" not in text


def test_an_unnamed_variant_gives_the_statement_that_lists_all() -> None:
    text = answer("bewohnerparkausweis", "was kostet der bewohnerparkausweis")
    assert all(n in text for n in ("25", "30", "50", "55"))


def test_a_stated_condition_drops_the_default_fee() -> None:
    text = answer("eheschliessung", "Mein Verlobter ist Italiener, was kostet die Anmeldung?")
    assert "100 Euro" in text and "60 Euro" not in text
    text = answer("eheschliessung", "Was kostet die Anmeldung der Eheschließung?")
    assert "60 Euro" in text


def test_a_lead_fact_comes_first_whatever_was_asked() -> None:
    for question, lang in (("kinderreisepass für meine tochter, wo beantragen", "de"),
                           ("brauch ich fuer den kinderreisepass ein foto", "de"),
                           ("kinderreisepass dla corki gdzie wyrobic", "pl")):
        text = answer("kinderreisepass", question, lang)
        assert "2024" in text.split(".")[0] or text.startswith(
            CORPUS.get("kinderreisepass").facts[0].text[lang]), text


def test_blocking_from_abroad_gives_the_international_number() -> None:
    text = answer("ausweis-verlust", "Ausweis im Ausland verloren, wie sperren?")
    assert "+49 116 116" in text


def test_an_extra_fact_of_another_kind_only_where_it_helps() -> None:
    service = CORPUS.get("hundesteuer")

    def rank(facts):  # the contact line ranks best, as an embedder may rank it
        return [0.95 if f.kind == "contact" else 0.85 for f in facts]

    text = " ".join(compose(service, understand("Was kostet die Hundesteuer?", "de"), "de",
                            "Was kostet die Hundesteuer?", rank).lines)
    contact = next(f for f in service.facts if f.kind == "contact")
    assert contact.text["de"] not in text  # a cost question: no phone line
    # an exemption completes a cost question
    exemption = [f for f in service.facts if f.kind == "exemption" and not f.option]
    if exemption:
        u = Understanding(kinds=("cost",))
        out = compose(service, u, "de", "Was kostet die Hundesteuer?",
                      lambda fs: [0.95 if f is exemption[0] else 0.85 for f in fs])
        assert exemption[0] in out.facts


def test_an_extra_fact_must_fit_the_question_as_well_as_the_answer() -> None:
    service = CORPUS.get("kita-platz")
    question = "wie viele Kitas darf man angeben und bis wann muss man angemeldet sein"
    # the how fact ranks below the deadline already shown: a weaker line is not added
    text = " ".join(compose(service, understand(question, "de"), "de", question,
                            lambda fs: [0.89 if f.kind == "how" else 0.95 for f in fs]).lines)
    assert "15 Kitas" not in text


def test_a_default_fact_gives_way_to_the_variant_named() -> None:
    fact = parse_fact("x", {"id": "a", "kind": "cost", "status": "V", "text": TEXT,
                            "when": {"unless": "foreign"}})
    assert fact.unless == {"foreign"} and not fact.option
    text = answer("eheschliessung", "Was kostet die Anmeldung der Eheschließung?")
    assert "60 Euro" in text and "100 Euro" not in text  # a German couple: not the foreign fee


def test_a_comparison_of_variants_keeps_each_variant() -> None:
    text = answer("bewohnerparkausweis",
                  "Anwohnerparkausweis – ist online billiger als vor Ort? Und für 2 Jahre?")
    assert all(n in text for n in ("25", "30", "50", "55"))


def test_an_extra_line_that_repeats_the_referral_is_left_out() -> None:
    service = CORPUS.get("gewerbezentralregister")
    question = "Wo bekomme ich eine Gewerbezentralregisterauskunft?"
    out = compose(service, understand(question, "de"), "de", question,
                  lambda fs: [0.95 if f.kind == "contact" else 0.85 for f in fs])
    assert [f.kind for f in out.facts] == ["where"]  # not the Info-Line a second time
