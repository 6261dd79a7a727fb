"""`python -m kiosk` is the `kiosk` command: same parser, same commands, same exit codes."""

from __future__ import annotations

import subprocess
import sys

from kiosk.core.settings import ROOT

KIOSK = ROOT / ".venv" / "bin" / "kiosk"


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_python_dash_m_kiosk_shows_the_kiosk_command_help() -> None:
    module = _run(sys.executable, "-m", "kiosk", "--help")
    script = _run(str(KIOSK), "--help")
    assert module.returncode == script.returncode == 0, module.stderr
    assert module.stdout.startswith("usage: kiosk ")
    assert module.stdout == script.stdout
    for command in ("ask", "index", "doctor", "eval", "bench"):
        assert command in module.stdout


def test_python_dash_m_kiosk_runs_a_command_and_returns_its_exit_code() -> None:
    done = _run(sys.executable, "-m", "kiosk", "ask")  # no question: a usage error, nothing loads
    assert done.returncode == 2
    assert "please give a question" in done.stderr
    assert "Traceback" not in done.stderr
