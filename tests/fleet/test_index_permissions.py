"""`kiosk index` run by root leaves an index the unprivileged kiosk user can read (issue 13)."""

from __future__ import annotations

import os
import shutil
import stat

from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.index import build_index, index_problem
from kiosk.core.settings import ROOT
from tests.fakes import FakeEmbedder


def test_a_built_index_is_readable_by_other_users(tmp_path) -> None:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    shutil.copy(ROOT / "corpus" / "fundbuero.md", corpus_dir)
    old = os.umask(0o022)  # what install.sh sets, and the usual default
    try:
        build_index(load_corpus(corpus_dir), FakeEmbedder(), tmp_path / "index")
    finally:
        os.umask(old)
    paths = [tmp_path / "index", *(tmp_path / "index").rglob("*")]
    for path in paths:
        mode = path.stat().st_mode
        assert mode & stat.S_IROTH, f"{path} is not readable by others ({stat.filemode(mode)})"
        if path.is_dir():
            assert mode & stat.S_IXOTH, f"{path} cannot be entered by others"


def test_an_unreadable_index_says_so_instead_of_missing(tmp_path, monkeypatch) -> None:
    corpus = load_corpus(ROOT / "corpus")
    (tmp_path / "index").mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    problem = index_problem(corpus, FakeEmbedder(), tmp_path / "index")
    assert "may not read it" in problem and "chmod" in problem
