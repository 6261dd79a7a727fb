"""Every screen at 80x24, in every language: each control fully on screen without scrolling and
its label not cut; below 80x24 'Fenster zu klein' (WCAG 1.4.10 reflow, EN 301 549 5.1.4)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.errors import NoWidget
from textual.widgets import Button

from kiosk.core.languages import CODES
from kiosk.ui import messages
from kiosk.ui.bidi import wrap
from kiosk.ui.widgets.too_small import MIN_SIZE, TooSmall
from tests.ui.fakes import FakeAssistant
from tests.ui.helpers import settle, until_screen

pytestmark = pytest.mark.asyncio


def problems(app: App) -> list[str]:
    """Controls of the top screen that are not wholly visible, or whose label is cut."""
    screen = app.screen
    found = []
    for widget in screen.query("Button, Input"):
        if not widget.display or any(not a.display for a in widget.ancestors_with_self
                                     if hasattr(a, "display")):
            continue
        try:
            geometry = screen.find_widget(widget)
        except NoWidget:
            found.append(f"{widget!r} needs scrolling to be seen")
            continue
        visible = geometry.region.intersection(geometry.clip)
        if visible != geometry.region:
            found.append(f"{widget!r} is cut: {visible} of {geometry.region}")
        if geometry.region.height < 3 or geometry.region.width < 5:
            found.append(f"{widget!r} is a small target: {geometry.region}")  # WCAG 2.5.8
        if isinstance(widget, Button):
            text = getattr(widget, "text", None) or str(widget.label)
            box = widget.content_region
            lines = wrap(text, box.width) if box.height > 1 else [text]
            if len(lines) > box.height or max(map(cell_len, lines)) > box.width:
                found.append(f"{widget!r} label {text!r} does not fit {box}")
    return found


async def visit(app: App, pilot) -> dict[str, list[str]]:
    """Each screen a citizen can reach, with its layout problems."""
    seen = {}
    await pilot.pause()
    seen["welcome"] = problems(app)
    app.post_message(messages.StartQuestion())
    await until_screen(app, pilot, "ask-screen")
    seen["ask, typing"] = problems(app)
    app.post_message(messages.Ask("Was kostet ein Perso?"))
    await pilot.pause()
    await settle(app, pilot)
    seen["ask, answered"] = problems(app)
    app.post_message(messages.Ask("Ausweis oder Reisepass kosten"))  # with 'Meinten Sie'
    await pilot.pause()
    await settle(app, pilot)
    seen["ask, alternatives"] = problems(app)
    app.post_message(messages.Ask("Meine IBAN DE89 3704 0044 0532 0130 00"))
    await pilot.pause()
    await settle(app, pilot)
    seen["ask, refused"] = problems(app)
    app.post_message(messages.ShowQR(app.last_answer.hits[0].service.source
                                     if app.last_answer.hits else "https://www.duesseldorf.de"))
    await until_screen(app, pilot, "qr")
    seen["qr"] = problems(app)
    app.post_message(messages.Home())
    await settle(app, pilot)
    biggest = max(app.groups, key=lambda c: len(app.groups[c]))
    app.post_message(messages.OpenTopic(biggest))
    await until_screen(app, pilot, "topics")
    seen[f"topics {biggest}"] = problems(app)
    app.post_message(messages.OpenService(app.groups[biggest][0]))
    await until_screen(app, pilot, "service")
    seen["service"] = problems(app)
    app.action_staff()
    await until_screen(app, pilot, "pin")
    seen["pin"] = problems(app)
    return seen


@pytest.mark.parametrize("lang", CODES)
async def test_every_screen_fits_80x24_without_scrolling_to_a_control(make_app, lang):
    app = make_app()
    async with app.run_test(size=MIN_SIZE) as pilot:
        app.lang = lang
        seen = await visit(app, pilot)
    assert {name: found for name, found in seen.items() if found} == {}


async def test_the_idle_warning_fits_80x24(make_app, clock):
    app = make_app()
    async with app.run_test(size=MIN_SIZE) as pilot:
        app.post_message(messages.StartQuestion())
        await until_screen(app, pilot, "ask-screen")
        clock.advance(1)
        app.check_inactivity()
        await until_screen(app, pilot, "countdown")
        assert problems(app) == []


async def test_the_conversation_keeps_room_to_read_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=MIN_SIZE) as pilot:
        app.post_message(messages.StartQuestion())
        await until_screen(app, pilot, "ask-screen")
        app.post_message(messages.Ask("Was kostet ein Perso?"))
        await pilot.pause()
        await settle(app, pilot)
        assert app.screen.query_one("#conversation").size.height >= 8


@pytest.mark.parametrize("size", [(79, 24), (80, 23), (40, 12)])
async def test_below_80x24_the_screen_says_the_window_is_too_small(make_app, size):
    app = make_app(assistant=FakeAssistant())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()  # the breakpoint classes apply after the first layout
        cover = app.screen.query_one(TooSmall)
        assert cover.display and cover.region.size == app.size
        assert "Fenster zu klein" in cover.text
    async with make_app().run_test(size=MIN_SIZE) as pilot:
        await pilot.pause()
        assert not pilot.app.screen.query_one(TooSmall).display
