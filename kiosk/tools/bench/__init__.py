"""`kiosk bench`: speed and memory of the answer path, measured against the kiosk's targets.

Cold start and the index build run in child processes (a fresh interpreter each, as a kiosk
starts); the answer figures come from this process, which loads the assistant once and asks the
questions `rounds` times. Every figure is the median over the rounds of that round's value.
`measure` takes the figures, `figures` judges them against the targets, `report` prints them.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any, Callable, TextIO

from kiosk.core.settings import Settings
from kiosk.tools.bench.figures import evaluate, explain, median
from kiosk.tools.bench.measure import cold_start, index_build, load_questions, machine, serve
from kiosk.tools.bench.report import render


def run(settings: Settings, rounds: int = 3,
        progress: Callable[[str], None] = lambda _: None) -> dict:
    """Measure everything; the report that `render` prints and `--json` dumps."""
    rounds = max(1, rounds)
    questions, source = load_questions()
    report_machine = machine()
    t0 = time.monotonic()
    progress("index build into a temporary folder")
    figures: dict[str, Any] = index_build(settings)
    colds = []
    for r in range(rounds):
        progress(f"cold start {r + 1} of {rounds}")
        colds.append(cold_start(settings, questions[0]))
    figures.update({k: median([c[k] for c in colds]) for k in colds[0]})
    served, model = serve(settings, questions, rounds, progress)
    figures.update(served)
    figures = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in figures.items()}
    targets = evaluate(figures)
    return {"machine": report_machine,
            "setup": {"model": model, "rounds": rounds, "questions": len(questions),
                      "question_source": source, "n_threads": settings.n_threads,
                      "n_ctx": settings.n_ctx, "max_tokens": settings.max_tokens,
                      "bench_seconds": round(time.monotonic() - t0, 1)},
            "figures": figures, "targets": targets, "limits": explain(figures, targets)}


def main(settings: Settings, as_json: bool = False, rounds: int = 3,
         out: TextIO | None = None) -> int:
    """`kiosk bench`: progress on stderr, the table (or one JSON object) on stdout."""
    out = out or sys.stdout
    report = run(settings, rounds, lambda text: print(f"kiosk bench: {text}", file=sys.stderr))
    out.write((json.dumps(report, ensure_ascii=False) if as_json else render(report)) + "\n")
    return 0
