"""A citizen's session in the kiosk app, run as a child process by test_no_stored_data.

Usage: python app_session.py QUESTION... — starts the app the way `kiosk` does in kiosk mode
(the CLI module first: no bytecode, no network; then the process lockdown), with the real
corpus, PII gate and language detector but a fake embedder and a fake LLM that echoes the
question; types each question, waits for the answer, presses "Fertig", and prints one JSON
line with the answer modes.
"""

from __future__ import annotations

import kiosk.cli  # noqa: F401  - first, as in `kiosk`: sys.dont_write_bytecode is set here

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from kiosk.core.guard import netguard  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the test doubles in tests/


async def session(questions: list[str]) -> dict:
    from textual.widgets import Input

    from kiosk.core.assistant import build_assistant
    from tests.fakes import FakeEmbedder, ScriptedLLM
    from kiosk.core.settings import ROOT, Settings
    from kiosk.core.speech import Speaker
    from kiosk.ui import messages
    from kiosk.ui.app import KioskApp
    from kiosk.ui.lockdown import lock_process

    lock_process()
    # No index folder: the index is built in RAM, as after a failed `kiosk index`.
    # min_score as in tests/conftest.py: the trigram fake embedder scores lower than e5
    settings = Settings(index_dir=ROOT / "tests" / "security" / "no-index-here", speech=False,
                        min_score=0.1)
    echo = ScriptedLLM(lambda prompt: "Ein Personalausweis kostet 46,00 Euro. "
                       + prompt.rsplit("\n", 2)[-2])  # the question line, typed by the citizen
    assistant = build_assistant(settings, embedder=FakeEmbedder(), llm=echo)
    app = KioskApp(assistant, Speaker(enabled=False), settings, staff=False)
    modes = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.post_message(messages.StartQuestion())
        while app.screen.id != "ask-screen" or not app.screen.is_mounted:
            await pilot.pause()
        for question in questions:
            app.screen.query_one("#question", Input).value = question
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            modes.append(app.last_answer.mode if app.last_answer else None)
        app.post_message(messages.Finish())
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        after_reset = app.last_answer is None and len(app.screen_stack) == 1
    return {"modes": modes, "prompts": len(echo.prompts), "reset": after_reset,
            "devtools": app.devtools is not None, "features": sorted(app.features)}


def main() -> int:
    netguard.install()
    print(json.dumps(asyncio.run(session(sys.argv[1:]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
