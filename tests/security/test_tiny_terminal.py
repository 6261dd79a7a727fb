"""A tiny terminal does not crash the kiosk: every screen and an answer at 40x12 (and smaller)."""

from __future__ import annotations

import pytest

from tests.fakes import ScriptedLLM

pytestmark = pytest.mark.asyncio

try:
    from textual.widgets import Input

    from kiosk.core.speech import Speaker
    from kiosk.ui.app import KioskApp
except Exception as exc:  # the UI is optional for the core's proofs
    pytest.skip(f"the kiosk UI does not import: {exc!r}", allow_module_level=True)


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
        app.action_ask()
        await pilot.pause()
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
        app.action_finish()
        await _settle(app, pilot)
        app.open_topic(None)
        await pilot.pause()
        first = next(iter(app.groups))
        app.open_topic(first)
        await pilot.pause()
        app.action_home()
        await pilot.pause()
        await pilot.press("f12")  # the staff PIN prompt
        await pilot.pause()
        await pilot.press("escape")
        await _settle(app, pilot)
        assert app.last_error == ""
    assert app.return_code in (None, 0)
