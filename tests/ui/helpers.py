"""Helpers for UI tests: all text the app holds in widgets, and waiting for answers."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static


def all_text(app: App) -> str:
    """Every text (in reading order) or typed text of every widget of every screen on the stack."""
    parts: list[str] = []
    for screen in app.screen_stack:
        for widget in screen.walk_children(with_self=False):
            if isinstance(widget, Input):
                parts += [widget.value, str(widget.placeholder)]
            elif isinstance(widget, Button):
                parts.append(getattr(widget, "text", None) or str(widget.label))
            elif isinstance(widget, Static):
                parts.append(getattr(widget, "text", None) or str(widget.render()))
    return "\n".join(parts)


async def settle(app: App, pilot: Pilot) -> None:
    """Let running workers finish and their messages be handled."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def until_screen(app: App, pilot: Pilot, screen_id: str) -> None:
    """Wait until the screen `screen_id` is on top (screens open by message, not at once)."""
    while app.screen.id != screen_id or not app.screen.is_mounted:
        await pilot.pause()
    await pilot.pause()


async def open_ask(app: App, pilot: Pilot) -> None:
    """Tap 'Frage stellen' and wait for the ask screen."""
    if app.screen.id != "ask-screen":
        await pilot.click("#ask")
        await until_screen(app, pilot, "ask-screen")


async def ask(app: App, pilot: Pilot, question: str) -> None:
    """Open the ask screen if needed, type `question`, submit it and wait for the answer."""
    await open_ask(app, pilot)
    app.screen.query_one("#question", Input).value = question
    await pilot.press("enter")
    await settle(app, pilot)


async def submit(app: App, pilot: Pilot, question: str) -> None:
    """Open the ask screen, type `question` and send it, without waiting for the answer."""
    await open_ask(app, pilot)
    app.screen.query_one("#question", Input).value = question
    await pilot.press("enter")


async def until_card(app: App, pilot: Pilot) -> None:
    """Wait until the service card is shown (the Prepared message, not a timer)."""
    from kiosk.ui.widgets.service_card import ServiceCard

    while not app.screen.query(ServiceCard):
        await pilot.pause()
