"""Fixed answer texts of the core (referral, personal-data warning, empty input) per language.

The words live in the lexicons (`kiosk/core/lexicon/<code>.py`, TEXTS): a new language adds them
there, not here. The tables below are read from the lexicons, German where one lacks a text.
"""

from __future__ import annotations

from kiosk.core.languages import CODES, DEFAULT
from kiosk.core.lexicon import module

INFO_LINE = "0211 89-91"


def _texts(code: str) -> dict[str, str]:
    german = module(DEFAULT).TEXTS
    return {**german, **{k: v for k, v in module(code).TEXTS.items() if v}}


_TEXTS = {code: _texts(code) for code in CODES}
_KINDS = [key.removeprefix("pii.") for key in module(DEFAULT).TEXTS
          if key.startswith("pii.") and key != "pii.separator"]

NO_ANSWER = {code: t["no_answer"].format(info_line=INFO_LINE) for code, t in _TEXTS.items()}
PII_BLOCKED = {code: t["pii_blocked"] for code, t in _TEXTS.items()}  # {kinds} to fill
PII_KINDS = {code: {kind: t[f"pii.{kind}"] for kind in _KINDS} for code, t in _TEXTS.items()}
EMPTY = {code: t["empty"] for code, t in _TEXTS.items()}
GERMAN_ONLY = {code: t["german_only"] for code, t in _TEXTS.items() if code != DEFAULT}


def no_answer(lang: str) -> str:
    """The referral shown when nothing in the corpus fits."""
    return NO_ANSWER.get(lang, NO_ANSWER[DEFAULT])


def pii_blocked(lang: str, kinds: tuple[str, ...]) -> str:
    """Why the question was not processed, naming each kind of data found in `lang` (German
    for a language the kiosk does not speak)."""
    if lang not in PII_BLOCKED:
        lang = DEFAULT
    names = PII_KINDS[lang]
    separator = _TEXTS[lang]["pii.separator"]
    return PII_BLOCKED[lang].format(kinds=separator.join(names[k] for k in kinds))
