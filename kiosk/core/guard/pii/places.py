"""Street addresses by their shape in the kiosk's languages, and the key that compares them."""

from __future__ import annotations

import re

Span = tuple[int, int]

_UPPER = "A-ZÄÖÜÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_CAP = rf"[{_UPPER}][\w'’ʼ.-]*"  # a capitalised word ("Mike-Dehmel-Allee", "St.")
_WORDISH = r"[^\W\d_][\w'’ʼ.-]*"  # any word (Polish and Cyrillic street names)

# House numbers: "12", "5a", "7 b", "9/7", "26-83", "178-180"; not an amount, a time, a size.
_HOUSE = (r"\d{1,4}(?:\s?[a-zA-Z](?!\w))?(?:\s?[-/–]\s?\d{1,4}(?:\s?[a-zA-Z](?!\w))?)?"
          r"(?!\w|[.,:]\d|\s?(?:€|%|Euro|EUR|Uhr|Jahre|km|Minuten|Min\.|Tage|Wochen|Monate"
          r"|Personen|Stück|Hunde|Kinder|Zimmer|Räume|qm|m²)(?!\w))")

_NOT_A_UNIT = r"(?!(?:€|%|Euro|EUR|Uhr|Jahre|Tage|Wochen|Monate|Personen|Kinder|Years|Days)\b)"
_DE_TYPES = (r"straße|strasse|str\.?|weg|allee|ring|platz|gasse|ufer|damm|chaussee|pfad|steig"
             r"|stieg|wall|graben|markt|kamp|promenade|twiete|deich")
_DE_TYPE_WORDS = (r"Straße|Strasse|Str\.|Weg|Allee|Ring|Platz|Gasse|Ufer|Damm|Chaussee|Pfad"
                  r"|Steig|Wall|Graben|Markt|Landstraße|Promenade|Deich")
# "Am Wehrhahn 3", "An der Kirche 5", "Auf dem Hügel 2": the street is named after a place.
_DE_PLACE_STREET = (r"(?:Am|An\sde[rmn]|Auf\sde[rmn]|Im|In\sde[rn]|Zum|Zur|Unter\sden"
                    r"|Hinter\sde[rm]"
                    r"|Vor\sdem|Bei\sder|Beim|am|an\sde[rmn]|auf\sde[rmn]|zum|zur)")
# Months and weekdays are no street names ("am Montag 12", "im Mai 15").
_NOT_A_PLACE = (r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
                r"|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag"
                r"|Sonntag|Wochenende|Jahr|Alter|Raum|Zimmer|Schalter|Monat|Tag)\b)")
# The thoroughfare types of English addresses: USPS Publication 28 (appendix C1), which
# British addresses share, plus Britain's own (Close, Gate, Wharf, …) and the usual abbreviations.
_EN_TYPES = (r"Alley|Avenue|Ave\.?|Branch|Bridge|Brooks?|Burgs?|Bypass|Camp|Canyon|Cape|Causeway"
             r"|Centers?|Centres?|Circles?|Cliffs?|Close|Club|Common|Corners?|Cottages|Course"
             r"|Courts?|Ct\.?|Coves?|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam"
             r"|Divide|Drives?|Dr\.?|Embankment|Estates?|Expressway|Extensions?|Falls?|Ferry"
             r"|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Gardens?|Gate|Gateway"
             r"|Glens?|Greens?|Groves?|Harbou?rs?|Haven|Heights|Highway|Hwy\.?|Hills?|Hollow"
             r"|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lane|Ln\.?"
             r"|Lights?|Loaf|Locks?|Lodge|Loop|Mall|Manors?|Meadows?|Mews|Mills?|Mission"
             r"|Motorway|Mount|Mountains?|Neck|Orchard|Oval|Overpass|Parade|Parks?|Parkways?"
             r"|Pass|Passage|Path|Pike|Pines?|Place|Pl\.?|Plains?|Plaza|Points?|Ports?|Prairie"
             r"|Quay|Radial|Ramp|Ranch|Rapids?|Rest|Ridges?|Rise|River|Roads?|Rd\.?|Route|Row"
             r"|Rue|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares?|Sq\.?|Station|Stravenue"
             r"|Stream|Streets?|St\.?|Summit|Terrace|Throughway|Trace|Track|Trafficway|Trail"
             r"|Tunnel|Turnpike|Underpass|Unions?|Valleys?|Via|Viaduct|Views?|Villages?|Villas"
             r"|Ville|Vista|Walks?|Wall|Ways?|Wells?|Wharf|Yard|Boulevard|Blvd\.?|Broadway")
_EN_UNIT = r"(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite)\s\d{1,4}[A-Za-z]?"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?!\w)"
_PL_TYPES = r"(?i:ul\.|ulica|ulicy|al\.|aleja|alei|pl\.|plac|placu|os\.|osiedle|skwer)"
_CYR_TYPES = (r"(?i:вул\.|вулиця|вулиці|просп\.|проспект|пров\.|провулок|бульв\.|бульвар"
              r"|пл\.|площа|шосе|наб\.|набережна|узвіз|майдан|алея|парк|ул\.|улица|улице"
              r"|пр\.|пр-т|пер\.|переулок|бул\.|ш\.|шоссе|набережная|площадь|проезд|тупик"
              r"|мкр\.?|мікрорайон|микрорайон|сквер|алл\.|аллея|линия|тракт)")
_CYR_HOUSE = (rf",?\s?(?:(?:буд\.|будинок|д\.|дом)\s?)?{_HOUSE}"
              r"(?:,?\s?(?:кв\.|к\.|корп\.|стр\.|квартира)\s?\d{1,4})*")
_TR_TYPES = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Mah\.|Mahallesi|Bulvarı|Blv\.)"
# Typed all in lower case, only the types that end no other word: "lindenstraße 14",
# "kölner str. 12", "12 baker street", "kurt sok. no: 5".
_LOW = "a-zäöüßçğıişş"
_DE_LOW_TYPES = r"straße|strasse|str\.?|allee|gasse|weg|platz|damm|ufer|chaussee"
_EN_LOW_TYPES = (r"street|road|avenue|lane|drive|close|crescent|terrace|gardens|square|place"
                 r"|court|boulevard|st|rd|ave")
_TR_HOUSE = r",?\s?(?:(?i:no)\s?[:.]?\s?)?\d{1,4}[a-zA-Z]?(?:/\d{1,3})?"

STREET = re.compile(
    "|".join((
        # Gumprichstraße 2817, Seifertstr. 793, and "Jutta-Dussen van-Allee 41" (a particle).
        # The type alone is no street: "mein Ausweis ist weg 0176 …".
        rf"(?<!\w){_CAP}(?:\s[a-z]+-)?(?i:{_DE_TYPES})\s?{_HOUSE}",
        rf"(?<!\w)(?:{_CAP}\s){{1,3}}(?:{_DE_TYPE_WORDS})\s?{_HOUSE}",  # Erkrather Straße 377
        rf"(?<!\w){_DE_PLACE_STREET}\s{_NOT_A_PLACE}(?:{_CAP}\s){{0,2}}{_CAP}\s\d{{1,3}}"
        rf"(?:\s?[a-zA-Z](?!\w))?(?:\s?[-/]\s?\d{{1,3}})?(?!\w|[.,:]\d|\s?(?:Uhr|€|Euro)\b)",
        rf"(?<!\w)(?:{_EN_UNIT},?\s)?\d{{1,5}}[A-Za-z]?\s(?:{_CAP}\s){{1,3}}(?:{_EN_TYPES})"
        rf"(?!\w)(?:,?\s{_EN_UNIT})?",  # 221B Baker Street, 78 Wood Street Apt. 704
        rf"(?<!\w){_EN_UNIT},?\s(?:{_CAP}\s){{0,2}}{_CAP}(?!\w)",  # Flat 5, Smith Road
        # Any street name right before a town and a British postcode: 17 Jones Light, S6 7LJ
        rf"(?<!\w)\d{{1,5}}[A-Za-z]?\s(?:{_CAP}\s){{0,2}}{_CAP}"
        rf"(?=,?\s(?:{_CAP}\s){{0,2}}{_UK_POSTCODE})",
        rf"(?<!\w){_PL_TYPES}\s(?:{_WORDISH}\s){{1,4}}{_HOUSE}",  # ul. Kwiatowa 12/3
        rf"(?<!\w){_CYR_TYPES}\s(?:[\w'’ʼ.-]+\s?){{1,4}}{_CYR_HOUSE}",  # вул. Шевченка, буд. 5
        rf"(?<!\w)(?:{_CAP}\s){{1,3}}{_TR_TYPES}(?:\s(?:{_CAP}\s){{1,2}}{_TR_TYPES})?,?\s?"
        r"(?:No\s?[:.]?\s?)?\d{1,4}[a-zA-Z]?(?:/\d{1,3})?(?:\s?(?:D|Daire|Kat)\s?[:.]?\s?\d{1,3})*",
        rf"(?<![\w-])[{_LOW}][{_LOW}-]*(?:{_DE_LOW_TYPES})\s?{_HOUSE}",  # lindenstraße 14
        rf"(?<![\w-])[{_LOW}]+er\s(?:{_DE_LOW_TYPES})\s?{_HOUSE}",  # kölner str. 12
        rf"(?<!\w)\d{{1,5}}[a-z]?\s(?:[{_LOW}]+\s){{1,3}}(?:{_EN_LOW_TYPES})(?!\w)",
        rf"(?<!\w)(?:[{_LOW}]+\s){{1,2}}(?i:{_TR_TYPES}){_TR_HOUSE}",  # kurt sok. no: 5
        rf"(?<!\w)(?:شارع|ش\.)\s?(?:[\u0621-\u064A]+\s){{1,3}}\d{{1,4}}(?!\w)",  # شارع الملك فهد 12
    ))
)
# After a cue such as "I live at", "mieszkam przy": a number and capitalised words is enough.
LOOSE_STREET = re.compile(
    # 17 Jones Light; five digits and a town are a postcode ("wohnhaft 40211 Düsseldorf")
    rf"\d{{1,4}}[A-Za-z]?,?\s{_NOT_A_UNIT}(?:{_CAP}\s?){{1,3}}(?<!\s)"
    # Kwiatowa 12; not a town and a year ("wohnen in Düsseldorf 2026 teurer?")
    rf"|(?:{_CAP}[ -]){{0,2}}{_CAP}\s(?!(?:19|20)\d\d(?!\d)){_HOUSE}"
)

# A postcode and a city right after the street ("…, 46564 Düsseldorf", "…, 98-786 Warszawa",
# "…, Claretown S6 7LJ"); kept in the address's span so that masking removes it too.
TAIL = re.compile(
    rf"(?:,\s?|\s)(?:(?:D-?\s?)?\d{{5}}|\d{{2}}-\d{{3}}|\d{{6}})(?!\d)"
    rf"(?:\s{_CAP}(?:[ -]{_CAP}){{0,2}})?"
    rf"|(?:,\s?|\s)(?:{_CAP}\s){{0,2}}{_UK_POSTCODE}(?:\s{_CAP}(?:\s{_CAP})?)?"
)

_RANGE = re.compile(r"(\d+)(?:\s?[a-zA-Z](?!\w))?(?:\s?[-–]\s?(\d+))?")
_SPELLINGS = (("strasse", "straße"), ("str.", "straße"))
_LEADING_LOWER = re.compile(
    r"^(?:in|auf|an|bei|unter|hinter|vor|aus|von|nach)\s(?:der|dem|den|die|das)\s", re.IGNORECASE)
_MIN_STREET = 8
_NOT_LETTERS = re.compile(r"[\W\d_]+")

Address = tuple[str, int, int]
"""A street, compared regardless of spelling, and the first and last house number."""


def streets(text: str) -> list[tuple[int, int, int]]:
    """Street addresses by shape: start, end of the street and number, end with the postcode
    and city that follow it (kept in the span, so that masking removes them too)."""
    found = []
    for match in STREET.finditer(text):
        tail = TAIL.match(text, match.end())
        found.append((match.start(), match.end(), tail.end() if tail else match.end()))
    return found


def key(street: str) -> Address:
    """The street without case, spaces, hyphens or the "Str."/"Straße" spelling, and its house
    numbers: "Erkrather Straße 377-389" covers 377 to 389."""
    # A preposition of the sentence ("in der", "auf der") is no part of the street's name.
    name = _LEADING_LOWER.sub("", street).lower()
    for spelling, canonical in _SPELLINGS:
        name = name.replace(spelling, canonical)
    number = _RANGE.search(street)  # every street shape has its house number
    low = int(number.group(1))
    high = int(number.group(2) or low)
    return _NOT_LETTERS.sub("", name), low, high


def _same_street(one: str, other: str) -> bool:
    """Equal, or one ends the other ("Bürgerbüro Aachener Straße" / "Aachener Straße"), as
    long as the shorter is more than a street type ("Straße" alone names no street)."""
    shorter, longer = sorted((one, other), key=len)
    return longer.endswith(shorter) and len(shorter) >= _MIN_STREET


def covered(address: Address, public: frozenset[Address]) -> bool:
    """Whether the address is one the city publishes (its house number within theirs)."""
    street, number, _ = address
    return any(_same_street(street, other) and low <= number <= high
               for other, low, high in public)
