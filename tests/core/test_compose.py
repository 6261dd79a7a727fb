"""Fact-first composition on the shipped corpus: what a citizen reads for what they asked."""

from __future__ import annotations

import pytest

from kiosk.core.answer.compose import compose
from kiosk.core.answer.understand import understand
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.settings import ROOT

CORPUS = load_corpus(ROOT / "corpus")


def answer(service_id: str, question: str, lang: str = "de", rank=None) -> str:
    return " ".join(compose(CORPUS.get(service_id), understand(question, lang), lang, question,
                            rank).lines)


def test_an_open_age_gives_each_bracket_and_no_outdated_fee() -> None:
    text = answer("personalausweis", "Was kostet ein Personalausweis?")
    assert "46,00" in text and "27,60" in text
    assert "37,00" not in text and "22,80" not in text


def test_a_stated_age_gives_only_its_bracket() -> None:
    text = answer("personalausweis", "was kostet n perso, bin 30")
    assert "46,00" in text and "27,60" not in text
    text = answer("personalausweis", "Personalausweis für meine Tochter, was kostet das?")
    assert "27,60" in text and "46,00" not in text


def test_the_past_is_shown_only_when_asked_and_then_with_its_date() -> None:
    text = answer("personalausweis", "Was hat der Perso vorher gekostet?")
    assert "37,00" in text and "Bis zum 6. Februar 2026" in text
    assert "46,00" in text  # and what it costs now


def test_both_halves_of_a_two_part_question() -> None:
    text = answer("reisepass", "Was kostet ein Reisepass und wie lange gilt er?")
    assert "70" in text and "10 Jahre" in text


def test_a_named_option_leads_and_keeps_the_base_it_adds_to() -> None:
    text = answer("reisepass", "Was kostet ein Express-Reisepass?")
    assert text.index("32") < text.index("70") and "37,50" in text
    assert "22 Euro" not in text  # the 48-page surcharge was not asked


def test_a_named_variant_replaces_the_statement_that_lists_all_variants() -> None:
    text = answer("namensaenderung", "Was kostet es, den Vornamen zu ändern?")
    assert "275" in text and "1.500" not in text


def test_a_count_picks_its_bracket() -> None:
    text = answer("hundesteuer", "Hundesteuer für 2 Hunde")
    assert "150" in text and "180" not in text
    text = answer("buergergeld", "wie viel Bürgergeld bekommt eine alleinstehende Person")
    assert "563" in text and "506" not in text


def test_a_kind_the_corpus_lacks_gets_a_referral_to_the_office() -> None:
    text = answer("sperrmuell", "Was kostet die Sperrmüllabholung?")
    assert "89-91" in text or "AWISTA" in text
    assert "€" not in text and "Euro" not in text.replace("Euro-", "")


def test_other_languages_get_the_facts_not_only_the_summary() -> None:
    text = answer("wohnsitz-anmelden", "Скільки часу маю на реєстрацію після переїзду?", "uk")
    assert "2" in text and "тиж" in text
    text = answer("hundesteuer", "İkinci köpek için vergi ne kadar?", "tr")
    assert "150" in text and "180" not in text


def test_an_old_value_carries_the_caveat() -> None:
    text = answer("hundesteuer", "Was kostet die Hundesteuer?")
    assert "älteren Quelle" in text or "älterer" in text


def test_a_statement_gets_the_overview() -> None:
    service = CORPUS.get("ausweis-verlust")
    assert answer("ausweis-verlust", "Ausweis verloren") == service.summary["de"]


def test_an_unknown_kind_is_answered_by_the_clearly_best_fact_only() -> None:
    service = CORPUS.get("personalausweis")
    pickup = next(f for f in service.facts if f.id == "pickup")

    def rank(facts):
        return [0.95 if f is pickup else 0.80 for f in facts]

    def unsure(facts):
        return [0.90 for _ in facts]

    question = "meine Frau und mein Perso?"  # no kind the lexicons know
    assert answer("personalausweis", question, rank=rank) == pickup.text["de"]
    assert answer("personalausweis", question, rank=unsure) == service.summary["de"]


def test_a_service_verb_is_no_question_about_the_procedure() -> None:
    """"muss ich mich abmelden …": the verb names the service; no 'nothing stored' line."""
    text = answer("wohnsitz-abmelden", "muss ich mich abmelden wenn ich nach koeln ziehe")
    assert "nichts hinterlegt" not in text and "Ausland" in text


def test_a_part_no_lexicon_word_names_gets_the_clearly_best_fact_as_well() -> None:
    """"wie viele Kitas darf man angeben und bis wann …": the deadline and the 15 Kitas."""
    service = CORPUS.get("kita-platz")
    choose = next(f for f in service.facts if f.id == "how-apply")
    deadline = next(f for f in service.facts if f.id == "deadline-register")

    def rank(facts):
        return [0.95 if f is choose else 0.85 if f is deadline else 0.80 for f in facts]

    question = "wie viele Kitas darf man angeben und bis wann muss man angemeldet sein"
    text = answer("kita-platz", question, rank=rank)
    assert "1. Februar" in text and "15 Kitas" in text
    # a clearly best fact of a kind already answered adds nothing: the brackets were chosen
    text = answer("personalausweis", "Was kostet ein Personalausweis, bin 30?",
                  rank=lambda facts: [0.95 if f.id == "cost-under24" else 0.8 for f in facts])
    assert "27,60" not in text


def test_several_copies_of_a_certificate_get_the_fee_of_the_further_copies() -> None:
    text = answer("urkunden-standesamt", "Ich brauch 3 Geburtsurkunden, was kostet das zusammen?")
    assert "15 Euro" in text and "7,50" in text
    assert "7,50" not in answer("urkunden-standesamt", "Was kostet eine Geburtsurkunde?")


def test_a_nationality_means_foreign_law() -> None:
    text = answer("eheschliessung", "Mein Verlobter ist Italiener, was kostet die Anmeldung?")
    assert "100 Euro" in text


def test_an_issue_year_picks_the_range_that_holds_it() -> None:
    text = answer("fuehrerschein-umtausch", "mein Führerschein ist von 2003, bis wann umtauschen?")
    assert "2002 bis 2004" in text and "19. Januar 2027" in text
    assert "1999 bis 2001" not in text and "2005 bis 2007" not in text


def test_one_named_variant_drops_the_statement_that_lists_every_variant() -> None:
    text = answer("namensaenderung", "Wie viel kostet eine Änderung des Nachnamens?")
    assert "1.500" in text and "275" not in text


def test_no_nothing_stored_line_when_another_time_kind_answers() -> None:
    text = answer("fundbuero", "wie lange bewahrt das Fundbüro Sachen auf")
    assert text.startswith("Das Fundbüro bewahrt") and "nicht hinterlegt" not in text


def _fits_words(*words: str):
    """A stand-in for the e5 ranker: a fact scores by whether its German text has the words."""
    return lambda facts: [1.0 if all(w in f.text["de"] for w in words) else 0.5 for f in facts]


def test_the_sibling_fact_the_question_fits_best_leads() -> None:
    text = answer("aufenthaltstitel", "Was kostet die Niederlassungserlaubnis?",
                  rank=_fits_words("Niederlassungserlaubnis"))
    assert text.startswith("Eine Niederlassungserlaubnis kostet 113 Euro.")
    assert "100 Euro" in text  # the others still follow


def test_brackets_keep_their_order_whatever_the_ranker_prefers() -> None:
    text = answer("personalausweis", "Was kostet ein Personalausweis?",
                  rank=_fits_words("Unter 24"))
    assert text.index("46,00") < text.index("27,60")


def test_a_couple_gets_the_couples_rate() -> None:
    for question, lang in [("buergergeld fuer mich und meine frau wieviel kriegen wir", "de"),
                           ("how much bürgergeld for me and my husband", "en"),
                           ("сколько бюргергельд на меня и жену", "ru"),
                           ("ile bürgergeld dla mnie i żony", "pl")]:
        text = answer("buergergeld", question, lang)
        assert "506" in text and "563" not in text, question
    text = answer("buergergeld", "wie viel Bürgergeld bekommt man")
    assert "563" in text and "506" in text  # nobody named: both rates


def test_closing_a_business_leads_with_the_free_deregistration() -> None:
    text = answer("gewerbe-anmelden", "закрыть гевербе сколько стоит", "ru")
    assert text.startswith("Снятие Gewerbe с регистрации бесплатно.")
    assert "часы работы" not in text  # "закрыть" is no question about opening hours
    assert "kostenlos" not in answer("gewerbe-anmelden", "was kostet die gewerbeanmeldung fuer eine gmbh")


def test_a_time_the_service_states_answers_without_a_referral_for_another_time() -> None:
    text = answer("wohnsitz-anmelden", "taşındıktan sonra anmeldung için kaç gün süre var", "tr")
    assert "2 hafta" in text and "bilgi yok" not in text


def test_a_referral_names_the_office_not_the_phrase_around_it() -> None:
    text = answer("wohnsitz-anmelden", "wie lange dauert die anmeldung")
    assert "Jedes" not in text


def test_a_line_that_repeats_the_answer_is_left_out() -> None:
    text = answer("gewerbezentralregister",
                  "what does the central trade register extract cost and can i do it online", "en")
    assert text.count("13 EUR") == 1


def test_a_lost_passport_is_reported_first_the_id_cards_online_function_only_for_the_id_card() -> None:
    text = answer("ausweis-verlust", "reisepass verloren was tun")
    assert text.startswith("Einen verlorenen oder gestohlenen Personalausweis oder Reisepass "
                           "melden Sie im Bürgerbüro")


def test_how_beside_another_kind_is_answered_by_the_office_where_there_is_no_procedure() -> None:
    text = answer("aufenthaltstitel",
                  "wie beantrage ich die verlängerung vom aufenthaltstitel und wie ist die telefonnummer")
    assert "Erkrather Straße" in text and "21020" in text
    assert "nicht hinterlegt" not in text


def test_the_procedure_asked_leads() -> None:
    text = answer("personalausweis", "wie beantrage ich einen personalausweis",
                  rank=_fits_words("beantragen"))
    assert text.startswith("Den Personalausweis beantragen Sie persönlich und mit Termin")
    text = answer("personalausweis", "wann hole ich den ausweis ab", rank=_fits_words("abholen"))
    assert text.startswith("Den fertigen Personalausweis holen Sie persönlich ab")
