"""Facts as data: what a service document states, with kind, conditions, time and status.

The format is described in docs/corpus-format.md. The composer answers from these items, so a
fee for the wrong age bracket or an outdated fee can be told apart from the right one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kiosk.core.languages import CODES

KINDS = ("cost", "amount", "payment", "documents", "where", "online", "duration", "validity",
         "deadline", "eligibility", "hours", "contact", "how", "exemption")
"""The kinds of fact a question can ask for (docs/corpus-format.md explains each)."""

OPTIONS = ("express", "lost", "post", "photo", "pages48", "temporary", "child", "first",
           "extended", "abroad", "dangerous", "shelter", "dusselpass", "in_person", "online",
           "legal_entity", "natural_person", "copy", "foreign", "late", "two_years", "first_name", "surname",
           "school_trip", "deregister", "couple")
"""Variants a fact can be limited to; the lexicons hold the words for each in every language."""

ALTERNATIVES = ("natural_person", "legal_entity", "first_name", "surname")
"""Options that together cover everyone, like age brackets: with none named in the question,
each is shown on its own line; with one named, only that one ("GmbH": 33 Euro, not 26 Euro)."""

STATUSES = ("V", "U", "nf")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_AGE = re.compile(r"^(?:(\d{1,3})\+|<(\d{1,3}))$")
_COUNT = re.compile(r"^(\d{1,3})(\+?)$")


class FactError(ValueError):
    """A fact is malformed; the message names the fact and the field."""


@dataclass(frozen=True)
class Fact:
    """One answerable statement of a service, in every kiosk language."""

    service_id: str
    id: str
    kind: str
    text: dict[str, str]
    status: str = "V"
    age: tuple[int, int] | None = None  # inclusive range of ages the fact holds for
    count: tuple[int, int] | None = None  # inclusive range of counts
    option: str = ""  # the first (or only) option tag
    options: frozenset[str] = frozenset()  # every option tag: the fact holds when all are named
    unless: frozenset[str] = frozenset()  # the fact holds only when none of these is named
    since: str = ""
    until: str = ""  # set: the value ended that day (historic)
    dated: bool = False
    lead: bool = False  # shown first in every answer about the service ("abolished since …")
    conditions: dict[str, str] = field(default_factory=dict)  # as written, for display

    @property
    def key(self) -> str:
        """`<service>/<fact id>`, as tests and `kiosk ask --explain` name it."""
        return f"{self.service_id}/{self.id}"

    @property
    def historic(self) -> bool:
        return bool(self.until)

    @property
    def bracketed(self) -> bool:
        """Holds only for an age or count range or one of the ALTERNATIVES: one of several
        brackets of the same kind."""
        return self.age is not None or self.count is not None or self.option in ALTERNATIVES

    def text_in(self, lang: str) -> tuple[str, bool]:
        """The text in `lang`, or the German one; the flag says whether it is translated."""
        if self.text.get(lang):
            return self.text[lang], True
        return self.text["de"], lang == "de"


def _range(value: str, rx: re.Pattern, what: str) -> tuple[int, int]:
    m = rx.match(str(value).strip())
    if not m:
        raise FactError(f"{what} {value!r}")
    if rx is _AGE:
        return (int(m.group(1)), 150) if m.group(1) else (0, int(m.group(2)) - 1)
    n = int(m.group(1))
    return (n, 10_000) if m.group(2) else (n, n)


def _date(value: object, name: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise FactError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def parse_fact(service_id: str, raw: object) -> Fact:
    """One fact from its YAML mapping; FactError says what is wrong."""
    if not isinstance(raw, dict):
        raise FactError("each fact must be a mapping")
    fid = str(raw.get("id", "")).strip()
    if not _ID.match(fid):
        raise FactError(f"id {fid!r} must be lower case letters, digits and '-'")

    def fail(problem: str) -> FactError:
        return FactError(f"fact '{fid}': {problem}")

    kind = raw.get("kind")
    if kind not in KINDS:
        raise fail(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    status = str(raw.get("status", ""))
    if status not in STATUSES:
        raise fail(f"status {status!r} is not one of V, U, nf")
    text = raw.get("text")
    if not isinstance(text, dict) or not all(isinstance(v, str) for v in text.values()):
        raise fail("text must map languages to texts")
    unknown = set(text) - set(CODES)
    if unknown:
        raise fail(f"text has unknown languages {sorted(unknown)}")
    if not str(text.get("de", "")).strip():
        raise fail("text.de is missing")
    when = raw.get("when") or {}
    if not isinstance(when, dict) or set(when) - {"age", "count", "option", "unless"}:
        raise fail("when may only hold age, count, option and unless")
    try:
        age = _range(when["age"], _AGE, "age must look like '24+' or '<24', not") \
            if "age" in when else None
        count = _range(when["count"], _COUNT, "count must look like '2' or '3+', not") \
            if "count" in when else None
        since = _date(raw["since"], "since") if raw.get("since") else ""
        until = _date(raw["until"], "until") if raw.get("until") else ""
    except FactError as exc:
        raise fail(str(exc)) from None
    tags, unless = _tags(when, "option", fail), _tags(when, "unless", fail)
    if len(tags) > 1 and set(tags) & set(ALTERNATIVES):
        raise fail("an alternative option cannot be combined with another option")
    option = tags[0] if tags else ""
    return Fact(service_id=service_id, id=fid, kind=kind,
                text={k: " ".join(v.split()) for k, v in text.items() if v.strip()},
                status=status, age=age, count=count, option=option, options=frozenset(tags),
                unless=frozenset(unless),
                since=since, until=until, dated=bool(raw.get("dated", False)),
                lead=bool(raw.get("lead", False)),
                conditions={k: "+".join(tags) if k == "option" else "+".join(unless)
                            if k == "unless" else str(v) for k, v in when.items()})


def parse_facts(path: Path, service_id: str, raw: object) -> tuple[Fact, ...]:
    """Every fact of one document; the error names the file."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise FactError(f"{path.name}: field 'facts': must be a list")
    facts: list[Fact] = []
    seen: set[str] = set()
    for item in raw:
        try:
            fact = parse_fact(service_id, item)
        except FactError as exc:
            raise FactError(f"{path.name}: field 'facts': {exc}") from None
        if fact.id in seen:
            raise FactError(f"{path.name}: field 'facts': id '{fact.id}' is used twice")
        seen.add(fact.id)
        facts.append(fact)
    return tuple(facts)


def _tags(when: dict, key: str, fail: Callable[[str], FactError]) -> list[str]:
    """The option tags of `when[key]` (one tag or a list), each checked against OPTIONS."""
    raw = when.get(key, "")
    tags = [str(t) for t in raw] if isinstance(raw, list) else [str(raw)] if raw else []
    for tag in tags:
        if tag not in OPTIONS:
            raise fail(f"{key} {tag!r} is not one of {', '.join(OPTIONS)}")
    return tags
