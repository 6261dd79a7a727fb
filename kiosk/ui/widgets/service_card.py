"""The service card: the corpus facts of one service, shown the moment it is found."""

from __future__ import annotations

import datetime as dt

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from kiosk.core.types import Service
from kiosk.ui.widgets.translated import TLabel


def format_stand(iso_date: str) -> str:
    """The as-of date the way German offices write it (15.02.2026)."""
    try:
        return dt.date.fromisoformat(iso_date).strftime("%d.%m.%Y")
    except ValueError:
        return iso_date


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"• {item}" for item in items)


class ServiceCard(Vertical):
    """Title, office, fees, documents, online option and 'Stand' of a service (never markup)."""

    def __init__(self, service: Service, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="service-card")
        self.service = service

    def compose(self) -> ComposeResult:
        s = self.service
        yield Static("", markup=False, classes="card-title")
        rows = [("label.office", s.office), ("label.fees", _bullets(s.fees) or None),
                ("label.documents", _bullets(s.documents) or None), ("label.online", s.online),
                ("label.processing_time", s.processing_time), ("label.address", s.address),
                ("label.phone", s.phone), ("label.note", s.note),
                ("label.stand", format_stand(s.stand))]
        for key, value in rows:
            if value == "":
                continue  # optional fields are shown only when the corpus has them
            with Horizontal(classes=f"card-row row-{key.removeprefix('label.')}"):
                yield TLabel(key, classes="card-label")
                if value is None:
                    yield TLabel("none", classes="card-value")
                else:
                    yield Static(value, markup=False, classes="card-value")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._retitle)

    def _retitle(self, lang: str) -> None:
        self.query_one(".card-title", Static).update(self.service.title_for(lang))
