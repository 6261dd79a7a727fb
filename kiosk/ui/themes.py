"""The kiosk's two themes: a calm light one for lobbies and a high-contrast one (WCAG AAA)."""

from __future__ import annotations

from textual.theme import Theme

KIOSK = Theme(
    name="kiosk",
    primary="#00558C",  # city blue; white text on it is above 7:1
    secondary="#3B5166",
    accent="#00558C",
    warning="#8A5300",
    error="#B3261E",
    success="#1E6B3A",
    foreground="#17212B",
    background="#F3F5F7",
    surface="#FFFFFF",
    panel="#DDE3EA",
    dark=False,
)

HIGH_CONTRAST = Theme(
    name="kiosk-contrast",
    primary="#FFD700",
    secondary="#FFFFFF",
    accent="#00E5FF",
    warning="#FFD700",
    error="#FF8080",
    success="#7CFC00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    dark=True,
)

THEMES = (KIOSK, HIGH_CONTRAST)
