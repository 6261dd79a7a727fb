"""Fast stand-ins for the Assistant and the Speaker, over the real corpus, for UI tests."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator

from kiosk.core.knowledge.corpus import Corpus, load_corpus
from kiosk.core.settings import ROOT, Settings
from kiosk.core.speech import DEFAULT_VOLUME, MAX_VOLUME, MIN_VOLUME
from kiosk.core.types import Answer, Chunk, Context, Done, Event, Hit, Prepared

PII_TEXT = ("Ihre Frage enthält persönliche Daten (IBAN). Bitte stellen Sie die Frage "
            "ohne diese Angaben.")
NO_ANSWER_TEXT = "Dazu habe ich keine Auskunft. Bitte wenden Sie sich an die Info-Line 0211 89-91."
SNAPSHOT_IDS = ("personalausweis", "reisepass", "ausweis-verlust", "kfz-zulassung",
                "wohnsitz-anmelden", "urkunden-standesamt", "hundesteuer", "wohngeld",
                "aufenthaltstitel", "sperrmuell", "fuehrungszeugnis")
"""One to three services per topic: snapshots stay put while the corpus grows."""
_PII = re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b|\S+@\S+\.\w+")


def frozen_corpus() -> Corpus:
    """The real documents of SNAPSHOT_IDS only (edits to them do change the snapshots)."""
    full = load_corpus(ROOT / "corpus")
    services = tuple(s for s in full.services if s.id in SNAPSHOT_IDS)
    missing = set(SNAPSHOT_IDS) - {s.id for s in services}
    assert not missing, f"snapshot documents gone from corpus/: {sorted(missing)}"
    return Corpus(services=services, digest="snapshot")


def q_followup(question: str) -> bool:
    """The fake's idea of a follow-up: a short question that starts with 'und' / 'and'."""
    return question.lower().startswith(("und ", "and ")) and len(question) < 40


class FakeAssistant:
    """The Assistant interface: canned answers by keyword, streamed in a few chunks."""

    def __init__(self, settings: Settings | None = None, corpus: Corpus | None = None) -> None:
        self.settings = settings or Settings()
        self.corpus = corpus or load_corpus(ROOT / "corpus")
        self.model_ready = False
        self.reset_calls = 0
        self.load_calls = 0
        self.fail_with: Exception | None = None
        self.hold: threading.Event | None = None  # set: the stream waits after Prepared
        self.contexts: list[Context | None] = []  # the context of each question, in order
        self.masking = True  # False: a core that does not mask refused questions yet
        self.detect: str | None = None  # the language every question is "detected" in

    def load_model(self) -> None:
        self.load_calls += 1
        self.model_ready = True

    def reset(self) -> None:
        self.reset_calls += 1

    def status(self) -> dict[str, str]:
        return {"model": "fake" if self.model_ready else "not loaded",
                "index": f"{len(self.corpus.services)} services (fake)", "embedder": "none"}

    def ask(self, question: str, lang: str | None = None) -> Answer:
        *_, done = self.stream(question, lang)
        assert isinstance(done, Done)
        return done.answer

    def stream(self, question: str, lang: str | None = None,
               cancelled: Callable[[], bool] = lambda: False,
               context: Context | None = None) -> Iterator[Event]:
        if self.fail_with is not None:
            raise self.fail_with
        self.contexts.append(context)
        lang = self.detect or lang or "de"
        if _PII.search(question):
            masked = _PII.sub("[…]", question) if self.masking else ""
            yield from self._fixed("pii_blocked", lang, PII_TEXT, ("iban",), masked)
            return
        hits = self.search(question)
        if not hits and context is not None and context.service_id and q_followup(question):
            hits = [Hit(self.corpus.get(context.service_id), 0.5, ("Folgefrage.",), 0.5, 0.5)]
        if not hits:
            yield from self._fixed("no_answer", lang, NO_ANSWER_TEXT)
            return
        alternatives = tuple(h.service for h in hits[1:] if h.score >= 0.7)
        yield Prepared("answer", lang, tuple(hits), alternatives)
        if self.hold is not None:
            while not self.hold.wait(0.01):
                if cancelled():
                    return
        service = hits[0].service
        text = service.summary.get(lang) or service.summary["de"]
        words = text.split(" ")
        third = max(1, len(words) // 3)
        shown = ""
        for i in range(0, len(words), third):
            if cancelled():
                return
            piece = " ".join(words[i:i + third])
            piece = piece if not shown else " " + piece
            shown += piece
            yield Chunk(piece)
        yield Done(Answer("answer", shown, lang, hits, {"retrieve": 12.0, "total": 34.0},
                          alternatives=alternatives))

    def search(self, question: str) -> list[Hit]:
        """Services whose keywords occur in the question, best (most keywords) first."""
        q = question.lower()
        scored = []
        for s in self.corpus.services:
            found = [k for k in s.keywords if k.lower() in q]
            if found:
                scored.append((len(found), s, found))
        scored.sort(key=lambda t: (-t[0], t[1].id))
        return [Hit(s, round(0.9 - 0.1 * i, 3), (f"Passage zu {s.title}.",), 0.8, 0.7)
                for i, (_, s, _) in enumerate(scored[:3])]

    def _fixed(self, mode: str, lang: str, text: str, kinds: tuple[str, ...] = (),
               masked: str = "") -> Iterator[Event]:
        yield Prepared(mode, lang, ())
        yield Chunk(text)
        yield Done(Answer(mode, text, lang, [], {"total": 1.0}, pii_kinds=kinds, masked=masked))


class FakeSpeaker:
    """Records what would have been read aloud."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.said: list[tuple[str, str]] = []
        self.stops = 0
        self.volume = DEFAULT_VOLUME

    def say(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def stop(self) -> None:
        self.stops += 1

    def set_volume(self, volume: int) -> int:
        self.volume = max(MIN_VOLUME, min(MAX_VOLUME, volume))
        return self.volume

    def reset(self) -> None:
        self.stop()
        self.volume = DEFAULT_VOLUME

    def close(self) -> None:
        pass


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
