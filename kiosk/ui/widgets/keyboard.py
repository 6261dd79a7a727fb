"""On-screen keyboard for touch-only kiosks: the letters of the UI language, digits, space."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Button, Input

LETTERS = {
    "de": ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß-"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm-"),
    "tr": ("qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç"),
    "uk": ("йцукенгшщзхї", "фівапролджє", "ґячсмитьбю"),
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"),
    "pl": ("ęqwertyuiopó", "ąasdfghjklłś", "żźzxcvbnmćń"),
    "ar": ("ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظد"),
}
"""Lower-case rows per UI language; case does not matter to the assistant."""

DIGITS = ("1234567890", "€.,:/-()@", "?!'\"&%+")

BACKSPACE, ENTER, SPACE, SWITCH = "⌫", "↵", "␣", "123"


class KeyButton(Button, can_focus=False):
    """A key; it never takes the focus, so the input line keeps its cursor."""


class OnScreenKeyboard(Vertical):
    """Types into `target`; follows the UI language; the 123 key switches to digits."""

    digits: reactive[bool] = reactive(False, recompose=True)

    def __init__(self, target: Input, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="keyboard")
        self.target = target

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        rows = DIGITS if self.digits else LETTERS.get(lang, LETTERS["de"])
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

    async def on_button_pressed(self, event: Button.Pressed) -> None:
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
