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
