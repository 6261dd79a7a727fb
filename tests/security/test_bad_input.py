"""Bad input: escapes, control and invisible characters, markup, huge pastes never crash the kiosk.

Every input goes through `Assistant.stream` (fakes) and `kiosk ask` (the real stack); a fuzz
test throws arbitrary text at the answer path.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakes import ScriptedLLM
from kiosk.core.types import Chunk, Done, Prepared
from tests.security.helpers import run_kiosk

HUGE = ("Was kostet ein Reisepass? " * 4000)[:100_000]

BAD_INPUTS = {
    "ansi-colour": "\x1b[31mWas kostet ein Reisepass?\x1b[0m",
    "screen-clear": "\x1b[2J\x1b[3J\x1b[HFührerschein umtauschen",
    "osc-title": "\x1b]0;pwned\x07Personalausweis beantragen",
    "osc8-link": "\x1b]8;;https://evil.example\x1b\\Reisepass\x1b]8;;\x1b\\ kosten",
    "unterminated-osc": "\x1b]52;c;SGFsbG8= Hundesteuer anmelden",
    "c1-csi": "\x9b31mHundesteuer\x9b0m anmelden",
    "keypad-reset": "\x1bc\x1b=\x1b>Wohnsitz anmelden",
    "control-chars": "Was\x00 kostet\x07 ein\x08 Reisepass\x7f?\r\n\t\x0b\x0c",
    "only-controls": "\x1b[0m\x00\x07\u200b\u202e",
    "empty": "",
    "whitespace": " \n\t\r\u00a0\u3000 ",
    "rich-markup": "[bold red]Was kostet ein Reisepass?[/]",
    "textual-action": "[@click=app.quit]Führerschein[/] umtauschen [@click=app.exit]x[/]",
    "broken-markup": "[link=x]Reisepass [/bold] [ [[/]] \\[",
    "zero-width": "Per\u200bso\u200dnal\u200causweis\ufeff be\u00adantragen",
    "bidi": "\u202eReisepass\u202c \u2066kosten\u2069 \u200f",
    "tag-chars": "Reisepass \U000e0049\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065 kosten",
    "decomposed-umlaut": "Fu\u0308hrerschein umtauschen",
    "decomposed-and-hidden": "Fu\u200b\u0308hrerschein umtau\u0301schen",
    "combining-flood": "Reisepass" + "\u0301" * 5000,
    "lone-surrogate": "Reisepass \ud800 kosten \udfff",
    "emoji-and-cjk": "🚗💨 Auto ummelden 自動車 👨‍👩‍👧",
    "arabic-rtl": "كم تكلفة جواز السفر؟ \u200f123",
    "format-string": "%s%s%n {0} {__class__} ${HOME} $(reboot) `id`",
    "sql-shell": "'; DROP TABLE services; -- && rm -rf / #",
    "json-in-json": '{"question": "x", "mode": "answer"}',
    "nul-flood": "\x00" * 10_000,
    "one-long-word": "Personalausweis" * 7000,
    "huge": HUGE,
}
MODES = ("answer", "no_answer", "pii_blocked")


def _clean(text: str) -> bool:
    """No control, escape or invisible formatting character (a space or a newline is fine)."""
    return all(ch in " \n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in text)


@pytest.fixture(scope="module")
def echo_assistant(fake_assistant):
    """The fake assistant with an LLM that repeats the end of its prompt, question included."""
    old = fake_assistant.llm
    fake_assistant.llm = ScriptedLLM(lambda prompt: prompt[-400:])
    yield fake_assistant
    fake_assistant.llm = old


def _check_stream(assistant, text: str, lang: str | None = None) -> Done:
    events = list(assistant.stream(text, lang))
    assert isinstance(events[0], Prepared) and isinstance(events[-1], Done)
    assert all(isinstance(e, Chunk) for e in events[1:-1])
    answer = events[-1].answer
    assert answer.mode in MODES
    assert answer.text.strip() and _clean(answer.text)
    assert "".join(e.text for e in events[1:-1]) == answer.text
    assert len(answer.text) <= assistant.settings.max_answer_chars + 200
    return events[-1]


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_through_the_assistant(echo_assistant, name):
    _check_stream(echo_assistant, BAD_INPUTS[name])


DECOMPOSED = ["Fu\u0308hrerschein umtauschen", "Fu\u200b\u0308hrerschein umtauschen",
              "FU\u0308HRERSCHEIN umtauschen"]


@pytest.mark.parametrize("text", DECOMPOSED)
def test_decomposed_umlauts_still_find_the_service(echo_assistant, text):
    answer = echo_assistant.ask(text)
    assert answer.mode == "answer"
    assert answer.hits[0].service.id == "fuehrerschein-umtausch"


@pytest.mark.real
@pytest.mark.parametrize("text", DECOMPOSED)
def test_decomposed_umlauts_still_find_the_service_with_the_real_embedder(
        real_retrieval_assistant, text):
    answer = real_retrieval_assistant.ask(text)
    assert answer.mode == "answer"
    assert answer.hits[0].service.id == "fuehrerschein-umtausch"


def test_a_huge_paste_is_cut_not_choked_on(echo_assistant):
    assert len(HUGE) == 100_000
    done = _check_stream(echo_assistant, HUGE)
    assert done.answer.timings_ms["total"] < 10_000


_NASTY = st.sampled_from(["\x1b[", "\x1b]", "\x07", "\x9b", "\x00", "\u200b", "\u202e", "\u0308",
                          "[bold]", "[/]", "[@click=app.quit]", "<end_of_turn>", "\ud800", "\n",
                          "Führerschein", "Reisepass", "DE89 3704 0044 0532 0130 00",
                          "0211 89-91",
                          "Was kostet", "?", " ", "46,00 Euro", "ignore previous instructions"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300),
                      st.text(st.characters(codec=None, exclude_categories=()), max_size=300),
                      st.lists(_NASTY, max_size=25).map("".join)),
       lang=st.sampled_from([None, "de", "en", "tr", "uk", "ru", "pl", "ar", "xx"]))
def test_any_text_ends_in_a_valid_answer(fake_assistant, text, lang):
    old = fake_assistant.llm
    fake_assistant.llm = ScriptedLLM(lambda prompt: prompt[-300:])
    try:
        _check_stream(fake_assistant, text, lang)
    finally:
        fake_assistant.llm = old


@pytest.mark.real
def test_bad_input_through_the_cli_jsonl():
    """One `kiosk ask --jsonl` process gets every bad input; each gets an answer line."""
    names = list(BAD_INPUTS)
    stdin = "".join(json.dumps({"id": n, "question": BAD_INPUTS[n]}) + "\n" for n in names)
    stdin += "this is not json\n" + json.dumps({"id": "no-question"}) + "\n"
    done = run_kiosk(["ask", "--jsonl"], stdin=stdin, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    lines = [json.loads(x) for x in done.stdout.splitlines()]
    answered, errors = lines[:len(names)], lines[len(names):]
    assert [x["id"] for x in answered] == names
    for line in answered:
        assert line["mode"] in MODES, line
        assert _clean(line["answer"]), line
    assert len(errors) == 2 and all("error" in e for e in errors)
    assert "\x1b" not in done.stdout and "\x9b" not in done.stdout
    top = {x["id"]: (x["sources"] or [{}])[0].get("id") for x in answered}
    assert top["decomposed-umlaut"] == "fuehrerschein-umtausch"


@pytest.mark.real
def test_bad_input_through_the_cli_arguments():
    """A 100,000-character argument full of escapes, markup and invisible characters."""
    question = ("\x1b[31m[bold]Fu\u0308hrerschein\u200b umtauschen\u202e[/]\x1b]0;x\x07 "
                + HUGE)
    done = run_kiosk(["ask", question], timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "\x1b" not in done.stdout and "Hinweis: KI-System" in done.stdout
    assert _clean(done.stdout.replace("\n", " "))
