"""Fixtures for UI tests: settings isolated from the machine, fakes, and an app factory."""

from __future__ import annotations

import pytest

from kiosk.core.settings import Settings
from kiosk.ui.app import KioskApp
from tests.ui.fakes import FakeAssistant, FakeClock, FakeSpeaker

SIZE = (100, 30)


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Settings:
    """Defaults only: no kiosk.toml and no KIOSK_* variable of the machine leaks in."""
    for name in [n for n in __import__("os").environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "absent.toml"))
    return Settings(idle_seconds=0.2, countdown_seconds=0.4, speech=False)


@pytest.fixture
def assistant(settings: Settings) -> FakeAssistant:
    return FakeAssistant(settings)


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(assistant, speaker, settings, clock):
    """Build the app the way run_kiosk does, with fakes; keyword arguments override."""

    def make(**overrides) -> KioskApp:
        kwargs = dict(assistant=assistant, speaker=speaker, settings=settings, clock=clock)
        kwargs.update(overrides)
        return KioskApp(**kwargs)

    return make
