"""German separable verbs put back together for the keyword search.

A German question splits the verb a service is named by: "Wie melde ich mich ab?" is
"abmelden", "Wo melde ich mich um?" is "ummelden", "Wann hole ich den Ausweis ab?" is "abholen".
The keywords hold the joined verb, so the question alone names nothing (or, by "melde", the
registration certificate). When a clause ends in a separable particle, the particle is joined
with the verb near the clause's start ("melde" … "ab" → "abmelden").
"""

from __future__ import annotations

import re

from bm25s.stopwords import STOPWORDS_GERMAN

from kiosk.core.lexicon import lexicon

# citizens leave out the comma: a question word starts a clause too ("ich ziehe um was muss …")
_CLAUSES = re.compile(r"[,.;:!?]|\s(?:und|oder|aber|weil|wenn|dass|was|wie|wo|wann|welche\w*)\s",
                      re.I)
_WORD = re.compile(r"[a-zäöüß]+", re.I)
_ENDING = re.compile(r"(?:est|et|st|en|e|t)$")
_VERB_WINDOW = 3  # the finite verb stands first or second, after a question word
_NOT_VERBS = frozenset(STOPWORDS_GERMAN) | {"wann", "warum", "wieso", "weshalb", "wer", "bitte"}


def joined_verbs(text: str) -> str:
    """The joined verbs of the clauses of `text` that end in a separable particle ('' if none)."""
    german = lexicon("de")
    out: list[str] = []
    for clause in _CLAUSES.split(text.lower()):
        words = _WORD.findall(clause)
        if len(words) < 2 or words[-1] not in german.separable:
            continue
        for word in words[:_VERB_WINDOW]:
            if word in _NOT_VERBS or len(word) < 4:
                continue
            root = _ENDING.sub("", word)
            if len(root) >= 3:
                out.append(f"{words[-1]}{root}en")
    return " ".join(out)
