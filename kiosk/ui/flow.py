"""The citizen's way through the kiosk: the app's answers to what screens ask for.

Screens post `kiosk.ui.messages`; these handlers decide: which screen comes next, what the
session remembers (the service on screen, the last answer), and they run the one answer worker.
Mixed into `KioskApp` (kiosk/ui/app.py) to keep each file readable in one sitting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from kiosk.core.types import Answer, Chunk, Context, Done, Event, Prepared, Service
from kiosk.ui import messages
from kiosk.ui.screens.ask import AskScreen
from kiosk.ui.screens.choice import ChoiceScreen
from kiosk.ui.screens.qr import QRScreen
from kiosk.ui.screens.topics import ServiceScreen, TopicsScreen
from kiosk.ui.session import Fault
from kiosk.ui.widgets.answer_view import AnswerView
from kiosk.ui.widgets.offers import OffersBar

if TYPE_CHECKING:
    from kiosk.ui.app import KioskApp


@dataclass
class AnswerEvent(Message):
    """A stream event for `view`, posted from the answer worker thread."""

    view: AnswerView
    event: Event


@dataclass
class AnswerFailed(Message):
    """The answer worker raised; unlocks the UI with a calm text (details go to staff)."""

    view: AnswerView
    error: str


class CitizenFlow:
    """Navigation and answering, for `KioskApp`."""

    def _ask_screen(self: KioskApp) -> AskScreen | None:
        return next((s for s in reversed(self.screen_stack) if isinstance(s, AskScreen)), None)

    def on_start_question(self: KioskApp, message: messages.StartQuestion) -> None:
        screen = self.screen if self.screen_stack else None
        if isinstance(screen, AskScreen):
            screen.type_ahead(message.typed)
        elif self.assistant is not None:
            if message.service_id:
                self.session.context = Context(service_id=message.service_id)
            self.push_screen(AskScreen(message.typed, max_chars=self.settings.max_question_chars,
                                       speech=self.speech.available))

    async def on_ask(self: KioskApp, message: messages.Ask) -> None:
        screen = self._ask_screen()
        if screen is None or self.assistant is None or not message.question.strip():
            return  # the core cleans the question; only an empty line is not sent at all
        self.speech.stop()
        if message.service_id:  # "Meinten Sie …?": the citizen picked this service
            self.session.context = Context(service_id=message.service_id)
        view = await screen.start(message.question)
        self.stream_answer(message.question, self.lang, self.session.context, view)
        self.say_key("thinking")

    @work(thread=True, exclusive=True, group="answer", exit_on_error=False,
          description="answer a question")
    def stream_answer(self: KioskApp, question: str, lang: str, context: Context,
                      view: AnswerView) -> None:
        """Runs `Assistant.stream` off the UI thread; only posts messages back."""
        worker = get_current_worker()
        try:
            stream = self.assistant.stream(question, lang, cancelled=lambda: worker.is_cancelled,
                                           context=context)
            for event in stream:
                if worker.is_cancelled:
                    return
                self.post_message(AnswerEvent(view, event))
        except Exception as exc:  # any failure must unlock the UI, never crash the kiosk
            self.post_message(AnswerFailed(view, f"{type(exc).__name__}: {exc}"))

    def on_answer_event(self: KioskApp, message: AnswerEvent) -> None:
        view, event = message.view, message.event
        if not view.is_attached or view.finished:
            return  # a cancelled answer's late events
        if isinstance(event, Prepared):
            view.prepared(event)
        elif isinstance(event, Chunk):
            view.add_text(event.text)
        elif isinstance(event, Done):
            self._answered(view, event.answer)

    def _answered(self: KioskApp, view: AnswerView, answer: Answer) -> None:
        self.session.last_answer = answer
        # The context is the service whose card is on screen; a refusal or a referral shows none.
        self.session.context = Context(service_id=answer.service.id if answer.service else None)
        screen = view.screen
        if isinstance(screen, AskScreen):
            screen.finish(view, answer)
        if self.speech.on:
            self.speech.say(answer.text, answer.lang)

    def on_answer_failed(self: KioskApp, message: AnswerFailed) -> None:
        self.session.faults.append(Fault("answer", message.error, session=True))
        if message.view.is_attached:
            message.view.fail()
            self.say_key("failed")

    def on_new_question(self: KioskApp, message: messages.NewQuestion) -> None:
        self.speech.stop()
        self.workers.cancel_group(self, "answer")
        self.session.context = Context()

    # -- browsing -------------------------------------------------------------------------

    def on_open_topic(self: KioskApp, message: messages.OpenTopic) -> None:
        if message.category in self.groups:
            self.push_screen(TopicsScreen(message.category, self.groups[message.category],
                                          self.speech.available))

    def on_open_service(self: KioskApp, message: messages.OpenService) -> None:
        self.session.context = Context(service_id=message.service.id)
        self.push_screen(ServiceScreen(message.service, self.speech.available))

    def on_show_qr(self: KioskApp, message: messages.ShowQR) -> None:
        self.push_screen(QRScreen(message.url))

    def on_offers_bar_choose(self: KioskApp, message: OffersBar.Choose) -> None:
        def chosen(service: Service | None) -> None:
            if service is not None:
                self.post_message(messages.Ask(message.question, service.id))

        self.push_screen(ChoiceScreen(message.services, self.lang), chosen)

    def on_home(self: KioskApp, message: Any = None) -> None:
        """Back to the welcome screen (the session goes on: no wipe)."""
        self.workers.cancel_group(self, "answer")
        self.session.context = Context()
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def on_finish(self: KioskApp, message: messages.Finish) -> None:
        self.reset_session()

    def on_choose_language(self: KioskApp, message: messages.ChooseLanguage) -> None:
        self.lang = message.lang
        if self.speech.on and self.screen_stack:
            self.speech.say(self.screen.spoken_intro(self.lang), self.lang)

    def on_toggle_contrast(self: KioskApp, message: messages.ToggleContrast) -> None:
        self.action_toggle_contrast()

    def on_toggle_speech(self: KioskApp, message: messages.ToggleSpeech) -> None:
        self.action_toggle_speech()

    def on_read_aloud(self: KioskApp, message: messages.ReadAloud) -> None:
        answer = self.session.last_answer
        if answer is not None and answer.text:
            self.speech.say(answer.text, answer.lang)

    def on_say(self: KioskApp, message: messages.Say) -> None:
        if self.speech.on:
            self.speech.say(message.text, message.lang or self.lang)
