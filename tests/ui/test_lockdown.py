"""Kiosk lockdown: keys that would quit, suspend or inspect do nothing; staff get in by PIN."""

from __future__ import annotations

import hashlib
import threading

import pytest
from textual.widgets import Input

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.pin import PinScreen
from kiosk.ui.session import Fault
from kiosk.ui.screens.staff import StaffScreen
from tests.ui.conftest import SIZE
from tests.ui.fakes import FakeAssistant
from tests.ui.helpers import all_text, ask, open_ask, settle, until_screen

pytestmark = pytest.mark.asyncio
LOCKED_KEYS = ("ctrl+c", "ctrl+q", "ctrl+z", "ctrl+backslash", "ctrl+p", "ctrl+s")


async def test_lockdown_keys_do_nothing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_ask(app, pilot)
        app.screen.query_one("#question", Input).value = "Perso"
        for key in LOCKED_KEYS:
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running and app.return_code is None, key
        assert app.screen.id == "ask-screen"
        assert app.screen.query_one("#question", Input).value == "Perso"
        assert not app._notifications  # not even "press ctrl+q to quit"
        assert app.clipboard == ""


async def test_command_palette_is_off(make_app):
    app = make_app()
    assert app.ENABLE_COMMAND_PALETTE is False
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert app.screen.id == "welcome"


async def test_staff_mode_quits_with_ctrl_q(make_app):
    app = make_app(staff=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_wrong_pin_is_refused(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f12")
        assert isinstance(app.screen, PinScreen)
        await pilot.press("1", "1", "1", "1", "enter")
        assert isinstance(app.screen, PinScreen)
        assert "PIN falsch" in all_text(app)
        await pilot.press("escape")
        assert app.screen.id == "welcome"


async def test_three_wrong_pins_lock_the_prompt_longer_each_time(make_app, clock, settings):
    settings.idle_seconds = 10_000  # minutes pass on the clock; no idle countdown meanwhile
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f12")
        for _ in range(3):
            await pilot.press("9", "enter")
        assert "Zu viele Fehlversuche. Bitte warten Sie 30 s." in all_text(app)
        assert app.screen.query_one("#pin-input").disabled
        await pilot.press("escape")  # closing the prompt does not reset the count
        await pilot.press("f12")
        app.screen.check("2468")  # even the right PIN is not checked while locked
        assert isinstance(app.screen, PinScreen)
        clock.advance(30)
        app.screen._show_lock()
        assert not app.screen.query_one("#pin-input").disabled
        for _ in range(3):
            await pilot.press("1", "enter")
        assert "Bitte warten Sie 60 s." in all_text(app)  # twice as long as the first time
        clock.advance(60)
        app.screen.check("2468")
        await pilot.pause()
        assert isinstance(app.screen, StaffScreen)
        assert app.pin_guard.failures == 0 and app.pin_guard.lockouts == 0


async def test_right_pin_opens_staff_panel_with_sources(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Perso kosten?")
        await pilot.press("f12")
        for digit in "2468":  # the default PIN of Settings, typed on the on-screen keypad
            await pilot.click(f"#k{digit}")
        await pilot.click("#kok")
        await pilot.pause()
        assert isinstance(app.screen, StaffScreen)
        text = all_text(app)
        assert "[personalausweis]" in text and "Score 0.900" in text
        assert "Passage zu Personalausweis beantragen." in text
        assert "Zeiten (ms): Suche 12, gesamt 34" in text
        assert "Modus: Antwort · Sprache: de" in text
        assert "Sprachmodell: fake" in text
        assert "ACHTUNG: Die Standard-PIN ist gesetzt" in text
        await pilot.click("#diagnose")
        await settle(app, pilot)
        assert "Diagnose" in all_text(app)
        await pilot.press("escape")  # Escape leaves the panel
        await pilot.pause()
        assert app.screen.id == "ask-screen"
        await pilot.press("f12")
        await pilot.press(*"2468", "enter")
        await pilot.pause()
        await pilot.click("#quit")
        await pilot.pause()
    assert app.return_code == 0


async def test_no_default_pin_warning_with_an_own_pin(make_app, settings):
    settings.staff_pin_sha256 = hashlib.sha256(b"975310").hexdigest()
    app = make_app(staff=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f12")
        assert "Standard-PIN" not in all_text(app)


async def test_staff_panel_speaks_german_only(make_app):
    app = make_app(staff=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f12")
        text = all_text(app)[all_text(app).index("Mitarbeiterbereich"):]
        for english in ("\nmodel:", "\ncorpus:", "\nindex:", "\nembedder:", "Mode:", "(dense"):
            assert english not in text, english


async def test_staff_mode_opens_panel_without_pin(make_app):
    app = make_app(staff=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f12")
        assert isinstance(app.screen, StaffScreen)


async def test_triple_tap_on_title_opens_pin_prompt(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#app-name", times=3)
        await pilot.pause()
        assert isinstance(app.screen, PinScreen)


async def test_out_of_service_when_assistant_missing(make_app):
    app = make_app(assistant=None, failure="CorpusError: corpus folder missing")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.id == "out-of-service"
        assert "0211 89-91" in all_text(app)
        assert "CorpusError" not in all_text(app)
        await pilot.press("f12")
        for digit in "2468":
            await pilot.press(digit)
        await pilot.press("enter")
        await pilot.pause()
        assert "Außer Betrieb: CorpusError" in all_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.id == "out-of-service"


async def test_kiosk_mode_turns_textual_logging_off(make_app, monkeypatch):
    from textual import constants

    monkeypatch.setenv("TEXTUAL", "devtools,debug")
    monkeypatch.setattr(constants, "LOG_FILE", "/tmp/should-not-be-written.log")
    app = make_app()
    assert app.features == frozenset() and app.devtools is None
    assert constants.LOG_FILE is None


async def test_diagnose_shows_the_doctor_checks(make_app, monkeypatch):
    import types

    from kiosk.ui.screens import staff

    fake = types.SimpleNamespace(run_checks=lambda settings: [
        types.SimpleNamespace(name="index", ok=True, message="860 units"),
        types.SimpleNamespace(name="speech", ok=False, message="no espeak-ng")])
    monkeypatch.setattr(staff.importlib, "import_module", lambda name: fake)
    app = make_app(staff=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f12")
        await pilot.click("#diagnose")
        await settle(app, pilot)
        text = all_text(app)
        assert "OK      Index: 860 units" in text
        assert "FEHLER  Sprachausgabe: no espeak-ng" in text


async def test_the_first_screen_shows_at_once_while_the_assistant_is_built(settings, speaker,
                                                                           clock):
    """`kiosk --staff` was blank for 90 s: the index was rebuilt before the app started."""
    gate = threading.Event()
    built = FakeAssistant(settings)

    def builder() -> FakeAssistant:
        gate.wait(10)
        return built

    app = KioskApp(None, speaker, settings, staff=True, clock=clock, builder=builder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.id == "starting"
        assert "Der Bürgerassistent startet" in all_text(app)
        gate.set()
        await until_screen(app, pilot, "welcome")
        await settle(app, pilot)
        assert app.assistant is built and built.load_calls == 1
        await pilot.press("f12")
        assert isinstance(app.screen, StaffScreen)  # staff mode: no PIN


async def test_a_failed_start_is_calm_for_citizens_and_clear_for_staff(settings, speaker, clock):
    def builder():
        raise RuntimeError("index folder unreadable")

    app = KioskApp(None, speaker, settings, clock=clock, builder=builder)
    async with app.run_test(size=SIZE) as pilot:
        await until_screen(app, pilot, "out-of-service")
        assert "index folder" not in all_text(app)
        assert app.all_faults == [Fault("start", "RuntimeError: index folder unreadable")]
