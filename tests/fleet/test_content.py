"""Signed content updates: install, refuse (unsigned, wrong key, tampered, failing, older),
roll back, and what the kiosk then reads."""

from __future__ import annotations

import base64
import io
import json
import tarfile
from pathlib import Path

import pytest

from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.index import index_problem
from kiosk.fleet import package, signing, store
from kiosk.fleet.package import PackageError
from kiosk.fleet.status import content_status
from tests.conftest import isolated_settings
from tests.fakes import FakeEmbedder
from tests.fleet.conftest import make_corpus, snapshot, write_doc

FAKE = FakeEmbedder.name


def install(file, content, keys, **kw):
    return store.install(file, content, keys / "city.pub", embedder_name=FAKE, **kw)


def served_fee(content: Path) -> str:
    """The fee the kiosk would answer with if it started now (from `current`, as the CLI does)."""
    settings = store.resolve(isolated_settings(content_dir=content))
    corpus = load_corpus(settings.corpus_dir)
    assert index_problem(corpus, FakeEmbedder(), settings.index_dir) == ""  # no rebuild
    return corpus.get("alpha").fees[0].split()[0]


def test_install_switches_and_rollback_goes_back(tmp_path, keys, packages) -> None:
    content = tmp_path / "content"
    first = install(packages["v1"], content, keys)
    assert first.changed and served_fee(content) == "13"
    second = install(packages["v2"], content, keys)
    assert second.changed and second.previous == "2026.1" and served_fee(content) == "15"
    again = install(packages["v2"], content, keys)
    assert not again.changed and "installed already" in again.message
    back = store.rollback(content)
    assert (back.version, back.previous) == ("2026.1", "2026.2") and served_fee(content) == "13"
    with pytest.raises(PackageError, match="no earlier content version"):
        store.rollback(content)
    assert install(packages["v2"], content, keys).changed  # newer than the current 2026.1
    assert served_fee(content) == "15"


def test_installed_files_are_readable_by_the_kiosk_user(tmp_path, keys, packages) -> None:
    content = tmp_path / "content"
    install(packages["v1"], content, keys)
    for path in [content, *content.rglob("*")]:
        if path.is_symlink() or path.name == ".lock":
            continue
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644), path


def _refused(tmp_path, keys, file, match, base: Path | None = None) -> None:
    """Installing `file` over `base` (or what is installed) fails and changes nothing."""
    content = tmp_path / "content"
    if base is not None:
        install(base, content, keys)
    before = snapshot(content)
    with pytest.raises(PackageError, match=match):
        install(file, content, keys)
    assert snapshot(content) == before, "a refused install changed the kiosk"
    if base is not None:
        assert served_fee(content) == "13"  # the kiosk still starts with the old content


def test_an_older_version_is_refused_unless_forced(tmp_path, keys, packages) -> None:
    content = tmp_path / "content"
    install(packages["v2"], content, keys)
    _refused(tmp_path, keys, packages["v1"], r"2026\.1 is not newer than the installed 2026\.2")
    assert install(packages["v1"], content, keys, force=True).changed
    assert served_fee(content) == "13"


def test_a_package_signed_with_another_key_is_refused(tmp_path, keys, packages) -> None:
    other = signing.key_id(signing.load_public(keys / "other.pub"))
    _refused(tmp_path, keys, packages["other-key"], f"signed with key {other}, but this kiosk "
             "trusts key", base=packages["v1"])


def _rewrite(src: Path, dst: Path, change=lambda name, data: data,
             extra: dict[str, bytes] | None = None) -> Path:
    """Copy a package member by member; `change(name, data)` may alter (or drop: None) one."""
    with tarfile.open(src, "r:gz") as tin, tarfile.open(dst, "w:gz") as tout:
        for member in tin:
            data = change(member.name, tin.extractfile(member).read())
            if data is not None:
                member.size = len(data)
                tout.addfile(member, io.BytesIO(data))
        for name, data in (extra or {}).items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tout.addfile(info, io.BytesIO(data))
    return dst


def test_an_unsigned_package_is_refused(tmp_path, keys, packages) -> None:
    bad = _rewrite(packages["v2"], tmp_path / "unsigned.tar.gz",
                   lambda name, data: None if name == package.SIGNATURE else data)
    _refused(tmp_path, keys, bad, "is not signed", base=packages["v1"])


def test_a_changed_manifest_is_refused(tmp_path, keys, packages) -> None:
    def newer(name, data):
        if name != package.MANIFEST:
            return data
        return data.replace(b'"version": "2026.2"', b'"version": "2027.9"')
    bad = _rewrite(packages["v2"], tmp_path / "manifest.tar.gz", newer)
    _refused(tmp_path, keys, bad, "signature does not match", base=packages["v1"])


def test_a_changed_document_is_refused(tmp_path, keys, packages) -> None:
    bad = _rewrite(packages["v2"], tmp_path / "doc.tar.gz",
                   lambda name, data: data.replace(b"15 Euro", b"5 Euro")
                   if name == "corpus/alpha.md" else data)
    _refused(tmp_path, keys, bad, "alpha.md does not match its digest", base=packages["v1"])


def test_an_added_file_is_refused(tmp_path, keys, packages) -> None:
    bad = _rewrite(packages["v2"], tmp_path / "added.tar.gz",
                   extra={"corpus/gamma.md": b"---\nid: gamma\n---\n"})
    _refused(tmp_path, keys, bad, "gamma.md is not in the signed manifest", base=packages["v1"])


@pytest.mark.parametrize("where", [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.0])
def test_any_flipped_byte_is_refused(tmp_path, keys, packages, where) -> None:
    data = bytearray(packages["v2"].read_bytes())
    # after the 10-byte gzip header (its time stamp and OS byte carry no content)
    at = max(10, min(len(data) - 1, int(len(data) * where)))
    data[at] ^= 0x01
    bad = tmp_path / "flipped.tar.gz"
    bad.write_bytes(bytes(data))
    _refused(tmp_path, keys, bad, "refused|damaged", base=packages["v1"])


def test_a_corpus_that_fails_the_check_is_refused(tmp_path, keys, packages,
                                                  monkeypatch) -> None:
    import kiosk.fleet.build as build_module
    from kiosk.fleet.check import Report

    corpus = make_corpus(tmp_path / "corpus", "15")
    write_doc(corpus, "gamma", source="http://www.duesseldorf.de/gamma")
    # signed around `kiosk content build`'s own check: the kiosk must check again
    monkeypatch.setattr(build_module, "check_corpus", lambda *a, **k: Report())
    out = build_module.build(corpus, keys / "city.key", tmp_path / "bad.tar.gz",
                             version="2026.5", embedder=FakeEmbedder()).path
    monkeypatch.undo()
    _refused(tmp_path, keys, out, "fails the check .* gamma.md: source: .* not an https",
             base=packages["v1"])


def test_an_index_of_another_corpus_is_refused(tmp_path, keys, packages) -> None:
    key = signing.load_private(keys / "city.key")
    with tarfile.open(packages["v2"]) as tar:
        tar.extractall(tmp_path / "x", filter="data")
    write_doc(tmp_path / "x" / "corpus", "alpha", "99")  # corpus changed, index not rebuilt
    manifest = json.loads((tmp_path / "x" / package.MANIFEST).read_text())
    manifest.pop("files"), manifest.pop("key_id"), manifest.pop("kind"), manifest.pop("format")
    manifest["version"] = "2026.7"
    bad = tmp_path / "stale-index.tar.gz"
    package.write_package(bad, tmp_path / "x" / "corpus", tmp_path / "x" / "index", manifest,
                          key)
    _refused(tmp_path, keys, bad, "not built from the corpus it ships with",
             base=packages["v1"])


def test_unsafe_names_are_refused_before_anything_is_written(tmp_path, keys) -> None:
    key = signing.load_private(keys / "city.key")
    data = json.dumps({"kind": package.KIND, "format": package.FORMAT, "version": "2030.1",
                       "files": {"../../etc/evil": "0" * 64}}).encode()
    bad = tmp_path / "evil.tar.gz"
    with tarfile.open(bad, "w:gz") as tar:
        for name, blob in ((package.MANIFEST, data),
                           (package.SIGNATURE, base64.b64encode(key.sign(data)))):
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    with pytest.raises(PackageError, match="unsafe file name"):
        install(bad, tmp_path / "content", keys)
    assert not (tmp_path / "evil").exists() and not Path("/etc/evil").exists()


def test_status_is_plain_data_for_the_staff_panel(tmp_path, keys, packages) -> None:
    content = tmp_path / "content"
    install(packages["v1"], content, keys)
    install(packages["v2"], content, keys)
    settings = isolated_settings(content_dir=content, content_public_key=keys / "city.pub")
    info = content_status(settings)
    json.dumps(info)  # plain data: no objects the UI would have to understand
    city = signing.key_id(signing.load_public(keys / "city.pub"))
    assert (info["source"], info["version"], info["previous"]) == ("installed", "2026.2", "2026.1")
    assert info["key_id"] == info["trusted_key_id"] == city
    assert (info["signature"], info["files"], info["problem"]) == ("ok", "ok", "")
    assert info["services"] == 2 and info["stand_oldest"] == info["stand_newest"]
    assert {(x["service"], x["fact"], x["status"]) for x in info["to_check"]} == {
        ("alpha", "duration", "nf"), ("beta", "duration", "nf")}
    # a byte changed on the kiosk's disk after installation shows up as a problem
    doc = store.current_dir(content) / "corpus" / "alpha.md"
    doc.chmod(0o644)
    doc.write_text(doc.read_text().replace("15 Euro", "5 Euro"))
    assert "alpha.md was changed" in content_status(settings)["problem"]


def test_the_kiosk_without_content_reads_its_corpus_folder(tmp_path) -> None:
    settings = isolated_settings(content_dir=tmp_path / "none")
    assert store.resolve(settings) is settings
    assert content_status(settings)["source"] == "folder"
