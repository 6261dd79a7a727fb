"""The language registry: every language the kiosk serves, listed once.

Everything language-dependent is derived from this list or checked against it by
tests/core/test_languages.py: the core's words and fixed texts (`kiosk/core/lexicon/<code>.py`),
the UI catalogs (`kiosk/ui/i18n/<code>.py`), the corpus facts and summaries, the speech voices.
Adding a language: docs/contributing.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One kiosk language and what each part of the kiosk needs to know about it."""

    code: str  # ISO 639-1, the key everywhere (corpus, catalogs, lexicons, settings)
    native: str  # its own name, on the language buttons
    german: str  # its German name, for staff and prompts
    english: str  # its English name, for instruct-model prompts
    detector: str  # the lingua `Language` member
    voice: str  # espeak-ng voice name
    keyboard: tuple[str, str, str]  # lower-case letter rows of the on-screen keyboard
    rtl: bool = False  # written right to left


LANGUAGES: tuple[Language, ...] = (
    Language("de", "Deutsch", "Deutsch", "German", "GERMAN", "de",
             ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß-")),
    Language("en", "English", "Englisch", "English", "ENGLISH", "en",
             ("qwertyuiop", "asdfghjkl", "zxcvbnm-")),
    Language("tr", "Türkçe", "Türkisch", "Turkish", "TURKISH", "tr",
             ("qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç")),
    Language("uk", "Українська", "Ukrainisch", "Ukrainian", "UKRAINIAN", "uk",
             ("йцукенгшщзхї", "фівапролджє", "ґячсмитьбю")),
    Language("ru", "Русский", "Russisch", "Russian", "RUSSIAN", "ru",
             ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё")),
    Language("pl", "Polski", "Polnisch", "Polish", "POLISH", "pl",
             ("ęqwertyuiopó", "ąasdfghjklłś", "żźzxcvbnmćń")),
    Language("ar", "العربية", "Arabisch", "Arabic", "ARABIC", "ar",
             ("ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظد"), rtl=True),
)
"""German first: the default and the language every fact and message must have."""

CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
DEFAULT = "de"


def get(code: str) -> Language:
    """The language with this code, or German."""
    return BY_CODE.get(code, BY_CODE[DEFAULT])
