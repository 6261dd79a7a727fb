"""Contrast, computed from what the screens draw in both themes (WCAG 1.4.3, 1.4.11, 2.4.7):
every character >= 4.5:1 against its own background, every control's frame and the focus
frame >= 3:1 against the ground, and the focus visibly changes the control."""

from __future__ import annotations

import io

import pytest
from rich.color import Color, ColorSystem
from rich.console import Console
from rich.segment import Segment
from textual.app import App

from kiosk.ui import messages
from kiosk.ui.themes import HIGH_CONTRAST, KIOSK
from tests.ui.conftest import SIZE
from tests.ui.helpers import settle, until_screen

pytestmark = pytest.mark.asyncio
THEMES = [KIOSK.name, HIGH_CONTRAST.name]


def luminance(color: Color) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: Color, b: Color) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def drawn(app: App) -> list[tuple[str, Color, Color, int, int]]:
    """Every run of characters on screen with its colours and position (as a terminal gets it)."""
    console = Console(width=app.size.width, height=app.size.height, file=io.StringIO(),
                      force_terminal=True, color_system="truecolor", record=True)
    console.print(app.screen._compositor.render_update(full=True))
    runs, x, y = [], 0, 0
    for segment in Segment.split_and_crop_lines(console._record_buffer, app.size.width):
        x = 0
        for text, style, _ in segment:
            if style is not None and style.color and style.bgcolor and text.strip():
                runs.append((text, style.color, style.bgcolor, x, y))
            x += len(text)
        y += 1
    return runs


def low_contrast(app: App, region=None, downgrade: bool = False) -> list[str]:
    found = []
    for text, fg, bg, x, y in drawn(app):
        if region is not None and not region.contains(x, y):
            continue  # behind a dialog: dimmed on purpose, not meant to be read
        text = "".join(ch for ch in text if not "\u2500" <= ch <= "\u259f")
        if not text.strip():
            continue  # frames and the QR code: lines and blocks, checked as controls below
        if downgrade:  # a terminal with 256 colours shows the nearest palette colour
            fg = fg.downgrade(ColorSystem.EIGHT_BIT)
            bg = bg.downgrade(ColorSystem.EIGHT_BIT)
        if ratio(fg, bg) < 4.5:
            found.append(f"{text.strip()!r} at {x},{y}: {ratio(fg, bg):.2f}:1")
    return found


async def screens(app: App, pilot):
    """Each screen of a session, and the part of it a citizen reads (None: all of it)."""
    await pilot.pause()
    yield "welcome", None
    app.post_message(messages.StartQuestion())
    await until_screen(app, pilot, "ask-screen")
    app.post_message(messages.Ask("Ausweis oder Reisepass kosten"))
    await pilot.pause()
    await settle(app, pilot)
    yield "answer", None
    app.post_message(messages.Ask("Meine IBAN DE89 3704 0044 0532 0130 00, Perso kosten?"))
    await pilot.pause()
    await settle(app, pilot)
    yield "refusal", None
    app.action_staff()
    await until_screen(app, pilot, "pin")
    yield "pin", app.screen.query_one("#pin-box").region
    app.screen.dismiss(False)
    await pilot.pause()
    app.post_message(messages.Home())
    await settle(app, pilot)
    app.post_message(messages.OpenTopic("ausweis"))
    await until_screen(app, pilot, "topics")
    yield "topics", None


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_is_at_least_4_5_to_1(make_app, theme):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        failures = {}
        async for name, region in screens(app, pilot):
            app.screen.query_one("#ask" if name == "welcome" else "Button").focus()
            await pilot.pause()
            failures[name] = low_contrast(app, region)
    assert {k: v for k, v in failures.items() if v} == {}


@pytest.mark.parametrize("theme", THEMES)
async def test_texts_keep_4_5_to_1_in_a_256_colour_terminal(make_app, theme):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        failures = {name: low_contrast(app, region, downgrade=True)
                    async for name, region in screens(app, pilot)}
    assert {k: v for k, v in failures.items() if v} == {}


@pytest.mark.parametrize("theme", THEMES)
async def test_control_frames_and_the_focus_frame(make_app, theme):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        colors = {k: Color.parse(v) for k, v in app.theme_variables.items()
                  if k in ("background", "surface", "control-edge", "focus-frame", "primary")}
        assert ratio(colors["control-edge"], colors["background"]) >= 3.0  # 1.4.11
        assert ratio(colors["focus-frame"], colors["background"]) >= 3.0  # 2.4.7 / 2.4.13
        assert ratio(colors["focus-frame"], colors["surface"]) >= 3.0
        button = app.screen.query_one("#contrast")
        before = (button.styles.border_top, button.styles.border_left)
        button.focus()
        await pilot.pause()
        after = (button.styles.border_top, button.styles.border_left)
        assert after[0][0] == after[1][0] == "thick" != before[0][0]  # a thick frame
        assert after[0][1].hex == colors["focus-frame"].get_truecolor().hex.upper() or \
            after[0][1].rgb == colors["focus-frame"].get_truecolor()


async def test_the_high_contrast_state_shows_on_its_button(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        button = app.screen.query_one("#contrast")
        assert button.text == "Kontrast: aus" and "-on" not in button.classes
        app.post_message(messages.ToggleContrast())
        await pilot.pause()
        await pilot.pause()
        assert button.text == "Kontrast: an" and "-on" in button.classes
