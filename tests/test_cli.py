"""The `kiosk` command as a citizen's or an admin's shell sees it (real stack, subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.core.settings import ROOT

KIOSK = [sys.executable, "-m", "kiosk.cli"]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([*KIOSK, *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


@pytest.mark.real
def test_ask_answers_the_2026_fee_with_its_source() -> None:
    out = run("ask", "Was kostet ein Personalausweis?")
    assert out.returncode == 0, out.stderr
    assert "46,00" in out.stdout
    assert "service.duesseldorf.de" in out.stdout and "Stand 2026-02-15" in out.stdout
    assert "Traceback" not in out.stderr


@pytest.mark.real
def test_jsonl_keeps_order_and_ids_and_survives_bad_lines() -> None:
    lines = [
        json.dumps({"id": "q1", "question": "Was kostet ein Führungszeugnis?"}),
        "{not json",
        json.dumps({"id": "q2", "question": "Tell me a joke about cats"}),
        json.dumps({"id": "q3"}),
        json.dumps({"id": "q4", "question": "Meine IBAN ist DE89 3704 0044 0532 0130 00"}),
    ]
    out = run("ask", "--jsonl", stdin="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    got = [json.loads(x) for x in out.stdout.splitlines()]
    assert [g.get("id") for g in got] == ["q1", None, "q2", None, "q4"]
    assert got[0]["mode"] == "answer" and got[0]["sources"][0]["id"] == "fuehrungszeugnis"
    assert {"id", "title", "url", "score"} <= set(got[0]["sources"][0])
    assert "total" in got[0]["timings_ms"] and "13" in got[0]["answer"]
    assert "error" in got[1] and "line 2" in got[1]["error"]
    assert got[2]["mode"] == "no_answer" and got[2]["sources"] == []
    assert got[4]["mode"] == "pii_blocked" and got[4]["sources"] == []
    assert "2 malformed" in out.stderr


def test_empty_question_gets_a_clear_message() -> None:
    out = run("ask")
    assert out.returncode == 2 and "please give a question" in out.stderr
    assert "Traceback" not in out.stderr


def test_eval_with_an_unreadable_file_says_so() -> None:
    out = run("eval", "/nonexistent/questions.jsonl")
    assert out.returncode == 2 and "cannot read" in out.stderr


@pytest.mark.real
def test_doctor_reports_every_part() -> None:
    out = run("doctor")
    assert out.returncode == 0, out.stdout + out.stderr
    for part in ("corpus", "embedder", "index", "model", "language", "speech"):
        assert part in out.stdout
    assert "ready" in out.stdout


def test_model_given_before_the_command_is_used(tmp_path) -> None:
    missing = tmp_path / "none.gguf"
    out = run("--model", str(missing), "ask", "--json", "Was kostet ein Führungszeugnis?")
    assert out.returncode == 0, out.stderr
    assert "none.gguf" in out.stderr  # the note about the unusable model names it
    assert json.loads(out.stdout)["mode"] == "answer"
