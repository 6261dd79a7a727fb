"""Subjects other authorities handle: post, animals, driving, schools, building, courts, youth office, credit agency."""

from __future__ import annotations

from kiosk.core.knowledge.elsewhere_subjects.common import *  # noqa: F401,F403 - word classes
from kiosk.core.knowledge.elsewhere_subjects.common import Subject as _S

SUBJECTS = (
    _S("post",
       {"de": "die Deutsche Post", "en": "Deutsche Post", "tr": "Deutsche Post (Alman postası)",
        "uk": "Deutsche Post (німецька пошта)", "ru": "Deutsche Post (немецкая почта)",
        "pl": "Deutsche Post (poczta niemiecka)", "ar": "البريد الألماني (Deutsche Post)"},
       {"de": r"nachsende\w*|nachsendung|post ?nachsend|briefmarke|sendungsverfolgung|postfiliale"
              r"|packstation|paket\w* (?:verloren|nicht angekommen|verschwunden|zustell)",
        "en": r"mail forwarding|forward(?:ing)? (?:my |the )?(?:mail|post|letters)"
              r"|redirect(?:ing)? (?:my )?mail"
              r"|post office|postage stamp|deutsche post|(?:lost|missing) parcel|parcel (?:lost"
              r"|missing)",
        "tr": r"posta\w* (?:yonlendir|aktar|yeni adres)|postane|posta ofisi|posta subesi",
        "uk": r"переадресац\w* (?:пошт|лист|кореспонд)|пересилан\w* (?:пошт|лист)|пошт\w* переадрес"
              r"|поштов\w* відділенн",
        "ru": r"переадресаци\w* (?:почт|писем|корреспонд)|пересылк\w* (?:почт|писем)|почтов\w* отделени",
        "pl": r"przekierowani\w* (?:poczty|listow|korespond)|przesylani\w* (?:poczty|listow)"
              r"|urzad\w* pocztow",
        "ar": r"تحويل (?:ال)?بريد|(?:اعاده )?توجيه (?:ال)?بريد|مكتب (?:ال)?بريد"},
       unless=r"wahl|vote|voting|oy\b|голос|glosow|تصويت"),
    # Dog schools, a pedigree or "birth certificate" of an animal and bicycle registration share
    # a word with the dog tax, the Standesamt's certificates and the vehicle registration, but no
    # office of the city's services handles them (services.yaml names none): the Info-Line refers
    _S("hundeschule",
       {},
       {"de": r"hunde ?schul|hunde ?train|hunde ?erziehung|hunde ?kurs|welpen ?(?:schul|kurs|spiel"
              r"|training|gruppe)|gehorsams? ?(?:kurs|training|schul)",
        "en": r"dog (?:training|trainer|school|obedience|class)|puppy (?:school|class|training|course)"
              r"|obedience (?:class|school|training|course)|train(?:ing)? (?:my |a |the |our )?(?:dog"
              r"|puppy)",
        "tr": r"kopek\w* (?:\S+ )?(?:egitim|okul|kurs|terbiye)|yavru kopek (?:egitim|kurs|okul)",
        "uk": r"дресир|дресур|кінолог|школ\w* для (?:собак|цуценят|пс)|(?:курс|навчанн)\w* (?:для )?"
              r"(?:собак|цуценят|пса)",
        "ru": r"дрессир|дрессур|кинолог|школ\w* для (?:собак|щенков|пс)|курс\w* (?:для )?(?:собак"
              r"|щенков)",
        "pl": r"tresur|tresowa|szkol\w* (?:dla )?(?:psow|psa|szczeniak)|behawiorys|kurs\w* (?:dla )?"
              r"(?:psow|psa|szczeniak)|psi\w* szkol|przedszkol\w* dla szczeniak",
        "ar": r"تدريب (?:ال)?(?:كلاب|كلب|جرو|جراء)|مدرسه (?:ال)?(?:كلاب|جراء)|مدرب (?:ال)?كلاب"
              r"|(?:دوره|دورات|كورس) (?:ل|لل)?(?:ال)?(?:كلاب|كلب|جرو)"},
       unless=r"steuer|hundemarke|tax\b|vergi|податок|налог|podat|ضريبه"),
    _S("stammbaum",
       {},
       {"de": r"stammbaum|ahnentafel|zucht ?papier|zucht ?verband|zucht ?buch|abstammungsnachweis"
              r"|(?:geburtsurkunde|papiere) f(?:ue|u)r (?:meinen |meine |unseren |unsere |den |die "
              r"|das |einen |eine )?(?:hund|katze|kater|welpen|tier|haustier|pferd)"
              r"|(?:hunde|welpen|katzen|tier)(?:geburtsurkunde|papiere)",
        "en": r"pedigree|kennel club|(?:birth certificate|breeding papers) for (?:my |our |the |a )?"
              r"(?:dog|puppy|cat|kitten|horse|pet)|(?:dog|puppy|cat|kitten|pet)'?s? (?:birth "
              r"certificate|breeding papers)",
        "tr": r"soy ?(?:agaci|kutugu|belgesi)|pedigri|(?:kopek|kedi|yavru|hayvan)\w* (?:icin )?"
              r"(?:dogum (?:belgesi|sertifika)|secere)",
        "uk": r"родовід|родовод|(?:свідоцтв|метрик)\w* (?:про народження )?(?:для )?(?:цуцен|собак"
              r"|кошен|тварин|пса|кота)|щенячу метрик|щенячої метрик",
        "ru": r"родослов|(?:свидетельств|метрик)\w* (?:о рождении )?(?:для )?(?:щенк|собак|котен"
              r"|животн|пса|кота)|щенячь\w* (?:метрик|карточк)",
        "pl": r"rodowod|metryk\w* (?:dla )?(?:psa|szczeniak|kota|kociak)|(?:akt|swiadectw)\w* "
              r"urodzenia (?:dla )?(?:psa|szczeniak|kota|kociak|zwierz)|zwiaz\w* kynolog|\bzkwp\b",
        "ar": r"(?:شجره|شهاده) (?:ال)?نسب|بيديجري|(?:شهاده|وثيقه) (?:ال)?(?:ميلاد|ولاده) (?:ل|لل)?"
              r"(?:ال)?(?:كلب|جرو|قط|قطه|حيوان)"},
       unless=r"steuer|hundemarke|tax\b|vergi|податок|налог|podat|ضريبه", guarded=False),
    _S("fahrrad",
       {},
       {"de": r"(?:\b(?:fahr)?rad|\be ?bike|pedelec)\w* (?:\S+ ){0,2}(?:registrier|anmeld|angemeld|zulass|zugelass|codier"
              r"|kennzeichn|kennzeichen)|fahrrad ?(?:codierung|pass|register|kennzeichen)"
              r"|rahmennummer|(?:registrier|anmeld|zulass|codier)\w* (?:\S+ ){0,3}(?:fahrrad|e ?bike"
              r"|pedelec)",
        "en": r"(?:register|registration|registering|licen[cs]e|licensing|cod(?:e|ing)|engrav\w*)"
              r" (?:\S+ ){0,3}(?<!motor )\b(?:bike|bicycle|e bike|pedelec)s?\b|(?<!motor )\b(?:bike"
              r"|bicycle) (?:registration|registry|register|licen[cs]e|plate|coding)|frame number",
        "tr": r"bisiklet\w* (?:\S+ )?(?:kayit|kaydi|tescil|plaka|sasi|kadro no)|(?:kayit|kaydi"
              r"|tescil)\w* (?:\S+ )?bisiklet|sasi numara|kadro numara",
        "uk": r"(?:зареєстр|реєстрац|реєструв)\w* (?:\S+ )?(?:велосипед|велик|електровелосипед)"
              r"|велосипед\w* (?:\S+ )?(?:зареєстр|реєстрац|номер рам)|номер\w* рами",
        "ru": r"(?:зарегистр|регистрац|регистрир|поставить на учет)\w* (?:\S+ )?(?:велосипед|велик)"
              r"|велосипед\w* (?:\S+ )?(?:зарегистр|регистрац|номер рам)|номер\w* рамы",
        "pl": r"(?:zarejestr|rejestrac|rejestrow|oznakow|znakowa)\w* (?:\S+ )?(?:rower|e ?bike)"
              r"|rower\w* (?:\S+ )?(?:zarejestr|rejestrac|oznakow)|numer\w* ramy",
        "ar": r"تسجيل (?:ال)?(?:دراجه|بسكليت|بسكلت)(?! ?(?:ال)?ناري)|(?:ال)?(?:دراجه|بسكليت)(?! ?(?:ال)?ناري)"
              r" (?:\S+ )?تسجيل|رقم (?:ال)?(?:هيكل|اطار) (?:ال)?دراجه"},
       unless=r"gestohlen|geklaut|diebstahl|stolen|theft|verloren|gefunden|\blost\b|\bfound\b"
              r"|calindi|вкрали|украли|kradzie|skradzion|ukradl|سرق"),
    _S("tierarzt",
       {"de": "eine Tierarztpraxis", "en": "a veterinary practice (Tierarzt)",
        "tr": "bir veteriner (Tierarzt)", "uk": "ветеринарна клініка (Tierarzt)",
        "ru": "ветеринарная клиника (Tierarzt)", "pl": "lecznica weterynaryjna (Tierarzt)",
        "ar": "عيادة بيطرية (Tierarzt)"},
       {"de": r"heimtier ?ausweis|heimtier ?pass|haustier ?(?:pass|ausweis)|tier ?pass|tierausweis"
              r"|(?:hunde|katzen)(?:pass|ausweis)\b|tollwut|tierarzt|\bchippen\b"
              r"|(?:pass|ausweis|reisepass) f(?:ue|u)r (?:meinen |meine |unseren |unsere |den |die "
              r"|das )?"
              r"(?:hund|katze|kater|haustier|tier|welpen)",
        "en": r"pet passport|(?:passport|papers) for (?:my |our |the |a )?(?:dog|cat|pet|puppy)"
              r"|(?:dog|cat|pet)'?s? passport|rabies|\bvets?\b|veterinar|microchip",
        "tr": r"evcil hayvan pasaport|(?:kopeg|kopek|kedi|hayvan)\w* (?:icin )?pasaport|kuduz|veteriner",
        "uk": r"паспорт\w* (?:для )?(?:тварин|собак|кішк|кота|песик|цуценя)|ветеринар|ветпаспорт|сказ\b",
        "ru": r"паспорт\w* (?:для )?(?:животн|собак|кошк|кота|питомц|щенк)|ветеринар|ветпаспорт"
              r"|бешенств",
        "pl": r"paszport\w* (?:dla )?(?:zwierz|psa|kota|pupila|szczeniak)|weterynar|wscieklizn",
        "ar": r"جواز (?:سفر )?(?:ل|لل)?(?:حيوان|كلب|قط|قطه)|بيطري|داء الكلب"},
       unless=r"steuer|hundemarke|tax\b|vergi|податок|налог|podat|ضريبه"),
    # Boat, drone and forklift licences: no office of the city's services; the Info-Line refers
    _S("sonderschein",
       {},
       {"de": r"sportboot|boots ?f(?:ue|u)hrerschein|segel ?schein|segel ?f(?:ue|u)hrerschein"
              r"|drohnen ?(?:f(?:ue|u)hrerschein|schein|lizenz)|stapler ?schein|gabelstapler ?schein",
        "en": r"(?:boat|boating|sailing|skipper'?s?|drone|forklift) (?:driving )?licen[cs]e"
              r"|licen[cs]e (?:for|to (?:drive|sail|fly)) (?:a )?(?:boat|yacht|drone|forklift)",
        "tr": r"\b(?:tekne|yat|drone|dron|forklift)\w* (?:ehliyet|lisans|belgesi)|amator denizci",
        "uk": r"(?:права|посвідчення|ліцензі\w*) (?:на )?(?:човен|човна|катер|яхт|дрон|навантажувач)"
              r"|посвідчення судноводія",
        "ru": r"(?:права|удостоверени\w*|лицензи\w*) (?:на )?(?:лодк|катер|яхт|дрон|погрузчик)"
              r"|удостоверени\w* судоводител",
        "pl": r"patent\w* (?:zeglarsk|motorowodn|sternik)|(?:licencj|uprawnieni)\w* (?:na |do )?"
              r"(?:drona|drony|wozek widlowy|wozka widlowego)|prawo jazdy na (?:lodz|lodke|motorowk)",
        "ar": r"رخصه (?:قياده )?(?:ال)?(?:قارب|قوارب|يخت|درون|طائره مسيره|رافعه شوكيه)"}),
    # No office of the city's services carries taxis or their drivers: the referral is the
    # Info-Line's (no body named; kiosk.core.answer.messages.no_answer gives the Info-Line)
    _S("taxi",
       {},
       {"de": r"taxi ?(?:schein|konzession|lizenz|genehmigung|unternehmen|gewerbe|fahrer ?schein)"
              r"|personenbef(?:oe|o)rderungs ?schein|\bp ?schein\b|fahrgast ?bef(?:oe|o)rderung"
              r"|mietwagen ?(?:konzession|genehmigung|lizenz)|(?:uber|bolt) ?fahrer"
              r"|taxi ?fahrer (?:\S+ ){0,2}werden|als taxi ?fahrer",
        "en": r"(?:taxi|cab|minicab|uber|bolt|ride ?hailing|private hire)(?: driver'?s?)? (?:licen[cs]e"
              r"|permit|badge)|licen[cs]e (?:to|for) (?:drive )?(?:a )?(?:taxi|cab|uber)"
              r"|become (?:a |an )?(?:taxi|cab|uber) driver|passenger transport (?:licen[cs]e|permit)",
        "tr": r"taksi\w* (?:ruhsat|plaka|lisans|izn|sofor|surucu|belge|ehliyet)|taksici (?:olmak|belge)"
              r"|uber (?:sofor|surucu)",
        "uk": r"(?:ліцензі|дозв)\w* (?:на |для )?(?:таксі|таксист)|таксі\w* (?:ліцензі|дозв)|таксист"
              r"|водієм таксі|водія таксі",
        "ru": r"(?:лицензи|разрешени)\w* (?:на |для )?(?:такси|таксист)|такси\w* (?:лицензи|разрешени)"
              r"|таксист|водителем такси|водителя такси",
        "pl": r"(?:licencj|zezwoleni|pozwoleni)\w* (?:na |dla )?(?:taks|przewoz osob)|taksowkar"
              r"|licencj\w* taks|kierowc\w* (?:taksowki|ubera|uber|bolta)",
        "ar": r"(?:رخصه|ترخيص|تصريح) (?:ال)?(?:تاكسي|تكسي|اجره)|(?:سائق|سواق) (?:ال)?(?:تاكسي|تكسي|اجره"
              r"|اوبر)"}),
    _S("fahrschule",
       {"de": "eine Fahrschule und die Führerscheinstelle des Straßenverkehrsamts",
        "en": "a driving school and the driving licence office (Führerscheinstelle) of the "
              "Straßenverkehrsamt",
        "tr": "bir sürücü kursu ve Straßenverkehrsamt'ın ehliyet bürosu (Führerscheinstelle)",
        "uk": "автошкола та відділ водійських посвідчень (Führerscheinstelle) у Straßenverkehrsamt",
        "ru": "автошкола и отдел водительских удостоверений (Führerscheinstelle) в Straßenverkehrsamt",
        "pl": "szkoła jazdy i wydział praw jazdy (Führerscheinstelle) w Straßenverkehrsamt",
        "ar": "مدرسة تعليم القيادة ومكتب رخص القيادة (Führerscheinstelle) في Straßenverkehrsamt"},
       {"de": FS + r" (?:\S+ ){0,2}(?:machen|anfangen|beginnen|bestehen|erwerben|mit 17|ab 17)"
              r"|(?:ersten|erster|erste) " + FS + r"|fahrschule|fahr ?pr(?:ue|u)fung|fahrstunde"
              r"|theorie ?pr(?:ue|u)fung|praktische\w* pr(?:ue|u)fung|" + FS + r"pr(?:ue|u)fung"
              r"|begleitete\w* fahren|" + FS + r" ?(?:erst)?antrag f(?:ue|u)r (?:die )?(?:erst|fahrsch)",
        "en": r"driving (?:school|lessons?|test|exam|instructor)|driver'?s (?:test|ed\b|education)"
              r"|(?:get|getting|obtain|obtaining) (?:a |my |the )?(?:first )?" + DL +
              r"|learn(?:ing)? (?:how )?to drive|theory test|first " + DL,
        "tr": r"ehliyet (?:almak|alma|alabilir|alacag|sinav|kursu)|ehliyete (?:basla|hazirlan)"
              r"|surucu kursu|direksiyon (?:dersi|sinav)|ehliyet nasil al",
        "uk": r"автошкол|іспит\w* (?:на|з) (?:права|водінн|посвідчення)|водійськ\w* іспит|уроки водіння"
              r"|(?:отримати|здати на|зробити) (?:водійськ\w* )?(?:права|посвідчення водія)",
        "ru": r"автошкол|экзамен\w* (?:на права|по вождению)|сдать на права|уроки вождения"
              r"|(?:получить|сделать) (?:водительск\w* )?права|выучиться на права",
        "pl": r"szkol\w* jazdy|egzamin\w* na prawo jazdy|(?:zrobic|zdac|uzyskac|zdobyc) prawo jazdy"
              r"|kurs\w* (?:na )?prawa? jazdy|lekcj\w* jazdy|jazdy doszkalajace",
        "ar": r"مدرسه (?:تعليم )?(?:ال)?قياده|امتحان (?:ال)?قياده|دروس (?:ال)?قياده|تعلم (?:ال)?قياده"
              r"|(?:ال)?حصول على رخصه (?:ال)?قياده|احصل على رخصه (?:ال)?قياده"},
       unless=EXCHANGE, plural=True),
    _S("fuehrerscheinstelle",
       {"de": "die Führerscheinstelle des Straßenverkehrsamts Düsseldorf",
        "en": "the driving licence office (Führerscheinstelle) of the Straßenverkehrsamt Düsseldorf",
        "tr": "Straßenverkehrsamt Düsseldorf'un ehliyet bürosu (Führerscheinstelle)",
        "uk": "відділ водійських посвідчень (Führerscheinstelle) Straßenverkehrsamt Düsseldorf",
        "ru": "отдел водительских удостоверений (Führerscheinstelle) Straßenverkehrsamt Düsseldorf",
        "pl": "wydział praw jazdy (Führerscheinstelle) Straßenverkehrsamt Düsseldorf",
        "ar": "مكتب رخص القيادة (Führerscheinstelle) في Straßenverkehrsamt Düsseldorf"},
       {"de": FS + r" (?:\S+ ){0,2}(?:verloren|gestohlen|geklaut|verlegt|entzogen|abgenommen|weg\b"
                   r"|abgeben)"
              r"|(?:verloren\w*|gestohlen\w*|geklaut\w*) " + FS + r"|ersatz ?" + FS +
              r"|internationale\w* " + FS + r"|" + FS + r" (?:international|f(?:ue|u)r (?:die )?usa)"
              r"|\bmpu\b|neuerteilung|(?:ausl(?:ae|a)ndische\w*|eu|nicht eu) ?" + FS +
              r"|" + FS + r" aus (?:dem ausland|der t(?:ue|u)rkei|syrien|der ukraine|russland|polen"
                          r"|einem)"
              r"|" + FS + r" umschreiben|" + FS + r" (?:anerkenn|wieder bekommen|zur(?:ue|u)ck)",
        "en": r"(?:lost|stolen) (?:my |a |the )?" + DL + r"|" + DL + r" (?:\S+ ){0,2}(?:lost|stolen)"
              r"|international (?:driving|driver'?s) (?:licen[cs]e|permit)|foreign " + DL +
              r"|convert (?:my |a )?(?:foreign |non eu )?" + DL + r"|" + DL + r" (?:suspended|revoked)",
        "tr": r"ehliyet\w* (?:kaybol|kaybet|calindi|caldir|kayip)|uluslararasi ehliyet"
              r"|(?:turk|yabanci|suriye)\w* ehliyet\w* (?:cevir|degistir|gecerli|tanin|donustur)",
        "uk": r"(?:втрати\w*|загуби\w*|вкрали|викрали) (?:\S+ )?(?:водійськ\w* (?:права|посвідчення)"
              r"|права\b|посвідчення водія)"
              r"|міжнародн\w* водійськ\w* (?:посвідчення|права)|(?:українськ"
              r"|іноземн)\w* водійськ\w* (?:права|посвідчення)",
        "ru": r"(?:потерял\w*|украли|утерян\w*) (?:\S+ )?(?:водительск\w* (?:права|удостоверени)"
              r"|права\b)"
              r"|международн\w* водительск\w* (?:права|удостоверени)"
              r"|(?:российск|украинск|казахск|иностранн)\w* водительск\w* (?:права|удостоверени)",
        "pl": r"(?:zgubi\w*|ukradzion\w*|ukradli|straci\w*) (?:\S+ )?prawo jazdy"
              r"|prawo jazdy (?:\S+ )?(?:zgubion|ukradzion)"
              r"|miedzynarodow\w* prawo jazdy",
        "ar": r"(?:فقدت|ضاعت|سرقت|فقدان|ضياع|سرقه) رخصه (?:ال)?قياده|رخصه (?:ال)?قياده (?:ال)?(?:دوليه"
              r"|اجنبيه|سوريه)"
              r"|رخصه قياده دوليه"},
       unless=r"fundb|gefunden|found\b|lost and found|bulundu|знайшли|нашли|znalez|مفقودات|" + EXCHANGE),
    _S("kfz_abmeldung",
       {"de": "das Straßenverkehrsamt Düsseldorf (Zulassungsstelle)",
        "en": "the Straßenverkehrsamt Düsseldorf (vehicle registration office)",
        "tr": "Straßenverkehrsamt Düsseldorf (araç tescil dairesi)",
        "uk": "Straßenverkehrsamt Düsseldorf (відділ реєстрації транспорту)",
        "ru": "Straßenverkehrsamt Düsseldorf (отдел регистрации транспорта)",
        "pl": "Straßenverkehrsamt Düsseldorf (wydział rejestracji pojazdów)",
        "ar": "Straßenverkehrsamt Düsseldorf (مكتب تسجيل المركبات)"},
       {"de": r"(?:auto|fahrzeug|kfz|pkw|wagen|motorrad|roller|karre|wohnmobil|anh(?:ae|a)nger"
              r"|kennzeichen|nummernschild)s? (?:\S+ ){0,3}ab ?(?:zu)?meld"
              r"|(?:auto|fahrzeug|kfz|pkw|motorrad)\w*abmeldung|abmeld\w* (?:\S+ ){0,2}(?:des|meines"
              r"|unseres|von (?:meinem|dem|unserem)) (?:autos?|fahrzeugs?|kfz|pkws?|wagens?|motorrads?)\b"
              r"|au(?:ss|ß)er ?betrieb ?setz|(?:auto|fahrzeug|kfz|pkw)\w* (?:\S+ ){0,2}still ?(?:zu)?leg"
              r"|stilllegung",
        "en": r"(?:deregister|de register|unregister) (?:my |a |the |our )?(?:car|vehicle|motorbike"
              r"|motorcycle)|(?:car|vehicle) deregistration|take (?:my |a |the )?(?:car|vehicle) off"
              r" the road|cancel (?:my |the )?(?:car|vehicle) registration",
        "tr": r"(?:araba|arac|otomobil|motosiklet|plaka)\w* (?:\S+ ){0,2}(?:kaydini sil|kayitt?an"
              r" (?:dus|cik|sil)|trafikten cek|iptal)|(?:araba|arac)\w* (?:kaydi )?(?:silme|sildir)"
              r"|trafikten cek",
        "uk": r"зня\w* (?:\S+ ){0,2}(?:авто|машин|транспорт)\w* з (?:обліку|реєстрації)"
              r"|(?:авто|машин)\w* (?:\S+ ){0,2}зня\w* з (?:обліку|реєстрації)",
        "ru": r"сн(?:я|и)\w* (?:\S+ ){0,2}(?:авто|машин|транспорт)\w* с (?:учета|регистрации)"
              r"|(?:авто|машин)\w* (?:\S+ ){0,2}сн(?:я|и)\w* с (?:учета|регистрации)",
        "pl": r"wyrejestrow\w* (?:\S+ ){0,2}(?:samochod|auto|pojazd|motocykl)"
              r"|(?:samochod|auto|pojazd|motocykl)\w* (?:\S+ ){0,2}wyrejestrow",
        "ar": r"(?:الغاء|شطب|ايقاف) (?:تسجيل |ترخيص )?(?:ال)?(?:سياره|مركبه|عربيه)"},
       unless=r"zulass|ummeld|neu anmeld|\bregister (?:a|my)\b|tescil et|зареєстр|зарегистр"
              r"|zarejestr|تسجيل سياره جديد"),
    _S("kba",
       {"de": "das Kraftfahrt-Bundesamt in Flensburg",
        "en": "the Federal Motor Transport Authority (Kraftfahrt-Bundesamt) in Flensburg",
        "tr": "Federal Motorlu Taşıtlar Dairesi (Kraftfahrt-Bundesamt), Flensburg",
        "uk": "Федеральне відомство автомобільного транспорту (Kraftfahrt-Bundesamt) у Фленсбурзі",
        "ru": "Федеральное ведомство автомобильного транспорта (Kraftfahrt-Bundesamt) во Фленсбурге",
        "pl": "Federalny Urząd Transportu Samochodowego (Kraftfahrt-Bundesamt) we Flensburgu",
        "ar": "الهيئة الاتحادية للنقل بالسيارات (Kraftfahrt-Bundesamt) في فلنسبورغ"},
       {"de": r"flensburg|punktestand|fahreignungsregister|kraftfahrt ?bundesamt|\bkba\b|verkehrss(?:ue"
              r"|u)nderkartei",
        "en": r"penalty points|driving (?:record|points)|points on my licen[cs]e",
        "tr": r"ceza puan",
        "uk": r"штрафн\w* бал|фленсбург",
        "ru": r"штрафн\w* балл|фленсбург",
        "pl": r"punkt\w* karn",
        "ar": r"نقاط (?:ال)?(?:مخالفات|جزاء)|فلنسبورغ"}),
    _S("pruefstelle",
       {"de": "eine Prüfstelle wie TÜV, DEKRA oder GTÜ",
        "en": "a vehicle inspection body such as TÜV, DEKRA or GTÜ",
        "tr": "TÜV, DEKRA veya GTÜ gibi bir araç muayene kuruluşu",
        "uk": "станція техогляду, наприклад TÜV, DEKRA або GTÜ",
        "ru": "станция техосмотра, например TÜV, DEKRA или GTÜ",
        "pl": "stacja kontroli pojazdów, np. TÜV, DEKRA lub GTÜ",
        "ar": "جهة فحص فني مثل TÜV أو DEKRA أو GTÜ"},
       {"de": r"\bt(?:ue|u)v\b|hauptuntersuchung|\bdekra\b|pr(?:ue|u)fplakette|abgasuntersuchung",
        "en": r"\bmot\b|vehicle inspection|roadworthiness",
        "tr": r"arac muayene|araba muayene|muayene istasyon",
        "uk": r"техогляд|технічн\w* огляд",
        "ru": r"техосмотр|техническ\w* осмотр",
        "pl": r"przeglad\w* techniczn|badani\w* techniczn",
        "ar": r"(?:ال)?فحص (?:ال)?فني|فحص (?:ال)?سياره"}),
    _S("schule",
       {"de": "die Schule bzw. das Schulverwaltungsamt der Stadt Düsseldorf",
        "en": "the school itself or the city's school administration office (Schulverwaltungsamt)",
        "tr": "okulun kendisi veya Düsseldorf belediyesinin okul idaresi (Schulverwaltungsamt)",
        "uk": "сама школа або шкільне управління міста Дюссельдорф (Schulverwaltungsamt)",
        "ru": "сама школа или школьное управление города Дюссельдорф (Schulverwaltungsamt)",
        "pl": "sama szkoła lub miejski urząd ds. szkół (Schulverwaltungsamt)",
        "ar": "المدرسة نفسها أو مكتب إدارة المدارس في مدينة دوسلدورف (Schulverwaltungsamt)"},
       {"de": r"(?<!hoch)(?<!fach)schul ?(?:an|ein)meld|einschulung|einschulen|schulplatz|schulwechsel"
              r"|(?<!hoch)(?<!fach)schule (?:wechseln|anmelden|finden|suchen)|schulpflicht"
              r"|schulbescheinigung"
              r"|schuleingangsuntersuchung|schulbus|sch(?:ue|u)ler ?ticket|offene\w* ganztag|\bogs\b"
              r"|(?:grund|gesamt|real|haupt|sekundar|f(?:oe|o)rder)schul\w* (?:\S+ ){0,2}anmeld"
              r"|gymnasium (?:\S+ ){0,2}anmeld"
              r"|anmeld\w* (?:\S+ ){0,3}(?:grund|gesamt|real|haupt|sekundar)?schule\b|(?:in|an|f(?:ue"
              r"|u)r) (?:der|die|einer|eine|einem) (?:grund)?schule anmelden",
        "en": r"school (?:enrol+ment|registration|place|admission|change|transfer)"
              r"|enrol+(?:ing)? (?:my |our )?"
              r"(?:child|son|daughter|kid)s? (?:in|at|for|into) (?:a |the )?(?:primary |secondary "
              r"|elementary |high )?school"
              r"|regist\w* (?:my |our )?(?:child|son|daughter|kid)s? (?:for|at|in|with) (?:a "
              r"|the )?(?:primary |secondary |elementary )?school"
              r"|primary school (?:place|registration|enrol)|start(?:ing)? school",
        "tr": r"okul (?:kayd|kayit|degis|yeri)|okula (?:kayit|kaydet|yazdir|basla|nasil kay)"
              r"|ilkokul (?:kayd|kayit)|ilkokula",
        "uk": r"(?:запис\w*|зарахуванн\w*|влаштува\w*|влаштуванн\w*) (?:\S+ ){0,2}(?:до|в|у) школ"
              r"|шкільн\w* (?:місц|запис)"
              r"|перш\w* клас|змін\w* школ|перевести (?:\S+ )?(?:до|в) (?:іншу )?школ",
        "ru": r"(?:запис\w*|зачислени\w*|устро\w*) (?:\S+ ){0,2}в школ|перв\w* класс"
              r"|поступлени\w* в школ"
              r"|смен\w* школ|перевести (?:\S+ )?в (?:другую )?школ",
        "pl": r"zapis\w* (?:\S+ ){0,2}do szkol|zapisa\w* (?:\S+ ){0,2}do szkol|rekrutacj\w* do szkol"
              r"|zmian\w* szkol"
              r"|pierwsz\w* klas",
        "ar": r"(?:تسجيل|الحاق|التحاق|قيد)\w* (?:\S+ ){0,3}(?:في |ب|لل|ل)?(?:ال)?مدرس"
              r"|(?:ال)?تسجيل (?:ال)?مدرسي"}),
    _S("hochschule",
       {"de": "die jeweilige Hochschule", "en": "the university or college (Hochschule) itself",
        "tr": "ilgili üniversite (Hochschule)", "uk": "відповідний університет (Hochschule)",
        "ru": "соответствующий университет (Hochschule)", "pl": "dana uczelnia (Hochschule)",
        "ar": "الجامعة المعنية (Hochschule)"},
       {"de": r"immatrikul|exmatrikul|(?:uni|hochschul|studien)\w* ?einschreib"
              r"|einschreib\w* (?:\S+ ){0,3}(?:uni|hochschule|fh\b|studium)"
              r"|studienplatz|studium (?:bewerb|anfangen|beginnen|aufnehmen)|(?:uni|universit(?:ae|a)t"
              r"|hochschule) (?:\S+ ){0,2}bewerb"
              r"|bewerb\w* (?:\S+ ){0,3}(?:uni|universit(?:ae|a)t|hochschule|studium)\b"
              r"|hochschulzulassung|semesterbeitrag"
              r"|semesterticket|studienbescheinigung|uni ?assist|hochschulstart",
        "en": r"(?:university|uni|college) (?:enrol|admission|application|registration|place)"
              r"|enrol+(?:ing)? (?:at|in) (?:a |the )?(?:university|uni|college)"
              r"|apply(?:ing)? (?:to|for|at) (?:a |the )?(?:university|uni|study place|degree)"
              r"|study place|matriculat",
        "tr": r"universite\w* (?:kayd|kayit|basvur)|universiteye|universitede okumak",
        "uk": r"вступ\w* (?:до|в|у) (?:університет|універ|виш|вуз|коледж)|(?:зарахуванн"
              r"|реєстрац)\w* (?:до|в|у) (?:університет|виш)"
              r"|іматрикуляц|імматрикуляц|навчання в університет",
        "ru": r"поступ\w* (?:в )?(?:университет|вуз|универ|колледж)|зачислени\w* в (?:университет|вуз)"
              r"|имм?атрикуляц",
        "pl": r"(?:rekrutacj|zapis|immatrykulac)\w* (?:na |do )?(?:uczelni|uniwersytet|studi)"
              r"|zapisa\w* (?:sie )?na studia"
              r"|immatrykulac|studiowac w niemczech",
        "ar": r"(?:ال)?(?:تسجيل|قبول|تقديم|التحاق)\w* (?:\S+ ){0,2}(?:في |ب|لل|ل)?(?:ال)?جامع"}),
    _S("bafoeg",
       {"de": "das BAföG-Amt (für Studierende beim Studierendenwerk)",
        "en": "the BAföG office (for students at the Studierendenwerk)",
        "tr": "BAföG dairesi (öğrenciler için Studierendenwerk)",
        "uk": "відомство BAföG (для студентів — Studierendenwerk)",
        "ru": "ведомство BAföG (для студентов — Studierendenwerk)",
        "pl": "urząd BAföG (dla studentów Studierendenwerk)",
        "ar": "مكتب BAföG (للطلاب لدى Studierendenwerk)"},
       {"de": r"baf(?:oe|o)e?g|ausbildungsf(?:oe|o)rderung",
        "en": r"student (?:loan|finance|grant)|study grant",
        "tr": r"ogrenci (?:kredisi|bursu)",
        "uk": r"бафог|бафьог|бафег|студентськ\w* (?:кредит|стипенді|допомог)",
        "ru": r"бафог|бафёг|бафег|студенческ\w* (?:кредит|стипенди|пособи)",
        "pl": r"kredyt\w* studenck|stypendi\w* (?:socjaln|studenck)",
        "ar": r"بافوغ|بافوك|منحه (?:دراسيه|ال)?طلاب|قرض (?:ال)?طلاب"},
       unless=r"rundfunk|\bgez\b|beitragsservice|befrei|exempt|broadcast|muaf|yayin|звільн|освобож"
              r"|zwolni|اعفاء"),
    _S("bauaufsicht",
       {"de": "das Bauaufsichtsamt der Stadt Düsseldorf",
        "en": "the city's building control office (Bauaufsichtsamt)",
        "tr": "Düsseldorf belediyesinin yapı denetim dairesi (Bauaufsichtsamt)",
        "uk": "управління будівельного нагляду міста Дюссельдорф (Bauaufsichtsamt)",
        "ru": "управление строительного надзора города Дюссельдорф (Bauaufsichtsamt)",
        "pl": "miejski urząd nadzoru budowlanego (Bauaufsichtsamt)",
        "ar": "مكتب الرقابة على البناء في مدينة دوسلدورف (Bauaufsichtsamt)"},
       {"de": r"baugenehmigung|bauantrag|bauvoranfrage|bauaufsicht|\bbauamt|bauvorbescheid"
              r"|abriss ?genehmig"
              r"|baulast|nutzungs(?:ae|a)nderung|(?:carport|gartenhaus|anbau|wintergarten|dachausbau"
              r"|garage|zaun|pool)\w* "
              r"(?:\S+ ){0,2}(?:genehmig|bauen|errichten)",
        "en": r"building (?:permit|permission|authority|application|control)|planning permission"
              r"|construction permit",
        "tr": r"(?:insaat|yapi) (?:izni|ruhsat)|insaat basvuru|yapi denetim",
        "uk": r"дозв\w* на будівництв|будівельн\w* (?:дозв|нагляд)",
        "ru": r"разрешени\w* на строительств|строительн\w* (?:разрешени|надзор)",
        "pl": r"pozwoleni\w* na budow|zgod\w* na budow|nadzor\w* budowlan",
        "ar": r"(?:رخصه|تصريح|اذن) (?:ال)?بناء"}),
    _S("grundbuchamt",
       {"de": "das Grundbuchamt beim Amtsgericht",
        "en": "the land registry (Grundbuchamt) at the local court (Amtsgericht)",
        "tr": "sulh mahkemesindeki tapu dairesi (Grundbuchamt, Amtsgericht)",
        "uk": "поземельне відомство (Grundbuchamt) при дільничному суді (Amtsgericht)",
        "ru": "поземельное ведомство (Grundbuchamt) при участковом суде (Amtsgericht)",
        "pl": "wydział ksiąg wieczystych (Grundbuchamt) przy sądzie rejonowym (Amtsgericht)",
        "ar": "دائرة السجل العقاري (Grundbuchamt) لدى المحكمة المحلية (Amtsgericht)"},
       {"de": r"grundbuch",
        "en": r"land regist|title deed",
        "tr": r"\btapu",
        "uk": r"(?:земельн|поземельн)\w* (?:книг|реєстр)|витяг\w* (?:з )?(?:земельн|поземельн)",
        "ru": r"(?:земельн|поземельн)\w* (?:книг|реестр)|выписк\w* (?:из )?(?:земельн|поземельн)",
        "pl": r"ksieg\w* wieczyst|wyciag\w* z ksiegi",
        "ar": r"(?:ال)?سجل (?:ال)?عقاري|سجل (?:ال)?اراضي|(?:ال)?طابو|صك (?:ال)?ملكيه"}),
    _S("familiengericht",
       {"de": "das Familiengericht beim Amtsgericht",
        "en": "the family court (Familiengericht) at the local court",
        "tr": "aile mahkemesi (Familiengericht, Amtsgericht bünyesinde)",
        "uk": "сімейний суд (Familiengericht) при дільничному суді",
        "ru": "семейный суд (Familiengericht) при участковом суде",
        "pl": "sąd rodzinny (Familiengericht) przy sądzie rejonowym",
        "ar": "محكمة الأسرة (Familiengericht) لدى المحكمة المحلية"},
       {"de": r"scheidung|scheiden (?:lassen|will|m(?:oe|o)chte)|geschieden werden|trennungsjahr"
              r"|familiengericht"
              r"|sorgerecht(?!s ?erkl)|umgangsrecht|versorgungsausgleich",
        "en": r"divorc|custody|family court|visitation rights",
        "tr": r"bosan|velayet|aile mahkemesi",
        "uk": r"розлуч|сімейн\w* суд|розірванн\w* шлюбу|опік\w* над дит",
        "ru": r"развод|развестись|семейн\w* суд|расторжени\w* брака|опек\w* над (?:ребенк|дет)",
        "pl": r"rozwod|rozwies|sad\w* rodzinn|wladz\w* rodzicielsk",
        "ar": r"(?:ال)?طلاق|محكمه (?:ال)?(?:اسره|اسريه)|(?:ال)?محكمه (?:ال)?اسريه"},
       unless=r"name|nachname|isim|soyad|прізвищ|фамили|nazwisk|اسم|urkunde|certificate|свідоцтв"
              r"|свидетельств"),
    _S("jugendamt",
       {"de": "das Jugendamt der Stadt Düsseldorf (Amt für Soziales und Jugend)",
        "en": "the city's youth welfare office (Jugendamt, Amt für Soziales und Jugend)",
        "tr": "Düsseldorf Gençlik Dairesi (Jugendamt, Amt für Soziales und Jugend)",
        "uk": "міська служба у справах дітей (Jugendamt, Amt für Soziales und Jugend)",
        "ru": "городское ведомство по делам молодёжи (Jugendamt, Amt für Soziales und Jugend)",
        "pl": "miejski urząd ds. młodzieży (Jugendamt, Amt für Soziales und Jugend)",
        "ar": "مكتب رعاية الشباب في المدينة (Jugendamt، Amt für Soziales und Jugend)"},
       {"de": r"unterhaltsvorschuss|kindesunterhalt|unterhalt (?:f(?:ue|u)r|vom|von|f(?:ue"
              r"|u)rs) (?:das |mein |meine |meinen )?(?:kind|vater|ex)"
              r"|sorgerechts? ?erkl(?:ae|a)r|gemeinsame\w* sorgerecht|beistandschaft|vaterschaft"
              r"|vormundschaft"
              r"|pflegekind|pflegefamilie|pflegeeltern|adoption|adoptier|jugendamt|erziehungsberatung",
        "en": r"child (?:support|maintenance)|maintenance advance|paternity|adopt(?:ion|ing|ed)? "
              r"|adopt a|foster (?:child|family|care|parent)"
              r"|youth welfare office|jugendamt",
        "tr": r"nafaka|babalik|evlat edin|koruyucu aile|genclik dairesi",
        "uk": r"алімент|батьківств|усиновл|прийомн\w* (?:сім|батьк|дит)|служб\w* у справах дітей",
        "ru": r"алимент|отцовств|усыновл|приемн\w* (?:семь|родител|ребен)|опек\w* и попечительств"
              r"|ювенальн",
        "pl": r"aliment|ojcostw|adopcj|adoptow|rodzin\w* zastepcz|urzad\w* (?:do spraw )?mlodziez",
        "ar": r"(?:ال)?نفقه|(?:اثبات )?(?:ال)?ابوه|(?:ال)?تبني|(?:ال)?اسره (?:ال)?حاضنه"
              r"|رعايه (?:ال)?شباب"},
       unless=ANIMALS),
    _S("schufa",
       {"de": "die SCHUFA", "en": "SCHUFA (the credit agency)", "tr": "SCHUFA (kredi kuruluşu)",
        "uk": "SCHUFA (кредитне бюро)", "ru": "SCHUFA (кредитное бюро)",
        "pl": "SCHUFA (biuro informacji kredytowej)", "ar": "SCHUFA (وكالة الاستعلام الائتماني)"},
       {"de": r"schufa|bonit(?:ae|a)t|kreditw(?:ue|u)rdig",
        "en": r"credit (?:report|score|check|rating|history)",
        "tr": r"kredi (?:notu|puan|sicil|raporu)|findeks",
        "uk": r"шуфа|кредитн\w* (?:історі|рейтинг|звіт)",
        "ru": r"шуфа|кредитн\w* (?:истори|рейтинг|отчет)",
        "pl": r"historia? kredytow|zdolnos\w* kredytow|raport\w* kredytow",
        "ar": r"(?:ال)?جداره (?:ال)?ائتمانيه|تقرير (?:ال)?ائتمان|(?:ال)?سجل (?:ال)?ائتماني|شوفا"}),
)
