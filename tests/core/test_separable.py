"""German separable verbs: "Wie melde ich mich ab?" asks about "abmelden" (issue 9)."""

from __future__ import annotations

import pytest

from kiosk.core.knowledge.separable import joined_verbs


@pytest.mark.parametrize("question, joined", [
    ("Wie melde ich mich ab?", "abmelden"), ("wo melde ich mich um", "ummelden"),
    ("wann hole ich den ausweis ab", "abholen"), ("ich gebe mein gewerbe auf", "aufgeben"),
    ("melde ich mein auto ab, was kostet das", "abmelden"),
    ("ich ziehe um was muss ich machen", "umziehen"),
])
def test_a_clause_ending_in_a_particle_names_the_joined_verb(question: str, joined: str) -> None:
    assert joined in joined_verbs(question).split()


@pytest.mark.parametrize("question", [
    "was kostet ein reisepass", "wie geht das", "was muss ich mitbringen", "ab wann gilt das",
    "how do i register", "ile kosztuje paszport",
])
def test_a_question_without_a_split_verb_adds_nothing(question: str) -> None:
    assert joined_verbs(question) == ""


@pytest.mark.real
@pytest.mark.parametrize("question, service", [
    ("Wie melde ich mich ab?", "wohnsitz-abmelden"),
    ("wo melde ich mich um", "wohnsitz-anmelden"),
    ("ich ziehe um was muss ich machen", "wohnsitz-anmelden"),
])
def test_the_split_verb_finds_its_service(real_retrieval_assistant, question: str,
                                          service: str) -> None:
    answer = real_retrieval_assistant.ask(question, "de")
    assert answer.mode == "answer" and answer.hits[0].service.id == service
