"""The signed content package: one .tar.gz with the corpus, its built index and a signed manifest.

    manifest.json   version, key id, services with their Stand and digest, SHA-256 of every file
    manifest.sig    base64 Ed25519 signature of the exact bytes of manifest.json
    corpus/*.md     the service documents
    index/…         the Chroma index built from them (`kiosk index` output)

Only manifest.json is signed; every other file is bound to it by its SHA-256, so one check of the
signature and one of each digest prove the whole package. Reading never trusts a name, a size or
a file type before the signature is verified.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import re
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from kiosk.fleet import signing

KIND = "buergerassistent-content"
FORMAT = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_BYTES = 1 << 30  # a content package is a few MB; refuse to unpack anything near this
_VERSION = re.compile(r"^\d{1,9}(?:\.\d{1,9}){0,5}$")


class PackageError(ValueError):
    """The package cannot be used; the message says why, for an admin."""


def version_key(version: str) -> tuple[int, ...]:
    """'2026.3.1' -> (2026, 3, 1): versions compare as numbers, part by part."""
    if not _VERSION.match(version):
        raise PackageError(f"version {version!r} must be numbers separated by dots, "
                           "e.g. 2026.3 or 2026.03.01.1")
    return tuple(int(p) for p in version.split("."))


def default_version(now: dt.datetime | None = None) -> str:
    """A version that grows with time: UTC year.month.day.hhmmss."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y.%m.%d.%H%M%S")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _tree(root: Path, prefix: str) -> Iterator[tuple[str, Path]]:
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            raise PackageError(f"{path}: only plain files and folders can be packaged")
        if path.is_file():
            yield f"{prefix}/{path.relative_to(root).as_posix()}", path


def write_package(out: Path, corpus_dir: Path, index_dir: Path, manifest: dict,
                  key: signing.Ed25519PrivateKey) -> dict:
    """Write the signed package to `out` (via a temporary name) and return the manifest.

    `manifest` holds the descriptive fields; the file digests and key id are added here."""
    files = [*_tree(Path(corpus_dir), "corpus"), *_tree(Path(index_dir), "index")]
    manifest = {"kind": KIND, "format": FORMAT, **manifest,
                "key_id": signing.key_id(key.public_key()),
                "files": {name: sha256_file(path) for name, path in files}}
    data = json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signature = base64.b64encode(signing.sign(key, data)) + b"\n"
    tmp = out.with_name(out.name + ".part")
    # Fixed owner, mode and time: the same content gives the same archive members.
    with tarfile.open(tmp, "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name, blob in ((MANIFEST, data), (SIGNATURE, signature)):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(blob), 0o644, 0
            tar.addfile(info, io.BytesIO(blob))
        for name, path in files:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = path.stat().st_size, 0o644, 0
            with open(path, "rb") as f:
                tar.addfile(info, f)
    tmp.replace(out)
    return manifest


@dataclass
class Verified:
    """A package whose signature is good; its files are checked as they are unpacked."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes

    @property
    def version(self) -> str:
        return self.manifest["version"]

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()


def _safe_name(name: str) -> str:
    p = PurePosixPath(name)
    if p.is_absolute() or ".." in p.parts or not p.parts or name != p.as_posix():
        raise PackageError(f"the package holds an unsafe file name {name!r}")
    if name not in (MANIFEST, SIGNATURE) and p.parts[0] not in ("corpus", "index"):
        raise PackageError(f"the package holds an unexpected file {name!r}")
    return name


def _drain(tar: tarfile.TarFile) -> None:
    """Read the compressed stream to its end, so gzip checks its CRC over every byte."""
    while tar.fileobj.read(1 << 20):
        pass


def _damaged(path: Path, exc: BaseException) -> PackageError:
    return PackageError(f"{path.name} is damaged or not a content package "
                        f"({type(exc).__name__}: {exc}); nothing was changed")


def read_signed(path: Path, public_key: signing.Ed25519PublicKey) -> Verified:
    """Read manifest and signature and verify them; PackageError says what is wrong."""
    found: dict[str, bytes] = {}
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if member.name in (MANIFEST, SIGNATURE) and member.isfile():
                    if member.name in found or member.size > 1 << 24:
                        raise PackageError(f"{path.name}: {member.name} appears twice or is "
                                           "too large")
                    found[member.name] = tar.extractfile(member).read()
            _drain(tar)
    except PackageError:
        raise
    except FileNotFoundError:
        raise PackageError(f"{path} does not exist") from None
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise _damaged(path, exc) from None
    if MANIFEST not in found:
        raise PackageError(f"{path.name} has no {MANIFEST}: not a content package")
    if SIGNATURE not in found:
        raise PackageError(f"{path.name} is not signed (no {SIGNATURE}): refused")
    data = found[MANIFEST]
    try:
        signature = base64.b64decode(found[SIGNATURE].strip(), validate=True)
    except ValueError:
        raise PackageError(f"{path.name}: the signature is not readable: refused") from None
    trusted = signing.key_id(public_key)
    if not signing.verify(public_key, signature, data):
        claimed = _claimed_key(data)
        if claimed and claimed != trusted:
            raise PackageError(f"{path.name} is signed with key {claimed}, but this kiosk "
                               f"trusts key {trusted} only: refused")
        raise PackageError(f"{path.name}: the signature does not match its manifest (changed "
                           "after signing, or signed with another key): refused")
    manifest = json.loads(data)
    if manifest.get("kind") != KIND or manifest.get("format") != FORMAT:
        raise PackageError(f"{path.name}: unknown package kind or format "
                           f"{manifest.get('kind')!r}/{manifest.get('format')!r}")
    version_key(str(manifest.get("version", "")))
    for name in manifest.get("files", {}):
        _safe_name(name)
    return Verified(manifest, data, signature)


def _claimed_key(data: bytes) -> str:
    try:
        return str(json.loads(data).get("key_id", ""))
    except (ValueError, AttributeError):
        return ""


def unpack(path: Path, verified: Verified, target: Path,
           after_file: Callable[[int], None] = lambda n: None) -> None:
    """Unpack every file the signed manifest lists into `target`, checking each digest.

    Files are written 0644 and folders 0755 (the kiosk user reads them; nobody writes them) and
    synced, so a package that is renamed into place after this survives a power cut."""
    expected = dict(verified.manifest["files"])
    total = 0
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                name = _safe_name(member.name)
                if name in (MANIFEST, SIGNATURE):
                    continue
                if name not in expected:
                    raise PackageError(f"{path.name}: {name} is not in the signed manifest: "
                                       "refused")
                if not member.isfile():
                    raise PackageError(f"{path.name}: {name} is not a plain file: refused")
                total += member.size
                if total > MAX_BYTES:
                    raise PackageError(f"{path.name} unpacks to more than {MAX_BYTES >> 20} MB")
                out = target / name
                for parent in reversed(out.relative_to(target).parents):
                    (target / parent).mkdir(mode=0o755, exist_ok=True)
                h = hashlib.sha256()
                src = tar.extractfile(member)
                with open(out, "xb") as f:  # "x": a name listed twice is refused below
                    for block in iter(lambda: src.read(1 << 20), b""):
                        h.update(block)
                        f.write(block)
                    f.flush()
                    os.fsync(f.fileno())
                out.chmod(0o644)
                if h.hexdigest() != expected.pop(name):
                    raise PackageError(f"{path.name}: {name} does not match its digest in the "
                                       "signed manifest (changed after signing): refused")
                after_file(len(verified.manifest["files"]) - len(expected))
            _drain(tar)
    except PackageError:
        raise
    except FileExistsError as exc:
        raise PackageError(f"{path.name}: {exc.filename} appears twice: refused") from None
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise _damaged(path, exc) from None
    if expected:
        raise PackageError(f"{path.name}: {len(expected)} file(s) of the signed manifest are "
                           f"missing, e.g. {sorted(expected)[0]}: refused")
    for folder in [target, *[p for p in target.rglob("*") if p.is_dir()]]:
        folder.chmod(0o755)
        sync_dir(folder)


def sync_dir(folder: Path) -> None:
    """Make a folder's entries (new names, renames) durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_signature_files(target: Path, verified: Verified) -> None:
    """Keep the signed manifest and its signature with the unpacked files (the kiosk re-checks)."""
    (target / MANIFEST).write_bytes(verified.manifest_bytes)
    (target / SIGNATURE).write_bytes(base64.b64encode(verified.signature) + b"\n")
    for name in (MANIFEST, SIGNATURE):
        (target / name).chmod(0o644)
