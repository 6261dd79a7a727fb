"""The facts of the shipped corpus: complete, in every language, consistent with the body.

A citizen asking in Ukrainian must get the same fee as one asking in German, and no fact may
state a number that the document's own text does not contain.
"""

from __future__ import annotations

import re

import pytest

from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.facts import KINDS
from kiosk.core.languages import CODES
from kiosk.core.settings import ROOT
from kiosk.core.textutil import numbers

CORPUS = load_corpus(ROOT / "corpus")
SERVICES = [s for s in CORPUS.services if s.id != "ki-assistent"]
FACTS = [f for s in CORPUS.services for f in s.facts]


def _nums(text: str) -> set[str]:
    # "24." in "od 24. roku" and "3–4" are the same numbers as "24" and "3 bis 4"
    return numbers(re.sub(r"[٠-٩]", lambda m: str(ord(m.group(0)) - 0x660), text))


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.id)
def test_every_service_has_facts(service) -> None:
    assert len(service.facts) >= 3, f"{service.id} has {len(service.facts)} facts"


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.key)
def test_every_fact_is_in_every_language(fact) -> None:
    assert sorted(fact.text) == sorted(CODES)


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.key)
def test_every_language_states_the_german_numbers(fact) -> None:
    german = _nums(fact.text["de"])
    for lang, text in fact.text.items():
        assert _nums(text) == german, f"{fact.key} [{lang}]: {text}"


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.key)
def test_every_number_of_a_fact_is_in_the_german_body(fact) -> None:
    service = CORPUS.get(fact.service_id)
    body = _nums(service.body)
    missing = _nums(fact.text["de"]) - body
    assert not missing, f"{fact.key}: {sorted(missing)} not in the body of {service.id}"


@pytest.mark.parametrize("fact", [f for f in FACTS if f.historic], ids=lambda f: f.key)
def test_historic_facts_say_when_they_ended(fact) -> None:
    year = fact.until[:4]
    for lang, text in fact.text.items():
        assert year in text, f"{fact.key} [{lang}] does not date the old value: {text}"


def test_the_kinds_cover_what_citizens_ask() -> None:
    used = {f.kind for f in FACTS}
    assert {"cost", "documents", "where", "online", "duration", "validity", "deadline",
            "eligibility", "how"} <= used <= set(KINDS)


def test_card_fees_are_stated_by_facts() -> None:
    """Every number on a service card's fee lines is backed by a current cost fact."""
    for s in SERVICES:
        stated = set().union(*(_nums(f.text["de"]) for f in s.facts if not f.historic)) \
            if s.facts else set()
        for fee in s.fees:
            assert _nums(fee) <= stated | _nums(s.body), f"{s.id}: {fee}"
