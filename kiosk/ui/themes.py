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
    surface="#DDE4EC",  # buttons and the input line: visibly touchable on the light ground
    panel="#C9D3DE",
    dark=False,
    variables={"card": "#FFFFFF"},
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
    surface="#2A2A2A",
    panel="#1A1A1A",
    dark=True,
    variables={"card": "#000000"},
)

THEMES = (KIOSK, HIGH_CONTRAST)
