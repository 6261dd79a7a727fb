"""Claim verification: a sentence the language model wrote may replace a fact line only if that
one fact backs it completely.

Every number with its unit, every name and noun of the fact, no negation, comparison or relation
the fact lacks, no dropped caveat ("etwa", "nach älterem Stand"), most words shared both ways, and
no echo of the prompt's examples. A small model may phrase badly; it may never change a fact.
"""

from __future__ import annotations

import re

from kiosk.core.answer.prompt import repeats_prompt
from kiosk.core.textutil import numbers, stem, words
from kiosk.core.tuning import SUPPORT_MIN

_STOP = {"sie", "der", "die", "das", "und", "oder", "ein", "eine", "einen", "einem", "einer",
         "ist", "sind", "wird", "werden", "können", "kann", "muss", "müssen", "mit", "für",
         "von", "bei", "beim", "im", "in", "am", "an", "auf", "zu", "zum", "zur", "den", "dem",
         "des", "es", "nicht", "auch", "nur", "als", "wie", "wenn", "dass", "ihr", "ihre",
         "ihren", "ihrem", "the", "and", "you", "your", "for", "with", "can", "are", "is",
         "at", "of", "to", "a", "an", "it", "be", "or", "on", "this", "that", "by", "from",
         "there", "will", "must", "need", "dann", "dort", "hier", "sich", "noch", "bitte",
         "euro", "eur", "jahre", "jahren", "düsseldorf", "stadt", "city"}


def _stems(tokens: list[str] | set[str]) -> set[str]:
    """Stems of the content words: three letters or more, no stop word."""
    return {stem(t) for t in tokens if len(t) >= 3 and t not in _STOP}


# Words that change what a fact says: a generated sentence may use one only where the fact does.
_NEGATION = {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nur", "ohne",
             "not", "no", "never", "cannot", "only", "without"}
_RELATION = {"mehr", "weniger", "billiger", "teurer", "günstiger", "als", "zusätzlich", "extra",
             "plus", "doppelt", "halb", "insgesamt", "more", "less", "cheaper", "dearer", "than",
             "additional", "double", "half", "total", "each", "je", "pro", "per", "jeweils"}
# Words that limit a fact: a sentence that drops one says more than the fact does.
_HEDGE = {"etwa", "ungefähr", "rund", "bis", "höchstens", "mindestens", "älteren", "älterem",
          "älterer", "älter", "regel", "meist", "about", "around", "approximately", "up",
          "most", "least", "older", "usually"}
_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(€|euro|eur|jahre?n?|years?|wochen?|weeks?|tage?n?|days?"
                   r"|monate?n?|months?|werktage?n?|working days?|stunden?|hours?|%)", re.I)


def _units(text: str) -> set[tuple[str, str]]:
    """Each number with its unit, cut to three letters: "Jahren" == "Jahr", "€" == "Euro"."""
    return {(numbers(n).pop(), "eur" if u == "€" else u.lower()[:3])
            for n, u in _UNIT.findall(text)}


def backing_fact(sentence: str, facts: list[str], prompt: str = "") -> tuple[int | None, str]:
    """The index of the one fact text that backs a generated sentence completely, or None and
    why not.

    The sentence must state every number of that fact, each with the fact's unit, use no
    negation, comparison or relation word the fact lacks, draw most of its words from it, and
    repeat nothing of the fixed prompt (a truncated example echo included)."""
    if len(sentence) < 12 or sentence.rstrip().endswith("?") or repeats_prompt(sentence):
        return None, "prompt echo or no statement"
    if prompt and _echoes(sentence, prompt):
        return None, "echo of the prompt's examples"
    said = words(sentence)
    stems = _stems(said)
    reasons = []
    for i, fact in enumerate(facts):
        fact_words = set(words(fact))
        if numbers(sentence) != numbers(fact):
            reasons.append("numbers differ from every fact")
            continue
        if not _units(sentence) <= _units(fact):
            reasons.append("a number with another unit")
            continue
        extra = {w for w in said if w in _NEGATION | _RELATION} - fact_words
        if extra:
            reasons.append(f"'{sorted(extra)[0]}' is not in the fact")
            continue
        lost = (fact_words & (_NEGATION | _HEDGE)) - set(said)
        if lost:
            reasons.append(f"drops '{sorted(lost)[0]}' of the fact")
            continue
        fact_stems = _stems(fact_words)
        if stems and len(stems & fact_stems) / len(stems) < SUPPORT_MIN:
            reasons.append("most words are not the fact's")
            continue
        if fact_stems and len(stems & fact_stems) / len(fact_stems) < SUPPORT_MIN:
            reasons.append("leaves out most of the fact")  # it replaces the fact's line
            continue
        # names and nouns ("Flingern", "Höherweg", "Vollmacht") must survive a rewording
        lost_names = {w.lower() for w in re.findall(r"(?<=\s)[A-ZÄÖÜ][\w-]+", fact)} - set(said)
        if lost_names:
            reasons.append(f"drops '{sorted(lost_names)[0]}' of the fact")
            continue
        return i, ""
    return None, reasons[0] if reasons else "no fact"


def _echoes(sentence: str, prompt: str) -> bool:
    """Whether the sentence starts like a line of the prompt's examples (echoes cut short too)."""
    head = " ".join(words(sentence)[:5])
    return len(head) >= 15 and head in " ".join(words(prompt))
