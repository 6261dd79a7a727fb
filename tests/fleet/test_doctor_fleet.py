"""`kiosk doctor`: warns when the kiosk would run as root, shows the content staff must know."""

from __future__ import annotations

import os

import pytest

from kiosk.core import doctor
from kiosk.fleet import signing, store
from tests.conftest import isolated_settings
from tests.fakes import FakeEmbedder


@pytest.fixture()
def only(monkeypatch):
    """Run just the named checks (the others load models: covered elsewhere)."""
    real = doctor._run

    def select(*names):
        monkeypatch.setattr(doctor, "_run", lambda name, fn, fatal=True: real(name, fn, fatal)
                            if name in names else doctor.Check(name, True, "not run", fatal))
    return select


def _check(settings, name):
    return next(c for c in doctor.run_checks(settings) if c.name == name)


def test_root_gets_a_warning_an_unprivileged_user_none(only, monkeypatch) -> None:
    only("user")
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    check = _check(isolated_settings(), "user")
    assert not check.ok and not check.fatal  # a warning: the kiosk still works
    assert "running as root" in check.message and "docs/deploy.md" in check.message
    monkeypatch.setattr(os, "geteuid", lambda: 65534)
    check = _check(isolated_settings(), "user")
    assert check.ok and "not root" in check.message


def test_doctor_shows_the_installed_content_and_fails_when_it_was_changed(
        only, tmp_path, keys, packages) -> None:
    only("content")
    content = tmp_path / "content"
    store.install(packages["v1"], content, keys / "city.pub", embedder_name=FakeEmbedder.name)
    settings = store.resolve(isolated_settings(content_dir=content,
                                               content_public_key=keys / "city.pub"))
    check = _check(settings, "content")
    kid = signing.key_id(signing.load_public(keys / "city.pub"))
    head, *to_check = check.message.splitlines()
    assert check.ok and "content 2026.1" in head and kid in head and "signature ok" in head
    assert "2 services" in head and "2 facts to check" in head
    assert any("alpha: duration (nf)" in line for line in to_check)
    (store.current_dir(content) / "corpus" / "beta.md").write_text("changed")
    check = _check(settings, "content")
    assert not check.ok and check.fatal and "beta.md was changed" in check.message
