"""Subjects other authorities handle: consulates, embassies, recognition of qualifications, renting, weapons, fines, transport, utilities, doctors."""

from __future__ import annotations

from kiosk.core.knowledge.elsewhere_subjects.common import *  # noqa: F401,F403 - word classes
from kiosk.core.knowledge.elsewhere_subjects.common import Subject as _S

SUBJECTS = (
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
        "uk": r"смітт\w* (?:бак|контейнер)|(?:бак|контейнер)\w* для смітт"
              r"|графік вивезення",
        "ru": r"мусорн\w* (?:бак|контейнер)|(?:бак|контейнер)\w* для мусора"
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
)
