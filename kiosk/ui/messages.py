"""What screens and widgets ask the app for: they post these, the app decides (messages up).

Screens never change the app's state or call its methods; the app sets what they show
(attributes down). Each message names the citizen's intent, not how it is carried out.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from kiosk.core.types import Service


@dataclass
class StartQuestion(Message):
    """Open the ask screen, with keys already typed and, from a service page, that service."""

    typed: str = ""
    service_id: str | None = None


@dataclass
class Ask(Message):
    """Answer `question`; `service_id` is the service the citizen picked ("Meinten Sie …?")."""

    question: str
    service_id: str | None = None


@dataclass
class NewQuestion(Message):
    """Stop the running answer and forget the service on screen; the input line stays."""


@dataclass
class OpenTopic(Message):
    """Show the services of a topic tile."""

    category: str


@dataclass
class OpenService(Message):
    """Show one service: card, summary, QR code."""

    service: Service


@dataclass
class ShowQR(Message):
    """Show the QR code of `url` on its own (it did not fit beside the card)."""

    url: str


@dataclass
class Home(Message):
    """Back to the welcome screen; the session goes on."""


@dataclass
class Finish(Message):
    """'Fertig': end the session and wipe it now."""


@dataclass
class ChooseLanguage(Message):
    """Switch every label, the card and the speech voice to `lang`."""

    lang: str


@dataclass
class ToggleContrast(Message):
    """Switch between the light and the high-contrast theme."""


@dataclass
class ToggleSpeech(Message):
    """Switch speech mode on or off."""


@dataclass
class Say(Message):
    """Speak `text` in speech mode (a screen's announcement, an answer, a warning)."""

    text: str
    lang: str | None = None  # None: the screen's language


@dataclass
class ReadAloud(Message):
    """'Vorlesen' was pressed: speak the last answer, whether speech mode is on or not."""


@dataclass
class Quit(Message):
    """Staff end the program (only the staff panel offers it)."""
