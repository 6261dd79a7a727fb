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
