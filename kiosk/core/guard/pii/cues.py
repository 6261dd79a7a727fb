"""Cue words of the PII gate in the kiosk's seven languages: what makes a value someone's own."""

from __future__ import annotations

import re


def _cue(*alternatives: str) -> re.Pattern[str]:  # pragma: no mutate block (runs at import)
    """One case-insensitive pattern of whole words (case does not matter in Arabic).

    A cue that ends in a word character must end the word; one that ends in a dot ("geb.")
    may touch the value ("geb.03.04.1962").
    """
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?:(?<=\W)|(?!\w))",
                      re.IGNORECASE)


# "born", "date of birth": a date within the same phrase is a birth date.
# Citizens type without the letters of their language too ("dogumlu", "urodzilem").
BIRTH = _cue(
    r"geboren", r"geb\.?", r"geburtsdatum", r"geb\.-?datum", r"geburtstag",
    r"born", r"date\s+of\s+birth", r"birth\s?date", r"birthday", r"dob\b", r"d\.o\.b\.",
    r"do[gğ]um\s+tarih(?:i|im|imiz)", r"do[gğ]dum", r"do[gğ]umlu(?:yum|yuz)?",
    r"do[gğ]um\s+g[uü]n[uü]m", r"d\.\s?t\.",
    r"народи(?:вся|лася|лась)", r"народжен(?:ий|а)", r"(?:дата|року?)\s+народження",
    r"нар\.", r"р\.\s?н\.", r"д\.\s?н\.",
    r"родил(?:ся|ась)", r"рожд[её]н(?:а)?", r"дата\s+рождения", r"г\.\s?р\.", r"д\.\s?р\.",
    r"рождени[ея]", r"года\s+рождения",
    r"urodzi(?:łem|łam|lem|lam)", r"urodzon[ya]", r"data\s+urodzenia", r"data\s+ur\.", r"ur\.",
    r"تاريخ\s+(?:الميلاد|ميلادي|الولادة)", r"[وف]?و[\u064F]?لدت", r"مواليد", r"مولود(?:ة)?",
    r"ميلادي",
)

# "my name is": the capitalised words right after it are a name.
NAME = _cue(
    r"ich\s+hei(?:ß|ss)e", r"mein\s+(?:vollständiger\s+)?name\s+(?:ist|lautet)",
    r"(?:vor|nach|familien|geburts)?name\s*:", r"ich\s+bin", r"hier\s+(?:ist|spricht)",
    r"mit\s+freundlichen\s+grü(?:ß|ss)en", r"viele\s+grü(?:ß|ss)e",
    r"my\s+(?:full\s+)?name\s+is", r"i\s+am\s+called", r"i'?m\s+called", r"i\s+am", r"i'm",
    r"this\s+is", r"(?:first|last|full)\s+name\s*:", r"(?:kind\s+)?regards,?",
    r"benim\s+adım", r"adım", r"ismim", r"adım\s+soyadım", r"ben",
    r"мене\s+зв(?:ати|уть)", r"моє\s+ім['’ʼ]я", r"моє\s+прізвище",
    r"меня\s+зовут", r"мо[её]\s+имя", r"моя\s+фамилия", r"я",
    r"nazywam\s+się", r"mam\s+na\s+imię", r"jestem", r"moje\s+imię\s+to",
    # the same typed without the language's own letters
    r"ich\s+heisse", r"benim\s+adim", r"adim", r"nazywam\s+sie", r"mam\s+na\s+imie",
    r"moje\s+imie\s+to",
)
# "I am", "я", "ben": before words that are no name as often as before a name, so the words
# after them count as a name only with a birth date or an address right behind.
SELF = _cue(r"ich\s+bin", r"i\s+am", r"i['’]m", r"this\s+is", r"hier\s+(?:ist|spricht)", r"ben",
            r"я", r"jestem", r"[وف]?[أا]نا")
# After these a name follows whatever its case: "меня зовут ирина", "ich heiße jana".
NAMED = _cue(r"ich\s+hei(?:ß|ss)e", r"i\s+am\s+called", r"i'?m\s+called",
             r"мене\s+зв(?:ати|уть)", r"меня\s+зовут", r"nazywam\s+si[eę]",
             r"mam\s+na\s+imi[eę]")
# Words that lead a date of something else: "seit dem", "ab", "since", "з", "od", "منذ".
DATE_LEAD = _cue(
    r"seit", r"ab", r"bis", r"vom", r"von", r"am", r"zum", r"nach", r"vor", r"gültig",
    r"since", r"from", r"on", r"until", r"till", r"by", r"before", r"after", r"as\s+of",
    r"itibaren", r"beri", r"tarihinde(?:n)?", r"tarihli",
    r"з", r"із", r"від", r"до", r"після", r"на", r"по", r"с", r"со", r"от", r"после",
    r"od", r"do", r"dnia", r"po", r"przed", r"na", r"w", r"we", r"z",
    r"منذ", r"من", r"حتى", r"في", r"بتاريخ", r"قبل", r"بعد", r"إلى", r"لغاية",
)
# In Arabic only "my name is" is specific enough: "أنا" ("I") starts many sentences.
NAME_AR = re.compile(r"(?<!\w)[وف]?(?:اسمي|إسمي)(?:\s+هو)?\s*:?\s*")

# "I live at", "my address": a street address in the same clause is the citizen's own.
RESIDENCE = _cue(
    r"(?:ich\s+)?wohne", r"wohnen", r"wohnt(?:e|en)?", r"gewohnt", r"ich\s+lebe",
    r"wir\s+leben", r"wohnhaft", r"(?:haupt|neben|zweit)?wohnsitz",
    r"(?:meine|unsere)\s+(?:neue\s+|alte\s+|jetzige\s+)?(?:adresse|anschrift|wohnadresse"
    r"|wohnung|meldeadresse)", r"(?:adresse|anschrift|адреса|адрес|adres|adresi|العنوان)\s*:",
    r"ich\s+ziehe", r"wir\s+ziehen",
    r"umgezogen", r"zugezogen", r"hergezogen", r"zu\s?hause", r"bei\s+mir", r"bei\s+uns",
    r"i\s+live", r"we\s+live", r"i'm\s+living", r"i\s+moved", r"we\s+moved", r"registered",
    r"i'?m\s+moving", r"we'?re\s+moving", r"my\s+(?:new\s+|old\s+|home\s+)?address",
    r"our\s+(?:new\s+)?address", r"address\s*:",
    r"oturuyoruz", r"oturuyorum", r"adresim(?:iz)?", r"ikamet\s+ediyorum", r"yaşıyorum",
    r"taşındım", r"taşınıyorum", r"evim", r"kayıtlı(?:yım|yız)?", r"ikametgah(?:ım)?",
    r"(?:я\s+)?живу", r"мы\s+жив[её]м", r"проживаю", r"мой\s+адрес", r"наш\s+адрес",
    r"переех(?:ал|ала|али)", r"переезжаю", r"прописан[аы]?", r"прописка",
    r"зарегистрирован[аы]?",
    r"ми\s+живемо", r"мешкаю", r"моя\s+адреса", r"наша\s+адреса", r"переїха(?:в|ла|ли)",
    r"переїжджаю", r"прописан(?:ий|а|і)", r"зареєстрован(?:ий|а|і)",
    r"mieszkam(?:y)?", r"mój\s+adres", r"nasz\s+adres", r"przeprowadzi(?:łem|łam|liśmy)",
    r"przeprowadzam\s+się", r"zamieszkał[ay]", r"zameldowan[yai]", r"zameldowa(?:łem|łam)",
    # Arabic writes "and" and "so" onto the word: "وعنواني" ("and my address").
    r"[وف]?(?:أسكن|اسكن|أعيش|عنواني|عنوان\s+سكني|انتقلت|أقيم|مقيمة?|مسجلة?)",
)
# "gemeldet" is where someone lives only when someone is so ("ich bin … gemeldet", "ich habe
# mich … angemeldet"), not what was reported ("ich habe den Schaden … gemeldet"): the gate
# takes it as a residence cue only after such a word in the same phrase (`REGISTERED_BY`).
REGISTERED = _cue(r"(?:an|um|ab|ein)?gemeldet")
REGISTERED_BY = _cue(r"bin", r"sind", r"ist", r"seid", r"war", r"waren", r"mich", r"uns",
                     r"sich")

# Names of identity documents and their numbers; a number right after one is that number.
ID_DOCUMENT = _cue(
    r"(?:personal)?ausweis(?:[ -]?(?:nummer|nr\.?))?", r"perso",
    r"reisepass(?:[ -]?(?:nummer|nr\.?))?",
    r"pass[ -]?(?:nummer|nr\.?)", r"(?:dokumenten|serien|karten)[ -]?(?:nummer|nr\.?)",
    r"(?:id|identity)(?:\s+card)?[ -]?(?:number|no\.?|nr\.?|#)",
    r"passport(?:\s+(?:number|no\.?))?",
    r"(?:document|serial)\s+(?:number|no\.?)",
    r"kimlik(?:\s+kartı)?\s+(?:numaram|numarası|no)", r"pasaport(?:\s+(?:numaram|numarası|no))?",
    r"seri\s+no",
    r"номер\s+(?:паспорта|посвідчення|документа|удостоверения)", r"паспорт(?:\s+№)?",
    r"сери[яи]\s+(?:и|та)\s+номер",
    r"(?:numer|nr)\s+(?:dowodu|paszportu)(?:\s+osobistego)?", r"dow(?:ód|odu)\s+osobist\w*",
    r"paszport\w*", r"seria\s+i\s+numer(?:\s+(?:dowodu|paszportu)(?:\s+osobistego)?)?",
    r"رقم\s+(?:الجواز|جواز\s+السفر|الهوية|البطاقة|بطاقة\s+الهوية)", r"جواز\s+سفري",
)

TAX = _cue(
    r"steuer[ -]?id", r"steuer(?:identifikations)?[ -]?(?:nummer|nr\.?)",
    r"identifikationsnummer", r"idnr\.?", r"tax\s+(?:id|number|identification\s+number)",
    r"\btin\b", r"vergi\s+(?:numaram|numarası|no|kimlik)", r"податков\w+\s+номер",
    r"ІПН", r"ИНН", r"numer\s+(?:nip|podatkowy)", r"\bnip\b", r"الرقم\s+الضريبي",
)

SOCIAL_INSURANCE = _cue(
    r"(?:sozial|renten)?versicherungs[ -]?(?:nummer|nr\.?)", r"sv[ -]?(?:nummer|nr\.?)",
    r"rv[ -]?(?:nummer|nr\.?)", r"social\s+security\s+number",
    r"(?:national\s+)?insurance\s+number",
    r"sosyal\s+güvenlik\s+numaras[ıi]", r"страхов\w+\s+номер", r"номер\s+страхов\w+",
    r"numer\s+ubezpieczenia", r"رقم\s+الضمان\s+الاجتماعي",
)

HEALTH_INSURANCE = _cue(
    r"kranken(?:versicherten|kassen|versicherungs)[ -]?(?:nummer|nr\.?)",
    r"versicherten[ -]?(?:nummer|nr\.?|id)", r"kvnr", r"health\s+insurance\s+(?:number|no\.?)",
    r"sağlık\s+sigortası\s+numaras[ıi]", r"номер\s+(?:медичного|медицинского)\s+\w+",
    r"numer\s+ubezpieczenia\s+zdrowotnego", r"رقم\s+التأمين\s+الصحي",
)

PLATE = _cue(
    r"(?:kfz-?|auto|wunsch)?kennzeichen", r"nummernschild", r"licen[cs]e\s+plate",
    r"number\s+plate", r"registration(?:\s+(?:number|plate))?", r"plaka(?:m|mız|sı)?",
    r"номер\s+(?:машини|авто\w*|машины)", r"номерн(?:ий|ой)\s+знак", r"госномер",
    r"tablic\w+\s+rejestracyjn\w+", r"numer\s+rejestracyjny", r"rejestracj\w+",
    r"(?:رقم\s+)?لوحة(?:\s+السيارة)?", r"رقم\s+(?:اللوحة|السيارة)",
)

# "I live near the Bürgerbüro …": the street is then not the citizen's own.
NEAR = _cue(
    r"(?:in\s+der\s+)?nähe", r"neben", r"gegenüber", r"near(?:by)?", r"next\s+to", r"close\s+to",
    r"opposite", r"yakın(?:ında)?", r"karşısında", r"біля", r"поруч", r"недалеко", r"рядом",
    r"около", r"возле", r"blisko", r"obok", r"naprzeciwko", r"قرب", r"بالقرب", r"بجانب",
)

# A word of these is no part of a name ("ich bin geboren", "jestem zameldowany").
ANY = re.compile("|".join(cue.pattern for cue in (BIRTH, RESIDENCE, REGISTERED)), re.IGNORECASE)

# "call me", "Tel.": a number after one is a phone number, whatever document was named before
# ("mein Ausweis ist weg, ruf mich an 0176 …").
PHONE = _cue(
    r"tel\.?", r"telefon\w*", r"handy\w*", r"mobil\w*", r"festnetz\w*", r"rufnummer",
    r"ruf(?:e|en|t)?", r"\w*anruf\w*", r"\w*rückruf\w*", r"zurückrufen", r"erreichbar\w*",
    r"whatsapp", r"sms",
    r"call", r"phone", r"mobile", r"cell", r"ring\s+me", r"text\s+me", r"reach\s+me",
    r"arayın", r"arayabilir\w*", r"ara(?:r)?\s+mısınız", r"numaram", r"cep",
    r"телефон\w*", r"\w*звон\w*", r"\w*дзвон\w*", r"мобільн\w*", r"мобильн\w*",
    r"zadzwo\w*", r"komórk\w*", r"numer\s+telefonu",
    r"[وف]?(?:هاتف\w*|اتصل\w*|جوال\w*|موبايل|رقمي)",
)
