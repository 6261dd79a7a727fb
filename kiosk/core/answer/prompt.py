"""Prompts: a fixed few-shot prefix for base models, the chat template for instruct models.

The prefix never changes between questions, so llama.cpp keeps it in its KV cache; only the
passages and the question are new each time.
"""

from __future__ import annotations

import functools
import re

from kiosk.core.languages import LANGUAGES

LANG_NAMES = {lang.code: lang.native for lang in LANGUAGES}  # "Antworte in {language}"

_PREFIX = {
    "de": (
        "Der Bürgerassistent der Stadt Düsseldorf beantwortet Fragen in ein oder zwei kurzen "
        "Sätzen. Er nutzt nur Fakten aus den Quellen und erfindet keine Zahlen.\n\n"
        "Quellen:\n- Das Führungszeugnis kostet 13 Euro.\n"
        "- Das Führungszeugnis kann online beim Bundesamt für Justiz beantragt werden.\n"
        "Frage: Was kostet ein Führungszeugnis?\n"
        "Antwort: Ein Führungszeugnis kostet 13 Euro.\n\n"
        "Quellen:\n- Den Wohnsitz melden Sie innerhalb von 2 Wochen nach dem Einzug an.\n"
        "- Die Anmeldung des Wohnsitzes ist kostenlos.\n"
        "Frage: wie lange hab ich zeit mich anzumelden\n"
        "Antwort: Sie müssen Ihren Wohnsitz innerhalb von 2 Wochen nach dem Einzug anmelden.\n\n"
    ),
    "en": (
        "The citizen assistant of the City of Düsseldorf answers questions in one or two short "
        "sentences. It uses only facts from the sources and never invents numbers.\n\n"
        "Sources:\n- A certificate of good conduct (Führungszeugnis) costs 13 EUR.\n"
        "- It can be requested online at the Federal Office of Justice.\n"
        "Question: How much is a certificate of good conduct?\n"
        "Answer: A certificate of good conduct costs 13 EUR.\n\n"
    ),
}
_LABELS = {"de": ("Quellen:", "Frage:", "Antwort:"), "en": ("Sources:", "Question:", "Answer:")}

SYSTEM = (
    "Du bist der Bürgerassistent der Stadt Düsseldorf an einem Kiosk im Bürgerbüro. Antworte "
    "in {language} in höchstens drei kurzen Sätzen, nur mit Fakten aus den Quellen. Erfinde "
    "keine Zahlen, Gebühren, Fristen, Adressen oder Telefonnummern. Wenn die Quellen die Frage "
    "nicht beantworten, verweise auf die Info-Line 0211 89-91."
)


def repeats_prompt(sentence: str) -> bool:
    """Whether `sentence` repeats an instruction or example of the fixed prompt.

    A model that echoes its prompt, because it was told to or because a tiny model copies its
    examples, must not show that text as an answer, even where the sources would back it.
    """
    key = f" {_key(sentence)} "
    return any(f" {fixed} " in key for fixed in _fixed_sentences())


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W\d_]+", text.lower()))


@functools.lru_cache(maxsize=1)
def _fixed_sentences() -> tuple[str, ...]:
    """Letter-only keys of every sentence of the prefixes and the system message."""
    texts = [*_PREFIX.values(), *(SYSTEM.format(language=n) for n in LANG_NAMES.values())]
    labels = [_key(label) + " " for labels in _LABELS.values() for label in labels]
    keys = set()
    for line in "\n".join(texts).splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            key = _key(sentence)
            for label in labels:
                key = key.removeprefix(label)
            if len(key) >= 20:  # labels and short phrases alone are no echo
                keys.add(key)
    return tuple(sorted(keys))


def completion_langs() -> tuple[str, ...]:
    """Languages a base model is prompted in; others get extractive answers."""
    return tuple(_PREFIX)


def prefix(lang: str) -> str:
    """The fixed, cacheable start of a base-model prompt."""
    return _PREFIX[lang]


def completion_prompt(lang: str, passages: list[str], question: str) -> str:
    """Few-shot completion prompt for a base model."""
    sources, q, a = _LABELS[lang]
    lines = "\n".join(f"- {p}" for p in passages)
    return f"{_PREFIX[lang]}{sources}\n{lines}\n{q} {question}\n{a}"


def stop_words(lang: str) -> list[str]:
    """Where a base model's answer ends."""
    sources, q, _ = _LABELS.get(lang, _LABELS["de"])
    return ["\n", sources, q]


def chat_messages(lang: str, passages: list[str], question: str) -> list[dict]:
    """Messages for an instruct model; the system message is the cacheable prefix."""
    system = SYSTEM.format(language=LANG_NAMES.get(lang, "Deutsch"))
    lines = "\n".join(f"- {p}" for p in passages)
    return [{"role": "system", "content": system},
            {"role": "user", "content": f"Quellen:\n{lines}\n\nFrage: {question}"}]
