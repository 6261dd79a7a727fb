"""Staff PIN prompt with an on-screen keypad (kiosks have no keyboard), in the screen's language."""

from __future__ import annotations

import math

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Input

from kiosk.ui.i18n import tr
from kiosk.ui.pin_guard import TRIES, PinGuard
from kiosk.ui.screens.base import KioskModal
from kiosk.ui.widgets.translated import KButton, Prose, TButton, TLabel

KEYPAD = ("1", "2", "3", "⌫", "4", "5", "6", "0", "7", "8", "9", "OK")


class PinKey(KButton, can_focus=False):
    """A keypad key; the input line keeps the focus."""

    @property
    def spoken(self) -> str:
        return tr(self.app.lang, "delete") if self.name == "del" else self.text


class PinScreen(KioskModal):
    """Dismissed with True for the right PIN; wrong ones count in the app's `PinGuard`."""

    BINDINGS = [("escape", "cancel")]

    def __init__(self, guard: PinGuard) -> None:
        super().__init__(id="pin")
        self.guard = guard

    def compose(self) -> ComposeResult:
        with Vertical(id="pin-box"):
            yield TLabel("pin_title", classes="title")
            yield Input(id="pin-input", password=True, restrict=r"[0-9]*", max_length=12)
            yield Prose("", id="pin-message")
            with Grid(id="keypad"):
                for key in KEYPAD:
                    name = {"⌫": "del", "OK": "ok"}.get(key, key)
                    yield PinKey(key, id=f"k{name}", name=name, classes="key",
                                 variant="primary" if name == "ok" else "default")
            yield TButton("cancel", id="pin-cancel")

    def on_mount(self) -> None:
        self.query_one("#pin-input", Input).focus()
        self._show_lock()
        self.set_interval(1.0, self._show_lock, name="pin-lock")

    def spoken_intro(self, lang: str) -> str:
        return tr(lang, "pin_title")

    @property
    def spoken_entry(self) -> str:
        """What speech says about the entry: how many digits, never which (masked entry)."""
        return tr(self.app.lang, "pin_digits", count=len(self.query_one("#pin-input", Input).value))

    @on(KButton.Pressed, ".key")
    def _key(self, event: KButton.Pressed) -> None:
        event.stop()
        field = self.query_one("#pin-input", Input)
        key = event.button.name
        if key == "ok":
            self.check(field.value)
        elif key == "del":
            field.value = field.value[:-1]
        else:
            field.insert_text_at_cursor(key)

    @on(Input.Submitted, "#pin-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.check(event.value)

    @on(TButton.Pressed, "#pin-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)

    def check(self, pin: str) -> None:
        """Let staff in, count a wrong try, or say how long the prompt stays locked."""
        result = self.guard.attempt(pin)
        self.query_one("#pin-input", Input).clear()
        if result:
            self.dismiss(True)
        elif result is False and not self.guard.locked_for():
            self.query_one("#pin-message", Prose).set_text(tr(self.app.lang, "pin_wrong"))
        self._show_lock()

    def _show_lock(self) -> None:
        left = self.guard.locked_for()
        field = self.query_one("#pin-input", Input)
        if field.disabled and not left:
            field.disabled = False
            field.focus()  # the focus left the disabled field; Enter must not hit 'Abbrechen'
        field.disabled = left > 0
        self.query("#keypad .key").set(disabled=left > 0)
        if left > 0:
            self.query_one("#pin-message", Prose).set_text(
                tr(self.app.lang, "pin_locked", seconds=math.ceil(left)))
        elif self.guard.failures % TRIES == 0:
            self.query_one("#pin-message", Prose).set_text("")
