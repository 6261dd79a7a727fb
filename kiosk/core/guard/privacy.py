"""The PII gate: finds personal data in a sanitized question before anything else sees it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.guard.pii import cues, dates, numbers, people, places

KINDS = ("address", "birth_date", "email", "health_insurance", "iban", "id_number",
         "licence_plate", "name", "phone", "social_insurance", "tax_id")
"""Every kind `PiiGate.scan` can report (the refusal names each kind in the citizen's language)."""

MASK = "[…]"
"""What `PiiGate.mask` puts in place of personal data: the elision mark of all seven languages,
with no letters, so that it neither names a language for language detection nor reads as a
word; the brackets show the citizen where something was taken out."""

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: its kind and where it is in the text (never its value)."""

    kind: str
    start: int
    end: int


# Also as people write it to keep it from robots: "jana.wolff(at)web.de".
_EMAIL = re.compile(r"[\w.+-]+(?:@|\s?\(at\)\s?|\s?\[at\]\s?)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}",
                    re.IGNORECASE)
# A cue belongs to a value only within the same clause and a few words of it. A period ends a
# clause only after a word, so dates ("1.4.2026") and ordinals ("12. März") do not, and not
# after the abbreviations that addresses and names are written with ("Kirchfeldstr. 30").
_SENTENCE_DOT = r"(?<![\d.])(?<![Ss]tr)(?<![Nn]r)(?<!Dr)(?<!Tel)(?<!geb)(?<!Prof)\.(?!\S)"
_CLAUSE_END = re.compile(rf"[!?;]|{_SENTENCE_DOT}")
_PHRASE_END = re.compile(rf"[!?;,]|{_SENTENCE_DOT}")
# Between "I live" and a loose street: "at", "in", a colon.
_LOOSE_LEAD = re.compile(r"[\s:]*(?:(?:at|in|on|is|ist|lautet|przy|na|в|на|по\s+адресу|за\s+адресою"
                         r"|in\s+der|in\s+die|auf\s+der)\s+)?")
_WORDS = re.compile(r"[^\W\d_]{4,}")  # shorter ones are names as often ("Sam", "Tan")
# What may stand between a label and the number it names: "Ausweisnummer: …", "… ist …".
_LABELLED = re.compile(r"[\s:.,#№-]*(?:(?:ist|is|lautet|war|was|to)\s+)?")
_BLANK = "\u2588"  # stands in for text already explained, so no number runs across it
# A number's own label decides its kind when it is no phone number ("Steuer-ID 123…").
_NUMBER_LABELS = (("id_number", cues.ID_DOCUMENT), ("tax_id", cues.TAX),
                  ("social_insurance", cues.SOCIAL_INSURANCE),
                  ("health_insurance", cues.HEALTH_INSURANCE))


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


def _near(firsts: list[Span], seconds: list[Span], text: str, max_gap: int,
          stop: re.Pattern[str]) -> bool:
    """Whether a span of `firsts` and one of `seconds` lie close together within one clause."""
    for a in firsts:
        for b in seconds:
            gap = text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]]
            if len(gap) <= max_gap and not stop.search(gap):
                return True
    return False


def _residences(text: str) -> list[Span]:
    """The residence cues: "I live", "meine Adresse", and "gemeldet" where someone is so
    ("ich bin seit 2020 in der … gemeldet", "habe mich … angemeldet", "gemeldet bin ich …"),
    in reading order."""
    found = _spans(cues.RESIDENCE, text)
    for cue in cues.REGISTERED.finditer(text):
        phrase = _PHRASE_END.split(text[:cue.start()])[-1]  # the phrase up to the cue
        if (cues.REGISTERED_BY.search(phrase)
                or cues.REGISTERED_BY.match(text, cue.end() + 1)):  # "gemeldet bin ich …"
            found.append(cue.span())
    return sorted(found)


def _blank(text: str, spans: list[Span]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _BLANK * (end - start)
    return "".join(chars)


class PiiGate:
    """Detects personal data in a question; what the city publishes itself is let through.

    `allowed_numbers` are the city's own phone numbers; `public_texts` are texts the city
    publishes (the corpus documents): their phone numbers and street addresses are not
    personal either, so "Brinckmannstraße 5" next to a name is an office, not a home.
    """

    def __init__(self, allowed_numbers: Iterable[str] = (),
                 public_texts: Iterable[str] = ()) -> None:
        numbers_ = set(allowed_numbers)
        addresses = set()
        for text in public_texts:
            numbers_.update(m.group() for m in numbers.PHONE.finditer(text))
            addresses.update(places.key(text[start:end])
                             for start, end, _ in places.streets(text))
        self._allowed = frozenset(filter(None, map(numbers.phone_key, numbers_)))
        self._public = frozenset(addresses)
        # The words of the city's texts are no names ("Termin", "Ausweis", "Standesamt").
        self._known = frozenset(word.lower() for text in public_texts
                                for word in _WORDS.findall(text))

    def check(self, text: str) -> tuple[str, ...]:
        """The sorted distinct kinds of personal data in `text`; empty when it is fine.

        Only the kinds are returned: the matched values are neither kept nor logged.
        """
        return tuple(sorted({finding.kind for finding in self.scan(text)}))

    def mask(self, text: str, findings: list[Finding] | None = None) -> str:
        """`text` with every piece of personal data replaced by `MASK`; pass the `findings` of
        `scan(text)` when you have them, so the text is not scanned twice."""
        merged: list[list[int]] = []
        for finding in self.scan(text) if findings is None else findings:
            if merged and finding.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], finding.end)
            else:
                merged.append([finding.start, finding.end])
        for start, end in reversed(merged):
            text = text[:start] + MASK + text[end:]
        return text

    def scan(self, text: str) -> list[Finding]:
        """Every piece of personal data in `text`, in reading order."""
        found: list[Finding] = []
        # Spans already explained (as personal data or as a date, time, amount, street), so
        # that a date or an IBAN is not also a phone number.
        taken: list[Span] = []

        def claim(kind: str, spans: Iterable[Span | None]) -> None:
            for span in spans:
                if span and not _overlaps(span, taken):
                    found.append(Finding(kind, *span))
                    taken.append(span)

        claim("email", _spans(_EMAIL, text))
        claim("iban", numbers.ibans(text))
        claim("social_insurance", numbers.social_insurance_numbers(text))
        claim("health_insurance", numbers.health_insurance_numbers(text))
        claim("tax_id", numbers.tax_ids(text))
        claim("id_number", numbers.id_serials(text))

        # Streets before dates: a street may be named after one ("алл. 9 мая", "8-Mai-Str.").
        streets = self._streets(text, taken)
        street_spans = [span for span, _ in streets]
        found_dates = [s for s in _spans(dates.DATE, text)
                       if not _overlaps(s, taken + street_spans)]
        births = _spans(cues.BIRTH, text)
        claim("birth_date", [d for d in found_dates if _near(births, [d], text, 25, _PHRASE_END)])
        # A whole past date right after a name is the birth date of that person, cue or not
        # ("Ayse Yilmaz 03.07.1988", "я олена коваленко 12.03.1987"); after "I am" only the
        # date of someone old enough to write.
        for date in found_dates:
            value = text[date[0]:date[1]]
            if dates.could_be_birth(value) and (name := people.before_data(
                    text, date[0], self._known, dates.could_be_own_birth(value))):
                claim("birth_date", [date])
                claim("name", [name])
        taken += found_dates + _spans(dates.TIME, text) + _spans(dates.AMOUNT, text)

        claim("licence_plate", [numbers.plate_after(text, cue.end())
                                for cue in cues.PLATE.finditer(text)])
        claim("id_number", [numbers.document_number_after(text, cue.end())
                            for cue in cues.ID_DOCUMENT.finditer(text)])
        taken += street_spans
        for kind, span in self._phones(text, taken):
            claim(kind, [span])
        claim("name", people.particle_names(text, self._known))
        claim("name", people.after_cues(text))

        # A street is someone's address next to their name, after "I live", or when the
        # question holds other personal data too; the city's own streets never are.
        residences = _residences(text)
        private = [span for span, public in streets if not public]
        named = [name for span in private if (name := people.before_data(text, span[0]))]
        if found or named or people.before(text, private) or any(
                self._lives_at(residences, span, text) for span in private):
            found += [Finding("address", *span) for span in private]
        claim("name", named)
        # Names right before any of it ("Erika Musterfrau, Tel. …", "… für X in der Y 12"),
        # or before the cue of an address found ("Erika Musterfrau wohnt seit jetzt in der
        # …"), and after "I am" in any case ("ich bin jana wolff und wohne …").
        lived = residences if any(f.kind == "address" for f in found) else []
        claim("name", people.before(text, [(f.start, f.end) for f in found] + lived))
        if found:
            claim("name", people.after_self(text, self._known))
        return sorted(found, key=lambda f: f.start)

    @staticmethod
    def _lives_at(residences: list[Span], street: Span, text: str) -> bool:
        """Whether "I live", "meine Adresse" stands by the street, not "I live near" it."""
        return any(_near([cue], [street], text, 60, _CLAUSE_END)
                   and not cues.NEAR.search(text, min(cue[1], street[1]), max(cue[0], street[0]))
                   for cue in residences)

    def _streets(self, text: str, taken: list[Span]) -> list[tuple[Span, bool]]:
        """Street addresses outside `taken`, each with whether the city publishes it."""
        found = []
        dated = _spans(dates.DATE, text)
        for start, street_end, end in places.streets(text):
            # A date that runs on past the street is the date: "Haering 27 січня 1959".
            if not _overlaps((start, end), taken) and not any(
                    start < date_start < end < date_end for date_start, date_end in dated):
                public = places.covered(places.key(text[start:street_end]), self._public)
                found.append(((start, end), public))
        # After "I live at", a house number and capitalised words are an address too, but
        # not a date ("I moved on 5 October 2024").
        for cue in _residences(text):
            loose = places.LOOSE_STREET.match(text, _LOOSE_LEAD.match(text, cue[1]).end())
            if loose and not _overlaps(loose.span(), taken + dated + [s for s, _ in found]):
                tail = places.TAIL.match(text, loose.end())
                found.append(((loose.start(), tail.end() if tail else loose.end()), False))
        return found

    def _phones(self, text: str, taken: list[Span]) -> list[tuple[str, Span]]:
        """Phone numbers (or other numbers a label names) outside `taken`, except the city's."""
        found = []
        for match in numbers.PHONE.finditer(_blank(text, taken)):
            raw = match.group()
            if not numbers.looks_like_phone(raw):
                continue
            if numbers.phone_key(raw) in self._allowed:
                continue
            found.append((self._number_kind(text, match.start(), raw), match.span()))
        return found

    @staticmethod
    def _number_kind(text: str, start: int, raw: str) -> str:
        """"phone", unless the number's label right before it names another kind. A label
        does not name a number that a phone word stands before ("mein Ausweis ist weg, ruf
        mich an 0176 …"), nor one dialled as a phone number that it does not label right away
        ("Ausweis weg 0176 12345678", but "Ausweisnummer: 0176…" is what it says)."""
        for kind, label in _NUMBER_LABELS:
            for cue in _spans(label, text[:start]):
                gap = text[cue[1]:start]
                if (_near([cue], [(start, start)], text, 30, _CLAUSE_END)
                        and not cues.PHONE.search(gap)
                        and (_LABELLED.fullmatch(gap) or not numbers.dialled(raw))):
                    return kind
        return "phone"
