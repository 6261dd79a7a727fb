"""The documented deployment: installed by root, run by an unprivileged user (docs/deploy.md).

As root (CI runs as root), a throw-away system user runs `kiosk doctor` and one `kiosk ask`
against this checkout's installed .venv, index/ and models/, and both must use the stored
index (no rebuild in RAM, which took 80 s instead of 2 s when index/ was mode 0700).

Where the checkout or its Python lie below a folder others may not enter (/root is 0700; pyenv
puts Python in /root/.pyenv), the user could not even start Python, which says nothing about the
kiosk's own files. Then the test mirrors the checkout (and the interpreter) into a fresh 0755
folder under /tmp with hard links: the same inodes, so the same owners and modes are checked.
Across file systems it copies instead (slower, same modes). When the checkout's index is stale
(its corpus edited since `kiosk index`, in a shared working tree), root builds a fresh one in
the mirror first, as install.sh would.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kiosk.core.settings import ROOT

pytestmark = pytest.mark.real
PARTS = (".venv", "index", "models", "corpus", "kiosk")


def _reachable(path: Path) -> bool:
    """Whether a user who is neither owner nor group may pass through every folder above."""
    return all(p.stat().st_mode & stat.S_IXOTH for p in Path(path).parents)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:  # another file system
        shutil.copy2(src, dst)


def _mirror(src: Path, dst: Path, ignore=None) -> None:
    shutil.copytree(src, dst, symlinks=True, copy_function=_link_or_copy, ignore=ignore)
    shutil.copystat(src, dst)


def _stale() -> str:
    """Why the checkout's index does not fit its corpus even for root ('' when it does)."""
    from types import SimpleNamespace

    from kiosk.core.knowledge.corpus import load_corpus
    from kiosk.core.knowledge.embedder import E5Embedder
    from kiosk.core.knowledge.index import index_problem

    return index_problem(load_corpus(ROOT / "corpus"), SimpleNamespace(name=E5Embedder.name),
                         ROOT / "index")


def _stage(tmp: Path) -> tuple[Path, dict[str, str]]:
    """The folder to run the kiosk from, and extra environment for its Python."""
    python = Path(os.path.realpath(ROOT / ".venv" / "bin" / "python"))
    stale = _stale()  # corpus edited since `kiosk index` (a shared working tree, not CI)
    if _reachable(ROOT) and _reachable(python) and not stale:
        return ROOT, {}
    for part in PARTS:
        _mirror(ROOT / part, tmp / part)
    if stale:  # build it in the mirror, as root with install.sh's umask: the original case
        old = os.umask(0o022)
        try:
            subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "kiosk", "index"],
                           cwd=tmp, check=True, capture_output=True, timeout=1800)
        finally:
            os.umask(old)
    env: dict[str, str] = {}
    if not _reachable(python):
        base, home = Path(sys.base_prefix), tmp / "python"
        (home / "bin").mkdir(parents=True)
        _link_or_copy(str(python), str(home / "bin" / python.name))
        _mirror(base / "lib", home / "lib", shutil.ignore_patterns("site-packages"))
        for name in ("python", "python3", python.name):
            link = tmp / ".venv" / "bin" / name
            link.unlink(missing_ok=True)
            link.symlink_to(home / "bin" / python.name)
        cfg = tmp / ".venv" / "pyvenv.cfg"
        text = cfg.read_text().replace(str(python.parent), str(home / "bin"))
        cfg.unlink()  # a hard link to the checkout's file: never write through it
        cfg.write_text(text)
        env["LD_LIBRARY_PATH"] = str(home / "lib")  # its libpython's RUNPATH is below /root
    return tmp, env


@pytest.fixture(scope="module")
def kiosk_user():
    if os.geteuid() != 0:
        pytest.skip("needs root: creates a system user and runs the kiosk as that user "
                    "(CI runs as root)")
    if not (shutil.which("useradd") and shutil.which("runuser")):
        pytest.skip("needs useradd and runuser (util-linux, passwd)")
    name = f"kiosk-t{os.getpid()}"
    made = subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir",
                           "/nonexistent", "--shell", "/usr/sbin/nologin", name],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"useradd failed: {made.stderr.strip()}")
    try:
        yield name
    finally:
        subprocess.run(["userdel", name], capture_output=True)


@pytest.fixture(scope="module")
def as_kiosk_user(kiosk_user):
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-deploy-", dir="/tmp"))
    tmp.chmod(0o755)
    try:
        root, extra = _stage(tmp)

        def run(*args: str) -> subprocess.CompletedProcess:
            env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8",
                   "KIOSK_CONFIG": str(root / "absent.toml"), **extra}
            return subprocess.run(
                ["runuser", "-u", kiosk_user, "--", "env", "-i", *(f"{k}={v}" for k, v in
                                                                  env.items()),
                 str(root / ".venv" / "bin" / "python"), "-m", "kiosk", *args],
                cwd=root, capture_output=True, text=True, timeout=900)
        yield run
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)


def test_doctor_as_the_kiosk_user_finds_every_part(as_kiosk_user, kiosk_user) -> None:
    done = as_kiosk_user("doctor")
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    lines = {line[7:16].strip(): line for line in done.stdout.splitlines() if line[:1] == "["}
    for part in ("corpus", "embedder", "index", "model", "language"):
        assert lines[part].startswith("[ok  ]"), lines[part]
    assert lines["user"].startswith("[ok  ]") and kiosk_user in lines["user"]


def test_an_answer_as_the_kiosk_user_uses_the_stored_index(as_kiosk_user) -> None:
    done = as_kiosk_user("ask", "--json", "Was kostet ein Führungszeugnis?")
    assert done.returncode == 0, done.stderr
    assert "index" not in done.stderr, done.stderr  # "kiosk: note: no index …": rebuilt in RAM
    answer = json.loads(done.stdout)
    assert answer["mode"] == "answer" and "13" in answer["answer"], answer
    assert answer["sources"][0]["id"] == "fuehrungszeugnis"
