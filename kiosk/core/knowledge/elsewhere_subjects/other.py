"""Subjects other authorities handle: elections, migration office, health office, registries, churches, banks, police and others."""

from __future__ import annotations

from kiosk.core.knowledge.elsewhere_subjects.common import *  # noqa: F401,F403 - word classes
from kiosk.core.knowledge.elsewhere_subjects.common import Subject as _S

SUBJECTS = (
    _S("wahlinformation",
       {"de": "die Bundeszentrale für politische Bildung (etwa mit dem Wahl-O-Mat)",
        "en": "the Federal Agency for Civic Education (bpb, e.g. its Wahl-O-Mat)",
        "tr": "Federal Siyasi Eğitim Merkezi (bpb, ör. Wahl-O-Mat)",
        "uk": "Федеральний центр політичної освіти (bpb, напр. Wahl-O-Mat)",
        "ru": "Федеральный центр политического образования (bpb, напр. Wahl-O-Mat)",
        "pl": "Federalna Centrala Kształcenia Politycznego (bpb, np. Wahl-O-Mat)",
        "ar": "الوكالة الاتحادية للتربية المدنية (bpb، مثل Wahl-O-Mat)"},
       {"de": r"wen (?:soll|sollte|kann|muss) ich w(?:ae|a)hlen|welche\w* partei|wahl ?o ?mat"
              r"|wahlempfehlung|wahlprogramm"
              r"|parteiprogramm|\b(?:afd|cdu|csu|spd|fdp|bsw)\b|die gr(?:ue|u)nen|die linke",
        "en": r"who (?:should|shall|do|to) (?:i )?vote|which party|voting advice|party (?:program"
              r"|platform|manifesto)",
        "tr": r"kime oy (?:vermeli|vereyim|ver)|hangi parti|oy tavsiye",
        "uk": r"за кого (?:\S+ )?голосувати|як(?:у|а|ій) парті|рекомендац\w* (?:щодо )?голосуванн",
        "ru": r"за кого (?:\S+ )?голосовать|как(?:ую|ая|ой) парти|рекомендац\w* (?:по )?голосовани",
        "pl": r"na kogo (?:\S+ )?glosowa|ktor\w* parti",
        "ar": r"لمن (?:يجب ان )?(?:اصوت|انتخب)|اي حزب|(?:ال)?حزب (?:ال)?افضل"}),
    _S("bamf",
       {"de": "das Bundesamt für Migration und Flüchtlinge (BAMF)",
        "en": "the Federal Office for Migration and Refugees (BAMF)",
        "tr": "Federal Göç ve Mülteciler Dairesi (BAMF)",
        "uk": "Федеральне відомство з питань міграції та біженців (BAMF)",
        "ru": "Федеральное ведомство по делам миграции и беженцев (BAMF)",
        "pl": "Federalny Urząd ds. Migracji i Uchodźców (BAMF)",
        "ar": "المكتب الاتحادي للهجرة واللاجئين (BAMF)"},
       {"de": r"integrationskurs|\basyl|\bbamf\b|deutschkurs|sprachkurs|orientierungskurs|einb(?:ue"
              r"|u)rgerungstest"
              r"|leben in deutschland test|\bdtz\b|fl(?:ue|u)chtlingsanerkennung",
        "en": r"integration course|asylum|german (?:language )?(?:course|class)|naturali[sz]ation test"
              r"|citizenship test"
              r"|life in germany test|refugee status",
        "tr": r"uyum kursu|entegrasyon kursu|iltica|siginma|almanca kursu|vatandaslik testi",
        "uk": r"інтеграційн\w* курс|(?:політичн\w*|отрима\w*|надання|прохання про|заяв\w* на"
              r"|шукач\w*) притул|курс\w* німецьк|тест на громадянств",
        "ru": r"интеграционн\w* курс|убежищ|курс\w* немецк|тест на гражданств",
        "pl": r"kurs\w* integracyjn|azyl|kurs\w* (?:jezyka )?niemieck|test\w* na obywatelstw",
        "ar": r"دوره (?:ال)?اندماج|(?:ال)?لجوء|دوره (?:ال)?لغه (?:ال)?المانيه|اختبار (?:ال)?تجنس"
              r"|دورات (?:ال)?اندماج"},
       unless=ANIMALS),
    _S("gesundheitsamt",
       {"de": "das Gesundheitsamt der Stadt Düsseldorf",
        "en": "the city's public health office (Gesundheitsamt)",
        "tr": "Düsseldorf belediyesinin sağlık dairesi (Gesundheitsamt)",
        "uk": "міське управління охорони здоров'я (Gesundheitsamt)",
        "ru": "городское управление здравоохранения (Gesundheitsamt)",
        "pl": "miejski urząd zdrowia (Gesundheitsamt)",
        "ar": "دائرة الصحة في المدينة (Gesundheitsamt)"},
       {"de": r"gesundheitszeugnis|infektionsschutz ?belehrung|belehrung nach (?:dem )?ifsg|\bifsg\b"
              r"|gesundheitsamt|hygienebelehrung",
        "en": r"health certificate|food hygiene certificate|infection protection (?:training"
              r"|instruction|certificate)"
              r"|health department|public health office",
        "tr": r"saglik belgesi|hijyen belgesi|saglik dairesi|portor",
        "uk": r"санітарн\w* книжк|медичн\w* (?:книжк|довідк\w* для роботи)|управлінн\w* охорони здоров",
        "ru": r"санитарн\w* книжк|медицинск\w* (?:книжк|справк\w* для работы)"
              r"|управлени\w* здравоохранени",
        "pl": r"ksiazeczk\w* (?:sanepid|zdrowia)|sanepid|badani\w* sanitarn|urzad\w* zdrowia",
        "ar": r"(?:ال)?شهاده (?:ال)?صحيه|مكتب (?:ال)?صحه|دائره (?:ال)?صحه"}),
    _S("nachlassgericht",
       {"de": "das Nachlassgericht beim Amtsgericht",
        "en": "the probate court (Nachlassgericht) at the local court",
        "tr": "sulh mahkemesindeki miras mahkemesi (Nachlassgericht)",
        "uk": "суд у спадкових справах (Nachlassgericht) при дільничному суді",
        "ru": "суд по наследственным делам (Nachlassgericht) при участковом суде",
        "pl": "sąd spadkowy (Nachlassgericht) przy sądzie rejonowym",
        "ar": "محكمة التركات (Nachlassgericht) لدى المحكمة المحلية"},
       {"de": r"erbschein|nachlass|\berbe\b|\berben\b|\berbschaft|\berbin\b|testament|erbausschlag"
              r"|ausschlag\w* (?:\S+ )?erb",
        "en": r"certificate of inheritance|inheritance|probate|\bwill\b (?:deposit|regist)|(?:make"
              r"|deposit|write) (?:a|my) will\b|\bheirs?\b|\binherit",
        "tr": r"miras|veraset|vasiyet",
        "uk": r"спадщин|спадков|спадкоєм|заповіт",
        "ru": r"наследств|наследник|завещани",
        "pl": r"spadk|spadek|testament",
        "ar": r"(?:ال)?ميراث|(?:ال)?ورثه|(?<!\w)(?:ال)?ارث|حصر (?:ال)?ارث|(?<!\w)(?:ال)?وصيه"
              r"|(?<!\w)(?:ال)?تركه"}),
    _S("betreuungsbehoerde",
       {"de": "die Betreuungsbehörde der Stadt Düsseldorf oder ein Notariat",
        "en": "the city's adult guardianship authority (Betreuungsbehörde) or a notary",
        "tr": "Düsseldorf belediyesinin yetişkin vesayet dairesi (Betreuungsbehörde) veya bir noter",
        "uk": "міський орган опіки над дорослими (Betreuungsbehörde) або нотаріус",
        "ru": "городской орган опеки над взрослыми (Betreuungsbehörde) или нотариус",
        "pl": "miejski urząd ds. kurateli (Betreuungsbehörde) lub notariusz",
        "ar": "هيئة الرعاية القانونية للبالغين في المدينة (Betreuungsbehörde) أو كاتب عدل"},
       {"de": r"vorsorge ?vollmacht|betreuungsverf(?:ue|u)gung|patientenverf(?:ue|u)gung|(?:gesetzliche"
              r"|rechtliche)\w* betreu"
              r"|betreuungsgericht|betreuungsbeh(?:oe|o)rde|betreuungsstelle",
        "en": r"power of attorney for (?:health|care|old age)|lasting power of attorney|living will"
              r"|advance (?:healthcare )?directive"
              r"|legal guardian(?:ship)? for (?:an )?adult",
        "tr": r"hasta vasiyet|saglik vekaletname|vasi tayin",
        "uk": r"довіреніст\w* на випадок|медичн\w* довіреніст|опік\w* над дорослим"
              r"|розпорядженн\w* пацієнт",
        "ru": r"доверенност\w* на случай|медицинск\w* доверенност|опек\w* над взросл"
              r"|распоряжени\w* пациент",
        "pl": r"pelnomocnictw\w* (?:na wypadek|medyczn|opiekuncz)|oswiadczeni\w* pacjenta"
              r"|kurator\w* dla doros",
        "ar": r"وكاله (?:رعايه|احتياطيه|صحيه)|وصي قانوني|توجيهات طبيه مسبقه"}, guarded=False),
    _S("registergericht",
       {"de": "das Registergericht beim Amtsgericht (die Anmeldung läuft über ein Notariat)",
        "en": "the register court (Registergericht) at the local court, via a notary",
        "tr": "sulh mahkemesindeki sicil mahkemesi (Registergericht), noter aracılığıyla",
        "uk": "реєстраційний суд (Registergericht) при дільничному суді, через нотаріуса",
        "ru": "регистрационный суд (Registergericht) при участковом суде, через нотариуса",
        "pl": "sąd rejestrowy (Registergericht) przy sądzie rejonowym, za pośrednictwem notariusza",
        "ar": "محكمة السجل (Registergericht) لدى المحكمة المحلية، عبر كاتب عدل"},
       {"de": r"handelsregister|registergericht|vereinsregister|verein (?:\S+ )?gr(?:ue|u)nden"
              r"|eingetragene\w* verein",
        "en": r"commercial register|register of associations|(?:found|register|start) (?:a "
              r"|an )?(?:club|association)",
        "tr": r"ticaret sicil|dernek kur",
        "uk": r"торгов\w* реєстр|комерційн\w* реєстр|реєстр\w* (?:об'єднань|товариств)",
        "ru": r"торгов\w* реестр|коммерческ\w* реестр|реестр\w* (?:объединений|обществ)",
        "pl": r"rejestr\w* handlow|\bkrs\b|zalozy\w* stowarzyszeni",
        "ar": r"تاسيس جمعيه"},
       unless=r"gewerbezentral|zentralregister|central trade|merkez"),
    _S("notariat",
       {"de": "ein Notariat", "en": "a notary (Notar)", "tr": "bir noter (Notar)",
        "uk": "нотаріус (Notar)", "ru": "нотариус (Notar)", "pl": "notariusz (Notar)",
        "ar": "كاتب عدل (Notar)"},
       {"de": r"\bnotar|notariell",
        "en": r"notary|notari[sz]",
        "tr": r"\bnoter",
        "uk": r"нотаріус|нотаріальн",
        "ru": r"нотариус|нотариальн",
        "pl": r"notariusz|notarialn",
        "ar": r"كاتب (?:ال)?عدل|موثق"}, guarded=False),
    _S("kirchenaustritt",
       {"de": "das Amtsgericht Düsseldorf", "en": "the local court (Amtsgericht Düsseldorf)",
        "tr": "Düsseldorf sulh mahkemesi (Amtsgericht Düsseldorf)",
        "uk": "дільничний суд Дюссельдорфа (Amtsgericht Düsseldorf)",
        "ru": "участковый суд Дюссельдорфа (Amtsgericht Düsseldorf)",
        "pl": "sąd rejonowy w Düsseldorfie (Amtsgericht Düsseldorf)",
        "ar": "المحكمة المحلية في دوسلدورف (Amtsgericht Düsseldorf)"},
       {"de": r"kirchenaustritt|aus der kirche (?:aus|austret)|austritt aus der kirche|kirche austreten",
        "en": r"leave the church|leaving the church|church (?:exit|withdrawal|resignation)",
        "tr": r"kilise\w* (?:\S+ )?(?:cik|ayril)",
        "uk": r"вих(?:ід|оду|одити) з церкв|вийти з церкв",
        "ru": r"выход\w* из церкв|выйти из церкв",
        "pl": r"wystap\w* z kosciol|apostazj",
        "ar": r"(?:ال)?خروج من (?:ال)?كنيسه|ترك (?:ال)?كنيسه"}),
    _S("bezirksregierung",
       {"de": "die Bezirksregierung Düsseldorf", "en": "the district government (Bezirksregierung "
                                                       "Düsseldorf)",
        "tr": "Düsseldorf Bölge Yönetimi (Bezirksregierung Düsseldorf)",
        "uk": "окружний уряд (Bezirksregierung Düsseldorf)",
        "ru": "окружное правительство (Bezirksregierung Düsseldorf)",
        "pl": "rejencja (Bezirksregierung Düsseldorf)",
        "ar": "الحكومة الإقليمية (Bezirksregierung Düsseldorf)"},
       {"de": r"apostille|(?:ue|u)berbeglaubigung|legalisation|legalisierung",
        "en": r"apostille|legali[sz]ation|legali[sz]e",
        "tr": r"apostil|tasdik serhi",
        "uk": r"апостил|легалізац",
        "ru": r"апостил|легализац",
        "pl": r"apostil|legalizac",
        "ar": r"(?:ال)?ابوستيل|(?:ال)?ابستيل|تصديق (?:ال)?خارجيه"}, guarded=False),
    _S("arbeitgeber",
       {"de": "Ihr Arbeitgeber", "en": "your employer", "tr": "işvereniniz",
        "uk": "ваш роботодавець", "ru": "ваш работодатель", "pl": "pracodawca",
        "ar": "صاحب العمل"},
       {"de": r"elternzeit (?:\S+ ){0,2}(?:beantrag|anmeld|nehmen|antrag|verl(?:ae|a)nger|k(?:ue"
              r"|u)ndig)|elternzeitantrag"
              r"|lohnabrechnung|gehaltsabrechnung|arbeitszeugnis|urlaubsanspruch",
        "en": r"parental leave(?! pay| allowance| benefit)|payslip|pay slip|annual leave",
        "tr": r"ebeveyn izni|dogum izni|maas bordrosu",
        "uk": r"відпустк\w* (?:по|для) догляд\w* за дитин|декретн\w* відпустк",
        "ru": r"отпуск\w* по уходу за ребенк|декретн\w* отпуск",
        "pl": r"urlop\w* (?:rodzicielsk|wychowawcz|macierzynsk)",
        "ar": r"اجازه (?:ال)?(?:والدين|امومه|ابوه|رعايه (?:ال)?طفل)"},
       unless=r"eltern ?gel[dt]|elterngeld|parental allowance|parental benefit|ebeveyn parasi"
              r"|батьківськ\w* допомог"
              r"|родительск\w* пособи|zasil\w* rodzicielsk|اعانه (?:ال)?والدين"),
    _S("stadtbuechereien",
       {"de": "die Stadtbüchereien Düsseldorf", "en": "the Düsseldorf city libraries (Stadtbüchereien)",
        "tr": "Düsseldorf şehir kütüphaneleri (Stadtbüchereien)",
        "uk": "міські бібліотеки Дюссельдорфа (Stadtbüchereien)",
        "ru": "городские библиотеки Дюссельдорфа (Stadtbüchereien)",
        "pl": "biblioteki miejskie w Düsseldorfie (Stadtbüchereien)",
        "ar": "المكتبات العامة في مدينة دوسلدورف (Stadtbüchereien)"},
       {"de": r"bibliothek|b(?:ue|u)cherei|leseausweis",
        "en": r"library",
        "tr": r"kutuphane",
        "uk": r"бібліотек",
        "ru": r"библиотек",
        "pl": r"bibliotek",
        "ar": r"(?:ال)?مكتبه (?:ال)?(?:عامه|مدينه|بلديه)|بطاقه (?:ال)?مكتبه"}, plural=True),
    _S("fischereibehoerde",
       {"de": "die Untere Fischereibehörde der Stadt Düsseldorf",
        "en": "the city's fisheries authority (Untere Fischereibehörde)",
        "tr": "Düsseldorf belediyesinin balıkçılık dairesi (Untere Fischereibehörde)",
        "uk": "міський орган рибальства (Untere Fischereibehörde)",
        "ru": "городской орган по рыболовству (Untere Fischereibehörde)",
        "pl": "miejski urząd ds. rybołówstwa (Untere Fischereibehörde)",
        "ar": "هيئة الصيد البحري والنهري في المدينة (Untere Fischereibehörde)"},
       {"de": r"fischerei ?schein|angel ?schein|angelkarte|fischereiabgabe"
              r"|angeln (?:\S+ ){0,2}(?:erlaubt|gehen|darf)",
        "en": r"fishing (?:licen[cs]e|permit)",
        "tr": r"balik(?:cilik)? (?:avi |tutma )?(?:ruhsat|izni|belgesi)|olta izni",
        "uk": r"(?:рибальськ|риболовн)\w* (?:квит|посвідч|дозв|ліценз)|(?:дозв|ліценз)\w* на (?:риболов"
              r"|рибалк|ловлю риб)",
        "ru": r"(?:рыболовн|рыбацк)\w* (?:билет|удостовер|лицензи)|(?:разрешени"
              r"|лицензи)\w* на (?:рыбалк|рыбн|ловлю рыб)",
        "pl": r"kart\w* wedkarsk|pozwoleni\w* na wedkowani|licencj\w* wedkarsk",
        "ar": r"رخصه (?:ال)?صيد (?:ال)?(?:سمك|اسماك)|تصريح صيد (?:ال)?(?:سمك|اسماك)"}),
    _S("jagdbehoerde",
       {"de": "die Untere Jagdbehörde der Stadt Düsseldorf",
        "en": "the city's hunting authority (Untere Jagdbehörde)",
        "tr": "Düsseldorf belediyesinin av dairesi (Untere Jagdbehörde)",
        "uk": "міський мисливський орган (Untere Jagdbehörde)",
        "ru": "городской охотничий орган (Untere Jagdbehörde)",
        "pl": "miejski urząd łowiecki (Untere Jagdbehörde)",
        "ar": "هيئة الصيد البري في المدينة (Untere Jagdbehörde)"},
       {"de": r"jagdschein|j(?:ae|a)gerpr(?:ue|u)fung|jagdbeh(?:oe|o)rde",
        "en": r"hunting (?:licen[cs]e|permit)",
        "tr": r"av (?:ruhsat|tezkere|izni)|avcilik (?:belgesi|ruhsat)",
        "uk": r"мисливськ\w* (?:квит|посвідч)",
        "ru": r"охотнич\w* (?:билет|удостовер)",
        "pl": r"pozwoleni\w* na polowani|uprawnieni\w* (?:do polowania|mysliwsk)",
        "ar": r"رخصه (?:ال)?(?:صيد (?:ال)?حيوانات|قنص)"}),
    _S("bundeswehr",
       {"de": "die Bundeswehr (Karrierecenter der Bundeswehr)",
        "en": "the Bundeswehr (German armed forces, Karrierecenter)",
        "tr": "Bundeswehr (Alman Silahlı Kuvvetleri, Karrierecenter)",
        "uk": "Бундесвер (Bundeswehr, Karrierecenter)", "ru": "бундесвер (Bundeswehr, Karrierecenter)",
        "pl": "Bundeswehra (Bundeswehr, Karrierecenter)",
        "ar": "الجيش الألماني (Bundeswehr، Karrierecenter)"},
       {"de": r"wehrdienst|wehrpflicht|musterung|bundeswehr|zivildienst|kriegsdienst|wehrerfassung",
        "en": r"military service|conscription|armed forces",
        "tr": r"alman ordusu",
        "uk": r"бундесвер",
        "ru": r"бундесвер",
        "pl": r"bundeswehr",
        "ar": r"(?:ال)?جيش (?:ال)?الماني|(?:ال)?خدمه (?:ال)?عسكريه (?:ال)?المانيه"}),
    _S("bank",
       {"de": "eine Bank oder Sparkasse", "en": "a bank or savings bank (Sparkasse)",
        "tr": "bir banka veya Sparkasse", "uk": "банк або ощадна каса (Sparkasse)",
        "ru": "банк или сберегательная касса (Sparkasse)", "pl": "bank lub kasa oszczędnościowa (Sparkasse)",
        "ar": "بنك أو مصرف ادخار (Sparkasse)"},
       {"de": r"konto (?:\S+ )?er(?:oe|o)ffn|kontoer(?:oe|o)ffnung|girokonto|bankkonto|basiskonto"
              r"|\bkredit (?:beantrag|aufnehm)",
        "en": r"(?:open|opening) (?:a |an )?(?:bank |current |checking )?account|bank account|\bloan\b",
        "tr": r"banka hesab|hesap ac|kredi cek",
        "uk": r"банківськ\w* рахун|відкри\w* (?:\S+ )?рахун",
        "ru": r"банковск\w* сч[её]т|откры\w* (?:\S+ )?сч[её]т",
        "pl": r"konto bankow|zaloz\w* konto|otworzy\w* konto|otwarci\w* konta",
        "ar": r"حساب (?:ال)?بنكي|(?:فتح|افتح) حساب"},
       unless=r"meldebe|anmeld|proof of address|address registration|ikamet|довідк\w* про реєстрац"
              r"|справк\w* о регистрац"
              r"|zaswiadczeni\w* o zameldowaniu|شهاده تسجيل|\bid\b|ausweis|pass\b|passport|kimlik"
              r"|pasaport|паспорт|dowod|paszport"),
    _S("polizei",
       {"de": "die Polizei", "en": "the police (Polizei)", "tr": "polis (Polizei)",
        "uk": "поліція (Polizei)", "ru": "полиция (Polizei)", "pl": "policja (Polizei)",
        "ar": "الشرطة (Polizei)"},
       {"de": r"strafanzeige|anzeige (?:\S+ )?erstatten|(?:fahrrad|rad|auto|handy|wohnung|tasche"
              r"|wagen)\w* (?:\S+ )?(?:gestohlen|geklaut)"
              r"|(?:gestohlen\w*|geklaut\w*) (?:fahrrad|auto|handy)|einbruch|eingebrochen|\bpolizei\b"
              r"|diebstahl (?:\S+ )?anzeigen"
              r"|ruhest(?:oe|o)rung|bel(?:ae|a)stigt|bedroht",
        "en": r"report (?:a |the )?(?:crime|theft|burglary)|police(?! clearance)|(?:bike|bicycle|car"
              r"|phone) (?:was |got |has been )?stolen"
              r"|stolen (?:bike|bicycle|car|phone)|burglary|break ?in",
        "tr": r"\bpolis|suc duyurusu|(?:bisiklet|araba|telefon)\w* calindi|evime hirsiz",
        "uk": r"поліці|заяв\w* про крадіжк|(?:велосипед|машин|авто|телефон)\w* (?:\S+ )?(?:вкрали"
              r"|викрали)|вкрали (?:\S+ )?(?:велосипед|машин|авто|телефон)|пограбува|обікрали",
        "ru": r"полици|заявлени\w* о краже|(?:велосипед|машин|авто|телефон)\w* (?:\S+ )?(?:украли"
              r"|угнали)|украли (?:\S+ )?(?:велосипед|машин|авто|телефон)|ограбил|обокрали",
        "pl": r"policj|zglosi\w* kradziez|(?:rower|samochod|auto|telefon)\w* (?:\S+ )?(?:ukradl"
              r"|ukradzion)|ukradl\w* (?:\S+ )?(?:rower|samochod|auto|telefon)|wlamani",
        "ar": r"(?:ال)?شرطه|سرقت (?:\S+ )?(?:دراج|سيار|هاتف|جوال)|(?:دراجتي|سيارتي|هاتفي"
              r"|جوالي) (?:\S+ )?(?:سرق|انسرق)"},
       unless=r"ausweis|perso\b|persos|pass\b|passport|reisepass|kimlik|pasaport|паспорт|посвідч"
              r"|удостоверени|dowod|paszport"
              r"|هويه|جواز|f(?:ue|u)hrungszeugnis|clearance|good conduct|criminal record|sicil|несудим"
              r"|niekaraln|حسن السيره|довідк\w* (?:з|від) поліці|справк\w* (?:из|от) полици"
              r"|fund|gefunden|verlore|verlust|found|lost|bulundu|kayip|знайд|найд|znalez|zgubi|مفقود"
              r"|\bpin\b|116|sperr|" + FS),
    _S("ordnungsamt",
       {"de": "das Ordnungsamt der Stadt Düsseldorf", "en": "the city's public order office "
                                                            "(Ordnungsamt)",
        "tr": "Düsseldorf belediyesinin zabıta dairesi (Ordnungsamt)",
        "uk": "міське управління громадського порядку (Ordnungsamt)",
        "ru": "городское управление общественного порядка (Ordnungsamt)",
        "pl": "miejski urząd porządku publicznego (Ordnungsamt)",
        "ar": "مكتب النظام العام في المدينة (Ordnungsamt)"},
       {"de": r"gastst(?:ae|a)tte|gaststaetten|schankerlaubnis|ausschank|sondernutzung|stra(?:ss"
              r"|s)enfest|flohmarkt ?(?:stand|genehmig)"
              r"|\bosd\b|veranstaltung (?:\S+ ){0,2}genehmig|l(?:ae|a)rmbel(?:ae|a)stigung",
        "en": r"(?:bar|restaurant|pub|alcohol) licen[cs]e|liquor licen[cs]e|street party"
              r"|public order office|noise complaint",
        "tr": r"(?:icki|restoran|kafe) (?:ruhsat|izni)|zabita|gurultu sikayet",
        "uk": r"ліцензі\w* на (?:алкогол|ресторан|кафе)|скарг\w* на шум",
        "ru": r"лицензи\w* на (?:алкогол|ресторан|кафе)|жалоб\w* на шум",
        "pl": r"(?:koncesj|zezwoleni)\w* na (?:alkohol|sprzedaz alkoholu|restauracj)|skarg\w* na halas",
        "ar": r"رخصه (?:ال)?(?:مطعم|مقهى|كحول)|شكوى (?:من )?(?:ال)?ضوضاء|(?:ال)?ازعاج"},
       unless=r"gewerbe|business|isyeri|işyeri|бізнес|бизнес|dzialalnos|نشاط تجاري"),
    _S("parken",
       {"de": "der Betreiber des Parkhauses oder Parkplatzes",
        "en": "the operator of the car park",
        "tr": "otoparkın işletmecisi",
        "uk": "оператор паркінгу",
        "ru": "оператор парковки",
        "pl": "operator parkingu",
        "ar": "الجهة المشغّلة لموقف السيارات"},
       {"de": r"parkhaus|parkgeb(?:ue|u)hr|parkschein|parkticket|parkuhr|tiefgarage|parkpl(?:ae"
              r"|a)tz\w* (?:\S+ ){0,3}(?:kost|preis|geb)"
              r"|parken (?:\S+ ){0,4}(?:kost|preis)|(?:kostet|kosten) (?:\S+ ){0,2}parken",
        "en": r"parking (?:fee|garage|cost|price|meter|charges)|car park|how much (?:is|does"
              r"|for) parking|multi ?storey",
        "tr": r"otopark|park (?:ucreti|ucret)",
        "uk": r"(?:скільки (?:\S+ )?кошту\w*|ціна|вартість) (?:\S+ ){0,2}паркуванн"
              r"|паркуванн\w* (?:\S+ ){0,4}(?:кошту|ціна|вартість)|паркінг",
        "ru": r"(?:сколько (?:\S+ )?стоит|цена|стоимость) (?:\S+ ){0,2}парковк"
              r"|парковк\w* (?:\S+ ){0,4}(?:стоит|цена|стоимост)|паркинг",
        "pl": r"(?:ile kosztuje|cena|koszt\w*|oplat\w*) (?:\S+ ){0,2}parking"
              r"|parking\w* (?:\S+ ){0,3}(?:koszt|cen|oplat)",
        "ar": r"(?:سعر|تكلفه|رسوم|كم) (?:\S+ ){0,3}(?:ال)?(?:موقف|مواقف|وقوف|ركن)|(?:ال)?(?:موقف"
              r"|مواقف) (?:ال)?سيارات (?:\S+ ){0,3}(?:سعر|تكلفه|كم)"},
       unless=r"ausweis|anwohner|bewohner|permit|resident|izin|izni|дозв|разрешени|\bkart\w*|تصريح|"
              r"(?:schwer)?behindert|disab|engelli|інвалід|инвалид|niepelnospraw|اعاقه"),
    _S("sozialamt",
       {"de": "das Amt für Soziales und Jugend der Stadt Düsseldorf",
        "en": "the city's social welfare office (Amt für Soziales und Jugend)",
        "tr": "Düsseldorf belediyesinin sosyal işler dairesi (Amt für Soziales und Jugend)",
        "uk": "міське управління соціальних справ (Amt für Soziales und Jugend)",
        "ru": "городское управление социальных дел (Amt für Soziales und Jugend)",
        "pl": "miejski urząd ds. socjalnych (Amt für Soziales und Jugend)",
        "ar": "مكتب الشؤون الاجتماعية في المدينة (Amt für Soziales und Jugend)"},
       {"de": r"grundsicherung im alter|grundsicherung (?:bei|wegen) erwerbsminderung|\bsozialhilfe"
              r"|bildung und teilhabe|hilfe zur pflege"},
       unless=r"b(?:ue|u)rger ?geld|jobcenter|hartz|alg ?(?:ii|2)\b"),
    _S("parkerleichterung",
       {"de": "die Straßenverkehrsbehörde der Stadt Düsseldorf",
        "en": "the city's road traffic authority (Straßenverkehrsbehörde)",
        "tr": "Düsseldorf belediyesinin trafik dairesi (Straßenverkehrsbehörde)",
        "uk": "міський орган дорожнього руху (Straßenverkehrsbehörde)",
        "ru": "городской орган дорожного движения (Straßenverkehrsbehörde)",
        "pl": "miejski urząd ruchu drogowego (Straßenverkehrsbehörde)",
        "ar": "هيئة المرور في المدينة (Straßenverkehrsbehörde)"},
       {"de": r"(?:schwer)?behinderten ?park|blaue\w* parkausweis|parkerleichterung|parkausweis f(?:ue"
              r"|u)r (?:schwer)?behinderte"
              r"|halteverbot\w* (?:f(?:ue|u)r (?:den |meinen )?umzug|beantrag|einricht)"
              r"|umzugs ?(?:halteverbot|parkverbot)",
        "en": r"(?:disabled|disability|blue badge) parking|blue badge|parking (?:permit"
              r"|badge) for (?:the )?disabled|no parking zone for (?:a |my )?move",
        "tr": r"engelli park",
        "uk": r"паркуванн\w* для (?:осіб з )?інвалід",
        "ru": r"парковк\w* для инвалид",
        "pl": r"karta parkingowa dla (?:osoby )?niepelnospraw|parking\w* dla niepelnospraw",
        "ar": r"(?:موقف|مواقف|تصريح وقوف) (?:ال)?(?:سيارات )?(?:ل|لذوي )?(?:ال)?اعاقه"}),
)
