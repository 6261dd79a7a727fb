"""The README's configuration table and the settings agree: every field, every default."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from kiosk.core.settings import ROOT, Settings

README = ROOT / "README.md"


def readme_table() -> dict[str, str]:
    """Setting name -> the default the README states, from the table under "## Configuration"."""
    text = README.read_text("utf-8")
    section = text[text.index("## Configuration"):]
    section = section[: section.index("\n## ", 1)]
    rows = re.findall(r"^\| `KIOSK_([A-Z0-9_]+)` \| ([^|]+) \|", section, re.M)
    assert rows, "no configuration table in the README"
    return {name.lower(): shown.strip() for name, shown in rows}


def stated(shown: str, default: object) -> object:
    """The value that the README's text `shown` stands for, of the default's type."""
    unquoted = shown.strip("`")
    if shown.startswith("hash of `"):
        return hashlib.sha256(shown.split("`")[1].encode()).hexdigest()
    if shown == "none":
        return None
    if isinstance(default, bool):
        return {"true": True, "false": False}[shown]
    if isinstance(default, (int, float)):
        return type(default)(shown)
    if isinstance(default, Path):
        return ROOT / unquoted
    return unquoted


def test_every_setting_is_in_the_readme_table_and_nothing_else() -> None:
    assert sorted(readme_table()) == sorted(Settings.model_fields)


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_the_readme_states_the_default_of(name: str) -> None:
    shown = readme_table().get(name)
    assert shown is not None, f"KIOSK_{name.upper()} is missing from the README's table"
    default = Settings.model_fields[name].default
    assert stated(shown, default) == default, (
        f"README says KIOSK_{name.upper()} defaults to {shown}, settings.py says {default!r}")


def test_a_wrong_default_in_the_readme_is_caught() -> None:
    """The check itself can fail: the old README's min_score (0.35) does not pass."""
    assert stated("0.35", 0.24) != 0.24
    assert stated("`models/other.gguf`", ROOT / "models" / "x.gguf") != ROOT / "models" / "x.gguf"
