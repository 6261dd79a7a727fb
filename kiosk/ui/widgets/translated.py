"""Labels and buttons whose text follows the app's UI language as it changes."""

from __future__ import annotations

from textual.widgets import Button, Static

from kiosk.ui.i18n import tr


class TLabel(Static):
    """Static text from the catalog, re-rendered whenever `app.lang` changes."""

    def __init__(self, key: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", markup=False, id=id, classes=classes)
        self.key = key

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)

    def _relabel(self, lang: str) -> None:
        self.update(tr(lang, self.key))


class TButton(Button):
    """A button labelled from the catalog, relabelled whenever `app.lang` changes."""

    def __init__(self, key: str, *, id: str | None = None, classes: str | None = None,
                 variant: str = "default", action: str | None = None) -> None:
        super().__init__(" ", variant=variant, id=id, classes=classes, action=action)
        self.key = key

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)

    def _relabel(self, lang: str) -> None:
        self.label = tr(lang, self.key)
