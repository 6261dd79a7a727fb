"""Kiosk settings: one object read from `kiosk.toml` and `KIOSK_*` environment variables.

Who reads what: the CLI and the UI call `load_settings()` once at start and pass the object
down; nothing here is built at import time. Environment variables win over the file; the file is
`./kiosk.toml` unless `KIOSK_CONFIG` names another one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from kiosk.core.languages import CODES

ROOT = Path(__file__).resolve().parents[2]
"""The project directory (where corpus/, models/ and index/ live in a checkout)."""

LANGS = CODES
"""The languages the kiosk serves, German first (the default)."""

DEFAULT_MODEL = "gemma-3-270m-q4_k_m.gguf"


class Settings(BaseSettings):
    """Everything an admin can set; each field can also be set as KIOSK_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="KIOSK_", extra="ignore")

    corpus_dir: Path = Field(ROOT / "corpus", description="Folder of service documents (*.md).")
    index_dir: Path = Field(ROOT / "index", description="Folder of the built Chroma index.")
    model_path: Path = Field(
        ROOT / "models" / DEFAULT_MODEL,
        description="GGUF model file. A stronger instruct model can be set here.",
    )
    model_format: Literal["auto", "completion", "chat"] = Field(
        "auto", description="How the model is prompted: 'chat' through the chat template in its "
        "GGUF (instruct models), 'completion' with few-shot examples (base models); 'auto' "
        "takes chat when the GGUF carries a chat template.",
    )
    n_threads: int = Field(2, ge=1, description="CPU threads for llama.cpp.")
    n_ctx: int = Field(2048, ge=512, description="Context window of the LLM in tokens.")
    max_tokens: int = Field(80, ge=8, description="Upper bound on generated tokens per answer.")
    temperature: float = Field(0.0, ge=0.0, description="0 gives repeatable answers.")
    use_llm: bool = Field(
        False, description="True: the GGUF model rewords the fact lines, each sentence checked "
        "against one fact. Off by default: measured, the 270M default model makes no answer "
        "more correct (README, 'How an answer is made'); worth it with a stronger instruct model."
    )
    min_score: float = Field(
        0.24, description="Relevance below this (0..1) gives no_answer with a referral."
    )
    tie_margin: float = Field(
        0.04, ge=0.0, description="Services this close (0..1) to the best one are a near tie: "
        "what was asked decides, and the UI offers them as 'Meinten Sie …?'."
    )
    second_service_keyword: float = Field(
        0.3, ge=0.0, le=1.0, description="How strongly (0..1) a comparison ('Reisepass oder "
        "Perso?') must name a second service by its keywords to answer for both."
    )
    top_services: int = Field(3, ge=1, description="Services listed as sources per answer.")
    max_answer_chars: int = Field(900, ge=100, description="Cap on the answer text shown.")
    max_question_chars: int = Field(500, ge=20, description="Longer input is cut to this.")
    idle_seconds: float = Field(120, gt=0, description="Idle time before the countdown.")
    countdown_seconds: float = Field(20, gt=0, description="Length of the 'still there?' dialog.")
    staff_pin_sha256: str = Field(
        hashlib.sha256(b"2468").hexdigest(),
        description="SHA-256 hex digest of the staff PIN (default PIN 2468: change it).",
    )
    speech: bool = Field(True, description="Offer read-aloud when a speech engine exists.")
    high_contrast: bool = Field(False, description="Start in the high-contrast theme.")
    terminal_bidi: bool = Field(
        False, description="True when the terminal shapes and orders right-to-left text itself; "
        "False (foot, xterm): the kiosk shapes and reorders Arabic for display."
    )
    content_dir: Path | None = Field(
        None, description="Folder of signed content installed by `kiosk content install`; when "
        "it holds a current version, corpus and index are read from there (docs/deploy.md).",
    )
    content_public_key: Path | None = Field(
        None, description="Ed25519 public key (PEM) that content packages must be signed with "
        "(`kiosk content keygen` writes it).",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = Path(os.environ.get("KIOSK_CONFIG", "kiosk.toml"))
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file))

    def pin_ok(self, pin: str) -> bool:
        """True when `pin` hashes to the configured staff PIN hash."""
        digest = hashlib.sha256(pin.encode("utf-8")).hexdigest()
        return digest == self.staff_pin_sha256.lower()


def load_settings(**overrides: object) -> Settings:
    """Read the settings now (file + environment), with explicit overrides on top."""
    return Settings(**overrides)
