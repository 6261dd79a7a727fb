"""The kiosk's two themes: a calm light one for lobbies and a high-contrast one (WCAG AAA).

Besides Textual's colours each theme sets the kiosk's own: `control-edge` (the frame that
makes a control recognisable, >= 3:1 against the ground), `focus-frame` (the thick frame of
the focused control, >= 3:1 against the ground and the button face) and `text-muted`
(secondary text, still >= 4.5:1). tests/ui/test_contrast.py computes every ratio.
"""

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
    variables={"card": "#FFFFFF", "control-edge": "#56677A", "focus-frame": "#7A0060",
               "text-muted": "#46525F", "button-color-foreground": "#FFFFFF"},
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
    variables={"card": "#000000", "control-edge": "#FFFFFF", "focus-frame": "#00E5FF",
               "text-muted": "#D6D6D6", "button-color-foreground": "#000000"},
)

THEMES = (KIOSK, HIGH_CONTRAST)
