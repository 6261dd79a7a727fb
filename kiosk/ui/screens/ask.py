"""Ask screen: the input line, the conversation, and read-aloud / new question / done."""

from __future__ import annotations

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import get_current_worker

from kiosk.core.guard.sanitize import sanitize
from kiosk.core.types import Chunk, Done, Event, Prepared
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.answer_view import AnswerView
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.language_bar import LanguageBar
from kiosk.ui.widgets.translated import TButton, TLabel


class AskScreen(Screen):
    """One citizen's conversation; popping this screen drops every widget that held it."""

    class Streamed(Message):
        """A stream event for `view`, posted from the answer worker thread."""

        def __init__(self, view: AnswerView, event: Event) -> None:
            super().__init__()
            self.view = view
            self.event = event

    class Failed(Message):
        """The answer worker raised; unlocks the UI with a calm text (details go to staff)."""

        def __init__(self, view: AnswerView, error: str) -> None:
            super().__init__()
            self.view = view
            self.error = error

    def __init__(self, typed: str = "") -> None:
        super().__init__(id="ask-screen")
        self.typed = typed  # what was typed on the welcome screen before this one opened

    def compose(self) -> ComposeResult:
        yield LanguageBar()
        with VerticalScroll(id="conversation"):
            yield TLabel("ask_hint", id="ask-hint", classes="hint")
            yield TLabel("pii_notice", classes="hint pii-hint")
        question = Input(self.typed, id="question", select_on_focus=False,
                         max_length=self.app.settings.max_question_chars)
        with Horizontal(id="input-row"):
            yield question
            yield TButton("keyboard", id="toggle-keyboard")
            yield TButton("send", id="send", variant="primary")
        yield OnScreenKeyboard(question, id="keyboard")
        with Horizontal(id="actions"):
            if self.app.speaker.available:
                yield TButton("read_aloud", id="read")
            yield TButton("new_question", id="new")
            yield TButton("done", id="done", variant="warning", action="app.finish")
        yield TLabel("ai_notice", classes="footer-notice")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)
        self.typed = ""
        self.query_one("#question", Input).focus()

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

    def _relabel(self, lang: str) -> None:
        self.query_one("#question", Input).placeholder = tr(lang, "input_placeholder")

    @on(Input.Submitted, "#question")
    @on(TButton.Pressed, "#send")
    async def _submitted(self) -> None:
        await self.ask(self.query_one("#question", Input).value)

    @on(TButton.Pressed, "#new")
    def new_question(self) -> None:
        """Stop whatever is running and offer an empty input line (and the keyboard)."""
        self.app.speaker.stop()
        self.workers.cancel_group(self, "answer")
        for view in self.query(AnswerView):
            view.interrupt()
        question = self.query_one("#question", Input)
        question.clear()
        question.focus()
        self.show_keyboard(True)

    @on(TButton.Pressed, "#toggle-keyboard")
    def _toggle_keyboard(self) -> None:
        self.show_keyboard(self.query_one("#keyboard").has_class("hidden"))

    def show_keyboard(self, show: bool) -> None:
        """Show the on-screen keyboard while a question is typed; hide it to read answers."""
        # query, not query_one: keys can arrive before this screen is composed
        self.query("#keyboard").set_class(not show, "hidden")

    @on(TButton.Pressed, "#read")
    def _read(self) -> None:
        answer = self.app.last_answer
        if answer is not None and answer.text:
            self.app.speaker.say(answer.text, answer.lang)

    async def ask(self, question: str) -> None:
        """Start answering `question`; a question still being answered is cancelled."""
        shown = sanitize(question, self.app.settings.max_question_chars)
        if not shown:
            return
        self.app.speaker.stop()
        self.query_one("#question", Input).clear()
        self.show_keyboard(False)
        for view in self.query(AnswerView):
            view.interrupt()
        self.query(".hint").remove()
        view = AnswerView(shown)
        await self.query_one("#conversation").mount(view)  # composed before events arrive
        view.scroll_visible(top=True)
        self.stream_answer(question, self.app.lang, view)

    @work(thread=True, exclusive=True, group="answer", exit_on_error=False,
          description="answer a question")
    def stream_answer(self, question: str, lang: str, view: AnswerView) -> None:
        """Runs `Assistant.stream` off the UI thread; only posts messages back."""
        worker = get_current_worker()
        try:
            events = self.app.assistant.stream(question, lang,
                                               cancelled=lambda: worker.is_cancelled)
            for event in events:
                if worker.is_cancelled:
                    return
                self.post_message(self.Streamed(view, event))
        except Exception as exc:  # any failure must unlock the UI, never crash the kiosk
            self.post_message(self.Failed(view, f"{type(exc).__name__}: {exc}"))

    def on_ask_screen_streamed(self, message: Streamed) -> None:
        view, event = message.view, message.event
        if not view.is_attached or view.finished:
            return  # a cancelled answer's late events
        if isinstance(event, Prepared):
            view.prepared(event)
            if event.mode == "pii_blocked":
                self.query_one("#question", Input).clear()
        elif isinstance(event, Chunk):
            view.add_text(event.text)
        elif isinstance(event, Done):
            view.finish(event.answer)
            self.app.last_answer = event.answer
        self._show(view)

    def on_ask_screen_failed(self, message: Failed) -> None:
        self.app.last_error = message.error
        if message.view.is_attached:
            message.view.fail()
            self._show(message.view)

    def _show(self, view: AnswerView) -> None:
        # The newest answer from its top, again each time it grows: while it is shorter than
        # the screen its top cannot scroll up yet. Its text grows right below the question.
        self.call_after_refresh(view.scroll_visible, top=True, animate=False)
