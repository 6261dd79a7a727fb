"""Large ▲/▼ controls: reading by touch without the thin scrollbar or a swipe."""

from __future__ import annotations

from textual.containers import ScrollableContainer

from kiosk.ui.i18n import tr
from kiosk.ui.widgets.translated import KButton


class ScrollButton(KButton):
    """Scrolls its `target` one page less two lines, so the reader keeps their place."""

    DEFAULT_CSS = """
    ScrollButton { width: 7; min-width: 7; }
    """

    def __init__(self, target: str, up: bool) -> None:
        super().__init__("▲" if up else "▼", id=f"{'up' if up else 'down'}-{target}",
                         classes="scroll-button")
        self.target = target
        self.up = up

    @property
    def spoken(self) -> str:
        return tr(self.app.lang, "scroll_up" if self.up else "scroll_down")

    def on_button_pressed(self, event: KButton.Pressed) -> None:
        event.stop()
        box = self.screen.query_one(f"#{self.target}", ScrollableContainer)
        step = max(1, box.scrollable_content_region.height - 2)
        box.scroll_relative(y=-step if self.up else step, animate=False)


def scroll_buttons(target: str) -> tuple[ScrollButton, ScrollButton]:
    """▲ and ▼ for the scrollable container with id `target`."""
    return ScrollButton(target, up=True), ScrollButton(target, up=False)
