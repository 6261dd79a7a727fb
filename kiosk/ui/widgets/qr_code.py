"""The official page of a service as a QR code drawn with half-block characters."""

from __future__ import annotations

from functools import lru_cache

import segno
from rich.text import Text
from textual.widgets import Static

# Dark modules on a light ground, whatever the theme: phone scanners expect that polarity and
# fail on the inverted code a dark or high-contrast theme would otherwise produce.
_STYLE = "black on white"
_BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


@lru_cache(maxsize=64)
def qr_text(url: str, border: int = 2) -> Text:
    """`url` as a QR code, two modules per character cell (one cell is about twice as tall)."""
    qr = segno.make(url, error="m", micro=False)
    rows = [tuple(bool(m) for m in row) for row in qr.matrix_iter(scale=1, border=border)]
    if len(rows) % 2:
        rows.append((False,) * len(rows[0]))
    lines = ["".join(_BLOCKS[top, bottom] for top, bottom in zip(rows[i], rows[i + 1], strict=True))
             for i in range(0, len(rows), 2)]
    return Text("\n".join(lines), style=_STYLE, no_wrap=True, overflow="crop")


class QRCode(Static):
    """A QR code of `url`; sized to its content so it is never squeezed (squeezed = unreadable)."""

    def __init__(self, url: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(qr_text(url), id=id, classes=classes)
        self.url = url
