"""Numbers that belong to a person: IBAN, German identifiers by their checksums, phone numbers."""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban
from stdnum.de import idnr, stnr

Span = tuple[int, int]

# An IBAN candidate: country, check digits, then up to eight more words. The words after the
# IBAN itself ("… 0130 00 wann kommt …") are cut off again by trying shorter prefixes.
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}[A-Za-z0-9]*(?:[ \t][A-Za-z0-9]+){0,8}")
_WORD = re.compile(r"\S+")

# Steuer-ID: eleven digits, also written in groups ("86 095 742 719").
TAX_ID = re.compile(r"(?<![\w.,/+-])\d(?: ?\d){10}(?!\w|[.,/-]\d)")
# Steuernummer with slashes ("133/8150/8159"); without slashes it looks like any number.
_STNR = re.compile(r"(?<![\w/])\d{2,3}/\d{3,4}/\d{4,5}(?![\w/])")

# Versicherungsnummer of the pension insurance (also the social insurance number): area,
# birth date, initial of the birth name, serial, check digit ("65 170839 J 003").
_RVNR = re.compile(r"(?<!\w)\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d(?!\w)")
_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
# Krankenversichertennummer: a letter, eight digits and a check digit ("A123456780").
_KVNR = re.compile(r"(?<!\w)[A-Za-z]\d{9}(?!\w)")

# German ID card and passport serials use this alphabet (no vowels, no B, D, Q, S) and start
# with a letter (ID cards L…Y, passports C…K); the machine-readable zone appends a check digit.
_ID_TOKEN = re.compile(r"(?<!\w)[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]?(?!\w)",
                       re.IGNORECASE)
_MRZ_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
# Any other document number right after its name ("паспорт 4510 123456", "Pass Nr. X1234",
# the series of a Ukrainian, Russian or Polish document apart: "ЕК 123456", "ABC 123456").
_DOCUMENT_NUMBER = re.compile(r"[\s:.,#№-]*(?:(?:ist|is|lautet|to|-)\s+)?"
                              r"([A-Za-z]{0,3}\d[\dA-Za-z]{3,}(?: ?\d{2,}){0,2}"
                              r"|[А-ЯҐЄІЇ]{2}\s?\d{6}|[A-Z]{2,3} \d{6,7})(?!\w)")

# A licence plate right after its name: upper-case letters and digits in up to four groups
# ("D-AB 1234", "GÖ-RH-625", "70 T 25979", "KM9791EA", "ТС597 15"), or Arabic letters and digits.
_PLATE = re.compile(
    r"[\s:]*(?:(?:ist|is|lautet|to|-)\s+)?"
    r"([A-ZÄÖÜА-ЯІЇЄҐ0-9]{1,8}(?:[- ][A-ZÄÖÜА-ЯІЇЄҐ0-9]{1,8}){0,3}"
    r"|(?:[\u0621-\u064A]\s){1,3}[0-9٠-٩]{1,4})(?!\w)",
    re.IGNORECASE,
)

# A phone number: an optional + and groups of digits, "(0211)" or "(0)" among them, joined by
# one space, hyphen, slash or dot; an extension may follow. A dot or comma ends it before a
# digit that belongs to a decimal amount, so the pattern stops there and the caller decides.
PHONE = re.compile(
    r"(?<![\w+])(?:\+ ?)?(?:\(\+?\d{1,5}\)|\d+)"
    r"(?:(?: ?[-/.–] ?| |(?<=\)))(?:\(\+?\d{1,5}\)|\d+)|\(\d{1,5}\))*"
    r"(?: ?(?:x|ext\.?|Durchwahl|DW|доб\.?|wew\.?) ?\d{1,6})?(?!\w)"
)
_YEARS_ALONE = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_YEARS = re.compile(r"(?:19|20)\d\d(?: ?[-/–] ?(?:(?:19|20)\d\d|\d\d))+")
MIN_PHONE_DIGITS = 7
_DIALLED = re.compile(r"\(?[0+]")  # a trunk or international prefix first


def ibans(text: str) -> list[Span]:
    """Spans of valid IBANs, written in one piece or in groups."""
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


def tax_ids(text: str) -> list[Span]:
    """Steuer-IDs and Steuernummern with a valid check digit."""
    return ([m.span() for m in TAX_ID.finditer(text) if idnr.is_valid(m.group())]
            + [m.span() for m in _STNR.finditer(text) if stnr.is_valid(m.group())])


def _digit_sum(value: int) -> int:
    return value // 10 + value % 10


def rvnr_valid(number: str) -> bool:
    """The check digit of a Versicherungsnummer (the letter counts as its two-digit place)."""
    number = number.replace(" ", "").upper()
    digits = number[:8] + f"{ord(number[8]) - 64:02d}" + number[9:11]
    total = sum(_digit_sum(int(d) * w) for d, w in zip(digits, _RVNR_WEIGHTS, strict=True))
    return total % 10 == int(number[11])


def kvnr_valid(number: str) -> bool:
    """The check digit of a Krankenversichertennummer (weights 1, 2, 1, 2, …)."""
    number = number.upper()
    digits = f"{ord(number[0]) - 64:02d}" + number[1:9]
    total = sum(_digit_sum(int(d) * (1 + i % 2)) for i, d in enumerate(digits))
    return total % 10 == int(number[9])


def social_insurance_numbers(text: str) -> list[Span]:
    return [m.span() for m in _RVNR.finditer(text) if rvnr_valid(m.group())]


def health_insurance_numbers(text: str) -> list[Span]:
    return [m.span() for m in _KVNR.finditer(text) if kvnr_valid(m.group())]


def _mrz_check_ok(token: str) -> bool:
    """ICAO 9303 check digit (weights 7, 3, 1) over the first nine characters."""
    total = sum(_MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(token[:9]))
    return total % 10 == int(token[9])


def id_serials(text: str) -> list[Span]:
    """German ID card and passport serials: letters and digits of their alphabet."""
    found = []
    for match in _ID_TOKEN.finditer(text):
        token = match.group().upper()
        # It starts with a letter; digits in it tell it from a word.
        if any(c.isdigit() for c in token[:9]) and (len(token) == 9 or _mrz_check_ok(token)):
            found.append(match.span())
    return found


def document_number_after(text: str, cue_end: int) -> Span | None:
    """The span of a document number written right after its name, if there is one."""
    match = _DOCUMENT_NUMBER.match(text, cue_end)
    if not match or sum(c.isalnum() for c in match.group(1)) < 6:
        return None
    return match.span(1)


def plate_after(text: str, cue_end: int) -> Span | None:
    """The span of a licence plate written right after its name, if there is one."""
    match = _PLATE.match(text, cue_end)
    if not match:
        return None
    plate = match.group(1)
    letters = [c for c in plate if c.isalpha()]
    digits = sum(map(str.isdigit, plate))
    # Typed in lower case it needs a hyphen ("d-ab 1234"), or "ab 2026" would be a plate; a
    # plate of digits alone ("58-8259", "9171") needs a hyphen or four digits that are no year.
    if letters:
        shaped = digits > 0 and ("-" in plate or all(c.isupper() for c in letters))
    else:
        shaped = "-" in plate or (digits >= 4 and not _YEARS_ALONE.fullmatch(plate))
    return match.span(1) if shaped else None


def national_key(number: phonenumbers.PhoneNumber) -> tuple[int, int]:
    return number.country_code, number.national_number


def _parsed(raw: str) -> phonenumbers.PhoneNumber | None:
    """The number as phonenumbers reads it (from Germany); None for what it cannot parse."""
    try:
        return phonenumbers.parse(raw, "DE")
    except phonenumbers.NumberParseException:
        return None


def phone_key(raw: str) -> tuple[int, int] | None:
    """Country code and national number; None for what phonenumbers cannot parse."""
    number = _parsed(raw)
    return national_key(number) if number else None


def dialled(raw: str) -> bool:
    """Whether a number is written as one dials a phone number: with a trunk or international
    prefix ("0176 …", "+49 …", "(0211) …") and valid by phonenumbers' metadata. No document,
    tax or insurance number has that shape."""
    number = _parsed(raw) if _DIALLED.match(raw) else None
    return number is not None and phonenumbers.is_valid_number(number)


def looks_like_phone(raw: str) -> bool:
    """Enough digits for a phone number, and not a thousands-grouped amount or a year range.

    The shape decides, not phonenumbers' metadata: a citizen's number may be foreign,
    mistyped or not yet in the metadata, and it is theirs all the same.
    """
    digits = sum(c.isdigit() for c in raw)
    return (digits >= MIN_PHONE_DIGITS and not _THOUSANDS.fullmatch(raw)
            and not _YEARS.fullmatch(raw))
