"""Speech mode (EN 301 549 5.1.3, 5.2, 5.5.2): switched on without sight, every screen and
control spoken in the screen's language, tap once to hear and twice to choose, stops on any
action, repeats on request, and is off with the default volume for the next person.

Taps here go through the terminal driver and App.on_event (`real_tap`), as a touchscreen's do."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from kiosk.core.speech import DEFAULT_VOLUME
from kiosk.ui import messages
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.screens.pin import PinScreen
from tests.ui.conftest import SIZE
from tests.ui.helpers import ask, real_tap, settle, until_screen

pytestmark = pytest.mark.asyncio


def last(speaker) -> tuple[str, str]:
    return speaker.said[-1] if speaker.said else ("", "")


async def test_the_corner_control_says_its_name_before_it_switches(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await real_tap(app, pilot, "#speech")  # found by touch: it says what it is
        assert last(speaker) == ("Sprachausgabe, aus. Tippen Sie noch einmal, um sie "
                                 "einzuschalten.", "de")
        assert not app.speech.on
        await real_tap(app, pilot, "#speech")
        assert app.speech.on and str(app.screen.query_one("#speech").label) == "Audio: an"
        text, lang = last(speaker)
        assert text.startswith("Sprachausgabe an. Tippen Sie einmal auf ein Feld")
        assert "KI-System, Antworten nicht rechtsverbindlich" in text  # then the screen
        assert lang == "de"


async def test_a_key_switches_speech_on_and_the_corner_control_shows_it(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        assert app.speech.on and app.speech_on
        await pilot.press("f2")
        assert not app.speech.on and last(speaker)[0] == "Sprachausgabe aus."


async def test_first_tap_speaks_a_control_second_tap_activates_it(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await real_tap(app, pilot, "#ask")
        assert last(speaker) == ("Frage stellen, Schaltfläche", "de")
        assert app.screen.id == "welcome"  # heard, not pressed
        await real_tap(app, pilot, "#ask")
        await until_screen(app, pilot, "ask-screen")


async def test_touch_only_use_is_unchanged_without_speech_mode(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await real_tap(app, pilot, "#ask")  # one tap opens it, nothing is said
        await until_screen(app, pilot, "ask-screen")
        assert speaker.said == []


async def test_every_screen_is_announced_in_its_language(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await real_tap(app, pilot, "#lang-tr")
        assert last(speaker) == ("Türkçe", "tr")  # a language's name in its own voice
        await real_tap(app, pilot, "#lang-tr")
        assert app.lang == "tr"
        text, lang = last(speaker)
        assert lang == "tr" and "Yapay zekâ sistemi" in text  # the welcome, now in Turkish
        app.post_message(messages.OpenTopic("ausweis"))
        await until_screen(app, pilot, "topics")
        assert last(speaker) == ("Kimlik & pasaport. Lütfen bir hizmet seçin.", "tr")
        await real_tap(app, pilot, "#svc-personalausweis")
        await real_tap(app, pilot, "#svc-personalausweis")
        await until_screen(app, pilot, "service")
        text, lang = last(speaker)
        assert text.startswith("Kimlik kartı başvurusu. Ücretler:") and lang == "tr"


async def test_card_rows_and_texts_are_read_by_touch(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await ask(app, pilot, "Was kostet ein Perso?")
        answer = app.last_answer
        assert last(speaker) == (answer.text, answer.lang)  # the answer is read out
        await real_tap(app, pilot, ".row-fees")
        text, _ = last(speaker)
        assert text.startswith("Gebühren • Ab 24 Jahren kostet der Personalausweis")
        await real_tap(app, pilot, ".answer-text")
        assert last(speaker) == (answer.text, answer.lang)
        count = len(speaker.said)
        await real_tap(app, pilot, ".answer-text")  # a text is read again on every touch
        assert len(speaker.said) == count + 1


async def test_any_action_stops_speech_and_f3_repeats(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        said = last(speaker)
        stops = speaker.stops
        await pilot.press("f3")
        assert last(speaker) == said
        await pilot.press("x")  # typing is an action: silence
        assert speaker.stops > stops


async def test_focus_by_keyboard_speaks_the_control(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.press("tab")
        assert last(speaker) == (
            "Sprachausgabe, an. Tippen Sie noch einmal, um sie auszuschalten.", "de")
        await pilot.press("tab")
        assert last(speaker) == ("Deutsch", "de")


async def test_idle_warning_and_errors_are_spoken(make_app, speaker, clock, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        assistant.fail_with = RuntimeError("boom")
        await ask(app, pilot, "Perso?")
        assert last(speaker)[0].startswith("Das hat leider nicht geklappt")
        clock.advance(1)
        app.check_inactivity()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CountdownScreen)
        assert last(speaker)[0].startswith("Sind Sie noch da? Ohne Berührung beginnt in 20 s")


async def test_the_pin_prompt_is_spoken_but_never_the_digits(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, PinScreen)
        assert last(speaker) == ("Mitarbeiter-PIN", "de")
        app.screen.query_one("#pin-input", Input).value = "246"
        await real_tap(app, pilot, "#pin-input")
        assert last(speaker) == ("Eingabefeld. 3 Ziffern eingegeben", "de")
        assert not any("246" in text for text, _ in speaker.said)


async def test_speech_and_volume_reset_with_the_session(make_app, speaker):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "f5", "f5")
        assert speaker.volume == DEFAULT_VOLUME + 40
        app.post_message(messages.Finish())
        await settle(app, pilot)
        assert not app.speech.on and not app.speech_on and speaker.volume == DEFAULT_VOLUME
        assert app.speech.last is None  # F3 has nothing of the last person's to repeat


async def test_no_speech_engine_no_speech_controls(make_app, speaker):
    speaker.available = False
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        assert not app.speech.on and not app.screen.query("#speech")
