"""Requests the kiosk refuses whatever the corpus holds: forgery, fraud, violence, stalking."""

from __future__ import annotations

import re

# Stems in the kiosk's Latin-script languages; other scripts fall back on the relevance check.
_ABUSE = re.compile(
    r"fälsch|faelsch|forge|forgery|counterfeit|fake[- ](?:id|ausweis|pass|document)"
    r"|erschleich|sozialbetrug|leistungsbetrug|betrüg|benefit fraud|commit fraud|scam"
    r"|bombe\b|bomb\b|sprengstoff|explosive|waffe|weapon|umbringen|töten|\bkill\b|murder"
    r"|vergiften|poison|drogen kaufen|buy drugs|hacken|\bhack\b|einbrechen|break into"
    r"|stalk|privatadresse|home address of|wohnadresse (?:von|des|der)|wo wohnt",
    re.I,
)


def is_abusive(text: str) -> bool:
    """Whether a (sanitised) question asks for help with something harmful or unlawful."""
    return bool(_ABUSE.search(text))
