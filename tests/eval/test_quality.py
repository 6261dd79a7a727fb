"""Answer quality with the real model, embedder and index: the targets of the evaluation set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.tools.evaluate import score

HERE = Path(__file__).parent
DEV = HERE / "dev.jsonl"  # a copy of the evaluation contract's dev set
OWN = sorted(HERE.glob("extra_*.jsonl"))


def _load(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()
            if line.strip()]


def _run(assistant, questions: list[dict]):
    answers = {q["id"]: assistant.ask(q["question"], q.get("lang")).to_json(q["id"])
               for q in questions}
    return score(questions, answers, assistant.corpus)


def _assert_targets(report) -> None:
    failures = "\n".join(report.failures)
    assert report.unsupported_numbers == 0, failures
    assert report.mode_accuracy_pct >= 90, failures
    assert report.service_top1_pct >= 90, failures
    assert report.service_top3_pct >= 97, failures
    assert report.facts_pct >= 90, failures


@pytest.mark.real
def test_dev_set_meets_the_targets(real_assistant) -> None:
    _assert_targets(_run(real_assistant, _load([DEV])))


@pytest.mark.real
def test_our_own_questions_meet_the_targets(real_assistant) -> None:
    _assert_targets(_run(real_assistant, _load(OWN)))
