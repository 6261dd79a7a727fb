"""Touch browsing without typing: the services of a topic, then one service."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll

from kiosk.core.types import Service
from kiosk.ui import messages
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.widgets.language_bar import TopBar
from kiosk.ui.widgets.qr_code import QRButton, QRPane, fits_beside
from kiosk.ui.widgets.scroll_buttons import scroll_buttons
from kiosk.ui.widgets.service_card import ServiceCard, spoken_card
from kiosk.ui.widgets.translated import KButton, Prose, TButton, TLabel


class ServiceButton(KButton):
    """One service of a topic, named in the screen's language."""

    def __init__(self, service: Service) -> None:
        super().__init__(service.title, id=f"svc-{service.id}", classes="service-button")
        self.service = service

    def on_mount(self) -> None:
        self.watch(self.app, "lang", lambda lang: self.set_text(self.service.title_for(lang)))


class _Browse(KioskScreen):
    """Back and Start on every browsing screen."""

    def _nav(self) -> list[KButton]:
        return [TButton("back", id="back"), TButton("home", id="home")]

    @on(TButton.Pressed, "#back")
    def _back(self, event: KButton.Pressed) -> None:
        event.stop()
        self.dismiss()

    @on(TButton.Pressed, "#home")
    def _home(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.Home())


class TopicsScreen(_Browse):
    """The services of one topic (a tile of the welcome screen), as large buttons."""

    def __init__(self, category: str, services: list[Service], speech: bool) -> None:
        super().__init__(id="topics", classes="topics")
        self.category = category
        self.services = services
        self.speech = speech

    def compose(self) -> ComposeResult:
        yield TopBar(self.speech)
        with VerticalScroll(classes="browse", id="browse"):
            yield TLabel(f"cat.{self.category}", classes="title")
            yield TLabel("choose_service", classes="heading")
            with Grid(id="services"):
                for service in self.services:
                    yield ServiceButton(service)
        yield Horizontal(*self._nav(), classes="nav")

    def spoken_intro(self, lang: str) -> str:
        return f"{tr(lang, f'cat.{self.category}')}. {tr(lang, 'choose_service')}"

    @on(KButton.Pressed, ".service-button")
    def _service(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.OpenService(event.button.service))


class ServiceScreen(_Browse):
    """One service: its card, the short summary in the citizen's language, the QR code."""

    def __init__(self, service: Service, speech: bool) -> None:
        super().__init__(id="service", classes="service")
        self.service = service
        self.speech = speech

    def compose(self) -> ComposeResult:
        yield TopBar(self.speech)
        with Horizontal(id="service-main"):
            with VerticalScroll(classes="browse", id="browse"):
                yield ServiceCard(self.service)
                yield TLabel("summary", classes="sources-label")
                yield Prose("", id="summary")
            yield QRPane(self.service.source)
        yield Horizontal(*self._nav(), TButton("ask_about", id="ask-about"),
                         QRButton(self.service.source), *scroll_buttons("browse"), classes="nav")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._summarize)
        self.call_after_refresh(self._fit_qr)

    def spoken_intro(self, lang: str) -> str:
        return spoken_card(self.service, lang)

    def _summarize(self, lang: str) -> None:
        summary = self.service.summary
        self.query_one("#summary", Prose).set_text(summary.get(lang) or summary["de"])

    def on_resize(self, event: events.Resize) -> None:
        self._fit_qr()

    def _fit_qr(self) -> None:
        main = self.query_one("#service-main")
        beside = fits_beside(self.service.source, main.size.width, main.size.height)
        self.query_one(QRPane).set_class(not beside, "hidden")
        self.query_one(QRButton).set_class(beside, "hidden")

    @on(TButton.Pressed, "#ask-about")
    def _ask_about(self, event: KButton.Pressed) -> None:
        event.stop()
        self.post_message(messages.StartQuestion(service_id=self.service.id))
