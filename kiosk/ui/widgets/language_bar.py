"""A row of language buttons, each named in its own language; the current one is marked."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from kiosk.core.settings import LANGS
from kiosk.ui.i18n import LANG_NAMES


class LanguageButton(Button, can_focus=False):
    """Takes no focus: typed keys keep going to the input line after a language change."""


class LanguageBar(Horizontal):
    """Touch a language to switch every label at once; posts `LanguageBar.Chosen`."""

    class Chosen(Message):
        """The citizen picked a language."""

        def __init__(self, lang: str) -> None:
            super().__init__()
            self.lang = lang

    def compose(self) -> ComposeResult:
        for lang in LANGS:
            button = LanguageButton(LANG_NAMES[lang], id=f"lang-{lang}", classes="lang")
            # Seven names must fit 80 columns; the tcss parser of Textual 8.2 rejects
            # `line-pad: 0`, so the button's side padding is removed here.
            button.styles.line_pad = 0
            yield button

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._mark)

    def _mark(self, lang: str) -> None:
        for button in self.query(Button):
            button.set_class(button.id == f"lang-{lang}", "-current")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Chosen(event.button.id.removeprefix("lang-")))
