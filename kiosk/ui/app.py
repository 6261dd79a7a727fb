"""The kiosk app: screens over an Assistant and a Speaker, idle reset, lockdown, `run_kiosk`."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from kiosk.core.settings import Settings
from kiosk.core.types import Answer
from kiosk.ui.lockdown import lock_process, quiet_textual
from kiosk.ui.screens.ask import AskScreen
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.screens.out_of_service import OutOfServiceScreen
from kiosk.ui.screens.pin import PinScreen
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.themes import HIGH_CONTRAST, KIOSK, THEMES
from kiosk.ui.widgets.language_bar import LanguageBar

if TYPE_CHECKING:
    from kiosk.core.assistant import Assistant
    from kiosk.core.speech import Speaker

STAFF_KEY = "f12"
"""Opens the staff panel (with the PIN prompt in kiosk mode); also: triple-tap the title."""


class KioskApp(App[int]):
    """The Bürgerassistent; all services come in through the constructor (tests pass fakes)."""

    CSS_PATH = "kiosk.tcss"
    TITLE = "Bürgerassistent"
    ENABLE_COMMAND_PALETTE = False
    ALLOW_SELECT = False  # selecting text would offer copying a citizen's words elsewhere
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]
    BINDINGS = [
        Binding(STAFF_KEY, "staff", show=False, priority=True),
        Binding("ctrl+q", "leave", show=False, priority=True),
        # Quit hints, copy, suspend, SIGQUIT-like and screenshot keys do nothing on a kiosk.
        Binding("ctrl+c,ctrl+z,ctrl+backslash,ctrl+s,ctrl+p", "ignore", show=False,
                priority=True, system=True),
    ]

    lang: reactive[str] = reactive("de")
    """The UI language; every label watches it."""

    def __init__(self, assistant: Assistant | None, speaker: Speaker, settings: Settings,
                 staff: bool = False, clock: Callable[[], float] = time.monotonic,
                 failure: str = "") -> None:
        super().__init__()
        self.assistant = assistant
        self.speaker = speaker
        self.settings = settings
        self.staff = staff
        self.clock = clock
        self.failure = failure if assistant is None else ""
        self.groups = assistant.corpus.by_category() if assistant is not None else {}
        self.last_answer: Answer | None = None
        self.last_error = ""
        self._last_input = clock()
        self._resetting = False
        quiet_textual(self)  # staff type citizens' questions too: no log file in any mode
        for theme in THEMES:
            self.register_theme(theme)
        self.default_theme = HIGH_CONTRAST.name if settings.high_contrast else KIOSK.name
        self.theme = self.default_theme

    def get_default_screen(self) -> Screen:
        if self.assistant is None:
            return OutOfServiceScreen()
        return WelcomeScreen(list(self.groups))

    def on_mount(self) -> None:
        # Ticks often enough for a smooth countdown and for tests' sub-second idle times.
        tick = min(0.25, self.settings.idle_seconds / 4, self.settings.countdown_seconds / 4)
        self.set_interval(tick, self.check_inactivity, name="idle")
        if self.assistant is not None:
            self.load_model()

    @work(thread=True, group="model", exit_on_error=False, description="load the LLM")
    def load_model(self) -> None:
        """About a second of blocking work; the welcome screen stays usable meanwhile."""
        try:
            self.assistant.load_model()
        except Exception as exc:  # load_model promises not to raise; stay calm if it does
            self.call_from_thread(setattr, self, "last_error", f"load_model: {exc!r}")

    # -- input, idle and reset ------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._last_input = self.clock()
        screen = self.screen if self.screen_stack else None
        if isinstance(event, events.Key) and event.is_printable and isinstance(screen, AskScreen):
            screen.show_keyboard(False)  # a hardware keyboard is in use
        await super().on_event(event)

    @property
    def session_active(self) -> bool:
        """Whether anything of a citizen's session is on screen or set."""
        return (len(self.screen_stack) > 1 or self.lang != "de"
                or self.theme != self.default_theme)

    def check_inactivity(self) -> None:
        """Called by the interval timer: start, advance or end the idle countdown."""
        now = self.clock()
        if self._resetting or not self.screen_stack:  # no screen: the app is closing
            return
        if isinstance(self.screen, CountdownScreen):
            if not self.screen.tick(now):
                self.reset_session()
        elif self._answering():  # a citizen waiting for an answer is not idle
            self._last_input = now
        elif self.session_active and now - self._last_input >= self.settings.idle_seconds:
            self.speaker.stop()
            self.push_screen(CountdownScreen(now + self.settings.countdown_seconds),
                             self._still_there)

    def _answering(self) -> bool:
        return any(w.group == "answer" and not w.is_finished for w in self.workers)

    def _still_there(self, still_there: bool | None) -> None:
        if still_there:
            self._last_input = self.clock()

    def reset_session(self) -> None:
        """Forget the session: widgets, answers, language, model context, scrollback."""
        if not self._resetting:
            self._resetting = True
            # Run from the app's own queue: a button on a screen being removed must not wait
            # for its own removal.
            self.call_later(self._reset)

    async def _reset(self) -> None:
        try:
            self.speaker.stop()
            while len(self.screen_stack) > 1:
                await self.pop_screen()  # removing AskScreen drops its widgets and worker
            self.last_answer = None
            self.last_error = ""
            self._clipboard = ""
            self.lang = "de"
            self.theme = self.default_theme
            if self.assistant is not None:
                self.wipe_assistant()
            driver = self._driver
            if driver is not None and not self.is_headless:
                driver.write("\x1b[3J")  # the terminal's scrollback could still show the session
                driver.flush()
        finally:
            self._last_input = self.clock()
            self._resetting = False

    @work(thread=True, group="wipe", exit_on_error=False, description="reset the LLM context")
    def wipe_assistant(self) -> None:
        """May wait for the model lock while a cancelled answer finishes its token."""
        try:
            self.assistant.reset()
            from kiosk.fleet.store import refresh  # content installed meanwhile: take it now

            fresh = refresh(self.assistant)
            if fresh is not None:
                self.call_from_thread(self._take_content, fresh)
        except Exception as exc:
            self.call_from_thread(setattr, self, "last_error", f"reset: {exc!r}")

    def _take_content(self, fresh: Assistant) -> None:
        if not self.session_active:  # a citizen who began meanwhile keeps the old content
            self.assistant, self.groups = fresh, fresh.corpus.by_category()

    def copy_to_clipboard(self, text: str) -> None:
        if self.staff:
            super().copy_to_clipboard(text)
        # On a kiosk nothing typed may leave the app, not even via the terminal's clipboard.

    # -- navigation -------------------------------------------------------------------------

    def on_language_bar_chosen(self, message: LanguageBar.Chosen) -> None:
        self.lang = message.lang

    def action_ask(self, typed: str = "") -> None:
        if isinstance(self.screen, AskScreen):
            self.screen.type_ahead(typed)
        elif self.assistant is not None:
            self.push_screen(AskScreen(typed))

    def open_topic(self, category: str) -> None:
        """Show the services of a topic."""
        if category in self.groups:
            self.push_screen(TopicsScreen(category, self.groups[category]))

    def action_home(self) -> None:
        """Back to the welcome screen from browsing (the session goes on: no wipe)."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_finish(self) -> None:
        self.reset_session()

    def action_toggle_contrast(self) -> None:
        self.theme = KIOSK.name if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name

    # -- staff and lockdown -----------------------------------------------------------------

    def action_staff(self) -> None:
        if isinstance(self.screen, (StaffScreen, PinScreen, CountdownScreen)):
            return
        if self.staff:
            self.push_screen(StaffScreen())
        else:
            self.push_screen(PinScreen(), self._pin_checked)

    def on_click(self, event: events.Click) -> None:
        # Staff at a touchscreen without keyboard: three quick taps on the title instead of F12.
        if event.chain >= 3 and event.widget is not None and event.widget.id == "app-name":
            self.action_staff()

    def _pin_checked(self, ok: bool | None) -> None:
        if ok:
            self.push_screen(StaffScreen())

    def action_leave(self) -> None:
        if self.staff:
            self.exit(0)

    def action_staff_quit(self) -> None:
        self.exit(0)

    def action_ignore(self) -> None:
        """Swallows the lockdown keys."""


def run_kiosk(settings: Settings, staff: bool = False) -> int:
    """Build the real assistant and speaker and run the kiosk until staff end it."""
    from kiosk.core.speech import Speaker

    if not staff:
        lock_process()
    assistant, failure = None, ""
    try:
        from kiosk.core.assistant import build_assistant

        assistant = build_assistant(settings)
    except Exception as exc:  # citizens see a calm screen; staff see this text in the panel
        failure = f"{type(exc).__name__}: {exc}"
    speaker = Speaker(enabled=settings.speech)
    try:
        app = KioskApp(assistant, speaker, settings, staff=staff, failure=failure)
        result = app.run()
    finally:
        speaker.close()
    return result if isinstance(result, int) else 0
