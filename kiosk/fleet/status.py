"""What staff see about the content: version, Stand range, signing key, facts still to check.

`content_status(settings)` returns plain data (no Textual, no Rich): `kiosk doctor`, `kiosk
content status` and the staff panel show the same figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.fleet import package, signing, store

if TYPE_CHECKING:
    from kiosk.core.settings import Settings


def content_status(settings: Settings) -> dict[str, Any]:
    """The content the kiosk serves now (the installed version, or the configured corpus folder).

    Keys: `source` ("installed" | "folder"), `version`, `installed_at`, `previous`, `key_id` (of
    the package's signer), `trusted_key_id` (of the configured public key), `signature` and
    `files` ("ok" or what is wrong), `corpus_dir`, `services`, `stand_oldest`, `stand_newest`,
    `to_check` (list of {service, fact, status, kind, text}: unverified "U" and not-found "nf"
    facts), `problem` ("" when the content loads and verifies). Never raises."""
    from kiosk.core.knowledge.corpus import CorpusError, load_corpus
    from kiosk.fleet.check import facts_to_check

    folder = store.current_dir(settings.content_dir)
    info: dict[str, Any] = {
        "source": "installed" if folder else "folder", "version": None, "installed_at": None,
        "previous": None, "key_id": None, "trusted_key_id": None, "signature": None,
        "files": None, "corpus_dir": str(folder / "corpus" if folder else settings.corpus_dir),
        "services": 0, "stand_oldest": None, "stand_newest": None, "to_check": [],
        "problem": "",
    }
    key_path = settings.content_public_key
    if key_path:
        try:
            info["trusted_key_id"] = signing.key_id(signing.load_public(Path(key_path)))
        except signing.SigningKeyError as exc:
            info["problem"] = str(exc)
    if folder:
        manifest = store.read_json(folder / package.MANIFEST) or {}
        installed = store.read_json(folder / store.INSTALLED) or {}
        info.update(version=manifest.get("version"), key_id=manifest.get("key_id"),
                    installed_at=installed.get("installed_at"))
        previous = installed.get("previous")
        if previous:
            old = store.read_json(folder.parent / previous / package.MANIFEST)
            info["previous"] = old.get("version") if old else None
        problems = store.check_files(folder)
        info["files"] = "ok" if not problems else "; ".join(problems[:3])
        if key_path:
            info["signature"] = store.check_signature(folder, Path(key_path)) or "ok"
        else:
            info["signature"] = "not checked: no content_public_key configured"
        unsigned = bool(key_path) and info["signature"] != "ok"
        if problems or unsigned:
            info["problem"] = info["problem"] or (
                f"the installed content {info['version']} is not as signed: "
                + (info["files"] if problems else info["signature"]))
    try:
        services = load_corpus(Path(info["corpus_dir"])).services
    except CorpusError as exc:
        info["problem"] = info["problem"] or f"corpus error: {exc}"
        return info
    stands = sorted(s.stand for s in services)
    info.update(services=len(services), stand_oldest=stands[0], stand_newest=stands[-1],
                to_check=facts_to_check(services))
    return info


def summary_line(info: dict[str, Any]) -> str:
    """One line for `kiosk doctor`."""
    if info["source"] == "installed":
        head = (f"content {info['version']} (signed by key {info['key_id']}, signature "
                f"{info['signature']}, files {info['files']})")
    else:
        head = f"corpus folder {info['corpus_dir']} (no signed content installed)"
    if not info["services"]:
        return head
    return (f"{head}; {info['services']} services, Stand {info['stand_oldest']} … "
            f"{info['stand_newest']}; {len(info['to_check'])} facts to check")


def to_check_lines(info: dict[str, Any]) -> list[str]:
    """The facts an editor still has to check, one line per service."""
    by_service: dict[str, list[str]] = {}
    for item in info["to_check"]:
        by_service.setdefault(item["service"], []).append(f"{item['fact']} ({item['status']})")
    return [f"{sid}: {', '.join(facts)}" for sid, facts in by_service.items()]
