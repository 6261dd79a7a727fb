"""Helpers for the security tests: paths, a clean environment, question files, running `kiosk`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from kiosk.core.settings import ROOT

VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
KIOSK = ROOT / ".venv" / "bin" / "kiosk"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a kiosk subprocess: no KIOSK_* or TEXTUAL* setting of this machine."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KIOSK_", "TEXTUAL", "PYTHON"))}
    env["KIOSK_CONFIG"] = str(ROOT / "tests" / "security" / "absent.toml")
    env.update(extra)
    return env


def question_files() -> list[Path]:
    """The dev set (the evaluation contract's questions, copied into the repo)."""
    return [ROOT / "tests" / "eval" / "dev.jsonl"]


def questions() -> list[dict]:
    """Every question of `question_files()`, as the parsed JSON objects."""
    return [json.loads(line) for path in question_files()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_kiosk(args: list[str], *, stdin: str | None = None, env: dict[str, str] | None = None,
              timeout: float = 600, prefix: list[str] | None = None):
    """Run `.venv/bin/kiosk` with `args` in the project directory; never raises on exit codes."""
    return subprocess.run([*(prefix or []), str(KIOSK), *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, env=env or clean_env(),
                          timeout=timeout)
