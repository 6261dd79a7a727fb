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
from dataclasses import dataclass
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


def _compile(pattern: str, umlauts: bool) -> re.Pattern:
    if umlauts:
        pattern = "".join(_UMLAUTS.get(c, c) for c in pattern)
    return re.compile(pattern, re.IGNORECASE)


def module(code: str) -> ModuleType:
    """The lexicon module of a registry language."""
    return importlib.import_module(f"kiosk.core.lexicon.{code}")


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of `code` (German for an unknown code)."""
    m = module(code if code in CODES else "de")
    u = bool(getattr(m, "UMLAUTS", False))
    return Lexicon(
        code=m.__name__.rsplit(".", 1)[-1],
        kinds={k: _compile(v, u) for k, v in m.KINDS.items()},
        options={k: _compile(v, u) for k, v in m.OPTIONS.items()},
        age=tuple((rel, _compile(p, u)) for rel, p in m.AGE),
        child=_compile(m.CHILD, u), past=_compile(m.PAST, u), foreign=_compile(m.FOREIGN, u), compare=_compile(m.COMPARE, u),
        question=_compile(m.QUESTION, u), followup=_compile(m.FOLLOWUP, u),
        numbers=dict(m.NUMBERS), texts=dict(m.TEXTS),
    )


def text(code: str, key: str, **values: str) -> str:
    """A fixed answer line in `code`, German where the language lacks it."""
    lines = lexicon(code).texts
    return (lines.get(key) or lexicon("de").texts[key]).format(**values)
