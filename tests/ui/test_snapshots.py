"""Snapshot tests at 100x30: fakes, a fixed clock, no cursor blink (update: --snapshot-update)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from kiosk.ui import messages
from tests.ui.conftest import SIZE
from tests.ui.fakes import FakeAssistant, frozen_corpus
from tests.ui.helpers import settle, until_screen


@pytest.fixture
def make_app(make_app, settings):
    """The app over a fixed set of documents, so that new corpus files change no snapshot."""
    assistant = FakeAssistant(settings, frozen_corpus())
    return lambda **kw: make_app(assistant=assistant, **kw)


def _steady(pilot: Pilot) -> None:
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


async def _ask(pilot: Pilot) -> None:
    app = pilot.app
    # messages, not clicks: a mouse left over a button would hover it
    app.post_message(messages.StartQuestion())
    await until_screen(app, pilot, "ask-screen")
    _steady(pilot)
    app.post_message(messages.Ask("Was kostet ein Personalausweis?"))
    await pilot.pause()
    await settle(app, pilot)


class TestSnapshots:
    """The four screens a citizen meets most."""

    def test_welcome(self, snap_compare, make_app):
        """Welcome: name, AI and privacy notices, languages, 'Frage stellen', topic tiles."""
        assert snap_compare(make_app(), terminal_size=SIZE)

    def test_ask_with_answer(self, snap_compare, make_app):
        """An answer: question, service card, streamed text (the sources and QR code below)."""
        assert snap_compare(make_app(), terminal_size=SIZE, run_before=_ask)

    def test_topics(self, snap_compare, make_app):
        """The services of one topic as large buttons."""

        async def run_before(pilot: Pilot) -> None:
            pilot.app.post_message(messages.OpenTopic("ausweis"))
            await until_screen(pilot.app, pilot, "topics")

        assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)

    def test_idle_dialog(self, snap_compare, make_app, clock):
        """'Sind Sie noch da?' over the conversation, with the seconds left."""

        async def run_before(pilot: Pilot) -> None:
            await _ask(pilot)
            clock.advance(1)
            pilot.app.check_inactivity()
            await pilot.pause()
            clock.advance(0.1)
            pilot.app.check_inactivity()
            await pilot.pause()

        assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


class TestSmallestKiosk:
    """80x24, the smallest terminal every screen is made for."""

    def test_welcome(self, snap_compare, make_app):
        """All of the welcome screen without scrolling, 'Kontrast' included."""
        assert snap_compare(make_app(), terminal_size=(80, 24))

    def test_answer_with_qr_one_tap_away(self, snap_compare, make_app):
        """The card scrolls with ▲/▼; the QR code is a button below the conversation."""
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ask)

    def test_too_small(self, snap_compare, make_app):
        """Below 80x24: 'Fenster zu klein' instead of a garbled screen."""
        assert snap_compare(make_app(), terminal_size=(40, 12))


class TestAccess:
    """Focus, contrast, speech mode and right-to-left text."""

    def test_high_contrast_with_focus(self, snap_compare, make_app):
        """High contrast, the contrast switch focused: its state and a thick focus frame."""

        async def run_before(pilot: Pilot) -> None:
            pilot.app.post_message(messages.ToggleContrast())
            await pilot.pause()
            pilot.app.screen.query_one("#contrast").focus()
            await pilot.pause()

        assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)

    def test_speech_mode_on(self, snap_compare, make_app):
        """The corner switch shows speech mode is on."""
        assert snap_compare(make_app(), terminal_size=SIZE, press=["f2"])

    def test_arabic_answer(self, snap_compare, make_app):
        """Arabic shaped and right-aligned; the card in Arabic (an SVG viewer reorders
        right-to-left text again, so it looks reversed there; a terminal shows it right)."""

        async def run_before(pilot: Pilot) -> None:
            pilot.app.lang = "ar"
            await _ask(pilot)

        assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
