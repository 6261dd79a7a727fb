"""Installed content on a kiosk: versions side by side, one symlink saying which one is current.

    <content_dir>/
      current -> versions/2026.03.01-1f2e3d4c     the only thing that changes at a switch
      versions/2026.03.01-1f2e3d4c/               manifest.json, manifest.sig, corpus/, index/,
      versions/2026.02.07-9a8b7c6d/               installed.json (what it replaced, when)
      .staging-*/ .current-*                      left by an interrupted install; removed by
                                                  the next one, never read by the kiosk

An install unpacks and checks everything in a staging folder, renames it into `versions/` and
then replaces `current` with rename(2), which is atomic: a kiosk that starts at any moment
(even after a `kill -9` of the installer) resolves `current` once and reads corpus and index
from that one complete folder, the old one or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import signal
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from kiosk.fleet import package, signing
from kiosk.fleet.package import PackageError

if TYPE_CHECKING:
    from kiosk.core.assistant import Assistant
    from kiosk.core.settings import Settings

CURRENT, VERSIONS, INSTALLED = "current", "versions", "installed.json"
CRASH_ENV = "_KIOSK_CONTENT_CRASH_AT"
"""Tests set this to a step name to kill the installer there (tests/fleet/test_content_crash.py)."""


def _checkpoint(step: str) -> None:
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def current_dir(content_dir: Path | None) -> Path | None:
    """The folder of the current content version, resolved once, or None when none is installed."""
    if content_dir is None:
        return None
    link = Path(content_dir) / CURRENT
    try:
        return link.resolve(strict=True) if link.is_symlink() else None
    except OSError:
        return None


def resolve(settings: Settings) -> Settings:
    """Settings whose corpus and index are the installed content's, when content is installed."""
    folder = current_dir(settings.content_dir)
    if folder is None:
        return settings
    return settings.model_copy(update={"corpus_dir": folder / "corpus",
                                       "index_dir": folder / "index"})


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def _locked(content_dir: Path) -> Iterator[None]:
    """One install or rollback at a time (a second admin or a retried playbook waits)."""
    with open(content_dir / ".lock", "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _switch(content_dir: Path, name: str) -> None:
    """Point `current` at versions/<name> with one atomic rename."""
    tmp = content_dir / f".current-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(f"{VERSIONS}/{name}", tmp)
    _checkpoint("linked")
    os.replace(tmp, content_dir / CURRENT)
    package.sync_dir(content_dir)


def _clean(content_dir: Path, keep: set[str]) -> None:
    """Remove leftovers of interrupted installs and versions no longer current or previous."""
    for path in content_dir.glob(".staging-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in content_dir.glob(".current-*"):
        with contextlib.suppress(OSError):
            path.unlink()
    for path in (content_dir / VERSIONS).iterdir():
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


@dataclass
class Result:
    """What an install or rollback did, for the admin (and Ansible's `changed`)."""

    changed: bool
    version: str
    previous: str | None
    message: str
    warnings: list[str] = field(default_factory=list)


def install(file: Path, content_dir: Path, public_key: Path, *, force: bool = False,
            embedder_name: str | None = None, max_age_months: int = 6) -> Result:
    """Verify `file` completely, then make it the current content; PackageError if refused."""
    from kiosk.core.knowledge.corpus import CorpusError, load_corpus
    from kiosk.core.knowledge.index import INDEX_FORMAT, read_manifest
    from kiosk.fleet.check import check_corpus

    if embedder_name is None:
        from kiosk.core.knowledge.embedder import E5Embedder

        embedder_name = E5Embedder.name
    file, content_dir = Path(file), Path(content_dir)
    key = signing.load_public(public_key)
    verified = package.read_signed(file, key)
    content_dir.mkdir(mode=0o755, parents=True, exist_ok=True)
    (content_dir / VERSIONS).mkdir(mode=0o755, exist_ok=True)
    with _locked(content_dir):
        old = current_dir(content_dir)
        old_manifest = read_json(old / package.MANIFEST) if old else None
        old_version = old_manifest.get("version") if old_manifest else None
        if old and package.sha256_file(old / package.MANIFEST) == verified.digest:
            return Result(False, verified.version, old_version,
                          f"content {verified.version} is installed already; nothing changed")
        if old_version and not force and \
                package.version_key(verified.version) <= package.version_key(old_version):
            raise PackageError(f"content {verified.version} is not newer than the installed "
                               f"{old_version}: refused (--force installs it anyway)")
        _clean(content_dir, keep={p.name for p in (content_dir / VERSIONS).iterdir()})
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=content_dir))
        try:
            package.unpack(file, verified, staging,
                           after_file=lambda n: _checkpoint(f"unpacking-{n}"))
            package.write_signature_files(staging, verified)
            _checkpoint("unpacked")
            report = check_corpus(staging / "corpus", max_age_months)
            if report.errors:
                raise PackageError(f"the corpus in {file.name} fails the check with "
                                   f"{len(report.errors)} error(s), e.g. {report.errors[0]}: "
                                   "refused")
            try:
                corpus = load_corpus(staging / "corpus")
            except CorpusError as exc:
                raise PackageError(f"the corpus in {file.name} does not load: {exc}") from None
            built = read_manifest(staging / "index") or {}
            if (built.get("format"), built.get("embedder")) != (INDEX_FORMAT, embedder_name):
                raise PackageError(f"the index in {file.name} was built by another kiosk "
                                   f"version or embedder ({built.get('embedder')}, this kiosk "
                                   f"uses {embedder_name}): refused")
            if built.get("corpus_digest") != corpus.digest:
                raise PackageError(f"the index in {file.name} was not built from the corpus "
                                   "it ships with: refused")
            name = f"{verified.version}-{verified.digest[:8]}"
            (staging / INSTALLED).write_text(json.dumps({
                "previous": old.name if old else None, "from": file.name,
                "installed_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            }, indent=1), encoding="utf-8")
            (staging / INSTALLED).chmod(0o644)
            staging.chmod(0o755)
            package.sync_dir(staging)
            _checkpoint("checked")
            final = content_dir / VERSIONS / name
            if final.exists():  # the same package, installed before and rolled back since
                shutil.rmtree(final)
            os.rename(staging, final)
            package.sync_dir(content_dir / VERSIONS)
            _checkpoint("staged")
            _switch(content_dir, name)
            _checkpoint("switched")
            _clean(content_dir, keep={name} | ({old.name} if old else set()))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return Result(True, verified.version, old_version,
                  f"content {verified.version} installed"
                  + (f" (replaces {old_version}; 'kiosk content rollback' goes back)"
                     if old_version else ""),
                  [str(w) for w in report.warnings])


def rollback(content_dir: Path) -> Result:
    """Make the version the current one replaced current again; PackageError if there is none."""
    content_dir = Path(content_dir)
    if not (content_dir / VERSIONS).is_dir():
        raise PackageError(f"no content is installed in {content_dir}")
    with _locked(content_dir):
        now = current_dir(content_dir)
        info = read_json(now / INSTALLED) if now else None
        previous = (info or {}).get("previous")
        target = content_dir / VERSIONS / previous if previous else None
        if not now or target is None or not target.is_dir():
            raise PackageError("there is no earlier content version on this kiosk to go back to")
        problems = check_files(target)
        if problems:
            raise PackageError(f"the earlier version {previous} is damaged ({problems[0]}): "
                               "refused; install a content file instead")
        _switch(content_dir, target.name)
    new_version = (read_json(target / package.MANIFEST) or {}).get("version", target.name)
    old_version = (read_json(now / package.MANIFEST) or {}).get("version", now.name)
    return Result(True, new_version, old_version,
                  f"content {new_version} is current again (was {old_version})")


def check_files(folder: Path) -> list[str]:
    """Files of an installed version that are missing or differ from its manifest."""
    manifest = read_json(folder / package.MANIFEST)
    if not manifest:
        return [f"{folder / package.MANIFEST} is missing or unreadable"]
    problems = []
    for name, digest in manifest.get("files", {}).items():
        path = folder / name
        try:
            if package.sha256_file(path) != digest:
                problems.append(f"{name} was changed after installation")
        except OSError as exc:
            problems.append(f"{name}: {exc.strerror or exc}")
    return problems


def check_signature(folder: Path, public_key: Path) -> str:
    """'' when the installed manifest is signed by `public_key`, else why not."""
    import base64

    try:
        data = (folder / package.MANIFEST).read_bytes()
        sig = base64.b64decode((folder / package.SIGNATURE).read_bytes().strip())
        key = signing.load_public(public_key)
    except (OSError, ValueError) as exc:
        return str(exc)
    if not signing.verify(key, sig, data):
        return f"not signed by the configured key {signing.key_id(key)}"
    return ""


def refresh(assistant: Assistant) -> Assistant | None:
    """A new Assistant over content installed since `assistant` was built, else None.

    Called between sessions: the loaded language model, embedder and language detector are
    reused, so only corpus, index and retriever are built again (about a second). A new version
    that cannot be loaded is left alone: the kiosk keeps answering from what it has."""
    from kiosk.core.assistant import Assistant as _Assistant
    from kiosk.core.assistant import pii_gate
    from kiosk.core.knowledge.corpus import load_corpus
    from kiosk.core.knowledge.index import open_index
    from kiosk.core.knowledge.retrieval import Retriever

    settings = resolve(assistant.settings)
    if settings.corpus_dir == assistant.settings.corpus_dir:
        return None
    try:
        corpus = load_corpus(settings.corpus_dir)
        embedder = assistant.retriever.embedder
        index = open_index(corpus, embedder, settings.index_dir)
        return _Assistant(settings=settings, corpus=corpus,
                          retriever=Retriever(corpus, index, embedder),
                          detector=assistant.detector, gate=pii_gate(corpus),
                          llm=assistant.llm, index_note=index.problem)
    except Exception:  # the old content keeps serving; `kiosk doctor` shows what is wrong
        return None
