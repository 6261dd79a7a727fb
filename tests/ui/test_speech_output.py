"""What speech mode says, really spoken: espeak-ng renders each language's utterances to WAV
and sox measures them (scripts/speech_check.py); the Speaker finds every registry voice."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")),
                                reason="needs the Debian packages espeak-ng and sox")


def test_every_language_is_spoken_audibly_at_a_plausible_length_by_its_own_voice():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "speech_check.py")],
                          capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    failed = [r for r in report["results"] if not r["ok"]]
    assert done.returncode == 0 and not failed, failed
    assert {r["lang"] for r in report["results"]} == {lang.code for lang in LANGUAGES}


def test_the_speaker_finds_the_registry_voice_of_every_language():
    # espeak-ng can be initialised once per process, and without a sound card only for
    # rendering to memory: a child process does it.
    code = ("from pyttsx3.drivers import _espeak as e\n"
            "from kiosk.core import speech\n"
            "e.Initialize(e.AUDIO_OUTPUT_RETRIEVAL, 500)\n"
            "print(speech._voices_by_language(e))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True)
    assert done.stdout.strip() == str({lang.code: lang.voice for lang in LANGUAGES})
