"""Question understanding: which kinds of fact are asked, and which conditions the question states.

"was kostet n perso und wie lange gilt der, bin 19" asks for cost and validity, for age 19.
The words come from the language's lexicon (kiosk/core/lexicon/). German words are understood in
every language, because citizens mix in the German name of a service; English words only in German
and English questions (the kinds aside): "son gün" is Turkish for the last day, not a son, and
the Polish "a" (and) is not the English "a" (one). Russian typed in Latin letters ("skolko
stoit") is read in Cyrillic; number words count as digits where an age is stated ("тридцять
років", "thirty years old"). The words around a number (units, months, "seit", short counted
nouns), the verbs of paying and the words for "or" are read in every language at once
(`kiosk.core.lexicon.everywhere()`): "2 Jahre" in a Turkish question is no count either.
This module holds no language's words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kiosk.core.languages import CODES
from kiosk.core.knowledge.separable import joined_verbs
from kiosk.core.lexicon import Lexicon, everywhere, latin, lexicon

_COUNT_DIGITS = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:x\s*)?([^\W\d_]{3,})")


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
    either: bool = False  # "Reisepass oder Perso?": offers alternatives (maybe two services)

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


View = tuple[Lexicon, str]  # a lexicon and the text it reads (the question, or its transliteration)


def _kinds(views: list[View]) -> list[str]:
    first: dict[str, re.Match] = {}
    for lex, text in views:
        for kind, rx in lex.kinds.items():
            m = rx.search(text)
            if m and (kind not in first or m.start() < first[kind].start()):
                first[kind] = m
        if first:  # the question's own language decides; others only when it finds nothing
            break
    kinds = sorted(first, key=lambda k: first[k].start())
    if "amount" in first and "cost" in first and first["amount"].start() <= first["cost"].start():
        kinds.remove("cost")  # "wie viel Elterngeld bekomme ich": paid to, not by, the citizen
    elif "payment" in first and "cost" in first and everywhere().pay.match(first["cost"].group(0)):
        kinds.remove("cost")  # "kann ich mit Karte bezahlen": how to pay, not how much
    return kinds


_TIME_KINDS = {"validity", "duration", "deadline"}


def _age(views: list[View], kinds: list[str]) -> tuple[int, int] | None:
    """The stated age as a range. "years" patterns ("19 Jahre") carry no age cue of their own:
    they count only when the question does not ask how long something lasts."""
    for lex, text in views:
        for relation, rx in lex.age:
            if relation == "years" and _TIME_KINDS & set(kinds):
                continue  # "wie lange gilt der Ausweis, 10 Jahre?": a period, not an age
            for m in rx.finditer(text):
                n = int(m.group(1))
                if relation in ("eq", "years") and everywhere().not_age_before.search(
                        text[: m.start()]):
                    continue  # "seit 5 Jahren", "für 2 Jahre": a duration, not an age
                if n > 120:
                    continue
                if relation == "under":
                    return (0, max(0, n - 1))
                if relation == "from":
                    return (n, 150)
                return (n, n)
    return None


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _digits(text: str, numerals: dict[str, int]) -> str:
    """`text` with number words as digits: "тридцять років" -> "30 років", "twenty-four" ->
    "24", "أربعة وعشرين" -> "24" (a unit before tens, the Arabic order, is added too)."""
    if not numerals:
        return text
    words = [(m.start(), m.end(), numerals.get(m.group(0))) for m in _WORD.finditer(text)]
    out, last, i = [], 0, 0
    while i < len(words):
        start, end, value = words[i]
        if value is None:
            i += 1
            continue
        if i + 1 < len(words) and words[i + 1][2] is not None \
                and re.fullmatch(r"[\s-]*", text[end:words[i + 1][0]]):
            other = words[i + 1][2]
            if (value >= 10 and value % 10 == 0 and other < 10) or (value < 10 and other >= 20
                                                                     and other % 10 == 0):
                value += other
                end = words[i + 1][1]
                i += 1
        out += [text[last:start], str(value)]
        last = end
        i += 1
    return "".join(out) + text[last:]


def _unglued(token: str, lex: Lexicon) -> list[str]:
    """A word and, in a language that glues prefixes to words (Arabic), the word without them
    ("لكلبين" -> "كلبين")."""
    if lex.clitics is None:
        return [token]
    bare = lex.clitics.sub("", token)
    return [token] if bare == token or token in lex.numbers else [token, bare]


def _count(said: list[View], views: list[View], age: tuple[int, int] | None,
           aged_in_words: bool) -> int | None:
    """The stated count. Digits before a noun are read with number words as digits ("zwei
    Hunde" is 2 dogs, "zwei Wochen" no count); a count word standing alone ("если их две",
    "ein Paar") is read as it is, unless it is a unit ("zwei Wochen") or part of an age said in
    words ("yirmi üç yaşındayım")."""
    words = everywhere()
    for m in (m for _, text in said for m in _COUNT_DIGITS.finditer(text)):
        n, word = int(m.group(1)), m.group(2)
        if age and n in age:
            continue  # "bin 19 und …": the age, not a count
        if 0 < n <= 20 and (len(word) > 3 or word in words.short_counted) \
                and not words.not_counted.match(word):
            return n
    found = []
    for lex, seen in views:
        tokens = re.findall(r"[^\W\d_]+", seen)
        for i, t in enumerate(tokens):
            w = next((w for w in _unglued(t, lex) if w in lex.numbers), None)
            if w is None:
                continue
            if w in lex.numerals and (aged_in_words or (
                    i + 1 < len(tokens) and words.not_counted.match(tokens[i + 1]))):
                continue  # "zwei Wochen", "yirmi üç yaşında": no count
            if words.each.search(" ".join(tokens[max(0, i - 2):i])):
                continue  # "لكل واحد", "for each one": per person, no count
            found.append(lex.numbers[w])
    return found[-1] if found else None  # "ein Paar", "einen Hund und den zweiten": the last


def _latin(text: str) -> bool:
    return len(re.findall(r"[a-z]", text)) > 2 * len(re.findall(r"[^\W\da-z_]", text))


def readable(question: str, lang: str) -> str:
    """The question in its language's own script: Russian or Ukrainian typed in Latin letters
    ("skolko stoit vremennyj ausweis") transliterated ("сколко стоит временный аусвеис"), so that
    retrieval reads it like the summaries in that language; any other question unchanged."""
    typed = latin(lang)
    text = _norm(question)
    if typed is None or typed.from_latin is None or not _latin(text):
        return question
    return typed.from_latin(text)


def understand(question: str, lang: str) -> Understanding:
    """Kinds and conditions of a (sanitised) question in language `lang`."""
    text = _norm(f"{question} {joined_verbs(question)}")  # "hole … ab" asks about "abholen"
    own = lexicon(lang)
    typed = latin(lang)
    mine: View = (own, text)
    if typed is not None and typed.from_latin is not None and _latin(text):
        mine = (typed, typed.from_latin(text))  # "skolko stoit ausweis" on a Russian screen
    # the conditions are read in the question's own words and German (service names), English
    # only in German and English questions
    views = [mine] + [(lexicon(c), text) for c in ("de", "en") if c != own.code
                      and (c == "de" or own.code == "de")]
    # a mixed question ("адреса Straßenverkehrsamt") may be detected as the wrong language:
    # when its own words name no kind, every other language's words are tried
    kinds = _kinds([mine] + [(lexicon(c), text) for c in ("de", "en") if c != own.code]
                   + [(lexicon(c), text) for c in CODES if c not in ("de", "en", lang)])
    options = {tag for lex, seen in views for tag, rx in lex.options.items() if rx.search(seen)}
    said = [(lex, _digits(seen, lex.numerals)) for lex, seen in views]  # number words as digits
    age = _age(views, kinds)
    aged_in_words = age is None and (age := _age(said, kinds)) is not None
    child = any(lex.child.search(seen) for lex, seen in views)
    if child:
        options.add("child")
        age = age or (0, 17)
    count = _count(said, views, age, aged_in_words)
    if count is not None and count >= 2:
        options.add("copy")  # "3 Geburtsurkunden": the further copies have their own fee
    compare = any(lex.compare.search(seen) for lex, seen in views[:2])
    if compare and not kinds:
        kinds = ["cost"]
    return Understanding(
        kinds=tuple(kinds), age=age, count=count, options=frozenset(options),
        past=any(lex.past.search(seen) for lex, seen in views[:2]), compare=compare,
        statement=not kinds and not mine[0].question.search(mine[1]),
        followup=bool(mine[0].followup.search(mine[1]) or lexicon("de").followup.search(text)),
        # "Reisepass oder Perso?", in any language's word for "or" (EITHER of the lexicons)
        either=bool(everywhere().either.search(text)),
    )
