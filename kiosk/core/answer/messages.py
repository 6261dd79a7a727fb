"""Fixed answer texts of the core (referral, personal-data warning) in the kiosk's languages."""

from __future__ import annotations

INFO_LINE = "0211 89-91"

NO_ANSWER = {
    "de": "Dazu habe ich keine verlässliche Information. Bitte wenden Sie sich an die Info-Line "
          f"der Stadt Düsseldorf unter {INFO_LINE} oder an das zuständige Amt.",
    "en": "I have no reliable information on that. Please contact the City of Düsseldorf "
          f"Info-Line on {INFO_LINE} or the responsible office.",
    "tr": "Bu konuda güvenilir bir bilgim yok. Lütfen Düsseldorf Belediyesi Info-Line hattını "
          f"({INFO_LINE}) arayın veya ilgili daireye başvurun.",
    "uk": "На жаль, я не маю надійної інформації з цього питання. Зверніться, будь ласка, на "
          f"Info-Line міста Дюссельдорф за номером {INFO_LINE} або до відповідного відомства.",
    "ru": "К сожалению, у меня нет надёжной информации по этому вопросу. Обратитесь, "
          f"пожалуйста, на Info-Line города Дюссельдорф по номеру {INFO_LINE} или в "
          "соответствующее ведомство.",
    "pl": "Nie mam na ten temat wiarygodnych informacji. Prosimy o kontakt z Info-Line miasta "
          f"Düsseldorf pod numerem {INFO_LINE} lub z właściwym urzędem.",
    "ar": "لا تتوفر لدي معلومات موثوقة حول هذا الموضوع. يرجى الاتصال بخط المعلومات "
          f"(Info-Line) لمدينة دوسلدورف على الرقم {INFO_LINE} أو مراجعة الدائرة المختصة.",
}

PII_BLOCKED = {
    "de": "Ihre Frage enthält offenbar persönliche Daten ({kinds}). Zu Ihrem Schutz wurde sie "
          "nicht verarbeitet und sofort gelöscht. Für eine Auskunft brauche ich diese Angaben "
          "nicht – bitte stellen Sie Ihre Frage einfach noch einmal ohne sie.",
    "en": "Your question seems to contain personal data ({kinds}). To protect you, it was not "
          "processed and has been deleted straight away. I don't need these details to help "
          "you – please simply ask again without them.",
    "tr": "Sorunuz kişisel veriler içeriyor gibi görünüyor ({kinds}). Sizi korumak için "
          "işlenmedi ve hemen silindi. Size yardımcı olmak için bu bilgilere ihtiyacım yok – "
          "lütfen sorunuzu bu bilgiler olmadan tekrar sorun.",
    "uk": "Схоже, ваше запитання містить персональні дані ({kinds}). Для вашого захисту його "
          "не оброблено й одразу видалено. Щоб допомогти, мені ці дані не потрібні – будь "
          "ласка, просто поставте запитання ще раз без них.",
    "ru": "Похоже, ваш вопрос содержит персональные данные ({kinds}). Для вашей защиты он не "
          "был обработан и сразу удалён. Чтобы помочь, мне эти данные не нужны – пожалуйста, "
          "просто задайте вопрос ещё раз без них.",
    "pl": "Wygląda na to, że pytanie zawiera dane osobowe ({kinds}). Dla ochrony Państwa "
          "danych nie zostało przetworzone i od razu je usunięto. Do udzielenia odpowiedzi te "
          "dane nie są potrzebne – prosimy po prostu zadać pytanie ponownie, bez nich.",
    "ar": "يبدو أن سؤالك يحتوي على بيانات شخصية ({kinds}). حفاظًا على خصوصيتك لم تتم معالجته "
          "وتم حذفه فورًا. لا أحتاج إلى هذه البيانات لمساعدتك – يرجى طرح سؤالك مرة أخرى بدونها.",
}

PII_KINDS = {
    "de": {"address": "Anschrift", "birth_date": "Geburtsdatum", "email": "E-Mail-Adresse",
           "health_insurance": "Krankenversichertennummer", "iban": "Kontonummer (IBAN)",
           "id_number": "Ausweis- oder Passnummer", "licence_plate": "Kfz-Kennzeichen",
           "name": "Name", "phone": "Telefonnummer",
           "social_insurance": "Sozialversicherungsnummer",
           "tax_id": "Steuer-ID oder Steuernummer"},
    "en": {"address": "address", "birth_date": "date of birth", "email": "e-mail address",
           "health_insurance": "health insurance number", "iban": "bank account number (IBAN)",
           "id_number": "ID card or passport number", "licence_plate": "licence plate",
           "name": "name", "phone": "phone number", "social_insurance": "social security number",
           "tax_id": "tax ID or tax number"},
    "tr": {"address": "adres", "birth_date": "doğum tarihi", "email": "e-posta adresi",
           "health_insurance": "sağlık sigortası numarası",
           "iban": "banka hesap numarası (IBAN)", "id_number": "kimlik veya pasaport numarası",
           "licence_plate": "araç plakası", "name": "ad soyad", "phone": "telefon numarası",
           "social_insurance": "sosyal sigorta numarası", "tax_id": "vergi numarası"},
    "uk": {"address": "адреса", "birth_date": "дата народження",
           "email": "адреса електронної пошти", "health_insurance": "номер медичного страхування",
           "iban": "номер банківського рахунку (IBAN)",
           "id_number": "номер посвідчення особи або паспорта",
           "licence_plate": "номерний знак автомобіля", "name": "ім'я",
           "phone": "номер телефону", "social_insurance": "номер соціального страхування",
           "tax_id": "податковий номер"},
    "ru": {"address": "адрес", "birth_date": "дата рождения",
           "email": "адрес электронной почты", "health_insurance": "номер медицинской страховки",
           "iban": "номер банковского счёта (IBAN)",
           "id_number": "номер удостоверения личности или паспорта",
           "licence_plate": "номерной знак автомобиля", "name": "имя",
           "phone": "номер телефона", "social_insurance": "номер социального страхования",
           "tax_id": "налоговый номер"},
    "pl": {"address": "adres", "birth_date": "data urodzenia", "email": "adres e-mail",
           "health_insurance": "numer ubezpieczenia zdrowotnego",
           "iban": "numer konta bankowego (IBAN)",
           "id_number": "numer dowodu osobistego lub paszportu",
           "licence_plate": "numer rejestracyjny pojazdu", "name": "imię i nazwisko",
           "phone": "numer telefonu", "social_insurance": "numer ubezpieczenia społecznego",
           "tax_id": "numer identyfikacji podatkowej"},
    "ar": {"address": "العنوان", "birth_date": "تاريخ الميلاد", "email": "البريد الإلكتروني",
           "health_insurance": "رقم التأمين الصحي", "iban": "رقم الحساب البنكي (IBAN)",
           "id_number": "رقم الهوية أو جواز السفر", "licence_plate": "رقم لوحة السيارة",
           "name": "الاسم", "phone": "رقم الهاتف", "social_insurance": "رقم الضمان الاجتماعي",
           "tax_id": "الرقم الضريبي"},
}
_LIST_SEPARATOR = {"ar": "، "}  # the Arabic comma; the other languages use ", "

EMPTY = {
    "de": "Bitte geben Sie eine Frage ein.",
    "en": "Please type a question.",
}

GERMAN_ONLY = {
    "en": "This information is only available in German.",
    "tr": "Bu bilgi yalnızca Almanca olarak mevcuttur.",
    "uk": "Ця інформація доступна лише німецькою мовою.",
    "ru": "Эта информация доступна только на немецком языке.",
    "pl": "Ta informacja jest dostępna tylko po niemiecku.",
    "ar": "هذه المعلومات متوفرة باللغة الألمانية فقط.",
}


def no_answer(lang: str) -> str:
    """The referral shown when nothing in the corpus fits."""
    return NO_ANSWER.get(lang, NO_ANSWER["de"])


def pii_blocked(lang: str, kinds: tuple[str, ...]) -> str:
    """Why the question was not processed, naming each kind of data found in `lang` (German
    for a language the kiosk does not speak)."""
    if lang not in PII_BLOCKED:
        lang = "de"
    names = PII_KINDS[lang]
    separator = _LIST_SEPARATOR.get(lang, ", ")
    return PII_BLOCKED[lang].format(kinds=separator.join(names[k] for k in kinds))
