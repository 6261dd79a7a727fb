"""`kiosk corpus check` finds each seeded fault, names file and field, and says whether to publish."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from kiosk.core.languages import CODES
from kiosk.core.settings import ROOT
from kiosk.fleet.check import check_corpus, months_before
from tests.fleet.conftest import TODAY, write_doc

KIOSK = ROOT / ".venv" / "bin" / "kiosk"


def _facts(fee: str, drop: str = "", **lang_text: str) -> list[dict]:
    text = {c: f"Die Urkunde ({c}) kostet {fee} Euro." for c in CODES if c != drop}
    text.update(lang_text)
    return [{"id": "cost", "kind": "cost", "status": "V", "text": text}]


@pytest.fixture()
def faulty(tmp_path):
    """One clean document and one document per fault."""
    c = tmp_path / "corpus"
    write_doc(c, "clean")
    write_doc(c, "stale", stand=(TODAY - dt.timedelta(days=200)).isoformat())
    write_doc(c, "plain", source="http://www.duesseldorf.de/plain")
    write_doc(c, "nofee", fees=["Bescheinigung: 99 €"])
    write_doc(c, "nolang", facts=_facts("13", drop="uk"))
    write_doc(c, "othernum", facts=_facts("13", pl="Zaświadczenie kosztuje 31 euro."))
    write_doc(c, "notinbody", facts=_facts("77"))
    write_doc(c, "nosummary", summary={x: f"Kurz ({x}) 13 Euro." for x in CODES if x != "ar"})
    write_doc(c, "notitle", titles={"tr": "Belge"})
    write_doc(c, "twin", keywords=["clean beantragen", "twin kosten"])
    broken = write_doc(c, "broken")
    broken.write_text(broken.read_text().replace("office: Bürgerbüro\n", ""))
    return c


def _find(report, file: str, field: str):
    return [f for f in report.findings if f.file == file and f.field.startswith(field)]


def test_every_seeded_fault_is_found_with_file_and_field(faulty) -> None:
    report = check_corpus(faulty)
    expected = [  # (level, file, field, words of the message)
        ("error", "broken.md", "office", "missing"),
        ("warning", "stale.md", "stand", "older than 6 months"),
        ("error", "plain.md", "source", "not an https"),
        ("error", "nofee.md", "fees[0]", "99"),
        ("error", "nolang.md", "facts.cost.text", "missing in uk"),
        ("error", "othernum.md", "facts.cost.text.pl", "31"),
        ("error", "notinbody.md", "facts.cost.text.de", "77"),
        ("error", "nosummary.md", "summary", "missing in ar"),
        ("warning", "notitle.md", "titles", "uk, ru, pl, ar"),
        ("warning", "twin.md", "keywords", "'clean beantragen' is also a keyword of clean.md"),
    ]
    for level, file, field, words in expected:
        found = _find(report, file, field)
        assert found, f"{file}: no finding for {field} in {[str(f) for f in report.findings]}"
        assert any(f.level == level and words in f.message for f in found), [str(f) for f in found]
    assert not _find(report, "clean.md", "")  # the clean document is not blamed
    assert report.exit_status() == 1


def test_numbers_compare_across_scripts_and_formats(tmp_path) -> None:
    c = tmp_path / "corpus"
    facts = _facts("27,60", en="The card costs 27.60 EUR.", ar="البطاقة تكلف ٢٧٫٦٠ يورو.")
    write_doc(c, "card", fee="27,60", facts=facts)
    report = check_corpus(c)
    assert not [f for f in report.errors], [str(f) for f in report.errors]


def test_the_allowed_age_is_configurable(tmp_path) -> None:
    c = tmp_path / "corpus"
    write_doc(c, "old", stand=months_before(TODAY, 4).isoformat())
    assert _find(check_corpus(c, max_age_months=3), "old.md", "stand")
    assert not _find(check_corpus(c, max_age_months=6), "old.md", "stand")


def test_exit_status_tells_ci_whether_to_publish(faulty, tmp_path) -> None:
    def run(*args):
        return subprocess.run([str(KIOSK), "corpus", "check", *args], capture_output=True,
                              text=True, timeout=120)
    bad = run(str(faulty))
    assert bad.returncode == 1 and "do not publish" in bad.stdout
    assert "error: plain.md: source:" in bad.stdout and "Traceback" not in bad.stderr
    warn_only = tmp_path / "warn"
    write_doc(warn_only, "one")
    write_doc(warn_only, "two", keywords=["one beantragen"])
    assert run(str(warn_only)).returncode == 0
    strict = run(str(warn_only), "--strict")
    assert strict.returncode == 1 and "keywords" in strict.stdout
    as_json = json.loads(run(str(warn_only), "--json").stdout)
    assert as_json["errors"] == [] and as_json["warnings"][0]["field"] == "keywords"


def test_the_shipped_corpus_has_no_errors() -> None:
    report = check_corpus(ROOT / "corpus")
    assert report.errors == [], "\n".join(map(str, report.errors))


def test_months_before_clamps_to_the_month_end() -> None:
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 1) == dt.date(2025, 12, 15)
