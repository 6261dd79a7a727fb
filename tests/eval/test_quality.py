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


def _assert_targets(report, *, floor: float, forbidden: int = 0) -> None:
    failures = "\n".join(report.failures)
    assert report.unsupported_numbers == 0, failures
    assert report.forbidden_hits <= forbidden, failures
    assert report.mode_accuracy_pct >= floor, failures
    assert report.service_top1_pct >= floor, failures
    assert report.facts_pct >= floor, failures


@pytest.mark.real
def test_the_dev_set_stays_at_100_percent(real_retrieval_assistant) -> None:
    _assert_targets(_run(real_retrieval_assistant, _load([DEV])), floor=100)


@pytest.mark.real
def test_our_own_and_the_tuning_questions_meet_the_targets(real_retrieval_assistant) -> None:
    """citizen_tune.jsonl is the tuning half of the citizen set; its held-out half
    (citizen_heldout.jsonl) is run only to measure, by hand: tests/eval/README.md."""
    report = _run(real_retrieval_assistant, _load(OWN + [HERE / "citizen_tune.jsonl"]))
    _assert_targets(report, floor=92, forbidden=1)


@pytest.mark.real
def test_the_real_model_never_makes_answers_worse(real_assistant, real_retrieval_assistant) -> None:
    """With the real 270M model rewording, every answer keeps its facts: whatever it writes
    passes the one-fact check or is dropped (a sample of the dev set: the model is slow)."""
    questions = _load([DEV])[::4]
    with_model = _run(real_assistant, questions)
    without = _run(real_retrieval_assistant, questions)
    assert with_model.unsupported_numbers == 0 and with_model.forbidden_hits == 0
    assert with_model.facts_pct >= without.facts_pct, "\n".join(with_model.failures)
    assert with_model.mode_accuracy_pct == without.mode_accuracy_pct
