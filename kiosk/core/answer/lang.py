"""Offline language detection for the registry's languages (lingua, models preloaded)."""

from __future__ import annotations

import re
import threading

from kiosk.core.languages import CODES, DEFAULT, LANGUAGES
from kiosk.core.lexicon import lexicon
from kiosk.core.tuning import DETECT_CONFIDENCE

_CODES = {lang.detector: lang.code for lang in LANGUAGES}  # lingua's name -> kiosk code


class LanguageDetector:
    """Detects the question's language; falls back to the hint (the UI language) when unsure."""

    def __init__(self) -> None:
        from lingua import Language, LanguageDetectorBuilder

        self._detector = (LanguageDetectorBuilder
                          .from_languages(*(getattr(Language, n) for n in _CODES))
                          .with_preloaded_language_models().build())
        self._lock = threading.Lock()

    def detect(self, text: str, hint: str | None = None) -> str:
        """The registry code of the language of `text`."""
        fallback = hint if hint in CODES else DEFAULT
        if re.search(r"[\u0600-\u06FF]", text):
            return "ar"
        letters = re.findall(r"[^\W\d_]", text)
        if len(letters) < 3:
            return fallback
        with self._lock:
            values = self._detector.compute_language_confidence_values(text)
        if not values:
            return fallback
        # The script decides between the families: a Cyrillic question with a German office
        # name in it ("часы работы Ausländerbehörde", "де взяти Wohnungsgeberbestätigung") is
        # Russian or Ukrainian, not German: one long German compound is one word.
        cyrillic = (len(re.findall(r"[\u0400-\u04FF]", text)) * 5 >= len(letters) * 2
                    or _words(_CYRILLIC_WORD, text) >= max(1, _words(_LATIN_WORD, text))
                    or (fallback in ("uk", "ru") and _words(_CYRILLIC_WORD, text) > 0))
        values = [v for v in values if (_CODES.get(v.language.name) in ("uk", "ru")) == cyrillic]
        if cyrillic and re.search(r"[іїєґІЇЄҐ]", text):
            return "uk"
        if cyrillic and re.search(r"[ыэёъЫЭЁЪ]", text):
            return "ru"
        if not values:
            return fallback
        best = values[0]
        code = _CODES.get(best.language.name, fallback)
        # short questions are ambiguous; trust the detector only when it is fairly sure
        unsure = best.value < DETECT_CONFIDENCE
        if unsure and fallback in {_CODES.get(v.language.name) for v in values[:2]}:
            return fallback
        if code == "de" and _english_frame(text):
            return "en"  # "i have 2 dogs. Hundesteuer per year how much?"
        if code != fallback and not cyrillic and _own_frame(text, fallback, code):
            return fallback  # "Personalausweis kaç para", "skolko stoit ausweis" (screen ru)
        if unsure and fallback != code and len(text.split()) <= 4 and not cyrillic:
            return fallback  # "Anmeldung online?": too short to overrule the screen
        if code == "de" and fallback != "de" and not lexicon("de").small.search(text):
            return fallback  # "Termin Bürgerbüro" on a Turkish screen: German names, no German
        return code


def _english_frame(text: str) -> bool:
    """English small words around a German compound: the detector sees the long German word,
    the citizen writes English."""
    return _outnumbered(text, "en", "de", at_least=2)


_CYRILLIC_WORD = re.compile(r"\b[\u0400-\u04FF]{2,}")
_LATIN_WORD = re.compile(r"\b[a-zA-Z\u00C0-\u024F]{2,}")


def _words(rx: re.Pattern, text: str) -> int:
    return len(rx.findall(text))


def _own_frame(text: str, screen: str, detected: str) -> bool:
    """The screen's language frames the question: its small words outnumber those of the
    detected language, which the detector chose for a German service name in it
    ("Wohnungsgeberbestätigung nedir, kim verir" on a Turkish screen is Turkish)."""
    return _outnumbered(text, screen, detected, at_least=1)


def _outnumbered(text: str, own: str, other: str, at_least: int) -> bool:
    """Whether the small words (lexicon SMALL) of `own` are at least `at_least` and more than
    those of `other`; a language without small words (Arabic: its script decides) never is."""
    mine_rx, theirs_rx = lexicon(own).small, lexicon(other).small
    if mine_rx is None:
        return False
    mine = len(mine_rx.findall(text))
    theirs = len(theirs_rx.findall(text)) if theirs_rx is not None else 0
    return mine >= at_least and mine > theirs
