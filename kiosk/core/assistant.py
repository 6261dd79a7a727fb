"""One question's way through the kiosk: sanitize, PII gate, retrieve, scope check, generate, verify.

`Assistant.stream` is the single answer path; `ask`, the CLI, the UI and the benchmark all use it.
"""

from __future__ import annotations

import threading
import time
from typing import Callable, Iterator

from kiosk.core.answer import messages
from kiosk.core.answer import prompt
from kiosk.core.knowledge.corpus import Corpus, load_corpus
from kiosk.core.knowledge.embedder import E5Embedder, Embedder
from kiosk.core.knowledge.index import open_index
from kiosk.core.answer.intent import intents, is_statement
from kiosk.core.answer.lang import LanguageDetector
from kiosk.core.answer.llm import LLM
from kiosk.core.guard.privacy import PiiGate
from kiosk.core.knowledge.retrieval import Retrieval, Retriever
from kiosk.core.guard.sanitize import sanitize
from kiosk.core.guard.scope import is_abusive
from kiosk.core.settings import Settings
from kiosk.core.textutil import numbers, split_sentences, words
from kiosk.core.types import Answer, Chunk, Context, Done, Event, Prepared
from kiosk.core.answer.verify import Evidence, verify_text

_NEVER = lambda: False  # noqa: E731 - the default "not cancelled"


class Assistant:
    """Answers questions from the corpus; holds the loaded parts, no per-session data."""

    def __init__(self, settings: Settings, corpus: Corpus, retriever: Retriever,
                 detector: LanguageDetector, gate: PiiGate, llm: LLM | None = None,
                 index_note: str = "") -> None:
        self.settings = settings
        self.corpus = corpus
        self.retriever = retriever
        self.detector = detector
        self.gate = gate
        self.llm = llm
        self.index_note = index_note
        self.model_note = "" if llm else "model not loaded yet"
        self._load_lock = threading.Lock()

    @property
    def model_ready(self) -> bool:
        return self.llm is not None

    def load_model(self) -> None:
        """Load the GGUF model and prefill the fixed prompt; failures degrade, never raise."""
        with self._load_lock:
            if self.llm is not None:
                return
            if not self.settings.use_llm:
                self.model_note = "LLM switched off (use_llm = false): extractive answers"
                return
            try:
                from kiosk.core.answer.llm import LlamaLLM

                llm = LlamaLLM(self.settings.model_path, self.settings.n_ctx,
                               self.settings.n_threads, self.settings.temperature)
                if not llm.chat:
                    llm.warm(prompt.prefix("de"))
                self.llm, self.model_note = llm, ""
            except Exception as exc:  # a broken model file must not stop the kiosk
                self.model_note = (f"model {self.settings.model_path.name} unusable "
                                   f"({type(exc).__name__}: {exc}); answers are extractive")

    def reset(self) -> None:
        """Wipe the session's model context, then prefill the fixed prompt again in background."""
        llm = self.llm
        if llm is None:
            return
        llm.reset()
        if not getattr(llm, "chat", False):
            threading.Thread(target=llm.warm, args=(prompt.prefix("de"),), daemon=True).start()

    def status(self) -> dict[str, str]:
        """What staff need to know about the loaded parts."""
        s = self.settings
        return {
            "corpus": f"{len(self.corpus.services)} services from {s.corpus_dir} "
                      f"(digest {self.corpus.digest})",
            "stand": f"{min(x.stand for x in self.corpus.services)} … "
                     f"{max(x.stand for x in self.corpus.services)}",
            "index": self.index_note or f"{len(self.retriever.units)} units, up to date",
            "embedder": self.retriever.embedder.name,
            "model": (f"{self.llm.name} ({'chat template' if self.llm.chat else 'few-shot'})"
                      if self.llm else self.model_note),
        }

    def ask(self, question: str, lang: str | None = None,
            context: Context | None = None) -> Answer:
        """The final answer to one question (the stream, consumed)."""
        answer = None
        for event in self.stream(question, lang, context=context):
            if isinstance(event, Done):
                answer = event.answer
        assert answer is not None
        return answer

    def stream(self, question: str, lang: str | None = None,
               cancelled: Callable[[], bool] = _NEVER,
               context: Context | None = None) -> Iterator[Event]:
        """Events for one question: Prepared (card), Chunk… (verified text), Done.

        `lang` is the UI language (it decides when detection is unsure); `context` names the
        service on screen, so that a short follow-up ("und für Kinder?") stays with it."""
        t0 = time.perf_counter()
        timings: dict[str, float] = {}

        def lap(name: str) -> None:
            timings[name] = (time.perf_counter() - t0) * 1000

        text = sanitize(question, self.settings.max_question_chars)
        if not text:
            yield from self._fixed("no_answer", lang or "de",
                                   messages.EMPTY.get(lang or "de", messages.EMPTY["de"]),
                                   timings, t0)
            return
        kinds = self.gate.check(text)
        lang = self.detector.detect(text, lang)
        lap("privacy")
        if kinds:
            yield from self._fixed("pii_blocked", lang, messages.pii_blocked(lang, kinds),
                                   timings, t0, kinds)
            return
        if is_abusive(text):
            yield from self._fixed("no_answer", lang, messages.no_answer(lang), timings, t0)
            return
        found = self.retriever.search(text, self.settings.top_services, lang)
        lap("retrieve")
        if found.top_score < self.settings.min_score:
            yield from self._fixed("no_answer", lang, messages.no_answer(lang), timings, t0)
            return
        hits = found.hits
        yield Prepared("answer", lang, tuple(hits))
        lap("card")
        shown, extractive, note = yield from self._compose(text, lang, found, cancelled, timings,
                                                           t0)
        lap("total")
        yield Done(Answer("answer", shown, lang, hits, timings, extractive, note))

    def _fixed(self, mode: str, lang: str, text: str, timings: dict[str, float], t0: float,
               kinds: tuple[str, ...] = ()) -> Iterator[Event]:
        yield Prepared(mode, lang, ())  # type: ignore[arg-type]
        yield Chunk(text)
        timings["total"] = (time.perf_counter() - t0) * 1000
        yield Done(Answer(mode, text, lang, [], timings, False, "", kinds))  # type: ignore[arg-type]

    def _compose(self, question: str, lang: str, found: Retrieval,
                 cancelled: Callable[[], bool], timings: dict[str, float],
                 t0: float) -> Iterator[Event]:
        """Stream verified generated sentences, then add source sentences the text lacks."""
        top = found.hits[0].service
        quotes = self._quotes(top.id, lang, question, found)
        evidence = Evidence.of(*(h.service.full_text for h in found.hits))
        shown: list[str] = []
        note = (self.model_note or "no language model loaded") if self.llm is None else ""
        generated = self._generate(question, lang, found, quotes, cancelled, timings, t0)
        buffer = ""
        for piece in generated:
            buffer += piece
            sentences = split_sentences(buffer)
            if len(sentences) > 1:
                done, buffer = sentences[:-1], sentences[-1]
                for s in verify_text(" ".join(done), evidence, question)[0]:
                    if self._fits(shown, s):
                        shown.append(s)
                        yield Chunk(s if len(shown) == 1 else " " + s)
        if buffer and not cancelled():
            for s in verify_text(buffer, evidence, question)[0]:
                if self._fits(shown, s):
                    shown.append(s)
                    yield Chunk(s if len(shown) == 1 else " " + s)
        timings["generate"] = (time.perf_counter() - t0) * 1000
        generated_text = " ".join(shown)
        extractive = not shown
        for quote in quotes[: (2 if extractive else 1)]:
            if not _covers(generated_text, quote) and self._fits(shown, quote):
                shown.append(quote)
                yield Chunk(quote if len(shown) == 1 else " " + quote)
        if lang != "de" and lang not in top.summary:
            line = messages.GERMAN_ONLY.get(lang, "")
            if line:
                shown.append(line)
                yield Chunk(" " + line)
        return " ".join(shown), extractive, note

    def _fits(self, shown: list[str], sentence: str) -> bool:
        total = sum(len(s) + 1 for s in shown) + len(sentence)
        return total <= self.settings.max_answer_chars and sentence not in shown

    def _quotes(self, service_id: str, lang: str, question: str, found: Retrieval) -> list[str]:
        """Source sentences in the answer language, best match for the question first."""
        service = self.corpus.get(service_id)
        assert service is not None
        if lang != "de" and lang in service.summary:
            sentences = split_sentences(service.summary[lang])
            asked = {w[:5] for w in words(question) if len(w) > 3}
            return sorted(sentences, key=lambda s: -len(asked & {w[:5] for w in words(s)}))
        ranked = [u.text for u in self.retriever.ranked_units(service_id, found.unit_scores)]
        asked = intents(question)
        if "documents" in asked and service.documents and "cost" not in asked:
            return ["Mitzubringen: " + "; ".join(service.documents) + ".", *ranked]
        if not asked and is_statement(question):  # "Ausweis verloren": the overview fits best
            return [*split_sentences(service.summary["de"]), *ranked]
        return ranked

    def _generate(self, question: str, lang: str, found: Retrieval, quotes: list[str],
                  cancelled: Callable[[], bool], timings: dict[str, float],
                  t0: float) -> Iterator[str]:
        llm = self.llm
        if llm is None or (not llm.chat and lang not in prompt.completion_langs()):
            return
        passages = quotes[:3]
        if lang != "de":
            passages += found.hits[0].passages[:2]
        request = (prompt.chat_messages(lang, passages, question) if llm.chat
                   else prompt.completion_prompt(lang, passages, question))
        first = True
        for piece in llm.stream(request, self.settings.max_tokens, prompt.stop_words(lang),
                                cancelled):
            if first:
                timings["first_token"] = (time.perf_counter() - t0) * 1000
                first = False
            yield piece


def _covers(text: str, quote: str) -> bool:
    """Whether `text` already states what `quote` says (its numbers and most of its words)."""
    if not text:
        return False
    if not numbers(quote) <= numbers(text):
        return False
    q = {w[:5] for w in words(quote) if len(w) > 3}
    t = {w[:5] for w in words(text) if len(w) > 3}
    return not q or len(q & t) / len(q) >= 0.6


def build_assistant(settings: Settings, *, embedder: Embedder | None = None,
                    llm: LLM | None = None) -> Assistant:
    """Load corpus, index and embedder (not the LLM: call `load_model`, e.g. in background)."""
    corpus = load_corpus(settings.corpus_dir)
    # One short query at a time: one thread is about as fast as two and, unlike an OpenMP
    # team, never stalls for a core that another thread (the UI, llama.cpp) holds.
    embedder = embedder or E5Embedder(threads=1)
    index = open_index(corpus, embedder, settings.index_dir)
    retriever = Retriever(corpus, index, embedder)
    gate = PiiGate(corpus.phone_numbers())
    return Assistant(settings, corpus, retriever, LanguageDetector(), gate, llm, index.problem)

