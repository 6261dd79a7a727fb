"""Hybrid retrieval: dense e5 vectors in Chroma, BM25 with German stemming, and keyword lists.

Scores are fused per service into one relevance in 0..1 that the scope check compares with
`min_score`; each hit carries its best passages for the prompt and for extractive answers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN, STOPWORDS_RUSSIAN, STOPWORDS_TURKISH
from rapidfuzz import fuzz, process

from kiosk.core.knowledge.corpus import Corpus
from kiosk.core.knowledge.embedder import Embedder
from kiosk.core.knowledge.index import OpenIndex, Unit
from kiosk.core.knowledge.loanwords import german_spellings
from kiosk.core.knowledge.separable import joined_verbs
from kiosk.core.lexicon import latin, lexicon
from kiosk.core.textutil import stem, words
from kiosk.core.tuning import (DENSE_CEIL, DENSE_FLOOR, DISTINCT_MIN_CHARS, DISTINCT_WEIGHT,
                               FUZZY_CUTOFF, FUZZY_WEIGHT, GERMAN_NAME_MAX_DOCS,
                               GERMAN_NAME_MIN_CHARS, KEYWORD_BASE,
                               KEYWORD_PER_CHAR, LEX_SCALE, NAMED_LEAD, NAMED_MIN_WORDS, NAMED_TIE,
                               SCATTERED_WEIGHT, W_DENSE, W_KEYWORD, W_LEX)
from kiosk.core.types import Hit

# Options that make a procedure of their own: a loss is reported, not applied for ("Pass
# verloren" is the loss service's, not the passport's), a temporary ID is another document. A
# question naming such an option in its language names the service whose German title does,
# together with the words of that service's keyword phrases ("zgubiłem … paszport"). Options
# most services hold facts for (child, online, foreign law) name no service of their own.
OWN_OPTIONS = ("lost", "temporary")

_STOP = set(STOPWORDS_GERMAN) | set(STOPWORDS_EN) | set(STOPWORDS_RUSSIAN) | set(
    STOPWORDS_TURKISH) | {
    "stadt", "brauche", "bitte", "möchte", "kann", "muss", "wie", "was", "wo", "wann", "gibt",
    "mache", "machen", "need", "want", "city", "how", "much", "where", "ich", "що", "як", "де",
    "це", "для", "мені", "jak", "gdzie", "czy", "się", "nie", "mój", "moja", "في", "من", "على",
    "أين", "كيف", "هل", "ما", "ماذا", "nerede", "nasıl", "mı", "mi", "ne"}
_CITY = re.compile(r"d[uü]e?sseldorf\w*|дюссельдорф\w*|دوسلدورف\w*", re.I)


_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # vowel marks and tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
_PROCLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)|^(?:و|ف|ب|ل|ك)(?=[\u0621-\u064A]{3})")
_LIL = re.compile(r"^(?:و|ف)?لل(?=[\u0621-\u064A]{3})")  # "للسكن" is "ل" + "السكن"


def normalise(text: str) -> str:
    """Lower case, NFC, single spaces, Arabic without vowel marks and with one alef, ta marbuta
    as ha: the form keywords are matched in."""
    text = unicodedata.normalize("NFC", text).replace("İ", "i").lower()
    if re.search(r"[\u0600-\u06FF]", text):
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return " ".join(re.findall(r"\w+", text))


# Polish and Turkish letters typed without their marks, German umlauts as "ue" or without
# marks: keywords and questions meet in one plain form ("kaydı" = "kaydi", "Führerschein" =
# "Fuehrerschein" = "Fuhrerschein", "zgubiłem" = "zgubilem").
_PLAIN = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "ä": "a", "ß": "ss", "â": "a",
    "î": "i", "û": "u", "é": "e", "è": "e", "ё": "е"})
_UMLAUT_E = re.compile(r"(?<=[a-z])([aou])e")


def fold(text: str) -> str:
    """A normalised text in the plain form keywords are matched in: without Polish, Turkish
    and German marks, "ue"/"oe"/"ae" as "u"/"o"/"a" (the same on both sides, so a keyword
    meets the question however either was typed)."""
    return _UMLAUT_E.sub(r"\1", text.translate(_PLAIN))


_STOP_FOLDED = {fold(w) for w in _STOP}


def _without_proclitics(text: str) -> str:
    """Arabic glues "and", "with", "for" to the word: "لتسجيل السكن" holds "تسجيل السكن"."""
    stripped = [_LIL.sub("ال", w) if _LIL.match(w) else _PROCLITIC.sub("", w)
                for w in text.split()]
    return " ".join(stripped) if stripped != text.split() else ""


@dataclass
class Retrieval:
    """Ranked hits for one question plus per-unit scores (for choosing sentences to quote)."""

    hits: list[Hit]
    unit_scores: dict[str, float] = field(default_factory=dict)

    @property
    def top_score(self) -> float:
        return self.hits[0].score if self.hits else 0.0


class Retriever:
    """Searches one opened index; built once, then `search` is cheap (a few ms)."""

    def __init__(self, corpus: Corpus, index: OpenIndex, embedder: Embedder) -> None:
        self.corpus = corpus
        self.index = index
        self.embedder = embedder
        self.units: list[Unit] = list(index.units.values())
        self._by_service: dict[str, list[Unit]] = {}  # in index order: answers need no scan
        for u in self.units:
            self._by_service.setdefault(u.service_id, []).append(u)
        tokens = [self._tokens(u.embed_text) or ["_"] for u in self.units]
        self._bm25 = bm25s.BM25()
        self._bm25.index(tokens, show_progress=False)
        self._vocab = sorted(t for t in self._bm25.vocab_dict if len(t) >= 5)
        self._keywords: dict[str, list[str]] = {}
        for s in corpus.services:
            phrases = [*s.keywords, s.title, s.title_en]
            self._keywords[s.id] = sorted({fold(normalise(p)) for p in phrases if len(p) >= 3})
        # a keyword that many documents mention ("Bürgerbüro") says little about which one
        texts = [f" {fold(normalise(s.full_text))} " for s in corpus.services]
        self._weight = {p: 1.0 / max(1, sum(f" {p} " in t for t in texts)) ** 0.5
                        for ps in self._keywords.values() for p in ps}
        self._single_words = {p: sid for sid, ps in self._keywords.items() for p in ps
                              if " " not in p and len(p) >= 6}
        # German service names ("Anmeldung", "Ummeldung", "Wohngeld"): one-word keywords the
        # German texts use. Typed as such in a question in another language they name the
        # service on purpose, whatever other documents mention the word too; a word most
        # documents mention ("Bürgerbüro", "Personalausweis") is an office or a paper they
        # all deal with, no service's name
        german = {w for s in corpus.services for w in fold(normalise(" ".join(
            [s.title, s.body, s.summary.get("de", ""),
             *(f.text_in("de")[0] for f in s.facts)]))).split()}
        self._german_names: dict[str, list[str]] = {}
        for sid, ps in self._keywords.items():
            for p in ps:
                if (" " not in p and len(p) >= GERMAN_NAME_MIN_CHARS and p.isascii()
                        and p in german and sum(f" {p} " in t for t in texts)
                        <= GERMAN_NAME_MAX_DOCS):
                    self._german_names.setdefault(p, []).append(sid)
        # the words of each keyword phrase, as stems: "Fahrzeug … zulassen" names "Fahrzeug
        # zulassen" even with words between or in another order
        self._phrases = {sid: [(p, tuple(_stems(p))) for p in ps if " " in p]
                         for sid, ps in self._keywords.items()}
        self._phrase_vocab = {sid: {x for _, ps in pairs for x in ps}
                              for sid, pairs in self._phrases.items()}
        # a word of the keyword lines of one service only ("zulassen", "araba") names it weakly
        owners: dict[str, set[str]] = {}
        for sid, ps in self._keywords.items():
            for p in ps:
                for w in p.split():
                    if len(w) >= DISTINCT_MIN_CHARS and w not in _STOP_FOLDED:
                        owners.setdefault(w, set()).add(sid)
        self._distinct = {w: next(iter(sids)) for w, sids in owners.items() if len(sids) == 1}
        self._owners = owners
        # a distinct word that begins another service's keyword word ("громадян", "громадянство")
        # names its service only as typed: cut from a longer word it may be either's (unless
        # that longer word is a keyword word of its service too: "działalności")
        self._shared_start = {w for w, sid in self._distinct.items()
                              if any(o.startswith(w) and o != w and sids - {sid}
                                     for o, sids in owners.items())}
        self._distinct_weight = {w: 1.0 / max(1, sum(f" {w} " in t for t in texts)) ** 0.5
                                 for w in self._distinct}
        self._distinct_stems = {stem(w): w for w in self._distinct}
        german = lexicon("de")
        self._option_services = {o: [s.id for s in corpus.services
                                     if german.options[o].search(s.title)]
                                 for o in OWN_OPTIONS}

    def _tokens(self, text: str) -> list[str]:
        text = _CITY.sub(" ", text)  # every document is about Düsseldorf: the name ranks nothing
        return [stem(w.translate(_PLAIN)) for w in words(text) if w not in _STOP and len(w) > 2]

    def _query_tokens(self, question: str) -> list[str]:
        """Query stems, with unknown compounds mapped to known stems they start or end with."""
        out: list[str] = []
        for stem in self._tokens(f"{question} {german_spellings(question)} {joined_verbs(question)}"):
            if stem in self._bm25.vocab_dict:
                out.append(stem)
            elif len(stem) >= 7:
                out.extend(v for v in self._vocab
                           if len(v) >= 6 and (stem.startswith(v) or stem.endswith(v)))
        return out

    def keyword_scores(self, question: str, lang: str = "de") -> dict[str, float]:
        """Per service 0..1: how strongly the question names one of its keywords."""
        return self._named(question, lang)[0]

    def named_services(self, question: str, lang: str = "de") -> set[str]:
        """The services the question names outright by a keyword phrase of theirs (not only by
        a word no other service uses: "und für Kinder?" names no Kinderreisepass)."""
        return set(self._named(question, lang)[1])

    def _named(self, question: str, lang: str = "de"
               ) -> tuple[dict[str, float], dict[str, int], set[str]]:
        """Keyword strength per service (0..1), how many words its longest named phrase has, and
        the services a word only their keywords use names together with another word of their
        phrases ("köpeğimi … abmeldung": the dog tax's "köpek" with its "abmelden").

        A keyword phrase counts in full when it stands in the question as typed, a little less
        when its words are all there but apart ("Gebrauchtwagen … auf mich zulassen") or when
        the question joins a word only this service's keywords use with another word of its
        phrases ("Fahrzeug … ummelden" from "Fahrzeug zulassen" and "Auto ummelden"). A phrase
        whose words all belong to a longer named phrase of another service names nothing of its
        own: "Auto ummelden" is the car's, its "ummelden" not the address registration's."""
        # "аусвайс", "анмельдунг": German service names typed in Cyrillic count as well
        plain = normalise(question)
        q = fold(f" {plain} {normalise(german_spellings(question))} {_without_proclitics(plain)} "
                 f"{joined_verbs(question)} ")
        tokens = set(q.split())
        stems = {stem(t) for t in tokens}
        named: list[tuple[str, frozenset[str], float]] = []  # service, phrase stems, strength
        phrase_named: set[tuple[str, frozenset[str]]] = set()  # named by a phrase of its own
        assembled: set[tuple[str, frozenset[str]]] = set()  # a distinct word with phrase words
        for sid, phrases in self._keywords.items():
            for p in phrases:
                if f" {p} " in q:
                    strength = min(1.0, KEYWORD_BASE + KEYWORD_PER_CHAR * len(p))
                    named.append((sid, frozenset(_stems(p)), strength * self._weight[p]))
                    phrase_named.add((sid, frozenset(_stems(p))))
            for p, pstems in self._phrases[sid]:
                if f" {p} " not in q and all(x in stems for x in pstems):
                    strength = min(1.0, KEYWORD_BASE + KEYWORD_PER_CHAR * len(p))
                    named.append((sid, frozenset(pstems), SCATTERED_WEIGHT * strength
                                  * self._weight[p]))
                    phrase_named.add((sid, frozenset(pstems)))
        if lang != "de":  # "taşındıktan sonra anmeldung …": the German name, undiluted
            for token in tokens & self._german_names.keys():
                for sid in self._german_names[token]:
                    named.append((sid, frozenset({stem(token)}),
                                  min(1.0, KEYWORD_BASE + KEYWORD_PER_CHAR * len(token))))
        # a word only one service's keywords use, also with a suffix ("arabamı" → "araba")
        distinct: dict[str, tuple[str, str]] = {}  # service → (word, its stem)
        for token in tokens:
            for w in (token, *(token[:-k] for k in range(1, 4) if len(token) - k >= 5)):
                if (w != token and w in self._shared_start
                        and self._distinct[w] not in self._owners.get(token, ())):
                    continue  # "громадянин" is no more "громадян" than "громадянство"
                # by its stem only a word as long as a distinct word may be ("süre" is no
                # "suret": the German stemmer cuts both to "sur")
                w = w if w in self._distinct else (
                    self._distinct_stems.get(stem(w), "") if len(w) >= DISTINCT_MIN_CHARS
                    else "")
                sid = self._distinct.get(w)
                if sid is not None:
                    distinct[sid] = (w, stem(w))
                    break
        options: dict[str, str] = {}  # service → the option of its own the question names
        named_options = _options(question, lang)
        # the words that say the option ("lost", "verloren", "zgubiłem") and little words
        # ("my") are no thing of the service: "lost my umbrella" names no lost ID
        option_words = {stem(t) for t in tokens if t in _STOP_FOLDED or (
            named_options and _options(t, lang))}
        for option in named_options:
            for sid in self._option_services.get(option, ()):
                options[sid] = f"<{option}>"
                if sid not in distinct:  # the option word stands for the service's own word
                    distinct[sid] = (f"<{option}>", f"<{option}>")
        for sid, (w, wstem) in distinct.items():
            things = stems - option_words if sid in options else stems
            cover = frozenset({wstem, options.get(sid, wstem)} | (things & self._phrase_vocab[sid]))
            strength = DISTINCT_WEIGHT * self._distinct_weight.get(w, 1.0)
            if len(cover) >= 2 and sid in options:  # "verloren … Pass": the loss named outright
                phrase_named.add((sid, cover))
            elif len(cover) >= 2:  # "köpeğimi … abmeldung": the dog's, not the address's
                assembled.add((sid, cover))
            if len(cover) >= 2:  # with a second word of its phrases: a phrase of its own
                strength = SCATTERED_WEIGHT * min(1.0, KEYWORD_BASE + KEYWORD_PER_CHAR * sum(
                    map(len, cover))) * self._distinct_weight.get(w, 1.0)
            named.append((sid, cover, strength))
        scores: dict[str, float] = {}
        words_: dict[str, int] = {}
        joined: set[str] = set()
        # an option with a word of its service ("zgubiłem … paszport") makes that word the
        # lost or temporary thing: another service's phrase with the word names nothing
        optioned = [(sid, cover) for sid, cover, _ in named if any(w[:1] == "<" for w in cover)
                    and len(cover) >= 2]
        for sid, cover, strength in named:
            if any(other != sid and cover < longer for other, longer, _ in named):
                continue
            if any(other != sid and cover & ocover for other, ocover in optioned):
                continue
            scores[sid] = max(scores.get(sid, 0.0), strength)
            if (sid, cover) in phrase_named:
                words_[sid] = max(words_.get(sid, 0), len(cover))
            elif (sid, cover) in assembled:
                joined.add(sid)
        # misspelled single words ("Fürungszeugnis"): fuzzy match against one-word keywords
        for token in tokens:
            if len(token) < 6:
                continue
            match = process.extractOne(token, self._single_words.keys(), scorer=fuzz.ratio,
                                       score_cutoff=FUZZY_CUTOFF)
            if (match and match[1] < 100 and match[0][:2] == token[:2]
                    and abs(len(match[0]) - len(token)) <= 2):
                sid = self._single_words[match[0]]
                weight = self._weight[match[0]]
                scores[sid] = max(scores.get(sid, 0.0), FUZZY_WEIGHT * match[1] / 100 * weight)
        return scores, words_, joined

    def _loanwords(self, question: str, lang: str) -> list[str]:
        """Titles, in `lang`, of the services that Cyrillic words of the question name by their
        German keyword ("аусвайса" → "ausweis" → "Посвідчення особи"), and in a question in
        another language than German or English, the German service names typed as such
        ("Anmeldung icin hangi belgeler" → "Adres kaydı"): e5 reads the title in the
        question's language better than a German word among Turkish ones."""
        sids: list[str] = []
        if lang not in ("de", "en"):
            for word in normalise(question).split():
                word = fold(word)
                if len(word) >= 6 and word.isascii():
                    sids += [sid for sid, ps in self._keywords.items() if word in ps
                             and sid not in sids]
        for word in german_spellings(question).split():
            if len(word) < 4:
                continue
            word = fold(word)
            named = [sid for sid, ps in self._keywords.items() if word in ps]
            if not named:
                match = process.extractOne(word, self._single_words.keys(), scorer=fuzz.ratio,
                                           score_cutoff=FUZZY_CUTOFF)
                named = [self._single_words[match[0]]] if match and match[0][:2] == word[:2] else []
            sids += [sid for sid in named if sid not in sids]
        services = [self.corpus.get(sid) for sid in sids]
        return [s.titles.get(lang, s.title) for s in services if s is not None]

    def search(self, question: str, top: int = 3, lang: str = "de") -> Retrieval:
        """Rank services for a (sanitised) question in language `lang`.

        For questions in languages other than German and English the dense score comes from the
        summaries in that language and the keyword lines: the German sentences only add noise."""
        loans = self._loanwords(question, lang)  # "аусвайс": e5 reads "Ausweis" better
        dense_query = f"{question} ({' '.join(loans)})" if loans else question
        qvec = self.embedder.query([_CITY.sub("", dense_query)])[0]
        res = self.index.collection.query(query_embeddings=[qvec.tolist()],
                                          n_results=len(self.units), include=["distances"])
        cos = {uid: 1.0 - d for uid, d in zip(res["ids"][0], res["distances"][0])}
        qtokens = self._query_tokens(question)
        lex = (self._bm25.get_scores(qtokens) if qtokens
               else np.zeros(len(self.units), dtype=np.float32))
        kw, phrase_words, joined = self._named(question, lang)

        dense_by: dict[str, float] = {}
        lex_by: dict[str, float] = {}
        unit_scores: dict[str, float] = {}
        lex_max = float(lex.max()) if len(lex) else 0.0
        foreign = lang not in ("de", "en")
        for i, u in enumerate(self.units):
            c = cos.get(u.uid, 0.0)
            if not foreign or u.lang in (lang, "mul"):
                dense_by[u.service_id] = max(dense_by.get(u.service_id, 0.0), c)
            lex_by[u.service_id] = max(lex_by.get(u.service_id, 0.0), float(lex[i]))
            unit_scores[u.uid] = _calibrate(c) + (float(lex[i]) / lex_max if lex_max else 0.0)

        hits: list[Hit] = []
        for s in self.corpus.services:
            d = _calibrate(dense_by.get(s.id, 0.0))
            lx = 1.0 - math.exp(-lex_by.get(s.id, 0.0) / LEX_SCALE)
            score = W_DENSE * d + W_LEX * lx + W_KEYWORD * kw.get(s.id, 0.0)
            hits.append(Hit(service=s, score=score, dense=dense_by.get(s.id, 0.0), lexical=lx))
        hits.sort(key=lambda h: h.score, reverse=True)
        # a phrase as typed (or its words apart) outranks a distinct word joined with a word
        # of the phrases, which counts as two words: "Auto ummelden" over "Umzug … ummelden"
        ranks = {sid: n + 0.5 for sid, n in phrase_words.items()}
        for sid in joined:
            ranks[sid] = max(ranks.get(sid, 0.0), 2.0)
        hits = _named_first(hits, ranks)
        chosen = [self._with_passages(h, unit_scores) for h in hits[:top]]
        return Retrieval(chosen, unit_scores)

    def _with_passages(self, hit: Hit, unit_scores: dict[str, float]) -> Hit:
        units = [u for u in self._by_service.get(hit.service.id, ()) if u.kind == "sentence"]
        units.sort(key=lambda u: unit_scores.get(u.uid, 0.0), reverse=True)
        return Hit(hit.service, hit.score, tuple(u.text for u in units[:4]), hit.dense,
                   hit.lexical)

    def ranked_units(self, service_id: str, unit_scores: dict[str, float],
                     kinds: tuple[str, ...] = ("sentence",), lang: str | None = None) -> list[Unit]:
        """Units of one service, best first for the question the scores came from."""
        units = [u for u in self._by_service.get(service_id, ()) if u.kind in kinds
                 and (lang is None or u.lang == lang)]
        return sorted(units, key=lambda u: unit_scores.get(u.uid, 0.0), reverse=True)


def _options(question: str, lang: str) -> list[str]:
    """The OWN_OPTIONS a question names in its own words (typed in Latin letters too:
    "poteryal pasport") or German; English only in a German or English question, as in
    kiosk/core/answer/understand.py (English words fire inside other languages' words)."""
    lowered = question.lower()
    codes = (lang, "de", "en") if lang in ("de", "en") else (lang, "de")
    lexicons = [lexicon(code) for code in dict.fromkeys(codes)]
    reader = latin(lang)
    if reader is not None and reader.from_latin is not None:
        lexicons.append(reader)
        lowered = f"{lowered} {reader.from_latin(lowered)}"
    return [o for o in OWN_OPTIONS if any(lex.options[o].search(lowered) for lex in lexicons)]


def _named_first(hits: list[Hit], phrase_words: dict[str, float]) -> list[Hit]:
    """A near tie goes to the one service whose keyword phrase the question names with more
    words than any other's ("mein Auto ummelden" over "Umzug"): it leads the others within
    NAMED_TIE by NAMED_LEAD, so that the assistant's own near-tie rule (kinds and options
    asked) does not undo what the question named outright."""
    if not hits:
        return hits
    near = [h for h in hits if hits[0].score - h.score <= NAMED_TIE]
    counts = sorted((phrase_words.get(h.service.id, 0) for h in near), reverse=True)
    if len(near) < 2 or counts[0] < NAMED_MIN_WORDS or counts[0] == counts[1]:
        return hits
    best = next(h for h in near if phrase_words.get(h.service.id, 0) == counts[0])
    lead = max(h.score for h in near if h is not best) + NAMED_LEAD
    if best.score >= lead:
        return hits
    lifted = Hit(best.service, min(1.0, lead), best.passages, best.dense, best.lexical)
    return [lifted] + [h for h in hits if h is not best]


def _stems(phrase: str) -> list[str]:
    """The stems of a folded phrase's words ("auto zulassen" → ["auto", "zulass"])."""
    return [stem(w) for w in phrase.split()]


def _calibrate(cos: float) -> float:
    """Map an e5 cosine (which sits between ~0.7 and ~0.95) onto 0..1."""
    return min(1.0, max(0.0, (cos - DENSE_FLOOR) / (DENSE_CEIL - DENSE_FLOOR)))
