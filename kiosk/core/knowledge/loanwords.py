"""German loanwords typed in Cyrillic, spelled back in German letters for the keyword search.

Ukrainian and Russian speakers in Germany name a service by its German word, written as it
sounds: "аусвайс", "анмельдунг", "райзепас", "бюргербюро", "мельдебешайнігунг". Spelled back the
German way ("ausweis", "anmeldung", "reisepass" up to a letter) these words meet the service's
keywords, which the dense search alone misses. The rules follow how German sounds are written in
Cyrillic: ei → "ай", eu → "ой", ü → "ю", ö → "ьо"/"ё", sch → "ш", st/sp → "шт"/"шп", w → "в",
z → "ц", h → "х".
"""

from __future__ import annotations

import re

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_GROUPS = (  # longest first: a group replaces its letters before single letters do
    ("ьо", "ö"), ("йо", "jo"), ("ай", "ei"), ("ей", "ei"), ("ой", "eu"), ("оє", "eue"),
    ("ау", "au"), ("шч", "stsch"),
)
_LETTERS = str.maketrans({
    "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "ö", "є": "e",
    "ж": "sch", "з": "s", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
    "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "i", "ь": "", "э": "e",
    "ю": "ü", "я": "ja",
})


def spell_german(word: str) -> str:
    """One Cyrillic word spelled as the German word it may stand for ("аусвайс" → "ausweis")."""
    word = word.lower()
    for cyrillic, latin in _GROUPS:
        word = word.replace(cyrillic, latin)
    word = re.sub(r"ш(?=[тп])", "s", word)  # "штандесамт", "шпермюль": st, sp
    if word.startswith("ю"):
        word = "ju" + word[1:]
    return word.translate(_LETTERS)


def german_spellings(text: str) -> str:
    """The Cyrillic words of a text spelled back in German letters, space-separated ('' if none)."""
    return " ".join(spell_german(w) for w in _CYRILLIC_WORD.findall(text))
