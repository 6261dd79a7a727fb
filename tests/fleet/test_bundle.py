"""The install bundle's checks: every checksum, nothing unlisted, made for this Python and kiosk.

The real bundle (800 MB, 10-20 minutes) is proven by scripts/offline-install-check.sh; these
tests cover what `./install.sh --offline` refuses, on a bundle of a few small files.
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
import subprocess
import sys

import pytest

from kiosk.core.settings import ROOT
from kiosk.fleet import bundle
from kiosk.fleet.bundle import BundleError


@pytest.fixture()
def small(tmp_path):
    d = tmp_path / "bundle"
    (d / "wheels").mkdir(parents=True)
    (d / "wheels" / "demo-1.0-py3-none-any.whl").write_bytes(b"wheel bytes")
    (d / "requirements.lock").write_text("demo==1.0 --hash=sha256:00\n")
    (d / "bundle.json").write_text(json.dumps({
        "kiosk_commit": "0" * 40, "created": "now", "python": "%d.%d" % sys.version_info[:2],
        "machine": platform.machine(), "debian": bundle.os_release(),
        "pyproject_sha256": bundle.pyproject_digest(), "cpu_flags": [], "llama_build": "native"}))
    _sums(d)
    return d


def _sums(d):
    files = sorted(p for p in d.rglob("*") if p.is_file() and p.name != bundle.SUMS)
    (d / bundle.SUMS).write_text("".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(d).as_posix()}\n"
        for p in files))


def test_a_complete_bundle_verifies(small) -> None:
    info, warnings = bundle.verify(small)
    assert info["kiosk_commit"] == "0" * 40 and warnings == []
    if shutil.which("sha256sum"):  # the admin's own tool agrees
        assert subprocess.run(["sha256sum", "-c", "--quiet", bundle.SUMS], cwd=small).returncode == 0


def test_a_changed_byte_is_refused(small) -> None:
    whl = small / "wheels" / "demo-1.0-py3-none-any.whl"
    whl.write_bytes(b"wheel bytez")
    with pytest.raises(BundleError, match="demo-1.0-py3-none-any.whl does not match"):
        bundle.verify(small)


def test_an_unlisted_file_is_refused(small) -> None:
    (small / "wheels" / "evil-9.9-py3-none-any.whl").write_bytes(b"x")  # pip would pick it up
    with pytest.raises(BundleError, match="does not list, e.g. wheels/evil"):
        bundle.verify(small)


def test_a_missing_file_is_refused(small) -> None:
    (small / "requirements.lock").unlink()
    with pytest.raises(BundleError, match="requirements.lock is missing"):
        bundle.verify(small)


@pytest.mark.parametrize("field, value, words", [
    ("python", "3.99", "for Python 3.99"),
    ("pyproject_sha256", "0" * 64, "another version of the kiosk"),
])
def test_a_bundle_for_another_python_or_kiosk_is_refused(small, field, value, words) -> None:
    info = json.loads((small / "bundle.json").read_text())
    info[field] = value
    (small / "bundle.json").write_text(json.dumps(info))
    _sums(small)
    with pytest.raises(BundleError, match=words):
        bundle.verify(small)


def test_a_native_llama_build_warns_on_a_weaker_cpu(small, monkeypatch) -> None:
    info = json.loads((small / "bundle.json").read_text())
    info["cpu_flags"] = ["avx512_imaginary"]  # the making machine had it, this one has not
    (small / "bundle.json").write_text(json.dumps(info))
    _sums(small)
    monkeypatch.setattr(bundle, "CPU_FLAGS", bundle.CPU_FLAGS + ("avx512_imaginary",))
    _, warnings = bundle.verify(small)
    assert any("avx512_imaginary" in w and "--portable" in w for w in warnings)


def test_the_deb_closure_takes_first_alternatives_not_replacements(monkeypatch) -> None:
    tree = {
        "espeak-ng": "espeak-ng\n  Depends: libespeak-ng1\n  Depends: libc6\n",
        "libespeak-ng1": "libespeak-ng1\n  Depends: libpulse0\n",
        # libelogind0 provides libsystemd0: listed below it, never to be installed instead
        "libpulse0": "libpulse0\n  Depends: libsystemd0\n    libelogind0\n"
                     "  |Depends: libasound2\n  Depends: libjack0\n  Depends: <debconf-2.0>\n",
        "libc6": "libc6\n", "libsystemd0": "libsystemd0\n", "libasound2": "libasound2\n",
    }

    def apt_cache(cmd, **kw):
        return "".join(tree[name] for name in cmd if name in tree)
    monkeypatch.setattr(bundle, "_run", apt_cache)
    assert bundle.deb_closure() == ["espeak-ng", "libasound2", "libc6", "libespeak-ng1",
                                    "libpulse0", "libsystemd0"]


def test_install_scripts_parse() -> None:
    for script in ("install.sh", "scripts/offline-install-check.sh", "scripts/ansible-check.sh"):
        assert subprocess.run(["bash", "-n", str(ROOT / script)]).returncode == 0, script
    assert subprocess.run(["sh", "-n", str(ROOT / "deploy" / "install-debs.sh")]).returncode == 0


@pytest.mark.skipif(not shutil.which("ansible-playbook"),
                    reason="ansible-playbook is not installed (not a kiosk dependency); "
                    "scripts/ansible-check.sh runs the playbook for real")
def test_the_playbook_parses() -> None:
    done = subprocess.run(["ansible-playbook", "--syntax-check", "-i", "localhost,",
                           str(ROOT / "deploy" / "kiosk.yml"), "-e", "kiosk_bundle=/x"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
