"""A tiny terminal does not crash the kiosk: every screen and an answer at 40x12 (and smaller),
under a clear 'Fenster zu klein'."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from kiosk.core.speech import Speaker
from kiosk.ui import messages
from kiosk.ui.app import KioskApp
from kiosk.ui.widgets.too_small import TooSmall
from tests.fakes import ScriptedLLM

pytestmark = pytest.mark.asyncio


@pytest.fixture
def app_factory(fake_assistant, with_llm):
    """The real Assistant (fake embedder, echoing fake LLM) inside the real app, kiosk mode."""
    with_llm(fake_assistant, ScriptedLLM("Der Führerschein-Umtausch kostet etwa 24 bis 25 "
                                         "Euro. " * 5))

    def make() -> KioskApp:
        return KioskApp(fake_assistant, Speaker(enabled=False), fake_assistant.settings,
                        staff=False)

    return make


async def _settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", [(40, 12), (24, 8)])
async def test_every_screen_survives_a_tiny_terminal(app_factory, size):
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert app.screen.query_one(TooSmall).display  # the welcome screen says it
        app.post_message(messages.StartQuestion())
        await _settle(app, pilot)
        assert app.screen.id == "ask-screen" and app.screen.query_one(TooSmall).display
        modes = []
        for question in ("Wie tausche ich meinen alten Führerschein um?",
                         "Meine IBAN ist DE89 3704 0044 0532 0130 00",
                         "Wer gewinnt die Bundesliga?",
                         "Fu\u0308hrerschein " * 40):
            app.screen.query_one("#question", Input).value = question
            await pilot.press("enter")
            await _settle(app, pilot)
            modes.append(app.last_answer.mode if app.last_answer else None)
        assert modes[:3] == ["answer", "pii_blocked", "no_answer"]
        app.post_message(messages.Finish())
        await _settle(app, pilot)
        app.post_message(messages.OpenTopic("no-such-topic"))
        await pilot.pause()
        first = next(iter(app.groups))
        app.post_message(messages.OpenTopic(first))
        await _settle(app, pilot)
        assert app.screen.query_one(TooSmall).display
        app.post_message(messages.Home())
        await pilot.pause()
        await pilot.press("f12")  # the staff PIN prompt
        await pilot.pause()
        await pilot.press("escape")
        await _settle(app, pilot)
        assert app.all_faults == []
    assert app.return_code in (None, 0)
