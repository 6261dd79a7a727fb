"""The shipped foot configuration is valid and turns off every foot key that leads out of the kiosk.

foot acts on its own bindings before the kiosk sees a key, so the app's lockdown cannot stop
Ctrl+Shift+N (a new terminal: a shell) or the URL launcher (a browser).
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.core.settings import ROOT

CONFIG = ROOT / "deploy" / "foot.ini"
MUST_BE_OFF = {
    "key-bindings": ["spawn-terminal", "show-urls-launch", "show-urls-copy", "clipboard-copy",
                     "clipboard-paste", "primary-paste", "font-increase", "font-decrease",
                     "font-reset", "search-start", "pipe-visible", "pipe-scrollback",
                     "pipe-selected"],
    "mouse-bindings": ["primary-paste", "select-begin", "select-word", "select-row"],
}


def _ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_string("[main]\n" + path.read_text(encoding="utf-8"))  # foot: keys before [x]
    return parser


def test_the_keys_that_lead_out_are_off() -> None:
    ini = _ini(CONFIG)
    for section, actions in MUST_BE_OFF.items():
        for action in actions:
            assert ini.get(section, action, fallback="(default)") == "none", \
                f"[{section}] {action} is not turned off in {CONFIG}"
    assert ini.get("scrollback", "lines") == "0"  # nothing of a session to scroll back to


@pytest.mark.skipif(not shutil.which("foot"), reason="foot is not installed "
                    "(apt-get install foot); the check needs its own parser")
def test_foot_accepts_the_configuration() -> None:
    done = subprocess.run(["foot", "--check-config", f"--config={CONFIG}"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not Path("/etc/xdg/foot/foot.ini").is_file(),
                    reason="foot's default configuration (/etc/xdg/foot/foot.ini) is not here")
def test_every_key_binding_foot_has_by_default_is_decided() -> None:
    """A newer foot with a new default binding must not slip through unnoticed."""
    defaults = Path("/etc/xdg/foot/foot.ini").read_text(encoding="utf-8")
    section = re.search(r"^\[key-bindings\]\n(.*?)^\[", defaults, re.S | re.M)
    assert section, "foot's default configuration has no [key-bindings] section"
    bound = [m.group(1) for m in re.finditer(r"^#\s*([a-z0-9-]+)=(.+)$", section.group(1), re.M)
             if m.group(2).split()[-1] != "none"]
    ours = _ini(CONFIG)
    undecided = [a for a in bound if not ours.has_option("key-bindings", a)]
    assert not undecided, f"foot binds {undecided} by default: turn them off in {CONFIG}"
