"""'Fenster zu klein': covers a screen whose terminal is below the kiosk's minimum size."""

from __future__ import annotations

from kiosk.ui.widgets.translated import TLabel

MIN_SIZE = (80, 24)
"""Every screen fits without scrolling to a control from here up (tests/ui/test_layout.py)."""


class TooSmall(TLabel):
    """Shown by the screen classes `-too-narrow` / `-too-short` (the app's breakpoints)."""

    DEFAULT_CSS = """
    TooSmall {
        display: none;
        layer: too-small;
        dock: top;
        width: 100%;
        height: 100%;
        padding: 1 2;
        content-align: center middle;
        text-align: center;
        text-style: bold;
        background: $background;
        color: $foreground;
    }
    Screen.-too-narrow TooSmall, Screen.-too-short TooSmall { display: block; }
    """
    SCOPED_CSS = False  # the rules above look at the screen, outside this widget

    def __init__(self) -> None:
        super().__init__("too_small", classes="too-small")
