"""Calm out-of-service screen, shown when the assistant could not be built (details: staff)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen

from kiosk.ui.widgets.language_bar import LanguageBar
from kiosk.ui.widgets.translated import TLabel


class OutOfServiceScreen(Screen):
    """No question can be answered; the citizen is sent to the desk or the Info-Line."""

    def __init__(self) -> None:
        super().__init__(id="out-of-service")

    def compose(self) -> ComposeResult:
        yield LanguageBar()
        with Vertical(id="oos-box"):
            yield TLabel("app_name", id="app-name", classes="title")
            yield TLabel("oos_title", classes="heading")
            yield TLabel("oos_body", classes="oos-body")
