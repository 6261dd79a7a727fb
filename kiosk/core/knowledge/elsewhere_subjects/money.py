"""Subjects other authorities handle: taxes, benefits and insurance: Finanzamt, Familienkasse, Agentur für Arbeit, Rentenversicherung, Krankenkasse."""

from __future__ import annotations

from kiosk.core.knowledge.elsewhere_subjects.common import *  # noqa: F401,F403 - word classes
from kiosk.core.knowledge.elsewhere_subjects.common import Subject as _S

SUBJECTS = (
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
        "uk": r"ступ\w* (?:потреби в )?догляд|допомог\w* (?:по|на) догляд(?! за дит)"
              r"|страхуванн\w* (?:на випадок )?догляд",
        "ru": r"степен\w* (?:ухода|нуждаемости)|пособи\w* по уходу(?! за (?:ребен|ребён|дет))|страховани\w* (?:по )?уход",
        "pl": r"stopi\w* (?:opieki|niesamodzielnosci)|zasil\w* (?:opiekunczy|pielegnacyjn)"
              r"|ubezpieczeni\w* pielegnacyjn",
        "ar": r"درجه (?:ال)?رعايه|تامين (?:ال)?رعايه|اعانه (?:ال)?رعايه"}),
)
