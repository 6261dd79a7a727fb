"""Welcome (attract) screen: who is speaking, the AI and privacy notices, languages, topics."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical

from kiosk.ui import messages
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.widgets.language_bar import TopBar
from kiosk.ui.widgets.translated import KButton, TButton, TLabel


class ContrastButton(KButton):
    """Switches the high-contrast theme; its label says whether it is on."""

    def __init__(self) -> None:
        super().__init__(" ", id="contrast")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)
        self.watch(self.app, "theme", self._relabel)

    def _relabel(self, _: object = None) -> None:
        on = self.app.theme != self.app.default_theme
        self.set_class(on, "-on")
        self.set_text(tr(self.app.lang, "contrast_on" if on else "contrast_off"))

    def on_button_pressed(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.ToggleContrast())


class WelcomeScreen(KioskScreen):
    """The screen every session starts and ends on."""

    def __init__(self, categories: list[str], speech: bool) -> None:
        super().__init__(id="welcome")
        self.categories = categories
        self.speech = speech

    def compose(self) -> ComposeResult:
        yield TopBar(self.speech)
        with Vertical(id="welcome-body"):
            with Horizontal(id="masthead"):
                yield TLabel("app_name", id="app-name", classes="title")
                yield TLabel("city", classes="subtitle")
            with Horizontal(classes="notices"):
                yield TLabel("ai_notice", classes="notice ai-notice")
                yield TLabel("pii_notice", classes="notice pii-notice")
            with Horizontal(id="ask-row"):
                yield TButton("ask_button", id="ask", variant="primary")
                yield ContrastButton()
            yield TLabel("topics_heading", classes="heading")
            with Grid(id="tiles"):
                for category in self.categories:
                    yield TButton(f"cat.{category}", id=f"cat-{category}", classes="tile")

    def show_topics(self, categories: list[str]) -> None:
        """New content brought other topics: tiles for them (between sessions only)."""
        if categories != self.categories:
            self.categories = categories
            self.refresh(recompose=True)

    def spoken_intro(self, lang: str) -> str:
        return " ".join(tr(lang, key) for key in ("app_name", "ai_notice", "pii_notice"))

    @on(KButton.Pressed, "#ask")
    def _ask(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.StartQuestion())

    @on(KButton.Pressed, ".tile")
    def _topic(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.OpenTopic(event.button.id.removeprefix("cat-")))

    def on_key(self, event: events.Key) -> None:
        # With a hardware keyboard, typing anywhere starts a question; keys that were queued
        # here while the ask screen opened go on to it.
        opened = not self.is_current
        if event.character and (event.character.isalnum() or opened and event.is_printable):
            event.stop()
            self.post_message(messages.StartQuestion(event.character))
