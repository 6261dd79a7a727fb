"""Staff panel: sources with scores and passages, timings, system status, diagnosis, exit."""

from __future__ import annotations

import importlib

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from kiosk.core.settings import Settings
from kiosk.core.types import Answer

# Staff texts are German only: the panel is for the city's own staff, not for citizens.


def answer_report(answer: Answer | None) -> str:
    """The last answer as staff need it: mode, degradation note, timings, hits with passages."""
    if answer is None:
        return "Noch keine Antwort in dieser Sitzung."
    lines = [f"Modus: {answer.mode} · Sprache: {answer.lang}"
             f"{' · extraktiv' if answer.extractive else ''}"]
    if answer.staff_note:
        lines.append(f"Hinweis: {answer.staff_note}")
    if answer.pii_kinds:
        lines.append(f"Erkannte Daten: {', '.join(answer.pii_kinds)}")
    if answer.timings_ms:
        lines.append("Zeiten (ms): " + ", ".join(f"{k} {v:.0f}"
                                               for k, v in answer.timings_ms.items()))
    for n, hit in enumerate(answer.hits, 1):
        s = hit.service
        lines.append(f"\n{n}. {s.title} [{s.id}] · Stand {s.stand}")
        lines.append(f"   Score {hit.score:.3f} (dicht {hit.dense:.3f}, lexikalisch "
                     f"{hit.lexical:.3f}) · {s.source}")
        lines.extend(f"   › {p}" for p in hit.passages)
    return "\n".join(lines)


def run_doctor(settings: Settings) -> list[tuple[str, bool, str]] | None:
    """`kiosk doctor`'s checks as (name, ok, message), or None where this build has none."""
    try:
        doctor = importlib.import_module("kiosk.core.doctor")
    except ImportError:
        return None
    return [(c.name, c.ok, c.message) if hasattr(c, "name") else tuple(c)
            for c in doctor.run_checks(settings)]


class StaffScreen(Screen):
    """Reached with F12 (+ PIN on a kiosk); leaving the app is possible only from here."""

    def __init__(self) -> None:
        super().__init__(id="staff")

    def compose(self) -> ComposeResult:
        app = self.app
        with VerticalScroll(id="staff-body"):
            yield Static("Mitarbeiterbereich", classes="title")
            yield Static("Letzte Antwort", classes="heading")
            yield Static(answer_report(app.last_answer), markup=False, id="staff-answer")
            yield Static("System", classes="heading")
            yield Static(self._status(), markup=False, id="staff-status")
            yield Static("Diagnose", classes="heading")
            yield Static("–", markup=False, id="staff-doctor")
        with Horizontal(classes="nav"):
            yield Button("Diagnose", id="diagnose")
            yield Button("Zurück", id="staff-back", action="screen.dismiss")
            yield Button("Beenden", id="quit", variant="error", action="app.staff_quit")

    def _status(self) -> str:
        app = self.app
        lines = []
        if app.failure:
            lines.append(f"Außer Betrieb: {app.failure}")
        if app.assistant is not None:
            lines.append(f"Modell geladen: {'ja' if app.assistant.model_ready else 'nein'}")
            try:
                lines.extend(f"{k}: {v}" for k, v in app.assistant.status().items())
            except Exception as exc:  # the panel must open even when status() breaks
                lines.append(f"status() fehlgeschlagen: {type(exc).__name__}: {exc}")
            lines.append("\nStand je Dokument:")
            lines.extend(f"  {s.stand}  {s.id}" for s in app.assistant.corpus.services)
        if app.last_error:
            lines.append(f"Letzter Fehler: {app.last_error}")
        lines.append(f"Vorlesen: {'verfügbar' if app.speaker.available else 'nicht verfügbar'}")
        return "\n".join(lines)

    @on(Button.Pressed, "#diagnose")
    def _diagnose(self) -> None:
        self.query_one("#staff-doctor", Static).update("Diagnose läuft …")
        self.diagnose()

    @work(thread=True, exclusive=True, group="doctor", exit_on_error=False)
    def diagnose(self) -> None:
        """The checks may load models and read the disk: off the UI thread."""
        try:
            checks = run_doctor(self.app.settings)
        except Exception as exc:
            text = f"Diagnose fehlgeschlagen: {type(exc).__name__}: {exc}"
        else:
            text = ("Diagnose ist in dieser Version nicht enthalten." if checks is None else
                    "\n".join(f"{'OK' if ok else 'FEHLER':<6}  {name}: {msg}"
                              for name, ok, msg in checks))
        self.app.call_from_thread(self.query_one("#staff-doctor", Static).update, text)
