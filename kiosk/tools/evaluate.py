"""Answer quality on a question file: the figures of the shared scorer, for staff and for tests.

Question lines carry `expect_mode`, `expect_service` (id, list of ids or null), `must_contain`
and optionally `must_not_contain` (lists of alternative groups), as in the evaluation README.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from kiosk.core.knowledge.corpus import Corpus
from kiosk.core.textutil import numbers

GENERAL_IDS = ("termin-buergerbuero", "ki-assistent")


@dataclass
class Report:
    """Figures in percent, plus one line per failed check."""

    questions: int = 0
    mode_accuracy_pct: float = 0.0
    service_top1_pct: float = 0.0
    service_top3_pct: float = 0.0
    facts_pct: float = 0.0
    unsupported_numbers: int = 0
    forbidden_hits: int = 0
    latency_ms_p50: float = 0.0
    latency_ms_p95: float = 0.0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        data = dict(self.__dict__)
        data.pop("failures")
        return data


def _pct(k: int, n: int) -> float:
    return round(100.0 * k / n, 1) if n else 100.0


def score(questions: list[dict], answers: dict[str, dict], corpus: Corpus) -> Report:
    """Score answers (by question id) the way tests/eval/score.py (the contract's scorer) does."""
    texts = {s.id: s.path.read_text(encoding="utf-8") for s in corpus.services}
    general = "\n".join(texts.get(i, "") for i in GENERAL_IDS)
    r = Report(questions=len(questions))
    mode_ok = top1 = top3 = svc = facts_ok = facts_n = 0
    latencies: list[float] = []
    for q in questions:
        a = answers.get(q["id"]) or {}
        if not a:
            r.failures.append(f"{q['id']}: no answer")
        mode, text = a.get("mode"), a.get("answer") or ""
        ids = [s.get("id") for s in a.get("sources") or []]
        total = (a.get("timings_ms") or {}).get("total")
        if isinstance(total, (int, float)):
            latencies.append(float(total))
        if q.get("expect_mode") in (None, "any") or mode == q["expect_mode"]:
            mode_ok += 1
        else:
            r.failures.append(f"{q['id']}: mode {mode!r}, expected {q['expect_mode']!r} "
                              f"— {q['question']}")
        expected = q.get("expect_service")
        if expected:
            expected = [expected] if isinstance(expected, str) else expected
            svc += 1
            top1 += bool(ids[:1] and ids[0] in expected)
            top3 += bool(set(ids[:3]) & set(expected))
            if not (ids[:1] and ids[0] in expected):
                r.failures.append(f"{q['id']}: sources {ids[:3]}, expected {expected} "
                                  f"— {q['question']}")
        low = text.lower()
        groups = q.get("must_contain") or []
        if groups:
            facts_n += 1
            missing = [g for g in groups if not any(alt.lower() in low for alt in g)]
            facts_ok += not missing
            if missing:
                r.failures.append(f"{q['id']}: answer lacks {missing} — {text[:120]}")
        bad = [g for g in q.get("must_not_contain") or [] if any(x.lower() in low for x in g)]
        if bad:
            r.forbidden_hits += 1
            r.failures.append(f"{q['id']}: answer contains forbidden {bad}")
        if mode == "answer":
            allowed = numbers(q["question"]) | numbers(general)
            for i in ids:
                allowed |= numbers(texts.get(i, ""))
            extra = sorted(numbers(text) - allowed)
            if extra:
                r.unsupported_numbers += len(extra)
                r.failures.append(f"{q['id']}: unsupported numbers {extra}")
    r.mode_accuracy_pct = _pct(mode_ok, len(questions))
    r.service_top1_pct, r.service_top3_pct = _pct(top1, svc), _pct(top3, svc)
    r.facts_pct = _pct(facts_ok, facts_n)
    if latencies:
        r.latency_ms_p50 = round(statistics.median(latencies), 1)
        r.latency_ms_p95 = round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 1)
    return r
