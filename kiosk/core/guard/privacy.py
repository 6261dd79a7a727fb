"""The PII gate: finds personal data in a sanitized question before anything else sees it."""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType
from stdnum import iban
from stdnum.de import idnr, stnr

KINDS = ("birth_date", "email", "iban", "id_number", "name", "name_address", "phone", "tax_id")
"""Every kind `PiiGate.check` can report (the UI words its message per kind)."""

Span = tuple[int, int]

# An IBAN candidate: country, check digits, then up to eight more words. The words after the
# IBAN itself ("… 0130 00 wann kommt …") are cut off again by trying shorter prefixes.
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}[A-Za-z0-9]*(?:[ \t][A-Za-z0-9]+){0,8}")
_WORD = re.compile(r"\S+")

# Steuer-ID: eleven digits, also written in groups ("86 095 742 719").
_TAX_ID = re.compile(r"(?<![\w.,/-])\d(?: ?\d){10}(?!\w|[.,/-]\d)")
# Steuernummer with slashes ("133/8150/8159"); without slashes it looks like any number.
_STNR = re.compile(r"(?<![\w/])\d{2,3}/\d{3,4}/\d{4,5}(?![\w/])")

# German ID card and passport serials use this alphabet (no vowels, no B, D, Q, S); the
# machine-readable zone appends a check digit.
_ID_TOKEN = re.compile(r"(?<!\w)[CFGHJKLMNPRTVWXYZ0-9]{9}[0-9]?(?!\w)", re.IGNORECASE)
_ID_CUE = re.compile(
    r"\b(?:(?:personal)?ausweis|reisepass|pass|dokumenten|serien|karten)[ -]?(?:nummer|nr\.?)"
    r"|\b(?:id|passport|document|serial|card)[ -]?(?:number|nummer|no\.?|nr\.?|#)",
    re.IGNORECASE,
)
_MRZ_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

_DE_MONTHS = (r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober"
              r"|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.?")
_EN_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
              r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_DATE = re.compile(
    r"(?<![\w.])(?:"
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"  # 12.03.1985, 12. 3. 85
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"  # 12/03/1985
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 1985-03-12
    rf"|\d{{1,2}}\.?\s{_DE_MONTHS}\s\d{{4}}"  # 12. März 1985
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_EN_MONTHS},?\s\d{{4}}"  # 12th of March, 1985
    rf"|{_EN_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"  # March 12, 1985
    r")(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
# The cues below include the kiosk's other languages (Turkish, Russian, Ukrainian, Polish,
# Arabic): numeric dates and German street names are written alike in all of them.
_BIRTH_CUE = re.compile(
    r"\b(?:geboren|geb\.|geburtsdatum|geburtstag"
    r"|born|date\sof\sbirth|birth\s?date|birthday|dob\b|d\.o\.b\."
    r"|doğum\s+tarihi|doğdum"
    r"|родил(?:ся|ась)|дата\s+рождения|народився|народилася|дата\s+народження"
    r"|urodzi(?:łem|łam)|urodzon[ya]|data\s+urodzenia"
    r"|تاريخ\s+الميلاد|تاريخ\s+ميلادي|ولدت)",
    re.IGNORECASE,
)

_NAME_CUE = re.compile(
    r"\b(?:ich\s+hei(?:ß|ss)e|mein\s+(?:vollständiger\s+)?name\s+(?:ist|lautet)"
    r"|my\s+(?:full\s+)?name\s+is|i\s+am\s+called|i'm\s+called"
    r"|(?:vor|nach|familien|full\s+)?name\s*:"
    r"|benim\s+adım|ismim|меня\s+зовут|мо[её]\s+имя|мене\s+звати|моє\s+ім['’]я"
    r"|nazywam\s+się|mam\s+na\s+imię)\s*",
    re.IGNORECASE,
)
# Two words after the cue, with name particles allowed between them ("Ludwig van Beethoven");
# whether both are capitalised is checked in code, as `re` has no class for upper-case letters.
_FULL_NAME = re.compile(
    r"([^\W\d_][\w'’-]*)(?:\s+(?:von|van|de|der|den|zu|da|di|del|la|le|el|al|bin|ibn)\b)*"
    r"\s+([^\W\d_][\w'’-]*)"
)

_STREET_TYPES = (r"(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee"
                 r"|pfad|steig|wall|graben|markt|kamp)")
# The letter after a house number must stand alone or be attached ("5a", "5 a,"), so that an
# English "5 a …" or an amount like "12,50" is no house number.
_HOUSE_NUMBER = r"\d{1,3}(?:[a-zA-Z]|\s[a-zA-Z](?!\w))?(?:\s?-\s?\d{1,3})?(?!\w|[.,]\d)"
_ADDRESS = re.compile(
    rf"\b[A-ZÄÖÜ][\w-]*{_STREET_TYPES}\s?{_HOUSE_NUMBER}"  # Musterstraße 12, Hauptstr. 5a
    rf"|\b[A-ZÄÖÜ][\w.-]*\s{_STREET_TYPES}\s?{_HOUSE_NUMBER}"  # Erkrather Straße 377
    r"|\b(?i:am|an\sder|an\sden|auf\sder|auf\sdem|auf\sden|im|in\sder|in\sden|zum|zur"
    rf"|unter\sden|hinter\sder|vor\sdem)\s[A-ZÄÖÜ][\w-]+\s{_HOUSE_NUMBER}"  # Am Wehrhahn 3
    r"|(?<!\w)\d{1,4}[A-Za-z]?\s(?:[A-Z][\w-]*\s){1,3}"  # 221B Baker Street
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Way|Drive|Close|Court|Place|Square|Terrace)"
)
_SELF_REFERENCE = re.compile(
    r"\b(?:ich\s+wohne|wir\s+wohnen|ich\s+lebe|wir\s+leben|wohnhaft|umgezogen|ich\s+ziehe"
    r"|wir\s+ziehen|meine\s+(?:neue\s+|alte\s+)?(?:adresse|anschrift|wohnadresse)"
    r"|(?:adresse|anschrift)\s*:|i\s+live|we\s+live|i\s+moved|we\s+moved|i'm\s+moving"
    r"|my\s+(?:new\s+|old\s+|home\s+)?address"
    r"|oturuyorum|adresim|я\s+живу|мой\s+адрес|моя\s+адреса|mieszkam|mój\s+adres"
    r"|أسكن|أعيش|عنواني)",
    re.IGNORECASE,
)

# A cue belongs to a value only within the same clause and a few words of it. A period ends a
# clause only after a word, so dates ("1.4.2026") and ordinals ("12. März") do not.
_CLAUSE_END = re.compile(r"[!?;]|(?<![\d.])\.(?!\S)")
_PHRASE_END = re.compile(r"[!?;,]|(?<![\d.])\.(?!\S)")

# Numbers run by organisations, not people: hotlines and service numbers.
_SERVICE_TYPES = frozenset(
    {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST}
)


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _near(firsts: list[Span], seconds: list[Span], text: str, max_gap: int,
          stop: re.Pattern[str], either_order: bool = True) -> bool:
    """Whether a span of `firsts` and one of `seconds` lie close together within one clause."""
    for a in firsts:
        for b in seconds:
            if a[1] <= b[0]:
                gap = text[a[1]:b[0]]
            elif either_order and b[1] <= a[0]:
                gap = text[b[1]:a[0]]
            else:
                continue
            if len(gap) <= max_gap and not stop.search(gap):
                return True
    return False


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


def _ibans(text: str) -> list[Span]:
    found: list[Span] = []
    pos = 0
    while match := _IBAN.search(text, pos):
        words = [w.span() for w in _WORD.finditer(match.group())]
        # The longest run of words that is a valid IBAN; the run may end in the next word.
        for count in range(len(words), 0, -1):
            end = words[count - 1][1]
            if iban.is_valid(match.group()[:end]):
                found.append((match.start(), match.start() + end))
                pos = match.start() + end
                break
        else:
            pos = match.start() + words[0][1]
    return found


def _tax_ids(text: str) -> list[Span]:
    return ([m.span() for m in _TAX_ID.finditer(text) if idnr.is_valid(m.group())]
            + [m.span() for m in _STNR.finditer(text) if stnr.is_valid(m.group())])


def _mrz_check_ok(token: str) -> bool:
    """ICAO 9303 check digit (weights 7, 3, 1) over the first nine characters."""
    total = sum(_MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(token[:9]))
    return total % 10 == int(token[9])


def _id_numbers(text: str) -> list[Span]:
    cues = _spans(_ID_CUE, text)
    found: list[Span] = []
    for match in _ID_TOKEN.finditer(text):
        token = match.group().upper()
        serial = token[:9]
        looks_like_serial = (any(c.isdigit() for c in serial)
                             and any(c.isalpha() for c in serial)
                             and (len(token) == 9 or _mrz_check_ok(token)))
        if looks_like_serial or _near(cues, [match.span()], text, 20, _CLAUSE_END,
                                      either_order=False):
            found.append(match.span())
    return found


def _national_key(number: phonenumbers.PhoneNumber) -> tuple[int, int]:
    return number.country_code, number.national_number


class PiiGate:
    """Detects personal data in a question; the city's own phone numbers are let through."""

    def __init__(self, allowed_numbers: Iterable[str] = ()) -> None:
        allowed = set()
        for raw in allowed_numbers:
            try:
                allowed.add(_national_key(phonenumbers.parse(raw, "DE")))
            except phonenumbers.NumberParseException:
                # Not a phone number at all, so the matcher can never report it either.
                continue
        self._allowed = frozenset(allowed)

    def check(self, text: str) -> tuple[str, ...]:
        """The sorted distinct kinds of personal data in `text`; empty when it is fine.

        Only the kinds are returned: the matched values are neither kept nor logged.
        """
        found: set[str] = set()
        # Spans already explained as something else, so a date or an IBAN is not also a phone.
        taken: list[Span] = []
        for kind, detect in (("iban", _ibans), ("tax_id", _tax_ids), ("id_number", _id_numbers),
                             ("email", lambda t: _spans(_EMAIL, t))):
            spans = [s for s in detect(text) if not _overlaps(s, taken)]
            if spans:
                found.add(kind)
                taken += spans

        dates = [s for s in _spans(_DATE, text) if not _overlaps(s, taken)]
        taken += dates
        if _near(_spans(_BIRTH_CUE, text), dates, text, 25, _PHRASE_END):
            found.add("birth_date")

        if self._has_personal_phone(text, taken):
            found.add("phone")

        name_cues = []
        for cue in _NAME_CUE.finditer(text):
            name_cues.append(cue.span())
            full = _FULL_NAME.match(text, cue.end())
            if full and all(word[0].isupper() for word in full.groups()):
                found.add("name")
        addresses = _spans(_ADDRESS, text)
        if addresses and _near(name_cues + _spans(_SELF_REFERENCE, text), addresses, text, 60,
                               _CLAUSE_END):
            found.add("name_address")
        return tuple(sorted(found))

    def _has_personal_phone(self, text: str, taken: list[Span]) -> bool:
        # Leniency VALID already passes over short numbers (110, 115, 116 116): they are not
        # valid subscriber numbers, and they reach services, not people.
        for match in PhoneNumberMatcher(text, "DE", leniency=Leniency.VALID):
            if _overlaps((match.start, match.end), taken):
                continue
            if _national_key(match.number) in self._allowed:
                continue
            if phonenumbers.number_type(match.number) in _SERVICE_TYPES:
                continue
            return True
        return False
