"""The kiosk in kiosk mode over the fake assistant and the real corpus, for the real-terminal
test (`scripts/real_terminal.py --app fake`): it starts in a second, whatever state index/ is
in, so the test measures the UI in a terminal, not the index build.

Usage (from the repository root): python tests/ui/terminal_app.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.core.settings import Settings  # noqa: E402
from kiosk.core.speech import Speaker  # noqa: E402
from kiosk.ui.app import KioskApp  # noqa: E402
from kiosk.ui.lockdown import lock_process  # noqa: E402
from tests.ui.fakes import FakeAssistant  # noqa: E402


def main() -> int:
    lock_process()
    settings = Settings(speech=False, idle_seconds=600)
    KioskApp(FakeAssistant(settings), Speaker(enabled=False), settings).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
