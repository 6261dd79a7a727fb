"""Read-aloud over espeak-ng through pyttsx3's espeak binding, in a thread of its own.

pyttsx3's own Linux playback writes each utterance to a temporary WAV file and plays it with a
blocking `aplay` that cannot be stopped; a kiosk must neither store anything nor keep talking
after a session ends. So the Speaker lets espeak-ng play the audio itself (playback mode), which
keeps the sound in memory and lets `espeak_Cancel` stop it at once. All espeak calls happen in
the Speaker's thread, because the library is not thread-safe. The voice of each language comes
from the language registry (`kiosk.core.languages`).
"""

from __future__ import annotations

import ctypes
import os
import queue
import threading
from functools import cache
from pathlib import Path
from typing import Any

from kiosk.core.languages import DEFAULT, LANGUAGES

_STOP = object()
_CLOSE = object()
DEFAULT_VOLUME = 100
"""espeak-ng's own default (0..200); every session starts at it again (EN 301 549 5.1.3.13)."""
MIN_VOLUME, MAX_VOLUME, VOLUME_STEP = 40, 200, 20
_ALSA_HANDLER: Any = None  # a ctypes callback must stay referenced as long as C may call it


class Speaker:
    """`available` is False when pyttsx3 or espeak-ng cannot start; nothing here ever raises."""

    def __init__(self, enabled: bool = True, rate: int = 160, timeout: float = 5.0) -> None:
        self.available = False
        self.voices: dict[str, str] = {}  # language code -> espeak voice name
        self.volume = DEFAULT_VOLUME
        self._rate = rate
        self._queue: queue.Queue[Any] = queue.Queue()
        self._espeak: Any = None
        if not enabled:
            return
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="speaker",
                                        daemon=True)
        self._thread.start()
        ready.wait(timeout)  # an audio stack that hangs must not hang the kiosk's start

    def say(self, text: str, lang: str) -> None:
        """Speak `text` with the voice of `lang` (the German one where there is none)."""
        if self.available and text.strip():
            self.stop()
            self._queue.put((text, lang))

    def stop(self) -> None:
        """Stop speaking now and forget anything queued."""
        if not self.available:
            return
        try:
            while True:
                self._queue.get_nowait()
        except queue.Empty:
            pass
        self._queue.put(_STOP)

    def set_volume(self, volume: int) -> int:
        """Set the loudness (clamped to MIN_VOLUME..MAX_VOLUME) for what is said next."""
        self.volume = max(MIN_VOLUME, min(MAX_VOLUME, volume))
        return self.volume

    def reset(self) -> None:
        """A session ended: silence and the default volume for the next person."""
        self.stop()
        self.volume = DEFAULT_VOLUME

    def close(self) -> None:
        """Stop and end the thread (at exit)."""
        if self.available:
            self.stop()
            self._queue.put(_CLOSE)

    def _run(self, ready: threading.Event) -> None:
        try:
            if not audio_output_present():
                raise RuntimeError("no sound device")
            _silence_alsa()
            self._espeak = _start_espeak(self._rate)
            self.voices = _voices_by_language(self._espeak)
            self.available = True
        except Exception:  # missing library, no voices or no audio device: no read-aloud
            self.available = False
        finally:
            ready.set()
        while self.available:
            item = self._queue.get()
            try:
                if item is _CLOSE:
                    self._espeak.Cancel()
                    return
                self._espeak.Cancel()
                if item is not _STOP:
                    self._speak(*item)
            except Exception:
                continue  # one failed utterance must not end read-aloud for the day

    def _speak(self, text: str, lang: str) -> None:
        espeak = self._espeak
        voice = self.voices.get(lang) or self.voices.get(DEFAULT)
        if voice:
            espeak.SetVoiceByName(voice.encode("utf-8"))
        espeak.SetParameter(espeak.VOLUME, self.volume, 0)
        # Playback mode: Synth queues the text and returns; espeak-ng plays it in memory.
        espeak.Synth(text.encode("utf-8"), flags=espeak.CHARS_UTF8 | espeak.ENDPAUSE)


def audio_output_present() -> bool:
    """Whether there is a sound card or a PulseAudio/PipeWire server to play to."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    servers = [Path(runtime, "pulse", "native"), Path(runtime, "pipewire-0")] if runtime else []
    return any(Path("/dev/snd").glob("pcmC*D*p")) or any(p.exists() for p in servers)


def _silence_alsa() -> None:
    """Keep ALSA's diagnostics off stderr: that is where the kiosk's screen is drawn."""
    global _ALSA_HANDLER
    try:
        asound = ctypes.CDLL("libasound.so.2")
    except OSError:
        return
    handler = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                               ctypes.c_int, ctypes.c_char_p)
    _ALSA_HANDLER = handler(lambda *_: None)
    asound.snd_lib_error_set_handler(_ALSA_HANDLER)


@cache
def _start_espeak(rate: int) -> Any:
    """espeak-ng, initialised once per process (it cannot be initialised twice)."""
    from pyttsx3.drivers import _espeak  # raises when libespeak-ng is not installed

    if _espeak.Initialize(_espeak.AUDIO_OUTPUT_PLAYBACK, 500) == -1:
        raise RuntimeError("espeak-ng could not open audio output")
    _espeak.SetParameter(_espeak.RATE, rate, 0)
    return _espeak


def _voices_by_language(espeak: Any) -> dict[str, str]:
    """The registry's voice for each kiosk language that this espeak-ng installation has."""
    installed: set[str] = set()
    for voice in espeak.ListVoices(None):
        # `languages` is a priority byte followed by the code, e.g. b"\x05de"
        code = bytes(voice.languages[1:]).decode("utf-8", "ignore").lower()
        installed.add(code.split("-")[0])
    found = {lang.code: lang.voice for lang in LANGUAGES if lang.code in installed}
    if not found:
        raise RuntimeError("espeak-ng has no voice for any kiosk language")
    return found
