#!/usr/bin/env python3
"""Speech output check: what speech mode says, rendered to WAV by espeak-ng, measured by sox.

For every language of the registry it renders the kiosk's own utterances (the speech-mode
greeting with the welcome screen, the idle warning, the first rows of a service card) with that
language's espeak-ng voice, and measures each file with `sox … -n stat`: not silent (RMS), a
plausible length for the text (about 5 to 25 characters a second), and the right voice (the
phonemes espeak-ng makes for the text differ from the German voice's, except for German).
The WAV files stay in a temporary folder that is deleted at the end.

Usage: python scripts/speech_check.py   (prints one JSON line; exit 0 when every check passed)
Needs the Debian packages espeak-ng and sox.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.core.knowledge.corpus import load_corpus  # noqa: E402
from kiosk.core.languages import LANGUAGES  # noqa: E402
from kiosk.core.settings import ROOT as KIOSK_ROOT  # noqa: E402
from kiosk.ui.i18n import tr  # noqa: E402
from kiosk.ui.widgets.service_card import spoken_card  # noqa: E402

RATE = 160  # words a minute, as the kiosk's Speaker speaks
MIN_RMS = 0.02


def utterances(lang: str) -> dict[str, str]:
    """The texts speech mode says in `lang`, as the UI builds them."""
    service = load_corpus(KIOSK_ROOT / "corpus").get("personalausweis")
    welcome = " ".join(tr(lang, k) for k in ("app_name", "ai_notice", "pii_notice"))
    card = spoken_card(service, lang)
    return {"speech on + welcome": f"{tr(lang, 'speech_started')} {welcome}",
            "idle warning": f"{tr(lang, 'countdown_title')} "
                            f"{tr(lang, 'countdown_body', seconds=20)}",
            "card": card[: card.find(".", 200) + 1] or card}


def stat(wav: Path) -> dict[str, float]:
    """sox's statistics of a WAV file (length in seconds, RMS amplitude, …)."""
    out = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True,
                         check=True).stderr
    values = {}
    for line in out.splitlines():
        m = re.match(r"^(.+?):\s+(-?[\d.]+)\s*$", line)
        if m:
            values[m.group(1).strip()] = float(m.group(2))
    return values


def phonemes(voice: str, text: str) -> str:
    return subprocess.run(["espeak-ng", "-v", voice, "-q", "-x", text], capture_output=True,
                          text=True, check=True).stdout.strip()


def check() -> dict:
    results = []
    with tempfile.TemporaryDirectory(prefix="kiosk-speech-") as tmp:
        for lang in LANGUAGES:
            for name, text in utterances(lang.code).items():
                wav = Path(tmp) / f"{lang.code}-{len(results)}.wav"
                subprocess.run(["espeak-ng", "-v", lang.voice, "-s", str(RATE), "-w", str(wav),
                                text], check=True, capture_output=True)
                s = stat(wav)
                seconds, rms = s["Length (seconds)"], s["RMS     amplitude"]
                chars_per_second = len(text) / seconds if seconds else 0.0
                own = phonemes(lang.voice, text)
                german = own if lang.code == "de" else phonemes("de", text)
                results.append({
                    "lang": lang.code, "voice": lang.voice, "utterance": name,
                    "chars": len(text), "seconds": round(seconds, 2), "rms": round(rms, 3),
                    "chars_per_second": round(chars_per_second, 1),
                    "ok": bool(rms >= MIN_RMS and 5 <= chars_per_second <= 25 and own
                               and (lang.code == "de" or own != german)),
                })
    return {"ok": all(r["ok"] for r in results), "results": results}


def main() -> int:
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(json.dumps({"ok": False, "missing": missing}))
        return 2
    report = check()
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
