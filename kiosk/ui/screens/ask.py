"""Ask screen: the conversation (one answer at a time), the input line, keyboard and actions.

The screen only shows: the app answers the question (its worker) and passes each stream event
down (`view.prepared`, `view.add_text`, `finish`). What the citizen does goes up as messages.
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Input

from kiosk.core.types import Answer
from kiosk.ui import messages
from kiosk.ui.bidi import has_rtl, visual_line
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.widgets.answer_view import AnswerView
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.language_bar import TopBar
from kiosk.ui.widgets.offers import OffersBar
from kiosk.ui.widgets.qr_code import QRPane, fits_beside
from kiosk.ui.widgets.scroll_buttons import scroll_buttons
from kiosk.ui.widgets.translated import KButton, Prose, TButton, TLabel


class AskScreen(KioskScreen):
    """One citizen's question and answer; popping this screen drops every widget that held it."""

    def __init__(self, typed: str = "", *, max_chars: int = 500, speech: bool = False) -> None:
        super().__init__(id="ask-screen")
        self.typed = typed  # what was typed on the welcome screen before this one opened
        self.max_chars = max_chars
        self.speech = speech

    def compose(self) -> ComposeResult:
        yield TopBar(self.speech)
        with Horizontal(id="ask-main"):
            with VerticalScroll(id="conversation"):
                yield TLabel("ask_hint", id="ask-hint", classes="hint")
                yield TLabel("pii_notice", classes="hint pii-hint")
        yield OffersBar()
        # An Input draws right-to-left text unshaped; this line shows it as it reads.
        yield Prose("", id="typed-preview", classes="hidden")
        question = Input(self.typed, id="question", select_on_focus=False,
                         max_length=self.max_chars)
        with Horizontal(id="input-row"):
            yield question
            yield TButton("keyboard", id="toggle-keyboard")
            yield TButton("send", id="send", variant="primary")
        yield OnScreenKeyboard(question, id="keyboard")
        with Horizontal(id="actions", classes="nav"):
            yield TButton("home", id="home")
            if self.speech:
                yield TButton("read_aloud", id="read")
            yield TButton("new_question", id="new")
            yield TButton("done", id="done", variant="warning")
            yield from scroll_buttons("conversation")
        yield TLabel("ai_notice", classes="footer-notice")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)
        self.typed = ""
        self.query_one("#question", Input).focus()

    def spoken_intro(self, lang: str) -> str:
        return f"{tr(lang, 'ask_hint')} {tr(lang, 'pii_notice')}"

    def _relabel(self, lang: str) -> None:
        hint = tr(lang, "input_placeholder")  # drawn, never sent: shaped like every label
        self.query_one("#question", Input).placeholder = (
            visual_line(hint) if self.app.shape_rtl else hint)

    # -- typing ---------------------------------------------------------------------------

    def type_ahead(self, text: str) -> None:
        """Add keys typed elsewhere (or while this screen was opening) to the input line."""
        try:
            question = self.query_one("#question", Input)
        except NoMatches:
            self.typed += text  # not composed yet: compose puts it into the input line
            return
        question.focus()
        question.insert_text_at_cursor(text)

    def on_key(self, event: events.Key) -> None:
        # A printable key that reaches the screen did not go through the input line (which
        # stops the keys it takes): it was sent to the screen or to a button. Type it.
        if event.is_printable and event.character:
            event.stop()
            self.type_ahead(event.character)

    @on(Input.Changed, "#question")
    def _preview(self, event: Input.Changed) -> None:
        preview = self.query_one("#typed-preview", Prose)
        preview.set_text(event.value)
        preview.set_class(not has_rtl(event.value), "hidden")

    def show_keyboard(self, show: bool) -> None:
        """Show the on-screen keyboard while a question is typed; hide it to read answers."""
        # query, not query_one: keys can arrive before this screen is composed
        self.query("#keyboard").set_class(not show, "hidden")

    @on(TButton.Pressed, "#toggle-keyboard")
    def _toggle_keyboard(self) -> None:
        self.show_keyboard(self.query_one("#keyboard").has_class("hidden"))

    def edit(self, text: str) -> None:
        """Put `text` into the input line to be edited (the keyboard comes up)."""
        question = self.query_one("#question", Input)
        question.value = text
        question.cursor_position = len(text)
        question.focus()
        self.show_keyboard(True)

    # -- what the citizen asks for ----------------------------------------------------------

    @on(Input.Submitted, "#question")
    @on(TButton.Pressed, "#send")
    def _submitted(self, event: Input.Submitted | KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.Ask(self.query_one("#question", Input).value))

    @on(TButton.Pressed, "#new")
    def _new_question(self, event: KButton.Pressed) -> None:
        event.stop()
        self.clear()
        self.edit("")
        self.post_message(messages.NewQuestion())

    @on(TButton.Pressed, "#home")
    def _home(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.Home())

    @on(TButton.Pressed, "#done")
    def _done(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.Finish())

    @on(TButton.Pressed, "#read")
    def _read(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.ReadAloud())

    def on_offers_bar_edit_masked(self, message: OffersBar.EditMasked) -> None:
        self.edit(message.text)

    # -- what the app shows -------------------------------------------------------------------

    def clear(self) -> None:
        """A clean view: earlier answers, their offers and their QR code go."""
        for view in self.query(AnswerView):
            view.interrupt()
        self.query("AnswerView, QRPane, .hint").remove()
        self.query_one(OffersBar).show(None, "")

    async def start(self, question: str) -> AnswerView:
        """Show `question` being answered in a clean view; the app streams into the view."""
        self.clear()
        self.query_one("#question", Input).clear()
        self.show_keyboard(False)
        view = AnswerView(question)
        conversation = self.query_one("#conversation", VerticalScroll)
        await conversation.mount(view)  # composed before events arrive
        conversation.scroll_home(animate=False)
        return view

    def finish(self, view: AnswerView, answer: Answer) -> None:
        """The answer is complete: sources, offers, and the QR code beside the card if it fits."""
        service = answer.service
        if service is not None:
            self.query_one("#ask-main").mount(QRPane(service.source, id="qr-pane"))
        view.finish(answer)
        self.query_one(OffersBar).show(answer, view.question)
        self.call_after_refresh(self._fit_qr)  # the pane's room is known after layout

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._fit_qr)

    def _fit_qr(self) -> None:
        """The code beside the card where it fits (width and height), else a button for it."""
        for pane in self.query(QRPane):
            main = self.query_one("#ask-main")
            beside = fits_beside(pane.url, main.size.width, main.size.height)
            pane.set_class(not beside, "hidden")
            offers = self.query_one(OffersBar)
            wanted = "" if beside else pane.url
            if offers.qr_url != wanted:
                offers.show(offers.answer, offers.question, wanted)
