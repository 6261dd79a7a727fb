"""The top bar of every screen: the speech switch in the fixed corner, then the languages."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal

from kiosk.core.languages import LANGUAGES
from kiosk.ui import messages
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.translated import KButton


class LanguageButton(KButton):
    """One language, named in itself; `spoken` in its own voice (see `speech_lang`)."""

    def __init__(self, code: str, native: str) -> None:
        super().__init__(native, id=f"lang-{code}", classes="lang")
        self.code = code

    @property
    def speech_lang(self) -> str:
        return self.code


class SpeechButton(KButton):
    """The large control in the top-left corner: it always says its name on the first touch,
    so that someone who cannot see the screen can find it; a second touch switches speech."""

    def __init__(self) -> None:
        super().__init__(" ", id="speech")
        self.on = False
        self.styles.line_pad = 0

    def show_state(self, on: bool, lang: str) -> None:
        self.on = on
        self.set_class(on, "-on")
        self.set_text(tr(lang, "speech_on" if on else "speech_off"))

    def spoken_in(self, lang: str) -> str:
        return tr(lang, "speech_hint_on" if self.on else "speech_hint_off")


class LanguageBar(Horizontal):
    """Touch a language to switch every label at once; posts `messages.ChooseLanguage`."""

    DEFAULT_CSS = """
    LanguageBar { height: 3; width: 1fr; }
    LanguageBar > .lang { width: 1fr; min-width: 0; padding: 0; }
    """

    def compose(self) -> ComposeResult:
        for lang in LANGUAGES:
            button = LanguageButton(lang.code, lang.native)
            # Seven names and the speech switch must fit 80 columns: each button gets its
            # name and frame, the rest is shared. The tcss parser of Textual 8.2 rejects
            # `line-pad: 0`, so the side padding is removed here.
            button.styles.line_pad = 0
            button.styles.min_width = cell_len(lang.native) + 2
            yield button

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._mark)

    def _mark(self, lang: str) -> None:
        for button in self.query(LanguageButton):
            button.set_class(button.code == lang, "-current")

    def on_button_pressed(self, event: KButton.Pressed) -> None:
        event.stop()
        if isinstance(event.button, LanguageButton):
            self.post_message(messages.ChooseLanguage(event.button.code))


class TopBar(Horizontal):
    """Speech switch (when a speech engine exists) and languages, the same on every screen."""

    DEFAULT_CSS = """
    TopBar { height: 3; width: 100%; }
    TopBar > #speech { width: auto; min-width: 12; }
    """

    def __init__(self, speech: bool) -> None:
        super().__init__(classes="top-bar")
        self.speech = speech

    def compose(self) -> ComposeResult:
        if self.speech:
            yield SpeechButton()
        yield LanguageBar()

    def on_mount(self) -> None:
        if self.speech:
            self.watch(self.app, "lang", self._relabel)
            self.watch(self.app, "speech_on", self._relabel)

    def _relabel(self, _: object = None) -> None:
        self.query_one(SpeechButton).show_state(self.app.speech_on, self.app.lang)

    def on_button_pressed(self, event: KButton.Pressed) -> None:
        if isinstance(event.button, SpeechButton):
            event.stop()
            self.post_message(messages.ToggleSpeech())
