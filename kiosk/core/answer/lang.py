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
        if code == "de" and fallback != "de" and not _DE_SMALL.search(text):
            return fallback  # "Termin Bürgerbüro" on a Turkish screen: German names, no German
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


_CYRILLIC_WORD = re.compile(r"\b[\u0400-\u04FF]{2,}")
_LATIN_WORD = re.compile(r"\b[a-zA-Z\u00C0-\u024F]{2,}")


def _words(rx: re.Pattern, text: str) -> int:
    return len(rx.findall(text))


# The small words of each language written in Latin letters: question words, pronouns,
# particles and the commonest verbs, none of them a word of another of these languages.
# Russian and Ukrainian here are typed in Latin letters ("skolko stoit", "skilky koshtuye").
_SMALL = {
    "en": _EN_SMALL,
    "de": _DE_SMALL,
    "tr": re.compile(r"\b(?:ne|neler|nedir|nasıl|nasil|nerede|nerde|nereye|nereden|hangi|kim|kaç|kac"
                     r"|kadar|için|icin|ve|ile|bir|bu|şu|mı|mi|mu|mü|mısın|misin|miyim|mıyım"
                     r"|muyum|müyüm|lazım|lazim|gerek\w*|var|yok|para|ücret\w*|ucret\w*|benim|ben"
                     r"|bana|ama|da|de|zaman|nasıl|yapılır|yapilir|yapabilirim|alabilirim"
                     r"|verir|veriyor|oluyor|olur|tutuyor|sürüyor|suruyor|sürer|surer|ediyor"
                     r"|yaşında|yasinda|yaşındayım|yasindayim|çocuğum\w*|cocugum\w*|için|gün|gun"
                     r"|son|başvur\w*|basvur\w*|belge\w*|evrak\w*|nerden|istiyorum)\b", re.I),
    "pl": re.compile(r"\b(?:ile|jak|jaki\w*|gdzie|czy|kiedy|kto|który|która|które|dlaczego|się|jest"
                     r"|są|mogę|moge|muszę|musze|trzeba|można|mozna|kosztuje|kosztuj\w*|trwa|cena"
                     r"|ceny|dla|mój|moja|moje|mam|mamy|potrzebuję|potrzebuje|potrzebn\w*|zrobić"
                     r"|zrobic|załatwić|zalatwic|złożyć|zlozyc|ważny|wazny|ważn\w*|dowód|dowod"
                     r"|dokumenty|żeby|zeby|tylko|jeszcze|już|juz|albo|lub|oraz|przez|bez|nie|tak"
                     r"|lat|dni|dziecka|dziecko|córki|syna|mieszkanie|mieszkam|wniosek|opłata"
                     r"|oplata|urząd|urzad|pracy|co)\b", re.I),
    "ru": re.compile(r"\b(?:skolko|skolka|skoka|stoit|stoimost\w*|kak|kakoj|kakoy|kakaya|kakie|kakije"
                     r"|gde|kuda|kogda|chto|shto|zachem|pochemu|nuzhno|nuzhen|nuzhna|nuzhny|nado"
                     r"|mozhno|mogu|dlya|dlja|mne|menya|menja|moj|moya|moja|moego|moemu|u\s+menya"
                     r"|dokumenty|dokumentov|spravk\w*|vremeni|dolgo|dejstvu\w*|deystvu\w*"
                     r"|dejstvitel\w*|deystvitel\w*|srok\w*|poluchit\w*|sdelat\w*|oformit\w*"
                     r"|oplatit\w*|zaplatit\w*|platit\w*|zapisat\w*|podat\w*|ili|eto|est"
                     r"|budet|rebenk\w*|rebenok|rebyonok|syn\w*|doch\w*|let|goda|privet"
                     r"|pozhalujsta|pozhaluysta|pasport\w*|udostoveren\w*|vremenn\w*|tsena|ceny"
                     r"|tseny|skolko-to|uzhe|esli|chtoby|nuzhno-li|li)\b", re.I),
    "uk": re.compile(r"\b(?:skilky|skilki|koshtuye|koshtuie|koshtuje|yak|jak|kudy|koly|shcho|shco"
                     r"|potribno|potriben|potribna|potribni|treba|mozhna|mozhu|dlia|dlya|meni"
                     r"|mii|miy|moya|dokumenty|dovidk\w*|chy|chas|dijsn\w*|diisn\w*|diie|diye"
                     r"|otrymaty|zrobyty|oformyty|oplatyty|zaplatyty|dytyn\w*|rokiv|roky)\b", re.I),
}


def _own_frame(text: str, screen: str, detected: str) -> bool:
    """The screen's language frames the question: its small words outnumber those of the
    detected language, which the detector chose for a German service name in it
    ("Wohnungsgeberbestätigung nedir, kim verir" on a Turkish screen is Turkish)."""
    own, other = _SMALL.get(screen), _SMALL.get(detected)
    if own is None:
        return False
    mine = len(own.findall(text))
    theirs = len(other.findall(text)) if other is not None else 0
    return mine >= 1 and mine > theirs
