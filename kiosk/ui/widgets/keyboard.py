"""On-screen keyboard for touch-only kiosks: the letters of the UI language, digits, space."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Input

from kiosk.core import languages
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.translated import KButton

DIGITS = ("1234567890", "€.,:/-()@", "?!'\"&%+")

BACKSPACE, ENTER, SPACE, SWITCH = "⌫", "↵", "␣", "123"
_SPOKEN = {BACKSPACE: "delete", ENTER: "send", " ": "key.space", SWITCH: "key.switch"}


class KeyButton(KButton, can_focus=False):
    """A key; it never takes the focus, so the input line keeps its cursor."""

    @property
    def spoken(self) -> str:
        key = _SPOKEN.get(self.name or "")
        return tr(self.app.lang, key) if key else self.name or ""


class OnScreenKeyboard(Vertical):
    """Types into `target`; follows the UI language (rows from the registry); 123 for digits."""

    DEFAULT_CSS = """
    OnScreenKeyboard { height: auto; }
    OnScreenKeyboard > .key-row { height: 3; }
    OnScreenKeyboard .key { width: 1fr; min-width: 3; padding: 0; }
    OnScreenKeyboard .key.wide { width: 2fr; }
    OnScreenKeyboard .key.space { width: 5fr; }
    """

    digits: reactive[bool] = reactive(False, recompose=True)

    def __init__(self, target: Input, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="keyboard")
        self.target = target

    def compose(self) -> ComposeResult:
        rows = DIGITS if self.digits else languages.get(self.app.lang).keyboard
        for row in rows:
            with Horizontal(classes="key-row"):
                for char in row:
                    yield KeyButton(char, name=char, classes="key")
        with Horizontal(classes="key-row"):
            yield KeyButton("abc" if self.digits else SWITCH, name=SWITCH, classes="key wide")
            yield KeyButton(SPACE, name=" ", classes="key space")
            yield KeyButton(BACKSPACE, name=BACKSPACE, classes="key wide")
            yield KeyButton(ENTER, name=ENTER, classes="key wide", variant="primary")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", lambda _: self.refresh(recompose=True), init=False)

    async def on_button_pressed(self, event: KeyButton.Pressed) -> None:
        event.stop()
        key = event.button.name or ""
        if key == SWITCH:
            self.digits = not self.digits
        elif key == BACKSPACE:
            self.target.action_delete_left()
        elif key == ENTER:
            await self.target.action_submit()
        else:
            self.target.insert_text_at_cursor(key)
