"""Fixtures for the privacy and security proofs: assistants over the real corpus, built once."""

from __future__ import annotations

import os
from typing import Callable, Iterator

import pytest

from kiosk.core.settings import ROOT, Settings


def _settings(**fields: object) -> Settings:
    """Settings from defaults and `fields` only, whatever the machine's environment says."""
    with pytest.MonkeyPatch.context() as mp:
        for name in [n for n in os.environ if n.startswith("KIOSK_")]:
            mp.delenv(name)
        mp.setenv("KIOSK_CONFIG", str(ROOT / "tests" / "security" / "absent.toml"))
        return Settings(**fields)


@pytest.fixture(scope="session")
def fake_assistant(tmp_path_factory: pytest.TempPathFactory):
    """Real corpus, PII gate and language detector; fake embedder and LLM; index built in RAM."""
    from kiosk.core.assistant import build_assistant
    from kiosk.core.embedder import FakeEmbedder
    from kiosk.core.llm import ScriptedLLM

    settings = _settings(index_dir=tmp_path_factory.mktemp("noindex") / "none")
    return build_assistant(settings, embedder=FakeEmbedder(), llm=ScriptedLLM())


@pytest.fixture(scope="session")
def real_retrieval_assistant():
    """The real embedder and stored index (opened from a RAM copy); the LLM is set per test."""
    from kiosk.core.assistant import build_assistant
    from kiosk.core.llm import ScriptedLLM

    return build_assistant(_settings(), llm=ScriptedLLM())


@pytest.fixture(scope="session")
def real_assistant(real_retrieval_assistant):
    """The whole real stack: the parts above plus the GGUF model in models/."""
    from kiosk.core.assistant import Assistant

    a = real_retrieval_assistant
    assistant = Assistant(a.settings, a.corpus, a.retriever, a.detector, a.gate, None,
                          a.index_note)
    assistant.load_model()
    if not assistant.model_ready:
        pytest.skip(f"the real model is not usable: {assistant.model_note}")
    return assistant


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
