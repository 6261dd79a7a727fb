"""Polish: the words the core understands and its fixed answer lines."""

KINDS = {
    "cost": r"ile kosztuj|koszt|cena|opłat|płaci|zapłac|tańsz|droższ|darmow|bezpłatn|€|euro"
            r"|podatek|grzywn|\bkar[ay]\b|mandat|\bile(?! trwa| czasu| dni| tygodni| lat| mam)",
    "amount": r"ile (?:dostan|otrzym|wynosi zasiłek|przysługuje)|wysokość (?:zasiłku|świadczenia)",
    "payment": r"gotówk|kartą|płatnoś|przelew|w ratach",
    "documents": r"dokument|przynieść|zabrać|co potrzeb|potrzebne|zdjęci|zaświadcz|papier",
    "where": r"gdzie|dokąd|adres|który urząd|w którym|do którego",
    "online": r"online|internet|przez internet|elektroniczn|z domu",
    "duration": r"ile (?:trwa|czasu|czeka|dni|tygodni)|jak długo (?:trwa|czeka)|kiedy (?:będzie|odbior)"
                r"|gotow",
    "validity": r"ważn|termin ważności|wygasa",
    "deadline": r"termin|do kiedy|w ciągu|spóźn|za późno|ile mam czasu",
    "eligibility": r"kto (?:może|musi|dostaje|ma prawo)|prawo do|warunk|czy muszę|czy potrzebuję"
                   r"|czy mogę dostać|wymagani|czy przysługuje|od jakiego wieku|od ilu lat",
    "hours": r"godziny otwarcia|otwart|czynne|wizyt|umówić",
    "contact": r"telefon|numer|zadzwon|infolini|kontakt",
    "how": r"jak (?:złożyć|załatwić|zgłosić|zarejestr|wyrobić|uzyskać|zameldować|zablokować|zrobić)"
           r"|co (?:mam |muszę |trzeba )?zrobić|procedur|jak to",
    "exemption": r"zwolni|ulg|zniżk",
}

OPTIONS = {
    "express": r"ekspres|pilne|pilnie|szybk",
    "lost": r"zgubi|zgubion|utrat|ukradzion|kradzież|skradzion",
    "post": r"poczt|wysyłk|dostaw",
    "photo": r"zdjęci|fotograf",
    "pages48": r"48|więcej stron",
    "temporary": r"tymczasow",
    "child": r"dzieck|dzieci|\bsyn|córk|niemowl",
    "first": r"pierwsz\w* (?:raz|dowód|paszport)|po raz pierwszy",
    "extended": r"rozszerzon",
    "abroad": r"za granic|zagranic",
    "dangerous": r"niebezpieczn|agresywn",
    "shelter": r"schronisk",
    "dusselpass": r"düsselpass|duesselpass",
    "in_person": r"osobiście",
    "online": r"online|internet",
    "legal_entity": r"firm|spółk|gmbh|osoba prawna",
    "natural_person": r"jednoosobow|osoba fizyczna|samozatrudn|działalność gospodarcz",
    "copy": r"dodatkow\w* (?:odpis|egzemplarz)|kolejn\w* odpis|kopi",
    "foreign": r"cudzoziem|zagraniczn",
    "late": r"spóźn|za późno|kara|grzywn",
    "two_years": r"dwa lata|2 lata",
    "first_name": r"\bimię|imienia",
    "surname": r"nazwisk",
    "school_trip": r"wycieczk\w* szkoln|wycieczk\w* klasow",
}

AGE = (  # relation: "under" N, "from" N, "eq" (an age cue: "bin 19"), "years" ("19 Jahre")
    ("under", r"(?:poniżej|do|młodsz\w* niż) (\d{1,3})\b"),
    ("from", r"(?:powyżej|od|starsz\w* niż|po) (\d{1,3})\b"),
    ("eq", r"mam (\d{1,3}) (?:lat|lata)"),
    ("years", r"\b(\d{1,3}) (?:lat|lata|rok)(?! (?:ważn))"),
)
CHILD = r"dzieck|dzieci|\bsyn|córk|niemowl|nieletni|małoletni"
PAST = r"wcześniej|przedtem|dawniej|poprzedni|stara (?:opłata|cena)|w zeszłym roku"
FOREIGN = r"(?:polsk|ukraińsk|rosyjsk|tureck|syryjsk)\w*\s+(?:paszport|dowód|prawo jazdy)" \
          r"|konsulat|ambasad"
COMPARE = r"tańsz|droższ|różnic|porówna"
QUESTION = r"\?|^\s*(?:co|jak|gdzie|kiedy|który|która|które|kto|dlaczego|czy|ile|dokąd)\b"
FOLLOWUP = r"^\s*(?:a\b|i\b|a co|a jak|to samo)"
NUMBERS = {"jeden": 1, "jedna": 1, "jednego": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3,
           "trzech": 3, "cztery": 4, "drugi": 2, "drugiego": 2, "trzeciego": 3,
           "samotn": 1, "singiel": 1, "para": 2, "pary": 2, "małżeństwo": 2}

TEXTS = {
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
