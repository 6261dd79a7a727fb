"""Tuned numbers of the answer path: each with its meaning, its unit and how it was set.

These calibrate the models (embedder, BM25, keyword match, language detector, claim check) and
are not for admins: a change needs the quality run in docs/contributing.md ("Tuning answer
quality"). What an admin may set (`min_score`, `tie_margin`, …) is a field of
`kiosk.core.settings.Settings` instead, documented in the README's configuration table.

All were set by hand against tests/eval/dev.jsonl (which must stay at 100 %) and the project's
own question files tests/eval/extra_*.jsonl and citizen_tune.jsonl, never citizen_heldout.jsonl.
The retrieval numbers were checked by moving each one: over dev, extra and citizen_tune (309
questions, real embedder and index, no LLM) the values here give mode accuracy 95.5 %, service
top-1 97.4 %, facts 89.6 %; the figures below say what each move gave.
"""

from __future__ import annotations

# -- retrieval: fusing dense, lexical and keyword relevance (kiosk/core/knowledge/retrieval.py) --

DENSE_FLOOR = 0.80
"""Cosine similarity (e5, -1..1) that counts as dense relevance 0.

multilingual-e5-small puts even unrelated texts close together: for the dev questions the
right service's best passage has median cosine 0.92 (10 % below 0.885), the best wrong service's
0.875 (10 % above 0.90). The band DENSE_FLOOR..DENSE_CEIL is stretched linearly onto 0..1.
0.75 or 0.85 instead: mode accuracy 92.9 % or 93.5 % (top-1 97.0 % or 92.9 %)."""

DENSE_CEIL = 0.90
"""Cosine similarity (e5, -1..1) that counts as dense relevance 1: a clear match (most right
services reach it, see DENSE_FLOOR). 0.85 or 0.95 instead: mode accuracy 93.2 % or 94.5 %."""

LEX_SCALE = 6.0
"""BM25 score (bm25s units, 0..∞) that gives lexical relevance 1 - 1/e ≈ 0.63; relevance is
1 - exp(-bm25 / LEX_SCALE). The right service of a dev question scores median 3.8 (10 % below
2.3, 10 % above 6.2), relevance 0.47. 3 or 12 instead: top-1 97.8 % or 96.6 %, mode 95.5 % or
95.1 %: flat around here."""

W_DENSE = 0.55
"""Weight (0..1) of dense relevance in a service's score; W_DENSE + W_LEX + W_KEYWORD = 1, so
the score stays in 0..1 and `min_score` reads the same whatever the mix. Dense carries most
because it alone understands paraphrase and the seven languages' summaries. 0.10 moved from
lexical to dense or back: top-1 96.6 % either way; from keyword to dense: 97.8 %, back: 95.5 %."""

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
("fürungszeugnis" → "führungszeugnis" is 96.6); below it unrelated words of similar length
start to match. Set on the misspellings in the dev and extra questions."""

FUZZY_WEIGHT = 0.8
"""Keyword strength (0..1) of a fuzzy match per unit of similarity: a misspelled keyword counts
less than a correctly spelled one, so an exact keyword of another service still wins."""

SCATTERED_WEIGHT = 0.9
"""Keyword strength (0..1) of a phrase keyword whose words are all in the question but apart or
in another order ("Gebrauchtwagen gekauft, will ihn auf mich zulassen", "temporary German ID
card"), per unit of the strength it has when typed as it stands: a little less, so that an
exact phrase of another service still wins. Over dev, citizen_tune, citizen2_tune, extra_a–c and 24 own near-tie questions (488, LLM off) the value here
gives mode 487, top-1 397 of 398; 0.8: the same; 1.0: top-1 one less (citizen_tune), mode one
more (a Russian question typed in Latin letters passes min_score)."""

DISTINCT_WEIGHT = 0.5
"""Keyword strength (0..1) of a single word that only one service's keyword lines use
("zulassen", "araba"), before its specificity over the documents: a weak naming that decides
near ties between services the question does not name outright. 0.3 or 0.7: the same figures
as 0.5 on the 488 questions (see SCATTERED_WEIGHT): flat around here."""

DISTINCT_MIN_CHARS = 5
"""Length (0..∞ characters, after folding) from which a word of a keyword line can name its
service on its own; shorter words ("bar", "neu") are too often part of other questions. 4: the same figures; 6:
top-1 one less (extra_b: Turkish "araba" is five letters)."""

GERMAN_NAME_MIN_CHARS = 8
"""Length (0..∞ characters, after folding) from which a one-word German keyword typed in a
question in another language names its service at full strength ("taşındıktan sonra anmeldung
…"), not weakened by the other documents that mention it. Shorter German keywords are words of
other languages too (Polish "termin", "anonym"); 8 keeps "wohngeld", "abmelden", "ummeldung".
Not swept: chosen from the keyword lists (session 5)."""

GERMAN_NAME_MAX_DOCS = 10
"""Count (0..∞) of documents that may mention such a German keyword for it to count as a service's name:
"Anmeldung" is in 9, "Reisepass" in 10; "Personalausweis" (15) and "Bürgerbüro" (17) are papers
and offices most services deal with ("kein Termin im Bürgerbüro" in Arabic is the appointment's
question, not the list of offices: citizen2_tune gar028). Read off the counts (session 5)."""

NAMED_TIE = 0.1
"""Score difference (0..1) within which services are a near tie for retrieval's own rule: the
service whose keyword phrase the question names with the most words goes first
("Umzug … mein Auto ummelden": the car, not the address). 0.05: the same figures on the 488
questions (see SCATTERED_WEIGHT); 0.15: top-1 one less (citizen_tune)."""

NAMED_MIN_WORDS = 2
"""Words (0..∞) the named keyword phrase of a near tie's winner must have at least. 1 instead
lets one generic word decide ("Welche Zahlungsmittel akzeptiert das Bürgerbüro?" went to the
list of Bürgerbüros, not to payment): dev top-1 100 % → 97.7 %."""

NAMED_LEAD = 0.05
"""Score (0..1) by which the service a near tie's named phrase decided leads the former best:
more than the default `tie_margin` (0.04), so that the assistant's near-tie rule, which weighs
the kinds and options asked, does not undo what the question named outright. 0 instead:
top-1 two less on the 488 questions (see SCATTERED_WEIGHT)."""

# -- composition (kiosk/core/answer/compose.py) --

MAX_KINDS = 3
"""Count (0..∞) of asked fact kinds an answer covers, in the order asked. A question rarely asks
more; more lines would no longer be a short answer at a kiosk."""

MAX_FIRST_KIND = 4
"""Count (0..∞) of facts shown for the first kind asked: room for the four fee brackets of a
passport (adult, under 24, express, 48 pages) when the question states no condition."""

MAX_OTHER_KIND = 3
"""Count (0..∞) of facts shown for each further kind asked (and for the kinds the assistant
adds around a referral): a second part of a question gets a short answer, not a list."""

LEAD_MARGIN = 0.01
"""e5 cosine (0..1) by which one of several unconditioned facts of the asked kind must fit the
question better than the others to lead them ("Niederlassungserlaubnis: was kostet die?" puts
113 Euro before the residence permit's 100 Euro). Brackets of age or count are never reordered:
their condition decides. Same scale and value as RANK_MARGIN; the sibling permits lead by 0.014
(English) to 0.05 (Turkish). Not swept: read on the tune sets' answers (session 5)."""

SAID_SHARE = 0.6
"""Share (0..1) of a fact's German content words (stems of four letters or more) that one line
already shown may hold before the fact counts as said: an extra line that repeats the answer
("Verlust im Bürgerbüro melden, Diebstahl bei der Polizei" as the steps and again as the office)
is left out. Read on the tune sets' answers (session 5): the repeated office line shares 0.7 of
its words, lines that add a fact share at most 0.4."""

RANK_FLOOR = 0.88
"""e5 cosine (0..1) below which no fact clearly answers a question whose kind no lexicon word
names; the summary answers instead. Chosen by reading tune-set answers (session 3); not swept."""

RANK_MARGIN = 0.01
"""e5 cosine (0..1) by which the best fact must lead the next one for a question of unknown
kind, else the summary answers: two facts that fit equally well are no clear answer."""

EXTRA_FLOOR = 0.88
"""e5 cosine (0..1) a fact of a kind not asked must reach before it joins the answer as a
second part ("wie viele Kitas … und bis wann"); same scale and value as RANK_FLOOR."""

EXTRA_MARGIN = 0.01
"""e5 cosine (0..1) by which that extra fact must lead the other unasked facts: only a clearly
best one is added, never one of several equals."""

EXTRA_SLACK = 0.005
"""e5 cosine (0..1) the extra fact may lie below the best fact already shown: a line that fits
the question less well than the answer it joins is a needless line. Chosen by reading the tune
sets' and citizen3's answers (session 4); not swept."""

# -- sibling subjects (kiosk/core/knowledge/subjects.py) --

MIN_HEAD = 4
"""Letters (0..∞) a compound's last part must have to count as a word of its own ("pass",
"geld"): shorter endings are no words, and would make every compound a sibling of a service."""

MIN_WORD = 9
"""Letters (0..∞) a question word must have to be checked as a compound: at least a
five-letter first part before its head (MIN_HEAD)."""

COMMON = 3
"""Count (0..∞) of corpus documents that must use a word before it counts as the corpus' own
vocabulary and can no longer name a sibling subject."""

SAME_NAME = 80
"""rapidfuzz ratio (0..100) from which a question word is a spelling of a service's name
rather than another subject ("Fürungszeugnis" is the Führungszeugnis)."""

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
