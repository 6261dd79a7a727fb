"""Speaker: never raises, degrades to unavailable, speaks in the thread with the right voice."""

from __future__ import annotations

import subprocess
import sys
import threading

from kiosk.core import speech
from kiosk.core.speech import Speaker


class FakeEspeak:
    """The few espeak calls the Speaker makes, recorded."""

    CHARS_UTF8, ENDPAUSE, VOLUME = 1, 0x1000, 2

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.spoken = threading.Event()

    def Cancel(self) -> int:  # noqa: N802 - espeak's names
        self.calls.append(("cancel",))
        return 0

    def SetVoiceByName(self, name: bytes) -> int:  # noqa: N802
        self.calls.append(("voice", name.decode()))
        return 0

    def SetParameter(self, name: int, value: int, relative: int) -> int:  # noqa: N802
        self.calls.append(("volume", value))
        return 0

    def Synth(self, text: bytes, flags: int = 0) -> int:  # noqa: N802
        self.calls.append(("synth", text.decode()))
        self.spoken.set()
        return 0


def test_disabled_speaker_is_unavailable_and_harmless():
    s = Speaker(enabled=False)
    assert not s.available
    s.say("Hallo", "de")
    s.stop()
    s.close()


def test_no_sound_device_means_unavailable(monkeypatch):
    monkeypatch.setattr(speech, "audio_output_present", lambda: False)
    s = Speaker()
    assert not s.available
    s.say("Hallo", "de")  # never raises


def test_speaks_with_the_voice_of_the_language(monkeypatch):
    fake = FakeEspeak()
    monkeypatch.setattr(speech, "audio_output_present", lambda: True)
    monkeypatch.setattr(speech, "_start_espeak", lambda rate: fake)
    monkeypatch.setattr(speech, "_voices_by_language",
                        lambda espeak: {"de": "de", "tr": "tr"})
    s = Speaker()
    assert s.available
    s.say("Merhaba", "tr")
    assert fake.spoken.wait(5)
    assert ("voice", "tr") in fake.calls and ("synth", "Merhaba") in fake.calls
    fake.spoken.clear()
    s.say("Hallo", "xx")  # no voice for it: the German one
    assert fake.spoken.wait(5)
    assert fake.calls[-3:] == [("voice", "de"), ("volume", 100), ("synth", "Hallo")]
    s.close()


def test_volume_is_clamped_and_reset_for_the_next_session(monkeypatch):
    fake = FakeEspeak()
    monkeypatch.setattr(speech, "audio_output_present", lambda: True)
    monkeypatch.setattr(speech, "_start_espeak", lambda rate: fake)
    monkeypatch.setattr(speech, "_voices_by_language", lambda espeak: {"de": "de"})
    s = Speaker()
    assert s.set_volume(500) == speech.MAX_VOLUME
    assert s.set_volume(0) == speech.MIN_VOLUME
    s.set_volume(160)
    s.say("Lauter", "de")
    assert fake.spoken.wait(5)
    assert ("volume", 160) in fake.calls
    s.reset()
    assert s.volume == speech.DEFAULT_VOLUME
    s.close()


class _Voice:
    def __init__(self, code: str, ident: str) -> None:
        self.languages = b"\x05" + code.encode()
        self.identifier = ident.encode()


def test_voices_come_from_the_language_registry():
    from kiosk.core.languages import LANGUAGES

    class Listing:
        def ListVoices(self, _):  # noqa: N802
            return [_Voice("de", "gmw/de"), _Voice("en-gb", "gmw/en"), _Voice("ar", "mb/mb-ar1"),
                    _Voice("ar", "sem/ar"), _Voice("fr-fr", "roa/fr")]

    voices = speech._voices_by_language(Listing())
    registry = {lang.code: lang.voice for lang in LANGUAGES}
    assert voices == {"de": registry["de"], "en": registry["en"], "ar": registry["ar"]}


def test_speech_module_imports_no_textual():
    code = "import sys, kiosk.core.speech; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
