"""The offers after an answer, in a bar below the conversation, so none needs scrolling to:
'Meinten Sie …?' (close runners-up), the screen in the question's language, the QR code where
it is not beside the card, and for a refused question its masked text to edit or send."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message

from kiosk.core.languages import CODES
from kiosk.core.types import Answer, Service
from kiosk.ui import messages
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.qr_code import QRButton
from kiosk.ui.widgets.translated import KButton, TLabel

_FRAME = 4  # a button's border and the gap to the next one, in cells


class ServiceChoice(KButton):
    """One close runner-up, named in the screen's language."""

    def __init__(self, service: Service, lang: str) -> None:
        super().__init__(service.title_for(lang), classes="offer alternative")
        self.service = service


class OffersBar(Horizontal):
    """Filled by the ask screen when an answer is complete; empty (and hidden) otherwise."""

    DEFAULT_CSS = """
    OffersBar { height: auto; padding: 0 1; }
    OffersBar.-empty { display: none; }
    OffersBar > .did-you-mean { width: auto; height: 3; content-align: left middle;
                                padding: 0 1 0 0; text-style: bold; }
    OffersBar > KButton { width: auto; margin: 0 1 0 0; }
    """

    @dataclass
    class EditMasked(Message):
        """The citizen wants to edit the masked question in the input line."""

        text: str

    @dataclass
    class Choose(Message):
        """More runners-up than the bar holds: let the citizen pick from a list."""

        question: str
        services: tuple[Service, ...]

    def __init__(self) -> None:
        super().__init__(id="offers", classes="-empty")
        self.answer: Answer | None = None
        self.question = ""
        self.qr_url = ""

    def compose(self) -> ComposeResult:
        return iter(())

    def show(self, answer: Answer | None, question: str, qr_url: str = "") -> None:
        """Offer what fits `answer` (None: nothing); `qr_url` when the code is not beside."""
        self.answer, self.question, self.qr_url = answer, question, qr_url
        self._fill(self.app.lang)

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._fill, init=False)

    def _fill(self, lang: str) -> None:
        self.remove_children()
        answer = self.answer
        widgets = []
        if answer is not None and answer.mode == "pii_blocked" and answer.masked:
            widgets += [KButton(tr(lang, "masked_edit"), classes="offer masked-edit"),
                        KButton(tr(lang, "masked_send"), classes="offer masked-send")]
        if answer is not None and answer.alternatives and self.question:
            choices = [ServiceChoice(s, lang) for s in answer.alternatives]
            widgets.append(TLabel("did_you_mean", classes="did-you-mean"))
            if self._width(choices) > self.size.width * 2 // 3:
                # Long titles would not fit beside each other: one button opens the list.
                choices = [KButton(tr(lang, "did_you_mean").rstrip(":") + " …?",
                                   classes="offer choose")]
            widgets += choices
        if answer is not None and answer.lang != lang and answer.lang in CODES:
            # Written in the question's language: that is the one the citizen reads.
            widgets.append(KButton(tr(answer.lang, "switch_language"),
                                   classes="offer switch-language"))
        if self.qr_url:
            widgets.append(QRButton(self.qr_url))
        self.mount_all(widgets)
        self.set_class(not widgets, "-empty")

    @staticmethod
    def _width(buttons: list[KButton]) -> int:
        return sum(cell_len(b.text) + _FRAME for b in buttons)

    def on_button_pressed(self, event: KButton.Pressed) -> None:
        button = event.button
        if isinstance(button, QRButton) or self.answer is None:
            return  # it posts ShowQR itself
        event.stop()
        if isinstance(button, ServiceChoice):
            self.post_message(messages.Ask(self.question, button.service.id))
        elif button.has_class("choose"):
            self.post_message(self.Choose(self.question, self.answer.alternatives))
        elif button.has_class("switch-language"):
            self.post_message(messages.ChooseLanguage(self.answer.lang))
        elif button.has_class("masked-edit"):
            self.post_message(self.EditMasked(self.answer.masked))
        elif button.has_class("masked-send"):
            self.post_message(messages.Ask(self.answer.masked))
