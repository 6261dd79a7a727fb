"""Small self-made corpora, keys and packages for the fleet tests (the shipped corpus is edited
by others meanwhile; these tests need content that is valid or broken on purpose)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml

from kiosk.core.languages import CODES
from kiosk.fleet import signing
from kiosk.fleet.build import build
from tests.fakes import FakeEmbedder

TODAY = dt.date.today()


def write_doc(folder: Path, sid: str, fee: str = "13", **meta: object) -> Path:
    """A valid service document: every language, facts whose numbers the body states."""
    folder.mkdir(parents=True, exist_ok=True)
    title = f"Bescheinigung {sid}"
    front = {
        "id": sid, "title": title, "title_en": f"Certificate {sid}",
        "titles": {c: f"{title} ({c})" for c in CODES if c not in ("de", "en")},
        "category": "service", "office": "Bürgerbüro", "fees": [f"{fee} € pro Bescheinigung"],
        "documents": ["Personalausweis"], "online": "Nein.",
        "source": f"https://www.duesseldorf.de/{sid}", "stand": TODAY.isoformat(),
        "keywords": [f"{sid} beantragen", f"{sid} kosten"],
        "summary": {c: f"{title} ({c}) kostet {fee} Euro." for c in CODES},
        "facts": [
            {"id": "cost", "kind": "cost", "status": "V",
             "text": {c: f"{title} ({c}): {fee} Euro." for c in CODES}},
            {"id": "duration", "kind": "duration", "status": "nf",
             "text": {c: f"{title} ({c}): Dauer bitte erfragen." for c in CODES}},
        ],
    }
    front.update(meta)
    body = (f"## Kosten\n\nDie {title} kostet {fee} Euro.\n\n## Unterlagen\n\n"
            f"Für die {title} bringen Sie Ihren Personalausweis mit.\n")
    path = folder / f"{sid}.md"
    path.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
                    + "---\n" + body, encoding="utf-8")
    return path


def make_corpus(folder: Path, fee: str = "13") -> Path:
    write_doc(folder, "alpha", fee)
    write_doc(folder, "beta", "20")
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """Every path under `folder` with its content digest or link target: 'nothing changed'."""
    out = {}
    for p in sorted(folder.rglob("*")) if folder.exists() else []:
        key = str(p.relative_to(folder))
        if p.is_symlink():
            out[key] = "-> " + str(p.readlink())
        elif p.is_file():
            out[key] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[key] = "dir"
    return out


@pytest.fixture(scope="session")
def keys(tmp_path_factory):
    """Two key pairs: `city` (trusted by the kiosks) and `other`."""
    folder = tmp_path_factory.mktemp("keys")
    for name in ("city", "other"):
        signing.keygen(folder / f"{name}.key", folder / f"{name}.pub")
    return folder


@pytest.fixture(scope="session")
def packages(tmp_path_factory, keys):
    """Signed packages built the way `kiosk content build` does, with the fake embedder."""
    folder = tmp_path_factory.mktemp("packages")

    def make(name: str, version: str, fee: str = "13", key: str = "city") -> Path:
        corpus = make_corpus(folder / f"corpus-{name}", fee)
        out = folder / f"{name}.tar.gz"
        build(corpus, keys / f"{key}.key", out, version=version, embedder=FakeEmbedder())
        return out

    return {"v1": make("v1", "2026.1", "13"), "v2": make("v2", "2026.2", "15"),
            "other-key": make("other-key", "2026.3", "17", key="other")}
