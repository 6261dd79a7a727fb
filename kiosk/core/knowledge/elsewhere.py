"""Subjects another authority handles: the scope check's list of known neighbours.

Citizens ask the kiosk about things the city's services do not cover: Arbeitslosengeld I
(Agentur für Arbeit), the Steuer-ID (Bundeszentralamt für Steuern), Kindergeld (Familienkasse),
a pet passport (a vet), a driving test (a driving school), a divorce (the family court) …
Retrieval would answer with the nearest service that shares a word with the question; these
questions must instead end as `no_answer`, and the citizen is told which body is responsible.

`elsewhere(text, lang)` names such a subject. Each subject is a word class per language
(inflections, "ue/oe/ae" spellings, dropped diacritics, common typos). German and English words
are used in every language, so the German and English classes are checked for every question,
plus the class of the question's own language. A subject may carry an `unless` class: words that
make the question one of the corpus' own services again ("Geburtsurkunde für das Kindergeld" is
the Standesamt's, "Lebensbescheinigung für die Rente" is a Beglaubigung, "Visum verlängern" is the
Ausländerbehörde's, the "SEPA-Mandat für die Kfz-Steuer" belongs to the Kfz-Zulassung).

The subjects themselves are data, in kiosk/core/knowledge/elsewhere_subjects/. Only names of
bodies are given, never a phone number or an address: the corpus does not hold them.
tests/core/test_elsewhere.py checks that no title, keyword, summary or fact text of the corpus and
no answerable dev question triggers a subject.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from kiosk.core.knowledge.elsewhere_subjects import OURS, SUBJECTS, Subject
from kiosk.core.knowledge.loanwords import german_spellings
from kiosk.core.languages import CODES
from kiosk.core.lexicon import text

LANGS = CODES  # a subject without a language's words is checked in German and English

# ---------------------------------------------------------------------------------------------
# Folding: the text and the patterns are compared in one of two folded forms.
#   german: lower case, ä→ae ö→oe ü→ue ß→ss (so "Führerschein", "Fuehrerschein" are one word)
#   plain:  lower case, Latin diacritics dropped (Turkish and Polish typed without them)
# Both: İ→i, ё→е, Arabic without diacritics and with one alef/ya/ta-marbuta, "-", "/", "_" → " ".
# ---------------------------------------------------------------------------------------------
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PLAIN = str.maketrans({
    "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ş": "s", "ç": "c", "ğ": "g", "ı": "i", "â": "a",
    "î": "i", "û": "u", "ô": "o", "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "ą": "a",
    "ę": "e", "ś": "s", "ł": "l", "ż": "z", "ź": "z", "ć": "c", "ń": "n", "ó": "o",
})
_COMMON = str.maketrans({
    "ё": "е", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ـ": None, "-": " ", "‐": " ", "–": " ", "/": " ", "_": " ", "’": "'", "`": "'",
})
_MARKS = re.compile(r"[\u064b-\u0652\u0670]")  # Arabic vowel signs
_SPACES = re.compile(r"\s+")


def _common(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("İ", "i")
    return _SPACES.sub(" ", _MARKS.sub("", text.translate(_COMMON)))


def _german(text: str) -> str:
    return _common(text.lower()).translate(_GERMAN)


def _plain(text: str) -> str:
    return _common(text.lower()).translate(_PLAIN)


@dataclass(frozen=True)
class Elsewhere:
    """A subject another body handles: which one, and the words of the question that named it."""

    key: str
    names: dict[str, str] = field(repr=False, compare=False)
    plural: bool = False
    matched: str = ""  # the words that named the subject (for `kiosk ask --explain`)

    def body(self, lang: str) -> str:
        """The responsible body's name in `lang` (English, then German for an unknown code);
        '' for a subject no office of the corpus names (its referral is the Info-Line's)."""
        if not self.names:
            return ""
        return self.names.get(lang) or self.names.get("en") or self.names["de"]

    def line(self, lang: str) -> str:
        """'Dafür ist die Agentur für Arbeit zuständig.' in `lang` (English for an unknown code):
        the lexicon's TEXTS "elsewhere" and "elsewhere_plural"; '' without a body (the
        no_answer referral to the Info-Line says all)."""
        if not self.names:
            return ""
        key = "elsewhere_plural" if self.plural else "elsewhere"
        return text(lang if lang in CODES else "en", key, body=self.body(lang))

    def beside_line(self, lang: str) -> str:
        """'Für „Kindergeld“ ist die Familienkasse zuständig.': the line added to an answer
        about one of the corpus' services for the other subject the question names; ''
        without a body."""
        if not self.names:
            return ""
        key = "elsewhere_beside_plural" if self.plural else "elsewhere_beside"
        subject = self.matched[:1].upper() + self.matched[1:]  # "kindergeld": a German noun
        return text(lang if lang in CODES else "en", key, body=self.body(lang), subject=subject)


def _pattern(source: str, german: bool) -> re.Pattern:
    folded = _common(source).translate(_GERMAN if german else _PLAIN)
    return re.compile(folded)


@functools.cache
def _ours() -> re.Pattern:
    return _pattern(OURS, True)


@functools.cache
def _compiled() -> tuple[tuple[Subject, dict[str, re.Pattern], re.Pattern | None,
                               re.Pattern | None], ...]:
    out = []
    for s in SUBJECTS:
        pats = {code: _pattern(p, code in ("de", "en")) for code, p in s.patterns.items()}
        out.append((s, pats, _pattern(s.unless, True) if s.unless else None,
                    _pattern(s.unless, False) if s.unless else None))
    return tuple(out)


def elsewhere(text: str, lang: str) -> Elsewhere | None:
    """The subject of another authority the question asks about, or None.

    German and English words are checked for every question, plus the question's own language.
    A question that also names one of the corpus' own services (OURS) stays with that service."""
    return _find(text, lang, beside=False)


def beside(text: str, lang: str) -> Elsewhere | None:
    """The subject of another authority a question names beside one of the corpus' own
    services ("Kindergeld und Elterngeld beantragen"), or None: the answer is about the
    corpus' service and says who handles the other."""
    return _find(text, lang, beside=True)


def _find(text: str, lang: str, beside: bool) -> Elsewhere | None:
    if not text or not text.strip():
        return None
    german, plain = _german(text), _plain(text)
    spelled = german_spellings(text)  # "кіндергельд" is the German word Kindergeld
    if spelled:
        german = f"{german} {_german(spelled)}"
    codes = ["de", "en"] + ([lang] if lang in LANGS and lang not in ("de", "en") else [])
    for subject, pats, unless_g, unless_p in _compiled():
        for code in codes:
            pat = pats.get(code)
            if pat is None:
                continue
            found = pat.search(german if code in ("de", "en") else plain)
            if found is None:
                continue
            if (unless_g and unless_g.search(german)) or (unless_p and unless_p.search(plain)):
                break  # the word is one of the corpus' own services after all
            ours = subject.guarded and bool(_ours().search(german))
            if ours != beside:
                break  # the question is about one of the corpus' own services (too)
            return Elsewhere(subject.key, subject.names, subject.plural, found.group(0).strip())
    return None


def keys() -> tuple[str, ...]:
    """The keys of every known subject, in checking order."""
    return tuple(s.key for s in SUBJECTS)
