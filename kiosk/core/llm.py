"""The local language model: llama.cpp through llama-cpp-python, plus a scripted fake for tests.

One lock guards the llama context (one completion at a time). The fixed start of every prompt
(instructions and examples) is identical between questions, so llama.cpp's prefix matching keeps
it in the KV cache and only passages and question are prefilled.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence


class LLM(Protocol):
    """What answer composition needs from a language model."""

    name: str
    chat: bool  # True: format prompts with the model's chat template

    def stream(self, prompt: str | list[dict], max_tokens: int, stop: Sequence[str],
               cancelled: Callable[[], bool]) -> Iterator[str]:
        """Generated text pieces, stopping early when `cancelled()` turns True."""

    def warm(self, prefix: str) -> None:
        """Prefill `prefix` so the next prompt that starts with it decodes sooner."""

    def reset(self) -> None:
        """Forget the context (KV cache) of the session."""


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence C-level writes to stderr, which would draw over the kiosk's screen."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class LlamaLLM:
    """A GGUF model run by llama.cpp on the CPU."""

    def __init__(self, path: Path, n_ctx: int = 2048, n_threads: int = 2,
                 temperature: float = 0.0, prompt_style: str = "auto") -> None:
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"model file {path} is missing: run ./install.sh")
        from llama_cpp import Llama

        with _quiet_stderr():  # llama.cpp prints notes on fd 2 even when not verbose
            self._llm = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads,
                              n_threads_batch=n_threads, n_batch=512, seed=0, verbose=False)
        self._lock = threading.Lock()
        self.temperature = temperature
        self.name = path.name
        meta = self._llm.metadata or {}
        self.metadata = {k: v for k, v in meta.items() if not k.startswith("tokenizer.ggml")}
        has_template = bool(meta.get("tokenizer.chat_template"))
        label = f"{meta.get('general.name', '')} {meta.get('general.finetune', '')} {path.name}"
        instruct = any(t in label.lower() for t in ("-it", " it", "instruct", "chat"))
        self.chat = prompt_style == "chat" or (prompt_style == "auto" and has_template and instruct)

    def n_tokens(self, text: str) -> int:
        """Tokens of `text` in this model's vocabulary."""
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def stream(self, prompt: str | list[dict], max_tokens: int, stop: Sequence[str],
               cancelled: Callable[[], bool]) -> Iterator[str]:
        with self._lock:
            if isinstance(prompt, list):
                pieces = self._llm.create_chat_completion(
                    messages=prompt, max_tokens=max_tokens, temperature=self.temperature,
                    stop=list(stop), stream=True)
                texts = (p["choices"][0]["delta"].get("content") or "" for p in pieces)
            else:
                pieces = self._llm.create_completion(
                    prompt=prompt, max_tokens=max_tokens, temperature=self.temperature,
                    top_k=1 if self.temperature == 0 else 40, repeat_penalty=1.1,
                    stop=list(stop), stream=True)
                texts = (p["choices"][0]["text"] for p in pieces)
            for text in texts:
                if cancelled():
                    break
                if text:
                    yield text

    def warm(self, prefix: str) -> None:
        with self._lock:
            tokens = self._llm.tokenize(prefix.encode("utf-8"), add_bos=True, special=False)
            self._llm.reset()
            self._llm.eval(tokens)

    def reset(self) -> None:
        with self._lock:
            self._llm.reset()
            ctx = getattr(self._llm, "_ctx", None)
            for clear in ("memory_clear", "kv_cache_clear"):
                fn = getattr(ctx, clear, None)
                if fn is not None:
                    try:
                        fn(True) if clear == "memory_clear" else fn()
                    except TypeError:
                        fn()
                    break

    def raw_decode_rate(self, prompt: str, n_tokens: int = 64) -> float:
        """Tokens/s of bare llama.cpp decoding (no app code), for `kiosk bench`."""
        import time

        with self._lock:
            tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)
            done, t0 = 0, 0.0
            for _ in self._llm.generate(tokens, top_k=1, temp=0.0):
                if done == 0:
                    t0 = time.perf_counter()  # prefill is over once the first token is out
                done += 1
                if done > n_tokens:
                    break
            return n_tokens / (time.perf_counter() - t0)


class ScriptedLLM:
    """A fake model that streams a given answer word by word (fast tests, no weights)."""

    name = "scripted-fake"
    chat = False

    def __init__(self, reply: str | Callable[[str], str] = "") -> None:
        self.reply = reply
        self.prompts: list[str] = []
        self.resets = 0

    def stream(self, prompt: str | list[dict], max_tokens: int, stop: Sequence[str],
               cancelled: Callable[[], bool]) -> Iterator[str]:
        text = prompt if isinstance(prompt, str) else "\n".join(m["content"] for m in prompt)
        self.prompts.append(text)
        reply = self.reply(text) if callable(self.reply) else self.reply
        for i, word in enumerate(reply.split(" ")):
            if cancelled():
                return
            yield word if i == 0 else " " + word

    def warm(self, prefix: str) -> None:
        pass

    def reset(self) -> None:
        self.resets += 1
