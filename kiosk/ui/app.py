"""The kiosk app: screens over an Assistant and a Speaker, input, speech mode, idle reset, staff.

Data flows down as attributes (the app sets what screens show) and up as messages (screens say
what the citizen wants; `kiosk.ui.flow` decides). All session state is in `self.session` and
`self.speech`, both replaced at every reset.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen

from kiosk.core.settings import Settings
from kiosk.core.types import Answer
from kiosk.ui.flow import CitizenFlow
from kiosk.ui.lockdown import lock_process, quiet_textual
from kiosk.ui.pin_guard import PinGuard
from kiosk.ui.screens.ask import AskScreen
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.screens.out_of_service import OutOfServiceScreen, StartingScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.session import Fault, Session
from kiosk.ui.speech_mode import SpeechControls, SpeechMode
from kiosk.ui.staff_access import StaffAccess
from kiosk.ui.themes import HIGH_CONTRAST, KIOSK, THEMES

if TYPE_CHECKING:
    from kiosk.core.assistant import Assistant
    from kiosk.core.speech import Speaker

STAFF_KEY = "f12"
"""Opens the staff panel (with the PIN prompt in kiosk mode); also: triple-tap the title."""
MIN_WARNING_SECONDS = 20.0
"""WCAG 2.2.1: at least 20 s to say 'I am still here', whatever the settings say."""
_ACTIONS = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)
"""Input that is a citizen doing something (a mouse merely moving is not)."""


@dataclass
class Started(Message):
    """The assistant was built in the background."""

    assistant: Any


class KioskApp(CitizenFlow, SpeechControls, StaffAccess, App[int]):
    """The Bürgerassistent; all services come in through the constructor (tests pass fakes)."""

    CSS_PATH = "kiosk.tcss"
    TITLE = "Bürgerassistent"
    ENABLE_COMMAND_PALETTE = False
    ALLOW_SELECT = False  # selecting text would offer copying a citizen's words elsewhere
    AUTO_FOCUS = ""  # a touch screen: no control waits pre-selected for a stray Enter
    HORIZONTAL_BREAKPOINTS = [(0, "-too-narrow"), (80, "-narrow"), (96, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-too-short"), (24, "-short"), (34, "-tall")]
    BINDINGS = [
        Binding(STAFF_KEY, "staff", show=False, priority=True),
        Binding("ctrl+q", "leave", show=False, priority=True),
        Binding("f2", "toggle_speech", show=False, priority=True),
        Binding("f3", "repeat", show=False, priority=True),
        Binding("f4", "volume(False)", show=False, priority=True),
        Binding("f5", "volume(True)", show=False, priority=True),
        # Quit hints, copy, suspend, SIGQUIT-like and screenshot keys do nothing on a kiosk.
        Binding("ctrl+c,ctrl+z,ctrl+backslash,ctrl+s,ctrl+p", "ignore", show=False,
                priority=True, system=True),
    ]

    lang: reactive[str] = reactive("de")
    """The UI language; every label watches it."""
    speech_on: reactive[bool] = reactive(False)
    """Speech mode, mirrored from `self.speech` for the widgets that show it."""

    def __init__(self, assistant: Assistant | None, speaker: Speaker, settings: Settings,
                 staff: bool = False, clock: Callable[[], float] = time.monotonic,
                 failure: str = "", builder: Callable[[], Assistant] | None = None) -> None:
        super().__init__()
        self.assistant = assistant
        self.speaker = speaker
        self.settings = settings
        self.staff = staff
        self.clock = clock
        self.builder = builder if assistant is None else None
        self.failure = failure if assistant is None else ""
        self.groups = assistant.corpus.by_category() if assistant is not None else {}
        self.session = Session()
        self.faults: list[Fault] = []  # of the app, not of a session: staff see them all day
        self.speech = SpeechMode(speaker)
        self.pin_guard = PinGuard(settings.pin_ok, clock)
        # A terminal that reorders right-to-left text itself must get it in logical order.
        self.shape_rtl = not getattr(settings, "terminal_bidi", False)
        self.warning_seconds = max(MIN_WARNING_SECONDS, settings.countdown_seconds)
        self._last_input = clock()
        self._resetting = False
        self._swallow_tap = False
        self._keyboard_focus = False
        quiet_textual(self)  # staff type citizens' questions too: no log file in any mode
        for theme in THEMES:
            self.register_theme(theme)
        self.default_theme = HIGH_CONTRAST.name if settings.high_contrast else KIOSK.name
        self.theme = self.default_theme

    @property
    def last_answer(self) -> Answer | None:
        return self.session.last_answer

    @property
    def all_faults(self) -> list[Fault]:
        return self.faults + self.session.faults

    def get_default_screen(self) -> Screen:
        if self.assistant is not None:
            return WelcomeScreen(list(self.groups), self.speech.available)
        if self.builder is not None:
            return StartingScreen(self.speech.available)
        return OutOfServiceScreen(self.speech.available)

    def on_mount(self) -> None:
        # Ticks often enough for a smooth countdown and for tests' sub-second idle times.
        tick = min(0.25, self.settings.idle_seconds / 4)
        self.set_interval(tick, self.check_inactivity, name="idle")
        if self.assistant is not None:
            self.load_model()
        elif self.builder is not None:
            self.build()

    @work(thread=True, group="start", exit_on_error=False, description="build the assistant")
    def build(self) -> None:
        """Corpus, index and embedder: seconds, or minutes when the index must be rebuilt."""
        try:
            self.post_message(Started(self.builder()))
        except Exception as exc:  # citizens see a calm screen; staff see this in the panel
            self.call_from_thread(self._start_failed, f"{type(exc).__name__}: {exc}")

    def on_started(self, message: Started) -> None:
        self.assistant = message.assistant
        self.groups = self.assistant.corpus.by_category()
        groups, speech = list(self.groups), self.speech.available
        self._leave_start("kiosk", lambda: WelcomeScreen(groups, speech))
        self.load_model()

    def _start_failed(self, error: str) -> None:
        self.failure = error
        self.faults.append(Fault("start", error))
        speech = self.speech.available
        self._leave_start("out-of-service", lambda: OutOfServiceScreen(speech))

    def _leave_start(self, mode: str, first: Callable[[], Screen]) -> None:
        # A mode of its own: the starting screen is the default one and cannot be replaced.
        self.add_mode(mode, first)
        self.switch_mode(mode)

    @work(thread=True, group="model", exit_on_error=False, description="load the LLM")
    def load_model(self) -> None:
        """About a second of blocking work; the welcome screen stays usable meanwhile."""
        try:
            self.assistant.load_model()
        except Exception as exc:  # load_model promises not to raise; stay calm if it does
            self.call_from_thread(self.faults.append, Fault("model", repr(exc)))

    # -- input: activity, speech mode, tap to hear ---------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            self._last_input = self.clock()
            if isinstance(event, _ACTIONS):
                # Focus moved by Tab is spoken; focus set by a screen as it opens is not.
                self._keyboard_focus = isinstance(event, events.Key) and event.key in (
                    "tab", "shift+tab")
                screen = self.screen if self.screen_stack else None
                if isinstance(event, events.Key) and event.is_printable \
                        and isinstance(screen, AskScreen):
                    screen.show_keyboard(False)  # a hardware keyboard is in use
                if not (isinstance(event, events.Key) and event.key in ("f2", "f3")):
                    self.speech.stop()  # any action silences speech (EN 301 549 5.1.3.5)
            if self._tap_to_hear(event):
                return
        await super().on_event(event)

    def action_toggle_contrast(self) -> None:
        self.theme = KIOSK.name if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name

    # -- idle and reset -----------------------------------------------------------------

    @property
    def session_active(self) -> bool:
        """Whether anything of a citizen's session is on screen or set."""
        return (len(self.screen_stack) > 1 or self.lang != "de" or self.speech.on
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
            self.speech.stop()
            self.push_screen(CountdownScreen(now + self.warning_seconds, now), self._still_there)

    def _answering(self) -> bool:
        return any(w.group == "answer" and not w.is_finished for w in self.workers)

    def _still_there(self, still_there: bool | None) -> None:
        if still_there:
            self._last_input = self.clock()

    def reset_session(self) -> None:
        """Forget the session: widgets, answers, language, speech, model context, scrollback."""
        if not self._resetting:
            self._resetting = True
            # Run from the app's own queue: a button on a screen being removed must not wait
            # for its own removal.
            self.call_later(self._reset)

    async def _reset(self) -> None:
        try:
            self.speech.reset()  # off, default volume (EN 301 549 5.1.3.13)
            self.speech_on = False
            self.workers.cancel_group(self, "answer")
            while len(self.screen_stack) > 1:
                await self.pop_screen()  # removing AskScreen drops its widgets
            self.session = Session()
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
            self.call_from_thread(self.faults.append, Fault("reset", repr(exc)))

    def _take_content(self, fresh: Assistant) -> None:
        if not self.session_active:  # a citizen who began meanwhile keeps the old content
            self.assistant, self.groups = fresh, fresh.corpus.by_category()
            welcome = self.screen_stack[0] if self.screen_stack else None
            if isinstance(welcome, WelcomeScreen):
                welcome.show_topics(list(self.groups))  # a new topic gets its tile

    def copy_to_clipboard(self, text: str) -> None:
        if self.staff:
            super().copy_to_clipboard(text)
        # On a kiosk nothing typed may leave the app, not even via the terminal's clipboard.

    def action_ignore(self) -> None:
        """Swallows the lockdown keys."""


def run_kiosk(settings: Settings, staff: bool = False) -> int:
    """Run the kiosk until staff end it; the assistant is built while the first screen shows."""
    from kiosk.core.speech import Speaker

    if not staff:
        lock_process()

    def build() -> Assistant:
        from kiosk.core.assistant import build_assistant

        return build_assistant(settings)

    speaker = Speaker(enabled=settings.speech)
    try:
        app = KioskApp(None, speaker, settings, staff=staff, builder=build)
        result = app.run()
    finally:
        speaker.close()
    return result if isinstance(result, int) else 0
