"""Claim verification: a generated sentence survives only if its sources support every claim.

Checked per sentence: every number (amounts, deadlines, years), phone number, date and street
address must occur in the cited sources; nouns must come from the sources or the question, and
most content words must too. A small model may phrase badly; it may never state a fee the
corpus does not contain.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kiosk.core.answer.prompt import repeats_prompt
from kiosk.core.textutil import numbers, split_sentences, stem, words
from kiosk.core.tuning import SUPPORT_MIN

_MONTHS = {m: i for i, m in enumerate(
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"], 1)}
_MONTHS.update({m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)})
_DATE_WORD = re.compile(r"\b(\d{1,2})\.?\s+(" + "|".join(_MONTHS) + r")\b", re.I)
_DATE_NUM = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(?:\d{2,4})?")
_PHONE = re.compile(r"(?<![\d,.])(?:\+\d{2}\s?)?\d{2,5}(?:[ /-]\d{2,})+(?![\d,])")
_STREET = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|ring|"
                     r"gasse|ufer|damm))\s+(\d+\w?)", re.U)
_STOP = {"sie", "der", "die", "das", "und", "oder", "ein", "eine", "einen", "einem", "einer",
         "ist", "sind", "wird", "werden", "können", "kann", "muss", "müssen", "mit", "für",
         "von", "bei", "beim", "im", "in", "am", "an", "auf", "zu", "zum", "zur", "den", "dem",
         "des", "es", "nicht", "auch", "nur", "als", "wie", "wenn", "dass", "ihr", "ihre",
         "ihren", "ihrem", "the", "and", "you", "your", "for", "with", "can", "are", "is",
         "at", "of", "to", "a", "an", "it", "be", "or", "on", "this", "that", "by", "from",
         "there", "will", "must", "need", "dann", "dort", "hier", "sich", "noch", "bitte",
         "euro", "eur", "jahre", "jahren", "düsseldorf", "stadt", "city"}


@dataclass(frozen=True)
class Evidence:
    """The facts a set of source texts supports, prepared once per answer."""

    numbers: frozenset[str]
    phones: frozenset[str]
    dates: frozenset[tuple[int, int]]
    streets: frozenset[str]
    vocab: frozenset[str]
    sentences: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (stems, numbers) each

    @classmethod
    def of(cls, *texts: str) -> "Evidence":
        text = "\n".join(texts)
        parts = [_stemmed(t) for t in texts]
        return cls(frozenset(numbers(text)), frozenset(_phones(text)), frozenset(_dates(text)),
                   frozenset(_streets(text)), frozenset().union(*(p[0] for p in parts)),
                   tuple(s for p in parts for s in p[1]))

    def support(self, stems: set[str], nums: set[str]) -> float:
        """How well the best one or two source sentences back a claim (0..1).

        Numbers must all come from those sentences: a fee is only supported where the source
        states it, not by the same figure elsewhere in the document."""
        if not stems:
            return 1.0 if nums <= self.numbers else 0.0
        ranked = sorted(self.sentences, key=lambda s: len(stems & s[0]), reverse=True)[:2]
        if not ranked:
            return 0.0
        if nums and not nums <= (ranked[0][1] | (ranked[1][1] if len(ranked) > 1 else set())):
            return 0.0
        return len(stems & ranked[0][0]) / len(stems)


@functools.lru_cache(maxsize=128)
def _stemmed(text: str) -> tuple[frozenset[str], tuple]:
    """The stems of one source text, and (stems, numbers) per sentence.

    The costly part of `Evidence.of`, cached: the same service texts back answer after answer.
    Words and sentences never span the line break that joins texts, so per text equals joined.
    """
    sentences = tuple((frozenset(_stems(words(s))), frozenset(numbers(s)))
                      for s in split_sentences(text))
    return frozenset(_stems(words(text))), sentences


def _phones(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group(0)) for m in _PHONE.finditer(text)
            if len(re.sub(r"\D", "", m.group(0))) >= 6}


def _dates(text: str) -> set[tuple[int, int]]:
    out = {(int(d), _MONTHS[m.lower()]) for d, m in _DATE_WORD.findall(text)}
    out |= {(int(d), int(m)) for d, m in _DATE_NUM.findall(text) if 0 < int(m) <= 12}
    return out


def _streets(text: str) -> set[str]:
    return {_street_key(s, n) for s, n in _STREET.findall(text)}


def _street_key(street: str, number: str) -> str:
    street = re.sub(r"str(?:aße|asse|\.)$", "str", street.lower())
    return f"{street} {number.lower()}"


def _stems(tokens: list[str]) -> set[str]:
    return {stem(t) for t in tokens if len(t) >= 3}


def unsupported_claims(sentence: str, evidence: Evidence, question: str = "") -> list[str]:
    """What in `sentence` the evidence does not support (empty list: the sentence may stay)."""
    problems = [f"number {n}" for n in numbers(sentence) if n not in evidence.numbers]
    problems += [f"phone {p}" for p in _phones(sentence) if p not in evidence.phones]
    problems += [f"date {d}.{m}." for d, m in _dates(sentence) if (d, m) not in evidence.dates]
    problems += [f"address {s}" for s in _streets(sentence) if s not in evidence.streets]
    asked = _stems(words(question))
    tokens = [t for t in words(sentence) if len(t) >= 3 and t not in _STOP]
    nouns = [w.lower() for w in re.findall(r"(?<=\s)[A-ZÄÖÜ][a-zäöüß]{3,}", " " + sentence)[1:]]
    problems += [f"word {n}" for n in nouns if not _stems([n]) <= evidence.vocab | asked]
    if evidence.support(_stems(tokens), numbers(sentence)) < SUPPORT_MIN:
        problems.append("no source sentence says this")
    return problems


def verify_text(text: str, evidence: Evidence, question: str = "") -> tuple[list[str], list[str]]:
    """Split generated text into sentences the sources support and those they do not."""
    kept, dropped = [], []
    seen: set[str] = set()
    for sentence in split_sentences(" ".join(text.split())):
        key = sentence.lower()
        bad = (key in seen or len(sentence) < 12 or sentence.rstrip().endswith("?")
               or ":" in sentence[:12] or repeats_prompt(sentence)
               or unsupported_claims(sentence, evidence, question))
        (dropped if bad else kept).append(sentence)
        seen.add(key)
    return kept, dropped



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
    unit = {"€": "eur", "euro": "eur", "eur": "eur"}
    return {(numbers(n).pop(), unit.get(u.lower(), u.lower()[:3])) for n, u in _UNIT.findall(text)}


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
        tokens = [t for t in said if len(t) >= 3 and t not in _STOP]
        stems = _stems(tokens)
        fact_stems = _stems([t for t in fact_words if len(t) >= 3 and t not in _STOP])
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
