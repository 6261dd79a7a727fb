"""German: the words the core understands and its fixed answer lines (umlauts also match ae/a)."""

UMLAUTS = True  # "gebühr", "gebuehr" and "gebuhr" all match

KINDS = {
    "cost": r"kost|gebühr|preis|teuer|teur|billig|günstig|bezahl|zahlen|zahle ich|zahlt man|€|euro"
            r"|umsonst|kostenlos|gratis|steuersatz|wie ?viel (?:ist|sind|muss|zahl)|betrag|tarif"
            r"|bußgeld|strafe|\bbuße|wie ?viel(?!e\b|en\b| zeit| jahre| tage| wochen| monate)|wie hoch",
    "amount": r"(?:bekomm|bekäm|erhalt|krieg|gibt es|gibts)\w*.{0,30}(?:geld|euro|wie ?viel|höhe)"
              r"|wie ?viel \w*(?:geld|elterngeld|wohngeld|bürgergeld)|höhe de|regelsatz|regelbedarf",
    "payment": r"\bbar\b|bargeld|in bar|ec.?karte|girocard|kreditkarte|mit karte|kartenzahlung"
               r"|zahlungsart|(?:be)?zahlen mit|mit \w+ (?:be)?zahlen|\braten\b|fällig|überweis|lastschrift"
               r"|apple pay|amex|american express|visa|mastercard|paypal",
    "documents": r"unterlag|mitbring|mitnehm|mitzubringen|dokument|nachweis|papiere|was brauch"
                 r"|welche \w*\s?(?:sachen|papiere)|benötig|vorleg|formular|foto|lichtbild|reicht|genügt"
                 r"|mitkommen|dabei sein|begleit|anwesend",
    "where": r"\bwo\b|wohin|adresse|anschrift|zuständig|welche[sm]? (?:amt|büro|stelle|behörde)"
             r"|hingehen|standort|bei wem",
    "online": r"online|internet|digital|von zu ?hause|per app|elektronisch|webseite|website|portal",
    "duration": r"am schnellsten|schnellste|wie viele (?:monate|wochen|jahre) (?:\w+ ){0,3}(?:bekomm|krieg|erhält|erhalt|gezahlt|zahlt|gibt)"
                r"|dauer|bearbeitungszeit|wie lange(?!.{0,25}(?:gilt|gültig|zeit))|wie schnell|wartezeit|wann (?:ist|wird|bekomm|krieg|kommt)"
                r"\w*.{0,25}(?:fertig|da)\b|fertig",
    "validity": r"gültig|läuft .{0,20}ab|ablaufdatum|wie lange .{0,20}gilt|gilt (?:er|sie|es|der|die|das)"
                r" \w*\s?(?:\w+ )?(?:lange|jahre)",
    "deadline": r"frist|bis wann|wie ?lange .{0,15}zeit|wie viel zeit|spätestens|zu spät|verspät"
                r"|wann muss|innerhalb welcher|deadline|wie früh|frühestens",
    "eligibility": r"wer (?:kann|darf|muss|bekommt|hat)|anspruch|voraussetzung|berechtigt"
                   r"|brauche? ich (?:einen|eine|das|den|überhaupt)|muss ich (?:mich|das|einen|eine)"
                   r"|(?:staatsangehörigkeit|staatsbürgerschaft|pass) (?:\w+ )?behalten"
                   r"|doppelte staats|doppelpass|mehrfache staats"
                   r"|grenze|nach wie ?viel(?:en)? jahren|wie ?viele jahre (?:\w+ )?(?:wohnen|leben|hier|in deutschland)"
                   r"|ab wie ?viel(?:en)? jahren|wie alt|ab \d+ jahren"
                   r"|darf ich|ab wann|ab welchem alter|mindestalter|bedingung|bekomme ich (?:das|es)"
                   r"|gibt es (?:noch|den|die|das|ihn|sie)\b|noch möglich"
                   r"|(?:kann|darf) (?:ich|man) (?:\w+ ){0,3}(?:noch|überhaupt)\b",
    "hours": r"öffnungszeit|offen|geöffnet|geschlossen|\btermin|uhrzeit|sprechzeit|wann (?:hat|ist) "
             r"\w+ (?:auf|offen)",
    "contact": r"telefon|nummer|anruf|anrufen|hotline|erreich|kontakt|e-?mail",
    "how": r"wie (?:beantrag|melde|bekomm|mach|geh|funktioniert|läuft|kann ich(?! \w+ \w+ (?:anrufen|erreichen))|komm|verlänger|erneuer|tausch)|was muss ich"
           r"|was (?:soll|kann) ich (?:tun|machen)|was tun|ablauf|schritte|vorgehen|was mache ich"
           r"|beantrag|anmelden|ummelden|abmelden|sperren|melden|abhol",
    "exemption": r"befrei|ermäßig|erlass|ausnahme|rabatt|nicht zahlen|steuerfrei|vergünstig|zuschuss",
}

OPTIONS = {
    "express": r"express|\beil|schnell|dringend|sofort",
    "lost": r"verloren|verlust|gestohlen|geklaut|diebstahl|verlegt|abhanden",
    "post": r"per post|zuschick|zusend|nach hause schick|postversand|versand",
    "photo": r"foto|lichtbild|passbild",
    "pages48": r"48|dick|viele seiten|mehr seiten|vielreisend",
    "temporary": r"vorläufig|übergang|ersatz|notausweis|provisor",
    "child": r"\bkind(?!\s+of\b)|kinder|tochter|sohn|baby|minderjährig",
    "first": r"\berst(?:e|en|er|mals)\b|zum ersten mal|noch nie",
    "extended": r"erweitert",
    "abroad": r"ausland|ausländisch|ins ausland|auswander|wegzug|hotel|\bkomme aus|zugezogen aus"
              r"|neu in deutschland",
    "dangerous": r"gefährlich|kampfhund|listenhund",
    "shelter": r"tierheim",
    "dusselpass": r"düsselpass",
    "deregister": r"abmeld|aufgeb|aufhör|schließ|zumach|einstell|beend|dichtmach",
    "couple": r"meine (?:frau|ehefrau|partnerin)|mein(?:em)? (?:mann|ehemann|partner)\b|ehepaar|paare\b|wir (?:beide|zwei)|für uns (?:beide|zwei)|zu zweit|verheiratet",
    "in_person": r"persönlich|vor ort|im büro|hingehen",
    "online": r"online|internet|digital",
    "legal_entity": r"gmbh|\bug\b|firma|(?<!einzel)unternehmen|juristisch|gesellschaft",
    "natural_person": r"einzelunternehm|natürliche person|privatperson|selbstständig|selbständig|freiberuf|kleingewerbe|nebengewerbe",
    "copy": r"weitere|zweite ausfertigung|kopie|noch eine|mehrere|zusätzliche",
    "foreign": r"ausländ|ausland|nicht deutsch|fremde|staatsangehörig|staatsbürger|nationalität"
               r"|\b(?:italien|türk|pol|russ|ukrain|syr|griech|rumän|bulgar|kroat|serb|alban"
               r"|afghan|irak|iran|marokk|tunes|brit|engländ|amerikan|österreich|schweiz|franz"
               r"|spani|portugies|niederländ|holländ|chines|japan|ind|brasilian|nigerian"
               r"|eritre|ägypt|libanes|kanad|mexikan|vietnames|thailänd|philippin)"
               r"(?:er|erin|e|in|isch\w*|ier|ierin)\b",
    "late": r"zu spät|verspätet|versäumt|verpasst|überfällig|bußgeld|strafe",
    "two_years": r"zwei jahre|2 jahre",
    "first_name": r"vorname",
    "surname": r"nachname|familienname|doppelname",
    "school_trip": r"klassenfahrt|schulfahrt|schulausflug",
}

AGE = (  # relation: "under" N, "from" N, "eq" (an age cue: "bin 19"), "years" ("19 Jahre")
    ("under", r"(?:unter|jünger als|bis) (\d{1,3})\b"),
    ("from", r"(?:über|ab|älter als) (\d{1,3})\b"),
    ("years", r"\b(\d{1,3}) ?(?:jahre?n?|j\.)(?! (?:gültig|lang|zeit))"),
    ("eq", r"\bbin (?:genau |jetzt |gerade |schon )?(\d{1,3})\b"),
    ("eq", r"\b(\d{1,3}) geworden"),
    # "wenn man 22 is(t)", "falls ich 17 bin", "wenn mein Sohn 15 ist"
    ("eq", r"\b(?:wenn|falls|weil|da|als|sobald) (?:man|ich|er|sie|es|mein\w* \w+|das kind)"
           r" (?:erst |schon |gerade |noch )?(\d{1,3}) (?:ist|is|bin|wird|werde|war)\b"),
)
CHILD = r"\bkind(?!\s+of\b)|kinder|tochter|\bsohn|\bbaby|säugling|minderjährig"
PAST = r"früher|vorher|zuvor|damals|vor der (?:änderung|erhöhung)|kostete|alte[rn]? (?:gebühr|preis)" \
       r"|letztes jahr|bis (?:februar|januar)"
FOREIGN = r"(?:türk|poln|russ|ukrain|syr|italien|griech|rumän|bulgar|kroat|serb|kosovar|alban" \
          r"|afghan|irak|iran|marokk|tunes|brit|englisch|amerikan|österreich|schweiz|franz" \
          r"|spanisch|portug|niederländ|holländ|chines|japan|nigerian|eritre|ägypt|libanes)\w*" \
          r"\s+(?:reise)?(?:pass|ausweis|führerschein|personalausweis)|konsulat|botschaft"
COMPARE = r"billiger|günstiger|teurer|preiswerter|unterschied|im vergleich|mehr als|weniger als"
QUESTION = r"\?|^\s*(?:was|wie|wo|wann|welche\w*|wer|warum|wieso|kann|muss|darf|gibt|brauch\w*" \
           r"|bekomm\w*|ist|sind|habe|hab)\b"
FOLLOWUP = r"^\s*(?:und|aber|auch|oder|was ist mit|wie ist es mit|gilt das)\b"
NUMBERS = {"ein": 1, "einen": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
           "fünf": 5, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
           "alleinstehend": 1, "alleinstehende": 1, "single": 1, "allein": 1, "paar": 2, "paare": 2,
           "ehepaar": 2, "partner": 2}

# The small words of German (question words, pronouns, particles, the commonest verbs):
# kiosk.core.answer.lang counts them against those of the detected language. Matched as
# written (no umlaut widening): the plain spellings are listed.
SMALL = (
    r"\b(?:ich|du|mein|meine|der|die|das|ein|eine|einen|ist|sind|wie|viel|was"
    r"|wo|wann|für|fuer|pro|jahr|habe|hab|zu|und|mit|es|kann|muss|brauche)\b"
)

TEXTS = {
    # the line before the Info-Line referral when another body handles the subject
    # (kiosk.core.knowledge.elsewhere); the plural for a body named in the plural
    "elsewhere": "Dafür ist {body} zuständig.",
    "elsewhere_plural": "Dafür sind {body} zuständig.",
    "elsewhere_beside": "Für „{subject}“ ist {body} zuständig.",
    "elsewhere_beside_plural": "Für „{subject}“ sind {body} zuständig.",
    "no_fact": "Dazu ({kind}) ist hier nichts hinterlegt. Bitte fragen Sie bei {office} oder bei "
               "der Info-Line 0211 89-91 nach.",
    "no_past": "Ein früherer Wert ist hier nicht hinterlegt; genannt ist der aktuelle Stand.",
    "dated": "Hinweis: Dieser Wert stammt aus einer älteren Quelle. Bitte prüfen Sie den aktuellen "
             "Stand auf der offiziellen Seite (QR-Code).",
    "german_only": "Diese Angabe gibt es nur auf Deutsch.",
    "kind.cost": "Kosten", "kind.amount": "Höhe der Leistung", "kind.payment": "Bezahlung",
    "kind.documents": "Unterlagen", "kind.where": "zuständige Stelle", "kind.online": "Online",
    "kind.duration": "Bearbeitungsdauer", "kind.validity": "Gültigkeit", "kind.deadline": "Frist",
    "kind.eligibility": "Voraussetzungen", "kind.hours": "Öffnungszeiten und Termine",
    "kind.contact": "Kontakt", "kind.how": "Ablauf", "kind.exemption": "Befreiungen",
    # the fixed answers of kiosk.core.answer.messages
    "no_answer": "Dazu habe ich keine verlässliche Information. Bitte wenden Sie sich an die "
                 "Info-Line der Stadt Düsseldorf unter {info_line} oder an das zuständige Amt.",
    "empty": "Bitte geben Sie eine Frage ein.",
    "pii_blocked": "Ihre Frage enthält offenbar persönliche Daten ({kinds}). Zu Ihrem Schutz wurde"
                   " sie nicht verarbeitet und sofort gelöscht. Für eine Auskunft brauche ich "
                   "diese Angaben nicht – bitte stellen Sie Ihre Frage einfach noch einmal ohne "
                   "sie.",
    "pii.separator": ", ",
    "pii.address": "Anschrift",
    "pii.birth_date": "Geburtsdatum",
    "pii.email": "E-Mail-Adresse",
    "pii.health_insurance": "Krankenversichertennummer",
    "pii.iban": "Kontonummer (IBAN)",
    "pii.id_number": "Ausweis- oder Passnummer",
    "pii.licence_plate": "Kfz-Kennzeichen",
    "pii.name": "Name",
    "pii.phone": "Telefonnummer",
    "pii.social_insurance": "Sozialversicherungsnummer",
    "pii.tax_id": "Steuer-ID oder Steuernummer",
}

# Number words read as digits where an age is stated ("bin dreißig", "vierundzwanzig Jahre");
# one is left out, it is the article.
_UNITS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
          "neun": 9}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
         "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
NUMERALS = {**_UNITS, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
            "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
            **_TENS,
            **{f"{u}und{t}": n + m for u, n in {**_UNITS, "ein": 1}.items()
               for t, m in _TENS.items()}}
NUMERALS = {**NUMERALS, **{w.replace("ü", "ue").replace("ö", "oe"): n for w, n in NUMERALS.items()}}

# The words read around a number, in every language's question (citizens mix in German and
# English: "2 Jahre" in a Turkish question is no count). Matched at a word's start and as
# written (no umlaut widening): the plain spellings are listed.
# Words after a number that are not counted things: time, money, pages ("zwei Wochen", "2 Tage")
NOT_COUNTED = r"jahr|uhr|tag|werktag|arbeitstag|woch|monat|seite|min|stund|euro|eur"
# the months, also not counted ("3 Mai")
MONTHS = r"januar|jänner|februar|märz|maerz|april|mai\b|juni|juli|august|septemb|oktob|novemb|dezemb"
# words right before a number that make it a span, not an age ("seit 5 Jahren", "für 2 Jahre")
NOT_AGE_BEFORE = r"seit|vor|für|fuer|alle|nach|innerhalb von|in"
# counted things of three letters or fewer (longer words after a number count anyway)
SHORT_COUNTED = frozenset()
# the verb of paying: a cost word that is one asks how to pay ("mit Karte bezahlen")
PAY = r"(?:be)?zahl"
# the word that offers alternatives ("Reisepass oder Perso?")
EITHER = r"\boder\b"
# the word before a number word that makes it distributive, no count ("for each one")
EACH = r"\b(?:pro|je|jede[nmrs]?)$"
# prefixes glued to a word (Arabic "لـ", "بـ", "الـ"); None: German writes them apart
CLITICS = None
# particles a verb splits off to the clause's end: "Wie melde ich mich ab?" is "abmelden"
# (optional table: only languages with separable verbs have it)
SEPARABLE = ("ab", "an", "um", "aus", "ein", "nach", "zurück", "zurueck", "weg", "auf", "mit", "vor")
