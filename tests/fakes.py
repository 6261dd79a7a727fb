"""Test doubles for the core's model parts: a scripted LLM and a trigram embedder (no weights)."""

from __future__ import annotations

import hashlib
import re
from typing import Callable, Iterator, Sequence

import numpy as np


class ScriptedLLM:
    """A fake model that streams a given answer word by word and records the prompts it got."""

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


class FakeEmbedder:
    """Hashed bag of character trigrams: fast, deterministic, crude but meaningful for tests."""

    name = "fake-trigram-256"
    dim = 256

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                padded = f" {word} "
                for i in range(len(padded) - 2):
                    h = hashlib.blake2s(padded[i:i + 3].encode(), digest_size=4).digest()
                    out[row, int.from_bytes(h, "little") % self.dim] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out

    def query(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)
