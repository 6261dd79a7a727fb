"""What every kiosk screen has: the 'Fenster zu klein' cover and its spoken introduction."""

from __future__ import annotations

from textual.screen import ModalScreen, Screen

from kiosk.ui import messages
from kiosk.ui.widgets.too_small import TooSmall


class _Kiosk:
    """Mixed into Screen and ModalScreen (Textual calls each class's handlers in turn)."""

    def on_mount(self) -> None:
        self.mount(TooSmall())  # last: drawn over everything when the terminal is too small

    def on_screen_resume(self) -> None:
        # In speech mode the app reads this out; it decides, the screen only offers the text.
        text = self.spoken_intro(self.app.lang)
        if text:
            self.post_message(messages.Say(text))

    def spoken_intro(self, lang: str) -> str:
        """What speech mode says when this screen appears."""
        return ""


class KioskScreen(_Kiosk, Screen):
    """A full kiosk screen."""


class KioskModal(_Kiosk, ModalScreen):
    """A kiosk dialog over the current screen."""
