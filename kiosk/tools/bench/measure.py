"""The bench's measurements: the question list, the child processes, the served answers, the machine.

The questions come from the repository's dev set (tests/eval/dev.jsonl, in a checkout) or the
built-in list; nothing outside the repository is read.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

from kiosk.core.settings import ROOT, Settings
from kiosk.tools.bench.figures import median, round_figures

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
    code = "import sys; from kiosk.tools.bench.measure import _child; _child(sys.argv[1:])"
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
    from kiosk.core.answer.llm import REPEAT_PENALTY
    from kiosk.core.assistant import build_assistant

    assistant = build_assistant(settings)
    assistant.load_model()
    llm = assistant.llm
    if llm is not None and hasattr(llm, "measure"):
        llm.measure = True  # the stream keeps its token counts and timings for these figures
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
