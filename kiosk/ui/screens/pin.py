"""Staff PIN prompt with an on-screen keypad (kiosks have no keyboard). Staff texts are German."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

MAX_TRIES = 3


class PinScreen(ModalScreen[bool]):
    """Dismissed with True for the right PIN; closes after MAX_TRIES wrong ones."""

    BINDINGS = [("escape", "cancel", "Abbrechen")]

    def __init__(self) -> None:
        super().__init__(id="pin")
        self.tries = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="pin-box"):
            yield Static("Mitarbeiter-PIN", classes="title")
            yield Input(id="pin-input", password=True, restrict=r"[0-9]*", max_length=12)
            yield Static("", id="pin-message")
            with Grid(id="keypad"):
                for key in ("1", "2", "3", "4", "5", "6", "7", "8", "9"):
                    yield Button(key, id=f"k{key}", classes="key")
                yield Button("⌫", id="kdel", classes="key")
                yield Button("0", id="k0", classes="key")
                yield Button("OK", id="kok", classes="key", variant="primary")
            yield Button("Abbrechen", id="pin-cancel")

    def on_mount(self) -> None:
        self.query_one("#pin-input", Input).focus()

    @on(Button.Pressed, ".key")
    def _key(self, event: Button.Pressed) -> None:
        event.stop()
        field = self.query_one("#pin-input", Input)
        key = event.button.id.removeprefix("k")
        if key == "ok":
            self.check(field.value)
        elif key == "del":
            field.value = field.value[:-1]
        else:
            field.insert_text_at_cursor(key)

    @on(Input.Submitted, "#pin-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.check(event.value)

    @on(Button.Pressed, "#pin-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)

    def check(self, pin: str) -> None:
        """Let staff in, or count a wrong try."""
        if self.app.settings.pin_ok(pin):
            self.dismiss(True)
            return
        self.tries += 1
        self.query_one("#pin-input", Input).clear()
        if self.tries >= MAX_TRIES:
            self.dismiss(False)
        else:
            self.query_one("#pin-message", Static).update("PIN falsch.")
