"""The model backend: one factory, chat or completion from the GGUF's metadata, no bench work."""

from __future__ import annotations

import ast

import pytest
from pydantic import ValidationError

from kiosk.core.answer import llm as llm_module
from kiosk.core.answer.llm import build_llm, wants_chat
from kiosk.core.assistant import Assistant
from kiosk.core.settings import DEFAULT_MODEL, ROOT
from tests.conftest import isolated_settings
from tests.fakes import ScriptedLLM

TEMPLATE = {"tokenizer.chat_template": "{% for m in messages %}{{ m.content }}{% endfor %}"}


@pytest.mark.parametrize(("model_format", "metadata", "chat"), [
    ("auto", TEMPLATE, True),
    ("auto", {"general.name": "Qwen2.5 1.5B Instruct"}, False),  # the name decides nothing
    ("auto", {"tokenizer.chat_template": ""}, False),
    ("completion", TEMPLATE, False),
    ("chat", {}, True),
])
def test_prompt_format_comes_from_the_setting_or_the_chat_template(model_format, metadata,
                                                                   chat) -> None:
    assert wants_chat(model_format, metadata) is chat


def test_model_format_is_a_setting_with_auto_as_default() -> None:
    assert isolated_settings().model_format == "auto"
    assert isolated_settings(model_format="chat").model_format == "chat"
    with pytest.raises(ValidationError):
        isolated_settings(model_format="instruct")


def test_the_assistant_loads_its_model_through_the_factory(fake_assistant, monkeypatch) -> None:
    built = []

    def factory(settings, n_ctx=None):
        built.append(settings)
        return ScriptedLLM()

    monkeypatch.setattr(llm_module, "build_llm", factory)
    a = fake_assistant
    settings = a.settings.model_copy(update={"use_llm": True})
    assistant = Assistant(settings, a.corpus, a.retriever, a.detector, a.gate, None)
    assistant.load_model()
    assert built == [settings] and isinstance(assistant.llm, ScriptedLLM)


def test_with_the_model_switched_off_nothing_is_loaded(fake_assistant, monkeypatch) -> None:
    monkeypatch.setattr(llm_module, "build_llm", lambda *a, **k: pytest.fail("model loaded"))
    a = fake_assistant
    assistant = Assistant(a.settings.model_copy(update={"use_llm": False}), a.corpus,
                          a.retriever, a.detector, a.gate, None)
    assistant.load_model()
    assert assistant.llm is None and "use_llm" in assistant.model_note


def test_only_the_factory_builds_the_llama_model() -> None:
    """Assistant, doctor and bench all go through `build_llm`: nothing else calls LlamaLLM."""
    package = ROOT / "kiosk"
    callers = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "LlamaLLM"):
                callers.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert callers == [f"kiosk/core/answer/llm.py:{_factory_line()}"]


def _factory_line() -> int:
    source = (ROOT / "kiosk" / "core" / "answer" / "llm.py").read_text("utf-8")
    tree = ast.parse(source)
    factory = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "build_llm")
    return next(n.lineno for n in ast.walk(factory) if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Name) and n.func.id == "LlamaLLM")


@pytest.mark.real
def test_the_default_base_model_gets_completion_prompts_and_chat_can_be_forced() -> None:
    model = ROOT / "models" / DEFAULT_MODEL
    assert model.is_file(), f"no model in {model}: run ./install.sh"
    llm = build_llm(isolated_settings(), n_ctx=512)
    try:
        assert llm.chat is False  # Gemma 3 270M is a base model: its GGUF has no chat template
        assert not llm.metadata.get("tokenizer.chat_template")
    finally:
        llm.close()
    forced = build_llm(isolated_settings(model_format="chat"), n_ctx=512)
    try:
        assert forced.chat is True
    finally:
        forced.close()


@pytest.mark.real
def test_stream_statistics_are_kept_only_when_the_benchmark_asks() -> None:
    llm = build_llm(isolated_settings(), n_ctx=512)
    try:
        text = "".join(llm.stream("Düsseldorf ist", 6, [], lambda: False))
        assert text.strip() and llm.last_stats == {}
        llm.measure = True
        "".join(llm.stream("Düsseldorf ist eine Stadt", 6, [], lambda: False))
        stats = llm.last_stats
        assert stats["prompt_tokens"] > 0 and stats["tokens"] >= 1
        assert stats["reused_tokens"] + stats["prefill_tokens"] == stats["prompt_tokens"]
    finally:
        llm.close()
