"""The service card: the current facts of one service in the screen's language, shown at once.

Facts (`kiosk.core.knowledge.facts`) carry their text in every kiosk language; a fact without
the screen's language is shown in German with a note saying so. Historic facts never appear on
a card; variants (`option`) follow the base facts. Services whose document has no facts yet show
the German front-matter fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical

from kiosk.core import languages
from kiosk.core.types import Service
from kiosk.ui.i18n import tr
from kiosk.ui.widgets.translated import Prose

ROWS = (("cost", "label.fees"), ("documents", "label.documents"), ("online", "label.online"),
        ("where", "label.office"), ("duration", "label.processing_time"))
"""Fact kind and catalog label of each card row, in the order a citizen needs them."""


def format_stand(iso_date: str) -> str:
    """The as-of date the way German offices write it (15.02.2026)."""
    try:
        return dt.date.fromisoformat(iso_date).strftime("%d.%m.%Y")
    except ValueError:
        return iso_date


@dataclass(frozen=True)
class CardRow:
    """One row of the card: its label (catalog key), its lines, and whether they are German."""

    label: str
    items: tuple[str, ...]
    german_only: bool = False


def _from_facts(service: Service, kind: str, lang: str) -> tuple[tuple[str, ...], bool]:
    facts = sorted(service.facts_of(kind), key=lambda f: bool(f.option))  # base facts first
    texts = [f.text_in(lang) for f in facts]
    return tuple(t for t, _ in texts), any(not translated for _, translated in texts)


def _from_front_matter(service: Service, kind: str) -> tuple[str, ...]:
    fields = {"cost": service.fees, "documents": service.documents, "online": (service.online,),
              "where": (service.office,), "duration": (service.processing_time,)}
    return tuple(item for item in fields[kind] if item)


def card_rows(service: Service, lang: str) -> list[CardRow]:
    """The rows of `service`'s card in `lang`; never 'Unterlagen: keine'."""
    rows = []
    for kind, label in ROWS:
        items, untranslated = _from_facts(service, kind, lang)
        if not items:
            items = _from_front_matter(service, kind)
            untranslated = bool(items) and lang != "de"
        if kind == "documents" and not items:
            # No list in the corpus does not mean nothing is needed.
            items, untranslated = (tr(lang, "documents_ask_office"),), False
        if items:
            rows.append(CardRow(label, items, untranslated))
    for label, value in (("label.address", service.address), ("label.phone", service.phone)):
        if value:
            rows.append(CardRow(label, (value,)))
    rows.append(CardRow("label.stand", (format_stand(service.stand),)))
    return rows


def _value(row: CardRow, lang: str) -> str:
    lines = [f"• {item}" if len(row.items) > 1 else item for item in row.items]
    if row.german_only:
        lines.append(f"({tr(lang, 'german_only')})")
    return "\n".join(lines)


def spoken_card(service: Service, lang: str) -> str:
    """The card as speech mode reads it: title, then each row as 'label: text'."""
    parts = [service.title_for(lang)]
    for row in card_rows(service, lang):
        parts.append(f"{tr(lang, row.label)}: {' '.join(row.items)}")
    return ". ".join(p.rstrip(".") for p in parts) + "."


class ServiceCard(Vertical):
    """Title, fees, documents, online option, office, duration and 'Stand' of a service."""

    DEFAULT_CSS = """
    ServiceCard {
        height: auto;
        border: round $primary;
        background: $card;
        padding: 0 1;
    }
    ServiceCard > .card-title { text-style: bold; color: $primary; }
    ServiceCard > .card-row { height: auto; }
    ServiceCard .card-label { width: 14; text-style: bold; }
    ServiceCard .card-value { width: 1fr; }
    """

    def __init__(self, service: Service, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="service-card")
        self.service = service

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield Prose(self.service.title_for(lang), classes="card-title")
        rtl = languages.get(lang).rtl
        for row in card_rows(self.service, lang):
            with Horizontal(classes=f"card-row row-{row.label.removeprefix('label.')}"):
                label = Prose(tr(lang, row.label), classes="card-label")
                value = Prose(_value(row, lang), classes="card-value")
                yield from (value, label) if rtl else (label, value)  # read from the right

    def on_mount(self) -> None:
        self.watch(self.app, "lang", lambda _: self.refresh(recompose=True), init=False)

    @property
    def spoken(self) -> str:
        return spoken_card(self.service, self.app.lang)
