"""One question and its answer in the conversation: card at once, text as it streams, sources."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from kiosk.core.types import Answer, Hit, Prepared
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.qr_code import QRCode
from kiosk.ui.widgets.service_card import ServiceCard, format_stand
from kiosk.ui.widgets.translated import TLabel


class AnswerView(Vertical):
    """Question, answer text, service card, sources and QR code; filled in as events arrive.

    Every citizen-facing text is rendered literally (never as markup)."""

    def __init__(self, question: str) -> None:
        super().__init__(classes="answer -pending")
        self._question = question  # shown only once the PII gate has let it through
        self.text = ""
        self.hits: tuple[Hit, ...] = ()
        self.finished = False

    def compose(self) -> ComposeResult:
        yield TLabel("your_question", classes="question-label hidden")
        yield Static("", markup=False, classes="question hidden")
        yield TLabel("pii_title", classes="pii-title hidden")
        # The answer text sits above the card: the card (shown at once) can be taller than the
        # screen, and the text, streaming in, is what the citizen asked for.
        yield TLabel("thinking", classes="status")
        yield Static("", markup=False, classes="answer-text hidden")
        yield Vertical(classes="card-slot")
        with Horizontal(classes="sources-row hidden"):
            with Vertical(classes="sources-box"):
                yield TLabel("sources", classes="sources-label")
                yield Static("", markup=False, classes="sources")
            with Vertical(classes="qr-box"):
                yield TLabel("qr_caption", classes="qr-caption")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._render_sources)

    def prepared(self, event: Prepared) -> None:
        """Retrieval is done: show the question (unless it held personal data) and the card."""
        if event.mode == "pii_blocked":
            self.add_class("-pii")
            self.query_one(".pii-title").remove_class("hidden")
        else:
            self.query_one(".question", Static).update(self._question)
            self.query(".question, .question-label").remove_class("hidden")
        self._question = ""
        if event.mode == "answer" and event.hits:
            self.hits = event.hits
            self.query_one(".card-slot").mount(ServiceCard(event.hits[0].service))

    def add_text(self, piece: str) -> None:
        """Append verified answer text."""
        self.text += piece
        text = self.query_one(".answer-text", Static)
        text.update(self.text)
        text.remove_class("hidden")
        self.query_one(".status").add_class("hidden")

    def finish(self, answer: Answer) -> None:
        """The answer is complete: its text is authoritative; list sources and the QR code."""
        self.finished = True
        self.remove_class("-pending")
        if answer.text and answer.text != self.text:
            self.text = ""
            self.add_text(answer.text)
        self.query_one(".status").add_class("hidden")
        if answer.mode == "answer" and answer.hits:
            self.hits = tuple(answer.hits)
            self._render_sources(self.app.lang)
            self.query_one(".qr-box").mount(QRCode(answer.hits[0].service.source), before=0)
            self.query_one(".sources-row").remove_class("hidden")

    def fail(self) -> None:
        """The worker broke: say so calmly and let the citizen carry on."""
        self._stop("failed")

    def interrupt(self) -> None:
        """A newer question or 'Neue Frage' cancelled this one."""
        if not self.finished:
            self._stop("interrupted")

    def _stop(self, key: str) -> None:
        self.finished = True
        self.remove_class("-pending")
        self._question = ""
        status = self.query_one(".status", TLabel)
        status.key = key
        status.update(tr(self.app.lang, key))
        status.remove_class("hidden")

    def _render_sources(self, lang: str) -> None:
        lines = []
        for hit in self.hits:
            s = hit.service
            lines.append(f"• {s.title_for(lang)} ({tr(lang, 'label.stand')} "
                         f"{format_stand(s.stand)})\n  {s.source}")
        self.query_one(".sources", Static).update("\n".join(lines))
