"""Soak test: thousands of questions in one process, reporting memory growth and latency drift.

Run from the project directory, e.g.

    .venv/bin/python scripts/soak.py                      # 2,000 questions, real stack
    .venv/bin/python scripts/soak.py --no-llm -n 2000     # extractive answers only

Questions are cycled from tests/eval/*.jsonl (the dev set and our own questions).
Every `--session` questions the session ends as at the kiosk ("Fertig": the LLM context is
wiped). Reported: RSS at start (all loaded), after the warm-up and at the end, with the growth
per 1,000 questions after warm-up, and the p50/p95 latency of the first and the last `--window`
questions. Nothing is written to disk; the summary goes to standard output as JSON at the end.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # like the kiosk itself

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.core.guard import netguard  # noqa: E402


def question_files() -> list[Path]:
    return sorted((ROOT / "tests" / "eval").glob("*.jsonl"))


def load_questions(paths: list[Path]) -> list[tuple[str, str | None]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item["question"], item.get("lang")))
    return out


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=2000, help="questions to ask (default 2000)")
    p.add_argument("--no-llm", action="store_true", help="extractive answers only")
    p.add_argument("--warmup", type=int, default=200, help="questions before the warm RSS")
    p.add_argument("--window", type=int, default=200, help="first/last questions compared")
    p.add_argument("--session", type=int, default=5, help="questions per session (0: no reset)")
    p.add_argument("--every", type=int, default=100, help="progress line every N questions")
    args = p.parse_args(argv)

    netguard.install()
    from kiosk.core.assistant import build_assistant
    from kiosk.core.settings import load_settings

    overrides = {"use_llm": False} if args.no_llm else {}
    settings = load_settings(**overrides)
    t0 = time.perf_counter()
    assistant = build_assistant(settings)
    assistant.load_model()
    questions = load_questions(question_files())
    if not questions:
        print("soak: no question files found", file=sys.stderr)
        return 2
    setup_s = time.perf_counter() - t0
    print(f"soak: {len(questions)} distinct questions, model: "
          f"{assistant.status()['model']}, index: {assistant.status()['index']}, "
          f"setup {setup_s:.1f} s", file=sys.stderr, flush=True)

    rss = {"start": rss_mb()}
    peak = rss["start"]
    latencies: list[float] = []
    modes: Counter[str] = Counter()
    errors: list[str] = []
    started = time.perf_counter()
    for i in range(args.n):
        question, lang = questions[i % len(questions)]
        t = time.perf_counter()
        try:
            modes[assistant.ask(question, lang).mode] += 1
        except Exception as exc:  # a soak reports failures instead of stopping at the first
            errors.append(f"{i}: {type(exc).__name__}: {exc}")
        latencies.append((time.perf_counter() - t) * 1000)
        if args.session and (i + 1) % args.session == 0:
            assistant.reset()
        if i + 1 == args.warmup:
            rss["after_warmup"] = rss_mb()
        if (i + 1) % args.every == 0:
            now = rss_mb()
            peak = max(peak, now)
            recent = latencies[-args.every:]
            print(f"soak: {i + 1:5d} questions, RSS {now:7.1f} MB, p50 of last {args.every} "
                  f"{statistics.median(recent):7.1f} ms, errors {len(errors)}",
                  file=sys.stderr, flush=True)
    rss["end"] = rss_mb()
    rss.setdefault("after_warmup", rss["end"])
    peak = max(peak, rss["end"])

    first, last = latencies[:args.window], latencies[-args.window:]
    after = max(args.n - args.warmup, 1)
    summary = {
        "questions": args.n,
        "llm": assistant.model_ready,
        "session_length": args.session,
        "wall_s": round(time.perf_counter() - started, 1),
        "setup_s": round(setup_s, 1),
        "rss_mb": {k: round(v, 1) for k, v in rss.items()} | {"peak": round(peak, 1)},
        "rss_growth_mb_per_1000_after_warmup": round(
            (rss["end"] - rss["after_warmup"]) * 1000 / after, 2),
        "latency_ms": {
            "first_window_p50": round(statistics.median(first), 1),
            "last_window_p50": round(statistics.median(last), 1),
            "first_window_p95": round(pct(first, 0.95), 1),
            "last_window_p95": round(pct(last, 0.95), 1),
            "drift_p50_pct": round(100 * (statistics.median(last) / statistics.median(first) - 1),
                                   1),
            "overall_p50": round(statistics.median(latencies), 1),
        },
        "modes": dict(modes),
        "errors": len(errors),
        "first_errors": errors[:5],
    }
    print(json.dumps(summary, indent=2))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
