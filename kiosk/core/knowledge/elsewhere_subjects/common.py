"""Word classes several subjects share, and the shape of one subject."""

from __future__ import annotations

from dataclasses import dataclass

# Word classes several subjects share.
FS = r"f(?:ue|u)h?r(?:er)?sch(?:ei|ie)n"  # Führerschein, Fuehrerschein, Fürerschein, Führerschien
DL = r"(?:driving|driver'?s|drivers) licen[cs]e"
BUERGERGELD = (r"b(?:ue|u)rger ?geld|jobcenter|hartz|alg ?(?:ii|2)\b|arbeitslosengeld ?(?:ii|2)\b"
               r"|grundsicherung|regelsatz|regelbedarf|citizen'?s income")
CITY_TAXES = (r"hunde?steuer|grundsteuer|beherbergung|steueramt|hotel|dog tax|property tax|k(?:ö|o)pek"
              r"|emlak|konaklama|собак|нерухом|недвижим|туристичн|туристическ|проживан|psa\b|nieruchom"
              r"|nocleg"
              r"|turystyczn|الكلاب|العقار|(?:ال)?اقامه")
ANIMALS = (r"hund|\bdog|\bcat\b|katze|tierheim|shelter|animal|k(?:ö|o)pe|kedi|hayvan|собак|пес\b|кішк"
           r"|кіт\b|кошк|кот\b|тварин|животн"
           r"|\bpsa\b|\bpies|kot\b|kota\b|zwierz|schronisk|كلب|قط|حيوان|ملجا")
# Words that name one of the corpus' own services: a question naming one is about it, even when it
# mentions another authority on the way ("Geburtsurkunde für das Kindergeld", "Kopie beglaubigen
# für die Krankenkasse", "Gewerbe anmelden: bekommt das Finanzamt Bescheid?").
OURS = (r"beglaubig|lebens ?bescheinigung|lebensnachweis|melde ?bescheinigung|melde ?best(?:ae|a)tigung"
        r"|(?:geburts|heirats|ehe|sterbe|personenstands)urkunde|f(?:ue|u)hrungszeugnis"
        r"|(?:wohnsitz|wohnung|adresse|zweitwohnsitz|nebenwohnsitz|nebenwohnung) ?(?:an|um"
        r"|ab)(?:zu)?meld|ummeld"
        r"|gewerbe ?(?:an|um|ab)meld|aufenthalts ?(?:titel|erlaubnis)|niederlassungserlaubnis|einb(?:ue"
        r"|u)rger(?!ungs ?test)"
        r"|eltern ?gel[dt]|b(?:ue|u)rger ?geld|jobcenter|wohn ?geld|hunde?steuer|grundsteuer"
        r"|beherbergungs ?steuer"
        r"|rundfunk ?beitrag|\bgez\b|schwerbehinderten ?ausweis|briefwahl|wahlschein|sperrm(?:ue|u)ll"
        r"|fundb(?:ue|u)ro"
        r"|\bkita\b|kitaplatz|kindergarten|krippe|certified copy|proof of address|birth certificate"
        r"|marriage certificate|residence permit|postal vote")
EXCHANGE = r"umtausch|umzutausch|tauschen|exchange|degisim|değişim|обмін|обмен|wymian|تبديل|استبدال"
VEHICLE_REG = r"sepa|lastschrift|mandat|zulass|registration|register a car|tescil|реєстрац|регистрац" \
              r"|rejestrac|تسجيل"


@dataclass(frozen=True)
class Subject:
    """One subject: its key, the body's name per language, its word class per language, the words
    that make a question the corpus' own again (`unless`), and whether the body is plural."""

    key: str
    names: dict[str, str]
    patterns: dict[str, str]
    unless: str = ""
    plural: bool = False
    guarded: bool = True  # False: a word of OURS does not make the question the corpus' own


_S = Subject
