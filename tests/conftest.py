"""Shared fixtures: assistants over the real corpus with fake or real parts, built once."""

from __future__ import annotations

import os

import pytest

from kiosk.core.settings import ROOT, Settings


def isolated_settings(**fields: object) -> Settings:
    """Settings from defaults and `fields` only, whatever the machine's environment says."""
    with pytest.MonkeyPatch.context() as mp:
        for name in [n for n in os.environ if n.startswith("KIOSK_")]:
            mp.delenv(name)
        mp.setenv("KIOSK_CONFIG", str(ROOT / "tests" / "absent.toml"))
        return Settings(**fields)


@pytest.fixture(scope="session")
def fake_assistant(tmp_path_factory: pytest.TempPathFactory):
    """Real corpus, PII gate and language detector; fake embedder and LLM; index built in RAM."""
    from kiosk.core.assistant import build_assistant
    from tests.fakes import FakeEmbedder, ScriptedLLM

    # min_score is calibrated for e5 cosines; the trigram fake scores lower, so it gets its own
    settings = isolated_settings(index_dir=tmp_path_factory.mktemp("noindex") / "none",
                                 min_score=0.1)
    return build_assistant(settings, embedder=FakeEmbedder(), llm=ScriptedLLM())


@pytest.fixture(scope="session")
def real_retrieval_assistant():
    """The real embedder and stored index (opened from a RAM copy); a scripted LLM."""
    from kiosk.core.assistant import build_assistant
    from tests.fakes import ScriptedLLM

    return build_assistant(isolated_settings(), llm=ScriptedLLM())


@pytest.fixture(scope="session")
def real_assistant(real_retrieval_assistant):
    """The whole real stack: the parts above (loaded once) plus the GGUF model in models/."""
    from kiosk.core.assistant import Assistant

    a = real_retrieval_assistant
    settings = a.settings.model_copy(update={"use_llm": True})  # off by default; on here
    assistant = Assistant(settings, a.corpus, a.retriever, a.detector, a.gate, None,
                          a.index_note)
    assistant.load_model()
    if not assistant.model_ready:
        pytest.fail(f"the real model is not usable: {assistant.model_note}")
    return assistant
