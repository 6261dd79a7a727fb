"""Fact-first composition: the answer leads with the facts that match what was asked.

For each kind of fact the question asks (cost, documents, validity, …) the composer takes the
service's current facts of that kind, keeps those whose conditions fit the question (the stated
age, count and options), and gives each bracket on its own line when the question leaves the
condition open. A historic value appears only when the question asks about the past, and then with
its end date. A kind the service has no fact for gets the referral to the office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from kiosk.core.answer.understand import Understanding
from kiosk.core.knowledge.facts import ALTERNATIVES, Fact
from kiosk.core.lexicon import text as line
from kiosk.core.textutil import numbers, split_sentences, stem, words
from kiosk.core.tuning import (EXTRA_FLOOR, EXTRA_MARGIN, EXTRA_SLACK, LEAD_MARGIN, MAX_FIRST_KIND,
                               MAX_KINDS, MAX_OTHER_KIND, RANK_FLOOR, RANK_MARGIN, SAID_SHARE)
from kiosk.core.types import Service


@dataclass
class Composition:
    """The lines of one answer and what they rest on."""

    lines: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)  # kinds answered by a referral
    untranslated: bool = False  # a line is German because the fact lacks the language


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _fits(fact: Fact, u: Understanding) -> bool:
    """Whether a fact holds under the question's stated conditions."""
    if fact.option in ALTERNATIVES:
        if u.options & set(ALTERNATIVES) and fact.option not in u.options:
            return False
    elif not _tags(fact) <= u.options:  # "zwei Jahre, online": both must be named
        return False
    if fact.unless & u.options:  # the default that a named variant replaces (60 vs 100 Euro)
        return False
    count = (u.count, u.count) if u.count is not None else None
    return _overlaps(fact.age, u.age) and _overlaps(fact.count, count)


def _tags(fact: Fact) -> frozenset[str]:
    return fact.options or (frozenset({fact.option}) if fact.option else frozenset())


def select(facts: list[Fact], u: Understanding, limit: int, years: set[str]) -> list[Fact]:
    """The facts of one kind to show: asked options first, then the base facts that fit.

    A named variant ("Vorname: bis 275 Euro") replaces a general statement that lists all
    variants, and keeps the base it adds to ("Express: 32 Euro zusätzlich" with the passport's
    age brackets). The most specific variant wins: "zwei Jahre online" takes the fact for
    both over the one for two years (which also states the in-person fee). A fact
    that names a year of the question ("ausgestellt 2001") comes first."""
    asked = [f for f in facts if f.option and f.option in u.options and _fits(f, u)]
    if not u.compare:  # "online billiger als vor Ort?" compares the single variants
        asked = [f for f in asked if not any(_tags(f) < _tags(g) for g in asked)]
    named = [numbers(f.text["de"]) for f in asked]
    base = [f for f in facts if f not in asked and _fits(f, u)
            and not (any(n <= numbers(f.text["de"]) for n in named) and not f.bracketed)]
    chosen = asked + base
    if not chosen:  # only variants exist ("Expressgebühr") and none was named: show them
        chosen = [f for f in facts if _overlaps(f.age, u.age)]
    if any(_names_year(f, years) for f in chosen):
        # "Führerschein von 2003": the issue years 2002 to 2004, not the other ranges
        chosen = [f for f in chosen if _names_year(f, years) or not _year_ranges(f)]
        chosen.sort(key=lambda f: not _names_year(f, years))
    return chosen[:limit]


_RANGE = re.compile(r"(?:von|zwischen) (\d{4}) (?:bis|und) (\d{4})|nach (\d{4})")


def _year_ranges(fact: Fact) -> list[tuple[int, int]]:
    """The year ranges a fact's German text states ("von 2002 bis 2004", "nach 2007")."""
    return [(int(a), int(b)) if a else (int(after) + 1, 9999)
            for a, b, after in _RANGE.findall(fact.text["de"])]


def _names_year(fact: Fact, years: set[str]) -> bool:
    """Whether the fact states a year of the question, itself or in one of its ranges."""
    if years & set(re.findall(r"\d{4}", fact.text["de"])):
        return True
    return any(lo <= int(y) <= hi for y in years for lo, hi in _year_ranges(fact))


def office_name(service: Service) -> str:
    """The office's name without address or remarks, for a referral line ("Jedes Bürgerbüro
    der Stadt Düsseldorf – persönlich" is "Bürgerbüro der Stadt Düsseldorf")."""
    name = service.office.split(" – ")[0].split(";")[0].strip()
    return _ANY_OF.sub("", name)


_ANY_OF = re.compile(r"^(?:jedes|jede|jeder|alle|in der regel(?: im| das| beim)?)\s+", re.I)


Ranker = Callable[[list[Fact]], list[float]]
"""Scores facts by how well each answers the question (higher is better)."""


def compose(service: Service, u: Understanding, lang: str, question: str = "",
            rank: Ranker | None = None) -> Composition:
    """The answer lines for `service`, in `lang`, for what the question asks.

    A question whose kind the lexicons do not know ("darf meine Frau den Perso abholen?") is
    answered by the facts `rank` scores best; a statement ("Perso verloren") by the summary."""
    out = Composition()
    years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    kinds = list(u.kinds)
    if not kinds and (u.age or u.count):  # "hundesteuer 2 hunde": the brackets of that count
        kinds = list(dict.fromkeys(f.kind for f in service.facts if f.bracketed))
    paid = {"cost": "amount", "amount": "cost"}  # "wie viel Bürgergeld": paid to, not by
    kinds = [paid[k] if k in paid and _only_referrals(service, k)
             and not _only_referrals(service, paid[k]) else k for k in kinds]
    # "wie lange …" may mean how long it takes, how long it is valid or how long one has
    instead: list[str] = []
    if any(k in _TIME for k in kinds) and all(_only_referrals(service, k) for k in kinds):
        instead = [k for k in _TIME if not _only_referrals(service, k)][:1]
        kinds += instead
    elif any(k in _TIME and not _only_referrals(service, k) for k in kinds):
        # "kaç gün süre var" read as processing time and deadline: the one the service
        # states answers, no "nothing stored" line about the other first
        kinds = [k for k in kinds if k not in _TIME or not _only_referrals(service, k)]
    if "how" in kinds and not service.facts_of("how"):
        # "wie melde ich …", "Gewerbe anmelden": the summary is the service's procedure; beside
        # another kind the office where one applies is the short answer to "how" ("як продовжити
        # дозвіл …, телефон"), never a "nothing stored" referral
        where = [f for f in service.facts_of("where") if f.status != "nf"]
        at = kinds.index("how")
        kinds.remove("how")
        if kinds and where and "where" not in kinds:
            kinds.insert(at, "where")
    u = replace(u, kinds=tuple(dict.fromkeys(kinds)))
    if not u.kinds and not u.statement and rank is not None:
        ranked = _best_facts(service, u, rank)
        for fact in ranked:
            text, translated = fact.text_in(lang)
            out.untranslated |= not translated
            out.facts.append(fact)
            _add_line(out, text)
        if ranked:
            _lead(out, service, u, lang)
            return out
    if not u.kinds:
        summary = service.summary.get(lang) or service.summary["de"]
        out.lines = split_sentences(summary)
        out.untranslated = lang not in service.summary
        return out
    for i, kind in enumerate(u.kinds[:MAX_KINDS]):
        limit = MAX_FIRST_KIND if i == 0 else MAX_OTHER_KIND
        current = _best_first(select(service.facts_of(kind), u, len(service.facts), years),
                              u, rank, years)[:limit]
        chosen: list[Fact] = []
        if u.past:
            old = select(service.facts_of(kind, historic=True), u, limit, years)
            chosen += old
            if not old and current:
                _add_line(out, line(lang, "no_past"))
        chosen += current
        if not chosen:
            if instead and kind in _TIME:
                continue  # another time kind answers "wie lange": no "nothing stored" first
            out.referrals.append(kind)
            _add_line(out, line(lang, "no_fact", kind=line(lang, f"kind.{kind}"),
                                office=office_name(service)))
            continue
        for fact in chosen:
            if fact in out.facts or _said_already(fact, out.facts):
                continue
            text, translated = fact.text_in(lang)
            out.untranslated |= not translated
            out.facts.append(fact)
            _add_line(out, text)
    for fact in [f for f in service.facts if f.option in u.options and not f.historic
                 and f.kind not in u.kinds and _fits(f, u)][:MAX_OTHER_KIND]:
        # the variant the citizen names is the point of the question ("Frist verpasst?")
        if fact not in out.facts and not _said_already(fact, out.facts):
            out.facts.append(fact)
            text, translated = fact.text_in(lang)
            out.untranslated |= not translated
            _add_line(out, text)
    if rank is not None and not u.compare and not u.past:
        # a part of the question no lexicon word names ("wie viele Kitas darf man angeben
        # und bis wann …"): the fact of another kind the embedder ranks clearly best
        fact = _extra_fact(service, u, rank, out.facts, question)
        if fact is not None and not _said_already(fact, out.facts):
            out.facts.append(fact)
            text, translated = fact.text_in(lang)
            out.untranslated |= not translated
            _add_line(out, text)
    _lead(out, service, u, lang)
    if any(f.dated for f in out.facts):
        _add_line(out, line(lang, "dated"))
    return out


_TIME = ("duration", "deadline", "validity")


def _best_first(facts: list[Fact], u: Understanding, rank: Ranker | None,
                years: set[str]) -> list[Fact]:
    """Several facts of the asked kind that no condition tells apart ("Aufenthaltserlaubnis
    100 Euro", "Verlängerung 93 oder 96 Euro", "Niederlassungserlaubnis 113 Euro"): the one
    that fits the question clearly best leads. Brackets keep their order (their condition
    decides, not the wording), as do a named variant and a named year, which lead already.
    The others follow: where the question leaves a case open (a birth at home or in
    hospital), each is an answer."""
    plain = [f for f in facts if not f.bracketed and f.status != "nf"]
    if (rank is None or len(plain) < 2 or any(f.option and f.option in u.options for f in facts)
            or any(_names_year(f, years) for f in facts)):
        return facts
    scores = sorted(zip(rank(plain), range(len(plain))), reverse=True)
    (best, i), (runner_up, _) = scores[0], scores[1]
    if best - runner_up < LEAD_MARGIN:
        return facts
    return [plain[i]] + [f for f in facts if f is not plain[i]]


def _best_facts(service: Service, u: Understanding, rank: Ranker) -> list[Fact]:
    candidates = [f for f in service.facts if not f.historic and _fits(f, u)]
    if not candidates:
        return []
    scores = sorted(zip(rank(candidates), range(len(candidates))), reverse=True)
    best, i = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    return [candidates[i]] if best >= RANK_FLOOR and best - runner_up >= RANK_MARGIN else []


_RELATED = {  # kinds whose facts complete an answer of the asked kind
    "cost": {"exemption", "payment"}, "exemption": {"cost"}, "eligibility": {"exemption"},
    "where": {"contact", "hours"}, "contact": {"how", "hours", "where"},
    "hours": {"contact", "where"},
}
_AND = re.compile(r"(?:^|[\s,;])(?:und|and|ve|и|і|та|i|oraz|а также)\s|\?.+\?|(?:^|\s)و(?:كم|متى|أين|وين|هل|كيف|ما|شو)",
                  re.I)


def _extra_fact(service: Service, u: Understanding, rank: Ranker,
                shown: list[Fact], question: str = "") -> Fact | None:
    """The fact of a kind not asked that the question is clearly about as well, or None.

    Asked kinds were chosen by their conditions, so only other kinds compete. A fact of
    another kind helps only where the question is open ("wie melde ich …"), where the kind
    completes the asked one (a cost question and its exemption) or where the question has a
    second part no kind was found for ("wie viele Kitas … und bis wann …"). The fact must lead
    the other candidates and be as close to the question as the facts already shown: a line
    that fits the question less well than the answer it joins is a needless line."""
    open_question = "how" in u.kinds or bool(_AND.search(question))
    related = set().union(*(_RELATED.get(k, set()) for k in u.kinds))
    said = set().union(*(numbers(f.text["de"]) for f in shown)) if shown else set()
    candidates = [f for f in service.facts if not f.historic and _fits(f, u)
                  and f.kind not in u.kinds and f not in shown and f.status != "nf"
                  and (open_question or f.kind in related)
                  and not _repeats(f, said)]
    if not candidates:
        return None
    answered = [f for f in shown if f.status != "nf"]
    scores = rank(candidates + answered)
    ranked = sorted(zip(scores[:len(candidates)], range(len(candidates))), reverse=True)
    best, i = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    bar = max(scores[len(candidates):], default=0.0) - EXTRA_SLACK
    if best >= EXTRA_FLOOR and best - runner_up >= EXTRA_MARGIN and best >= bar:
        return candidates[i]
    return None


def _said_already(fact: Fact, shown: list[Fact]) -> bool:
    """Whether the answer says what the fact says already: one line shown holds its numbers
    and most of its German words (stems of four letters or more): "Verlust im Bürgerbüro
    melden, Diebstahl bei der Polizei" twice, once as the steps and once as the office. A
    referral ("nicht hinterlegt") always stands: it answers its own kind."""
    own, stated = _content(fact.text["de"]), numbers(fact.text["de"])
    return fact.status != "nf" and bool(own) and any(
        len(own & _content(f.text["de"])) >= SAID_SHARE * len(own)
        and stated <= numbers(f.text["de"]) for f in shown)


def _content(text: str) -> set[str]:
    return {stem(w) for w in words(text) if len(w) >= 4}


def _repeats(fact: Fact, said: set[str]) -> bool:
    """Whether every number of the fact is in the answer already (the Info-Line a referral
    named): such a line adds nothing."""
    stated = numbers(fact.text["de"])
    return bool(stated) and stated <= said


def _lead(out: Composition, service: Service, u: Understanding, lang: str) -> None:
    """Put the service's lead facts ("abolished since 2024") before everything else."""
    lead = [f for f in service.facts if f.lead and not f.historic and _fits(f, u)]
    for fact in reversed(lead):
        text, translated = fact.text_in(lang)
        if fact in out.facts:
            out.facts.remove(fact)
        if text in out.lines:
            out.lines.remove(text)
        out.facts.insert(0, fact)
        out.lines.insert(0, text)
        out.untranslated |= not translated


def _only_referrals(service: Service, kind: str) -> bool:
    """Whether the service states nothing of this kind but "not stored here"."""
    return all(f.status == "nf" for f in service.facts_of(kind))


def _add_line(out: Composition, text: str) -> None:
    if text not in out.lines:
        out.lines.append(text)
