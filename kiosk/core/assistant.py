"""One question's way through the kiosk: sanitize, PII gate, retrieve, scope check, generate, verify.

`Assistant.stream` is the single answer path; `ask`, the CLI, the UI and the benchmark all use it.
"""

from __future__ import annotations

import functools
import threading
import time
from typing import Callable, Iterator

import numpy as np

from kiosk.core.answer import messages
from kiosk.core.answer import prompt
from kiosk.core.knowledge.corpus import Corpus, load_corpus
from kiosk.core.knowledge.elsewhere import beside, elsewhere
from kiosk.core.knowledge.embedder import E5Embedder, Embedder
from kiosk.core.knowledge.index import open_index
from kiosk.core.answer.compose import Composition, compose
from kiosk.core.answer.verify import backing_fact
from kiosk.core.answer.understand import Understanding, readable, understand
from kiosk.core.lexicon import lexicon
from kiosk.core.answer.lang import LanguageDetector
from kiosk.core.answer.llm import LLM
from kiosk.core.guard.privacy import PiiGate
from kiosk.core.knowledge.retrieval import Retrieval, Retriever
from kiosk.core.knowledge.facts import Fact
from kiosk.core.knowledge.subjects import SubjectCheck
from kiosk.core.guard.sanitize import sanitize
from kiosk.core.guard.scope import is_abusive
from kiosk.core.settings import Settings
from kiosk.core.textutil import split_sentences
from kiosk.core.types import Answer, Chunk, Context, Done, Event, Hit, Prepared, Service

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
        self.subjects = SubjectCheck(corpus)
        self._fact_vectors: dict[tuple[str, str], np.ndarray] = {}  # corpus data, no session data
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
                from kiosk.core.answer.llm import build_llm

                llm = build_llm(self.settings)
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

        hint = lang or "de"
        text = sanitize(question, self.settings.max_question_chars)
        if not text:
            yield from self._fixed("no_answer", hint, messages.EMPTY.get(hint, messages.EMPTY["de"]),
                                   timings, t0, reason="empty question")
            return
        findings = self.gate.scan(text)  # before anything else reads the text
        lap("privacy")
        if findings:  # only the masked text is read further: to tell its language, to offer it
            kinds = tuple(sorted({f.kind for f in findings}))
            masked = self.gate.mask(text, findings)
            lang = self.detector.detect(masked, lang)
            yield from self._fixed("pii_blocked", lang, messages.pii_blocked(lang, kinds),
                                   timings, t0, kinds, reason="personal data: " + ", ".join(kinds),
                                   masked=masked)
            return
        lang = self.detector.detect(text, lang)
        if is_abusive(text):
            yield from self._fixed("no_answer", lang, messages.no_answer(lang), timings, t0,
                                   reason="a request the kiosk refuses (abuse)")
            return
        away = elsewhere(text, lang)
        if away is not None:  # "Arbeitslosengeld beantragen": the Agentur für Arbeit, not us
            said = " ".join(filter(None, (away.line(lang), messages.no_answer(lang))))
            yield from self._fixed("no_answer", lang, said, timings, t0,
                                   reason=f"a subject {away.key} handles ('{away.matched}')")
            return
        if self._beside_the_corpus(text, lang):
            yield from self._fixed("no_answer", lang, messages.no_answer(lang), timings, t0,
                                   reason="a subject beside the corpus (another state's document or a sibling subject)")
            return
        asked = understand(text, lang)
        typed = readable(text, lang)  # Russian or Ukrainian typed in Latin letters, in Cyrillic
        query = text if typed == text else f"{text} {typed}"
        found = self.retriever.search(query, self.settings.top_services, lang)
        lap("retrieve")
        hits = self._choose(text, lang, asked, found, context)
        if not hits:
            yield from self._fixed("no_answer", lang, messages.no_answer(lang), timings, t0,
                                   reason="nothing in the corpus is relevant enough")
            return
        second = self._second_service(text, asked, hits)
        if second is not None:  # "was ist billiger, Reisepass oder Perso?": both services
            hits = [hits[0], second] + [h for h in hits[1:] if h.service.id != second.service.id]
        cards = tuple(h.service for h in hits[: 2 if second else 1])
        alternatives = () if second else tuple(
            h.service for h in hits[1:] if hits[0].score - h.score <= self.settings.tie_margin)
        yield Prepared("answer", lang, tuple(hits), alternatives, cards)
        lap("card")
        rank = functools.partial(self._rank, text, lang)
        composition = compose(hits[0].service, asked, lang, text, rank)
        if second is not None:
            other = compose(second.service, asked, lang, text, rank)
            composition.lines += [x for x in other.lines if x not in composition.lines]
            composition.facts += other.facts
            composition.untranslated |= other.untranslated
        lines, dropped = self._phrase(text, lang, composition, cancelled, timings, t0)
        aside = beside(text, lang)  # "Kindergeld und Elterngeld": who handles the Kindergeld
        if aside is not None and aside.beside_line(lang):
            lines.insert(1, aside.beside_line(lang))
        if composition.untranslated and lang != "de":
            lines.append(messages.GERMAN_ONLY.get(lang, messages.GERMAN_ONLY["en"]))
        shown: list[str] = []
        for piece in lines:
            if cancelled():
                break
            if self._fits(shown, piece):
                shown.append(piece)
                yield Chunk(piece if len(shown) == 1 else " " + piece)
        lap("total")
        explain = {"understood": asked.describe(), "service": hits[0].service.id,
                   "facts": [f.key for f in composition.facts],
                   "referrals": composition.referrals, "dropped": dropped,
                   "scores": {h.service.id: round(h.score, 3) for h in found.hits}}
        note = (self.model_note or "no language model loaded") if self.llm is None else ""
        worded = set(lines) - set(composition.lines)  # lines the model reworded
        yield Done(Answer("answer", " ".join(shown), lang, hits, timings, not worded, note,
                          alternatives=alternatives, cards=cards,
                          facts_used=tuple(f.key for f in composition.facts), explain=explain))

    def _choose(self, text: str, lang: str, asked: Understanding, found: Retrieval,
                context: Context | None) -> list[Hit]:
        """The hits to answer from, best first; empty when nothing in the corpus fits."""
        hits = list(found.hits)
        current = self.corpus.get(context.service_id) if context and context.service_id else None
        short = len(text.split()) <= 4 and bool(asked.kinds or asked.options or asked.age
                                                or asked.count)  # "was kostet das?"
        if current is not None and (asked.followup or short):
            named = self.retriever.keyword_scores(text, lang)
            outright = self.retriever.named_services(text, lang) | {current.id}
            other = max(named, key=named.get) if named else None
            if other in (None, current.id) or other not in outright:  # names no other service
                rest = [h for h in hits if h.service.id != current.id]
                top = next((h for h in hits if h.service.id == current.id), None)
                return [top or Hit(current, max(found.top_score, self.settings.min_score))] + rest
        if found.top_score < self.settings.min_score:
            return []
        close = [h for h in hits if hits[0].score - h.score <= self.settings.tie_margin]
        if len(close) > 1:  # a near tie is decided by what was asked, not by hundredths
            best = max(close, key=lambda h: _fit(h.service, asked, lang))
            hits.remove(best)
            hits.insert(0, best)
        return hits

    def _phrase(self, question: str, lang: str, composition: Composition,
                cancelled: Callable[[], bool], timings: dict[str, float],
                t0: float) -> tuple[list[str], list[dict]]:
        """Let the language model reword the fact lines; keep a sentence only where one fact
        backs it completely, in place of that fact's line. Returns the lines and what was
        dropped, with why (for staff and `kiosk ask --explain`)."""
        lines = list(composition.lines)
        llm = self.llm
        if (llm is None or not composition.facts or cancelled()
                or (not llm.chat and lang not in prompt.completion_langs())):
            return lines, []
        facts = [f.text_in(lang)[0] for f in composition.facts]
        request = (prompt.chat_messages(lang, facts, question) if llm.chat
                   else prompt.completion_prompt(lang, facts, question))
        pieces = []
        for piece in llm.stream(request, self.settings.max_tokens, prompt.stop_words(lang),
                                cancelled):
            timings.setdefault("first_token", (time.perf_counter() - t0) * 1000)
            pieces.append(piece)
        timings["generate"] = (time.perf_counter() - t0) * 1000
        fixed = "" if llm.chat else prompt.prefix(lang)
        dropped: list[dict] = []
        replaced: set[int] = set()
        for sentence in split_sentences(" ".join("".join(pieces).split())):
            index, why = backing_fact(sentence, facts, fixed)
            if index is None or index in replaced:
                dropped.append({"sentence": sentence, "why": why or "fact already worded"})
                continue
            replaced.add(index)
            lines[lines.index(facts[index])] = sentence
        return lines, dropped

    def _rank(self, question: str, lang: str, facts: list[Fact]) -> list[float]:
        """Cosine of the question with each fact's text in the answer language (e5)."""
        embedder = self.retriever.embedder
        missing = [f for f in facts if (f.key, lang) not in self._fact_vectors]
        if missing:
            vectors = embedder.passage([f.text_in(lang)[0] for f in missing])
            self._fact_vectors.update({(f.key, lang): v for f, v in zip(missing, vectors)})
        q = embedder.query([question])[0]
        return [float(q @ self._fact_vectors[(f.key, lang)]) for f in facts]

    def _beside_the_corpus(self, text: str, lang: str) -> bool:
        """A subject next to the services but not among them: another state's passport, a
        "Bibliotheksausweis" (not the Personalausweis), an "Angelschein" (not a Führerschein)."""
        lowered = text.lower()
        if any(lexicon(code).foreign.search(lowered) for code in {lang, "de", "en"}):
            return True
        # a sibling word counts only when no service is named: "Personalausweis für X" is not
        return self.subjects.sibling(text) is not None and not self.retriever.keyword_scores(text)

    def _second_service(self, text: str, asked: Understanding, hits: list[Hit]) -> Hit | None:
        """A second service the question names when it compares two ("A oder B?")."""
        if not (asked.compare or asked.either):
            return None
        named = self.retriever.keyword_scores(text)
        # a keyword phrase of its own standing in the question names a service however many
        # documents mention it ("Reisepass oder Personalausweis": the ID card is in 15)
        outright = self.retriever.named_services(text)
        first = hits[0].service.id
        others = [sid for sid, w in sorted(named.items(), key=lambda x: -x[1])
                  if sid != first and (w >= self.settings.second_service_keyword
                                       or sid in outright)]
        if first not in named or not others:
            return None
        hit = next((h for h in hits if h.service.id == others[0]), None)
        service = self.corpus.get(others[0])
        return hit or (Hit(service, hits[0].score) if service else None)

    def _fixed(self, mode: str, lang: str, text: str, timings: dict[str, float], t0: float,
               kinds: tuple[str, ...] = (), reason: str = "", masked: str = "") -> Iterator[Event]:
        yield Prepared(mode, lang, ())  # type: ignore[arg-type]
        yield Chunk(text)
        timings["total"] = (time.perf_counter() - t0) * 1000
        yield Done(Answer(mode, text, lang, [], timings, False, "", kinds,  # type: ignore[arg-type]
                          masked=masked, explain={"reason": reason}))

    def _fits(self, shown: list[str], sentence: str) -> bool:
        total = sum(len(s) + 1 for s in shown) + len(sentence)
        return total <= self.settings.max_answer_chars and sentence not in shown


def _fit(service: Service, asked: Understanding, lang: str) -> int:
    """How well a service serves what was asked: an option it is about counts most
    ("Ausweis verloren": the loss service, not the application), then options and kinds
    its facts hold."""
    lexicons = (lexicon(lang), lexicon("de"))
    about = {o for o in asked.options
             if any(lex.options[o].search(service.title) for lex in lexicons)}
    options = {f.option for f in service.facts if f.option}
    kinds = {f.kind for f in service.facts}
    return 3 * len(about) + 2 * len(asked.options & options) + len(set(asked.kinds) & kinds)


def pii_gate(corpus: Corpus) -> PiiGate:
    """The personal-data gate for a corpus: its phone numbers and office addresses are public."""
    return PiiGate(corpus.phone_numbers(), public_texts=[s.full_text for s in corpus.services])


def build_assistant(settings: Settings, *, embedder: Embedder | None = None,
                    llm: LLM | None = None) -> Assistant:
    """Load corpus, index and embedder (not the LLM: call `load_model`, e.g. in background)."""
    corpus = load_corpus(settings.corpus_dir)
    # One short query at a time: one thread is about as fast as two and, unlike an OpenMP
    # team, never stalls for a core that another thread (the UI, llama.cpp) holds.
    embedder = embedder or E5Embedder(threads=1)
    index = open_index(corpus, embedder, settings.index_dir)
    retriever = Retriever(corpus, index, embedder)
    gate = pii_gate(corpus)
    return Assistant(settings, corpus, retriever, LanguageDetector(), gate, llm, index.problem)

