"""The subjects other authorities handle, as data: per subject the body's name in the seven
languages and the word classes that name it (see kiosk.core.knowledge.elsewhere).

Patterns are written in lower case. German and English ones are matched against the question
folded the German way (ä→ae, ö→oe, ü→ue, ß→ss), the others against it with Latin diacritics
dropped (Turkish and Polish typed without them); Cyrillic ё is е, Arabic without vowel signs and
with one alef, ya and ta marbuta (ة→ه); "-", "/" and "_" are spaces. Patterns are folded the same
way, so they may be written with or without umlauts.
"""

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

# Order matters where two could match: the more specific subject comes first.
SUBJECTS: tuple[Subject, ...] = (
    _S("bzst",
       {"de": "das Bundeszentralamt für Steuern",
        "en": "the Federal Central Tax Office (Bundeszentralamt für Steuern)",
        "tr": "Federal Merkezi Vergi Dairesi (Bundeszentralamt für Steuern)",
        "uk": "Федеральне центральне податкове управління (Bundeszentralamt für Steuern)",
        "ru": "Федеральное центральное налоговое ведомство (Bundeszentralamt für Steuern)",
        "pl": "Federalny Centralny Urząd Podatkowy (Bundeszentralamt für Steuern)",
        "ar": "المكتب المركزي الاتحادي للضرائب (Bundeszentralamt für Steuern)"},
       {"de": r"steuer ?(?:id|ident\w*|idnr|idnummer)\b|steuerliche\w* ident|\bidnr\b"
              r"|bundeszentralamt f(?:ue|u)r steuern|\bbzst\b",
        "en": r"tax (?:id|identification)|taxpayer id|\btin\b",
        "tr": r"vergi (?:kimlik|tanimlama|id)",
        "uk": r"(?:податков\w*|ідентифікаційн\w*) (?:ідентифікаційн\w* )?(?:номер|код|id)\w* (?:платник"
              r"|податк)"
              r"|податков\w* (?:id|ідентифікац)|ідентифікаційн\w* (?:податков|номер платника)",
        "ru": r"налогов\w* (?:идентификац|id|айди)|идентификационн\w* (?:налогов|номер налогоплательщ)",
        "pl": r"(?:numer|nr)\w* identyfikac\w* podatkow|identyfikator podatkow"
              r"|podatkow\w* (?:numer )?identyfikac",
        "ar": r"(?:رقم|الرقم) (?:ال)?(?:تعريف|تعريفي) (?:ال)?ضريبي|(?:رقم"
              r"|الرقم) (?:ال)?ضريبي (?:ال)?تعريفي"}),
    _S("finanzamt",
       {"de": "das Finanzamt", "en": "the tax office (Finanzamt)", "tr": "vergi dairesi (Finanzamt)",
        "uk": "податкова служба (Finanzamt)", "ru": "налоговая инспекция (Finanzamt)",
        "pl": "urząd skarbowy (Finanzamt)", "ar": "مكتب الضرائب (Finanzamt)"},
       {"de": r"finanzamt|steuer ?erkl(?:ae|a)r|steuerklasse|steuer ?nummer|einkommens?steuer"
              r"|lohnsteuer|umsatzsteuer|mehrwertsteuer|kirchensteuer|erbschaft\w*steuer"
              r"|schenkung\w*steuer|steuerbescheid|steuerr(?:ue|u)ckerstattung|steuer ?zur(?:ue|u)ck"
              r"|\belster\b|steuerberat|lohnsteuerhilfe|kapitalertrag\w*steuer",
        "en": r"tax (?:return|office|class|number|bracket|refund|declaration|assessment|advisor)"
              r"|income tax|\bvat\b|value added tax|tax(?:es)? back|finanzamt",
        "tr": r"vergi (?:beyan|dairesi|numara|sinif|iade|iadesi|danisman)|gelir vergisi|kdv",
        "uk": r"податков\w* (?:деклараці|інспекці|номер|клас|служб|консульт)|деклараці\w* про доход"
              r"|податок на доход|повернення податк|податкова\b",
        "ru": r"налогов\w* (?:деклараци|инспекци|номер|класс|служб|вычет|консульт)"
              r"|деклараци\w* о доход|подоходн\w* налог|возврат налог|налоговая\b",
        "pl": r"urzad skarbow|zeznani\w* podatkow|deklaracj\w* podatkow|klas\w* podatkow"
              r"|numer\w* podatkow|zwrot\w* podatku|podat\w* dochodow|\bpit\b",
        "ar": r"مكتب (?:ال)?ضرائب|مصلحه (?:ال)?ضرائب|(?:ال)?اقرار (?:ال)?ضريبي|(?:ال)?فئه (?:ال)?ضريبيه"
              r"|(?:ال)?رقم (?:ال)?ضريبي|ضريبه (?:ال)?دخل|استرداد (?:ال)?ضرائب"
              r"|(?:ال)?ضريبه على (?:ال)?دخل"},
       unless=CITY_TAXES),
    _S("steueramt",
       {"de": "das Steueramt der Stadt Düsseldorf",
        "en": "the city's tax office (Steueramt der Stadt Düsseldorf)",
        "tr": "Düsseldorf belediyesinin vergi dairesi (Steueramt)",
        "uk": "міське податкове управління (Steueramt der Stadt Düsseldorf)",
        "ru": "городское налоговое управление (Steueramt der Stadt Düsseldorf)",
        "pl": "miejski urząd podatkowy (Steueramt der Stadt Düsseldorf)",
        "ar": "مكتب الضرائب التابع للمدينة (Steueramt der Stadt Düsseldorf)"},
       {"de": r"gewerbesteuer|vergn(?:ue|u)gungs?steuer|zweitwohnungs?steuer",
        "en": r"trade tax|second home tax",
        "tr": r"ticari kazanc vergisi|isletme vergisi|esnaf vergisi",
        "uk": r"промислов\w* податок|податок на (?:другу|друге) (?:житл|квартир)",
        "ru": r"промыслов\w* налог|налог на втор\w* (?:жиль|квартир)",
        "pl": r"podatek (?:od )?(?:dzialalnosci )?przemyslow|podatek od drugiego mieszkania",
        "ar": r"ضريبه (?:ال)?(?:تجاره|حرف|المهن|النشاط التجاري)|ضريبه (?:ال)?سكن (?:ال)?ثاني"}),
    _S("zoll",
       {"de": "das Hauptzollamt (Zoll)", "en": "the main customs office (Hauptzollamt)",
        "tr": "Ana Gümrük İdaresi (Hauptzollamt)", "uk": "головне митне управління (Hauptzollamt)",
        "ru": "главное таможенное управление (Hauptzollamt)",
        "pl": "główny urząd celny (Hauptzollamt)", "ar": "مكتب الجمارك الرئيسي (Hauptzollamt)"},
       {"de": r"kfz ?steuer|kraftfahrzeug ?steuer|auto ?steuer|\bzoll\b|zollamt|zollgeb(?:ue|u)hr"
              r"|einfuhrumsatzsteuer|\bzoll\w*(?:erkl|anmeld)",
        "en": r"(?:car|vehicle|motor vehicle|road) tax|customs",
        "tr": r"(?:arac|araba|motorlu tasit|otomobil) vergi|gumruk",
        "uk": r"транспортн\w* податок|податок на (?:авто|машин|транспорт)|митниц|митн\w* (?:збір|плат)",
        "ru": r"транспортн\w* налог|налог на (?:авто|машин|транспорт)|таможн",
        "pl": r"podat\w* od (?:samochod|pojazd|auta)|podatek drogowy|urzad\w* cel|\bclo\b|\bcla\b",
        "ar": r"ضريبه (?:ال)?(?:سيار|مركب)|(?:ال)?جمارك|جمرك"},
       unless=VEHICLE_REG),
    _S("familienkasse",
       {"de": "die Familienkasse der Bundesagentur für Arbeit",
        "en": "the Family Benefits Office (Familienkasse) of the Federal Employment Agency",
        "tr": "Federal İş Ajansı'nın Aile Kasası (Familienkasse)",
        "uk": "Сімейна каса Федерального агентства з питань праці (Familienkasse)",
        "ru": "Семейная касса Федерального агентства по труду (Familienkasse)",
        "pl": "Kasa Rodzinna Federalnej Agencji Pracy (Familienkasse)",
        "ar": "صندوق الأسرة التابع للوكالة الاتحادية للعمل (Familienkasse)"},
       {"de": r"kinn?der ?gel[dt]|kinderzuschlag|familienkasse|kinder ?bonus",
        "en": r"child (?:benefit|allowance|supplement)|family benefits? office",
        "tr": r"cocuk (?:parasi|yardimi|zammi)|aile kasasi",
        "uk": r"допомог\w* на дит|дитяч\w* допомог|сімейн\w* кас",
        "ru": r"пособи\w* на (?:ребенк|дет)|детск\w* пособи|семейн\w* касс",
        "pl": r"zasil\w* na dzie|zasil\w* rodzinn|dodat\w* na dzie|kasa rodzinna",
        "ar": r"اعانه (?:ال)?(?:اطفال|طفل)|مخصصات (?:ال)?(?:اطفال|طفل)|كيندرغيلد|كيندر ?جيلد"},
       unless=r"urkunde|certificate|belge|свідоцтв|свидетельств|akt\w* urodz|شهاد"),
    _S("arbeitsagentur",
       {"de": "die Agentur für Arbeit",
        "en": "the Federal Employment Agency (Agentur für Arbeit)",
        "tr": "Federal İş Ajansı (Agentur für Arbeit)",
        "uk": "Федеральне агентство з питань праці (Agentur für Arbeit)",
        "ru": "Федеральное агентство по труду (Agentur für Arbeit)",
        "pl": "Federalna Agencja Pracy (Agentur für Arbeit)",
        "ar": "الوكالة الاتحادية للعمل (Agentur für Arbeit)"},
       {"de": r"arbeitslosen ?gel[dt](?! ?(?:ii|2|zwei)\b)|\balg ?(?:1|i|eins)\b"
              r"|arbeits?(?:los|suchend|uchend)\w* ?(?:zu )?melden|arbeits?(?:los|such)\w*meldung"
              r"|kurzarbeit|insolvenzgeld|gr(?:ue|u)ndungszuschuss|berufsberatung|ausbildungsplatz"
              r"|agentur f(?:ue|u)r arbeit|arbeitsagentur|arbeitsamt",
        "en": r"unemployment (?:benefit|insurance|pay) (?:1|i|one)\b|\balg ?(?:1|i)\b"
              r"|employment agency|register (?:myself )?as (?:unemployed|a job ?seeker)"
              r"|short ?time work|insolvency (?:benefit|money)|career (?:advice|counsel)",
        "tr": r"is ajans|issiz(?:lik)? (?:olarak )?kay[iı]t|kisa (?:sureli )?calisma|issizlik (?:parasi"
              r"|maasi) (?:1|i)\b",
        "uk": r"агентств\w* (?:з питань |по )?(?:праці|зайнятост)|біржа праці|центр зайнятості"
              r"|(?:зареєструватися|реєстрац\w*|стати на облік) (?:як )?безробітн",
        "ru": r"агентств\w* (?:по )?(?:труд|занятост)|биржа труда|центр занятости"
              r"|(?:встать на учет|зарегистрироваться|регистраци\w*) (?:как )?безработн",
        "pl": r"agencj\w* pracy|urzad\w* pracy|(?:zarejestrowa\w*"
              r"|rejestracj\w*) (?:sie )?jako bezrobotn",
        "ar": r"وكاله (?:ال)?عمل|مكتب (?:ال)?عمل|(?:ال)?تسجيل (?:ك)?(?:عاطل|باحث عن عمل)"},
       unless=BUERGERGELD),
    _S("rentenversicherung",
       {"de": "die Deutsche Rentenversicherung",
        "en": "the German pension insurance (Deutsche Rentenversicherung)",
        "tr": "Alman Emeklilik Sigortası (Deutsche Rentenversicherung)",
        "uk": "Німецьке пенсійне страхування (Deutsche Rentenversicherung)",
        "ru": "Германское пенсионное страхование (Deutsche Rentenversicherung)",
        "pl": "Niemiecki Zakład Ubezpieczeń Emerytalnych (Deutsche Rentenversicherung)",
        "ar": "هيئة التأمين التقاعدي الألمانية (Deutsche Rentenversicherung)"},
       {"de": r"\brente\w* ?(?:beantrag|antrag|berechn|h(?:oe|o)he|eintritt|alter|bescheid"
              r"|auskunft|information|punkte|versicherung|anspruch)|(?:alters|erwerbsminderungs"
              r"|witwen|witwer|waisen|fr(?:ue|u)h|mindest|grund|erziehungs)rente"
              r"|in (?:die )?rente (?:gehen|gehe|kann)|meine rente|\brente (?:mit|ab) \d+"
              r"|sozialversicherungs ?(?:nummer|ausweis)"
              r"|\bsv ?nummer|rentenversicherung",
        "en": r"(?:state|old age|retirement|widow'?s?|widower'?s?|disability) pension"
              r"|(?:apply|application) for (?:a |my |the )?(?:pension|retirement)|pension (?:insurance"
              r"|application)"
              r"|retirement age|(?:social security|social insurance|pension insurance) number",
        "tr": r"emeklilik (?:basvuru|maasi|yasi|sigorta)|emekli (?:maasi|olmak|aylig)|emekli olabilir"
              r"|sosyal (?:guvenlik|sigorta) numara",
        "uk": r"пенсі[яюїйе]|пенсійн|номер соціального страхуванн",
        "ru": r"пенси[яюией]|пенсионн|номер социального страховани",
        "pl": r"emerytur|emerytaln|renty? (?:z tytulu|rodzinn|wdow)|numer ubezpieczenia (?:spolecznego"
              r"|emerytalnego)",
        "ar": r"(?:ال)?تقاعد|(?:ال)?معاش|رقم (?:ال)?تامين (?:ال)?اجتماعي"},
       unless=r"lebens ?bescheinigung|lebensnachweis|life certificate|proof of life|hayat belgesi"
              r"|zaswiadczeni\w* o zyciu|beglaubig|(?:підтвердженн|довідк)\w* (?:про )?(?:те, що|життя)"
              r"|(?:подтверждени|справк)\w* (?:о )?(?:жизни|том, что)|شهاده (?:ال)?حياه"
              r"|اثبات (?:ال)?حياه"),
    _S("krankenkasse",
       {"de": "Ihre Krankenkasse", "en": "your health insurance fund (Krankenkasse)",
        "tr": "sağlık sigortanız (Krankenkasse)", "uk": "ваша лікарняна каса (Krankenkasse)",
        "ru": "ваша больничная касса (Krankenkasse)",
        "pl": "kasa chorych, w której jest się ubezpieczonym (Krankenkasse)",
        "ar": "صندوق التأمين الصحي الخاص بك (Krankenkasse)"},
       {"de": r"krankenkass|krankenversicher|gesundheitskarte|versichertenkarte|\begk\b"
              r"|krankengeld|mutterschaftsgeld|patientenakte",
        "en": r"health insurance|health (?:insurance )?card|insurance card|sick pay|maternity (?:pay"
              r"|benefit)",
        "tr": r"saglik sigorta|sigorta karti|hastalik parasi",
        "uk": r"медичн\w* страхуванн|медичн\w* страхов\w* (?:поліс|картк)|страхов\w* картк"
              r"|лікарнян\w* кас",
        "ru": r"медицинск\w* страхов|медстрахов|страховк\w* медиц|больничн\w* касс|страхов\w* карт",
        "pl": r"ubezpieczeni\w* zdrowotn|kas\w* chorych|kart\w* ubezpieczeni",
        "ar": r"(?:ال)?تامين (?:ال)?صحي|صندوق (?:ال)?تامين|بطاقه (?:ال)?تامين"},
       unless=r"eltern ?gel[dt]|kfz|auto\b|\bevb\b|fahrzeug"),
    _S("pflegekasse",
       {"de": "Ihre Pflegekasse (bei Ihrer Krankenkasse)",
        "en": "your long-term care fund (Pflegekasse, at your health insurer)",
        "tr": "bakım sigortası kasanız (Pflegekasse, sağlık sigortanızda)",
        "uk": "ваша каса страхування догляду (Pflegekasse, при лікарняній касі)",
        "ru": "ваша касса страхования по уходу (Pflegekasse, при больничной кассе)",
        "pl": "kasa ubezpieczenia pielęgnacyjnego (Pflegekasse, przy kasie chorych)",
        "ar": "صندوق تأمين الرعاية الخاص بك (Pflegekasse لدى صندوق التأمين الصحي)"},
       {"de": r"pflegegrad|pflegestufe|pflegegeld|pflegekasse|pflegeversicherung|pflegedienst"
              r"|verhinderungspflege|pflege(?:beduerftig|bed(?:ue|u)rftig)",
        "en": r"care level|long ?term care (?:insurance|allowance|fund)|care allowance"
              r"|nursing care insurance",
        "tr": r"bakim (?:derecesi|sigortasi|parasi|seviyesi)",
        "uk": r"ступ\w* (?:потреби в )?догляд|допомог\w* (?:по|на) догляд"
              r"|страхуванн\w* (?:на випадок )?догляд",
        "ru": r"степен\w* (?:ухода|нуждаемости)|пособи\w* по уходу|страховани\w* (?:по )?уход",
        "pl": r"stopi\w* (?:opieki|niesamodzielnosci)|zasil\w* (?:opiekunczy|pielegnacyjn)"
              r"|ubezpieczeni\w* pielegnacyjn",
        "ar": r"درجه (?:ال)?رعايه|تامين (?:ال)?رعايه|اعانه (?:ال)?رعايه"}),
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
    _S("konsulat",
       {"de": "die Botschaft oder das Konsulat des Staates, der das Dokument ausgestellt hat",
        "en": "the embassy or consulate of the country that issued the document",
        "tr": "belgeyi düzenleyen ülkenin büyükelçiliği veya konsolosluğu",
        "uk": "посольство або консульство країни, яка видала документ",
        "ru": "посольство или консульство страны, выдавшей документ",
        "pl": "ambasada lub konsulat państwa, które wydało dokument",
        "ar": "سفارة أو قنصلية الدولة التي أصدرت الوثيقة"},
       {"de": r"(?:t(?:ue|u)rkisch|polnisch|russisch|ukrainisch|syrisch|italienisch|griechisch|rum(?:ae"
              r"|a)nisch|bulgarisch|kroatisch|serbisch|kosovarisch|albanisch|afghanisch|irakisch"
              r"|iranisch|marokkanisch|tunesisch|britisch|amerikanisch|(?:oe|o)sterreichisch|schweizer"
              r"|franz(?:oe|o)sisch|spanisch|portugiesisch|niederl(?:ae|a)ndisch|holl(?:ae|a)ndisch"
              r"|chinesisch|japanisch|indisch|nigerianisch|eritreisch|(?:ae|a)gyptisch|libanesisch"
              r"|pakistanisch|kasachisch|georgisch|armenisch|vietnamesisch|brasilianisch|ausl(?:ae"
              r"|a)ndisch)\w* (?:\S+ )?(?:reise)?(?:pass|passes|ausweis|personalausweis|perso"
              r"|kinderpass|kinderreisepass)\b",
        "en": r"\b(?:turkish|polish|russian|ukrainian|syrian|italian|greek|romanian|bulgarian|croatian"
              r"|serbian|kosovar"
              r"|albanian|afghan|iraqi|iranian|moroccan|tunisian|british|uk|us|american|austrian|swiss"
              r"|french|spanish"
              r"|portuguese|dutch|chinese|japanese|indian|nigerian|eritrean|egyptian|lebanese|pakistani"
              r"|kazakh|georgian"
              r"|armenian|vietnamese|brazilian|foreign|home country) (?:passport|id card|identity card"
              r"|national id)",
        "tr": r"\b(?:turk\w*|t\.? ?c\.?|suriye\w*|irak\w*|iran\w*|afgan\w*|rus\w*|ukrayna\w*|polonya\w*"
              r"|bulgar\w*|yunan\w*)"
              r" (?:pasaport|kimlik|nufus cuzdan)",
        "uk": r"(?:українськ|російськ|польськ|турецьк|сирійськ|молдовськ|білоруськ|грузинськ"
              r"|казахстанськ|іноземн)\w* "
              r"(?:закордонн\w* )?(?:паспорт|id\b|ід\b|айді)|паспорт\w* (?:громадянина )?(?:україни"
              r"|росії|польщі)",
        "ru": r"(?:российск|русск|украинск|казахстанск|казахск|белорусск|молдавск|польск|турецк|сирийск"
              r"|грузинск|армянск"
              r"|узбекск|киргизск|таджикск|азербайджанск|иностранн)\w* (?:загран\w* )?(?:паспорт"
              r"|загранпаспорт|удостоверени)"
              r"|паспорт\w* (?:гражданина )?(?:рф|россии|украины|казахстана|беларуси)",
        "pl": r"\b(?:polsk|ukrainsk|rosyjsk|tureck|bialorusk|litewsk|czesk|slowack|rumunsk"
              r"|zagraniczn)\w* "
              r"(?:paszport|dowod|dowodu|dowodem)",
        "ar": r"(?:جواز|جوازات) (?:ال)?سفر\S* (?:ال)?(?:سوري|عراقي|تركي|مصري|لبناني|مغربي|تونسي|جزائري"
              r"|اردني|فلسطيني"
              r"|افغاني|ايراني|يمني|سوداني|ليبي|اجنبي)|(?:ال)?هويه (?:ال)?(?:سوري|عراقي|تركي|مصري"
              r"|لبناني|مغربي)"},
       unless=r"aufenthalt|residence|oturma|посвідк\w* на прожив|вид\w* на (?:жительств|проживан)|pobyt"
              r"|(?:ال)?اقامه"
              r"|einb(?:ue|u)rger|citizenship|naturali|vatandas|громадянств|гражданств|obywatelstw|تجنس"
              r"|doppel|dual|mehrstaat"
              r"|anmeld|ummeld|zamel|kayit|реєстрац|регистрац|تسجيل|heirat|ehe\b|marri|evlen|шлюб|брак"
              r"|slub|زواج"),
    _S("botschaft",
       {"de": "die Botschaft oder das Konsulat des betreffenden Staates",
        "en": "the embassy or consulate of the country concerned",
        "tr": "ilgili ülkenin büyükelçiliği veya konsolosluğu",
        "uk": "посольство або консульство відповідної країни",
        "ru": "посольство или консульство соответствующей страны",
        "pl": "ambasada lub konsulat danego państwa",
        "ar": "سفارة الدولة المعنية أو قنصليتها"},
       {"de": r"\bvisum\b|\bvisa (?:f(?:ue|u)r|beantrag|antrag|usa|f(?:ue|u)rs)|\w+visum|schengen"
              r"|\besta\b|\betias\b"
              r"|einreise ?genehmigung|botschaft|konsulat",
        "en": r"\bvisas?\b|\besta\b|\betias\b|embassy|consulate|schengen|entry permit",
        "tr": r"\bvize|konsoloslu|buyukelcilig|elcilig|askerlik|bedelli",
        "uk": r"\bвіз[аиуою]\b|візов|посольств|консульств|військов\w* (?:облік|обов)|тцк\b|військкомат",
        "ru": r"\bвиз[аыуой]\b|визов|посольств|консульств|военкомат|воинск\w* (?:учет|обязан)",
        "pl": r"\bwiz[aey]\b|wizow|ambasad|konsulat",
        "ar": r"(?:ال)?تاشيره|فيزا|(?:ال)?سفاره|(?:ال)?قنصليه"},
       unless=r"verl(?:ae|a)nger|extend|extension|uzat|продовж|продл|przedluz|تمديد|mastercard|girocard"
              r"|karte|card\b|kart\b|kartu|картк|карт[аоуы]|karta|karty|بطاقه|bezahl|zahl|\bpay"),
    _S("anerkennung",
       {"de": "die für Ihren Beruf zuständige Anerkennungsstelle (etwa IHK FOSA, Handwerkskammer "
              "oder Bezirksregierung)",
        "en": "the recognition authority for your profession (e.g. IHK FOSA, the Handwerkskammer "
              "or the Bezirksregierung)",
        "tr": "mesleğinizden sorumlu denklik makamı (ör. IHK FOSA, Handwerkskammer veya "
              "Bezirksregierung)",
        "uk": "орган визнання кваліфікацій для вашої професії (наприклад, IHK FOSA, Handwerkskammer "
              "або Bezirksregierung)",
        "ru": "орган по признанию квалификаций для вашей профессии (например, IHK FOSA, "
              "Handwerkskammer или Bezirksregierung)",
        "pl": "urząd ds. uznawania kwalifikacji właściwy dla danego zawodu (np. IHK FOSA, "
              "Handwerkskammer lub Bezirksregierung)",
        "ar": "جهة الاعتراف المختصة بمهنتك (مثل IHK FOSA أو Handwerkskammer أو Bezirksregierung)"},
       {"de": r"anerkenn\w* (?:\S+ ){0,3}(?:abschl(?:ue|u)ss|diplom|berufsabschl|studium|ausbildung"
              r"|zeugnis|qualifikation|beruf|studienabschl|uniabschl)"
              r"|(?:abschl(?:ue|u)ss|diplom|berufsabschl(?:ue|u)ss|studium|ausbildung|zeugnis"
              r"|qualifikation|uniabschl(?:ue|u)ss|hochschulabschl(?:ue|u)ss|beruf)\w* "
              r"(?:\S+ ){0,3}anerkenn|zeugnisbewertung|anabin|berufsanerkennung"
              r"|gleichwertigkeitspr(?:ue|u)fung",
        "en": r"recogni(?:[sz]|tion)\w* (?:of )?(?:my |a |the |foreign )*(?:degree|diploma"
              r"|qualification|certificate|profession)"
              r"|(?:degree|diploma|qualification)s? (?:\S+ ){0,3}recogni|anabin"
              r"|statement of comparability|credential (?:evaluation|recognition)",
        "tr": r"(?:diploma|mezuniyet|meslek|universite)\w* (?:\S+ ){0,2}(?:denkli[kg]|tanin)|denkli[kg]",
        "uk": r"визнанн\w* (?:\S+ ){0,2}(?:диплом|освіт|кваліфікац|професі)|нострифікац|(?:диплом|освіт"
              r"|кваліфікац)\w* (?:\S+ ){0,2}визна",
        "ru": r"признани\w* (?:\S+ ){0,2}(?:диплом|образовани|квалификац|професси)|нострификац"
              r"|подтвер\w* (?:\S+ ){0,2}диплом"
              r"|(?:диплом|образовани|квалификац)\w* (?:\S+ ){0,2}призна",
        "pl": r"uznani\w* (?:\S+ ){0,2}(?:dyplom|wyksztalc|kwalifikac|zawod)|nostryfikac|(?:dyplom"
              r"|wyksztalc|kwalifikac)\w* (?:\S+ ){0,2}uzna",
        "ar": r"معادله (?:ال)?(?:شهاد|دبلوم)|(?:ال)?اعتراف ب(?:ال)?(?:شهاد|دبلوم|مؤهل|موهل)"},
       unless=FS + r"|ehliyet|prawo jazdy|права|посвідчення водія|رخصه"),
    _S("mieterverein",
       {"de": "ein Mieterverein oder eine Rechtsberatung",
        "en": "a tenants' association (Mieterverein) or a legal advice service",
        "tr": "bir kiracılar derneği (Mieterverein) veya hukuki danışmanlık",
        "uk": "спілка орендарів (Mieterverein) або юридична консультація",
        "ru": "союз арендаторов (Mieterverein) или юридическая консультация",
        "pl": "stowarzyszenie lokatorów (Mieterverein) lub porada prawna",
        "ar": "جمعية المستأجرين (Mieterverein) أو استشارة قانونية"},
       {"de": r"mietkaution|\bkaution|mieterh(?:oe|o)hung|miete erh(?:oe|o)h|nebenkosten\w*"
              r"|betriebskosten\w*|mietminderung"
              r"|miete mindern|(?:mietvertrag|wohnung) (?:\S+ ){0,2}k(?:ue|u)ndig|k(?:ue"
              r"|u)ndigung (?:\S+ ){0,2}(?:wohnung|mietvertrag)"
              r"|eigenbedarf|mieterverein|mietrecht|mietpreisbremse|schimmel"
              r"|vermieter (?:\S+ ){0,4}(?:kaution|repar|k(?:ue|u)ndig|heizung|zur(?:ue|u)ck)",
        "en": r"(?:rent(?:al)?|security) deposit|rent increase|tenant'?s? (?:rights|association|union)"
              r"|evict"
              r"|landlord (?:\S+ ){0,4}(?:deposit|repair|mou?ld|terminat|rais)|service charges"
              r"|utility bill"
              r"|terminat\w* (?:my |the )?(?:lease|tenancy|rental)",
        "tr": r"depozito|kira artis|kiraya zam|kiraci (?:hak|dernek)|ev sahibi (?:\S+ ){0,3}(?:depozito"
              r"|tamir|kuf|cikar|zam)"
              r"|tahliye|yan gider|kira sozlesme\w* fesh",
        "uk": r"застав\w* (?:за )?(?:квартир|оренд|житл)|депозит\w* (?:за )?(?:квартир|оренд)"
              r"|підвищенн\w* (?:орендн\w* )?(?:плат|оренд)"
              r"|права орендар|спілк\w* орендар|виселенн|виселяють|комунальн\w* (?:послуг|платеж)"
              r"|орендодав\w* (?:\S+ ){0,4}(?:застав|ремонт|плісняв)",
        "ru": r"залог\w* (?:за )?(?:квартир|аренд)|депозит\w* (?:за )?(?:квартир|аренд)"
              r"|повышени\w* (?:арендн\w* )?(?:плат|аренд)"
              r"|права арендатор|союз\w* арендатор|выселени|выселяют|коммунальн\w* (?:платеж|услуг)"
              r"|(?:арендодател|хозя)\w* (?:квартиры )?(?:\S+ ){0,4}(?:залог|депозит|ремонт|плесен)",
        "pl": r"kaucj|podwyzk\w* czynsz|prawa najemc|stowarzyszeni\w* lokator|eksmisj"
              r"|wynajmujac\w* (?:\S+ ){0,4}(?:kaucj|napraw|plesn)"
              r"|rozliczeni\w* (?:koszt|mediow)|wypowiedzeni\w* (?:umowy )?najmu",
        "ar": r"(?:ال)?تامين (?:على |لل)?(?:ال)?(?:سكن|شقه|ايجار)|مبلغ (?:ال)?تامين|وديعه|(?:زياده"
              r"|رفع) (?:ال)?ايجار"
              r"|حقوق (?:ال)?مستاجر|(?:ال)?طرد من|اخلاء (?:ال)?(?:شقه|سكن)"
              r"|(?:ال)?مالك (?:\S+ ){0,4}(?:تامين|اصلاح|عفن)"},
       unless=r"anmeld|ummeld|abmeld|umzug|umgezogen|auszug|ausgezogen|auszieh|wohnungsgeber"
              r"|eltern ?gel[dt]"),
    _S("wbs",
       {"de": "das Amt für Wohnungswesen der Stadt Düsseldorf",
        "en": "the city's housing office (Amt für Wohnungswesen)",
        "tr": "Düsseldorf belediyesinin konut dairesi (Amt für Wohnungswesen)",
        "uk": "житлове управління міста (Amt für Wohnungswesen)",
        "ru": "жилищное управление города (Amt für Wohnungswesen)",
        "pl": "miejski urząd mieszkaniowy (Amt für Wohnungswesen)",
        "ar": "مكتب شؤون الإسكان في المدينة (Amt für Wohnungswesen)"},
       {"de": r"wohnberechtigungs ?schein|\bwbs\b|sozialwohnung|gef(?:oe|o)rderte\w* wohnung",
        "en": r"housing (?:entitlement )?certificate|social housing|council (?:flat|housing)"
              r"|subsidi[sz]ed (?:flat|housing|apartment)",
        "tr": r"sosyal konut|konut hakki belgesi",
        "uk": r"соціальн\w* (?:житл|квартир)|право на соціальн",
        "ru": r"социальн\w* (?:жиль|квартир)",
        "pl": r"mieszkani\w* socjaln|mieszkani\w* komunaln",
        "ar": r"سكن اجتماعي|(?:ال)?اسكان (?:ال)?اجتماعي"}),
    _S("waffenbehoerde",
       {"de": "die Waffenbehörde beim Polizeipräsidium Düsseldorf",
        "en": "the firearms authority at the Düsseldorf police headquarters (Polizeipräsidium)",
        "tr": "Düsseldorf Emniyet Müdürlüğü'ndeki silah dairesi (Waffenbehörde, Polizeipräsidium)",
        "uk": "відділ зброї поліцейського управління Дюссельдорфа (Waffenbehörde, Polizeipräsidium)",
        "ru": "отдел по оружию полицейского управления Дюссельдорфа (Waffenbehörde, Polizeipräsidium)",
        "pl": "urząd ds. broni przy komendzie policji w Düsseldorfie (Waffenbehörde, Polizeipräsidium)",
        "ar": "هيئة الأسلحة لدى مديرية شرطة دوسلدورف (Waffenbehörde, Polizeipräsidium)"},
       {"de": r"waffen ?schein|waffenbesitzkarte|waffe\w* (?:\S+ ){0,2}(?:anmeld|kaufen|besitz"
              r"|erlaubnis|tragen)"
              r"|schreckschuss|sportsch(?:ue|u)tze|waffenbeh(?:oe|o)rde",
        "en": r"(?:gun|firearms?|weapons?) (?:licen[cs]e|permit|certificate)|pepper spray|blank gun",
        "tr": r"silah (?:ruhsat|izni|tasima|belgesi)",
        "uk": r"дозв\w* на (?:\S+ )?(?:зброю|носінн)|зброя|зброї",
        "ru": r"разрешени\w* на (?:\S+ )?(?:оружи|ношени)|оружи[еяю]",
        "pl": r"pozwoleni\w* na bron|bron\w* paln",
        "ar": r"(?:رخصه|ترخيص) (?:حمل )?(?:ال)?سلاح"}),
    _S("bussgeldstelle",
       {"de": "die Stelle, die den Bescheid ausgestellt hat (meist die Bußgeldstelle)",
        "en": "the office that issued the notice (usually the Bußgeldstelle, the fines office)",
        "tr": "cezayı kesen makam (genellikle Bußgeldstelle)",
        "uk": "орган, який виписав штраф (зазвичай Bußgeldstelle)",
        "ru": "орган, выписавший штраф (обычно Bußgeldstelle)",
        "pl": "urząd, który wystawił mandat (zwykle Bußgeldstelle)",
        "ar": "الجهة التي أصدرت المخالفة (عادةً Bußgeldstelle)"},
       {"de": r"kn(?:oe|o)llchen|strafzettel|(?:verwarn\w*|bu(?:ss|s)geld)\w* (?:\S+ ){0,3}(?:einspruch"
              r"|widerspruch|bezahl|bekommen|erhalten|falsch|ungerecht)"
              r"|(?:einspruch|widerspruch) (?:\S+ ){0,4}(?:bu(?:ss|s)geld|verwarn|kn(?:oe|o)llchen"
              r"|strafzettel|blitzer|anh(?:oe|o)rungsbogen)"
              r"|bu(?:ss|s)geld ?bescheid|bu(?:ss|s)geld ?stelle|anh(?:oe|o)rungsbogen|geblitzt|blitzer"
              r"|radarfalle|abgeschleppt"
              r"|abschlepp|falsch ?park|parkverstoss|zu schnell gefahren|(?:ueber|(?:ue"
              r"|u)ber) rot gefahren",
        "en": r"(?:parking|speeding|traffic) (?:ticket|fine|violation)|speed camera|(?:car"
              r"|vehicle) (?:was |got )?towed"
              r"|fine for (?:parking|speeding)|appeal (?:a |the |my |against )*(?:fine|ticket)"
              r"|penalty notice",
        "tr": r"(?:park|hiz|trafik) cezasi|ceza(?:ya)? itiraz|radara (?:yakalan|girdim)"
              r"|araba\w* cekildi|arac\w* cekildi",
        "uk": r"штраф\w* (?:\S+ ){0,2}(?:паркуванн|перевищенн|швидк)|оскарж\w* (?:\S+ )?штраф|евакуюва"
              r"|камер\w* (?:контролю )?швидкост",
        "ru": r"штраф\w* (?:\S+ ){0,2}(?:парковк|превышени|скорост)|обжалова\w* (?:\S+ )?штраф|эвакуир"
              r"|камер\w* (?:контроля )?скорост",
        "pl": r"mandat\w* (?:\S+ ){0,4}(?:parkow|przekrocz|predkos|odwol)|(?:kara"
              r"|grzywn)\w* (?:za )?(?:parkowani|przekroczeni)"
              r"|odwola\w* (?:sie )?(?:od )?(?:mandatu|kary)|fotoradar|odholowan",
        "ar": r"(?:مخالفه|غرامه) (?:ال)?(?:وقوف|موقف|ركن|سرعه|مرور)|(?:ال)?اعتراض على (?:ال)?(?:مخالفه"
              r"|غرامه)|كاميرا (?:ال)?سرعه|سحب (?:ال)?سياره"},
       unless=r"parkausweis|anwohner|bewohner|haust(?:ue|u)r|vor (?:meinem|meiner|dem|der) (?:haus"
              r"|wohnung)|" + FS
              + r"|anmeld|ummeld|resident|sepa"),
    _S("verkehrsunternehmen",
       {"de": "die Rheinbahn bzw. Ihr Verkehrsunternehmen",
        "en": "Rheinbahn or your public transport company",
        "tr": "Rheinbahn veya ilgili toplu taşıma şirketi",
        "uk": "Rheinbahn або ваш транспортний перевізник",
        "ru": "Rheinbahn или ваш транспортный перевозчик",
        "pl": "Rheinbahn lub inny przewoźnik komunikacji publicznej",
        "ar": "شركة Rheinbahn أو شركة النقل العام التي تتعامل معها"},
       {"de": r"deutschland ?ticket|\bd ?ticket|(?:49|58|63) ?(?:euro|€)? ?ticket|rheinbahn"
              r"|monats ?(?:karte|ticket)"
              r"|fahrkarte|bahnticket|sozialticket|jobticket|abo ?ticket|\bvrr\b|bahncard|fahrschein",
        "en": r"(?:germany|deutschland|\bd) ticket|public transport (?:ticket|pass)|monthly (?:ticket"
              r"|pass)"
              r"|(?:bus|train|tram) (?:ticket|pass)|transit pass",
        "tr": r"(?:almanya|deutschland) bilet|aylik bilet|(?:otobus|tren) bilet|toplu tasima",
        "uk": r"квит\w* (?:\S+ ){0,2}(?:транспорт|проїзд|місяц|автобус|поїзд)|проїзн\w*"
              r"|дойчланд ?т[иі]кет|громадськ\w* транспорт",
        "ru": r"проездн\w*|билет\w* (?:\S+ ){0,2}(?:транспорт|месяц|автобус|поезд)|дойчланд ?тикет"
              r"|общественн\w* транспорт",
        "pl": r"bilet\w* (?:\S+ ){0,2}(?:miesieczn|deutschland|komunikacj|autobus|pociag)"
              r"|komunikacj\w* miejsk|transport\w* publiczn",
        "ar": r"تذكره (?:ال)?(?:مواصلات|المانيا|شهريه|حافله|الحافله|قطار|القطار)"
              r"|اشتراك (?:ال)?(?:مواصلات|شهري)|دويتشلاند تيكت"
              r"|(?:ال)?نقل (?:ال)?عام|(?:ال)?مواصلات (?:ال)?عامه"}),
    _S("stadtwerke",
       {"de": "die Stadtwerke Düsseldorf bzw. Ihr Energieversorger",
        "en": "Stadtwerke Düsseldorf or your energy supplier",
        "tr": "Stadtwerke Düsseldorf veya enerji tedarikçiniz",
        "uk": "Stadtwerke Düsseldorf або ваш постачальник енергії",
        "ru": "Stadtwerke Düsseldorf или ваш поставщик энергии",
        "pl": "Stadtwerke Düsseldorf lub dostawca energii",
        "ar": "Stadtwerke Düsseldorf أو مزوّد الطاقة الخاص بك"},
       {"de": r"\bstrom\b|\bstrom(?:anbieter|vertrag|rechnung|z(?:ae|a)hler|preis|kosten|anschluss"
              r"|sperre|versorg|tarif)"
              r"|\bgas\b|\bgas(?:anbieter|vertrag|rechnung|z(?:ae|a)hler|preis|anschluss)|stadtwerke"
              r"|energieversorger"
              r"|z(?:ae|a)hlerstand|fernw(?:ae|a)rme|wasserrechnung|wasserz(?:ae|a)hler",
        "en": r"electricity|\bgas (?:supplier|bill|meter|provider|contract|connection)"
              r"|power (?:supplier|bill|company)"
              r"|utility company|meter reading|energy (?:supplier|provider|contract)|water bill",
        "tr": r"elektrik|dogalgaz|sayac|su faturas",
        "uk": r"електроенерг|електропостач|електрик[аиу]|електрик[ау]|газопостач|лічильник"
              r"|постачальник\w* (?:енергі|електр|газ)|\bсвітло\b",
        "ru": r"электроэнерги|электричеств|газоснабж|сч[её]тчик|поставщик\w* (?:энерги|электр|газ)",
        "pl": r"\bprad\w*\b|energi\w* elektryczn|dostawc\w* (?:pradu|gazu|energii)|licznik",
        "ar": r"(?:ال)?كهرباء|(?:ال)?غاز|عداد|مزود (?:ال)?طاقه|فاتوره (?:ال)?مياه"}),
    _S("awista",
       {"de": "die AWISTA", "en": "AWISTA (Düsseldorf's waste company)",
        "tr": "AWISTA (Düsseldorf atık şirketi)", "uk": "AWISTA (компанія з вивезення відходів)",
        "ru": "AWISTA (компания по вывозу отходов)", "pl": "AWISTA (firma odbioru odpadów)",
        "ar": "AWISTA (شركة النفايات في دوسلدورف)"},
       {"de": r"m(?:ue|u)ll ?tonne|restm(?:ue|u)ll|bio ?tonne|gelbe\w* (?:tonne|sack|s(?:ae|a)cke)"
              r"|blaue\w* tonne|papier ?tonne"
              r"|m(?:ue|u)llabfuhr|abfall ?kalender|m(?:ue|u)ll ?kalender|m(?:ue|u)llgeb(?:ue|u)hr"
              r"|abfallgeb(?:ue|u)hr"
              r"|tonne (?:bestellen|abholen|kaputt|gr(?:oe|o)(?:ss|s)e|tauschen)",
        "en": r"(?:rubbish|garbage|trash|waste|recycling|bio|organic|paper) (?:bin|collection|calendar"
              r"|fee)|bin collection|yellow (?:bag|bin)",
        "tr": r"cop (?:kutusu|bidonu|toplama|takvimi|ucreti|konteyner)",
        "uk": r"смітт\w* (?:бак|контейнер)|(?:бак|контейнер)\w* для смітт|вивіз\w* смітт"
              r"|графік вивезення",
        "ru": r"мусорн\w* (?:бак|контейнер)|(?:бак|контейнер)\w* для мусора|вывоз\w* мусора"
              r"|график вывоза",
        "pl": r"pojemnik\w* na (?:smieci|odpady)|kosz\w* na smieci|wywoz\w* (?:smieci|odpad)"
              r"|harmonogram wywozu",
        "ar": r"(?:حاويه|صندوق|سله) (?:ال)?(?:قمامه|نفايات|مهملات)|جمع (?:ال)?(?:قمامه|نفايات)"},
       unless=r"sperr|bulky|buyuk esya|великогабарит|крупногабарит|gabaryt|كبيره الحجم|furniture|m(?:oe"
              r"|o)bel|sofa|matratze|mattress"),
    _S("arztpraxis",
       {"de": "eine Arztpraxis (Termine vermittelt auch die Terminservicestelle der Kassenärztlichen "
              "Vereinigung)",
        "en": "a doctor's practice (the Terminservicestelle of the Kassenärztliche Vereinigung also "
              "arranges appointments)",
        "tr": "bir muayenehane (randevuları Kassenärztliche Vereinigung'un Terminservicestelle birimi "
              "de ayarlar)",
        "uk": "лікарська практика (записи також організовує Terminservicestelle Kassenärztliche "
              "Vereinigung)",
        "ru": "врачебная практика (записи также организует Terminservicestelle Kassenärztliche "
              "Vereinigung)",
        "pl": "gabinet lekarski (terminy organizuje też Terminservicestelle Kassenärztliche "
              "Vereinigung)",
        "ar": "عيادة طبية (وتساعد Terminservicestelle التابعة لـ Kassenärztliche Vereinigung أيضًا في "
              "المواعيد)"},
       {"de": r"(?:haus|fach|kinder|frauen|zahn|augen|haut|hno|nerven)(?:ae|a)rzt|arzt ?termin"
              r"|termin (?:beim|bei einem|beim) \w*arzt"
              r"|krankschreib|arbeitsunf(?:ae|a)higkeits|\bau bescheinigung|krankmeldung|e ?rezept"
              r"|folgerezept|rezept (?:\S+ ){0,3}(?:arzt|medikament|apothek)|\bimpf(?:ung|en|termin"
              r"|pass|stoff)"
              r"|notaufnahme|psychotherap|(?:ae|a)rztliche\w* attest",
        "en": r"(?:gp|doctor|dentist|paediatrician|pediatrician|specialist"
              r"|physician)'?s? (?:appointment|visit)"
              r"|appointment (?:with|at) (?:a |the |my )?(?:gp|doctor|dentist|specialist)|family doctor"
              r"|find a (?:gp|doctor|dentist)"
              r"|sick note|prescription|vaccinat|vaccine",
        "tr": r"doktor|hekim|hastaneden randevu|recete|\basi (?:randevu|olmak|yaptir)|hasta raporu",
        "uk": r"лікар(?:я|ю|ем|і)?\b|терапевт|стоматолог|педіатр|лікарнян(?:ий|ого)\b|рецепт\w* (?:на"
              r"|від|для) (?:лік|препарат)|щеплен|вакцин",
        "ru": r"врач|терапевт|стоматолог|педиатр|больничн(?:ый|ого) (?:лист)?|рецепт\w* (?:на"
              r"|от) (?:лекарств|препарат)|прививк|вакцин",
        "pl": r"lekarz|dentyst|pediatr|zwolnieni\w* lekarsk|\bl4\b|recept|szczepi",
        "ar": r"(?:ال)?طبيب|وصفه طبيه|(?:ال)?تطعيم|(?:ال)?لقاح|اجازه مرضيه"},
       unless=r"behinder|disab|engelli|інвалід|инвалид|niepelnospraw|اعاق|geburt|birth|dogum|народжен"
              r"|рожден|urodz|ولاده|مولود"
              r"|sterbe|tod|death|olum|смерт|zgon|وفاه"),
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
              r"|niekaraln|حسن السيره"
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
