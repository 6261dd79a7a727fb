"""Fixtures for the privacy and security proofs: assistants over the real corpus, built once."""

from __future__ import annotations

from typing import Callable, Iterator

import pytest

from tests.conftest import isolated_settings


@pytest.fixture(scope="session")
def fake_assistant(tmp_path_factory: pytest.TempPathFactory):
    """Real corpus, PII gate and language detector; fake embedder and LLM; index built in RAM."""
    from kiosk.core.assistant import build_assistant
    from tests.fakes import FakeEmbedder, ScriptedLLM

    # default min_score here (the root fixture lowers it): attacks must meet the real one
    settings = isolated_settings(index_dir=tmp_path_factory.mktemp("noindex") / "none")
    return build_assistant(settings, embedder=FakeEmbedder(), llm=ScriptedLLM())


@pytest.fixture
def with_llm() -> Iterator[Callable]:
    """Put a given LLM into an assistant for one test, and the old one back afterwards."""
    restore: list[tuple[object, object]] = []

    def put(assistant, llm):
        restore.append((assistant, assistant.llm))
        assistant.llm = llm
        return assistant

    yield put
    for assistant, llm in reversed(restore):
        assistant.llm = llm
