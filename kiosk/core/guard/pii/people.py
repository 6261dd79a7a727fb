"""Personal names by their shape: capitalised words with titles, particles and degrees.

No list of names: a name is told by where it stands, right after "my name is" (in the kiosk's
languages) or right before another piece of personal data ("Erika Musterfrau, Tel. …").
"""

from __future__ import annotations

import itertools
import re

from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_GERMAN, STOPWORDS_RUSSIAN

from kiosk.core.guard.pii import cues

Span = tuple[int, int]


def _letters(test: str) -> str:  # pragma: no mutate block (runs at import)
    """A character class of the Latin, Greek and Cyrillic letters for which `test` holds."""
    chars = (chr(c) for c in range(0x41, 0x530))
    return "".join(re.escape(c) for c in chars if getattr(c, test)())


_UP, _LOW = _letters("isupper"), _letters("islower") + "'’ʼ"
# "Erika", "Hamann-Trupp", "McDonald", "O'Neill", "İmrihan", "Деревʼянко"; not "EU", "E-Mail".
# Also with the Arabic article or a kinship word before it: "al-Rashid", "el-Sayed", "ibn-Said".
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|abu|ibn|bin)-"
_WORD = (rf"(?<![\w-])(?:{_ARTICLE})?(?:[{_UP}]['’])?(?:[{_UP}][{_LOW}]+)+"
         rf"(?:-(?:[{_UP}][{_LOW}]+)+)*(?![\w-])")
# An initial inside a name: "Hans-J. Müller", "H.-Dieter Naser", "Klaus D. Schmidt"; not the
# "B." of a degree ("B.A.").
_INITIAL = (rf"(?<![\w-])(?:[{_UP}][{_LOW}]+-)?[{_UP}]\.(?![{_UP}]\.)(?:-[{_UP}][{_LOW}]+)?"
            r"(?![\w-])")
_PART = rf"(?:{_WORD}|{_INITIAL})"
_TITLE = (r"(?:Herr|Frau|Hr\.|Fr\.|Dr\.(?:\s?(?:med|jur|phil|rer\.\s?nat)\.)?|Prof\."
          r"|Univ\.\s?-?Prof\."
          r"|Dipl\.-\w+\.?|Ing\.|Mag\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Dame|[Pp]an|[Pp]ani"
          r"|Bay|Bayan|Sayın|Av\.|Arş\.\s?Gör\.|Doç\.|Öğr\.(?:\s?Gör\.)?|Uzm?\.|Yrd\.\s?Doç\."
          r"|Op\.|Çev\.|Okt\.|Dr|Mrs|Ms|Mr|г-н|г-жа|тов\.|[Гг]осподин|[Гг]оспожа|[Пп]ан|[Пп]ані"
          r"|[Пп]анна|[Дд]обродій(?:ка)?|д-р)")
_PARTICLE = (r"(?:von|van|de|der|den|du|zu|zur|vom|da|di|del|della|dos|la|le|el|al|bin|ibn|abu"
             r"|ter|ten|фон|ван|дер|ден|аль|эль|ибн|ібн|бин|بن|ابن|بنت|آل|أبو)")
_DEGREE = (r"(?:,?\s(?:B\.\s?(?:A|Sc|Eng|Ed)\.|M\.\s?(?:A|Sc|Eng|Ed)\.|MBA\.?|LL\.\s?[BM]\."
           r"|Ph\.\s?D\.?|PhD|Jr\.|Sr\.|MD|DDS|DVM|II|III|IV|MBE|OBE|CBE)(?!\w))")
# Two to four name words, or a title and at least one; particles between them.
NAME = re.compile(
    rf"(?:(?:{_TITLE}\s+)+{_PART}|{_PART}(?:\s+(?:{_PARTICLE}\s+)*{_PART}|(?={_DEGREE})))"
    rf"(?:\s+(?:{_PARTICLE}\s+)*{_PART}){{0,3}}{_DEGREE}*"
)
_ARABIC_WORD = r"[\u0621-\u065F\u066E-\u06D3]+"  # letters and their vowel marks
_ARABIC_TITLE = r"(?:السيد|السيدة|الآنسة|الأستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة)"
ARABIC_NAME = re.compile(rf"{_ARABIC_TITLE}(?:\s+{_ARABIC_WORD}){{1,4}}")
# Arabic has no capitals: two to four words right before a comma and the data.
_ARABIC_BEFORE = re.compile(rf"(?<!\S)((?:{_ARABIC_WORD}\s+){{1,3}}{_ARABIC_WORD})\s*[،,]\s*$")
_ARABIC_AFTER_CUE = re.compile(rf"{_ARABIC_WORD}(?:\s+{_ARABIC_WORD}){{1,2}}")

# Function words start sentences capitalised ("Meine Ausweisnummer", "Rufen Sie …"): they
# are never part of a name. The lists are bm25s' (Snowball's), which retrieval uses too; not
# the Turkish one, whose "ben" ("I") is an English first name (Turkish has no capitalised nouns).
_FUNCTION_WORDS = frozenset((*STOPWORDS_GERMAN, *STOPWORDS_EN_PLUS, *STOPWORDS_RUSSIAN))
# "Standesamt Düsseldorf", "Zentrales Bürgerbüro": German compounds ending in an institution.
_INSTITUTION = re.compile(r"(?:amt|ämter|büro|behörde|stelle|zentrum|verwaltung|rathaus|gericht"
                          r"|kasse|schule|center|ministerium|agentur|kammer)$")
# One letter ("A" in "B.A.") is no function word, nor is part of a double name ("Allen-Thomas").
_POLITE = frozenset({"sie", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "ihnen"})
_TOKEN = re.compile(r"(?<![\w-])[^\W\d_]{2,}(?![\w-])")

_AFTER_CUE = re.compile(r"\s*[:,—–-]?\s*")
# What may stand between a name and the data it belongs to: punctuation, lower-case words
# ("in der", "wohnhaft in") and the data's labels ("Tel.", "geb.", "E-Mail:").
_LABELS = re.compile(
    r"(?<!\w)(?:Tel|Telefon|Tel\.-?Nr|Handy|Mobil|Mob|Fax|Rufnummer|Phone|Mobile|Cell"
    r"|E-?Mail|Mail|IBAN|Konto|Kontonummer|Adresse|Anschrift|Address|Geb|Nr|No)\.?:?(?!\w)",
)
_GAP_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")
_GAP_PUNCTUATION = re.compile(r"[\s,:;()–—/،؛-]*")
MAX_GAP = 40


def _lower_function_words(text: str) -> str:
    """`text` with function words and institutions in lower case where no name goes on (same
    length, so spans stay valid). A capitalised function word starts a sentence ("Meine
    Ausweisnummer …") or is the polite "Sie"; after a name word it is a surname ("Anders",
    "Allen"), and stays."""
    view = list(text)
    after_capital = False
    end = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        small = word.lower()
        continues = after_capital and not text[end:match.start()].strip()
        if len(small) == len(word) and (
                _INSTITUTION.search(small) or small in _POLITE
                or (small in _FUNCTION_WORDS and not continues)):
            view[match.start():match.end()] = small
        after_capital = view[match.start()].isupper()
        end = match.end()
    return "".join(view)


# Words of a name in any case: letters (Arabic with its vowel marks), also joined by a hyphen
# or an apostrophe ("heinz-gerd", "o'neill", "الدّين"); two letters at least.
_LETTERS = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036F\u064B-\u065F\u0670'’ʼ])+"
_ANY_WORD = rf"{_LETTERS}(?:-(?:{_LETTERS}|[^\W\d_]\.))*"  # "heinz-gerd", "hans-j."
_WORDS_AFTER = re.compile(rf"[\s:,،—–-]*({_ANY_WORD}(?:\s+{_ANY_WORD}){{0,4}})")
_PARTS = re.compile(r"[^\s.-]{2,}")  # the words of a name, without initials
_NAME_WORD = re.compile(_ANY_WORD)  # one word of `_WORDS_AFTER`, with its place in the text
_SPACES = re.compile(r"[^\S\n]+")
_PARTICLE_WORD = re.compile(_PARTICLE)
# Particles mark a name even typed in lower case ("nadia van der berg", "omar al rashid",
# "maria da silva"), all but the articles ("der", "la") on their own. After "I am" not those
# that are words of that language too: German "ich bin mutter von zwei kindern", "lehrer von
# beruf", "oft da drin"; English "ten"; Turkish "ben de", "burada da", "sol el", "iki bin";
# Polish "ten sam"; Russian "фон". After "my name is" they are a name's.
_LEAD_PARTICLE = re.compile(rf"(?!(?:der|den|la|le|zur|дер|ден)$){_PARTICLE}", re.IGNORECASE)
_OWN_WORDS = tuple(
    (re.compile(cue, re.IGNORECASE), re.compile(words, re.IGNORECASE))
    for cue, words in ((r"ich\s+bin|hier\s+(?:ist|spricht)", r"von|vom|zu|da|du|bin"),
                       (r"i\s+am|i['’]m|this\s+is", r"ten|bin"), (r"ben", r"de|da|el|al|bin|ter"),
                       (r"jestem", r"ten|da"), (r"я", r"фон")))
_NO_WORDS = re.compile(r"(?!)")  # after "my name is" no particle is a word of the language
_ARTICLE_WORD = re.compile(rf"{_ARTICLE}{_LETTERS}", re.IGNORECASE)  # "al-rashid"
# After a second surname only the end of the phrase or "and": "maria da silva santos, …".
_NAME_END = re.compile(r"\s*(?:$|[^\w\s]|(?:und|and|i|и|і|ve|oraz|و)(?!\w))", re.IGNORECASE)
# Only punctuation between a name and the date or street right behind it.
_TIGHT = re.compile(r"[\s,،;:(–—-]*")
_TITLED = re.compile(rf"(?:{_TITLE})\s")
_MAX_CUE_TO_DATA = 80


def _could_be_name(words: list[str], known: frozenset[str]) -> bool:
    """Whether words of any case may be a name: none of them a word that leads a date
    ("seit", "od", "منذ") or a cue ("geboren", "wohne"); the first no word of the city's own
    texts ("Termin Montag"); no function word before the last but a particle ("ich bin seit
    …", "ich bin der neue …", but "nadeshda van der dussen", "peter von berg"); a last name
    may be one ("ralph anders", "charlene allen")."""
    last = len(words) - 1
    return words[0].lower() not in known and all(
        (0 < i < last and _PARTICLE_WORD.fullmatch(word)) or (
            (i == last or word.lower() not in _FUNCTION_WORDS)
            and not cues.DATE_LEAD.fullmatch(word) and not cues.ANY.search(word))
        for i, word in enumerate(words))


def _lower_case_after(cue_end: int, text: str, end: int | None, weak: bool,
                      known: frozenset[str]) -> Span | None:
    """One to five words of any case after a cue ("فهد بكر بن عبد مناة"); with `end`, they must
    reach it, else the first two are taken. After a `weak` cue ("I am", "я") they must be two
    at least, the first no word of the city's texts."""
    words = _WORDS_AFTER.match(text, cue_end, len(text) if end is None else end)
    if not words:
        return None
    # Each word with its place in `text`, so that the span holds however many spaces stand
    # between them ("ich heiße anna  berg").
    names = list(_NAME_WORD.finditer(text, words.start(1), words.end(1)))
    if end is not None:
        # The words right up to the data: "я олена коваленко 12.03.1987".
        if not _TIGHT.fullmatch(text, words.end(), end):
            return None
    else:
        names = names[:2]
    # After "my name is" a name follows, whatever words: "willi" is a street's name too.
    if len(names) < 1 + weak or not _could_be_name(
            [part for name in names for part in _PARTS.findall(name.group())],
            known if weak else frozenset()):
        return None
    return names[0].start(), names[-1].end()


def before_data(text: str, start: int, known: frozenset[str] = frozenset(),
                self_named: bool = True) -> Span | None:
    """A name right before a birth date or a street at `start`: capitalised words whose first
    is no word of the city's own texts ("Ayse Yilmaz 03.07.1988", not "Termin Montag …"),
    or words of any case right after "my name is" and, if `self_named`, after "I am", "я",
    "ben" ("я олена коваленко 12.03.1987")."""
    view = _lower_function_words(text)
    for name in NAME.finditer(view, max(0, start - _MAX_CUE_TO_DATA), start):
        if _TIGHT.fullmatch(text, name.end(), start) and (
                _TITLED.match(name.group())
                or _could_be_name(_PARTS.findall(name.group())[:1], known)):
            return name.span()
    for pattern in (cues.NAME, cues.NAME_AR, cues.SELF):
        for cue in pattern.finditer(text, max(0, start - _MAX_CUE_TO_DATA), start):
            weak = cues.SELF.fullmatch(cue.group()) is not None
            if (self_named or not weak) and (
                    span := _lower_case_after(cue.end(), text, start, weak, known)):
                return span
    return None


def _ends_name(i: int, word: str, known: frozenset[str]) -> bool:
    """Whether the `i`-th word after "I am" is no longer part of the name: a function word,
    a cue ("wohnhaft", "geboren") or a word that leads a date ("seit"); from the third on
    also a word of the city's own texts ("ich bin jana wolff möchte …")."""
    small = word.lower()
    return (small in _FUNCTION_WORDS or cues.ANY.search(word) is not None
            or cues.DATE_LEAD.fullmatch(word) is not None or (i >= 2 and small in known))


def _words_from(text: str, start: int) -> list[re.Match[str]]:
    """The words of any case from `start` on, as long as only spaces stand between them."""
    words = []
    while word := _NAME_WORD.match(text, start):
        words.append(word)
        start = word.end()
        if not (space := _SPACES.match(text, start)):
            break
        start = space.end()
    return words


def _particle_name(text: str, start: int, known: frozenset[str], words_too: re.Pattern[str]
                   ) -> Span | None:
    """Words of any case from `start` with particles between them: one or two first names,
    the particles (or "al-" on the surname), one or two surnames ("nadia van der berg",
    "maria da silva santos", "omar al-rashid"). One particle is no article nor of
    `words_too`; no other word is a function word, a cue, a word that leads a date or a word
    of the city's own texts."""
    spans = _words_from(text, start)
    words = [w.group() for w in spans]

    def plain(word: str) -> bool:
        small = word.lower()
        return (not _PARTICLE_WORD.fullmatch(small) and small not in _FUNCTION_WORDS
                and small not in known and not cues.DATE_LEAD.fullmatch(word)
                and not cues.ANY.search(word) and not _ARTICLE_WORD.fullmatch(word))

    given = len(list(itertools.takewhile(plain, words[:2])))
    run = len(list(itertools.takewhile(lambda w: _PARTICLE_WORD.fullmatch(w.lower()),
                                       words[given:])))
    last = given + run  # the surname
    if not given or last >= len(words):
        return None
    if run:
        if not plain(words[last]) or not any(
                _LEAD_PARTICLE.fullmatch(p) and not words_too.fullmatch(p)
                for p in words[given:last]):
            return None
    elif not _ARTICLE_WORD.fullmatch(words[last]):  # "omar al-rashid"
        return None
    # A second surname only where the name ends: "maria da silva santos, …"
    if (last + 1 < len(words) and plain(words[last + 1])
            and _NAME_END.match(text, spans[last + 1].end())):
        last += 1
    return spans[0].start(), spans[last].end()


def particle_names(text: str, known: frozenset[str] = frozenset()) -> list[Span]:
    """Names with particles after "my name is", "I am" and the like, in any case, without
    other personal data: "ich bin nadia van der berg und brauche …", "my name is omar al
    rashid". After "I am" only the particles that are no word of the language besides."""
    found = []
    for pattern in (cues.NAME, cues.NAMED, cues.SELF, cues.NAME_AR):
        for cue in pattern.finditer(text):
            words_too = next((words for language, words in _OWN_WORDS
                              if language.fullmatch(cue.group())), _NO_WORDS)
            start = _AFTER_CUE.match(text, cue.end()).end()
            if span := _particle_name(text, start, known, words_too):
                found.append(span)
    return found


def _self_words(text: str, start: int, known: frozenset[str]) -> list[re.Match[str]]:
    """The words after "I am" up to the first that ends a name (`_ends_name`), but for
    particles after a first one ("ich bin peter von berg, tel. …"); `after_self` drops the
    particles at the end."""
    names: list[re.Match[str]] = []
    for word in _words_from(text, start):
        if not (names and _PARTICLE_WORD.fullmatch(word.group().lower())) and _ends_name(
                len(names), word.group(), known):
            break
        names.append(word)
    return names


def after_self(text: str, known: frozenset[str] = frozenset()) -> list[Span]:
    """In a question with personal data, the words of any case after "I am", "я", "ben" up
    to the first function word or cue, two to four of them (first names and a surname), and
    the particles between them: "ich bin jana wolff und wohne …", "ich bin jana maria luise
    wolff, …", "ich bin peter von der heide, tel. …"."""
    found = []
    for cue in cues.SELF.finditer(text):
        if words := _WORDS_AFTER.match(text, cue.end()):
            names = _self_words(text, words.start(1), known)
            plain = [n for n in names if not _PARTICLE_WORD.fullmatch(n.group().lower())][:4]
            names = names[:names.index(plain[-1]) + 1] if plain else []
            if len(plain) >= 2 and _could_be_name(
                    [part for name in names for part in _PARTS.findall(name.group())],
                    frozenset()):
                found.append((names[0].start(), names[-1].end()))
    return found


def after_cues(text: str) -> list[Span]:
    """Names right after "my name is", "ich heiße", "меня зовут", "اسمي" and the like."""
    found = []
    view = _lower_function_words(text)
    for cue in cues.NAME.finditer(text):
        start = _AFTER_CUE.match(text, cue.end()).end()
        if name := NAME.match(view, start):
            found.append(name.span())
    # After "меня зовут", "ich heiße" a name stands in any case: "меня зовут ирина петрова".
    for cue in cues.NAMED.finditer(text):
        if span := _lower_case_after(cue.end(), text, None, False, frozenset()):
            found.append(span)
    for cue in cues.NAME_AR.finditer(text):
        if name := NAME.match(view, cue.end()) or _ARABIC_AFTER_CUE.match(text, cue.end()):
            found.append(name.span())
    return found + [m.span() for m in ARABIC_NAME.finditer(text)]


def _joins(gap: str) -> bool:
    """Whether a name and the data after it belong together across `gap`: punctuation, labels
    and up to four lower-case words; one capitalised word may stand right before the data,
    as the first part of a street named after someone ("Heinz Dieter-Schmidt-Gasse")."""
    if len(gap) > MAX_GAP:
        return False
    rest = cues.BIRTH.sub(" ", _LABELS.sub(" ", gap))
    words = _GAP_WORD.findall(rest)
    if words and words[-1][0].isupper() and rest.endswith(words[-1] + " "):
        words.pop()
    letters = _GAP_WORD.sub("", rest)
    return (len(words) <= 4 and all(w[0].islower() for w in words)
            and _GAP_PUNCTUATION.fullmatch(letters) is not None)


def before(text: str, spans: list[Span]) -> list[Span]:
    """Names standing right before one of `spans` (an address, a phone number, …)."""
    found = []
    # The data itself is blanked out, so that a name never runs into a street's name.
    view = list(_lower_function_words(text))
    for start, end in spans:
        view[start:end] = "\u2588" * (end - start)
    for name in NAME.finditer("".join(view)):
        if any(name.end() <= start and _joins(text[name.end():start]) for start, _ in spans):
            found.append(name.span())
    for start, _ in spans:
        if arabic := _ARABIC_BEFORE.search(text, max(0, start - MAX_GAP * 2), start):
            found.append(arabic.span(1))
    return found
