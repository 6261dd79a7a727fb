"""'Sind Sie noch da?': the idle warning; any touch, key or wheel turn continues the session."""

from __future__ import annotations

import math

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskModal
from kiosk.ui.widgets.translated import Prose, TButton, TLabel


class CountdownScreen(KioskModal):
    """Dismissed with True when the citizen is still there; the app removes it on timeout."""

    def __init__(self, deadline: float, now: float) -> None:
        super().__init__(id="countdown")
        self.deadline = deadline  # on the app's clock, so tests can drive it
        self.now = now
        self._closed = False
        # Made here, not in compose: the app's timer may tick before this screen is composed.
        self._body = Prose("", id="countdown-body")

    def compose(self) -> ComposeResult:
        with Vertical(id="countdown-box"):
            yield TLabel("countdown_title", classes="title")
            yield self._body
            yield TButton("continue", id="continue", variant="primary")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", lambda _: self.tick(self.now))

    def spoken_intro(self, lang: str) -> str:
        return f"{tr(lang, 'countdown_title')} {self._text(lang)}"

    def _text(self, lang: str) -> str:
        return tr(lang, "countdown_body", seconds=max(0, math.ceil(self.deadline - self.now)))

    def tick(self, now: float) -> bool:
        """Show the seconds left; False once none are (the app then ends the session)."""
        self.now = now
        if self.deadline > now:
            self._body.set_text(self._text(self.app.lang))
        return self.deadline > now

    def still_there(self) -> None:
        """Any input: the citizen is still there. A key and a click can come in one tick."""
        if not self._closed:
            self._closed = True
            self.dismiss(True)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.still_there()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        self.still_there()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()  # a wheel turn counts as much as a touch
        self.still_there()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.still_there()

    def on_button_pressed(self, event: TButton.Pressed) -> None:
        event.stop()
        self.still_there()
