"""Welcome, topic browsing without typing, language switching and the contrast theme."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from kiosk.ui.i18n import LANG_NAMES
from kiosk.ui.screens.topics import ServiceScreen, TopicsScreen
from kiosk.ui.widgets.qr_code import QRCode
from kiosk.ui.widgets.service_card import ServiceCard
from tests.ui.conftest import SIZE
from tests.ui.helpers import all_text, ask, open_ask, tap

pytestmark = pytest.mark.asyncio


async def test_welcome_shows_notices_languages_and_topic_tiles(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = all_text(app)
        assert "Bürgerassistent" in text
        assert "KI-System, Antworten nicht rechtsverbindlich" in text
        assert "Bitte geben Sie keine persönlichen Daten ein" in text
        assert "Frage stellen" in text
        for name in LANG_NAMES.values():
            assert name in text
        tiles = [b.id for b in app.screen.query(".tile")]
        assert tiles == [f"cat-{c}" for c in assistant.corpus.by_category()]
        assert "Ausweis & Pass" in text


async def test_model_loads_in_background(make_app, assistant):
    app = make_app()
    async with app.run_test(size=SIZE):
        await app.workers.wait_for_complete()
        assert assistant.load_calls == 1 and assistant.model_ready


async def test_topic_then_service_then_card(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await tap(pilot, "#cat-ausweis")
        assert isinstance(app.screen, TopicsScreen)
        assert "Personalausweis beantragen" in all_text(app)
        await tap(pilot, "#svc-personalausweis")
        assert isinstance(app.screen, ServiceScreen)
        assert app.screen.query_one(ServiceCard).service.id == "personalausweis"
        assert app.screen.query_one(QRCode)
        assert "Den Personalausweis beantragen Sie" in all_text(app)  # the summary
        await tap(pilot, "#back")
        assert isinstance(app.screen, TopicsScreen)
        await tap(pilot, "#home")
        assert app.screen.id == "welcome"


async def test_language_switch_relabels_everything(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await tap(pilot, "#lang-en")
        assert app.lang == "en"
        text = all_text(app)
        assert "Ask a question" in text and "AI system, answers are not legally binding" in text
        assert "Frage stellen" not in text
        assert "-current" in app.screen.query_one("#lang-en").classes
        await tap(pilot, "#lang-ar")
        assert "اطرح سؤالًا" in all_text(app)
        await open_ask(app, pilot)
        assert app.screen.query_one("#done", Button).text == "انتهيت"  # drawn shaped


async def test_language_switch_on_ask_screen_keeps_conversation(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "Perso kosten?")
        await tap(pilot, "#lang-tr")
        text = all_text(app)
        assert "Yeni soru" in text
        assert "Perso kosten?" in text
        assert app.screen.query_one(ServiceCard)
        assert app.screen.query_one("#question").placeholder.startswith("Sorunuz")


async def test_contrast_is_a_session_setting(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#contrast").label) == "Kontrast: aus"
        await tap(pilot, "#contrast")
        assert app.theme == "kiosk-contrast" and app.session_active
        assert str(app.screen.query_one("#contrast").label) == "Kontrast: an"  # its state shows
        app.reset_session()
        await pilot.pause()
        assert app.theme == "kiosk"


async def test_new_content_between_sessions_brings_its_topics(make_app, settings):
    from kiosk.core.knowledge.corpus import Corpus
    from tests.ui.fakes import FakeAssistant, frozen_corpus

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        two_topics = [s for s in frozen_corpus().services if s.category in ("ausweis", "abfall")]
        fewer = FakeAssistant(settings, Corpus(services=tuple(two_topics), digest="two"))
        app._take_content(fewer)  # what the session-reset worker hands over
        await pilot.pause()
        await pilot.pause()
        tiles = [b.id for b in app.screen.query(".tile")]
        assert sorted(tiles) == ["cat-abfall", "cat-ausweis"]
