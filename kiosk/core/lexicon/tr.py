"""Turkish: the words the core understands and its fixed answer lines.

Turkish is agglutinative: the patterns are stems that the suffixes may follow ("ücret" covers
"ücreti", "ücretini", "ücretsiz"), and a final consonant may soften before a vowel ("harç" →
"harcı", "köpek" → "köpeği"). Citizens on a German keyboard type without the Turkish letters
("kac", "yasinda", "ucret", "kimligimi"): `PLAIN` at the end of this module lets ı, ş, ğ, ç, ö,
ü and â of every pattern also match i, s, g, c, o, u and a, and adds the plain spellings of
NUMBERS and NUMERALS (applied by `kiosk.core.lexicon.lexicon`).
"""

KINDS = {
    "cost": r"kaç para|kaça\b(?! kadar)|ücret|fiyat"
            r"|(?<!süresi )ne kadar(?! sür| zaman| geçerli| bekle| vakit| içinde)|maliyet|masraf|tutar|harç|harc[ıi]|pahalı|ucuz|bedava|parasız|para öde|€|euro"
            r"|\blira|vergi(?:si)? ne(?! zaman)|ceza|kaç (?:euro|para|lira)|aidat",
    "amount": r"ne kadar (?:para )?(?:alır|alabilir|alırım|alıyor|veril|veriyor|verir|öden|ödüyor)"
              r"|miktar|kaç (?:euro|para) (?:alır|veril|veriyor|öden)|ne kadar (?:yardım|destek)",
    "payment": r"nakit|kartla|kart ile|kredi kartı|banka kartı|ec ?kart|girocard|ödeme (?:yöntemi|şekli)"
               r"|nasıl öde|neyle öde|taksit|vadesi|havale|\beft\b|ne zaman (?:\w+ )?öde|hangi (?:ay|tarih)\w* öde",
    "documents": r"belgeler|evrak|hangi belge|ne(?:ler)? (?:lazım|gerek)|belge(?:ler)?(?:i)? (?:lazım|gerek)"
                 r"|gerekli (?:belge|evrak|olan)|istenen|getir|yanım|vekaletname|muvafakat|yazılı onay"
                 # who must come along (the attendance rules are with the documents)
                 r"|gelmes|gelmeli|gelmek zorunda|birlikte gel|beraber gel|eşlik|hazır bulun",
    "where": r"nerede|nerde|nereye|nereden|nerden|adres(?!\w* (?:kayd|kayıt|değişik|bildir))|hangi (?:daire|ofis|büro|yer|kurum|belediye"
             r"|bürgerbüro|amt|şube)|kime (?:gitmeli|başvurmalı)",
    "online": r"online|on-line|internet|çevrim ?içi|dijital|evden|web sitesi|uygulama",
    "duration": r"ne kadar sür|ne kadar zaman(?!a)|ne kadar bekle|kaç gün(?!üm|.{0,10}içinde)|kaç hafta"
                r"|kaç ay(?!.{0,10}içinde)|kaç günde|kaç haftada"
                r"|ne zaman (?:hazır|çıkar|gelir|alır|elime)|hazır ol|hazır m[ıi]|bekleme süresi"
                r"|en hızlı|en çabuk|en kısa sürede|kaç ay (?:\w+ )?(?:alır|öden|veril)",
    "validity": r"geçerli|geçerlilik|süresi (?:dol|biter|bit|ne kadar)|ne zamana kadar geçer",
    "deadline": r"son tarih|son gün|son (?:\w+ )?tarih|ne zamana kadar(?! geçer)|içinde|en geç|geç kal|gecik|süre(?:m)? var"
                r"|kaç gün(?:üm)? var|süre sınır|süresi var|zamanında|saat kaça kadar(?! açık)",
    "eligibility": r"kaç yıl sonra|kaç sene sonra|vatandaşlığ\w* (?:\w+ )?(?:koru|kaybet|bırak)|çifte vatandaş|\bkim(?:ler)? (?:başvur|alabilir|yapabilir|öder|ödemek)|hakkım|hak kazan|hakkı var"
                   r"|şart|koşul|zorunda m|zorunlu m|alabilir miyim"
                   r"|gerekir mi|gerekiyor mu|gerekli mi|lazım mı"
                   r"|kaç yaş|yaşından itibaren|kaç yıl (?:\w+ )?(?:otur|yaşa|ikamet|kal)",
    "hours": r"açılış|çalışma saat|saat kaçta|kaçta açı|kaça kadar açık|açık m|kapalı|randevu|mesai",
    "contact": r"telefon|numaras[ıi] (?:ne|kaç)|hangi numara|ara(?:ya)?bilir|aramam|iletişim|hattı"
               r"|e-?posta|\bmail",
    "how": r"nasıl(?! öde| ara| ulaş)|ne yapmalı|ne yapmam|ne yapayım|ne yapacağım|ne yapılır"
           r"|başvur(?!u(?!l))|kaydol|kayıt yaptır|bildir|haber ver|iptal",  # "başvuru ücreti": a noun, no verb
    "exemption": r"muaf|indirim|öde(?:mek|mem|meli|me)? (?:zorunda|gerek|lazım)|öder miyim|ödemeli miyim"
                 r"|ödemesem|ödemeyebilir",  # "ödemem gerekiyor mu": must I pay (at all)
}

OPTIONS = {
    "express": r"ekspres|express|acil|hızlı|çabuk|ivedi",
    "lost": r"kaybett|kaybol|kayıp|çalındı|çalınan|çalıntı|çaldır|çaldılar|hırsız",
    "post": r"posta|eve gönder|adresime gönder|kargo",
    "photo": r"fotoğraf|resim|vesikalık|biyometrik",
    "pages48": r"48|kalın|çok sayfa",
    "temporary": r"geçici",
    "child": r"çocu|oğl|kızım|kızımı|kızıma|bebe|reşit değil|reşit olmayan",
    "first": r"ilk (?:kez|defa|kimlik|pasaport)|ilk kimli|ilk pasaport|daha önce hiç",
    "extended": r"genişletilmiş|kapsamlı",
    "abroad": r"yurt ?dışı|başka ülke|ülke dışı|(?:türkiye|memleket)\w* (?:dön|taşın|göç|yerleş)",
    "dangerous": r"tehlikeli|kavgacı|saldırgan|dövüş köpe",
    "shelter": r"barınak|tierheim|sahiplen",
    "dusselpass": r"düsselpass|duesselpass",
    "deregister": r"kapat|kapama|kapan|sildir|kayd\w* sil|terk|feshet|bırak",
    "couple": r"\beşim|\besim\b|karım|karim\b|kocam|evliy|\bçift|ikimiz",
    "in_person": r"şahsen|bizzat|yüz yüze|(?:büro|daire|ofis)\w* git|gitmem (?:lazım|gerek)"
                 r"|gitmek (?:mi |zorunda)",
    "online": r"online|internet|çevrim ?içi",
    "legal_entity": r"şirket|gmbh|tüzel|limited|\bltd",
    "natural_person": r"şahıs|serbest|bireysel|gerçek kişi|tek kişilik|esnaf|kendi işim",
    "copy": r"ek nüsha|ikinci nüsha|kopya|fazla nüsha|birden fazla|nüsha",
    "foreign": r"yabancı(?!lar daire)",  # the Yabancılar Dairesi is an office, no condition
    "late": r"geç kal|gecik|ceza|kaçırdım|süreyi kaçır|geç bildir|zamanında (?:yapmadım|bildirmedim)",
    "two_years": r"iki yıl|2 yıl",
    # "isim" and "ad" alone are any name; "soyadı değil" (not the surname) is not asked
    "first_name": r"(?:ön ?ad|ilk ad|ön ?isim|ilk isim|göbek ad)\w*+(?! değil)",
    "surname": r"(?:soyad|soy ?isim|soy ?ismi|aile ad)\w*+(?! değil)",
    "school_trip": r"okul gezi|sınıf gezi|okul yolculu|sınıf yolculu",
}

AGE = (  # relation: "under" N, "from" N, "eq" (an age cue: "bin 19"), "years" ("19 Jahre")
    # "24 yaş altı", "24 yaşından küçük", "24'ün altında", "18 yaşın altında"
    ("under", r"(\d{1,3})\s*(?:yaş\w*|'\w{1,3})\s*(?:altı|altında|küçük|aşağı)"),
    ("from", r"(\d{1,3})\s*(?:yaş\w*|'\w{1,3})\s*(?:üstü|üstünde|üzeri|üzerinde|büyük|ve üzeri)"),
    ("eq", r"(\d{1,3})\s*yaşında"),
    ("eq", r"(\d{1,3})\s*yaş\w*"),
)
CHILD = r"çocu|oğl|kızım|kızımı|kızıma|bebe|reşit değil|reşit olmayan"
PAST = r"önceden|eskiden|daha önce(?! hiç)|eski (?:ücret|fiyat|tarife)|geçen yıl|geçen sene" \
       r"|önceki (?:ücret|fiyat)|kadard[ıi]|kaçtı|tuttu|zamdan önce|zam gelmeden" \
       r"|artıştan önce|değişiklikten önce"
FOREIGN = r"(?:türk|t\.c\.|\btc\b|suriye|polonya|rus|ukrayna|irak|iran|afgan|bulgar|romanya|yunan" \
          r"|kosova|arnavut)\w*(?:'\w+)?\s+(?:pasaport|kimlik|ehliyet|nüfus)|konsolosluk|büyükelçilik" \
          r"|nüfus cüzdan"
COMPARE = r"daha ucuz|daha pahalı|fark|karşılaştır|hangisi (?:daha )?(?:ucuz|pahalı|uygun)"
QUESTION = r"\?|\b(?:ne|neler|nasıl|nerede|nerde|nereye|nereden|ne zaman|hangi|kim|neden|niye|kaç" \
           r"|m[ıiuü](?:yım|yim|yum|yüm|sın|sin|sun|sün|yız|yiz|sınız|siniz)?)\b"
FOLLOWUP = r"^\s*(?:ve|peki|ya|bir de|aynı|o zaman)\b"
NUMBERS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "ikinci": 2, "üçüncü": 3,
           "bekar": 1, "bekâr": 1, "yalnız": 1, "tek": 1,
           "çift": 2, "çiftler": 2, "evli": 2, "evliyiz": 2, "eşim": 2, "eşimle": 2, "ikimiz": 2}

# The small words of Turkish (question words, pronouns, particles, the commonest verbs), none
# of them a word of another language of the kiosk: the screen's language wins over a German
# service name with them (kiosk.core.answer.lang). Matched as written: PLAIN does not apply,
# the plain spellings are listed.
SMALL = (
    r"\b(?:ne|neler|nedir|nasıl|nasil|nerede|nerde|nereye|nereden|hangi|kim|kaç|kac"
    r"|kadar|için|icin|ve|ile|bir|bu|şu|mı|mi|mu|mü|mısın|misin|miyim|mıyım"
    r"|muyum|müyüm|lazım|lazim|gerek\w*|var|yok|para|ücret\w*|ucret\w*|benim|ben"
    r"|bana|ama|da|de|zaman|nasıl|yapılır|yapilir|yapabilirim|alabilirim"
    r"|verir|veriyor|oluyor|olur|tutuyor|sürüyor|suruyor|sürer|surer|ediyor"
    r"|yaşında|yasinda|yaşındayım|yasindayim|çocuğum\w*|cocugum\w*|için|gün|gun"
    r"|son|başvur\w*|basvur\w*|belge\w*|evrak\w*|nerden|istiyorum)\b"
)

TEXTS = {
    # the line before the Info-Line referral when another body handles the subject
    # (kiosk.core.knowledge.elsewhere); the plural for a body named in the plural
    "elsewhere": "Bu konuyla {body} ilgilenir.",
    "elsewhere_plural": "Bu konuyla {body} ilgilenir.",
    "elsewhere_beside": "“{subject}” konusuyla {body} ilgilenir.",
    "elsewhere_beside_plural": "“{subject}” konusuyla {body} ilgilenir.",
    "no_fact": "Bu konuda ({kind}) burada bilgi yok. Lütfen {office} ya da Info-Line 0211 89-91 "
               "ile iletişime geçin.",
    "no_past": "Önceki bir değer burada kayıtlı değil; gösterilen güncel bilgidir.",
    "dated": "Not: Bu değer eski bir kaynaktan geliyor. Lütfen güncel bilgiyi resmi sayfada "
             "(QR kodu) kontrol edin.",
    "german_only": "Bu bilgi yalnızca Almanca olarak mevcuttur.",
    "kind.cost": "ücretler", "kind.amount": "yardım tutarı", "kind.payment": "ödeme",
    "kind.documents": "belgeler", "kind.where": "yetkili daire", "kind.online": "online",
    "kind.duration": "işlem süresi", "kind.validity": "geçerlilik", "kind.deadline": "süre",
    "kind.eligibility": "koşullar", "kind.hours": "çalışma saatleri ve randevular",
    "kind.contact": "iletişim", "kind.how": "işlem adımları", "kind.exemption": "muafiyetler",
    # the fixed answers of kiosk.core.answer.messages
    "no_answer": "Bu konuda güvenilir bir bilgim yok. Lütfen Düsseldorf Belediyesi Info-Line "
                 "hattını ({info_line}) arayın veya ilgili daireye başvurun.",
    "empty": "Lütfen bir soru yazın.",
    "pii_blocked": "Sorunuz kişisel veriler içeriyor gibi görünüyor ({kinds}). Sizi korumak için "
                   "işlenmedi ve hemen silindi. Size yardımcı olmak için bu bilgilere ihtiyacım "
                   "yok – lütfen sorunuzu bu bilgiler olmadan tekrar sorun.",
    "pii.separator": ", ",
    "pii.address": "adres",
    "pii.birth_date": "doğum tarihi",
    "pii.email": "e-posta adresi",
    "pii.health_insurance": "sağlık sigortası numarası",
    "pii.iban": "banka hesap numarası (IBAN)",
    "pii.id_number": "kimlik veya pasaport numarası",
    "pii.licence_plate": "araç plakası",
    "pii.name": "ad soyad",
    "pii.phone": "telefon numarası",
    "pii.social_insurance": "sosyal sigorta numarası",
    "pii.tax_id": "vergi numarası",
}

# -- typed without Turkish letters ----------------------------------------------------------
PLAIN = {"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "â": "a"}


# Number words read as digits where an age is stated ("otuz yaşında", "yirmi dört yaşındayım");
# "bir" (one) is left out, it is also the article.
NUMERALS = {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
            "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50,
            "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90}

# The words read around a number, in every language's question (see de.py), as written: the
# plain spellings are listed.
NOT_COUNTED = r"yaş|yas|yıl|yil|sene|gün|gun|hafta|ay\b|dakika|saat|lira"
MONTHS = r"ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul" \
         r"|ekim|kasım|kasim|aralık|aralik"
NOT_AGE_BEFORE = r"son|için"  # "son 5 yıl", "5 yıl için"
SHORT_COUNTED = frozenset()
PAY = r"öde|ode"
EITHER = r"\b(?:veya|ya da)\b"
# the word before a number word that makes it distributive, no count ("for each one")
EACH = r"\bher$"
CLITICS = None
