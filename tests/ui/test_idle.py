"""Idle reset: a warning of at least 20 s, any input extends it, and the wipe of everything."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import Input

from kiosk.core.types import Context
from kiosk.ui.app import MIN_WARNING_SECONDS
from kiosk.ui.screens.ask import AskScreen
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.session import Fault
from tests.ui.conftest import SIZE
from tests.ui.helpers import (all_text, ask, open_ask, real_wheel, settle, submit, tap,
                              until_card)

pytestmark = pytest.mark.asyncio
CANARY = "Kanarienvogel Perso 7391"


async def idle(app, pilot, clock, seconds: float) -> None:
    """Let `seconds` pass on the app's clock and run the idle check once."""
    clock.advance(seconds)
    app.check_inactivity()
    await pilot.pause()
    await pilot.pause()


async def test_countdown_then_reset_wipes_the_session(make_app, assistant, clock, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, CANARY)
        app.session.faults.append(Fault("answer", f"KeyError: {CANARY}", session=True))
        app.faults.append(Fault("model", "no model"))
        await tap(pilot, "#lang-en")
        app.screen.query_one("#question", Input).value = CANARY  # typed, not yet sent
        assert CANARY in all_text(app)
        await idle(app, pilot, clock, 0.1)
        assert not isinstance(app.screen, CountdownScreen)  # 0.1 s < idle_seconds
        await idle(app, pilot, clock, 0.15)
        assert isinstance(app.screen, CountdownScreen)
        assert "Are you still there?" in all_text(app)
        assert "starts in 20 s." in all_text(app)
        await idle(app, pilot, clock, 19.95)
        assert "starts in 1 s." in all_text(app)  # 0.05 s left, rounded up
        await idle(app, pilot, clock, 0.1)
        await settle(app, pilot)
        assert app.screen.id == "welcome" and len(app.screen_stack) == 1
        assert CANARY not in all_text(app)
        assert not list(app.query(AskScreen))
        assert app.lang == "de" and "Frage stellen" in all_text(app)
        assert assistant.reset_calls == 1
        assert app.last_answer is None and app.session.context == Context()
        assert app.all_faults == [Fault("model", "no model")]  # the session's went with it
        assert speaker.stops >= 1


async def test_the_warning_lasts_at_least_20_seconds_whatever_the_setting(make_app, settings):
    assert settings.countdown_seconds < MIN_WARNING_SECONDS  # the fixture's 0.4 s
    assert make_app().warning_seconds == MIN_WARNING_SECONDS
    settings.countdown_seconds = 45
    assert make_app().warning_seconds == 45
    assert type(settings)().countdown_seconds >= MIN_WARNING_SECONDS  # the default


async def test_a_key_continues_the_session(make_app, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, CANARY)
        await idle(app, pilot, clock, 1)
        assert isinstance(app.screen, CountdownScreen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        await idle(app, pilot, clock, 0.1)
        assert isinstance(app.screen, AskScreen)  # the key restarted the idle time
        assert CANARY in all_text(app)


async def test_a_touch_continues_the_session(make_app, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_ask(app, pilot)
        await idle(app, pilot, clock, 1)
        await tap(pilot, "#continue")
        assert isinstance(app.screen, AskScreen)


async def test_a_wheel_turn_counts_as_activity_and_continues(make_app, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, CANARY)
        await idle(app, pilot, clock, 0.15)
        await real_wheel(app, pilot)  # someone scrolling through the card is reading
        await idle(app, pilot, clock, 0.15)
        assert isinstance(app.screen, AskScreen)
        await idle(app, pilot, clock, 0.1)
        assert isinstance(app.screen, CountdownScreen)
        await real_wheel(app, pilot, down=False)
        assert isinstance(app.screen, AskScreen)
        assert CANARY in all_text(app)


async def test_done_wipes_at_once(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, CANARY)
        await tap(pilot, "#done")
        await settle(app, pilot)
        assert app.screen.id == "welcome"
        assert CANARY not in all_text(app)
        assert assistant.reset_calls == 1


async def test_untouched_welcome_screen_never_counts_down(make_app, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await idle(app, pilot, clock, 100)
        assert app.screen.id == "welcome"


async def test_no_countdown_while_an_answer_is_still_coming(make_app, assistant, clock):
    assistant.hold = threading.Event()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await submit(app, pilot, "Perso beantragen")
        await until_card(app, pilot)
        await idle(app, pilot, clock, 5)  # a slow answer: far past idle_seconds
        assert not isinstance(app.screen, CountdownScreen)
        assistant.hold.set()
        await settle(app, pilot)
        await idle(app, pilot, clock, 1)  # once shown, the reading time counts as idle
        assert isinstance(app.screen, CountdownScreen)
