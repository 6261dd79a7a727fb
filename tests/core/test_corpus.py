"""The corpus: every service of the facts file is there, complete, sourced and dated."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kiosk.core.knowledge.corpus import CATEGORIES, CorpusError, load_corpus, parse_document
from kiosk.core.settings import ROOT

SERVICE_IDS = """personalausweis vorlaeufiger-personalausweis reisepass kinderreisepass
ausweis-verlust online-ausweis-pin wohnsitz-anmelden wohnsitz-abmelden meldebescheinigung
fuehrungszeugnis gewerbezentralregister beglaubigung kfz-zulassung bewohnerparkausweis
fuehrerschein-umtausch urkunden-standesamt geburt-anzeigen eheschliessung sterbefall
namensaenderung gewerbe-anmelden hundesteuer beherbergungssteuer grundsteuer wohngeld
buergergeld kita-platz elterngeld schwerbehindertenausweis sperrmuell fundbuero briefwahl
aufenthaltstitel einbuergerung rundfunkbeitrag termin-buergerbuero buergerbueros
ki-assistent""".split()

CORPUS = load_corpus(ROOT / "corpus")
GOOD = (ROOT / "corpus" / "fuehrungszeugnis.md").read_text(encoding="utf-8")


def test_every_service_of_the_facts_file_has_a_document() -> None:
    assert sorted(s.id for s in CORPUS.services) == sorted(SERVICE_IDS)


def test_ids_are_unique_and_match_the_file_name() -> None:
    ids = [s.id for s in CORPUS.services]
    assert len(ids) == len(set(ids))
    assert all(s.path.stem == s.id for s in CORPUS.services)


@pytest.mark.parametrize("service", CORPUS.services, ids=lambda s: s.id)
def test_document_is_complete(service) -> None:
    assert re.match(r"^https://[\w.-]+\.\w+(/\S*)?$", service.source)
    assert dt.date.fromisoformat(service.stand) <= dt.date.today()
    assert service.category in CATEGORIES
    assert len(service.keywords) >= 8
    for lang in ("de", "en", "tr", "uk", "ru", "pl", "ar"):
        assert service.summary.get(lang), f"summary.{lang} missing"
    assert service.office and service.online and len(service.body) > 200


def test_the_city_info_line_is_in_the_corpus() -> None:
    assert "0211 89-91" in CORPUS.phone_numbers()


def _write(tmp_path: Path, text: str, name: str = "x.md") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


@pytest.mark.parametrize("change, field", [
    (lambda t: t.replace("stand: 2026-02-15", "stand: bald"), "stand"),
    (lambda t: re.sub(r"(?m)^source: .*$", "source: keine Seite", t), "source"),
    (lambda t: re.sub(r"(?m)^title_en: .*\n", "", t), "title_en"),
    (lambda t: re.sub(r"(?m)^category: .*$", "category: sonstiges", t), "category"),
    (lambda t: re.sub(r"(?m)^fees:", "fees: 13 Euro\nold_fees:", t), "fees"),
])
def test_a_malformed_document_names_file_and_field(tmp_path: Path, change, field) -> None:
    path = _write(tmp_path, change(GOOD), "kaputt.md")
    with pytest.raises(CorpusError) as err:
        parse_document(path)
    assert "kaputt.md" in str(err.value) and field in str(err.value)


def test_broken_yaml_and_duplicate_ids_are_reported(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace("title:", "title: [unclosed", 1), "a.md")
    with pytest.raises(CorpusError, match="a.md.*YAML"):
        load_corpus(tmp_path)
    _write(tmp_path, GOOD, "a.md")
    _write(tmp_path, GOOD, "b.md")
    with pytest.raises(CorpusError, match="b.md.*'id'.*a.md"):
        load_corpus(tmp_path)


