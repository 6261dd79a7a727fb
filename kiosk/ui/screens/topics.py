"""Touch browsing without typing: topics, then the services of a topic, then one service."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from kiosk.core.types import Service
from kiosk.ui.widgets.language_bar import LanguageBar
from kiosk.ui.widgets.qr_code import QRCode
from kiosk.ui.widgets.service_card import ServiceCard
from kiosk.ui.widgets.translated import TButton, TLabel


def _nav() -> Horizontal:
    return Horizontal(TButton("back", id="back", action="screen.dismiss"),
                      TButton("home", id="home", action="app.home"), classes="nav")


class TopicsScreen(Screen):
    """The services of one topic (a tile of the welcome screen), as large buttons."""

    def __init__(self, category: str, services: list[Service]) -> None:
        super().__init__(classes="topics")
        self.category = category
        self.services = services

    def compose(self) -> ComposeResult:
        yield LanguageBar()
        with VerticalScroll(classes="browse"):
            yield TLabel(f"cat.{self.category}", classes="title")
            yield TLabel("choose_service", classes="heading")
            with Vertical(id="services"):
                for service in self.services:
                    yield Button(Content(service.title), id=f"svc-{service.id}",
                                 classes="service-button")
        yield _nav()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel)

    def _relabel(self, lang: str) -> None:
        for service in self.services:
            # Content, not str: a title is corpus text, never markup
            self.query_one(f"#svc-{service.id}", Button).label = Content(service.title_for(lang))

    @on(Button.Pressed, ".service-button")
    def _service(self, event: Button.Pressed) -> None:
        event.stop()
        sid = event.button.id.removeprefix("svc-")
        service = next(s for s in self.services if s.id == sid)
        self.app.push_screen(ServiceScreen(service))


class ServiceScreen(Screen):
    """One service: its card, the short summary in the citizen's language, the QR code."""

    def __init__(self, service: Service) -> None:
        super().__init__(classes="service")
        self.service = service

    def compose(self) -> ComposeResult:
        yield LanguageBar()
        with VerticalScroll(classes="browse"):
            yield ServiceCard(self.service)
            with Horizontal(classes="sources-row"):
                with Vertical(classes="sources-box"):
                    yield TLabel("summary", classes="sources-label")
                    yield Static("", markup=False, id="summary")
                with Vertical(classes="qr-box"):
                    yield QRCode(self.service.source)
                    yield TLabel("qr_caption", classes="qr-caption")
        yield _nav()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._summarize)

    def _summarize(self, lang: str) -> None:
        summary = self.service.summary
        self.query_one("#summary", Static).update(summary.get(lang) or summary["de"])
