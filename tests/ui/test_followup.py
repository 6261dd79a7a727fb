"""Follow-ups in the session's context, 'Meinten Sie …?', the offer to switch the screen's
language, masked refusals to edit, progress while waiting, and one answer at a time."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import Input

from kiosk.core.types import Context
from kiosk.ui.screens.choice import ChoiceScreen
from kiosk.ui.widgets.answer_view import AnswerView
from kiosk.ui.widgets.offers import OffersBar, ServiceChoice
from kiosk.ui.widgets.service_card import ServiceCard
from tests.ui.conftest import SIZE
from tests.ui.helpers import all_text, ask, settle, submit, tap, until_card, until_screen

pytestmark = pytest.mark.asyncio


async def test_a_follow_up_is_asked_in_the_context_of_the_card_on_screen(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Was kostet ein Perso?")
        assert assistant.contexts == [Context()]  # nothing on screen before the first card
        await ask(app, pilot, "und unter 24?")
        assert assistant.contexts[-1] == Context(service_id="personalausweis")
        assert app.screen.query_one(ServiceCard).service.id == "personalausweis"
        assert len(app.screen.query(AnswerView)) == 1  # a clean view: the earlier answer went
        await tap(pilot, "#done")
        await settle(app, pilot)
        await ask(app, pilot, "und unter 24?")
        assert assistant.contexts[-1] == Context()  # wiped with the session


async def test_no_card_on_screen_means_no_context(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Was kostet ein Perso?")
        await ask(app, pilot, "Wie wird das Wetter morgen?")  # a referral: no card
        await ask(app, pilot, "und unter 24?")
        assert assistant.contexts[-1] == Context()
        await tap(pilot, "#new")  # 'Neue Frage' clears the view and its context too
        assert app.session.context == Context()


async def test_a_service_page_gives_its_questions_the_context(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await tap(pilot, "#cat-ausweis")
        await tap(pilot, "#svc-reisepass")
        await tap(pilot, "#ask-about")
        await until_screen(app, pilot, "ask-screen")
        await ask(app, pilot, "und unter 24?")
        assert assistant.contexts[-1] == Context(service_id="reisepass")


async def test_close_services_are_offered_as_meinten_sie(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Ausweis oder Reisepass kosten")
        offers = app.screen.query_one(OffersBar)
        choices = list(offers.query(ServiceChoice))
        assert choices and "Meinten Sie:" in all_text(app)
        first = app.last_answer.hits[0].service.id
        picked = choices[0].service.id
        assert picked != first
        await tap(pilot, choices[0])
        await settle(app, pilot)
        # the same question again, for the service the citizen picked
        assert assistant.contexts[-1] == Context(service_id=picked)


async def test_many_close_services_open_a_list(make_app, assistant):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(app, pilot, "Ausweis Reisepass verloren Kinderreisepass")
        offered = app.last_answer.alternatives
        assert len(offered) == 2  # their titles do not fit beside each other at 80 columns
        assert not app.screen.query(ServiceChoice)
        await tap(pilot, ".choose")
        assert isinstance(app.screen, ChoiceScreen)
        await tap(pilot, "#choice .alternative")
        await settle(app, pilot)
        assert assistant.contexts[-1] == Context(service_id=offered[0].id)


async def test_a_question_in_another_language_offers_to_switch_the_screen(make_app, assistant):
    assistant.detect = "tr"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Kimlik kartı ne kadar?")
        switch = app.screen.query_one(".switch-language")
        assert switch.text == "Ekranı Türkçe göster"  # in the language the citizen reads
        await tap(pilot, ".switch-language")
        assert app.lang == "tr"
        assert not app.screen.query(".switch-language")  # nothing left to offer


async def test_a_refused_question_comes_back_masked_to_edit_or_send(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Meine IBAN DE89 3704 0044 0532 0130 00, was kostet ein Perso?")
        masked = "Meine IBAN […], was kostet ein Perso?"
        assert masked in all_text(app) and "DE89" not in all_text(app)
        await tap(pilot, ".masked-edit")
        assert app.screen.query_one("#question", Input).value == masked
        await ask(app, pilot, masked)
        assert app.last_answer.mode == "answer"


async def test_a_refused_question_can_be_sent_masked_as_it_is(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Perso kosten? Mail an max@example.org")
        await tap(pilot, ".masked-send")
        await settle(app, pilot)
        assert app.last_answer.mode == "answer"
        assert "max@example.org" not in all_text(app)


async def test_without_a_masked_text_the_refusal_offers_nothing(make_app, assistant):
    assistant.masking = False  # a core that does not mask yet
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Meine IBAN DE89 3704 0044 0532 0130 00")
        assert not app.screen.query(".masked-edit")
        assert app.screen.query_one("#question", Input).value == ""


async def test_waiting_shows_the_seconds(make_app, assistant, clock):
    assistant.hold = threading.Event()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await submit(app, pilot, "Perso beantragen")
        await until_card(app, pilot)
        assert "Einen Moment bitte" in all_text(app)
        view = app.screen.query_one(AnswerView)
        clock.advance(3.2)  # the view's one-second timer shows it; here called at once
        view._progress()
        assert "ich suche die Antwort … 3 s" in all_text(app)
        assistant.hold.set()
        await settle(app, pilot)
        assert "hidden" in view.query_one(".status").classes


async def test_start_leaves_the_question_screen_and_keeps_the_session(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await tap(pilot, "#lang-en")
        await ask(app, pilot, "ID card cost?")
        await tap(pilot, "#home")
        assert app.screen.id == "welcome" and app.lang == "en"
