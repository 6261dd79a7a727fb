"""`kiosk corpus check`: what an editor must fix before content is published, and what to look at.

Errors stop `kiosk content build` and `kiosk content install` (and give exit status 1): a document
the kiosk cannot load, a fact or summary missing in a kiosk language, a number that differs
between the languages of one fact or that the document's body does not contain, a fee on the
card the body lacks, a source that is not https. Warnings are for the editor's attention: a
"Stand" older than the allowed age, a title missing in a language, a keyword two services claim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.knowledge.corpus import CorpusError, parse_document
from kiosk.core.languages import CODES
from kiosk.core.textutil import canonical_number, numbers
from kiosk.core.types import Service

DEFAULT_MAX_AGE_MONTHS = 6
_FIELD = re.compile(r"^[^:]+: field '([^']+)': (.*)$", re.S)
_ARABIC_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*(?:€|Euro\b|EUR\b)")


@dataclass(frozen=True)
class Finding:
    """One problem, naming the file and the field an editor has to change."""

    level: str  # "error" | "warning"
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.file}: {self.field}: {self.message}"


@dataclass
class Report:
    """All findings of one check, and the services that loaded."""

    findings: list[Finding] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]

    def exit_status(self, strict: bool = False) -> int:
        """1 when there are errors (or warnings under `strict`): do not publish."""
        return 1 if self.errors or (strict and self.warnings) else 0

    def summary(self) -> str:
        return (f"{len(self.services)} documents, {len(self.errors)} error(s), "
                f"{len(self.warnings)} warning(s)")


def nums(text: str) -> set[str]:
    """The numbers of a text, Arabic-Indic digits read as digits (as tests/core compare them)."""
    def western(m: re.Match) -> str:
        c = ord(m.group(0))
        return str(c - (0x660 if c <= 0x669 else 0x6F0))
    # U+066B/U+066C are the Arabic decimal and thousands separators
    return numbers(_ARABIC_DIGITS.sub(western, text).replace("\u066b", ",")
                   .replace("\u066c", "."))


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def check_corpus(directory: Path, max_age_months: int = DEFAULT_MAX_AGE_MONTHS,
                 today: dt.date | None = None) -> Report:
    """Check every document in `directory`; never raises for a bad document."""
    report = Report()
    directory = Path(directory)
    paths = sorted(p for p in directory.glob("*.md") if p.name.lower() != "readme.md") \
        if directory.is_dir() else []
    if not paths:
        report.findings.append(Finding("error", str(directory), "-",
                                       "no *.md documents: nothing to publish"))
        return report
    for path in paths:
        try:
            report.services.append(parse_document(path))
        except CorpusError as exc:
            m = _FIELD.match(str(exc))
            fld, message = (m.group(1), m.group(2)) if m else ("-", str(exc).split(": ", 1)[-1])
            report.findings.append(Finding("error", path.name, fld, message))
    cutoff = months_before(today or dt.date.today(), max_age_months)
    seen: dict[str, str] = {}
    for s in report.services:
        if s.id in seen:
            report.findings.append(Finding("error", s.path.name, "id",
                                           f"{s.id!r} is also used by {seen[s.id]}"))
        seen.setdefault(s.id, s.path.name)
        report.findings.extend(_document(s, cutoff, today or dt.date.today(), max_age_months))
    report.findings.extend(_shared_keywords(report.services))
    return report


def _document(s: Service, cutoff: dt.date, today: dt.date, months: int) -> list[Finding]:
    out: list[Finding] = []
    name = s.path.name

    def error(fld: str, message: str) -> None:
        out.append(Finding("error", name, fld, message))

    def warning(fld: str, message: str) -> None:
        out.append(Finding("warning", name, fld, message))

    if not s.source.startswith("https://"):
        error("source", f"{s.source!r} is not an https address (the QR code must not lead to "
                        "an unencrypted page)")
    stand = dt.date.fromisoformat(s.stand)
    if stand < cutoff:
        warning("stand", f"{s.stand} is older than {months} months: check the facts against "
                         f"{s.source} and update 'stand'")
    elif stand > today:
        warning("stand", f"{s.stand} lies in the future")
    missing = [lang for lang in CODES if not s.summary.get(lang)]
    if missing:
        error("summary", f"missing in {', '.join(missing)} (citizens asking in these languages "
                         "get another language)")
    missing = [lang for lang in CODES if lang not in ("de", "en") and not s.titles.get(lang)]
    if missing:
        warning("titles", f"missing in {', '.join(missing)} (the card shows the German title)")
    body = nums(s.body)
    for i, fee in enumerate(s.fees):
        # The amounts only: "1 Jahr: 25 €" may say "ein Jahr" in the body.
        lacking = {canonical_number(n) for n in _AMOUNT.findall(fee)} - body
        if lacking:
            error(f"fees[{i}]", f"{fee!r}: the amount {', '.join(sorted(lacking))} € is not in "
                                "the text below the front matter")
    if not s.facts:
        warning("facts", "none: answers quote sentences instead of facts")
    for fact in s.facts:
        where = f"facts.{fact.id}"
        missing = [lang for lang in CODES if not fact.text.get(lang)]
        if missing:
            error(f"{where}.text", f"missing in {', '.join(missing)}")
        german = nums(fact.text["de"])
        for lang, text in fact.text.items():
            if lang != "de" and nums(text) != german:
                error(f"{where}.text.{lang}",
                      f"states {sorted(nums(text))}, the German text {sorted(german)}")
        lacking = german - body
        if lacking:
            error(f"{where}.text.de", f"{', '.join(sorted(lacking))} not in the text below the "
                                      "front matter")
    return out


def _shared_keywords(services: list[Service]) -> list[Finding]:
    owners: dict[str, list[Service]] = {}
    for s in services:
        for kw in {" ".join(k.casefold().split()) for k in s.keywords}:
            owners.setdefault(kw, []).append(s)
    return [Finding("warning", group[1].path.name, "keywords",
                    f"{kw!r} is also a keyword of {group[0].path.name}: a citizen typing it may "
                    "get either service")
            for kw, group in sorted(owners.items()) if len(group) > 1]


def facts_to_check(services: list[Service] | tuple[Service, ...]) -> list[dict[str, str]]:
    """Unverified (U) and not-found (nf) facts: what an editor still has to confirm."""
    return [{"service": s.id, "fact": f.id, "status": f.status, "kind": f.kind,
             "text": f.text["de"]}
            for s in services for f in s.facts if f.status in ("U", "nf")]
