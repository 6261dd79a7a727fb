"""Question understanding: which kinds of fact are asked, and which conditions the question states.

"was kostet n perso und wie lange gilt der, bin 19" asks for cost and validity, for age 19.
The words come from the language's lexicon (kiosk/core/lexicon/); German and English words are
understood in every language, because citizens mix in the German name of a service.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kiosk.core.languages import CODES
from kiosk.core.lexicon import Lexicon, lexicon

_NOT_AGE_BEFORE = re.compile(
    r"(?:seit|vor|für|fuer|alle|nach|innerhalb von|in|since|for|every|after|within|ago|"
    r"son|için|від|через|за|протягом|в течение|через|od|przez|za|منذ|خلال|بعد)\s*$", re.I)
_COUNT_DIGITS = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:x\s*)?([^\W\d_]{3,})")
_NOT_COUNTED = re.compile(r"^(?:jahr|year|yaş|рок|год|лет|lat|rok|سن|عام|euro|eur|uhr|tag|day|"
                          r"woch|week|monat|month|gün|hafta|ay\b|дн|тиж|нед|мес|dni|tydz|mies|"
                          r"seite|page|min|stund|hour|saat|год|%)", re.I)


@dataclass(frozen=True)
class Understanding:
    """What one question asks for and under which conditions."""

    kinds: tuple[str, ...] = ()  # in the order the question asks them
    age: tuple[int, int] | None = None  # inclusive range
    count: int | None = None
    options: frozenset[str] = field(default_factory=frozenset)
    past: bool = False
    compare: bool = False
    statement: bool = False  # "Ausweis verloren": a situation, not a question about one fact
    followup: bool = False  # "und für Kinder?": continues the conversation

    def describe(self) -> dict:
        """Plain data for staff and `kiosk ask --explain`."""
        return {"kinds": list(self.kinds), "age": list(self.age) if self.age else None,
                "count": self.count, "options": sorted(self.options), "past": self.past,
                "compare": self.compare, "statement": self.statement, "followup": self.followup}


_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # vowel marks and tatweel


def _norm(text: str) -> str:
    # Turkish "İ" lower-cases to "i" + a combining dot, which no lexicon word contains;
    # "مدّة" is "مدة" with a vowel mark, which no lexicon word carries
    text = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.lower().replace("i\u0307", "i").split())


_PAY_VERB = re.compile(r"(?:be)?zahl|pay|öde|плат|opłac|płac|دفع", re.I)


def _kinds(text: str, lexicons: list[Lexicon]) -> list[str]:
    first: dict[str, re.Match] = {}
    for lex in lexicons:
        for kind, rx in lex.kinds.items():
            m = rx.search(text)
            if m and (kind not in first or m.start() < first[kind].start()):
                first[kind] = m
        if first:  # the question's own language decides; others only when it finds nothing
            break
    kinds = sorted(first, key=lambda k: first[k].start())
    if "amount" in first and "cost" in first and first["amount"].start() <= first["cost"].start():
        kinds.remove("cost")  # "wie viel Elterngeld bekomme ich": paid to, not by, the citizen
    elif "payment" in first and "cost" in first and _PAY_VERB.match(first["cost"].group(0)):
        kinds.remove("cost")  # "kann ich mit Karte bezahlen": how to pay, not how much
    return kinds


_TIME_KINDS = {"validity", "duration", "deadline"}


def _age(text: str, lexicons: list[Lexicon], kinds: list[str]) -> tuple[int, int] | None:
    """The stated age as a range. "years" patterns ("19 Jahre") carry no age cue of their own:
    they count only when the question does not ask how long something lasts."""
    for lex in lexicons:
        for relation, rx in lex.age:
            if relation == "years" and _TIME_KINDS & set(kinds):
                continue  # "wie lange gilt der Ausweis, 10 Jahre?": a period, not an age
            for m in rx.finditer(text):
                n = int(m.group(1))
                if relation in ("eq", "years") and _NOT_AGE_BEFORE.search(text[: m.start()]):
                    continue  # "seit 5 Jahren", "für 2 Jahre": a duration, not an age
                if n > 120:
                    continue
                if relation == "under":
                    return (0, max(0, n - 1))
                if relation == "from":
                    return (n, 150)
                return (n, n)
    return None


def _count(text: str, lexicons: list[Lexicon], age: tuple[int, int] | None) -> int | None:
    for m in _COUNT_DIGITS.finditer(text):
        n, word = int(m.group(1)), m.group(2)
        if age and n in age:
            continue  # "bin 19 und …": the age, not a count
        if 0 < n <= 20 and len(word) > 3 and not _NOT_COUNTED.match(word):
            return n
    said = [lex.numbers[t] for t in re.findall(r"[^\W\d_]+", text) for lex in lexicons
            if t in lex.numbers]
    return said[-1] if said else None  # "ein Paar", "einen Hund und den zweiten": the last


def understand(question: str, lang: str) -> Understanding:
    """Kinds and conditions of a (sanitised) question in language `lang`."""
    text = _norm(question)
    own = lexicon(lang)
    lexicons = [own] + [lexicon(c) for c in ("de", "en") if c != own.code]
    # a mixed question ("адреса Straßenverkehrsamt") may be detected as the wrong language:
    # when its own words name no kind, every other language's words are tried
    kinds = _kinds(text, lexicons + [lexicon(c) for c in CODES if c not in ("de", "en", lang)])
    options = {tag for lex in lexicons for tag, rx in lex.options.items() if rx.search(text)}
    age = _age(text, lexicons, kinds)
    child = any(lex.child.search(text) for lex in lexicons)
    if child:
        options.add("child")
        age = age or (0, 17)
    count = _count(text, lexicons, age)
    if count is not None and count >= 2:
        options.add("copy")  # "3 Geburtsurkunden": the further copies have their own fee
    compare = any(lex.compare.search(text) for lex in lexicons[:2])
    if compare and not kinds:
        kinds = ["cost"]
    return Understanding(
        kinds=tuple(kinds), age=age, count=count, options=frozenset(options),
        past=any(lex.past.search(text) for lex in lexicons[:2]), compare=compare,
        statement=not kinds and not own.question.search(text),
        followup=bool(own.followup.search(text) or lexicon("de").followup.search(text)),
    )
