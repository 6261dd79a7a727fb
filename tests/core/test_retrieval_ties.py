"""Near ties between services are decided by what the question names (issue 9)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kiosk.core.knowledge.retrieval import _named_first, _options, fold, normalise
from kiosk.core.types import Hit


@pytest.mark.parametrize("typed, plain", [
    ("Führerschein", "fuhrerschein"), ("Fuehrerschein", "fuhrerschein"),
    ("fuhrerschein", "fuhrerschein"), ("Kimliğimi kaybettim", "kimligimi kaybettim"),
    ("İkamet kaydı", "ikamet kaydi"), ("zgubiłem dowód", "zgubilem dowod"),
    ("Straße", "strasse"), ("przeprowadzka żółć", "przeprowadzka zolc"),
])
def test_keywords_and_questions_meet_without_marks(typed: str, plain: str) -> None:
    assert fold(normalise(typed)) == plain


@pytest.mark.parametrize("question, lang", [
    ("pasaportum kayboldu", "tr"), ("ukradziono mi paszport", "pl"), ("Perso geklaut", "de"),
    ("my passport was stolen", "en"), ("вкрали паспорт", "uk"), ("poteryal pasport", "ru"),
])
def test_a_loss_is_named_in_every_language(question: str, lang: str) -> None:
    assert "lost" in _options(question, lang)


def test_english_option_words_do_not_fire_in_other_languages() -> None:
    assert _options("kimlik kartı", "tr") == []


def _hit(sid: str, score: float) -> Hit:
    return Hit(SimpleNamespace(id=sid), score)  # type: ignore[arg-type]


def test_the_service_named_with_more_words_leads_a_near_tie() -> None:
    hits = [_hit("wohnsitz-anmelden", 0.66), _hit("kfz-zulassung", 0.62), _hit("x", 0.3)]
    out = _named_first(hits, {"kfz-zulassung": 2, "wohnsitz-anmelden": 1})
    assert [h.service.id for h in out] == ["kfz-zulassung", "wohnsitz-anmelden", "x"]
    assert out[0].score >= 0.66 + 0.04  # beyond the assistant's tie margin


def test_equal_names_or_a_clear_lead_change_nothing() -> None:
    hits = [_hit("a", 0.66), _hit("b", 0.62)]
    assert _named_first(hits, {"a": 2, "b": 2}) == hits
    far = [_hit("a", 0.9), _hit("b", 0.5)]
    assert _named_first(far, {"b": 3}) == far


@pytest.mark.parametrize("question, lang, service", [
    ("auto ummelden kosten", "de", "kfz-zulassung"),
    ("hab nen neuen wagen gekauft, wie kann ich das fahrzeug ummelden", "de", "kfz-zulassung"),
    ("Umzug nach Düsseldorf, muss ich mein Auto auch ummelden?", "de", "kfz-zulassung"),
    ("bin innerhalb von düsseldorf umgezogen muss ich mich ummelden", "de", "wohnsitz-anmelden"),
    ("zgubilem niemiecki paszport co robic", "pl", "ausweis-verlust"),
    ("pasaportum kayboldu ne yapmaliyim", "tr", "ausweis-verlust"),
    ("how long does an emergency id card last", "en", "vorlaeufiger-personalausweis"),
    ("arabami nasil tescil ettiririm", "tr", "kfz-zulassung"),
    ("Kann ich den Personalausweis online beantragen?", "de", "personalausweis"),
    # a German service name among the words of another language
    ("Anmeldung nasil yapilir", "tr", "wohnsitz-anmelden"),
    ("Anmeldung jakie dokumenty", "pl", "wohnsitz-anmelden"),
    ("كيف اعمل Anmeldung", "ar", "wohnsitz-anmelden"),
])
def test_a_near_tie_goes_to_what_was_named(real_retrieval_assistant, question: str, lang: str,
                                           service: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "answer"
    assert answer.hits[0].service.id == service


# The citizen offices in each language's own words: "obywatel", "громадян", "vatandaş" are
# words of Bürgergeld and Einbürgerung as well, the office must still be found
@pytest.mark.real
@pytest.mark.parametrize("question, lang", [
    ("gdzie są biura obywatelskie w Düsseldorfie", "pl"),
    ("adres biura obywatelskiego w Bilk", "pl"),
    ("ile mamy biur obywatelskich w mieście", "pl"),
    ("en yakın vatandaş bürosu nerede", "tr"),
    ("де найближче бюро громадян", "uk"),
    ("где находится бюро граждан в Бенрате", "ru"),
    ("أين مكتب المواطنين في بيلك", "ar"),
    ("where is the nearest citizens office", "en"),
])
def test_the_citizen_offices_are_found_in_every_language(real_retrieval_assistant, question: str,
                                                         lang: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "answer" and answer.hits[0].service.id == "buergerbueros"


# A German service name typed as such outweighs the other language's words that a neighbouring
# service's keywords hold too ("taşındıktan", "moving" are words of the deregistration as well)
@pytest.mark.real
@pytest.mark.parametrize("question, lang, service", [
    ("yeni eve taşındım, anmeldung için ne kadar zamanım var", "tr", "wohnsitz-anmelden"),
    ("po przeprowadzce ile mam czasu na anmeldung", "pl", "wohnsitz-anmelden"),
    ("how many days after moving do I have for the Anmeldung", "en", "wohnsitz-anmelden"),
    ("после переезда сколько дней на anmeldung", "ru", "wohnsitz-anmelden"),
    ("ummeldung w düsseldorfie ile kosztuje", "pl", "wohnsitz-anmelden"),
    ("abmeldung przed wyjazdem z niemiec jak zrobić", "pl", "wohnsitz-abmelden"),
    ("abmeldung при выезде из германии что нужно", "ru", "wohnsitz-abmelden"),
    # the German name as the action on another service's thing: that thing's service
    ("köpeğim öldü, abmeldung nasıl yapılır", "tr", "hundesteuer"),
    ("abmeldung działalności gospodarczej ile kosztuje", "pl", "gewerbe-anmelden"),
    # an office most documents mention is no service's name: the appointment is asked
    ("ما في موعد فاضي في Bürgerbüro شو اعمل", "ar", "termin-buergerbuero"),
])
def test_a_german_service_name_outweighs_shared_words(real_retrieval_assistant, question: str,
                                                      lang: str, service: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "answer" and answer.hits[0].service.id == service


@pytest.mark.real
def test_a_word_cut_short_names_no_distinct_keyword(real_retrieval_assistant) -> None:
    named = real_retrieval_assistant.retriever.keyword_scores
    assert "beglaubigung" not in named("ne kadar süre var", "tr")  # "süre" is no "suret"
    assert "buergerbueros" not in named("я гражданин Украины", "ru")  # nor "граждан"
    assert "buergerbueros" not in named("я громадянин України", "uk")


# The city's phone for general enquiries is the Info-Line, not the number of one office
@pytest.mark.real
@pytest.mark.parametrize("question, lang", [
    ("Telefonnummer der Stadt Düsseldorf", "de"), ("wie kann ich die Stadt anrufen", "de"),
    ("city hotline number", "en"), ("belediye telefon numarası nedir", "tr"),
    ("телефон мэрии для справок", "ru"), ("номер телефону міської адміністрації", "uk"),
    ("numer telefonu do urzędu miasta", "pl"), ("ما رقم هاتف البلدية", "ar"),
])
def test_the_city_phone_is_the_info_line(real_retrieval_assistant, question: str,
                                         lang: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "answer" and answer.hits[0].service.id == "termin-buergerbuero"
    assert "0211 89-91" in answer.text


# A lost thing that is no ID document is the lost and found office's: the loss option alone
# ("lost", "verloren") names no lost ID card, nor does a little word of its phrases ("my")
@pytest.mark.real
@pytest.mark.parametrize("question, lang, service", [
    ("I lost my backpack on the bus, where can I ask", "en", "fundbuero"),
    ("Regenschirm in der Straßenbahn verloren, wie lange wird er aufbewahrt", "de", "fundbuero"),
    ("Ich habe einen Ausweis gefunden, wohin damit", "de", "fundbuero"),
    ("I lost my passport", "en", "ausweis-verlust"),
    ("Perso verloren, was tun", "de", "ausweis-verlust"),
    ("zgubiłem paszport co robić", "pl", "ausweis-verlust"),
])
def test_a_lost_thing_is_the_lost_and_found_office_unless_an_id(real_retrieval_assistant,
                                                                question: str, lang: str,
                                                                service: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "answer" and answer.hits[0].service.id == service


# A side word of another service does not take the question over
@pytest.mark.real
@pytest.mark.parametrize("question, lang, service", [
    ("taşındım, adres kaydını nerede yaptırırım", "tr", "wohnsitz-anmelden"),
    ("Kindergeld için doğum belgesi nereden alınır", "tr", "geburt-anzeigen"),
    ("czy dowód osobisty można dostać pocztą", "pl", "personalausweis"),
    ("how do I deregister my dog", "en", "hundesteuer"),
    ("jak wyrejestrować psa", "pl", "hundesteuer"),
])
def test_a_side_word_does_not_take_the_question(real_retrieval_assistant, question: str,
                                                lang: str, service: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "answer" and answer.hits[0].service.id == service
