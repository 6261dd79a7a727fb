"""Offline language detection for the registry's languages (lingua, models preloaded)."""

from __future__ import annotations

import re
import threading

from kiosk.core.languages import CODES, DEFAULT, LANGUAGES
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
        # name in it ("часы работы Ausländerbehörde") is Russian or Ukrainian, not German.
        cyrillic = len(re.findall(r"[\u0400-\u04FF]", text)) * 5 >= len(letters) * 2
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
        return code


_EN_SMALL = re.compile(r"\b(?:i|you|my|the|a|an|is|are|do|does|can|how|much|many|what|where|when"
                       r"|for|per|year|have|get|to|of|with|and|it|need|i'm|please)\b", re.I)
_DE_SMALL = re.compile(r"\b(?:ich|du|mein|meine|der|die|das|ein|eine|einen|ist|sind|wie|viel|was"
                       r"|wo|wann|für|fuer|pro|jahr|habe|hab|zu|und|mit|es|kann|muss|brauche)\b",
                       re.I)


def _english_frame(text: str) -> bool:
    """English small words around a German compound: the detector sees the long German word,
    the citizen writes English."""
    english, german = len(_EN_SMALL.findall(text)), len(_DE_SMALL.findall(text))
    return english >= 2 and english > german
