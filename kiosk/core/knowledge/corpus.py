"""Load and validate the service corpus: one Markdown document with YAML front matter per service."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from kiosk.core.knowledge.facts import FactError, parse_facts
from kiosk.core.types import Service

CATEGORIES = ("ausweis", "umzug", "auto", "familie", "steuern", "soziales", "migration",
              "abfall", "service")
"""Topic tiles, in the order the welcome screen shows them."""

REQUIRED = ("id", "title", "title_en", "category", "office", "fees", "documents", "online",
            "source", "stand", "keywords", "summary")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 9x faster, same result
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.S)


class CorpusError(ValueError):
    """A document is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Corpus:
    """All services, in file-name order, with lookups."""

    services: tuple[Service, ...]
    digest: str  # changes whenever any document changes: the index records it

    def get(self, service_id: str) -> Service | None:
        """The service with this id, or None."""
        return next((s for s in self.services if s.id == service_id), None)

    def by_category(self) -> dict[str, list[Service]]:
        """Services grouped by topic, in CATEGORIES order, each group sorted by title."""
        groups: dict[str, list[Service]] = {c: [] for c in CATEGORIES}
        for s in self.services:
            groups.setdefault(s.category, []).append(s)
        return {c: sorted(v, key=lambda s: s.title) for c, v in groups.items() if v}

    def phone_numbers(self) -> set[str]:
        """Every phone number the corpus publishes (the city's own numbers are not PII)."""
        found: set[str] = set()
        for s in self.services:
            found.update(m.group(0) for m in _PHONE.finditer(s.full_text))
        return found


_PHONE = re.compile(r"(?:\+49[\s\d-]{6,16}\d|\b0\d{2,4}[\s/-]?\d[\d\s-]{2,12}\d|\b116 ?116\b)")


def _fail(path: Path, field: str, problem: str) -> CorpusError:
    return CorpusError(f"{path.name}: field '{field}': {problem}")


def _text(path: Path, meta: dict, field: str, required: bool = True) -> str:
    value = meta.get(field, "")
    if value is None:
        value = ""
    if not isinstance(value, (str, int, float)):
        raise _fail(path, field, "must be text")
    value = str(value).strip()
    if required and not value:
        raise _fail(path, field, "is empty")
    return value


def _list(path: Path, meta: dict, field: str) -> tuple[str, ...]:
    value = meta.get(field)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise _fail(path, field, "must be a list of texts")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _titles(path: Path, meta: dict) -> dict[str, str]:
    titles = meta.get("titles") or {}
    if not isinstance(titles, dict) or not all(isinstance(v, str) for v in titles.values()):
        raise _fail(path, "titles", "must map languages to texts")
    return {str(k): v.strip() for k, v in titles.items() if v.strip()}


def parse_document(path: Path) -> Service:
    """Parse one corpus document; raise CorpusError naming the file and field on any problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path.name}: cannot be read: {exc}") from exc
    m = _FRONT.match(raw)
    if not m:
        raise CorpusError(f"{path.name}: no YAML front matter between '---' lines")
    try:
        meta = yaml.load(m.group(1), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path.name}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise CorpusError(f"{path.name}: front matter must be a mapping")
    for field in REQUIRED:
        if field not in meta:
            raise _fail(path, field, "is missing")
    sid = _text(path, meta, "id")
    if not _ID.match(sid):
        raise _fail(path, "id", f"{sid!r} must be lower case letters, digits and '-'")
    category = _text(path, meta, "category")
    if category not in CATEGORIES:
        raise _fail(path, "category", f"{category!r} is not one of {', '.join(CATEGORIES)}")
    source = _text(path, meta, "source")
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", source):
        raise _fail(path, "source", f"{source!r} is not a URL")
    stand = meta["stand"]
    if isinstance(stand, str):
        try:
            stand = dt.date.fromisoformat(stand)
        except ValueError:
            raise _fail(path, "stand", f"{stand!r} is not a date (YYYY-MM-DD)") from None
    if not isinstance(stand, dt.date):
        raise _fail(path, "stand", "must be a date (YYYY-MM-DD)")
    summary = meta["summary"]
    if not isinstance(summary, dict) or not all(isinstance(v, str) for v in summary.values()):
        raise _fail(path, "summary", "must map languages to texts")
    for lang in ("de", "en"):
        if not str(summary.get(lang, "")).strip():
            raise _fail(path, f"summary.{lang}", "is missing")
    body = m.group(2).strip()
    if not body:
        raise _fail(path, "body", "the document has no text below the front matter")
    try:
        facts = parse_facts(path, sid, meta.get("facts"))
    except FactError as exc:
        raise CorpusError(str(exc)) from None
    return Service(
        id=sid, title=_text(path, meta, "title"), title_en=_text(path, meta, "title_en"),
        category=category, office=_text(path, meta, "office"), fees=_list(path, meta, "fees"),
        documents=_list(path, meta, "documents"), online=_text(path, meta, "online"),
        source=source, stand=stand.isoformat(), keywords=_list(path, meta, "keywords"),
        summary={str(k): v.strip() for k, v in summary.items() if v.strip()}, body=body,
        path=path, processing_time=_text(path, meta, "processing_time", False),
        address=_text(path, meta, "address", False), phone=_text(path, meta, "phone", False),
        note=_text(path, meta, "note", False), facts=facts, titles=_titles(path, meta),
    )


def load_corpus(directory: Path) -> Corpus:
    """Load every `*.md` document in `directory`; ids must be unique."""
    directory = Path(directory)
    if not directory.is_dir():
        raise CorpusError(f"corpus folder {directory} does not exist")
    paths = sorted(p for p in directory.glob("*.md") if p.name.lower() != "readme.md")
    if not paths:
        raise CorpusError(f"corpus folder {directory} has no *.md documents")
    services: list[Service] = []
    seen: dict[str, Path] = {}
    digest = hashlib.sha256()
    for path in paths:
        service = parse_document(path)
        if service.id in seen:
            raise _fail(path, "id", f"{service.id!r} is also used by {seen[service.id].name}")
        seen[service.id] = path
        services.append(service)
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return Corpus(services=tuple(services), digest=digest.hexdigest()[:16])
