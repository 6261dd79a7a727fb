"""Service cards in the screen's language, from the current facts; Arabic readable in a terminal
without bidi; never 'Unterlagen: keine'."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.facts import Fact
from kiosk.core.settings import ROOT
from kiosk.ui.bidi import has_rtl, visual_line, visual_lines, wrap
from kiosk.ui.widgets.service_card import ServiceCard, card_rows
from tests.ui.conftest import SIZE
from tests.ui.helpers import ask, open_ask, tap

CORPUS = load_corpus(ROOT / "corpus")


def rows(service_id: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {r.label: r.items for r in card_rows(CORPUS.get(service_id), lang)}


def test_the_card_is_in_the_screens_language_from_current_facts_base_first():
    en = rows("personalausweis", "en")
    assert en["label.fees"][:2] == ("From age 24 the ID card costs 46.00 EUR (since 7 February "
                                    "2026).", "Under age 24 the ID card costs 27.60 EUR (since 7 "
                                    "February 2026).")  # the brackets before the options
    assert not any("37.00" in item or "22.80" in item for item in en["label.fees"])  # historic
    assert en["label.documents"][0].startswith("For the ID card bring your current ID card")
    assert en["label.stand"] == ("15.02.2026",)
    assert list(en) == ["label.fees", "label.documents", "label.online", "label.office",
                        "label.processing_time", "label.stand"]
    assert has_rtl(rows("personalausweis", "ar")["label.office"][0])


def test_no_documents_means_ask_the_office_never_none():
    for service in CORPUS.services:
        for lang in ("de", "en", "ar"):
            items = {r.label: r.items for r in card_rows(service, lang)}["label.documents"]
            assert items and all(item.strip() and item.lower() not in ("keine", "none", "لا شيء")
                                 for item in items), (service.id, lang)
    assert rows("sperrmuell", "de")["label.documents"] == (
        "Bitte fragen Sie im Bürgerbüro, welche Unterlagen Sie brauchen.",)


def test_a_fact_without_the_language_is_german_with_a_note():
    service = CORPUS.get("personalausweis")
    only_german = Fact("personalausweis", "online", "online", {"de": "Nur persönlich."})
    facts = tuple(f for f in service.facts if f.kind != "online") + (only_german,)
    card = card_rows(dataclasses.replace(service, facts=facts), "tr")
    online = next(r for r in card if r.label == "label.online")
    assert online.items == ("Nur persönlich.",) and online.german_only
    assert not next(r for r in card if r.label == "label.fees").german_only


def test_a_service_without_facts_shows_its_german_front_matter_marked_as_such():
    service = dataclasses.replace(CORPUS.get("personalausweis"), facts=())
    card = {r.label: r for r in card_rows(service, "en")}
    assert card["label.fees"].items == service.fees and card["label.fees"].german_only
    assert not {r.label: r for r in card_rows(service, "de")}["label.fees"].german_only


@pytest.mark.asyncio
async def test_the_card_follows_the_language_switch(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Was kostet ein Perso?")
        await tap(pilot, "#lang-uk")
        card = app.screen.query_one(ServiceCard)
        texts = [p.text for p in card.query("Prose")]
        assert texts[0] == "Оформлення посвідчення особи"
        assert any(t.startswith("• Від 24 років посвідчення особи коштує 46,00 €") for t in texts)


def test_arabic_is_shaped_and_reordered_for_display_only():
    logical = "كم تكلف بطاقة الهوية؟"
    shown = visual_line(logical)
    assert shown != logical and not any("\u0621" <= ch <= "\u064a" for ch in shown)  # joined
    assert shown.startswith("؟")  # the question mark that ends the sentence is on the left
    assert visual_line("(منذ 7 فبراير 2026)").startswith("(")  # brackets mirrored
    assert visual_line("Personalausweis 46,00 €") == "Personalausweis 46,00 €"


def test_long_arabic_text_wraps_in_reading_order():
    text = "يرجى التوجه إلى مكتب الاستقبال أو الاتصال بخط المعلومات 0211 89-91."
    lines = wrap(text, 24)
    assert len(lines) > 1 and lines[0].startswith("يرجى")  # the first words on the first line
    assert [visual_line(line) for line in lines] == visual_lines(text, 24)


@pytest.mark.asyncio
async def test_arabic_screen_is_right_aligned_and_typed_arabic_stays_logical(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await tap(pilot, "#lang-ar")
        await open_ask(app, pilot)
        hint = app.screen.query_one("#ask-hint")
        assert "-rtl" in hint.classes and hint.styles.text_align == "right"
        assert str(hint.render()) == visual_line(hint.text)  # drawn shaped and reordered
        for char in "كم":
            await pilot.click(next(k for k in app.screen.query(".key") if k.name == char))
        assert app.screen.query_one("#question").value == "كم"  # what goes to the assistant
        preview = app.screen.query_one("#typed-preview")
        assert preview.display and str(preview.render()) == visual_line("كم")


@pytest.mark.asyncio
async def test_terminals_that_reorder_themselves_get_logical_text(make_app, settings):
    app = make_app()
    app.shape_rtl = False  # the setting for a terminal with its own bidi
    async with app.run_test(size=SIZE) as pilot:
        await tap(pilot, "#lang-ar")
        assert str(app.screen.query_one("#app-name").render()) == "مساعد المواطنين"
