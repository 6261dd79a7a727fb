"""Speaker: never raises, degrades to unavailable, speaks in the thread with the right voice."""

from __future__ import annotations

import subprocess
import sys
import threading

from kiosk.core import speech
from kiosk.core.speech import Speaker


class FakeEspeak:
    """The few espeak calls the Speaker makes, recorded."""

    CHARS_UTF8, ENDPAUSE = 1, 0x1000

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.spoken = threading.Event()

    def Cancel(self) -> int:  # noqa: N802 - espeak's names
        self.calls.append(("cancel",))
        return 0

    def SetVoiceByName(self, name: bytes) -> int:  # noqa: N802
        self.calls.append(("voice", name.decode()))
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
                        lambda espeak: {"de": "gmw/de", "tr": "trk/tr"})
    s = Speaker()
    assert s.available
    s.say("Merhaba", "tr")
    assert fake.spoken.wait(5)
    assert ("voice", "trk/tr") in fake.calls and ("synth", "Merhaba") in fake.calls
    fake.spoken.clear()
    s.say("Hallo", "xx")  # no voice for it: the German one
    assert fake.spoken.wait(5)
    assert fake.calls[-2:] == [("voice", "gmw/de"), ("synth", "Hallo")]
    s.close()


def test_speech_module_imports_no_textual():
    code = "import sys, kiosk.core.speech; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
