"""Welcome (attract) screen: who is speaking, the AI and privacy notices, languages, topics."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button

from kiosk.ui.widgets.language_bar import LanguageBar
from kiosk.ui.widgets.translated import TButton, TLabel


class WelcomeScreen(Screen):
    """The screen every session starts and ends on."""

    def __init__(self, categories: list[str]) -> None:
        super().__init__(id="welcome")
        self.categories = categories

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="welcome-body"):
            yield TLabel("app_name", id="app-name", classes="title")
            yield TLabel("city", classes="subtitle")
            with Horizontal(classes="notices"):
                yield TLabel("ai_notice", classes="notice ai-notice")
                yield TLabel("pii_notice", classes="notice pii-notice")
            yield LanguageBar()
            yield TButton("ask_button", id="ask", variant="primary", action="app.ask")
            yield TLabel("topics_heading", classes="heading")
            with Grid(id="tiles"):
                for category in self.categories:
                    yield TButton(f"cat.{category}", id=f"cat-{category}", classes="tile")
            with Horizontal(classes="footer-row"):
                yield TButton("contrast", id="contrast", action="app.toggle_contrast")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith("cat-"):
            event.stop()
            self.app.open_topic(event.button.id.removeprefix("cat-"))

    def on_click(self, event: events.Click) -> None:
        # Staff on a keyboardless touchscreen: three quick taps on the title open the PIN prompt.
        if event.chain >= 3 and event.widget is not None and event.widget.id == "app-name":
            self.app.action_staff()
