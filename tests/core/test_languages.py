"""Every language of the registry has an entry everywhere the kiosk needs one.

`kiosk/core/languages.py` lists the languages once; this test walks what depends on them: the
core's lexicon module (every name, every fact kind and option), every per-language table in the
core (found by scanning the modules, so a new table is checked without being named here), the
corpus (titles, summaries, facts), the UI catalog and the speech voice. docs/contributing.md
("Adding a language") names the files; a language added to the registry alone fails here with
one line per missing entry.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import shutil
import string
import subprocess
import sys
from types import ModuleType

import pytest

import kiosk.core
from kiosk.core.knowledge import facts
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.languages import CODES, DEFAULT, LANGUAGES, Language
from kiosk.core.lexicon import module as lexicon_module
from kiosk.core.settings import ROOT

LEXICON_NAMES = ("KINDS", "OPTIONS", "AGE", "CHILD", "PAST", "FOREIGN", "COMPARE", "QUESTION",
                 "FOLLOWUP", "NUMBERS", "NUMERALS", "SMALL", "TEXTS", "NOT_COUNTED", "MONTHS",
                 "NOT_AGE_BEFORE", "SHORT_COUNTED", "PAY", "EITHER", "EACH", "CLITICS")
# The patterns read in every language's question (kiosk.core.lexicon.everywhere()): an empty one
# would match everything (every word after a number a unit, every question offering a choice).
EVERYWHERE_PATTERNS = ("NOT_COUNTED", "MONTHS", "NOT_AGE_BEFORE", "PAY", "EITHER", "EACH")
# Languages the detector tells by their script alone (kiosk.core.answer.lang): SMALL may be None.
SCRIPT_TOLD = {"ar"}

# Per-language tables that need not cover every language, and which languages they must have.
PARTIAL = {
    # German text needs no "only in German" note
    "kiosk.core.answer.messages.GERMAN_ONLY": lambda codes: set(codes) - {DEFAULT},
    # few-shot completion prompts exist for German and English; other languages are answered
    # from the facts, or through the chat template of an instruct model
    "kiosk.core.answer.prompt._PREFIX": lambda codes: {"de", "en"},
    "kiosk.core.answer.prompt._LABELS": lambda codes: {"de", "en"},
}
DERIVED = ("kiosk.core.languages",)  # built from the registry itself: complete by construction

FRENCH = Language("fr", "Français", "Französisch", "French", "FRENCH", "fr",
                  ("azertyuiop", "qsdfghjklm", "wxcvbn-"))
"""A language that is in no table: what a contributor sees who edits only the registry."""


def _core_modules() -> tuple[list[ModuleType], list[str]]:
    """The core's modules, and a line for each that does not import."""
    names = [m.name for m in pkgutil.walk_packages(kiosk.core.__path__, "kiosk.core.")]
    modules, broken = [], []
    for name in names:
        if name.startswith(DERIVED):
            continue
        try:
            modules.append(importlib.import_module(name))
        except Exception as exc:  # a registry language without its files can break an import
            broken.append(f"{name} does not import: {type(exc).__name__}: {exc}")
    return modules, broken


def language_tables(codes: tuple[str, ...]) -> dict[str, dict]:
    """Module-level dicts of the core keyed by language codes: 'module.NAME' -> table."""
    tables = {}
    for module in _core_modules()[0]:
        for name, value in vars(module).items():
            if (isinstance(value, dict) and len({k for k in value if isinstance(k, str)}
                                                & set(codes)) >= 2):
                tables[f"{module.__name__}.{name}"] = value
    return tables


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def table_problems(languages: tuple[Language, ...]) -> list[str]:
    """Each per-language table of the core that lacks a language or differs from German."""
    codes = tuple(lang.code for lang in languages)
    out = []
    for where, table in language_tables(codes).items():
        required = PARTIAL.get(where, lambda c: set(c))(codes)
        out += [f"{where} has no entry for {c!r}" for c in codes if c in required
                and c not in table]
        german = table.get(DEFAULT)
        for code, entry in table.items():
            if isinstance(german, dict) and isinstance(entry, dict) and set(entry) != set(german):
                out.append(f"{where}[{code!r}] has other keys than German: "
                           f"{sorted(set(entry) ^ set(german))}")
            elif isinstance(german, str) and isinstance(entry, str) and (
                    _fields(entry) != _fields(german)):
                out.append(f"{where}[{code!r}] has other placeholders than German")
    return out


def lexicon_problems(code: str) -> list[str]:
    """What the lexicon module kiosk/core/lexicon/<code>.py lacks."""
    try:
        module = lexicon_module(code)
    except ModuleNotFoundError:
        return [f"kiosk/core/lexicon/{code}.py is missing (copy de.py and translate it)"]
    out = [f"kiosk/core/lexicon/{code}.py has no {name}" for name in LEXICON_NAMES
           if not hasattr(module, name)]
    if out:
        return out
    german = lexicon_module(DEFAULT)
    if not getattr(module, "SMALL") and code not in SCRIPT_TOLD:
        # the small words that let the screen's language win over a German service name
        out.append(f"kiosk/core/lexicon/{code}.py: SMALL is empty (only {sorted(SCRIPT_TOLD)} "
                   f"are told by their script)")
    out += [f"kiosk/core/lexicon/{code}.py: {name} is empty (an empty pattern matches everything)"
            for name in EVERYWHERE_PATTERNS if not getattr(module, name)]
    short, clitics = getattr(module, "SHORT_COUNTED"), getattr(module, "CLITICS")
    if not isinstance(short, (set, frozenset)) or not all(isinstance(w, str) for w in short):
        out.append(f"kiosk/core/lexicon/{code}.py: SHORT_COUNTED is not a set of words")
    if clitics is not None and not (isinstance(clitics, str) and clitics):
        out.append(f"kiosk/core/lexicon/{code}.py: CLITICS is neither a pattern nor None")
    out += [f"kiosk/core/lexicon/{code}.py: KINDS has no {k!r}" for k in facts.KINDS
            if not getattr(module, "KINDS").get(k)]
    out += [f"kiosk/core/lexicon/{code}.py: OPTIONS has no {o!r}" for o in facts.OPTIONS
            if not getattr(module, "OPTIONS").get(o)]
    texts = getattr(module, "TEXTS")
    out += [f"kiosk/core/lexicon/{code}.py: TEXTS has no {k!r}" for k in german.TEXTS
            if not texts.get(k)]
    out += [f"kiosk/core/lexicon/{code}.py: TEXTS[{k!r}] has other placeholders than German"
            for k in german.TEXTS if k in texts and _fields(texts[k]) != _fields(german.TEXTS[k])]
    return out


@functools.cache
def _corpus():
    return load_corpus(ROOT / "corpus")


def corpus_problems(code: str) -> list[str]:
    """Services without a title or summary in `code`, facts without its text."""
    out = []
    for s in _corpus().services:
        if not s.summary.get(code):
            out.append(f"corpus/{s.id}.md has no summary in {code!r}")
        if code not in (DEFAULT, "en") and not s.titles.get(code):
            out.append(f"corpus/{s.id}.md has no title in {code!r}")
        out += [f"corpus/{s.id}.md fact {f.id!r} has no {code!r} text" for f in s.facts
                if not f.text.get(code)]
    return out


def catalog_problems(code: str) -> list[str]:
    """Whether the UI catalog kiosk/ui/i18n/<code>.py exists with every German key."""
    german = importlib.import_module(f"kiosk.ui.i18n.{DEFAULT}").STRINGS
    try:
        strings = importlib.import_module(f"kiosk.ui.i18n.{code}").STRINGS
    except ModuleNotFoundError:
        return [f"kiosk/ui/i18n/{code}.py is missing (copy de.py and translate it)"]
    missing = sorted(set(german) - set(strings))
    return [f"kiosk/ui/i18n/{code}.py lacks {missing}"] if missing else []


@functools.cache
def _espeak_voices() -> frozenset[str] | None:
    """The languages espeak-ng has voices for, as kiosk.core.speech reads them (the part of
    the code before "-"); None where espeak-ng is not installed (install.sh says so)."""
    if not shutil.which("espeak-ng"):
        return None
    listing = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True,
                             timeout=30, check=True).stdout.splitlines()[1:]
    return frozenset(line.split()[1].split("-")[0].lower() for line in listing
                     if len(line.split()) > 1)


def voice_problems(lang: Language) -> list[str]:
    """The registry's voice, and where espeak-ng is installed, that it speaks the language."""
    if not lang.voice:
        return [f"the registry gives {lang.code!r} no speech voice"]
    voices = _espeak_voices()
    if voices is not None and lang.voice.split("-")[0] not in voices:
        return [f"espeak-ng has no voice {lang.voice!r} for {lang.code!r}"]
    return []


def language_problems(lang: Language) -> list[str]:
    """Everything one language lacks outside the per-language tables."""
    return (lexicon_problems(lang.code) + corpus_problems(lang.code)
            + catalog_problems(lang.code) + voice_problems(lang))


def registry_problems() -> list[str]:
    """All that the registry's languages lack, one line each (corpus lines counted per kind)."""
    lines = _core_modules()[1] + table_problems(LANGUAGES)
    for lang in LANGUAGES:
        lines += language_problems(lang)
    return lines


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_the_language_has_its_lexicon_corpus_texts_catalog_and_voice(lang: Language) -> None:
    assert language_problems(lang) == []


def test_every_per_language_table_of_the_core_covers_the_registry() -> None:
    assert table_problems(LANGUAGES) == []


def test_the_scan_finds_the_core_tables() -> None:
    """The table scan itself works: the tables a new language needs are among those checked."""
    found = set(language_tables(CODES))
    assert {"kiosk.core.answer.messages.NO_ANSWER", "kiosk.core.answer.messages.PII_KINDS",
            "kiosk.core.answer.messages.EMPTY", "kiosk.core.answer.prompt.LANG_NAMES"} <= found
    assert set(PARTIAL) <= found  # an exception for a table that is gone must go too


FRENCH_ONLY_IN_THE_REGISTRY = f"""
import kiosk.core.languages as registry
french = registry.{FRENCH!r}
registry.LANGUAGES = (*registry.LANGUAGES, french)
registry.CODES = tuple(lang.code for lang in registry.LANGUAGES)
registry.BY_CODE[french.code] = french
from tests.core.test_languages import registry_problems
print("\\n".join(registry_problems()))
"""


def test_a_language_only_in_the_registry_is_reported_in_every_place() -> None:
    """What this test file says when French is added to the registry and nowhere else (in a
    fresh interpreter, so that every table derived from the registry has French as well)."""
    done = subprocess.run([sys.executable, "-c", FRENCH_ONLY_IN_THE_REGISTRY], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = done.stdout
    for place in ("kiosk/core/lexicon/fr.py is missing", "kiosk/ui/i18n/fr.py is missing",
                  "has no summary in 'fr'", "has no title in 'fr'", "has no 'fr' text"):
        assert place in report, place
    assert "'de'" not in report and "'en'" not in report  # only French lacks anything
    assert "prompt._PREFIX" not in report  # completion prompts are German and English only
    assert not voice_problems(FRENCH) or _espeak_voices() is None  # espeak-ng speaks French


def test_a_lexicon_without_a_text_is_reported(monkeypatch) -> None:
    """A lexicon that lacks a fixed answer (here the referral) is named with the missing key."""
    polish = lexicon_module("pl")
    monkeypatch.setattr(polish, "TEXTS", {k: v for k, v in polish.TEXTS.items()
                                          if k != "no_answer"})
    monkeypatch.setattr(polish, "OPTIONS", {k: v for k, v in polish.OPTIONS.items()
                                            if k != "express"})
    assert lexicon_problems("pl") == ["kiosk/core/lexicon/pl.py: OPTIONS has no 'express'",
                                      "kiosk/core/lexicon/pl.py: TEXTS has no 'no_answer'"]


def test_a_lexicon_without_a_table_of_words_read_everywhere_is_reported(monkeypatch) -> None:
    """The tables that understand.py reads in every language (kiosk.core.lexicon.everywhere())
    are required like the others: one missing or empty is named."""
    turkish = lexicon_module("tr")
    monkeypatch.delattr(turkish, "MONTHS")
    monkeypatch.delattr(turkish, "CLITICS")
    assert lexicon_problems("tr") == ["kiosk/core/lexicon/tr.py has no MONTHS",
                                      "kiosk/core/lexicon/tr.py has no CLITICS"]
    monkeypatch.setattr(turkish, "MONTHS", "", raising=False)
    monkeypatch.setattr(turkish, "CLITICS", None, raising=False)
    monkeypatch.setattr(turkish, "SHORT_COUNTED", "köpek")
    assert lexicon_problems("tr") == [
        "kiosk/core/lexicon/tr.py: MONTHS is empty (an empty pattern matches everything)",
        "kiosk/core/lexicon/tr.py: SHORT_COUNTED is not a set of words"]


def test_the_registry_is_consistent() -> None:
    from lingua import Language as Lingua

    assert len(set(CODES)) == len(CODES) and CODES[0] == DEFAULT
    for lang in LANGUAGES:
        assert hasattr(Lingua, lang.detector), lang.detector
        assert lang.native and lang.german and lang.english and all(lang.keyboard)
    assert [lang.code for lang in LANGUAGES if lang.rtl] == ["ar"]
