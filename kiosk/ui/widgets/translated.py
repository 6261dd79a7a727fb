"""Text and buttons the kiosk shows: literal, readable right to left, and following `app.lang`.

Every text a citizen sees goes through `Prose` or `KButton`: never parsed as markup, control
characters dropped (a pasted escape sequence must not reach the terminal), Arabic shaped and
reordered for terminals without bidi (see `kiosk.ui.bidi`). Each one also says what speech mode
reads aloud (`spoken`).
"""

from __future__ import annotations

import re

from textual.content import Content
from textual.widgets import Button, Static

from kiosk.ui.bidi import has_rtl, visual_line, visual_lines
from kiosk.ui.i18n import tr

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> str:
    """`text` without control characters: shown as written, never interpreted by the terminal."""
    return _CONTROL.sub("", text)


def _shaping(widget: Static | Button) -> bool:
    # The app decides once (from the settings) whether the terminal reorders RTL itself.
    return getattr(widget.app, "shape_rtl", True)


class Prose(Static):
    """Literal text; right-to-left text is wrapped in reading order, then shaped line by line."""

    DEFAULT_CSS = """
    Prose.-rtl { text-align: right; }
    """

    def __init__(self, text: str = "", *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__("", markup=False, id=id, classes=classes)
        self.text = ""
        self.speech_lang: str | None = None  # None: spoken in the screen's language
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show `text` (and read it in speech mode)."""
        self.text = literal(text)
        self.set_class(has_rtl(self.text), "-rtl")
        self.update(self.text)

    @property
    def spoken(self) -> str:
        return self.text

    def _rtl(self) -> bool:
        return self.has_class("-rtl") and _shaping(self)

    def render(self) -> Content:
        if not self._rtl():
            return super().render()
        return Content("\n".join(visual_lines(self.text, self.content_size.width or 80)))

    def get_content_height(self, container, viewport, width: int) -> int:
        if not self._rtl():
            return super().get_content_height(container, viewport, width)
        return len(visual_lines(self.text, width))


class TLabel(Prose):
    """Text from the catalog, re-rendered whenever `app.lang` changes."""

    def __init__(self, key: str, *, id: str | None = None, classes: str | None = None,
                 **values: object) -> None:
        super().__init__("", id=id, classes=classes)
        self.key = key
        self.values = values

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel)

    def relabel(self, lang: str | None = None) -> None:
        """Show the catalog text again (after the language or `key` changed)."""
        self.set_text(tr(lang or self.app.lang, self.key, **self.values))


class KButton(Button):
    """A button with a literal, shaped label; `spoken` is its name for speech mode."""

    def __init__(self, text: str = " ", *, id: str | None = None, classes: str | None = None,
                 variant: str = "default", name: str | None = None) -> None:
        super().__init__(" ", variant=variant, id=id, classes=classes, name=name)
        self.text = ""
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Label the button with `text`; right-to-left text shaped, and where the button has
        room for more than one line, wrapped in reading order first."""
        self.text = literal(text)
        shown = self.text
        if self.is_attached and _shaping(self) and has_rtl(shown):
            width, height = self.content_region.width, self.content_region.height
            lines = visual_lines(shown, width) if height > 1 and width else [visual_line(shown)]
            shown = "\n".join(lines)
        self.label = Content(shown)

    def on_mount(self) -> None:
        self.set_text(self.text)  # now the app is known: shape if it wants that

    def on_resize(self) -> None:
        if has_rtl(self.text):
            self.set_text(self.text)

    @property
    def spoken(self) -> str:
        return self.text


class TButton(KButton):
    """A button labelled from the catalog, relabelled whenever `app.lang` changes."""

    def __init__(self, key: str, *, id: str | None = None, classes: str | None = None,
                 variant: str = "default") -> None:
        super().__init__(" ", id=id, classes=classes, variant=variant)
        self.key = key

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel)

    def relabel(self, lang: str | None = None) -> None:
        self.set_text(tr(lang or self.app.lang, self.key))
