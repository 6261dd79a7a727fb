"""One question and its answer: card(s) at once, text as it streams, then the sources.

A refused question shows the question with the personal data masked (the offers bar below the
conversation has the buttons to edit or send it). Every text is rendered literally.
"""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical

from kiosk.core.types import Answer, Hit, Prepared
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.service_card import ServiceCard, format_stand
from kiosk.ui.widgets.translated import Prose, TLabel


class AnswerView(Vertical):
    """Question, answer text, service card, sources; filled in as the app passes events down."""

    DEFAULT_CSS = """
    AnswerView { height: auto; padding: 0 0 0 1; border-left: thick $primary; }
    AnswerView.-pii { border-left: thick $warning; }
    AnswerView .question { text-style: bold; }
    AnswerView .answer-text { padding: 1 0 0 0; }
    AnswerView .pii-title { text-style: bold; color: $warning; }
    AnswerView .card-slot, AnswerView .masked-box { height: auto; }
    AnswerView .masked-box { margin: 1 0 0 0; }
    AnswerView .masked { text-style: bold; }
    AnswerView .sources-row { height: auto; margin: 1 0 0 0; }
    AnswerView .sources-box { width: 1fr; height: auto; }
    """

    def __init__(self, question: str) -> None:
        super().__init__(classes="answer -pending")
        self.question = question  # shown only once the PII gate has let it through
        self.text = ""
        self.hits: tuple[Hit, ...] = ()
        self.answer: Answer | None = None
        self.finished = False
        self.started = 0.0

    def compose(self) -> ComposeResult:
        yield TLabel("your_question", classes="question-label hidden")
        yield Prose("", classes="question hidden")
        yield TLabel("pii_title", classes="pii-title hidden")
        # The answer text sits above the card: the card (shown at once) can be taller than the
        # screen, and the text, streaming in, is what the citizen asked for.
        yield Prose("", classes="status")
        yield Prose("", classes="answer-text hidden")
        yield Vertical(classes="masked-box hidden")
        yield Vertical(classes="card-slot")
        with Horizontal(classes="sources-row hidden"):
            with Vertical(classes="sources-box"):
                yield TLabel("sources", classes="sources-label")
                yield Prose("", classes="sources")

    def on_mount(self) -> None:
        self.started = self.app.clock()
        self._progress()
        self._ticker = self.set_interval(1.0, self._progress, name="progress")
        self.watch(self.app, "lang", self._relabel, init=False)

    def _progress(self) -> None:
        """'Einen Moment bitte …' with the seconds waited, so a slow answer shows it is coming."""
        if self.finished:
            return
        lang = self.app.lang
        waited = math.floor(self.app.clock() - self.started)
        suffix = f" {tr(lang, 'seconds', seconds=waited)}" if waited >= 1 else ""
        self.query_one(".status", Prose).set_text(tr(lang, "thinking") + suffix)

    def prepared(self, event: Prepared) -> None:
        """Retrieval is done: show the question (unless it held personal data) and the card."""
        self.query_one(".answer-text", Prose).speech_lang = event.lang  # read in its language
        if event.mode == "pii_blocked":
            self.add_class("-pii")
            self.query_one(".pii-title").remove_class("hidden")
            self.question = ""  # the citizen's personal data is not kept, not even here
        else:
            self.query_one(".question", Prose).set_text(self.question)
            self.query(".question, .question-label").remove_class("hidden")
        if event.mode == "answer" and event.hits:
            self.hits = event.hits
            # One card per service the answer rests on (two for "Reisepass oder Perso?").
            cards = getattr(event, "cards", ()) or (event.hits[0].service,)
            self.query_one(".card-slot").mount_all(ServiceCard(s) for s in cards)

    def add_text(self, piece: str) -> None:
        """Append verified answer text."""
        self.text += piece
        text = self.query_one(".answer-text", Prose)
        text.set_text(self.text)
        text.remove_class("hidden")
        self.query_one(".status").add_class("hidden")

    def finish(self, answer: Answer) -> None:
        """The answer is complete: its text is authoritative; the sources follow."""
        self.finished = True
        self.answer = answer
        self._ticker.stop()
        self.remove_class("-pending")
        if answer.text and answer.text != self.text:
            self.text = ""
            self.add_text(answer.text)
        self.query_one(".status").add_class("hidden")
        if answer.mode == "pii_blocked" and answer.masked:
            self._offer_masked(answer.masked)
        if answer.mode == "answer" and answer.hits:
            self.hits = tuple(answer.hits)
            self._render_sources(self.app.lang)
            self.query_one(".sources-row").remove_class("hidden")

    def fail(self) -> None:
        """The app's answer worker broke: say so calmly and let the citizen carry on."""
        self._stop("failed")

    def interrupt(self) -> None:
        """A newer question or 'Neue Frage' cancelled this one."""
        if not self.finished:
            self._stop("interrupted")

    def _stop(self, key: str) -> None:
        self.finished = True
        self._ticker.stop()
        self.remove_class("-pending")
        status = self.query_one(".status", Prose)
        status.set_text(tr(self.app.lang, key))
        status.remove_class("hidden")

    @property
    def spoken(self) -> str:
        """What speech mode reads for the answer: its text (the card can be touched)."""
        return self.text or self.query_one(".status", Prose).text

    def _offer_masked(self, masked: str) -> None:
        box = self.query_one(".masked-box")
        box.mount(TLabel("masked_title", classes="masked-title"), Prose(masked, classes="masked"))
        box.remove_class("hidden")

    def _relabel(self, lang: str) -> None:
        self._render_sources(lang)
        self._progress()

    def _render_sources(self, lang: str) -> None:
        lines = []
        for hit in self.hits:
            s = hit.service
            lines.append(f"• {s.title_for(lang)} ({tr(lang, 'label.stand')} "
                         f"{format_stand(s.stand)})\n  {s.source}")
        self.query_one(".sources", Prose).set_text("\n".join(lines))
