"""'Meinten Sie …?' as a list, when the close runners-up do not fit beside each other."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.core.types import Service
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskModal
from kiosk.ui.widgets.offers import ServiceChoice
from kiosk.ui.widgets.translated import KButton, TButton, TLabel


class ChoiceScreen(KioskModal):
    """Dismissed with the chosen service, or None for 'Zurück' / Escape."""

    BINDINGS = [("escape", "back")]

    def __init__(self, services: tuple[Service, ...], lang: str) -> None:
        super().__init__(id="choice")
        self.services = services
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-box"):
            yield TLabel("did_you_mean", classes="title")
            for service in self.services:
                yield ServiceChoice(service, self.lang)
            yield TButton("back", id="choice-back")

    def spoken_intro(self, lang: str) -> str:
        titles = ", ".join(s.title_for(lang) for s in self.services)
        return f"{tr(lang, 'did_you_mean')} {titles}"

    @on(KButton.Pressed, ".alternative")
    def _chosen(self, event: KButton.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.service)

    @on(KButton.Pressed, "#choice-back")
    def action_back(self) -> None:
        self.dismiss(None)
