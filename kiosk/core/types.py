"""Plain data passed between the core and its users (CLI, UI, tests): services, hits, answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Union

if TYPE_CHECKING:
    from kiosk.core.knowledge.facts import Fact

Mode = Literal["answer", "no_answer", "pii_blocked"]


@dataclass(frozen=True)
class Service:
    """One corpus document: a city service with the facts a service card shows."""

    id: str
    title: str
    title_en: str
    category: str
    office: str
    fees: tuple[str, ...]
    documents: tuple[str, ...]
    online: str
    source: str
    stand: str  # ISO date, e.g. "2026-02-15"
    keywords: tuple[str, ...]
    summary: dict[str, str]
    body: str
    path: Path
    processing_time: str = ""
    address: str = ""
    phone: str = ""
    note: str = ""
    facts: tuple["Fact", ...] = ()
    titles: dict[str, str] = field(default_factory=dict)  # tr, uk, ru, pl, ar titles

    def title_for(self, lang: str) -> str:
        """The title to show in `lang` (German where the document has no translation)."""
        if lang == "en" and self.title_en:
            return self.title_en
        return self.titles.get(lang) or self.title

    def facts_of(self, kind: str, *, historic: bool = False) -> list["Fact"]:
        """This service's facts of one kind; current ones unless `historic`."""
        return [f for f in self.facts if f.kind == kind and f.historic == historic]

    @property
    def full_text(self) -> str:
        """Every fact-bearing text of the document (used to check generated claims)."""
        parts = [self.title, self.title_en, self.office, self.online, self.processing_time,
                 self.address, self.phone, self.note, *self.fees, *self.documents,
                 *self.summary.values(), self.body]
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Hit:
    """A service found for a question, with its fused relevance (0..1) and best passages."""

    service: Service
    score: float
    passages: tuple[str, ...] = ()
    dense: float = 0.0
    lexical: float = 0.0

    def to_source(self) -> dict:
        """The `sources` entry of the `kiosk ask --jsonl` contract."""
        return {"id": self.service.id, "title": self.service.title, "url": self.service.source,
                "score": round(self.score, 3), "stand": self.service.stand}


@dataclass(frozen=True)
class Context:
    """What the session shows now, so a short follow-up ("und für Kinder?") stays on it.

    Held by the UI in RAM for one session and wiped with it; the core keeps no session data."""

    service_id: str | None = None


@dataclass
class Answer:
    """The outcome of one question, exactly as shown (and spoken) to the citizen."""

    mode: Mode
    text: str
    lang: str
    hits: list[Hit] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    extractive: bool = False
    staff_note: str = ""  # why the answer degraded (e.g. no model); never shown to citizens
    pii_kinds: tuple[str, ...] = ()
    masked: str = ""  # pii_blocked: the question with the personal data masked, to edit
    alternatives: tuple[Service, ...] = ()  # close runners-up: "Meinten Sie …?"
    cards: tuple[Service, ...] = ()  # the services the answer rests on (two for "A oder B?")
    facts_used: tuple[str, ...] = ()  # fact keys the text rests on (staff, --explain)
    explain: dict = field(default_factory=dict)  # how the answer was made (staff, --explain)

    @property
    def service(self) -> Service | None:
        """The service whose card is shown (the best hit), if the answer rests on one."""
        return self.hits[0].service if self.mode == "answer" and self.hits else None

    def to_json(self, qid: object = None) -> dict:
        """One line of the `kiosk ask --jsonl` contract."""
        data = {"mode": self.mode, "answer": self.text, "lang": self.lang,
                "sources": [h.to_source() for h in self.hits] if self.mode == "answer" else [],
                "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()}}
        if qid is not None:
            data = {"id": qid, **data}
        return data


@dataclass(frozen=True)
class Prepared:
    """First stream event, right after retrieval: enough to show the service card at once."""

    mode: Mode
    lang: str
    hits: tuple[Hit, ...]
    alternatives: tuple[Service, ...] = ()
    cards: tuple[Service, ...] = ()  # the services the answer rests on: one card each


@dataclass(frozen=True)
class Chunk:
    """A piece of verified answer text, to append to what is shown."""

    text: str


@dataclass(frozen=True)
class Done:
    """Last stream event: the final answer (its text is what the chunks added up to)."""

    answer: Answer


Event = Union[Prepared, Chunk, Done]
