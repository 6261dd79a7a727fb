"""Staff panel, in German: the last answer and how it was made, status, faults, diagnosis, exit.

The app hands down what the panel shows (`StaffView`); the panel posts nothing but leaving.
Texts that come from the core (status values, doctor messages) are shown as the core words them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static
from textual.worker import Worker, WorkerState

from kiosk.core.settings import Settings
from kiosk.core.types import Answer
from kiosk.ui import messages
from kiosk.ui.session import Fault
from kiosk.ui.widgets.scroll_buttons import scroll_buttons

MODES = {"answer": "Antwort", "no_answer": "keine Antwort (Verweis)",
         "pii_blocked": "persönliche Daten blockiert"}
STATUS_LABELS = {"corpus": "Korpus", "stand": "Stand", "index": "Index",
                 "embedder": "Einbettungsmodell", "model": "Sprachmodell"}
TIMINGS = {"privacy": "Datenschutz", "retrieve": "Suche", "card": "Karte",
           "first_token": "erstes Token", "generate": "Formulierung", "total": "gesamt"}
CHECKS = {"corpus": "Korpus", "embedder": "Einbettungsmodell", "index": "Index",
          "model": "Sprachmodell", "speech": "Sprachausgabe", "user": "Benutzer",
          "network": "Netzwerk", "language": "Spracherkennung"}


@dataclass
class StaffView:
    """Everything the panel shows, collected by the app when staff open it."""

    answer: Answer | None = None
    status: dict[str, str] = field(default_factory=dict)
    stands: list[tuple[str, str]] = field(default_factory=list)  # (stand, service id)
    faults: list[Fault] = field(default_factory=list)
    model_ready: bool = False
    speech: bool = False
    default_pin: bool = False
    failure: str = ""


def answer_report(answer: Answer | None) -> str:
    """The last answer as staff need it: mode, degradation note, timings, hits with passages."""
    if answer is None:
        return "Noch keine Antwort in dieser Sitzung."
    lines = [f"Modus: {MODES.get(answer.mode, answer.mode)} · Sprache: {answer.lang}"
             f"{' · extraktiv' if answer.extractive else ''}"]
    if answer.staff_note:
        lines.append(f"Hinweis: {answer.staff_note}")
    if answer.pii_kinds:
        lines.append(f"Erkannte Daten: {', '.join(answer.pii_kinds)}")
    if answer.timings_ms:
        lines.append("Zeiten (ms): " + ", ".join(f"{TIMINGS.get(k, k)} {v:.0f}"
                                               for k, v in answer.timings_ms.items()))
    if answer.facts_used:
        lines.append("Fakten: " + ", ".join(answer.facts_used))
    lines.extend(f"Erklärung · {k}: {v}" for k, v in answer.explain.items())
    for n, hit in enumerate(answer.hits, 1):
        s = hit.service
        lines.append(f"\n{n}. {s.title} [{s.id}] · Stand {s.stand}")
        lines.append(f"   Score {hit.score:.3f} (dicht {hit.dense:.3f}, lexikalisch "
                     f"{hit.lexical:.3f}) · {s.source}")
        lines.extend(f"   › {p}" for p in hit.passages)
    if answer.alternatives:
        lines.append("Meinten Sie: " + ", ".join(s.id for s in answer.alternatives))
    return "\n".join(lines)


def status_report(view: StaffView) -> str:
    """Model, index, corpus, faults and read-aloud, labelled in German."""
    lines = []
    if view.default_pin:
        lines.append("ACHTUNG: Die Standard-PIN ist gesetzt. Bitte in kiosk.toml "
                     "staff_pin_sha256 ändern (siehe docs/deploy.md).")
    if view.failure:
        lines.append(f"Außer Betrieb: {view.failure}")
    if view.status:
        lines.append(f"Sprachmodell geladen: {'ja' if view.model_ready else 'nein'}")
        lines.extend(f"{STATUS_LABELS.get(k, k)}: {v}" for k, v in view.status.items())
    if view.stands:
        lines.append("\nStand je Dokument:")
        lines.extend(f"  {stand}  {sid}" for stand, sid in view.stands)
    lines.extend(f"Fehler ({fault.where}): {fault.detail}" for fault in view.faults)
    lines.append(f"Vorlesen: {'verfügbar' if view.speech else 'nicht verfügbar'}")
    return "\n".join(lines)


def run_doctor(settings: Settings) -> list[tuple[str, bool, str]] | None:
    """`kiosk doctor`'s checks as (name, ok, message), or None where this build has none."""
    try:
        doctor = importlib.import_module("kiosk.core.doctor")
    except ImportError:
        return None
    return [(c.name, c.ok, c.message) if hasattr(c, "name") else tuple(c)
            for c in doctor.run_checks(settings)]


def doctor_report(checks: list[tuple[str, bool, str]] | None) -> str:
    if checks is None:
        return "Diagnose ist in dieser Version nicht enthalten."
    return "\n".join(f"{'OK' if ok else 'FEHLER':<6}  {CHECKS.get(name, name)}: {msg}"
                     for name, ok, msg in checks)


class StaffScreen(Screen):
    """Reached with F12 (+ PIN on a kiosk); Escape leaves it; quitting the app only from here."""

    BINDINGS = [Binding("escape", "dismiss", "Zurück", show=False)]

    def __init__(self, view: StaffView, settings: Settings) -> None:
        super().__init__(id="staff")
        self.view = view
        self.settings = settings

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="staff-body"):
            yield Static("Mitarbeiterbereich", classes="title")
            yield Static("Letzte Antwort", classes="heading")
            yield Static(answer_report(self.view.answer), markup=False, id="staff-answer")
            yield Static("System", classes="heading")
            yield Static(status_report(self.view), markup=False, id="staff-status")
            yield Static("Diagnose", classes="heading")
            yield Static("–", markup=False, id="staff-doctor")
        with Horizontal(classes="nav"):
            yield Button("Diagnose", id="diagnose")
            yield Button("Zurück", id="staff-back")
            yield Button("Beenden", id="quit", variant="error")
            yield from scroll_buttons("staff-body")

    @on(Button.Pressed, "#staff-back")
    def _back(self) -> None:
        self.dismiss()

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.post_message(messages.Quit())

    @on(Button.Pressed, "#diagnose")
    def _diagnose(self) -> None:
        self.query_one("#staff-doctor", Static).update("Diagnose läuft …")
        self.diagnose()

    @work(thread=True, exclusive=True, group="doctor", exit_on_error=False)
    def diagnose(self) -> str:
        """The checks may load models and read the disk: off the UI thread."""
        try:
            return doctor_report(run_doctor(self.settings))
        except Exception as exc:
            return f"Diagnose fehlgeschlagen: {type(exc).__name__}: {exc}"

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "doctor" and event.state == WorkerState.SUCCESS:
            self.query_one("#staff-doctor", Static).update(event.worker.result)
