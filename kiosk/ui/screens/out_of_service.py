"""Calm screens without an assistant: while it starts, and when it could not be built."""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.widgets.language_bar import TopBar
from kiosk.ui.widgets.translated import Prose, TLabel


class OutOfServiceScreen(KioskScreen):
    """No question can be answered; the citizen is sent to the desk or the Info-Line."""

    def __init__(self, speech: bool = False) -> None:
        super().__init__(id="out-of-service")
        self.speech = speech

    def compose(self) -> ComposeResult:
        yield TopBar(self.speech)
        with Vertical(id="oos-box"):
            yield TLabel("app_name", id="app-name", classes="title")
            yield TLabel("oos_title", classes="heading")
            yield TLabel("oos_body", classes="oos-body")

    def spoken_intro(self, lang: str) -> str:
        return f"{tr(lang, 'oos_title')} {tr(lang, 'oos_body')}"


class StartingScreen(KioskScreen):
    """Shown at once while the index and embedder load (a minute or more after a corpus change):
    a terminal must never stay blank."""

    def __init__(self, speech: bool = False) -> None:
        super().__init__(id="starting")
        self.speech = speech

    def compose(self) -> ComposeResult:
        yield TopBar(self.speech)
        with Vertical(id="oos-box"):
            yield TLabel("app_name", id="app-name", classes="title")
            yield Prose("", id="starting-text", classes="heading")

    def on_mount(self) -> None:
        self.started = self.app.clock()
        self.watch(self.app, "lang", lambda _: self._tick())
        self.set_interval(1.0, self._tick, name="starting")

    def _tick(self) -> None:
        lang = self.app.lang
        waited = math.floor(self.app.clock() - self.started)
        suffix = f" {tr(lang, 'seconds', seconds=waited)}" if waited >= 1 else ""
        self.query_one("#starting-text", Prose).set_text(tr(lang, "starting") + suffix)

    def spoken_intro(self, lang: str) -> str:
        return tr(lang, "starting")
