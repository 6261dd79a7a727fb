"""Polish: the words the core understands and its fixed answer lines.

Polish declines nouns and conjugates verbs: the patterns are stems that the case and person
endings may follow ("opłat" covers "opłata", "opłaty", "opłatę"; "dowod" the oblique cases of
"dowód"). Citizens on a German keyboard type without the Polish letters ("oplata", "dowod",
"zmienic imie"): `PLAIN` at the end of this module lets ą, ć, ę, ł, ń, ó, ś, ź and ż of every
pattern also match a, c, e, l, n, o, s, z and z, and adds the plain spellings of NUMBERS and
NUMERALS (applied by `kiosk.core.lexicon.lexicon`).
"""

_NOT_PAYMENT = r"(?!\w* (?:kart|gotówk|blik|przelew))"  # "zapłacić kartą": how, not how much
_PAPERS_NOUN = r"(?:zgod|dokument|zdjęci|papier|formularz|pełnomocn)"  # "potrzebna zgoda"

KINDS = {
    "cost": r"ile kosztuj|koszt|\bcen(?:a|y|ę|ie|ą|nik)\b|opłat|(?<!kto )płaci" + _NOT_PAYMENT
            + r"|zapłac" + _NOT_PAYMENT + r"|płatn(?!oś)|tańsz|taniej"
            r"|droższ|drożej|darmow|za darmo|bezpłatn|€|euro|stawk|grzywn|\bkar[ayę]\b"
            r"|mandat|\bile(?! trwa| jest| są| czasu| dni| tygodni| miesięcy| lat| mam| się czeka| razy)",
    "amount": r"(?<!na )ile (?:(?!lat\b|lata\b|dni\b|tygodni|miesi|czasu)\w+ )?"
              r"(?:dostan|dostaj|dostał|dostać|otrzym|przysługuje|należy się|się należy)"
              r"|wysokoś[ćc] (?:zasiłku|świadczenia|wsparcia)|ile (?:pieniędzy|kasy)",
    "payment": r"gotówk|(?:zapłac|płac)\w* kart|kart\w* (?:płatnicz|kredytow|debetow|ec\b)|blik"
               r"|płatnoś|przelew|w ratach|\braty\b|czym (?:zapłac|płac)|jak (?:zapłac|płac)"
               r"|kiedy (?:\w+ ){0,2}(?:za)?płaci|do kiedy (?:\w+ )?(?:za)?płaci",  # when to pay
    "documents": r"dokument(?:y|ów|ach|ami)\b|jaki\w* dokument|przynie[śs]|zabra[ćc]"
                 r"|wymagan\w* (?:dokument|papier)|ze sobą|co (?:\w+ )?potrzeb|czego potrzeb"
                 r"|potrzebn\w* (?:są |będą )?(?:dokument|papier|rzecz)|papier(?:y|ów|ami)\b"
                 r"|formularz|zgod[ayęe]\b|pełnomocnictw"
                 # who must come along (the attendance rules are with the documents)
                 r"|przyjś[ćc]|przychodz|przyjecha|stawi[ćc] się|być obecn|towarzysz",
    "where": r"gdzie|dokąd|(?<!zmian. )adres|któr\w* urz[ąę]d|jaki\w* urz[ąę]d|do którego"
             r"|do jakiego|w (?:którym|jakim) (?:urzędzie|biurze|bürgerbüro|miejscu)"
             r"|lokalizacj|siedzib",
    "online": r"online|on-line|internet|drogą elektroniczną|elektroniczn\w* wnios|z domu|zdalnie"
              r"|przez stronę|aplikacj",
    "duration": r"ile (?:trwa|czasu|się czeka|czeka|dni|tygodni)|jak długo (?:trwa|się czeka|czeka)"
                r"|kiedy (?:będzie|odbior|odebra|dostanę|mogę odebrać)|gotow(?!k)|jak szybko"
                r"|czas (?:oczekiwania|realizacji)|po jakim czasie|w ile dni"
                r"|najszybsz|najszybciej|przez ile (?:miesięcy|tygodni|lat)|ile miesięcy (?:się )?(?:wypłac|płac|dostaj|przysługuj)",
    "validity": r"ważn|wygasa|na ile lat|na jak długo|jak długo (?:jest |będzie )?ważn",
    "deadline": r"termin (?:na|zgłosz|złożen|wymian|meldun|zamel)|w terminie|po terminie"
                r"|do kiedy|(?<!naj)najpóźniej|w ciągu|spóźn|za późno|ile (?:mam )?czasu (?:na|mam)"
                r"|ile mam czasu|ile dni mam|przekrocz|jaki\w* (?:jest )?termin|w jakim terminie"
                r"|do (?:której|jakiej) godziny(?! (?:jest |są )?(?:otwar|czynn))",
    "eligibility": r"po ilu latach|kto (?:może|musi|dostaje|ma prawo|płaci|powinien)|prawo do|warunk|wymagani"
                   r"|wymogi|wymóg|czy (?:(?:muszę|trzeba|należy)(?! (?:\w+ )?(?:za)?płaci)"
                   r"|potrzebuję|mogę dostać|przysługuje|mam prawo|mi się należy"
                   r"|(?:jest )?potrzebn\w*+(?! (?:jest )?" + _PAPERS_NOUN + r"))"
                   r"|komu (?:przysługuje|się należy)|od jakiego wieku|od ilu lat"
                   r"|ile lat (?:trzeba|musi|mieszka)|zachowa[ćc]|zatrzyma[ćc]|podwójn\w* obywatelstw",
    "hours": r"godzin\w* (?:otwarcia|pracy|urzędowania)|otwart|czynn|wizyt|umówi"
             r"|(?<!jaki )(?<!jaki jest )\btermin(?:u|y|ów|em)?\b"
             r"(?! (?:na|ważn|zgłosz|złożen|wymian|meldun|zamel))",
    "contact": r"telefon|numer (?:do|infolinii|kontaktow)|pod jaki numer|zadzwoni|infolini"
               r"|kontakt|e-?mail",
    "how": r"jak (?:się |mogę |można |mam |najlepiej )?(?:złożyć|załatwić|zgłosić|zarejestr"
           r"|wyrobić|uzyskać|zameldować|wymeldować|przemeldować|zablokować|zrobić|dostać|odebrać"
           r"|zmienić|wymienić|zapisać|wnioskować|ubiegać|zgłaszać)"
           r"|co (?:mam |muszę |trzeba |należy )?(?:zrobić|robić)|co dalej|co teraz|procedur"
           r"|krok po kroku|jak to (?:zrobić|załatwić|wygląda|działa)",
    "exemption": r"zwolni|ulg|zniżk|obniż|nie (?:muszę |trzeba )?płacić"
                 r"|czy (?:muszę|trzeba|należy) (?:\w+ )?(?:za)?płaci",  # must I pay (at all)
}

OPTIONS = {
    "express": r"ekspres|expres|pilne|pilnie|natychmiast|na już|przyspiesz|szybk\w* tryb"
               r"|trybie szybk|szybk\w* (?:paszport|dowód|dowod)|szybciej|jak najszybciej",
    "lost": r"zgubi|zgubion|zagubi|utrat(?!\w* ważn)|utraci(?!\w* ważn)|ukrad|kradzie|skradzion"
            r"|zaginął|zaginion|zginął|zginęł",
    "post": r"poczt|wysył|dostaw(?:a|y|ę|ą|ie)\b|do domu",
    "photo": r"zdjęci|fotograf|fotk|biometryczn",
    "pages48": r"48|więcej stron|grub",
    "temporary": r"tymczasow",
    "child": r"dzieck|dzieci|\bsyn|córk|córecz|niemowl|noworod|nieletni|małoletni|niepełnolet",
    "first": r"pierwsz\w* (?:raz|dowód|paszport)|po raz pierwszy|nigdy nie miał",
    "extended": r"rozszerzon",
    "abroad": r"za granic|zagranic(?:ę|ą)|do polski|(?:wracam|wraca\w*|wyjeżdża\w*|wyprowadza\w*"
              r"|przeprowadza\w*) (?:się )?(?:na stałe )?do (?:polski|ukrainy|turcji|kraju|ojczyzny)"
              r"|na stałe do|emigr",
    "dangerous": r"niebezpieczn|agresywn|pitbul|amstaff|kampfhund|listenhund",
    "shelter": r"schronisk|tierheim|adoptowan|przygarnię",
    "dusselpass": r"düsselpass|duesselpass",
    "deregister": r"wyrejestr|zamkn|zamyk|likwid|zawiesz|rezygn",
    "couple": r"\bżon(?:a|ą|y|ie)\b|mąż|męż(?:a|em)|małżeń|małżonk|\bpar(?:a|y)\b|we dwoje|nas dwoje",
    "in_person": r"osobiście|na miejscu|w urzędzie|w biurze",
    "online": r"online|on-line|internet",
    "legal_entity": r"\bfirm|spółk|gmbh|osoba prawna|osoby prawnej|z o\.? ?o\.?",
    "natural_person": r"jednoosobow|osoba fizyczna|osoby fizycznej|samozatrudn|freelanc"
                      r"|działalnoś[ćc]\w* gospodarcz|na własny rachunek",
    "copy": r"dodatkow\w* (?:odpis|egzemplarz)|kolejn\w* (?:odpis|egzemplarz)|kopi|odpisy|odpisów"
            r"|(?:kilka|dwa|trzy|więcej) odpis|drugi egzemplarz|egzemplarze",
    "foreign": r"(?<!ds\. )(?<!spraw )(?<!dla )cudzoziem|zagraniczn|obcokraj|obcego prawa|obce prawo",
    "late": r"spóźn|za późno|po terminie|kar[ayę]\b|grzywn|przekrocz|nie zdąży"
            r"|zapomniał\w* (?:się )?(?:zamel|zgłos|wymel|wymieni)",
    "two_years": r"dwa lata|2 lata|dwóch lat|2 lat\b|dwuletni",
    # "nie nazwisko" (not the surname): the name part after "nie" is the one not asked
    "first_name": r"(?<!nie )(?<!\(nie )(?:\bimię|\bimieni|\bimion)",
    "surname": r"(?<!nie )(?<!\(nie )nazwisk",
    "school_trip": r"wycieczk\w* (?:szkoln|klasow)|(?:szkoln|klasow)\w* wycieczk"
                   r"|wyjazd\w* (?:szkoln|klasow)|zielon\w* szkoł",
}

_NO_AGE = r"(?!\s*(?:tyg|dni|dzień|mies|godz|min|€|eur|zł|%|r\.|stycz|lut|mar|kwie|maj|czerw|lip" \
          r"|sierp|wrze|paźdz|listop|grud|ps[óy]|odpis|egz|stron|noc))"  # "do 2 tygodni", "od 7 lutego"
AGE = (  # relation: "under" N, "from" N, "eq" (an age cue: "bin 19"), "years" ("19 Jahre")
    ("under", r"(?:poniżej|do|młodsz\w* niż|mniej niż|przed ukończeniem|nie ma jeszcze) (\d{1,3})\b"
              + _NO_AGE),
    ("from", r"(?:powyżej|od|starsz\w* niż|po|ponad|więcej niż|skończon\w*|ukończon\w*) (\d{1,3})\b"
             + _NO_AGE),
    ("eq", r"mam (\d{1,3}) (?:lat|lata|rok)"),
    ("eq", r"(?:w wieku|wiek|skończył\w*|ukończył\w*) (\d{1,3})\b"),
    ("eq", r"\b(\d{1,3}) ?-? ?(?:letni|latek|latka|latkiem|latki)"),
    ("years", r"\b(\d{1,3}) (?:lat|lata|rok)(?! (?:ważn))"),
)
CHILD = r"dzieck|dzieci|\bsyn|córk|córecz|niemowl|noworod|nieletni|małoletni|niepełnolet"
PAST = r"(?<!naj)wcześniej|przedtem|dawniej|poprzedni\w* (?:cen|opłat|staw)|star\w* (?:opłat|cen|staw)" \
       r"|w (?:zeszłym|ubiegłym|poprzednim) roku|rok temu|kosztował|wynosił|płaciło się" \
       r"|przed (?:podwyżk|zmian|podrożen)|zanim (?:podroż|zdroż|wzrósł|wzrosł|zmieni)" \
       r"|podrożał|zdrożał"
_STATES = r"(?:polsk|ukraińsk|rosyjsk|tureck|syryjsk|białorusk|rumuńsk|litewsk|czesk|włosk" \
          r"|bułgarsk|mołdawsk|gruzińsk|afgańsk|irack|irańsk)\w*"
_PAPERS = r"(?:paszport|dowód|dowod|prawo? jazdy|praw\w* jazdy)\w*"
FOREIGN = _STATES + r"\s+" + _PAPERS + r"|" + _PAPERS + r"\s+(?:osobist\w*\s+)?" + _STATES \
    + r"|konsulat|ambasad"
COMPARE = r"tańsz|taniej|droższ|drożej|różnic|porówna|bardziej się opłaca"
QUESTION = r"\?|^\s*(?:co|jak|gdzie|kiedy|który|która|które|jaki\w*|kto|dlaczego|czemu|czy|ile" \
           r"|dokąd|skąd|od kiedy|do kiedy)\b"
FOLLOWUP = r"^\s*(?:a\b|i\b|a co|a jak|to samo|oraz)"
NUMBERS = {"jeden": 1, "jedna": 1, "jednego": 1, "jednym": 1, "dwa": 2, "dwie": 2, "dwóch": 2,
           "dwoma": 2, "trzy": 3, "trzech": 3, "trzema": 3, "cztery": 4, "czterech": 4,
           "drugi": 2, "drugiego": 2, "drugim": 2, "druga": 2, "drugie": 2, "trzeci": 3,
           "trzeciego": 3, "trzecia": 3, "trzecie": 3,
           "samotny": 1, "samotna": 1, "samotnej": 1, "samotnego": 1, "samotnie": 1,
           "singiel": 1, "singla": 1, "singlem": 1, "para": 2, "pary": 2, "parze": 2, "parą": 2,
           "małżeństwo": 2, "małżeństwa": 2, "małżeństwu": 2, "małżeństwem": 2,
           "małżonkowie": 2, "małżonków": 2, "małżonkami": 2}

# The small words of Polish (question words, pronouns, particles, the commonest verbs), none
# of them a word of another language of the kiosk: the screen's language wins over a German
# service name with them (kiosk.core.answer.lang). Matched as written: PLAIN does not apply,
# the plain spellings are listed.
SMALL = (
    r"\b(?:ile|jak|jaki\w*|gdzie|czy|kiedy|kto|który|która|które|dlaczego|się|jest"
    r"|są|mogę|moge|muszę|musze|trzeba|można|mozna|kosztuje|kosztuj\w*|trwa|cena"
    r"|ceny|dla|mój|moja|moje|mam|mamy|potrzebuję|potrzebuje|potrzebn\w*|zrobić"
    r"|zrobic|załatwić|zalatwic|złożyć|zlozyc|ważny|wazny|ważn\w*|dowód|dowod"
    r"|dokumenty|żeby|zeby|tylko|jeszcze|już|juz|albo|lub|oraz|przez|bez|nie|tak"
    r"|lat|dni|dziecka|dziecko|córki|syna|mieszkanie|mieszkam|wniosek|opłata"
    r"|oplata|urząd|urzad|pracy|co)\b"
)

TEXTS = {
    # the line before the Info-Line referral when another body handles the subject
    # (kiosk.core.knowledge.elsewhere); the plural for a body named in the plural
    "elsewhere": "Tą sprawą zajmuje się {body}.",
    "elsewhere_plural": "Tą sprawą zajmują się {body}.",
    "elsewhere_beside": "Sprawą „{subject}” zajmuje się {body}.",
    "elsewhere_beside_plural": "Sprawą „{subject}” zajmują się {body}.",
    "no_fact": "Na ten temat ({kind}) nie ma tu informacji. Prosimy zapytać w {office} lub na "
               "Info-Line 0211 89-91.",
    "no_past": "Wcześniejsza wartość nie jest tu zapisana; podano aktualne informacje.",
    "dated": "Uwaga: ta wartość pochodzi ze starszego źródła. Prosimy sprawdzić aktualne dane na "
             "oficjalnej stronie (kod QR).",
    "german_only": "Ta informacja jest dostępna tylko po niemiecku.",
    "kind.cost": "koszty", "kind.amount": "wysokość świadczenia", "kind.payment": "płatność",
    "kind.documents": "dokumenty", "kind.where": "właściwy urząd", "kind.online": "online",
    "kind.duration": "czas realizacji", "kind.validity": "ważność", "kind.deadline": "termin",
    "kind.eligibility": "warunki", "kind.hours": "godziny otwarcia i wizyty",
    "kind.contact": "kontakt", "kind.how": "sposób załatwienia", "kind.exemption": "zwolnienia",
    # the fixed answers of kiosk.core.answer.messages
    "no_answer": "Nie mam na ten temat wiarygodnych informacji. Prosimy o kontakt z Info-Line "
                 "miasta Düsseldorf pod numerem {info_line} lub z właściwym urzędem.",
    "empty": "Proszę wpisać pytanie.",
    "pii_blocked": "Wygląda na to, że pytanie zawiera dane osobowe ({kinds}). Dla ochrony Państwa "
                   "danych nie zostało przetworzone i od razu je usunięto. Do udzielenia "
                   "odpowiedzi te dane nie są potrzebne – prosimy po prostu zadać pytanie "
                   "ponownie, bez nich.",
    "pii.separator": ", ",
    "pii.address": "adres",
    "pii.birth_date": "data urodzenia",
    "pii.email": "adres e-mail",
    "pii.health_insurance": "numer ubezpieczenia zdrowotnego",
    "pii.iban": "numer konta bankowego (IBAN)",
    "pii.id_number": "numer dowodu osobistego lub paszportu",
    "pii.licence_plate": "numer rejestracyjny pojazdu",
    "pii.name": "imię i nazwisko",
    "pii.phone": "numer telefonu",
    "pii.social_insurance": "numer ubezpieczenia społecznego",
    "pii.tax_id": "numer identyfikacji podatkowej",
}

# -- typed without Polish letters -----------------------------------------------------------
PLAIN = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z",
         "ż": "z"}


# Number words read as digits where an age is stated ("mam trzydzieści lat"), with the
# oblique forms ("od osiemnastu lat"); "jeden" (one) is left out.
NUMERALS = {"dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
            "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
            "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16,
            "siedemnaście": 17, "osiemnaście": 18, "osiemnastu": 18, "dziewiętnaście": 19,
            "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "trzydziestu": 30,
            "czterdzieści": 40, "czterdziestu": 40, "pięćdziesiąt": 50, "pięćdziesięciu": 50,
            "sześćdziesiąt": 60, "sześćdziesięciu": 60, "siedemdziesiąt": 70,
            "osiemdziesiąt": 80, "dziewięćdziesiąt": 90}

# The words read around a number, in every language's question (see de.py), as written: the
# plain spellings are listed.
NOT_COUNTED = r"lat|rok|dni|dzień|dzien|robocz|tydz|tyg|mies|godz|min|zł|zl"
MONTHS = r"stycz|lut|marc|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listop|grud"
NOT_AGE_BEFORE = r"od|przez|za"
SHORT_COUNTED = frozenset({"psy", "psa"})  # "za 2 psy"
PAY = r"(?:op|za)?p[łl]ac"
# "czy" offers alternatives only inside a clause: at the start of one it asks yes or no
# ("Czy mogę …")
EITHER = r"\b(?:lub|albo)\b|(?<![.?!,;:\-–(]\s)(?<![.?!,;:\-–(])(?<!^)(?<!^\s)\bczy\b"
# the word before a number word that makes it distributive, no count ("for each one")
EACH = r"\b(?:na|za|dla) (?:każd\w*)$|\bkażd\w*$|\bpo$"
CLITICS = None
