"""Subjects the corpus does not cover although a word of them matches: the scope check's data.

"Bibliotheksausweis" shares "ausweis" with the ID card and "Kindergeld" shares "geld" with
Bürgergeld, but neither is a service here: a question about them gets the referral, not the
nearest service. A compound whose last part is the last part of a service's name, and which is
not close to any name or keyword of a service, names such a sibling subject.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from kiosk.core.knowledge.corpus import Corpus
from kiosk.core.tuning import COMMON, MIN_HEAD, MIN_WORD, SAME_NAME

_WORD = re.compile(r"[^\W\d_]+")


class SubjectCheck:
    """Knows the names of the corpus' services and tells a sibling subject from them."""

    def __init__(self, corpus: Corpus) -> None:
        names: set[str] = set()
        for s in corpus.services:
            for phrase in (s.title, s.title_en, *s.keywords, *s.titles.values()):
                names.update(w for w in _WORD.findall(phrase.lower()) if len(w) >= 4)
        per_service = [set(_WORD.findall(s.full_text.lower())) for s in corpus.services]
        vocabulary = set().union(*per_service)
        # a word most documents use ("Unterlagen") is the corpus' own language, no subject
        self._common = {w for w in vocabulary if sum(w in v for v in per_service) >= COMMON}
        self._names = sorted(names)
        self._heads = {w[i:] for w in names if len(w) >= MIN_WORD
                       for i in range(3, len(w) - MIN_HEAD + 1)
                       if w[i:] in vocabulary or w[i:] in names}

    def sibling(self, question: str) -> str | None:
        """A word of the question that names a subject next to, but not among, the services."""
        for word in _WORD.findall(question.lower()):
            if len(word) < MIN_WORD or word in self._names or word in self._common:
                continue
            if not any(word.endswith(h) and len(word) - len(h) >= 3 for h in self._heads):
                continue
            if any(word.startswith(n) for n in self._names if len(n) >= 6):
                continue  # "Reisepassantrag": a compound about a service, not beside it
            if process.extractOne(word, self._names, scorer=fuzz.ratio,
                                  score_cutoff=SAME_NAME) is None:
                return word
        return None
