"""Kiosk mode: the citizen cannot leave, suspend or inspect the app, and nothing is written out."""

from __future__ import annotations

import logging
import os
import signal

from textual import constants
from textual.app import App

# Textual reads these at start; each one would let an attached keyboard or a stray environment
# variable write logs, connect devtools, take screenshots or let Ctrl+C/Ctrl+Z act as signals.
_TEXTUAL_ENV = ("TEXTUAL", "TEXTUAL_LOG", "TEXTUAL_DEBUG", "TEXTUAL_SCREENSHOT",
                "TEXTUAL_SCREENSHOT_LOCATION", "TEXTUAL_SCREENSHOT_FILENAME", "TEXTUAL_PRESS",
                "TEXTUAL_ALLOW_SIGNALS", "TEXTUAL_DRIVER")


def quiet_textual(app: App) -> None:
    """Switch off Textual's log file, devtools, timed screenshots and auto-pilot for `app`."""
    for name in _TEXTUAL_ENV:
        os.environ.pop(name, None)
    constants.LOG_FILE = None
    constants.SCREENSHOT_DELAY = -1
    constants.PRESS = ""
    app.features = frozenset()
    app.devtools = None
    app._devtools_redirector = None  # noqa: SLF001 - set in App.__init__ from $TEXTUAL


def lock_process() -> None:
    """Process-wide part of kiosk mode: no log output, terminal signals ignored."""
    logging.disable(logging.CRITICAL)  # library warnings could quote a citizen's question
    for sig in (signal.SIGINT, signal.SIGQUIT):
        signal.signal(sig, signal.SIG_IGN)
