"""The UI over the real assistant (corpus, index, embedder; the LLM loads in background)."""

from __future__ import annotations

import pytest

from kiosk.core.assistant import build_assistant
from kiosk.core.settings import load_settings
from kiosk.ui.app import KioskApp
from kiosk.ui.widgets.service_card import ServiceCard
from tests.ui.conftest import SIZE
from tests.ui.fakes import FakeSpeaker
from tests.ui.helpers import all_text, ask


@pytest.mark.real
@pytest.mark.asyncio
async def test_real_assistant_answers_with_card_and_source():
    settings = load_settings()
    app = KioskApp(build_assistant(settings), FakeSpeaker(available=False), settings)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # the model, loaded after mount
        await ask(app, pilot, "Was kostet ein Personalausweis?")
        assert app.screen.query_one(ServiceCard).service.title == "Personalausweis beantragen"
        answer = app.last_answer
        assert answer is not None and answer.mode == "answer" and answer.text
        assert answer.hits[0].service.source in all_text(app)  # listed as a source
        assert "Stand" in all_text(app)


@pytest.mark.real
@pytest.mark.asyncio
async def test_real_assistant_follow_up_and_masked_refusal():
    settings = load_settings()
    app = KioskApp(build_assistant(settings), FakeSpeaker(available=False), settings)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await ask(app, pilot, "Was kostet ein Personalausweis?")
        await ask(app, pilot, "und unter 24?")  # a follow-up: the card on screen stays
        assert app.screen.query_one(ServiceCard).service.id == "personalausweis"
        assert "27,60" in app.last_answer.text
        await ask(app, pilot, "Meine IBAN ist DE89 3704 0044 0532 0130 00, was kostet ein Pass?")
        answer = app.last_answer
        assert answer.mode == "pii_blocked" and answer.masked and "DE89" not in answer.masked
        assert app.screen.query(".masked-edit")  # offered to edit, nothing to retype
