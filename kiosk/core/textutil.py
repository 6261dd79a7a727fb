"""Small text helpers shared by retrieval and verification: sentences, words, stems, numbers."""

from __future__ import annotations

import re
import threading

import Stemmer

_ABBREV = {"z", "b", "u", "a", "bzw", "ca", "nr", "str", "evtl", "ggf", "inkl", "max", "min",
           "mo", "di", "mi", "do", "fr", "sa", "so", "tel", "vgl", "geb", "d", "h", "e", "v",
           "abs", "art", "st", "dr", "etc", "usw", "sog"}
_SPLIT = re.compile(r"(?<=[.!?؟。])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraphed text; abbreviations and ordinals ('7. Februar') do not split."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n", text):
        pieces = _SPLIT.split(para.strip())
        current = ""
        for piece in pieces:
            if not piece:
                continue
            current = f"{current} {piece}".strip() if current else piece
            last = re.search(r"(\S+)[.!?؟。]$", current)
            token = last.group(1).lower() if last else ""
            if last and current.endswith(".") and (token.isdigit() or token in _ABBREV):
                continue  # "7." or "z." ends no sentence
            out.append(current)
            current = ""
        if current:
            out.append(current)
    return [s for s in out if len(s) > 2]


def canonical_number(token: str) -> str:
    """One number in a canonical form: 46 == 46,00; 27,60 == 27.60; 1.000 == 1,000 == 1000.

    A separator followed by exactly three digits groups thousands, otherwise it is the decimal
    mark; integers with a leading zero (area codes such as 0211) stay as written."""
    parts = re.split(r"([.,])", token)
    whole, frac = parts[0], ""
    for i in range(1, len(parts), 2):
        digits = parts[i + 1]
        if len(digits) == 3 and not frac:
            whole += digits
        else:
            frac = digits
    if not frac and len(whole) > 1 and whole.startswith("0"):
        return whole
    frac = frac.rstrip("0")
    return str(int(whole)) + ("." + frac if frac else "")


def numbers(text: str) -> set[str]:
    """The canonical numbers in a text."""
    return {canonical_number(n) for n in _NUMBER.findall(text)}


def words(text: str) -> list[str]:
    """Lower-case words (letters only) of a text."""
    return [w.lower() for w in _WORD.findall(text)]


_LOCAL = threading.local()  # PyStemmer objects are not thread-safe: one per thread


def stem(word: str) -> str:
    """The German Snowball stem of a lower-case word: the kiosk's one notion of "the same word"
    (BM25 retrieval and claim verification both compare stems)."""
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = Stemmer.Stemmer("german")
    return stemmer.stemWord(word)
