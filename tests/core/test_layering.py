"""The core is a library without Textual: the CLI and the UI share it, tests import it alone."""

from __future__ import annotations

import subprocess
import sys

CORE = ["assistant", "bench", "corpus", "doctor", "embedder", "evaluate", "index", "intent",
        "lang", "llm", "messages", "netguard", "privacy", "prompt", "retrieval", "sanitize",
        "scope", "settings", "speech", "textutil", "types", "verify"]


def test_no_core_module_imports_textual() -> None:
    code = ("import sys\n"
            + "".join(f"import kiosk.core.{m}\n" for m in CORE)
            + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
