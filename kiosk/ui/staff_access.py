"""Staff access for `KioskApp`: F12 (or three taps on the title), the PIN prompt with its
lockout, the panel with what the app knows, and leaving the program (staff only)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from textual import events

from kiosk.ui import messages
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.screens.pin import PinScreen
from kiosk.ui.screens.staff import StaffScreen, StaffView

if TYPE_CHECKING:
    from kiosk.ui.app import KioskApp

DEFAULT_PIN_SHA256 = hashlib.sha256(b"2468").hexdigest()
"""The PIN a fresh install has; the panel warns while it is set."""


class StaffAccess:
    """Mixed into `KioskApp`."""

    def action_staff(self: KioskApp) -> None:
        if isinstance(self.screen, (StaffScreen, PinScreen, CountdownScreen)):
            return
        if self.staff:
            self.push_screen(self._staff_screen())
        else:
            self.push_screen(PinScreen(self.pin_guard), self._pin_checked)

    def _staff_screen(self: KioskApp) -> StaffScreen:
        assistant = self.assistant
        view = StaffView(answer=self.session.last_answer, faults=self.all_faults,
                         speech=self.speech.available, failure=self.failure,
                         default_pin=self.settings.staff_pin_sha256.lower() == DEFAULT_PIN_SHA256)
        if assistant is not None:
            view.model_ready = assistant.model_ready
            view.stands = [(s.stand, s.id) for s in assistant.corpus.services]
            try:
                view.status = dict(assistant.status())
            except Exception as exc:  # the panel must open even when status() breaks
                view.status = {"status()": f"fehlgeschlagen: {type(exc).__name__}: {exc}"}
        return StaffScreen(view, self.settings)

    def on_click(self: KioskApp, event: events.Click) -> None:
        # Staff at a touchscreen without keyboard: three quick taps on the title instead of F12.
        if event.chain >= 3 and event.widget is not None and event.widget.id == "app-name":
            self.action_staff()

    def _pin_checked(self: KioskApp, ok: bool | None) -> None:
        if ok:
            self.push_screen(self._staff_screen())

    def action_leave(self: KioskApp) -> None:
        if self.staff:
            self.exit(0)

    def on_quit(self: KioskApp, message: messages.Quit) -> None:
        self.exit(0)
