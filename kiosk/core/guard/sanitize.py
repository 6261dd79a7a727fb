"""Input sanitizing: make any typed or pasted text safe and plain before anything else reads it."""

from __future__ import annotations

import re
import unicodedata

# Terminal escape sequences, 7-bit (ESC …) and 8-bit (C1) forms. String sequences (OSC, DCS,
# SOS, PM, APC) go up to BEL or ST; their payload may not contain ESC, BEL or ST, which keeps
# the match linear even for huge pastes. An unterminated one loses only its introducer below,
# so the citizen's text after it survives as plain text.
_ESCAPES = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, …
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI, e.g. colours, cursor moves, screen clears
    r"|\x1b[ -/]*[0-~]"  # other ESC sequences (charset selection, RIS, keypad modes, …)
)


def _plain(ch: str) -> str:
    """The replacement for one character: itself, a space, or nothing."""
    category = unicodedata.category(ch)
    if category == "Cc":
        # Newlines and tabs separate words; other control characters (NUL, BEL, ESC, C1) do not.
        return " " if ch.isspace() else ""
    # Cf holds the invisible characters (zero-width, soft hyphen, BOM, bidi controls, tag
    # characters) that can hide or reorder text; a lone surrogate (Cs) cannot be encoded for
    # the terminal at all.
    if category in ("Cf", "Cs"):
        return ""
    return ch


def _is_mark(ch: str) -> bool:
    """Whether `ch` attaches to the character before it (an accent or other combining mark)."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def sanitize(text: str, max_chars: int = 500) -> str:
    """Return `text` as one line of plain NFC text of at most `max_chars` characters.

    Terminal escape sequences, control, zero-width and bidi characters are removed, runs of
    whitespace become one space, and markup such as "[bold]" stays literal text. Never raises.
    """
    text = _ESCAPES.sub("", text)
    text = "".join(map(_plain, text))
    # NFC after the removals, so that a letter and its accent separated by an invisible
    # character are composed too; whitespace is collapsed after it, as NFC can yield spaces.
    text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    limit = max(max_chars, 0)
    if len(text) > limit:
        # Back off so that a letter is not cut from its accents.
        while limit > 0 and _is_mark(text[limit]):
            limit -= 1
        text = text[:limit].rstrip()
    return text
