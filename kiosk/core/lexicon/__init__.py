"""Per-language words the core understands and the fixed texts it answers with.

One module per language of the registry (`kiosk/core/languages.py`), e.g. `de.py`, each with the
same names: `KINDS` and `OPTIONS` (regular expressions per fact kind and option tag),
`AGE` (patterns for a stated age), `CHILD`, `PAST`, `FOREIGN` (another state's documents:
not a service of this city), `COMPARE`, `QUESTION`, `FOLLOWUP`,
`NUMBERS` (count words), `NUMERALS` (number words of a stated age), `SMALL` (the language's small
words, for the language detector; None where the script tells the language) and `TEXTS` (answer
lines). tests/core/test_languages.py checks that every language has every entry.

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
    )


def text(code: str, key: str, **values: str) -> str:
    """A fixed answer line in `code`, German where the language lacks it."""
    lines = lexicon(code).texts
    return (lines.get(key) or lexicon("de").texts[key]).format(**values)
