"""Operation without sight of the pointer or the keyboard's limits (WCAG 2.1.1, 2.4.3, 2.5.2,
2.5.7, 1.4.1): every control by keyboard in a sensible order, reading by ▲/▼ instead of
dragging, a press that is cancelled by moving away, the current language not by colour alone."""

from __future__ import annotations

import pytest
from textual import events

from kiosk.ui import messages
from tests.ui.conftest import SIZE
from tests.ui.helpers import ask, settle, until_screen

pytestmark = pytest.mark.asyncio


async def test_language_buttons_are_reached_and_chosen_by_keyboard(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        order = []
        for _ in range(5):
            await pilot.press("tab")
            order.append(app.focused.id)
        assert order == ["speech", "lang-de", "lang-en", "lang-tr", "lang-uk"]  # top-left on
        await pilot.press("enter")
        await pilot.pause()
        assert app.lang == "uk"


async def test_every_control_of_the_welcome_screen_is_in_the_tab_order(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen = set()
        for _ in range(30):
            await pilot.press("tab")
            seen.add(app.focused.id)
        buttons = {b.id for b in app.screen.query("Button")}
        assert buttons <= seen


async def test_the_card_is_read_with_large_scroll_buttons_not_by_dragging(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(app, pilot, "Was kostet ein Perso?")
        conversation = app.screen.query_one("#conversation")
        assert conversation.max_scroll_y > 0  # the card is longer than the room it has
        page = conversation.scrollable_content_region.height
        seen = [conversation.scroll_y]
        while seen[-1] < conversation.max_scroll_y and len(seen) < 30:
            await pilot.click("#down-conversation")
            await pilot.pause()
            seen.append(conversation.scroll_y)
        steps = [b - a for a, b in zip(seen, seen[1:])]
        assert seen[-1] == conversation.max_scroll_y  # the end of the card is reached by ▼
        assert all(0 <= step < page for step in steps)  # page by page, the reader keeps a line
        presses = 0  # (under load a press may land after the pause: no count of presses is exact)
        while conversation.scroll_y > 0 and presses < 30:
            await pilot.click("#up-conversation")
            await pilot.pause()
            presses += 1
        assert conversation.scroll_y == 0  # and back to the start by ▲
        button = app.screen.query_one("#down-conversation")
        assert button.region.height >= 3 and button.region.width >= 7  # a large target


async def test_a_press_moved_off_the_button_before_release_does_nothing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        ask_button = app.screen.query_one("#ask")
        x, y = ask_button.region.center
        outside = app.screen.query_one(".notices").region.center
        for cls, (px, py) in ((events.MouseDown, (x, y)), (events.MouseUp, outside)):
            app._driver.send_message(cls(None, px, py, 0, 0, 1, False, False, False,
                                         screen_x=px, screen_y=py))
            await pilot.pause()
        await pilot.pause()
        assert app.screen.id == "welcome"  # WCAG 2.5.2: the down-event alone does not act


async def test_the_current_language_is_marked_by_more_than_colour(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        current = app.screen.query_one("#lang-de")
        other = app.screen.query_one("#lang-en")
        assert current.styles.text_style.underline and not other.styles.text_style.underline


async def test_waiting_is_announced_in_speech_mode(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        app.post_message(messages.StartQuestion())
        await until_screen(app, pilot, "ask-screen")
        app.post_message(messages.Ask("Was kostet ein Perso?"))
        await pilot.pause()
        await settle(app, pilot)
        said = [text for text, _ in speaker.said]
        assert "Einen Moment bitte, ich suche die Antwort …" in said  # WCAG 4.1.3
