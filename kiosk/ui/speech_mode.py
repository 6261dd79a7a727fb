"""Speech mode: every screen and control spoken, tap once to hear and twice to choose.

EN 301 549 clause 5 asks that a self-service terminal be usable without sight: speech output
for everything on screen (5.1.3), operable parts that can be found without triggering them
(5.5.2), speech that stops on any action and can be repeated (5.1.3.4, 5.1.3.5), volume reset
after each user (5.1.3.13). This module decides what is said for a widget; the app owns the
state (`SpeechMode`) and wires it to input (see `KioskApp.on_event`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.errors import NoWidget
from textual.widget import Widget
from textual.widgets import Button, Input

from kiosk.core.speech import VOLUME_STEP
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.language_bar import LanguageButton, SpeechButton
from kiosk.ui.widgets.service_card import ServiceCard
from kiosk.ui.widgets.translated import Prose

if TYPE_CHECKING:
    from kiosk.core.speech import Speaker
    from kiosk.ui.app import KioskApp


def describe(widget: Widget | None, lang: str) -> tuple[Widget, str, str] | None:
    """The widget a touch on `widget` means, what to say for it, and in which language."""
    node = widget
    while node is not None and node.parent is not None:
        said = _said(node, lang)
        if said is not None:
            return node, *said
        node = node.parent
    return None


def _said(node: Widget, lang: str) -> tuple[str, str] | None:
    if isinstance(node, SpeechButton):
        return node.spoken_in(lang), lang
    if isinstance(node, LanguageButton):
        return node.text, node.code  # a language's name in its own voice
    if isinstance(node, Button):
        name = getattr(node, "spoken", None) or str(node.label)
        return f"{name}, {tr(lang, 'role.button')}", lang
    if isinstance(node, Input):
        if node.password:
            entry = getattr(node.screen, "spoken_entry", "")
            return f"{tr(lang, 'role.input')}. {entry}", lang  # masked: never the digits
        return f"{tr(lang, 'role.input')}: {node.value or node.placeholder}", lang
    if node.has_class("card-row") or node.parent is not None and node.parent.has_class(
            "card-row"):
        row = node if node.has_class("card-row") else node.parent
        return " ".join(p.text for p in row.query(Prose)), lang  # label and value together
    if isinstance(node, ServiceCard):
        return node.spoken, lang
    if isinstance(node, Prose) and node.text.strip():
        return node.text, node.speech_lang or lang
    return None


def activates(widget: Widget) -> bool:
    """Whether a second touch does something (a text is read again on every touch)."""
    return isinstance(widget, (Button, Input))


class SpeechMode:
    """One session's speech state: on or off, the control armed by a first touch, the last
    utterance (for 'repeat'), the volume. `reset` restores all of it for the next person."""

    def __init__(self, speaker: Speaker) -> None:
        self.speaker = speaker
        self.on = False
        self.armed: Widget | None = None
        self.last: tuple[str, str] | None = None

    @property
    def available(self) -> bool:
        return bool(self.speaker.available)

    def say(self, text: str, lang: str) -> None:
        if text.strip():
            self.last = (text, lang)
            self.speaker.say(text, lang)

    def repeat(self) -> None:
        if self.last is not None:
            self.speaker.say(*self.last)

    def stop(self) -> None:
        self.speaker.stop()

    def louder(self, up: bool) -> None:
        self.speaker.set_volume(self.speaker.volume + (VOLUME_STEP if up else -VOLUME_STEP))

    def reset(self) -> None:
        self.on = False
        self.armed = None
        self.last = None
        self.speaker.reset()


class SpeechControls:
    """Speech mode's input side, mixed into `KioskApp`: taps heard before they act, focus
    spoken, the F2 switch, F3 repeat, F4/F5 volume."""

    def _tap_to_hear(self: KioskApp, event: events.Event) -> bool:
        """In speech mode a first touch says what a control is; True: the event is used up."""
        if isinstance(event, (events.MouseUp, events.Click)) and self._swallow_tap:
            self._swallow_tap = not isinstance(event, events.MouseUp)
            return True
        if not isinstance(event, events.MouseDown) or not self.speech.available:
            return False
        self._swallow_tap = False
        try:
            widget, _ = self.get_widget_at(event.x, event.y)
        except NoWidget:
            return False
        found = describe(widget, self.lang)
        if found is None:
            return False
        target, text, lang = found
        if not (self.speech.on or isinstance(target, SpeechButton)):
            return False
        if activates(target) and self.speech.armed is target:
            return False  # the second touch: let it through
        self.speech.armed = target
        self.speech.say(text, lang)
        self._swallow_tap = True
        return True

    def on_descendant_focus(self: KioskApp, event: events.DescendantFocus) -> None:
        # Focus moved by the keyboard speaks the control (a touch has spoken already).
        if not self._keyboard_focus:
            return
        found = describe(event.widget, self.lang)
        if found and (self.speech.on or isinstance(found[0], SpeechButton)):
            self.speech.armed = found[0]
            self.speech.say(found[1], found[2])

    def say_key(self: KioskApp, key: str, **values: object) -> None:
        """Speak a catalog text in speech mode."""
        if self.speech.on:
            self.speech.say(tr(self.lang, key, **values), self.lang)

    def action_toggle_speech(self: KioskApp) -> None:
        if not self.speech.available:
            return
        self.speech.on = self.speech_on = not self.speech.on
        if self.speech.on:
            intro = self.screen.spoken_intro(self.lang) if self.screen_stack else ""
            self.speech.say(f"{tr(self.lang, 'speech_started')} {intro}", self.lang)
        else:
            self.speech.armed = None
            self.speech.say(tr(self.lang, "speech_stopped"), self.lang)

    def action_repeat(self: KioskApp) -> None:
        self.speech.repeat()

    def action_volume(self: KioskApp, up: bool) -> None:
        self.speech.louder(up)
