"""The bench's targets and figures: percentiles, a round's figures, targets held or why not."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    """A figure the kiosk must reach on the reference machine (2 cores, default model)."""

    key: str
    label: str
    limit: float
    unit: str
    at_least: bool = False  # True: the figure must be >= limit, else <= limit

    def held(self, value: float | None) -> bool | None:
        """True/False, or None when the figure was not measured."""
        if value is None:
            return None
        return value >= self.limit if self.at_least else value <= self.limit

    def describe(self) -> str:
        return f"{'≥' if self.at_least else '≤'} {num(self.limit)}{self.unit}"


TARGETS = (
    Target("card_p95_ms", "service card p95", 100, " ms"),
    Target("first_token_p95_ms", "first token p95", 1000, " ms"),
    Target("answer_p95_ms", "full answer p95", 3000, " ms"),
    Target("decode_ratio", "decode ratio app/raw", 0.95, "", at_least=True),
    Target("cold_ready_s", "cold start to ready", 2.0, " s"),
    Target("peak_rss_mb", "peak RSS", 800, " MB"),
    Target("index_build_s", "index build", 60, " s"),
)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0..100) with linear interpolation, as numpy's default."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: list[float | None]) -> float | None:
    """Median of the measured values (None when nothing was measured)."""
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def round_figures(answers: list[dict], raw_tps: float | None,
                  raw_sampler_tps: float | None = None) -> dict[str, float | None]:
    """One round's figures from its answers (timings_ms plus the LLM's stream stats) and the
    raw decode rates: plain greedy, and with the app's repeat penalty."""
    answered = [a for a in answers if a["mode"] == "answer"]
    timings = [a["timings_ms"] for a in answered]
    generated = [a for a in answered if a.get("llm") and a["llm"].get("tokens") is not None]
    llm = [a["llm"] for a in generated]
    decode_s = sum(s["decode_s"] for s in llm)
    prefill_s = sum(s["prefill_s"] for s in llm)
    app_tps = sum(s["tokens"] for s in llm) / decode_s if decode_s > 0 else None
    gate = [a["timings_ms"]["privacy"] for a in answers if "privacy" in a["timings_ms"]]
    out: dict[str, float | None] = {
        "privacy_p50_ms": percentile(gate, 50),  # sanitize and PII gate, before anything else
        "privacy_p95_ms": percentile(gate, 95),
        "retrieve_p50_ms": percentile([t["retrieve"] - t["privacy"] for t in timings], 50),
        "retrieve_p95_ms": percentile([t["retrieve"] - t["privacy"] for t in timings], 95),
        "card_p50_ms": percentile([t["card"] for t in timings], 50),
        "card_p95_ms": percentile([t["card"] for t in timings], 95),
        "first_token_p50_ms": percentile([t["first_token"] for t in timings
                                          if "first_token" in t], 50),
        "first_token_p95_ms": percentile([t["first_token"] for t in timings
                                          if "first_token" in t], 95),
        "answer_p50_ms": percentile([t["total"] for t in timings], 50),
        "answer_p95_ms": percentile([t["total"] for t in timings], 95),
        "app_decode_tps": app_tps,
        "raw_decode_tps": raw_tps,
        "raw_sampler_decode_tps": raw_sampler_tps,
        "decode_ratio": app_tps / raw_tps if app_tps and raw_tps else None,
        "prefill_tps": (sum(s["prefill_tokens"] for s in llm) / prefill_s
                        if prefill_s > 0 else None),
        "prompt_tokens": median([s["prompt_tokens"] for s in llm]),
        "prompt_tokens_max": max((s["prompt_tokens"] for s in llm), default=None),
        "prefix_reused_share": (statistics.fmean(
            [s["reused_tokens"] >= s["prefix_tokens"] for s in llm if s.get("prefix_tokens")])
            if any(s.get("prefix_tokens") for s in llm) else None),
        "prompt_tokens_reused": median([s["reused_tokens"] for s in llm]),
        "prompt_tokens_new": median([s["prefill_tokens"] for s in llm]),
        "prompt_tokens_new_max": max((s["prefill_tokens"] for s in llm), default=None),
        "tokens_per_answer": median([s["tokens"] + 1 for s in llm]),
    }
    return out


def evaluate(figures: dict[str, Any]) -> list[dict]:
    """Each target with its measured value and whether it held (None: not measured)."""
    return [{"key": t.key, "label": t.label, "value": figures.get(t.key), "limit": t.limit,
             "at_least": t.at_least, "held": t.held(figures.get(t.key))} for t in TARGETS]


def explain(figures: dict[str, Any], targets: list[dict]) -> list[str]:
    """For each missed target: the measured limit behind it, in figures from this run."""
    f = {k: v for k, v in figures.items() if v is not None}
    notes = []
    missed = {t["key"] for t in targets if t["held"] is False}
    if "card_p95_ms" in missed and "retrieve_p95_ms" in f:
        notes.append(f"service card: the search itself (query embedding, Chroma, BM25, "
                     f"keywords) takes p95 {f['retrieve_p95_ms']:.0f} ms of the "
                     f"{f['card_p95_ms']:.0f} ms.")
    if "first_token_p95_ms" in missed and {"prompt_tokens_new", "prefill_tps"} <= set(f):
        prefill = f["prompt_tokens_new"] / f["prefill_tps"] * 1000
        worst = f.get("prompt_tokens_new_max", f["prompt_tokens_new"]) / f["prefill_tps"] * 1000
        notes.append(f"first token: prefilling the new part of the prompt (passages and "
                     f"question, median {f['prompt_tokens_new']:.0f} tokens, at most "
                     f"{f.get('prompt_tokens_new_max', 0):.0f}) at {f['prefill_tps']:.0f} "
                     f"tokens/s takes {prefill:.0f} ms (worst {worst:.0f} ms), on top of the "
                     f"card at p95 {f.get('card_p95_ms', 0):.0f} ms.")
    if "answer_p95_ms" in missed and {"tokens_per_answer", "app_decode_tps"} <= set(f):
        notes.append(f"full answer: a median answer of {f['tokens_per_answer']:.0f} tokens "
                     f"decodes in {f['tokens_per_answer'] / f['app_decode_tps'] * 1000:.0f} ms "
                     f"at {f['app_decode_tps']:.1f} tokens/s after the first token.")
    if "decode_ratio" in missed and {"app_decode_tps", "raw_decode_tps"} <= set(f):
        extra = (1 / f["app_decode_tps"] - 1 / f["raw_decode_tps"]) * 1000
        note = (f"decode ratio: the app spends {extra:.1f} ms per token beyond plain greedy "
                f"decoding")
        if f.get("raw_sampler_decode_tps"):
            penalty = (1 / f["raw_sampler_decode_tps"] - 1 / f["raw_decode_tps"]) * 1000
            note += (f"; {penalty:.1f} ms of it is the repeat penalty (llama.cpp's penalty "
                     f"sampler scans all 262k vocabulary entries per token; raw decoding with "
                     f"it runs at {f['raw_sampler_decode_tps']:.1f} tokens/s), the rest is "
                     f"create_completion's streaming, sentence splitting and claim checks")
        notes.append(note + ".")
    if "cold_ready_s" in missed and "cold_model_s" in f:
        notes.append(f"cold start: interpreter and imports {f.get('cold_import_s', 0):.2f} s, "
                     f"corpus, Chroma index, embedder and language models "
                     f"{f.get('cold_build_s', 0):.2f} s, LLM load and prefix prefill "
                     f"{f['cold_model_s']:.2f} s; all CPU-bound on the same cores.")
    if "peak_rss_mb" in missed and {"rss_built_mb", "rss_ready_mb"} <= set(f):
        notes.append(f"memory: {f['rss_built_mb']:.0f} MB once corpus, index, embedder and "
                     f"language models are loaded (lingua's preloaded models ~280 MB of it); "
                     f"the LLM (weights, KV cache, buffers) brings it to "
                     f"{f['rss_ready_mb']:.0f} MB; answering (llama.cpp's sampler arrays, "
                     f"heap growth between trims) takes the peak to "
                     f"{f['peak_rss_mb']:.0f} MB.")
    if "index_build_s" in missed and "index_units" in f:
        notes.append(f"index build: embedding {f['index_units']:.0f} units with e5-small on "
                     f"the CPU dominates.")
    return notes


def num(value: float) -> str:
    """A figure with as many decimals as its size deserves."""
    if value >= 100 or value == int(value):
        return f"{value:.0f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"
