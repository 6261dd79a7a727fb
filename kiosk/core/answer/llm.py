"""The local language model: llama.cpp through llama-cpp-python, built by `build_llm`.

`build_llm` is the one place that turns the settings into a model (assistant, doctor and bench
use it); whether prompts go through the model's chat template is read from the GGUF's metadata
unless `model_format` says otherwise. One lock guards the llama context (one completion at a time). The fixed start of every prompt
(instructions and examples) is identical between questions, so llama.cpp's prefix matching keeps
it in the KV cache and only passages and question are prefilled.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import re
import threading
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Protocol, Sequence

if TYPE_CHECKING:
    from kiosk.core.settings import Settings


REPEAT_PENALTY = 1.0
"""Of completion prompts; llama.cpp's penalty sampler scans the whole vocabulary per token."""


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


class ModelError(RuntimeError):
    """The model file is missing or unusable; the message says how to fix it."""


# Control-token syntax of the common chat templates (Gemma, ChatML, Llama 2/3, Mistral, Phi):
# in a chat prompt, text like this would be read as turn or role markers.
_SPECIAL = re.compile(r"<\|[^<>|\s]{1,40}\|>|</?[A-Za-z_][\w.-]{0,40}>|<</?SYS>>"
                      r"|\[/?(?:INST|SYS|AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS)\]", re.I)
_LOOKALIKE = str.maketrans({"<": "‹", ">": "›", "|": "¦", "[": "⁅", "]": "⁆"})


def defuse(text: str) -> str:
    """`text` with special-token look-alikes in place of control-token syntax (chat prompts)."""
    return _SPECIAL.sub(lambda m: m.group().translate(_LOOKALIKE), text)


def wants_chat(model_format: str, metadata: Mapping[str, str]) -> bool:
    """True when prompts go through the model's chat template.

    `model_format` "chat" or "completion" decides; "auto" takes chat exactly when the GGUF
    carries a chat template (`tokenizer.chat_template`), as instruct models do and base models
    such as the default Gemma 3 270M do not. The file name plays no part."""
    if model_format == "auto":
        return bool(metadata.get("tokenizer.chat_template"))
    return model_format == "chat"


def build_llm(settings: Settings, n_ctx: int | None = None) -> LlamaLLM:
    """The language model the settings describe (`n_ctx` overrides the context, e.g. for a check).

    Raises ModelError with a fix when the file is missing or unusable."""
    return LlamaLLM(settings.model_path, n_ctx or settings.n_ctx, settings.n_threads,
                    settings.temperature, settings.model_format)


class LlamaLLM:
    """A GGUF model run by llama.cpp on the CPU.

    `measure = True` (set by `kiosk bench`) makes `stream` record `last_stats`; the kiosk itself
    leaves it off, so answering copies no token arrays and keeps no timings."""

    def __init__(self, path: Path, n_ctx: int = 2048, n_threads: int = 2,
                 temperature: float = 0.0, model_format: str = "auto") -> None:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"model file {path} is missing: run ./install.sh or set "
                             "KIOSK_MODEL_PATH to a GGUF file")
        with open(path, "rb") as head:
            magic = head.read(4)
        if magic != b"GGUF":  # garbage never reaches llama.cpp's parser
            raise ModelError(f"model file {path} is not a GGUF model (damaged or wrong file): "
                             "run ./install.sh again or set KIOSK_MODEL_PATH to a GGUF file")
        from llama_cpp import Llama

        try:
            with _quiet_stderr():  # llama.cpp prints notes on fd 2 even when not verbose
                self._llm = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads,
                                  n_threads_batch=n_threads, n_batch=512, seed=0,
                                  verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(f"model file {path} cannot be loaded ({exc}); it may be truncated "
                             "or damaged: run ./install.sh again or set KIOSK_MODEL_PATH to a "
                             "working GGUF file") from exc
        self._lock = threading.Lock()
        self._closed = False
        # A warm-up thread may still be prefilling when the process exits; ggml's own threads
        # then crash in the C teardown (seen in the soak run), so exit waits for it first.
        atexit.register(_close_at_exit, weakref.ref(self))
        self.measure = False
        self.last_stats: dict[str, float] = {}  # of the latest measured `stream` (_stream_stats)
        self.temperature = temperature
        self.name = path.name
        meta = self._llm.metadata or {}
        self.metadata = {k: v for k, v in meta.items() if not k.startswith("tokenizer.ggml")}
        self.chat = wants_chat(model_format, meta)

    def prompt_tokens(self, prompt: str) -> list[int]:
        """BOS and the prompt as plain text: typed "<end_of_turn>" or "<bos>" stays text.

        llama-cpp-python parses special tokens in string prompts, which would let a question
        end the prompt's turn or start a new one; tokenizing here with `special=False` stops it.
        """
        return self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)

    def n_tokens(self, text: str) -> int:
        """Tokens of `text` in this model's vocabulary."""
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def stream(self, prompt: str | list[dict], max_tokens: int, stop: Sequence[str],
               cancelled: Callable[[], bool]) -> Iterator[str]:
        with self._lock:
            if self._closed:
                return
            # the benchmark's bookkeeping: the context before this prompt, and timings
            cached = self._llm.input_ids[: self._llm.n_tokens].copy() if self.measure else None
            t0 = time.perf_counter()
            if isinstance(prompt, list):
                messages = [{**m, "content": defuse(m["content"])} for m in prompt]
                pieces = self._llm.create_chat_completion(
                    messages=messages, max_tokens=max_tokens, temperature=self.temperature,
                    stop=list(stop), stream=True)
                texts = (p["choices"][0]["delta"].get("content") or "" for p in pieces)
            else:
                pieces = self._llm.create_completion(
                    prompt=self.prompt_tokens(prompt), max_tokens=max_tokens,
                    temperature=self.temperature,
                    top_k=1 if self.temperature == 0 else 40, repeat_penalty=REPEAT_PENALTY,
                    stop=list(stop), stream=True)
                texts = (p["choices"][0]["text"] for p in pieces)
            first = last = None  # (time, tokens in context) at the first and the last piece
            for text in texts:
                if cancelled():
                    break
                if text:
                    if cached is not None:
                        last = (time.perf_counter(), self._llm.n_tokens)
                        first = first or last
                    yield text
            if cached is not None:
                self.last_stats = _stream_stats(cached, self._llm.input_ids, t0, first, last)
            _trim_heap()

    def warm(self, prefix: str) -> None:
        with self._lock:
            if self._closed:
                return
            tokens = self._llm.tokenize(prefix.encode("utf-8"), add_bos=True, special=False)
            self._llm.reset()
            self._llm.eval(tokens)

    def reset(self) -> None:
        with self._lock:
            if self._closed:
                return
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

    def close(self, timeout: float = 10.0) -> bool:
        """Wait up to `timeout` s for running work, then free model and context (KV cache).

        Later calls do nothing. False when the work did not end in time (nothing is freed).
        """
        if not self._lock.acquire(timeout=timeout):
            return False
        try:
            if not self._closed:
                self._closed = True
                self._llm.close()
            return True
        finally:
            self._lock.release()

    def raw_decode_rate(self, prompt: str, n_tokens: int = 64,
                        repeat_penalty: float = 1.0) -> float:
        """Tokens/s of bare llama.cpp decoding (no app code), for `kiosk bench`."""
        with self._lock:
            tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)
            done, t0 = 0, 0.0
            for _ in self._llm.generate(tokens, top_k=1, temp=0.0,
                                        repeat_penalty=repeat_penalty):
                if done == 0:
                    t0 = time.perf_counter()  # prefill is over once the first token is out
                done += 1
                if done > n_tokens:
                    break
            return n_tokens / (time.perf_counter() - t0)


def _close_at_exit(ref: weakref.ref) -> None:
    llm = ref()
    if llm is not None:
        llm.close()


def _trim_heap() -> None:
    """Hand freed heap pages back to the OS (~10 ms, once per answer).

    llama.cpp's sampler allocates vocabulary-sized (262k entries) arrays per token and glibc
    keeps the freed pages: after 60 answers the kiosk held ~60 MB more RSS without this."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to trim this way
        return None


def _stream_stats(cached: Any, context: Any, t0: float, first: tuple[float, int] | None,
                  last: tuple[float, int] | None) -> dict[str, float]:
    """What one `stream` cost, for `kiosk bench`: prompt tokens reused from the KV cache and
    prefilled, and the tokens decoded between the first and the last piece."""
    if first is None or last is None:
        return {}
    prompt = first[1]  # the first sampled token is not in the context yet
    n = min(len(cached), prompt)
    differ = (cached[:n] != context[:n]).nonzero()[0]
    reused = min(int(differ[0]) if len(differ) else n, max(prompt - 1, 0))
    return {"prompt_tokens": prompt, "reused_tokens": reused, "prefill_tokens": prompt - reused,
            "prefill_s": first[0] - t0, "tokens": last[1] - first[1],
            "decode_s": last[0] - first[0]}

