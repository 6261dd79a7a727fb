"""Per-language words the core understands and the fixed texts it answers with.

One module per language of the registry (`kiosk/core/languages.py`), e.g. `de.py`, each with the
same names: `KINDS` and `OPTIONS` (regular expressions per fact kind and option tag),
`AGE` (patterns for a stated age), `CHILD`, `PAST`, `FOREIGN` (another state's documents:
not a service of this city), `COMPARE`, `QUESTION`, `FOLLOWUP`,
`NUMBERS` (count words) and `TEXTS` (answer lines). tests/core/test_languages.py checks that every
language has every entry.
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
    # the language typed in Latin letters ("skolko stoit"), turned into its own script; the
    # lexicon of `latin(code)` reads the result
    from_latin: Callable[[str], str] | None = None


def _compile(pattern: str, umlauts: bool, signless: bool = False) -> re.Pattern:
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

    def c(p: str) -> re.Pattern:
        return _compile(p, u, signless)

    return Lexicon(
        code=m.__name__.rsplit(".", 1)[-1],
        kinds={k: c(v) for k, v in m.KINDS.items()},
        options={k: c(v) for k, v in m.OPTIONS.items()},
        age=tuple((rel, c(p)) for rel, p in m.AGE),
        child=c(m.CHILD), past=c(m.PAST), foreign=c(m.FOREIGN), compare=c(m.COMPARE),
        question=c(m.QUESTION), followup=c(m.FOLLOWUP),
        numbers={(w.replace("ь", "") if signless else w): n for w, n in m.NUMBERS.items()},
        texts=dict(m.TEXTS),
        numerals={(w.replace("ь", "") if signless else w): n
                  for w, n in getattr(m, "NUMERALS", {}).items()},
        from_latin=getattr(m, "from_latin", None),
    )


def text(code: str, key: str, **values: str) -> str:
    """A fixed answer line in `code`, German where the language lacks it."""
    lines = lexicon(code).texts
    return (lines.get(key) or lexicon("de").texts[key]).format(**values)
