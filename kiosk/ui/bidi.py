"""Right-to-left text for terminals that draw every cell left to right (foot, xterm, the VT).

Arabic letters join and are read from the right; a terminal without bidi support shows them
unjoined and backwards. So text is wrapped in reading order first, then each line is shaped
(arabic-reshaper: the joined letter forms) and reordered (python-bidi: the Unicode bidi
algorithm, with mirrored brackets). Only what is drawn changes: input fields, the question sent
to the assistant and the speech output keep the logical text.
"""

from __future__ import annotations

import textwrap
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display  # mirrors brackets; the newer bidi.get_display does not
from rich.cells import cell_len

_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """Whether `text` holds a right-to-left letter (Arabic, Hebrew, …)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@lru_cache(maxsize=2048)
def visual_line(line: str) -> str:
    """One line as a left-to-right terminal must draw it: shaped and in visual order."""
    if not has_rtl(line):
        return line
    return get_display(arabic_reshaper.reshape(line), base_dir="R")


def wrap(text: str, width: int) -> list[str]:
    """`text` wrapped to `width` cells in reading order, keeping its own line breaks."""
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if cell_len(paragraph) <= width:
            lines.append(paragraph)
            continue
        lines.extend(textwrap.wrap(paragraph, width, break_long_words=True,
                                   break_on_hyphens=False) or [""])
    return lines


def visual_lines(text: str, width: int) -> list[str]:
    """`text` wrapped to `width`, each line shaped and reordered (right-aligned by the caller)."""
    return [visual_line(line) for line in wrap(text, width)]
