"""What the kiosk holds for one citizen's session (RAM only, wiped at every reset) and faults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kiosk.core.types import Answer, Context

Where = Literal["start", "model", "answer", "reset", "doctor"]


@dataclass(frozen=True)
class Fault:
    """Something that failed behind the citizen's back; shown to staff, never to citizens.

    `session` faults may quote what the citizen asked: they go with the session."""

    where: Where
    detail: str
    session: bool = False


@dataclass
class Session:
    """One citizen's state: the service on screen (for follow-ups) and the last answer."""

    context: Context = field(default_factory=Context)
    last_answer: Answer | None = None
    faults: list[Fault] = field(default_factory=list)
