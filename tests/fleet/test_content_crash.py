"""`kill -9` of `kiosk content install` at every step leaves old or new content, never a mix.

The installer is a real subprocess, killed by SIGKILL at each step where the disk changes
(store.CRASH_ENV names the step). Afterwards the kiosk must start with one complete version —
corpus and index from the same package, every file as signed, the stored index usable without
a rebuild — and the next install must succeed and clean up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.index import index_problem, open_index
from kiosk.core.settings import ROOT
from kiosk.fleet import store
from tests.conftest import isolated_settings
from tests.fakes import FakeEmbedder

STEPS = ["unpacking-1", "unpacking-5", "unpacked", "checked", "staged", "linked", "switched"]
SWITCHED = {"switched"}  # from here on the new version is current


def _install(file, content, keys, crash_at: str | None = None) -> subprocess.CompletedProcess:
    code = ("import sys; from pathlib import Path; from kiosk.fleet import store; "
            "store.install(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), "
            f"embedder_name={FakeEmbedder.name!r})")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    if crash_at:
        env[store.CRASH_ENV] = crash_at
    return subprocess.run([sys.executable, "-c", code, str(file), str(content),
                           str(keys / "city.pub")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def _kiosk_start_fee(content) -> str:
    """What a kiosk starting now serves; fails on a mix or a damaged version."""
    settings = store.resolve(isolated_settings(content_dir=content))
    folder = settings.corpus_dir.parent
    assert store.check_files(folder) == [], "the current version is not as signed"
    corpus = load_corpus(settings.corpus_dir)
    assert index_problem(corpus, FakeEmbedder(), settings.index_dir) == ""
    assert open_index(corpus, FakeEmbedder(), settings.index_dir).problem == ""
    return corpus.get("alpha").fees[0].split()[0]


@pytest.mark.parametrize("step", STEPS)
def test_a_killed_install_leaves_old_or_new(tmp_path, keys, packages, step) -> None:
    content = tmp_path / "content"
    assert _install(packages["v1"], content, keys).returncode == 0
    killed = _install(packages["v2"], content, keys, crash_at=step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _kiosk_start_fee(content) == ("15" if step in SWITCHED else "13")
    # the next install completes and removes what the killed one left behind
    again = _install(packages["v2"], content, keys)
    assert again.returncode == 0, again.stderr
    assert _kiosk_start_fee(content) == "15"
    left = sorted(p.name for p in content.iterdir())
    assert left == [".lock", "current", "versions"], left
    assert len(list((content / "versions").iterdir())) == 2  # new and the one to roll back to


@pytest.mark.parametrize("step", ["unpacked", "linked"])
def test_a_killed_first_install_leaves_no_content_or_all_of_it(tmp_path, keys, packages,
                                                               step) -> None:
    content = tmp_path / "content"
    assert _install(packages["v1"], content, keys, crash_at=step).returncode == -signal.SIGKILL
    assert store.current_dir(content) is None  # the kiosk serves its corpus folder as before
    assert _install(packages["v1"], content, keys).returncode == 0
    assert _kiosk_start_fee(content) == "13"


def test_a_rollback_after_a_killed_install_still_has_the_old_version(tmp_path, keys,
                                                                     packages) -> None:
    content = tmp_path / "content"
    assert _install(packages["v1"], content, keys).returncode == 0
    assert _install(packages["v2"], content, keys, crash_at="switched").returncode < 0
    store.rollback(content)
    assert _kiosk_start_fee(content) == "13"
