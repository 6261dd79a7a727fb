"""`kiosk bench` reporting with fake numbers: percentiles, targets, the table, the JSON, stats."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import numpy as np
import pytest

from kiosk.core.answer.llm import _stream_stats
from kiosk.core.settings import ROOT
from kiosk.tools import bench
from kiosk.tools.bench import figures as fig
from kiosk.tools.bench import measure
from kiosk.tools.bench.report import render

GOOD = {
    "cold_ready_s": 1.8, "cold_first_answer_s": 2.6, "cold_import_s": 0.4, "cold_build_s": 0.9,
    "cold_model_s": 0.5, "rss_built_mb": 400.0, "rss_ready_mb": 700.0,
    "retrieve_p50_ms": 20.0, "retrieve_p95_ms": 35.0, "card_p50_ms": 22.0, "card_p95_ms": 40.0,
    "first_token_p50_ms": 300.0, "first_token_p95_ms": 700.0,
    "answer_p50_ms": 1200.0, "answer_p95_ms": 2500.0,
    "app_decode_tps": 39.0, "raw_decode_tps": 40.0, "decode_ratio": 0.975,
    "raw_sampler_decode_tps": 36.0, "prefill_tps": 400.0,
    "prefix_tokens": 168, "prompt_tokens_reused": 168, "prompt_tokens_new": 110,
    "prompt_tokens_new_max": 240, "tokens_per_answer": 30, "index_build_s": 30.0,
    "index_units": 860, "peak_rss_mb": 750.0,
}


def report(figures: dict) -> dict:
    targets = fig.evaluate(figures)
    return {"machine": {"cpu": "Test CPU", "cores": 2, "ram_gb": 4.0, "system": "Linux",
                        "python": "3.11", "llama_cpp": "0.3", "load_avg": 0.1},
            "setup": {"model": "tiny.gguf", "rounds": 3, "questions": 20,
                      "question_source": "built-in"},
            "figures": figures, "targets": targets, "limits": fig.explain(figures, targets)}


def test_percentile_interpolates_like_numpy() -> None:
    values = [5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 7.0]
    for q in (0, 50, 90, 95, 100):
        assert fig.percentile(values, q) == pytest.approx(np.percentile(values, q))
    assert fig.percentile([], 95) is None
    assert fig.median([None, 3.0, 1.0, None, 2.0]) == 2.0
    assert fig.median([None]) is None


@pytest.mark.parametrize(("key", "value", "held"), [
    ("card_p95_ms", 100.0, True), ("card_p95_ms", 100.1, False),
    ("decode_ratio", 0.95, True), ("decode_ratio", 0.94, False),
    ("index_build_s", None, None),
])
def test_targets_compare_in_the_right_direction(key, value, held) -> None:
    target = next(t for t in fig.TARGETS if t.key == key)
    assert target.held(value) is held


def test_every_target_held_gives_no_limit_notes() -> None:
    r = report(GOOD)
    assert all(t["held"] for t in r["targets"])
    assert r["limits"] == []
    table = render(r)
    assert "MISSED" not in table
    assert f"targets held: {len(fig.TARGETS)} of {len(fig.TARGETS)}" in table


def test_missed_targets_are_marked_and_explained_with_the_measured_figures() -> None:
    figures = {**GOOD, "first_token_p95_ms": 1400.0, "decode_ratio": 0.8,
               "app_decode_tps": 32.0, "cold_ready_s": 3.1}
    r = report(figures)
    missed = {t["key"] for t in r["targets"] if t["held"] is False}
    assert missed == {"first_token_p95_ms", "decode_ratio", "cold_ready_s"}
    table = render(r)
    row = next(line for line in table.splitlines() if line.startswith("first token"))
    assert "300 / 1400 ms" in row and "≤ 1000 ms" in row and row.endswith("MISSED")
    assert "ratio app/raw" in table and "0.800" in table
    notes = "\n".join(r["limits"])
    assert "110 tokens" in notes and "400 tokens/s" in notes  # prefill of the new prompt part
    assert "6.2 ms per token" in notes  # 1/32 - 1/40 s
    assert "2.8 ms of it is the repeat penalty" in notes  # 1/36 - 1/40 s
    assert "LLM load and prefix prefill 0.50 s" in notes
    assert "peak 750 MB" not in notes  # memory held


def test_unmeasured_figures_show_as_such() -> None:
    figures = {k: v for k, v in GOOD.items() if "decode" not in k and "token" not in k}
    table = render(report(figures))
    row = next(line for line in table.splitlines() if line.startswith("decode ratio"))
    assert "n/a" in row and row.endswith("not measured")


def test_round_figures_from_answers_and_stream_stats() -> None:
    def answer(card: float, first: float, total: float, tokens: int, decode_s: float) -> dict:
        return {"mode": "answer",
                "timings_ms": {"privacy": 1.0, "retrieve": card, "card": card,
                               "first_token": first, "total": total},
                "llm": {"prompt_tokens": 300, "reused_tokens": 200, "prefill_tokens": 100,
                        "prefill_s": 0.25, "tokens": tokens, "decode_s": decode_s}}

    answers = [answer(30, 300, 1000, 20, 0.5), answer(50, 500, 2000, 40, 1.5),
               {"mode": "pii_blocked", "timings_ms": {"privacy": 1.0, "total": 1.0}, "llm": {}}]
    f = fig.round_figures(answers, raw_tps=40.0)
    assert f["card_p95_ms"] == pytest.approx(49.0)
    assert f["retrieve_p50_ms"] == pytest.approx(39.0)
    assert f["app_decode_tps"] == pytest.approx(30.0)  # 60 tokens in 2 s
    assert f["decode_ratio"] == pytest.approx(0.75)
    assert f["prefill_tps"] == pytest.approx(400.0)
    assert f["prompt_tokens_new"] == 100 and f["prompt_tokens_reused"] == 200


def test_stream_stats_count_reused_prefix_and_decoded_tokens() -> None:
    cached = np.array([2, 10, 11, 12, 50, 51], dtype=np.intc)  # prefix + the last question
    context = np.array([2, 10, 11, 12, 60, 61, 62, 70, 71, 72], dtype=np.intc)
    stats = _stream_stats(cached, context, 0.0, (0.2, 7), (0.5, 9))
    assert stats["prompt_tokens"] == 7 and stats["reused_tokens"] == 4
    assert stats["prefill_tokens"] == 3 and stats["prefill_s"] == pytest.approx(0.2)
    assert stats["tokens"] == 2 and stats["decode_s"] == pytest.approx(0.3)
    # an identical prompt still re-evaluates its last token (llama-cpp-python does)
    same = _stream_stats(context[:7].copy(), context, 0.0, (0.1, 7), (0.1, 7))
    assert same["reused_tokens"] == 6 and same["prefill_tokens"] == 1
    assert _stream_stats(cached, context, 0.0, None, None) == {}


def test_questions_come_from_the_dev_set_when_present(tmp_path) -> None:
    lines = [{"id": f"q{i}", "lang": "de", "question": f"Frage {i}?", "expect_mode": "answer"}
             for i in range(30)]
    lines.append({"id": "x", "question": "Sinn des Lebens?", "expect_mode": "no_answer"})
    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    questions, source = measure.load_questions(dev, limit=10)
    assert source == "dev.jsonl" and len(questions) == 10
    assert questions[0] == ("de", "Frage 0?") and ("de", "Sinn des Lebens?") not in questions
    questions, source = measure.load_questions(tmp_path / "absent.jsonl")
    assert source == "built-in" and len(questions) == len(measure.BUILTIN_QUESTIONS)


def test_by_default_the_questions_are_the_repository_dev_set() -> None:
    """Nothing outside the checkout is read: the question list is the repo's own copy."""
    assert measure.DEV_SET.resolve().is_relative_to(ROOT)
    questions, source = measure.load_questions()
    assert source == "dev.jsonl" and len(questions) == measure.MAX_QUESTIONS
    assert {lang for lang, _ in questions} >= {"de", "en"}


def test_main_prints_one_json_object_or_the_table(monkeypatch) -> None:
    monkeypatch.setattr(bench, "run", lambda settings, rounds, progress: report(GOOD))
    out = io.StringIO()
    assert bench.main(None, as_json=True, rounds=1, out=out) == 0  # type: ignore[arg-type]
    data = json.loads(out.getvalue())
    assert data["figures"]["decode_ratio"] == 0.975 and len(data["targets"]) == 7
    out = io.StringIO()
    bench.main(None, as_json=False, rounds=1, out=out)  # type: ignore[arg-type]
    assert out.getvalue().startswith("kiosk bench: tiny.gguf")


def test_bench_imports_no_ui_code() -> None:
    code = "import sys, kiosk.tools.bench; print(any(m.startswith('textual') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
