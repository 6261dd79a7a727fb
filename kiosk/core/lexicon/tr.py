"""Turkish: the words the core understands and its fixed answer lines."""

KINDS = {
    "cost": r"kaç para|ne kadar(?! sürer| süre| zaman| geçerli)|ücret|fiyat|maliyet|masraf|tutar"
            r"|pahalı|ucuz|bedava|para öde|€|euro|vergi(?:si)? ne|ceza",
    "amount": r"ne kadar (?:alır|alabilir|alırım|veril|öden)|miktar",
    "payment": r"nakit|kartla|kredi kartı|ödeme (?:yöntemi|şekli)|taksit|vadesi",
    "documents": r"belge|evrak|getir|yanım|gerekli|ne lazım|neler lazım|fotoğraf|lazım|gerekiyor",
    "where": r"nerede|nereye|adres|hangi (?:daire|ofis|büro|yer|kurum)",
    "online": r"online|internet|çevrim ?içi|dijital|evden",
    "duration": r"ne kadar sür|kaç gün|kaç hafta|ne zaman (?:hazır|çıkar|gelir|alır)|hazır ol",
    "validity": r"geçerli|geçerlilik|süresi (?:dol|biter)",
    "deadline": r"son tarih|ne zamana kadar|içinde|kaç gün içinde|geç kal|gecik|süre(?:m)? var",
    "eligibility": r"kim(?:ler)? (?:başvur|alabilir|yapabilir)|hakkım|şart|koşul|zorunda mı"
                   r"|alabilir miyim|gerekir mi"
                   r"|kaç yaş|yaşından itibaren",
    "hours": r"açılış|çalışma saat|saat kaçta|açık mı|kapalı|randevu",
    "contact": r"telefon|numara|arayabilir|iletişim|hattı",
    "how": r"nasıl|ne yapmalı|ne yapmam|ne yapayım|başvur|kaydol|kayıt|bildir|iptal",
    "exemption": r"muaf|indirim|ödemek zorunda",
}

OPTIONS = {
    "express": r"ekspres|acil|hızlı|çabuk",
    "lost": r"kaybett|kayıp|çalındı|çaldır|hırsız",
    "post": r"posta|eve gönder|kargo",
    "photo": r"fotoğraf|resim",
    "pages48": r"48|kalın|çok sayfa",
    "temporary": r"geçici",
    "child": r"çocu|oğl|kızım|bebe",
    "first": r"ilk (?:kez|defa|kimlik|pasaport)",
    "extended": r"genişletilmiş|kapsamlı",
    "abroad": r"yurt ?dışı|yurtdışına|başka ülke",
    "dangerous": r"tehlikeli|kavgacı",
    "shelter": r"barınak|hayvan barınağı|tierheim",
    "dusselpass": r"düsselpass",
    "in_person": r"şahsen|bizzat|yüz yüze",
    "online": r"online|internet|çevrim ?içi",
    "legal_entity": r"şirket|gmbh|tüzel",
    "natural_person": r"şahıs|serbest|bireysel|gerçek kişi",
    "copy": r"ek nüsha|ikinci nüsha|kopya|fazla nüsha",
    "foreign": r"yabancı",
    "late": r"geç kal|gecik|ceza",
    "two_years": r"iki yıl|2 yıl",
    "first_name": r"\bad(?:ım|ımı)?\b|ön ad",
    "surname": r"soyad",
    "school_trip": r"okul gezisi|sınıf gezisi",
}

AGE = (  # relation: "under" N, "from" N, "eq" (an age cue: "bin 19"), "years" ("19 Jahre")
    ("under", r"(\d{1,3}) yaş(?:ından)? (?:altı|küçük)"),
    ("from", r"(\d{1,3}) yaş(?:ından)? (?:üstü|büyük|ve üzeri)"),
    ("eq", r"(\d{1,3}) yaşında"),
    ("eq", r"(\d{1,3}) yaş\w*"),
)
CHILD = r"çocu|oğl|kızım|bebe|reşit değil"
PAST = r"önceden|eskiden|daha önce|eski (?:ücret|fiyat)|geçen yıl"
FOREIGN = r"(?:türk|t\.c\.|suriye|polonya|rus|ukrayna|irak|iran|afgan)\w*\s+(?:pasaport|kimlik" \
          r"|ehliyet)|konsolosluk|büyükelçilik"
COMPARE = r"daha ucuz|daha pahalı|fark|karşılaştır"
QUESTION = r"\?|\b(?:ne|nasıl|nerede|nereye|ne zaman|hangi|kim|neden|mı|mi|mu|mü)\b"
FOLLOWUP = r"^\s*(?:ve|peki|ya|bir de|aynı)\b"
NUMBERS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "ikinci": 2, "üçüncü": 3, "bekar": 1, "yalnız": 1,
           "çift": 2, "eş": 2}

TEXTS = {
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
