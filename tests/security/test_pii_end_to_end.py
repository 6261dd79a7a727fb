"""PII gate, end to end: personal data stops the question before retrieval and the LLM see it."""

from __future__ import annotations

import pytest

from kiosk.core.answer import messages
from tests.fakes import ScriptedLLM
from kiosk.core.types import Chunk, Done, Prepared

# (question, the personal value that must not travel on, expected kind, expected language)
CASES = [
    ("Meine IBAN ist DE89 3704 0044 0532 0130 00, wann kommt die Erstattung?",
     "3704 0044 0532", "iban", "de"),
    ("Schicken Sie den Bescheid an erika.musterfrau@example.de bitte", "erika.musterfrau",
     "email", "de"),
    ("Rufen Sie mich bitte unter 0170 1234567 wegen des Reisepasses zurück.", "0170 1234567",
     "phone", "de"),
    ("Meine Steuer-ID ist 65 929 970 489, brauche ich die für die Hundesteuer?",
     "65 929 970 489", "tax_id", "de"),
    ("Ich bin am 12.03.1985 geboren, brauche ich einen neuen Personalausweis?", "12.03.1985",
     "birth_date", "de"),
    ("Ich heiße Erika Musterfrau und wohne in der Musterstraße 12, wo melde ich mich um?",
     "Musterstraße 12", "address", "de"),
    ("Anmeldung für Alf Hamann-Trupp in der Mike-Dehmel-Allee 95/97, 46564 Düsseldorf",
     "Hamann-Trupp", "address", "de"),
    ("Rufen Sie mich bitte unter +44(0)9098790766 wegen meines Ausweises zurück.", "9098790766",
     "phone", "de"),
    ("Мій номер 706 69 07, коли буде готовий паспорт?", "706 69 07", "phone", "uk"),
    ("Doğum tarihim 12.03.85, yeni pasaport gerekir mi?", "12.03.85", "birth_date", "tr"),
    ("My passport number is C01X00T47, when can I pick it up?", "C01X00T47", "id_number", "en"),
    ("My email is john.smith@mail.example.com, please send me the form for a passport.",
     "john.smith", "email", "en"),
]


@pytest.fixture
def spied(fake_assistant, with_llm, monkeypatch):
    """The assistant with spies on everything after the gate: search, embedder, index, LLM."""
    seen: list[str] = []
    retriever = fake_assistant.retriever
    search, query = retriever.search, retriever.embedder.query

    def spy_search(text, *args, **kwargs):
        seen.append(f"search: {text}")
        return search(text, *args, **kwargs)

    def spy_query(texts, *args, **kwargs):
        seen.extend(f"embed: {t}" for t in texts)
        return query(texts, *args, **kwargs)

    monkeypatch.setattr(retriever, "search", spy_search)
    monkeypatch.setattr(retriever.embedder, "query", spy_query)
    llm = ScriptedLLM("Ein Personalausweis kostet 46,00 Euro.")
    with_llm(fake_assistant, llm)
    return fake_assistant, seen, llm


@pytest.mark.parametrize("question, value, kind, lang", CASES,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_personal_data_is_blocked_before_retrieval_and_llm(spied, question, value, kind, lang):
    assistant, seen, llm = spied
    events = list(assistant.stream(question, lang))  # asked on a screen in that language
    prepared, *chunks, done = events
    assert isinstance(prepared, Prepared) and prepared.mode == "pii_blocked"
    assert prepared.hits == ()
    assert all(isinstance(c, Chunk) for c in chunks) and isinstance(done, Done)
    answer = done.answer
    assert answer.mode == "pii_blocked" and answer.hits == [] and answer.to_json()["sources"] == []
    assert kind in answer.pii_kinds
    assert answer.lang == lang
    assert answer.text == messages.pii_blocked(lang, answer.pii_kinds)
    assert "".join(c.text for c in chunks) == answer.text
    assert value not in answer.text  # the message names the kind, never the value
    assert seen == [] and llm.prompts == []  # neither retrieval nor the model saw the text


def test_the_spies_do_see_an_ordinary_question(spied):
    """Guards the test above: without personal data the text does reach retrieval."""
    assistant, seen, _ = spied
    assistant.ask("Wie kann ich meinen Führerschein umtauschen?")
    assert any("Führerschein" in s for s in seen)
