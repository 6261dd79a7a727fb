"""Per-language words the core understands and the fixed texts it answers with.

One module per language of the registry (`kiosk/core/languages.py`), e.g. `de.py`, each with the
same names: `KINDS` and `OPTIONS` (regular expressions per fact kind and option tag),
`AGE` (patterns for a stated age), `CHILD`, `PAST`, `FOREIGN` (another state's documents:
not a service of this city), `COMPARE`, `QUESTION`, `FOLLOWUP`,
`NUMBERS` (count words), `NUMERALS` (number words of a stated age), `SMALL` (the language's small
words, for the language detector; None where the script tells the language), `TEXTS` (answer
lines), `CLITICS` (prefixes glued to a word, None where the language writes them apart) and the
words read in every language's question (`NOT_COUNTED`, `MONTHS`, `NOT_AGE_BEFORE`,
`SHORT_COUNTED`, `PAY`, `EITHER`: a citizen mixes in German or English words, "2 Jahre" in a
Turkish question), which `everywhere()` compiles into one table of all the registry's languages.
tests/core/test_languages.py checks that every language has every entry.

Letters a citizen types plainly (Polish "ł" as "l", Russian "ё" as "е", Ukrainian "і" as Latin
"i") are declared once per module in `PLAIN`: letter -> the letter it may be typed as, or a tuple
of them ("" where it may be left out, e.g. an apostrophe). `lexicon()` widens every pattern with
them, inside character classes too, and adds the plain spellings of NUMBERS and NUMERALS (with
the first alternative of each letter). German's `UMLAUTS` and Arabic's letter variants are their
own (multi-letter and Arabic-only) spellings.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

from kiosk.core.languages import CODES

_UMLAUTS = {"ä": "(?:ä|ae|a)", "ö": "(?:ö|oe|o)", "ü": "(?:ü|ue|u)", "ß": "(?:ß|ss)"}


@dataclass(frozen=True)
class Lexicon:
    """The compiled words of one language."""

    code: str
    kinds: dict[str, re.Pattern]
    options: dict[str, re.Pattern]
    age: tuple[tuple[str, re.Pattern], ...]  # (eq | years | under | from, pattern); see AGE
    child: re.Pattern
    past: re.Pattern
    foreign: re.Pattern
    compare: re.Pattern
    question: re.Pattern
    followup: re.Pattern
    numbers: dict[str, int]
    texts: dict[str, str]
    numerals: dict[str, int] = field(default_factory=dict)  # number words, for a stated age
    # the small words that tell the language (see kiosk.core.answer.lang), as written: the
    # plain spellings are listed in SMALL itself; None where the script tells the language
    small: re.Pattern | None = None
    # the language typed in Latin letters ("skolko stoit"), turned into its own script; the
    # lexicon of `latin(code)` reads the result
    from_latin: Callable[[str], str] | None = None
    # the prefixes glued to a word ("لكلبين" is "ل" + "كلبين"); None where they are written apart
    clitics: re.Pattern | None = None
    # particles a verb splits off to the clause's end ("melde … ab" is "abmelden"); optional,
    # empty where the language has no separable verbs
    separable: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Everywhere:
    """The words of every registry language that are read in a question of any language, as
    written (SMALL-like: the plain spellings are listed in the tables themselves)."""

    not_counted: re.Pattern  # .match(word after a number): no count (NOT_COUNTED, MONTHS)
    not_age_before: re.Pattern  # .search(text before a number): a span, no age (NOT_AGE_BEFORE)
    short_counted: frozenset[str]  # counted things of three letters or fewer (SHORT_COUNTED)
    pay: re.Pattern  # .match(a cost word): the verb of paying (PAY)
    either: re.Pattern  # .search(question): alternatives are offered (EITHER)
    each: re.Pattern  # .search(words before a number word): "each one", no count (EACH)


def _alternatives(plain: dict[str, str | tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {c: (alt,) if isinstance(alt, str) else tuple(alt) for c, alt in plain.items()}


def widen(pattern: str, plain: dict[str, str | tuple[str, ...]]) -> str:
    """`pattern` with each letter of `plain` also matching the letters it may be typed as
    ("ł" -> "[łl]"; inside a character class "[ół]" -> "[óołl]"; an alternative "" makes the
    letter optional: "'" -> "['’]?"). Escaped characters stay as they are."""
    table = _alternatives(plain)
    out, in_class, escaped = [], False, False
    for c in pattern:
        if escaped:
            out.append(c)
            escaped = False
        elif c == "\\":
            out.append(c)
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
            out.append(c)
        elif c == "]" and in_class:
            in_class = False
            out.append(c)
        elif c in table:
            letters = c + "".join(table[c])
            out.append(letters if in_class else f"[{letters}]" + ("?" if "" in table[c] else ""))
        else:
            out.append(c)
    return "".join(out)


def plain_spelling(word: str, plain: dict[str, str | tuple[str, ...]]) -> str:
    """`word` typed plainly: each letter of `plain` as its first alternative."""
    table = _alternatives(plain)
    return "".join(table[c][0] if c in table else c for c in word)


def _with_plain(words: dict[str, int], plain: dict[str, str | tuple[str, ...]]) -> dict[str, int]:
    return {**words, **{plain_spelling(w, plain): n for w, n in words.items()}} if plain else words


def _compile(pattern: str, umlauts: bool, signless: bool = False,
             plain: dict[str, str | tuple[str, ...]] | None = None) -> re.Pattern:
    if plain:
        pattern = widen(pattern, plain)
    if signless:  # for text typed in Latin letters: no soft or hard sign to match
        pattern = pattern.replace("ь", "").replace("ъ", "")
    if umlauts:
        pattern = "".join(_UMLAUTS.get(c, c) for c in pattern)
    return re.compile(pattern, re.IGNORECASE)


def module(code: str) -> ModuleType:
    """The lexicon module of a registry language."""
    return importlib.import_module(f"kiosk.core.lexicon.{code}")


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of `code` (German for an unknown code)."""
    return _build(code, signless=False)


@functools.cache
def latin(code: str) -> Lexicon | None:
    """The lexicon that reads `code` typed in Latin letters, after its `from_latin`; None for a
    language without one."""
    m = module(code if code in CODES else "de")
    return _build(code, signless=True) if hasattr(m, "from_latin") else None


def _build(code: str, signless: bool) -> Lexicon:
    m = module(code if code in CODES else "de")
    u = bool(getattr(m, "UMLAUTS", False))
    plain = getattr(m, "PLAIN", {})

    def c(p: str) -> re.Pattern:
        return _compile(p, u, signless, plain)

    return Lexicon(
        code=m.__name__.rsplit(".", 1)[-1],
        kinds={k: c(v) for k, v in m.KINDS.items()},
        options={k: c(v) for k, v in m.OPTIONS.items()},
        age=tuple((rel, c(p)) for rel, p in m.AGE),
        child=c(m.CHILD), past=c(m.PAST), foreign=c(m.FOREIGN), compare=c(m.COMPARE),
        question=c(m.QUESTION), followup=c(m.FOLLOWUP),
        numbers={(w.replace("ь", "") if signless else w): n
                 for w, n in _with_plain(m.NUMBERS, plain).items()},
        texts=dict(m.TEXTS),
        numerals={(w.replace("ь", "") if signless else w): n
                  for w, n in _with_plain(getattr(m, "NUMERALS", {}), plain).items()},
        small=re.compile(m.SMALL, re.IGNORECASE) if getattr(m, "SMALL", None) else None,
        from_latin=getattr(m, "from_latin", None),
        clitics=re.compile(m.CLITICS) if m.CLITICS else None,
        separable=frozenset(getattr(m, "SEPARABLE", ())),
    )


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@functools.cache
def everywhere() -> Everywhere:
    """The tables read in every question, of all registry languages together."""
    ms = [module(code) for code in CODES]
    return Everywhere(
        not_counted=re.compile(
            rf"^(?:{_any([p for m in ms for p in (m.NOT_COUNTED, m.MONTHS)])})", re.IGNORECASE),
        not_age_before=re.compile(rf"(?:{_any([m.NOT_AGE_BEFORE for m in ms])})\s*$",
                                  re.IGNORECASE),
        short_counted=frozenset().union(*(m.SHORT_COUNTED for m in ms)),
        pay=re.compile(_any([m.PAY for m in ms]), re.IGNORECASE),
        either=re.compile(_any([m.EITHER for m in ms]), re.IGNORECASE),
        each=re.compile(_any([m.EACH for m in ms]), re.IGNORECASE),
    )


def text(code: str, key: str, **values: str) -> str:
    """A fixed answer line in `code`, German where the language lacks it."""
    lines = lexicon(code).texts
    return (lines.get(key) or lexicon("de").texts[key]).format(**values)
