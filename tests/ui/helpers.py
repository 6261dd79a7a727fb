"""Helpers for UI tests: all text the app holds in widgets, taps, and waiting for answers."""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
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
    for _ in range(100):
        if app.screen.id == screen_id and app.screen.is_mounted:
            break
        await pilot.pause()
    else:
        raise AssertionError(f"{screen_id} did not open; on top: {app.screen}")
    await pilot.pause()


async def open_ask(app: App, pilot: Pilot) -> None:
    """Tap 'Frage stellen' and wait for the ask screen."""
    if app.screen.id != "ask-screen":
        await pilot.pause()  # the breakpoints (-short, -narrow) apply after the first layout
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

    for _ in range(200):
        if app.screen.query(ServiceCard):
            return
        await pilot.pause()
    raise AssertionError("no service card")


async def tap(pilot: Pilot, selector: str, times: int = 1) -> None:
    """Click `selector` (Pilot's shortcut past App.on_event) and let its message be handled."""
    await pilot.click(selector, times=times)
    for _ in range(3):
        await pilot.pause()


def _mouse(cls: type[events.MouseEvent], x: int, y: int, button: int = 1) -> events.MouseEvent:
    return cls(None, x, y, 0, 0, button, False, False, False, screen_x=x, screen_y=y)


async def real_tap(app: App, pilot: Pilot, target: str | Widget) -> None:
    """A touch as a terminal reports it: press and release through the driver and App.on_event
    (where the app sees activity and speech mode hears taps); Textual makes the Click."""
    widget = app.screen.query_one(target) if isinstance(target, str) else target
    x, y = widget.region.center
    for cls in (events.MouseDown, events.MouseUp):
        app._driver.send_message(_mouse(cls, x, y))
        await pilot.pause()
    for _ in range(3):
        await pilot.pause()


async def real_wheel(app: App, pilot: Pilot, down: bool = True) -> None:
    """One turn of the mouse wheel, through the driver like a terminal's."""
    cls = events.MouseScrollDown if down else events.MouseScrollUp
    x, y = app.size.width // 2, app.size.height // 2
    app._driver.send_message(_mouse(cls, x, y, button=0))
    await pilot.pause()
    await pilot.pause()
