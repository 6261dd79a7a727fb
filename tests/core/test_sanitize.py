"""Tests of input sanitizing: escape sequences, invisible characters, NFC, length cap."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.guard.sanitize import sanitize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\x1b[31mrot\x1b[0m", "rot"),
        ("\x1b[2J\x1b[HPerso", "Perso"),
        ("\x1b[1;32;40mAusweis\x1b[m kaputt", "Ausweis kaputt"),
        ("\x1b[?1049hWas kostet\x1b[?25l das?", "Was kostet das?"),
        ("\x9b31mC1-CSI\x9b0m", "C1-CSI"),
        ("\x1bcReset", "Reset"),
        ("\x1b(0Zeichensatz\x1b(B", "Zeichensatz"),
        ("\x1b7gespeichert\x1b8", "gespeichert"),
        ("\x1bPq#0;2;0;0;0\x1b\\nach DCS", "nach DCS"),
        ("\x1b_APC payload\x1b\\Text", "Text"),
        ("\x1b[31", "31"),
        ("Ende\x1b", "Ende"),
    ],
)
def test_escape_sequences_removed(raw, expected):
    assert sanitize(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "\x1b]0;gehackt\x07Pass",
        "\x1b]2;gehackt\x1b\\Pass",
        "\x1b]0;gehackt\x9cPass",
        "\x9d0;gehackt\x07Pass",
        "\x1b]8;;http://example.com\x1b\\Pass\x1b]8;;\x1b\\",
    ],
)
def test_osc_title_change_and_links_removed(raw):
    assert sanitize(raw) == "Pass"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Zeile eins\nZeile zwei", "Zeile eins Zeile zwei"),
        ("Tab\tgetrennt", "Tab getrennt"),
        ("Windows\r\nZeile", "Windows Zeile"),
        ("Null\x00byte", "Nullbyte"),
        ("Klingel\x07ton", "Klingelton"),
        ("Back\x08space\x7f", "Backspace"),
        ("C1\x85Zeile\x8dweiter", "C1 Zeileweiter"),
        ("  viele   \u00a0 Leerzeichen \u2028 ", "viele Leerzeichen"),
        ("\n\t\r", ""),
    ],
)
def test_control_characters(raw, expected):
    assert sanitize(raw) == expected


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\U000e0041"],
)
def test_zero_width_characters_removed(invisible):
    assert sanitize(f"Personal{invisible}ausweis") == "Personalausweis"


@pytest.mark.parametrize(
    "bidi",
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
     "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"],
)
def test_bidi_controls_removed(bidi):
    assert sanitize(f"{bidi}Gebühr{bidi} 46,00 €") == "Gebühr 46,00 €"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Fu\u0308hrerschein", "Führerschein"),
        ("Gebu\u0308hr fu\u0308r A\u0308nderung", "Gebühr für Änderung"),
        ("Stra\u00dfe", "Straße"),
        ("Ays\u0327e", "Ayşe"),
        ("Fu\u200b\u0308hrerschein", "Führerschein"),
    ],
)
def test_nfc(raw, expected):
    result = sanitize(raw)
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


def test_huge_input_capped():
    result = sanitize("Ausweis " * 12_500)
    assert len(result) <= 500
    assert result.startswith("Ausweis Ausweis")
    assert not result.endswith(" ")


@pytest.mark.parametrize("max_chars", [0, 1, 10, 80, 500])
def test_cap_respects_max_chars(max_chars):
    assert len(sanitize("x" * 100_000, max_chars=max_chars)) == max_chars


@pytest.mark.parametrize(("max_chars", "expected"), [(2, "ab"), (3, "ab"), (4, "ab"),
                                                  (5, "abx\u0301\u0301")])
def test_cap_does_not_cut_accents_from_their_letter(max_chars, expected):
    # x with two acute accents has no precomposed form, so it stays three code points.
    assert sanitize("abx\u0301\u0301", max_chars=max_chars) == expected


def test_huge_escape_flood_is_fast_and_clean():
    assert sanitize("\x1b]" * 50_000) == ""
    assert sanitize("\x1b[" * 50_000 + "\nok") == "ok"
    assert sanitize("\x1b]0;" + "a" * 100_000) == "0;" + "a" * 498


@pytest.mark.parametrize(
    "markup",
    ["[bold]x[/]", "[red]Achtung[/red] Termin", "[link=http://x]klick[/link]", "<b>fett</b>",
     "**Perso**"],
)
def test_markup_kept_literally(markup):
    assert sanitize(markup) == markup


@settings(max_examples=400, deadline=None)
@given(st.text(), st.integers(min_value=0, max_value=600))
def test_fuzz_never_raises_and_is_clean(text, max_chars):
    result = sanitize(text, max_chars)
    assert len(result) <= max_chars
    assert "\x1b" not in result
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in result)
    assert result == result.strip()
    assert sanitize(result, max_chars) == result


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    ["\x1b", "[", "]", "P", "\\", "\x07", "\x9b", "\x9c", "\x9d", "0", ";", "m", "a", " ", "\n",
     "\u0308", "\u200b", "\u202e", "ü"]), max_size=200))
def test_fuzz_escape_heavy_input(text):
    result = sanitize(text)
    assert "\x1b" not in result
    assert sanitize(result) == result


def test_lone_surrogates_removed():
    """A broken UTF-16 pair cannot be shown or encoded: it goes, the text around it stays."""
    assert sanitize("Aus\ud800weis") == "Ausweis"


@pytest.mark.parametrize("mark", ["\u093f", "\u20dd"])  # a spacing vowel sign, an enclosing circle
def test_cap_keeps_spacing_and_enclosing_marks_with_their_letter(mark):
    assert sanitize("a" * 9 + "k" + mark, max_chars=10) == "a" * 9


def test_cap_drops_a_letter_whose_accents_reach_past_it():
    """Stacked accents ("Zalgo" text) are not cut from their letter: the letter goes with them."""
    assert sanitize("a" + "\u0301" * 10, max_chars=5) == ""
    assert sanitize("\u0301" * 20, max_chars=5) == ""


def test_cap_cuts_at_a_space_without_a_trailing_one():
    assert sanitize("ab cd", max_chars=3) == "ab"
    assert sanitize(" ab", max_chars=10) == "ab"
