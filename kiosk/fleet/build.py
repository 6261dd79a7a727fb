"""`kiosk content build`: check the corpus, build (or reuse) its index, write the signed package."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.fleet import package, signing
from kiosk.fleet.check import DEFAULT_MAX_AGE_MONTHS, Report, check_corpus, facts_to_check
from kiosk.fleet.package import PackageError

if TYPE_CHECKING:
    from kiosk.core.knowledge.embedder import Embedder


@dataclass
class Built:
    """The written package and what the editor should know about it."""

    path: Path
    manifest: dict
    report: Report
    index_reused: bool


def build(source_dir: Path, key_path: Path, out: Path, *, version: str | None = None,
          index_dir: Path | None = None, embedder: Embedder | None = None,
          max_age_months: int = DEFAULT_MAX_AGE_MONTHS) -> Built:
    """Refuse a corpus with errors; otherwise write the signed package `out`.

    An index in `index_dir` that was built from exactly this corpus with this embedder is
    packaged as it is; otherwise the index is built now (about a minute)."""
    from kiosk.core.knowledge.corpus import load_corpus
    from kiosk.core.knowledge.index import build_index, index_problem, read_manifest

    version = version or package.default_version()
    package.version_key(version)
    key = signing.load_private(key_path)  # before a minute of index building, not after
    work = Path(tempfile.mkdtemp(prefix="kiosk-content-"))
    try:
        # A snapshot: an editor saving a file meanwhile cannot make corpus and index disagree.
        corpus_dir = work / "corpus"
        corpus_dir.mkdir()
        for path in sorted(Path(source_dir).glob("*.md")):
            shutil.copy2(path, corpus_dir)
        report = check_corpus(corpus_dir, max_age_months)
        if report.errors:
            raise PackageError(f"the corpus has {len(report.errors)} error(s) (see above): "
                               "nothing was built")
        corpus = load_corpus(corpus_dir)
        if embedder is None:
            from kiosk.core.knowledge.embedder import E5Embedder

            embedder = E5Embedder()
        reuse = index_dir is not None and not index_problem(corpus, embedder, index_dir)
        if reuse:
            index = Path(index_dir)
        else:
            index = work / "index"
            build_index(corpus, embedder, index)
        built = read_manifest(index) or {}
        stands = sorted(s.stand for s in corpus.services)
        manifest = package.write_package(Path(out), corpus_dir, index, {
            "version": version,
            "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "stand": {"oldest": stands[0], "newest": stands[-1]},
            "services": [{"id": s.id, "title": s.title, "stand": s.stand,
                          "file": f"corpus/{s.path.name}"} for s in corpus.services],
            "index": {"corpus_digest": corpus.digest, "embedder": built.get("embedder"),
                      "units": built.get("units")},
            "check": {"warnings": len(report.warnings),
                      "facts_to_check": len(facts_to_check(corpus.services))},
        }, key)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Built(Path(out), manifest, report, reuse)
