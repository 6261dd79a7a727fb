"""Welcome (attract) screen: who is speaking, the AI and privacy notices, languages, topics."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button

from kiosk.ui.widgets.language_bar import LanguageBar
from kiosk.ui.widgets.translated import TButton, TLabel


class WelcomeScreen(Screen):
    """The screen every session starts and ends on."""

    AUTO_FOCUS = None  # a touch screen: no button waits pre-selected for a stray Enter

    def __init__(self, categories: list[str]) -> None:
        super().__init__(id="welcome")
        self.categories = categories

    def compose(self) -> ComposeResult:
        yield LanguageBar()
        with VerticalScroll(id="welcome-body"):
            yield TLabel("app_name", id="app-name", classes="title")
            yield TLabel("city", classes="subtitle")
            with Horizontal(classes="notices"):
                yield TLabel("ai_notice", classes="notice ai-notice")
                yield TLabel("pii_notice", classes="notice pii-notice")
            yield TButton("ask_button", id="ask", variant="primary", action="app.ask")
            yield TLabel("topics_heading", classes="heading")
            with Grid(id="tiles"):
                for category in self.categories:
                    yield TButton(f"cat.{category}", id=f"cat-{category}", classes="tile")
            with Horizontal(classes="footer-row"):
                yield TButton("contrast", id="contrast", action="app.toggle_contrast")

    @on(Button.Pressed, ".tile")
    def _topic(self, event: Button.Pressed) -> None:
        event.stop()
        self.app.open_topic(event.button.id.removeprefix("cat-"))

    def on_key(self, event: events.Key) -> None:
        # With a hardware keyboard, typing anywhere starts a question; keys that were queued
        # here while the ask screen opened go on to it.
        opened = self.app.screen is not self
        if event.character and (event.character.isalnum() or opened and event.is_printable):
            event.stop()
            self.app.action_ask(event.character)
