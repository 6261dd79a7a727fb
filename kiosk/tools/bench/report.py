"""The bench's readable table: figures, targets held or missed, and the limits behind misses."""

from __future__ import annotations

from kiosk.tools.bench.figures import TARGETS, num


def _pair(f: dict, a: str, b: str, unit: str) -> str:
    if f.get(a) is None and f.get(b) is None:
        return "n/a"
    show = [("n/a" if f.get(k) is None else num(f[k])) for k in (a, b)]
    return f"{show[0]} / {show[1]}{unit}"


def _share(f: dict, key: str) -> str:
    return "n/a" if f.get(key) is None else f"{f[key] * 100:.0f} %"


def _one(f: dict, key: str, unit: str) -> str:
    return "n/a" if f.get(key) is None else f"{num(f[key])}{unit}"


def render(report: dict) -> str:
    """The readable table: figures, targets held or missed, and the limits behind misses."""
    f, s, m = report["figures"], report["setup"], report["machine"]
    status = {t["key"]: t for t in report["targets"]}
    by_key = {t.key: t for t in TARGETS}

    def mark(key: str) -> tuple[str, str]:
        if key not in status:
            return "", ""
        held = status[key]["held"]
        return by_key[key].describe(), {True: "held", False: "MISSED", None: "not measured"}[held]

    ratio = "n/a" if f.get("decode_ratio") is None else f"{f['decode_ratio']:.3f}"
    rows = [
        ("cold start: assistant built (welcome screen)", _one(f, "cold_built_s", " s"), ""),
        ("cold start: ready / first answer", _pair(f, "cold_ready_s", "cold_first_answer_s",
                                                    " s"), "cold_ready_s"),
        ("privacy gate p50 / p95", _pair(f, "privacy_p50_ms", "privacy_p95_ms", " ms"), ""),
        ("retrieval p50 / p95", _pair(f, "retrieve_p50_ms", "retrieve_p95_ms", " ms"), ""),
        ("service card p50 / p95", _pair(f, "card_p50_ms", "card_p95_ms", " ms"),
         "card_p95_ms"),
        ("first token p50 / p95", _pair(f, "first_token_p50_ms", "first_token_p95_ms", " ms"),
         "first_token_p95_ms"),
        ("full answer p50 / p95", _pair(f, "answer_p50_ms", "answer_p95_ms", " ms"),
         "answer_p95_ms"),
        ("decode tokens/s app / raw", _pair(f, "app_decode_tps", "raw_decode_tps", ""), ""),
        ("decode ratio app/raw", ratio, "decode_ratio"),
        ("raw decode with the app's repeat penalty", _one(f, "raw_sampler_decode_tps",
                                                           " tokens/s"), ""),
        ("prefill tokens/s", _one(f, "prefill_tps", ""), ""),
        ("prompt tokens: fixed prefix / reused", _pair(f, "prefix_tokens",
                                                        "prompt_tokens_reused", ""), ""),
        ("prompt tokens: new per question", _pair(f, "prompt_tokens_new",
                                                   "prompt_tokens_new_max", " (median / max)"),
         ""),
        ("prompt tokens: whole prompt", _pair(f, "prompt_tokens", "prompt_tokens_max",
                                               " (median / max)"), ""),
        ("prompts that found their prefix cached", _share(f, "prefix_reused_share"), ""),
        ("per question: modules imported / bytes read",
         _pair(f, "modules_imported_per_question", "bytes_read_per_question", ""), ""),
        (f"index build ({_one(f, 'index_units', ' units')})", _one(f, "index_build_s", " s"),
         "index_build_s"),
        ("peak RSS", _one(f, "peak_rss_mb", " MB"), "peak_rss_mb"),
    ]
    lines = [f"kiosk bench: {s['model']}, {s['questions']} questions ({s['question_source']}) "
             f"× {s['rounds']} rounds; medians of the rounds",
             f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['system']}, "
             f"Python {m['python']}, llama-cpp-python {m['llama_cpp']}; "
             f"load average at start {m['load_avg']}", ""]
    width = max(len(r[0]) for r in rows)
    lines.append(f"{'figure':{width}}  {'measured':>24}  {'target':>10}  result")
    for label, value, key in rows:
        target, result = mark(key)
        lines.append(f"{label:{width}}  {value:>24}  {target:>10}  {result}".rstrip())
    held = [t for t in report["targets"] if t["held"]]
    lines += ["", f"targets held: {len(held)} of {len(report['targets'])}"]
    for note in report.get("limits", []):
        lines.append(f"  - {note}")
    return "\n".join(lines)
