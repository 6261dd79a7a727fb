"""`kiosk bench`: speed and memory of the answer path, measured against the kiosk's targets.

Cold start and the index build run in child processes (a fresh interpreter each, as a kiosk
starts); the answer figures come from this process, which loads the assistant once and asks the
questions `rounds` times. Every figure is the median over the rounds of that round's value.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TextIO

from kiosk.core.settings import ROOT, Settings

MAX_QUESTIONS = 20
DEV_SET = ROOT / "tests" / "eval" / "dev.jsonl"
"""Read when present (a development checkout); the built-in questions stand in otherwise."""

BUILTIN_QUESTIONS = (
    ("de", "Was kostet ein Personalausweis?"),
    ("de", "Welche Unterlagen brauche ich für einen Reisepass?"),
    ("de", "Wie lange dauert ein Express-Reisepass?"),
    ("de", "Ich habe meinen Ausweis verloren, was nun?"),
    ("de", "Wie melde ich meinen neuen Wohnsitz an?"),
    ("de", "Muss ich mich abmelden, wenn ich ins Ausland ziehe?"),
    ("de", "Wo bekomme ich eine Meldebescheinigung?"),
    ("de", "Was kostet ein Führungszeugnis?"),
    ("de", "Was brauche ich für die Zulassung eines Autos?"),
    ("de", "Wie beantrage ich einen Bewohnerparkausweis?"),
    ("de", "Wie bestelle ich eine Geburtsurkunde?"),
    ("de", "Was kostet eine Gewerbeanmeldung?"),
    ("de", "Wie hoch ist die Hundesteuer?"),
    ("de", "Wo beantrage ich Wohngeld?"),
    ("de", "Wie melde ich Sperrmüll an?"),
    ("de", "Wie beantrage ich Briefwahl?"),
    ("de", "Kann ich mich vom Rundfunkbeitrag befreien lassen?"),
    ("de", "Welche Bürgerbüros gibt es in Düsseldorf?"),
    ("en", "How much is a passport?"),
    ("en", "How do I register my new address?"),
)


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
        return f"{'≥' if self.at_least else '≤'} {_num(self.limit)}{self.unit}"


TARGETS = (
    Target("card_p95_ms", "service card p95", 100, " ms"),
    Target("first_token_p95_ms", "first token p95", 1000, " ms"),
    Target("answer_p95_ms", "full answer p95", 3000, " ms"),
    Target("decode_ratio", "decode ratio app/raw", 0.95, "", at_least=True),
    Target("cold_ready_s", "cold start to ready", 2.0, " s"),
    Target("peak_rss_mb", "peak RSS", 800, " MB"),
    Target("index_build_s", "index build", 60, " s"),
)


# -- figures -------------------------------------------------------------------------------

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
    out: dict[str, float | None] = {
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


# -- rendering ---------------------------------------------------------------------------

def _num(value: float) -> str:
    if value >= 100 or value == int(value):
        return f"{value:.0f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def _pair(f: dict, a: str, b: str, unit: str) -> str:
    if f.get(a) is None and f.get(b) is None:
        return "n/a"
    show = [("n/a" if f.get(k) is None else _num(f[k])) for k in (a, b)]
    return f"{show[0]} / {show[1]}{unit}"


def _share(f: dict, key: str) -> str:
    return "n/a" if f.get(key) is None else f"{f[key] * 100:.0f} %"


def _one(f: dict, key: str, unit: str) -> str:
    return "n/a" if f.get(key) is None else f"{_num(f[key])}{unit}"


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


# -- measuring ----------------------------------------------------------------------------

def load_questions(path: Path = DEV_SET, limit: int = MAX_QUESTIONS) -> tuple[list, str]:
    """(lang, question) pairs spread over the dev set's answerable questions, or built-ins."""
    try:
        items = [json.loads(line) for line in path.read_text("utf-8").splitlines()
                 if line.strip()]
        pairs = [(i.get("lang") or "de", i["question"]) for i in items
                 if i.get("expect_mode", "answer") == "answer"]
    except (OSError, ValueError, KeyError, AttributeError):
        pairs = []
    if not pairs:
        return list(BUILTIN_QUESTIONS[:limit]), "built-in"
    if len(pairs) > limit:
        pairs = [pairs[i * len(pairs) // limit] for i in range(limit)]
    return pairs, path.name


def _child_env(settings: Settings) -> dict[str, str]:
    """The environment that gives a child process exactly these settings."""
    env = dict(os.environ)
    for name, value in settings.model_dump().items():
        env[f"KIOSK_{name.upper()}"] = str(value)
    return env


def _run_child(settings: Settings, *args: str, timeout: float = 240) -> tuple[dict, float]:
    """Run `_child(args)` in a fresh interpreter; its JSON result and the spawn time."""
    code = "import sys; from kiosk.tools.bench import _child; _child(sys.argv[1:])"
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-B", "-c", code, *args], capture_output=True,
                          text=True, env=_child_env(settings), timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench child {args[0]} failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), start


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _bytes_read() -> int | None:
    """Bytes this process has read from files so far (None where the OS does not tell)."""
    try:
        import psutil

        return psutil.Process().io_counters().read_chars
    except (ImportError, AttributeError, OSError):
        return None


def _child(args: list[str]) -> None:
    """Entry of the child processes: `cold <question> <lang>` or `index <dir>`."""
    if args[0] == "cold":
        t = {"start": time.monotonic()}
        from kiosk.core.assistant import build_assistant
        from kiosk.core.settings import load_settings

        t["imported"] = time.monotonic()
        assistant = build_assistant(load_settings())
        t["built"], rss_built = time.monotonic(), _peak_rss_mb()
        assistant.load_model()
        t["ready"], rss_ready = time.monotonic(), _peak_rss_mb()
        answer = assistant.ask(args[1], args[2])
        t["answered"] = time.monotonic()
        print(json.dumps({"t": t, "mode": answer.mode, "rss_built_mb": rss_built,
                          "rss_ready_mb": rss_ready, "rss_mb": _peak_rss_mb(),
                          "model_note": assistant.model_note}))
    elif args[0] == "index":
        from kiosk.core.knowledge.corpus import load_corpus
        from kiosk.core.knowledge.embedder import E5Embedder
        from kiosk.core.knowledge.index import build_index
        from kiosk.core.settings import load_settings

        settings = load_settings()
        t0 = time.monotonic()
        manifest = build_index(load_corpus(settings.corpus_dir),
                               E5Embedder(settings.n_threads), Path(args[1]) / "index")
        print(json.dumps({"seconds": time.monotonic() - t0, "units": manifest["units"],
                          "rss_mb": _peak_rss_mb()}))


def cold_start(settings: Settings, question: tuple[str, str]) -> dict[str, float]:
    """Process start to ready (model loaded, prefix prefilled) and to the first answer."""
    got, start = _run_child(settings, "cold", question[1], question[0])
    t = got["t"]
    return {"cold_built_s": t["built"] - start, "cold_ready_s": t["ready"] - start,
            "cold_first_answer_s": t["answered"] - start,
            "cold_import_s": t["imported"] - start, "cold_build_s": t["built"] - t["imported"],
            "cold_model_s": t["ready"] - t["built"], "rss_built_mb": got["rss_built_mb"],
            "rss_ready_mb": got["rss_ready_mb"], "cold_rss_mb": got["rss_mb"]}


def index_build(settings: Settings) -> dict[str, float]:
    """Build the corpus index into a temporary folder (never into index/)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        got, start = _run_child(settings, "index", tmp)
    return {"index_build_s": got["seconds"], "index_units": got["units"],
            "index_rss_mb": got["rss_mb"]}


def serve(settings: Settings, questions: list, rounds: int,
          progress: Callable[[str], None]) -> tuple[dict[str, float | None], str]:
    """Answer the questions `rounds` times in this process; median figures and the model."""
    from kiosk.core.answer import prompt
    from kiosk.core.assistant import build_assistant
    from kiosk.core.answer.llm import REPEAT_PENALTY

    assistant = build_assistant(settings)
    assistant.load_model()
    llm = assistant.llm
    comparable = None  # a real prompt of the kind the app sends, for the raw decode rate
    if llm is not None and hasattr(llm, "raw_decode_rate"):
        found = assistant.retriever.search(questions[0][1], settings.top_services)
        comparable = prompt.completion_prompt("de", list(found.hits[0].passages[:3]),
                                              questions[0][1])
    prefix = ({lang: llm.n_tokens(prompt.prefix(lang)) + 1 for lang in prompt.completion_langs()}
              if llm is not None and not llm.chat and hasattr(llm, "n_tokens") else {})  # + BOS
    per_round = []
    modules, read = len(sys.modules), _bytes_read()
    for r in range(rounds):
        progress(f"round {r + 1} of {rounds}: {len(questions)} questions")
        answers = []
        for lang, question in questions:
            if llm is not None:
                llm.last_stats = {}
            answer = assistant.ask(question, lang)
            stats = getattr(llm, "last_stats", {}) if "first_token" in answer.timings_ms else {}
            if stats:
                stats = {**stats, "prefix_tokens": prefix.get(answer.lang)}
            answers.append({"mode": answer.mode, "timings_ms": answer.timings_ms,
                            "llm": stats})
        raw = llm.raw_decode_rate(comparable) if comparable else None
        raw_sampler = (llm.raw_decode_rate(comparable, repeat_penalty=REPEAT_PENALTY)
                       if comparable else None)
        per_round.append(round_figures(answers, raw, raw_sampler))
    asked = rounds * len(questions)
    figures = {k: median([f[k] for f in per_round]) for k in per_round[0]}
    if figures["app_decode_tps"] and figures["raw_decode_tps"]:  # the ratio of the medians shown
        figures["decode_ratio"] = figures["app_decode_tps"] / figures["raw_decode_tps"]
    figures["prefix_tokens"] = prefix.get("de")
    figures["modules_imported_per_question"] = (len(sys.modules) - modules) / asked
    figures["bytes_read_per_question"] = ((_bytes_read() - read) / asked
                                          if read is not None else None)
    figures["peak_rss_mb"] = _peak_rss_mb()
    name = llm.name if llm else f"no LLM ({assistant.model_note})"
    return figures, name


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        ram = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        ram = None
    try:
        from importlib.metadata import version

        llama = version("llama-cpp-python")
    except Exception:
        llama = "?"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram,
            "system": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "llama_cpp": llama,
            "load_avg": None if load is None else round(load, 2)}


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
