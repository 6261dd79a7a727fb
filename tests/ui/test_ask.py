"""Asking: the card at once, the streamed text, sources and QR code; PII; failures; cancel."""

from __future__ import annotations

import threading

import pytest
from textual import events
from textual.widgets import Input

from kiosk.ui import messages
from kiosk.ui.session import Fault
from kiosk.ui.widgets.answer_view import AnswerView
from kiosk.ui.widgets.keyboard import KeyButton
from kiosk.ui.widgets.qr_code import QRCode
from kiosk.ui.widgets.service_card import ServiceCard
from tests.ui.conftest import SIZE
from tests.ui.fakes import PII_TEXT
from tests.ui.helpers import all_text, ask, open_ask, settle, submit, until_card

pytestmark = pytest.mark.asyncio


async def test_answer_shows_card_text_sources_and_qr(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Was kostet ein Perso?")
        card = app.screen.query_one(ServiceCard)
        assert card.service.id == "personalausweis"
        text = all_text(app)
        assert "Personalausweis beantragen" in text
        assert "46,00 €" in text  # a fee from the card
        assert "Stand" in text and "15.02.2026" in text
        view = app.screen.query_one(AnswerView)
        assert view.text.startswith("Den Personalausweis beantragen Sie")
        assert "service.duesseldorf.de" in text  # the source, with its Stand
        assert app.screen.query_one(QRCode).url == card.service.source
        assert app.screen.query_one("#question", Input).value == ""
        assert app.last_answer is not None and app.last_answer.mode == "answer"


async def test_card_appears_before_the_text(make_app, assistant):
    assistant.hold = threading.Event()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await submit(app, pilot, "Perso beantragen")
        await until_card(app, pilot)
        assert app.screen.query_one(AnswerView).text == ""
        assistant.hold.set()
        await settle(app, pilot)
        assert app.screen.query_one(AnswerView).text


async def test_markup_in_question_is_shown_literally(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "[bold red]Perso[/] kosten?")
        assert "[bold red]Perso[/] kosten?" in all_text(app)


async def test_pii_is_blocked_input_cleared_message_shown(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Meine IBAN DE89 3704 0044 0532 0130 00, was nun?")
        text = all_text(app)
        assert PII_TEXT in text
        assert "Bitte keine persönlichen Daten" in text
        assert "DE89" not in text  # the question itself is never echoed
        assert app.screen.query_one("#question", Input).value == ""
        assert not app.screen.query(ServiceCard)


async def test_no_answer_refers_to_info_line(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Wie wird das Wetter morgen?")
        assert "0211 89-91" in all_text(app)
        assert not app.screen.query(ServiceCard)


async def test_worker_failure_unlocks_with_calm_text(make_app, assistant):
    assistant.fail_with = RuntimeError("index exploded")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Perso?")
        text = all_text(app)
        assert "Das hat leider nicht geklappt" in text
        assert "exploded" not in text  # details are for staff only
        assert app.all_faults == [Fault("answer", "RuntimeError: index exploded", session=True)]
        assert app.is_running
        assistant.fail_with = None
        await ask(app, pilot, "Perso?")
        assert app.screen.query_one(ServiceCard)


async def test_new_question_cancels_the_running_answer(make_app, assistant):
    assistant.hold = threading.Event()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await submit(app, pilot, "Perso?")
        await until_card(app, pilot)
        await pilot.click("#new")
        await settle(app, pilot)  # the worker saw is_cancelled and ended
        assert not app.screen.query(AnswerView)  # a clean view for the next question
        assert app.last_answer is None  # the cancelled answer never arrived
        assert "hidden" not in app.screen.query_one("#keyboard").classes


async def test_read_aloud_speaks_the_answer_in_its_language(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.lang = "en"
        await ask(app, pilot, "ID card cost?")
        await pilot.click("#read")
        assert speaker.said == [(app.last_answer.text, "en")]


async def test_read_aloud_absent_without_speech_engine(make_app, speaker):
    speaker.available = False
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_ask(app, pilot)
        assert not app.screen.query("#read") and not app.query("#speech")


async def test_typing_on_the_welcome_screen_starts_a_question(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P", "e", "r", "s", "o")
        assert app.screen.id == "ask-screen"
        assert app.screen.query_one("#question", Input).value == "Perso"


def key(app, name: str) -> KeyButton:
    """The on-screen key that types `name`."""
    return next(k for k in app.screen.query(KeyButton) if k.name == name)


async def test_on_screen_keyboard_types_and_submits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_ask(app, pilot)
        for char in "perso":
            await pilot.click(key(app, char))
        await pilot.click(key(app, "123"))
        await pilot.click(key(app, "?"))
        assert app.screen.query_one("#question", Input).value == "perso?"
        await pilot.click(key(app, "⌫"))
        await pilot.click(key(app, "↵"))
        await settle(app, pilot)
        assert app.screen.query_one(ServiceCard).service.id == "personalausweis"
        assert "hidden" in app.screen.query_one("#keyboard").classes  # room for the answer
        await pilot.click("#new")
        assert "hidden" not in app.screen.query_one("#keyboard").classes


async def test_keyboard_follows_the_language_and_hides_for_hardware_keys(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_ask(app, pilot)
        await pilot.click("#lang-uk")
        await pilot.pause()
        assert key(app, "ї")
        await pilot.press("a")  # the language button has no focus to steal the key
        assert app.screen.query_one("#question", Input).value == "a"
        assert "hidden" in app.screen.query_one("#keyboard").classes


async def test_keys_racing_the_ask_screen_are_kept(make_app):
    """A fast typist's keys reach the app while the ask screen is still being built."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(messages.StartQuestion("W"))
        for char in "ie viel":
            app._driver.send_message(events.Key("space" if char == " " else char, char))
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one("#question", Input).value == "Wie viel"
