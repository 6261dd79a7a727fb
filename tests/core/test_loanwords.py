"""German service names typed in Cyrillic reach their service."""

from __future__ import annotations

import pytest

from kiosk.core.knowledge.loanwords import german_spellings, spell_german


@pytest.mark.parametrize("cyrillic, german", [
    ("аусвайс", "ausweis"), ("анмельдунг", "anmeldung"), ("бюргербюро", "bürgerbüro"),
    ("мельдебешайнігунг", "meldebescheinigung"), ("штандесамт", "standesamt"),
    ("хундештойер", "hundesteuer"), ("ауслендербехьорде", "auslenderbehörde"),
    ("Гевербе", "gewerbe"), ("юґенд", "jugend"),
])
def test_a_loanword_is_spelled_the_german_way(cyrillic: str, german: str) -> None:
    assert spell_german(cyrillic) == german


def test_only_cyrillic_words_are_spelled() -> None:
    assert german_spellings("Was kostet ein Ausweis?") == ""
    assert german_spellings("скільки коштує Reisepass і аусвайс") == \
        "skilki kostue i ausweis"


@pytest.mark.parametrize("question, service", [
    ("скільки коштує новий аусвайс", "personalausweis"),
    ("райзепас на 48 сторінок скільки доплатити", "reisepass"),
    ("мельдебешайнігунг скільки коштує", "meldebescheinigung"),
    ("сколько стоит гевербе анмельдунг", "gewerbe-anmelden"),
])
def test_a_cyrillic_loanword_names_its_service(real_retrieval_assistant, question: str,
                                               service: str) -> None:
    answer = real_retrieval_assistant.ask(question)
    assert answer.mode == "answer"
    assert answer.hits[0].service.id == service
