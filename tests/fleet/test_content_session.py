"""A running kiosk keeps its session's content and takes newly installed content at the next one."""

from __future__ import annotations

import pytest

from kiosk.core.assistant import build_assistant
from kiosk.fleet import store
from kiosk.ui.app import KioskApp
from tests.conftest import isolated_settings
from tests.fakes import FakeEmbedder, ScriptedLLM
from tests.ui.fakes import FakeSpeaker


def _fee(assistant) -> str:
    return assistant.corpus.get("alpha").fees[0].split()[0]


@pytest.fixture()
def running(tmp_path, keys, packages):
    """An assistant started over installed content 2026.1, as `kiosk` builds it."""
    content = tmp_path / "content"
    store.install(packages["v1"], content, keys / "city.pub", embedder_name=FakeEmbedder.name)
    settings = store.resolve(isolated_settings(content_dir=content, min_score=0.1,
                                               idle_seconds=60, countdown_seconds=20,
                                               speech=False))
    assistant = build_assistant(settings, embedder=FakeEmbedder(), llm=ScriptedLLM())
    assert _fee(assistant) == "13" and assistant.index_note == ""
    return content, assistant


def test_refresh_builds_the_new_content_and_reuses_the_loaded_parts(running, keys,
                                                                     packages) -> None:
    content, old = running
    assert store.refresh(old) is None  # nothing new installed
    store.install(packages["v2"], content, keys / "city.pub", embedder_name=FakeEmbedder.name)
    new = store.refresh(old)
    assert new is not None and _fee(new) == "15" and new.index_note == ""
    assert new.llm is old.llm and new.detector is old.detector  # no second model in RAM
    assert new.retriever.embedder is old.retriever.embedder
    assert _fee(old) == "13"  # the session that is running keeps what it has
    answer = new.ask("Was kostet die Bescheinigung alpha?")
    assert answer.mode == "answer" and "15" in answer.text, answer.text
    assert store.refresh(new) is None


@pytest.mark.asyncio
async def test_the_kiosk_takes_new_content_when_a_session_ends(running, keys, packages) -> None:
    content, assistant = running
    app = KioskApp(assistant, FakeSpeaker(), assistant.settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        store.install(packages["v2"], content, keys / "city.pub",
                      embedder_name=FakeEmbedder.name)
        app.lang = "en"  # a citizen is in a session: it keeps the content it started with
        app.wipe_assistant()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.assistant is assistant
        app.reset_session()  # "Fertig" or the idle countdown: the next session starts fresh
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.assistant is not assistant and _fee(app.assistant) == "15"
        assert not app.faults  # no error while swapping
        assert sorted(app.groups) == ["service"]
