"""The subjects other authorities handle, as data: per subject the body's name in the seven
languages and the word classes that name it (see kiosk.core.knowledge.elsewhere).

Patterns are written in lower case. German and English ones are matched against the question
folded the German way (ä→ae, ö→oe, ü→ue, ß→ss), the others against it with Latin diacritics
dropped (Turkish and Polish typed without them); Cyrillic ё is е, Arabic without vowel signs and
with one alef, ya and ta marbuta (ة→ه); "-", "/" and "_" are spaces. Patterns are folded the same
way, so they may be written with or without umlauts.
"""

from __future__ import annotations

from kiosk.core.knowledge.elsewhere_subjects import abroad_home, life, money, other
from kiosk.core.knowledge.elsewhere_subjects.common import OURS, Subject

# Order matters where two could match: the more specific subject comes first.
SUBJECTS: tuple[Subject, ...] = money.SUBJECTS + life.SUBJECTS + abroad_home.SUBJECTS + other.SUBJECTS

__all__ = ["OURS", "SUBJECTS", "Subject"]
