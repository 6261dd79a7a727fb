"""Tuned numbers of the answer path: each with its meaning, its unit and how it was set.

These calibrate the models (embedder, BM25, keyword match, language detector, claim check) and
are not for admins: a change needs the quality run in docs/contributing.md ("Tuning answer
quality"). What an admin may set (`min_score`, `tie_margin`, …) is a field of
`kiosk.core.settings.Settings` instead, documented in the README's configuration table.

All were set by hand against tests/eval/dev.jsonl (which must stay at 100 %) and the project's
own question files tests/eval/extra_*.jsonl and citizen_tune.jsonl, never citizen_heldout.jsonl.
"""

from __future__ import annotations

# -- retrieval: fusing dense, lexical and keyword relevance (kiosk/core/knowledge/retrieval.py) --

DENSE_FLOOR = 0.80
"""Cosine similarity (e5, -1..1) that counts as dense relevance 0.

multilingual-e5-small puts even unrelated German texts at cosine 0.7–0.8, so the raw cosine
says little below this; it is stretched linearly from DENSE_FLOOR..DENSE_CEIL onto 0..1.
Read off the cosines of dev-set questions to their right and to wrong services."""

DENSE_CEIL = 0.90
"""Cosine similarity (e5, -1..1) that counts as dense relevance 1: a clear match. Set with
DENSE_FLOOR: the right service's best passage sits at about 0.88–0.93 for dev-set questions."""

LEX_SCALE = 6.0
"""BM25 score (bm25s units, 0..∞) that gives lexical relevance 1 - 1/e ≈ 0.63; relevance is
1 - exp(-bm25 / LEX_SCALE). A question sharing two or three rare stems with a document scores
about 6–12, which this maps to 0.63–0.86; set on the dev questions."""

W_DENSE = 0.55
"""Weight (0..1) of dense relevance in a service's score; W_DENSE + W_LEX + W_KEYWORD = 1, so
the score stays in 0..1 and `min_score` reads the same whatever the mix. Dense carries most
because it alone understands paraphrase and the seven languages' summaries."""

W_LEX = 0.25
"""Weight (0..1) of BM25 relevance: exact German terms ("Meldebescheinigung") that dense
similarity blurs. Set with W_DENSE and W_KEYWORD on the dev and extra questions."""

W_KEYWORD = 0.20
"""Weight (0..1) of the documents' keyword lists: a question that names a service ("Perso",
"Hundesteuer") is pulled to it even when its wording is unlike the document's."""

KEYWORD_BASE = 0.6
"""Keyword strength (0..1) of a matched keyword before its length counts: any keyword named in
the question is worth at least this much, times its specificity."""

KEYWORD_PER_CHAR = 0.04
"""Keyword strength (0..1) added per character of the matched keyword, capped at 1:
"Reisepass" (9 characters) is worth 0.96, "Amt" 0.72, as long keywords rarely match by chance."""

FUZZY_CUTOFF = 86
"""rapidfuzz ratio (0..100) from which a misspelled word counts as a one-word keyword
("Fürungszeugnis" → "führungszeugnis" is 93); below it unrelated words of similar length
start to match. Set on the misspellings in the dev and extra questions."""

FUZZY_WEIGHT = 0.8
"""Keyword strength (0..1) of a fuzzy match per unit of similarity: a misspelled keyword counts
less than a correctly spelled one, so an exact keyword of another service still wins."""

# -- claim verification (kiosk/core/answer/verify.py) --

SUPPORT_MIN = 0.7
"""Share (0..1) of a generated sentence's content-word stems that its best source sentence
must contain; below it the sentence is dropped ("no source sentence says this"). Lower lets
the small model's paraphrases mix facts from two sentences; higher drops sound rephrasings.
The README's description of verification states it as 70 %."""

# -- language detection (kiosk/core/answer/lang.py) --

DETECT_CONFIDENCE = 0.5
"""lingua confidence (0..1) below which the detector gives way to the screen's language when
that language is among its two best guesses. Short questions ("Pass?") are ambiguous between
related languages; set on the short questions of the dev and extra sets."""
