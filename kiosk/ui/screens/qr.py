"""The QR code of a service's official page on its own, where it does not fit beside the card."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Center, Vertical

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskModal
from kiosk.ui.widgets.qr_code import QRCode
from kiosk.ui.widgets.translated import KButton, TButton, TLabel


class QRScreen(KioskModal):
    """One tap away from the card; 'Schließen' (or Escape) goes back to it."""

    BINDINGS = [("escape", "close")]

    def __init__(self, url: str) -> None:
        super().__init__(id="qr")
        self.url = url

    def compose(self) -> ComposeResult:
        with Vertical(id="qr-box"):
            with Center():
                yield QRCode(self.url, id="qr-code")
            yield TLabel("qr_caption", classes="qr-caption")
            yield TButton("close", id="qr-close", variant="primary")

    def spoken_intro(self, lang: str) -> str:
        return tr(lang, "qr_caption")

    @on(KButton.Pressed, "#qr-close")
    def action_close(self) -> None:
        self.dismiss()
