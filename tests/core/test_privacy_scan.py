"""The gate's scanning API and its refusal texts: where the personal data is, what the masked
question looks like, and that the refusal names each kind in each of the seven languages."""

import re

import pytest

from kiosk.core.answer import messages
from kiosk.core.guard.privacy import KINDS, MASK, Finding, PiiGate
from kiosk.core.languages import CODES
from tests.core.test_privacy import CITY_NUMBERS, POSITIVE, corpus_texts


@pytest.fixture(scope="module")
def gate():
    return PiiGate(CITY_NUMBERS, corpus_texts())


def test_scan_gives_kind_and_place_in_reading_order(gate):
    text = "Erika Musterfrau, Tel. 0170 1234567, erika@example.de"
    assert gate.scan(text) == [Finding("name", 0, 16), Finding("phone", 23, 35),
                               Finding("email", 37, 53)]


def test_scan_of_a_clean_question_is_empty(gate):
    assert gate.scan("Was kostet ein Reisepass, 70 Euro?") == []


def test_check_is_the_sorted_kinds_of_scan(gate):
    text = "erika@example.de, geb. 03.04.1962, Tel. 0170 1234567"
    assert gate.check(text) == ("birth_date", "email", "phone")
    assert sorted({f.kind for f in gate.scan(text)}) == list(gate.check(text))


def test_mask_replaces_each_value_and_keeps_the_question(gate):
    assert (gate.mask("Rufen Sie mich unter 0170 1234567 zurück, wann ist mein Pass fertig?")
            == f"Rufen Sie mich unter {MASK} zurück, wann ist mein Pass fertig?")
    assert (gate.mask("Ich heiße Erika Musterfrau und wohne in der Musterstraße 12.")
            == f"Ich heiße {MASK} und wohne in der {MASK}.")


def test_mask_at_the_very_start_and_end(gate):
    assert gate.mask("DE89370400440532013000") == MASK
    assert gate.mask("DE89 3704 0044 0532 0130 00 bitte erstatten") == f"{MASK} bitte erstatten"
    assert gate.mask("Mail an erika@example.de") == f"Mail an {MASK}"


def test_mask_takes_the_findings_of_a_scan(gate):
    text = "Rufen Sie mich unter 0170 1234567 zurück"
    findings = gate.scan(text)
    assert gate.mask(text, findings) == gate.mask(text) == f"Rufen Sie mich unter {MASK} zurück"
    assert gate.mask(text, []) == text  # exactly the findings given, no scan of its own


def test_mask_leaves_a_clean_question_alone(gate):
    text = "Die Info-Line 0211 89-91 ist besetzt, kostet der Ausweis 46,00 € seit 7. Februar 2026?"
    assert gate.mask(text) == text


def test_mask_merges_overlapping_findings():
    gate = PiiGate()
    gate.scan = lambda _: [Finding("name", 0, 5), Finding("address", 3, 9),  # type: ignore
                           Finding("phone", 9, 12), Finding("email", 14, 16)]
    text = "abcdefghijklmnop"
    assert gate.mask(text) == f"{MASK}mn{MASK}"


@pytest.mark.parametrize(("text", "kind"), POSITIVE)
def test_masked_question_holds_no_personal_data(gate, text, kind):
    masked = gate.mask(text)
    assert MASK in masked
    assert gate.check(masked) == ()
    for finding in gate.scan(text):
        assert text[finding.start:finding.end] not in masked


def test_mask_is_language_neutral():
    """Language detection reads the masked text: the mark must not look like any language."""
    assert not re.search(r"\w", MASK)


# -- refusal texts --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", CODES)
@pytest.mark.parametrize("kind", KINDS)
def test_refusal_names_each_kind_in_each_language(lang, kind):
    name = messages.PII_KINDS[lang][kind]
    text = messages.pii_blocked(lang, (kind,))
    assert name and name in text
    assert "{" not in text and kind not in text.replace(name, "")


@pytest.mark.parametrize("lang", CODES)
def test_refusal_names_all_kinds_found(lang):
    names = messages.PII_KINDS[lang]
    text = messages.pii_blocked(lang, ("name", "phone"))
    assert names["name"] in text and names["phone"] in text
    assert len(set(names.values())) == len(KINDS)  # no two kinds read alike


def test_refusal_lists_in_the_language_s_own_way():
    assert "الاسم، رقم الهاتف" in messages.pii_blocked("ar", ("name", "phone"))
    assert "Name, Telefonnummer" in messages.pii_blocked("de", ("name", "phone"))


def test_refusal_in_an_unknown_language_is_german():
    assert messages.pii_blocked("fr", ("phone",)) == messages.pii_blocked("de", ("phone",))


@pytest.mark.parametrize("lang", CODES)
def test_refusal_is_the_language_s_own(lang):
    """Each language has its own text, and the texts differ from each other."""
    assert len({messages.PII_BLOCKED[code] for code in CODES}) == len(CODES)
    assert messages.pii_blocked(lang, ("email",)) != messages.pii_blocked(
        "de" if lang != "de" else "en", ("email",))
