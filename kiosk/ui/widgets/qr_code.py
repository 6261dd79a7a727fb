"""The official page of a service as a QR code: beside the card where it fits, else one tap away."""

from __future__ import annotations

from functools import lru_cache

import segno
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from kiosk.ui import messages
from kiosk.ui.widgets.translated import TButton, TLabel

# Dark modules on a light ground, whatever the theme: phone scanners expect that polarity and
# fail on the inverted code a dark or high-contrast theme would otherwise produce.
_STYLE = "black on white"
_BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}
MIN_CARD_WIDTH = 50
"""The card keeps at least this many columns when the QR code stands beside it."""


@lru_cache(maxsize=64)
def qr_text(url: str, border: int = 2) -> Text:
    """`url` as a QR code, two modules per character cell (one cell is about twice as tall).

    The smallest version that holds the URL, at the highest error correction that version
    allows: a screen does not get scratched, and a smaller code fits beside the card."""
    qr = segno.make(url, error="l", boost_error=True, micro=False)
    rows = [tuple(bool(m) for m in row) for row in qr.matrix_iter(scale=1, border=border)]
    if len(rows) % 2:
        rows.append((False,) * len(rows[0]))
    lines = ["".join(_BLOCKS[top, bottom] for top, bottom in zip(rows[i], rows[i + 1], strict=True))
             for i in range(0, len(rows), 2)]
    return Text("\n".join(lines), style=_STYLE, no_wrap=True, overflow="crop")


def qr_size(url: str) -> tuple[int, int]:
    """Columns and rows the QR code of `url` takes."""
    lines = qr_text(url).plain.split("\n")
    return len(lines[0]), len(lines)


class QRCode(Static):
    """A QR code of `url`; sized to its content so it is never squeezed (squeezed = unreadable)."""

    DEFAULT_CSS = """
    QRCode { width: auto; height: auto; }
    """

    def __init__(self, url: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(qr_text(url), id=id, classes=classes)
        self.url = url

    @property
    def spoken(self) -> str:
        return ""  # its caption says what it is; the address is not worth hearing letter by letter


def fits_beside(url: str, width: int, height: int) -> bool:
    """Whether `width` × `height` cells hold the code and its caption beside the card."""
    cols, rows = qr_size(url)
    return height >= rows + 1 and width - cols - 1 >= MIN_CARD_WIDTH


class QRPane(Vertical):
    """The QR code and its caption, for the column beside the card (the screen decides)."""

    DEFAULT_CSS = """
    QRPane { width: auto; height: auto; padding: 0 0 0 1; }
    QRPane > .qr-caption { width: 100%; color: $text-muted; }
    """

    def __init__(self, url: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="qr-pane")
        self.url = url
        self.styles.width = qr_size(url)[0] + 1  # the caption wraps under the code, not beside

    def compose(self) -> ComposeResult:
        yield QRCode(self.url)
        yield TLabel("qr_caption", classes="qr-caption")


class QRButton(TButton):
    """'QR-Code': shows the code on its own where it does not fit beside the card."""

    def __init__(self, url: str) -> None:
        super().__init__("qr_show", classes="qr-show")
        self.url = url

    def on_button_pressed(self, event: TButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.ShowQR(self.url))
