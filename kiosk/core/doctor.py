"""`kiosk doctor`: check every part the kiosk needs and say how to fix what is broken."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from kiosk.core.settings import Settings


@dataclass(frozen=True)
class Check:
    """One result: a failed `fatal` check means the kiosk cannot serve as configured."""

    name: str
    ok: bool
    message: str
    fatal: bool = True


def _run(name: str, fn: Callable[[], str], fatal: bool = True) -> Check:
    t0 = time.perf_counter()
    try:
        head, _, more = fn().partition("\n")  # further lines (facts to check) go below
        return Check(name, True, f"{head} ({(time.perf_counter() - t0) * 1000:.0f} ms)"
                     + (f"\n{more}" if more else ""), fatal)
    except Exception as exc:  # every failure becomes a message, never a traceback
        return Check(name, False, f"{type(exc).__name__}: {exc}", fatal)


def run_checks(settings: Settings) -> list[Check]:
    """All checks, in the order a fix would go."""
    from kiosk.core.knowledge.corpus import load_corpus
    from kiosk.core.knowledge.embedder import E5Embedder
    from kiosk.core.knowledge.index import index_problem, read_manifest

    state: dict = {}

    def corpus() -> str:
        state["corpus"] = load_corpus(settings.corpus_dir)
        return f"{len(state['corpus'].services)} documents in {settings.corpus_dir}"

    def embedder() -> str:
        state["embedder"] = E5Embedder(settings.n_threads)
        vec = state["embedder"].query(["Personalausweis"])
        if vec.shape != (1, 384):
            raise RuntimeError(f"unexpected embedding shape {vec.shape}")
        return state["embedder"].name

    def index() -> str:
        if "corpus" not in state or "embedder" not in state:
            raise RuntimeError("needs a working corpus and embedder first")
        problem = index_problem(state["corpus"], state["embedder"], settings.index_dir)
        if problem:
            raise RuntimeError(problem)
        manifest = read_manifest(settings.index_dir) or {}
        return f"{manifest.get('units')} units, built {manifest.get('built_at')}"

    def model() -> str:
        from kiosk.core.answer.llm import build_llm

        llm = build_llm(settings, n_ctx=512)
        text = "".join(llm.stream("Düsseldorf ist", 4, [], lambda: False))
        if not text.strip():
            raise RuntimeError("the model loaded but generated nothing")
        style = "chat template" if llm.chat else "few-shot completion"
        return (f"{settings.model_path.name} loads and generates ({style}, model_format "
                f"{settings.model_format})")

    def language() -> str:
        from kiosk.core.answer.lang import LanguageDetector

        detected = LanguageDetector().detect("Wie beantrage ich einen Reisepass?")
        if detected != "de":
            raise RuntimeError(f"German detected as {detected!r}")
        return "7 languages, offline models"

    def speech() -> str:
        import shutil

        from kiosk.core.speech import Speaker, audio_output_present

        if not settings.speech:
            raise RuntimeError("read-aloud is switched off (speech = false)")
        if not shutil.which("espeak-ng"):
            raise RuntimeError("no speech engine: install espeak-ng (apt-get install espeak-ng); "
                               "the kiosk works without read-aloud")
        if not audio_output_present():
            raise RuntimeError("espeak-ng is installed but there is no audio device; the kiosk "
                               "works without read-aloud")
        speaker = Speaker()
        try:
            if not speaker.available:
                raise RuntimeError("espeak-ng could not start; the kiosk works without read-aloud")
        finally:
            speaker.close()
        return "espeak-ng via pyttsx3"

    def user() -> str:
        import os
        import pwd

        if os.geteuid() == 0:
            raise RuntimeError("running as root: the kiosk must run as an unprivileged user "
                               "(docs/deploy.md); check it as that user: "
                               "runuser -u kiosk -- .venv/bin/kiosk doctor")
        return f"runs as {pwd.getpwuid(os.geteuid()).pw_name}, not root"

    def content() -> str:
        from kiosk.fleet.status import content_status, summary_line, to_check_lines

        info = content_status(settings)
        if info["problem"]:
            raise RuntimeError(info["problem"])
        return "\n".join([summary_line(info)] + [f"{'':16}to check: {line}"
                                                  for line in to_check_lines(info)])

    checks = [_run("corpus", corpus), _run("embedder", embedder), _run("index", index),
              _run("model", model, fatal=settings.use_llm), _run("language", language),
              _run("speech", speech, fatal=False), _run("user", user, fatal=False),
              _run("content", content)]
    return checks
