"""'Sind Sie noch da?': the idle countdown; any touch or key continues the session."""

from __future__ import annotations

import math

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from kiosk.ui.i18n import tr
from kiosk.ui.widgets.translated import TButton, TLabel


class CountdownScreen(ModalScreen[bool]):
    """Dismissed with True when the citizen is still there; the app removes it on timeout."""

    def __init__(self, deadline: float) -> None:
        super().__init__(id="countdown")
        self.deadline = deadline  # on the app's clock, so tests can drive it
        self._closed = False
        # Made here, not in compose: the app's timer may tick before this screen is composed.
        self._body = Static("", markup=False, id="countdown-body")

    def compose(self) -> ComposeResult:
        with Vertical(id="countdown-box"):
            yield TLabel("countdown_title", classes="title")
            yield self._body
            yield TButton("continue", id="continue", variant="primary")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", lambda _: self.tick(self.app.clock()))

    def tick(self, now: float) -> bool:
        """Show the seconds left; False once none are (the app then ends the session)."""
        left = self.deadline - now
        if left > 0:
            self._body.update(tr(self.app.lang, "countdown_body", seconds=math.ceil(left)))
        return left > 0

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self._close(True)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        self._close(True)

    def on_button_pressed(self, event: TButton.Pressed) -> None:
        event.stop()
        self._close(True)

    def _close(self, still_there: bool) -> None:
        # A key and a click can arrive within one tick: dismiss once.
        if not self._closed:
            self._closed = True
            self.dismiss(still_there)
