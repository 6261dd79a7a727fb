"""What a question asks for (cost, documents, deadline, place, online), to pick what to quote."""

from __future__ import annotations

import re

_PATTERNS = {
    "documents": r"unterlagen|mitbring|mitnehm|brauch|benötig|dokument|nachweis|document|"
                 r"bring|need|papers|what do i",
    "cost": r"kost|gebühr|preis|teuer|bezahl|zahl|how much|cost|fee|price|euro",
    "deadline": r"wann|frist|wie lange|dauer|bis wann|how long|when|deadline|until",
    "place": r"\bwo\b|wohin|adresse|zuständig|where|address|which office",
    "online": r"online|internet|digital",
    "contact": r"telefon|anruf|nummer|phone|call|hotline",
}
_COMPILED = {k: re.compile(v, re.I) for k, v in _PATTERNS.items()}


def intents(question: str) -> set[str]:
    """The kinds of fact a question asks for; empty for a statement like 'Ausweis verloren'."""
    return {k for k, rx in _COMPILED.items() if rx.search(question)}

_QUESTION = re.compile(r"\?|^\s*(was|wie|wo|wann|welche\w*|wer|warum|wieso|kann|muss|darf|"
                       r"gibt|brauche|what|how|where|when|which|who|why|can|do|does|is|are)\b",
                       re.I)


def is_statement(question: str) -> bool:
    """'Ich habe meinen Ausweis verloren': a situation, not a question about one fact."""
    return not _QUESTION.search(question)
