#!/usr/bin/env python3
"""Real-terminal proof: the kiosk in xterm under Xvfb, driven by real X input, checked by OCR.

Beyond Textual's Pilot: the kiosk runs in a real terminal emulator (xterm, which like the
deployment terminal foot does no bidi), gets real X mouse clicks, wheel turns and key presses
(xdotool), and every step is checked on a screenshot with tesseract (German and Arabic data).
It taps welcome → topic → service card, and welcome → question typed on the on-screen keyboard
→ answer; scrolls the card with the wheel; switches to Arabic and reads it back; opens the
staff PIN prompt and leaves it with Escape; ends the session with 'Fertig'.

Needs the Debian packages xvfb, xterm, xdotool, imagemagick, tesseract-ocr, tesseract-ocr-deu
and tesseract-ocr-ara. Usage:

    python scripts/real_terminal.py                 # the real kiosk (kiosk --no-llm)
    python scripts/real_terminal.py --app fake      # the fake assistant: starts in a second
    python scripts/real_terminal.py --out /tmp/rt   # where screenshots and the log go

Prints one JSON line with each step, its result and seconds; exits 0 when every step passed.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLS, ROWS = 100, 30
TOOLS = ("Xvfb", "xterm", "xdotool", "tesseract", "convert", "xwd")
KEYBOARD = ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß-")  # German rows, as the registry has them


@dataclass
class Word:
    text: str
    x: int  # centre, in screen pixels
    y: int


class Terminal:
    """One xterm on a private X display; clicks and reads it."""

    def __init__(self, command: list[str], out: Path) -> None:
        self.out = out
        self.display = f":{90 + os.getpid() % 9}"
        self.env = {**os.environ, "DISPLAY": self.display, "TERM": "xterm-256color",
                    "COLORTERM": "truecolor"}
        self.procs: list[subprocess.Popen] = []
        self.procs.append(subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1400x900x24",
                                            "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
        self._wait(lambda: self._run("xdotool", "getmouselocation", check=False) == 0, 10)
        # -b 0 and no scrollbar: the text area starts at the window's corner, cells are even.
        # xterm drops COLORTERM and says TERM=xterm (16 colours to Rich); foot, the kiosk's
        # terminal, says truecolor. `env` gives the kiosk what foot would.
        self.procs.append(subprocess.Popen(
            ["xterm", "-tn", "xterm-256color", "-fa", "DejaVu Sans Mono", "-fs", "14", "-b", "0",
             "+sb", "-geometry", f"{COLS}x{ROWS}+0+0", "-e", "env", "COLORTERM=truecolor",
             *command],
            env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self.window = self._output("xdotool", "search", "--sync", "--class", "xterm").split()[0]
        geometry = dict(line.split("=") for line in self._output(
            "xdotool", "getwindowgeometry", "--shell", self.window).split())
        self.cell = (int(geometry["WIDTH"]) / COLS, int(geometry["HEIGHT"]) / ROWS)

    def _run(self, *args: str, check: bool = True) -> int:
        return subprocess.run(args, env=self.env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, check=check).returncode

    def _output(self, *args: str) -> str:
        return subprocess.run(args, env=self.env, capture_output=True, text=True,
                              check=True).stdout

    @staticmethod
    def _wait(ready, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not ready():
            if time.monotonic() > deadline:
                raise TimeoutError("the X server did not start")
            time.sleep(0.1)

    def shot(self, name: str) -> Path:
        """A screenshot of the terminal window, saved as PNG."""
        path = self.out / f"{name}.png"
        xwd = subprocess.run(["xwd", "-id", self.window, "-silent"], env=self.env,
                             capture_output=True, check=True).stdout
        subprocess.run(["convert", "xwd:-", str(path)], input=xwd, check=True)
        return path

    def read(self, name: str, lang: str = "deu") -> list[Word]:
        """OCR of a fresh screenshot: words with their centres in window pixels."""
        path = self.shot(name)
        big = path.with_suffix(".ocr.png")  # tesseract reads 14-px terminal text better at 2x
        subprocess.run(["convert", str(path), "-resize", "200%", str(big)], check=True)
        # --psm 4 (a column of lines) also reads light text on the dark primary buttons.
        tsv = subprocess.run(["tesseract", str(big), "-", "-l", lang, "--psm", "4", "tsv"],
                             capture_output=True, text=True, check=True).stdout
        big.unlink()
        words = []
        for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
            text = (row.get("text") or "").strip()
            if text and float(row.get("conf") or -1) > 30:
                words.append(Word(text, (int(row["left"]) + int(row["width"]) // 2) // 2,
                                  (int(row["top"]) + int(row["height"]) // 2) // 2))
        return words

    def wait_for(self, name: str, *texts: str, lang: str = "deu",
                 seconds: float = 20) -> list[Word]:
        """Screenshots until every text in `texts` is read on screen (or TimeoutError)."""
        deadline = time.monotonic() + seconds
        while True:
            words = self.read(name, lang)
            seen = " ".join(w.text for w in words)
            if all(t in seen for t in texts):
                return words
            if time.monotonic() > deadline:
                raise TimeoutError(f"{name}: {texts} not on screen; read: {seen[:400]}")
            time.sleep(0.5)

    def click(self, x: float, y: float, button: int = 1) -> None:
        self._run("xdotool", "mousemove", "--window", self.window, str(int(x)), str(int(y)),
                  "click", str(button))
        time.sleep(0.3)

    def click_cell(self, col: float, row: float) -> None:
        self.click((col + 0.5) * self.cell[0], (row + 0.5) * self.cell[1])

    def tap(self, words: list[Word], text: str) -> None:
        """Click the first word that starts with `text`."""
        word = next((w for w in words if w.text.startswith(text)), None)
        if word is None:
            raise LookupError(f"{text!r} not on screen")
        self.click(word.x, word.y)

    def key(self, *keys: str) -> None:
        # Real key events (XTEST) to the window under the pointer: xterm ignores the
        # synthetic events `xdotool key --window` would send.
        self._run("xdotool", "mousemove", "--window", self.window, "5", "5")
        self._run("xdotool", "key", "--delay", "120", *keys)
        time.sleep(0.3)

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


def type_on_screen(term: Terminal, words: list[Word], text: str) -> None:
    """Type `text` with the on-screen keyboard: rows found by the '123' key below them,
    each key the same share of the terminal's width (the keyboard's 1fr keys)."""
    switch = next(w for w in words if w.text == "123")
    bottom_row = switch.y / term.cell[1] - 0.5
    for char in text:
        i = next(n for n, row in enumerate(KEYBOARD) if char in row)
        row = KEYBOARD[i]
        col = (row.index(char) + 0.5) * COLS / len(row) - 0.5
        term.click_cell(col, bottom_row - 3 * (len(KEYBOARD) - i))


def session(term: Terminal, start_seconds: float, steps: list[dict]) -> None:
    """The steps a citizen (and a member of staff) take, each checked by OCR, into `steps`."""

    def step(name: str, action) -> None:
        t0 = time.monotonic()
        try:
            detail = action()
            steps.append({"step": name, "ok": True, "seconds": round(time.monotonic() - t0, 1),
                          **({"detail": detail} if detail else {})})
        except Exception as exc:
            steps.append({"step": name, "ok": False, "error": f"{type(exc).__name__}: {exc}"})
            raise

    state: dict = {}

    def welcome():
        state["w"] = term.wait_for("01-welcome", "Frage", "stellen", "Ausweis",
                                   seconds=start_seconds)

    def topic_to_card():
        term.tap(state["w"], "Ausweis")
        words = term.wait_for("02-topic", "Personalausweis", "beantragen")
        term.tap(words, "Personalausweis")
        words = term.wait_for("03-card", "Gebühren", "46,00", "Startseite")
        term.tap(words, "Startseite")
        state["w"] = term.wait_for("04-welcome-again", "Frage", "stellen")

    def question_by_keyboard():
        term.tap(state["w"], "Frage")
        words = term.wait_for("05-ask", "123", "Senden")
        type_on_screen(term, words, "perso")
        words = term.wait_for("06-typed", "pers", "Senden")  # the cursor follows the o
        term.tap(words, "Senden")
        term.wait_for("07-answer", "Personalausweis", "Gebühren")

    def wheel_scrolls_the_card():
        before = " ".join(w.text for w in term.read("08-before-wheel"))
        for _ in range(6):
            term.click(term.cell[0] * 30, term.cell[1] * 12, button=5)  # wheel down
        words = term.wait_for("09-after-wheel", "Unterlagen")
        return {"Unterlagen before": "Unterlagen" in before, "after": True,
                "words": len(words)}

    def arabic_is_readable():
        term.click_cell(COLS - 5, 1)  # the last language button: العربية
        # Tesseract reads Arabic only when it is joined and in reading order on screen.
        words = term.wait_for("10-arabic", "رسوم", "بطاقة", "الهوية", lang="ara")
        state["w"] = term.read("10-arabic-latin")
        return {"read": " ".join(w.text for w in words if w.text[0] > "\u0600")[:160]}

    def staff_pin_and_escape():
        term.tap(state["w"], "Deutsch")
        term.wait_for("11-deutsch", "Personalausweis", "Startseite")
        term.key("F12")
        term.wait_for("12-pin", "Mitarbeiter-PIN")
        term.key("2", "4", "6", "8", "Return")
        term.wait_for("13-staff", "Mitarbeiterbereich")
        term.key("Escape")
        state["w"] = term.wait_for("14-after-staff", "Startseite", "Neue")

    def done_wipes():
        # White on the warning colour is hard for OCR: 'Fertig' is the button after
        # 'Neue Frage', as far from it as that is from 'Startseite'.
        home = next(w for w in state["w"] if w.text == "Startseite")
        new = next(w for w in state["w"] if w.text == "Neue")
        term.click(2 * new.x - home.x, new.y)
        term.wait_for("16-wiped", "Frage", "stellen", "Kontrast")

    for name, action in (("welcome", welcome), ("topic → service card", topic_to_card),
                         ("question on the on-screen keyboard → answer", question_by_keyboard),
                         ("mouse wheel scrolls the card", wheel_scrolls_the_card),
                         ("Arabic shaped and readable", arabic_is_readable),
                         ("staff PIN, panel, Escape", staff_pin_and_escape),
                         ("Fertig ends the session", done_wipes)):
        step(name, action)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", choices=("real", "fake"), default="real")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--start-seconds", type=float, default=None,
                        help="how long the kiosk may take to show its welcome screen")
    args = parser.parse_args(argv)
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(json.dumps({"ok": False, "missing": missing}))
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="kiosk-terminal-"))
    out.mkdir(parents=True, exist_ok=True)
    python = str(ROOT / ".venv" / "bin" / "python")
    command = ([python, str(ROOT / "tests" / "ui" / "terminal_app.py")] if args.app == "fake"
               else [python, "-m", "kiosk", "--no-llm"])
    start_seconds = args.start_seconds or (30 if args.app == "fake" else 600)
    t0 = time.monotonic()
    term = Terminal(command, out)
    steps: list[dict] = []
    try:
        session(term, start_seconds, steps)
    except Exception:
        pass  # the failed step is in `steps`, with its error
    finally:
        term.close()
    ok = len(steps) == 7 and all(s["ok"] for s in steps)
    print(json.dumps({"ok": ok, "app": args.app, "seconds": round(time.monotonic() - t0, 1),
                      "screenshots": str(out), "steps": steps}, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
