"""The search index: corpus units embedded into a Chroma collection, built once, opened read-only.

`build_index` writes a persistent Chroma store into `index/` with a manifest that records the
corpus digest and the embedder. `open_index` copies the stored vectors into an in-memory Chroma
collection, so a running kiosk never writes to disk; a missing or outdated index is rebuilt in
memory (slower start) and reported to staff.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kiosk.core.knowledge.corpus import Corpus
from kiosk.core.knowledge.embedder import Embedder
from kiosk.core.textutil import split_sentences

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

COLLECTION = "services"
_OPENED = itertools.count()
MANIFEST = "manifest.json"
INDEX_FORMAT = 2


class IndexMismatch(RuntimeError):
    """The index cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class Unit:
    """One searchable piece of a service: a body sentence, a summary or the keyword line."""

    uid: str
    service_id: str
    kind: str  # "sentence" | "summary" | "keywords" | "card"
    lang: str
    text: str  # shown / quoted
    embed_text: str  # what gets embedded (carries the service title for context)


def corpus_units(corpus: Corpus) -> list[Unit]:
    """Cut every document into the units the index stores."""
    units: list[Unit] = []
    for s in corpus.services:
        def add(kind: str, lang: str, text: str, embed: str | None = None) -> None:
            units.append(Unit(f"{s.id}:{len(units)}", s.id, kind, lang, text,
                              embed or f"{s.title}: {text}"))
        add("keywords", "mul", f"{s.title} – {s.title_en}. " + ", ".join(s.keywords),
            f"{s.title}. {s.title_en}. " + ", ".join(s.keywords))
        card = [f"Zuständig: {s.office}."] + [f"Gebühr: {f}." for f in s.fees] + \
            [f"Unterlagen: {d}." for d in s.documents] + [f"Online: {s.online}"]
        add("card", "de", " ".join(card))
        for lang, text in s.summary.items():
            add("summary", lang, text, f"{s.title_for(lang)}: {text}")
        for heading, text in sections(s.body):
            for sentence in split_sentences(text):
                add("sentence", "de", sentence, f"{s.title} – {heading}: {sentence}")
    return units


def sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, plain text) per `##` section; list markers and emphasis removed."""
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in markdown.splitlines():
        line = line.strip()
        if line.startswith("#"):
            out.append((line.lstrip("#").strip(), []))
        else:
            out[-1][1].append(re.sub(r"^[-*]\s+|\*\*|__", "", line))
    return [(h, "\n".join(lines).strip()) for h, lines in out if "".join(lines).strip()]


def _client(path: Path | None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    cfg = ChromaSettings(anonymized_telemetry=False, allow_reset=False, is_persistent=bool(path))
    if path is None:
        return chromadb.EphemeralClient(settings=cfg)
    return chromadb.PersistentClient(path=str(path), settings=cfg)


def _fill(collection: Any, units: list[Unit], vectors: np.ndarray, texts: bool = True) -> None:
    for start in range(0, len(units), 500):
        batch = units[start:start + 500]
        extra = {"documents": [u.text for u in batch],
                 "metadatas": [{"service_id": u.service_id, "kind": u.kind, "lang": u.lang}
                               for u in batch]} if texts else {}
        collection.add(ids=[u.uid for u in batch],
                       embeddings=vectors[start:start + len(batch)].tolist(), **extra)


def build_index(corpus: Corpus, embedder: Embedder, index_dir: Path) -> dict:
    """(Re)build the persistent index in `index_dir` and return its manifest."""
    t0 = time.perf_counter()
    units = corpus_units(corpus)
    vectors = embedder.passage([u.embed_text for u in units])
    index_dir = Path(index_dir)
    staging = Path(tempfile.mkdtemp(prefix=".index-", dir=index_dir.parent))
    # mkdtemp makes the folder 0700; renamed into place, the kiosk user (not the installing
    # root) could not read it. Give it the mode a plain mkdir would have under this umask.
    os.chmod(staging, 0o777 & ~_umask())
    try:
        client = _client(staging)
        collection = client.create_collection(COLLECTION, embedding_function=None,
                                              metadata={"hnsw:space": "cosine"})
        _fill(collection, units, vectors)
        manifest = {"format": INDEX_FORMAT, "corpus_digest": corpus.digest,
                    "embedder": embedder.name, "units": len(units),
                    "services": len(corpus.services),
                    "built_seconds": round(time.perf_counter() - t0, 2),
                    "built_at": time.strftime("%Y-%m-%d %H:%M:%S")}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        del collection, client
        if index_dir.exists():
            shutil.rmtree(index_dir)
        staging.rename(index_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return manifest


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def read_manifest(index_dir: Path) -> dict | None:
    """The manifest of a built index, or None when there is none or it is unreadable."""
    try:
        return json.loads((Path(index_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def index_problem(corpus: Corpus, embedder: Embedder, index_dir: Path) -> str:
    """Why the stored index cannot serve this corpus and embedder ('' when it can)."""
    manifest = read_manifest(index_dir)
    if manifest is None:
        if Path(index_dir).is_dir() and not os.access(index_dir, os.R_OK | os.X_OK):
            return (f"{index_dir} exists but this user may not read it: run "
                    f"'chmod -R a+rX {index_dir}' as its owner, or 'kiosk index'")
        return f"no index in {index_dir}: run 'kiosk index'"
    if manifest.get("format") != INDEX_FORMAT or manifest.get("embedder") != embedder.name:
        return "the index was built by another version or embedder: run 'kiosk index'"
    if manifest.get("corpus_digest") != corpus.digest:
        return "the corpus changed since the index was built: run 'kiosk index'"
    return ""


@dataclass
class OpenIndex:
    """The in-memory collection the retriever queries, plus the units it holds."""

    collection: Any
    units: dict[str, Unit]
    problem: str  # staff-facing note when the stored index could not be used


def open_index(corpus: Corpus, embedder: Embedder, index_dir: Path | None) -> OpenIndex:
    """Load the stored vectors into RAM, or embed the corpus now when the store is unusable."""
    units = corpus_units(corpus)
    problem = index_problem(corpus, embedder, index_dir) if index_dir else "no index folder"
    vectors = None
    if not problem:
        try:
            vectors = _load_vectors(Path(index_dir), [u.uid for u in units])
        except Exception as exc:  # a corrupt store must not stop the kiosk
            problem = f"the index in {index_dir} is unreadable ({type(exc).__name__}): run 'kiosk index'"
    if vectors is None:
        vectors = embedder.passage([u.embed_text for u in units])
    client = _client(None)
    # Unique per call: the in-memory client outlives an index, and id() of a freed list recurs,
    # so a second open_index in one process (new content at a session start) would collide.
    name = f"{COLLECTION}-{next(_OPENED)}"
    collection = client.create_collection(name, embedding_function=None,
                                          metadata={"hnsw:space": "cosine"})
    # The retriever reads ids and distances only; texts would make Chroma build a full-text
    # index in RAM as well (~0.3 s of every start).
    _fill(collection, units, vectors, texts=False)
    return OpenIndex(collection, {u.uid: u for u in units}, problem)


def _load_vectors(index_dir: Path, uids: list[str]) -> np.ndarray:
    """Read the stored vectors from a RAM copy of the store, so the original is never touched."""
    ram = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="kiosk-index-", dir=ram) as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(index_dir, copy)
        client = _client(copy)
        stored = client.get_collection(COLLECTION, embedding_function=None)
        got = stored.get(ids=uids, include=["embeddings"])
        by_id = dict(zip(got["ids"], got["embeddings"]))
        if set(by_id) != set(uids):
            raise IndexMismatch("index does not match the corpus units")
        vectors = np.asarray([by_id[u] for u in uids], dtype=np.float32)
        del stored, client
    return vectors
