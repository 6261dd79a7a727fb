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
    "de": "Ihre Eingabe enthält offenbar persönliche Daten ({kinds}). Zu Ihrem Schutz wurde sie "
          "nicht verarbeitet und gelöscht. Bitte stellen Sie Ihre Frage ohne persönliche Angaben.",
    "en": "Your input seems to contain personal data ({kinds}). To protect you it was not "
          "processed and has been deleted. Please ask again without personal details.",
    "tr": "Girişiniz kişisel veriler içeriyor gibi görünüyor. Sizi korumak için işlenmedi ve "
          "silindi. Lütfen sorunuzu kişisel bilgi vermeden sorun.",
    "uk": "Ваш запит, схоже, містить персональні дані. Для вашого захисту його не оброблено й "
          "видалено. Будь ласка, поставте запитання без особистих даних.",
    "ru": "Похоже, ваш запрос содержит персональные данные. Для вашей защиты он не был "
          "обработан и удалён. Пожалуйста, задайте вопрос без личных данных.",
    "pl": "Wygląda na to, że Twoje zapytanie zawiera dane osobowe. Dla Twojej ochrony nie "
          "zostało przetworzone i zostało usunięte. Zadaj pytanie bez danych osobowych.",
    "ar": "يبدو أن إدخالك يحتوي على بيانات شخصية. حفاظًا على خصوصيتك لم تتم معالجته وتم حذفه. "
          "يرجى طرح سؤالك دون بيانات شخصية.",
}

PII_KINDS = {
    "de": {"iban": "Kontonummer/IBAN", "tax_id": "Steuer-ID", "id_number": "Ausweisnummer",
           "phone": "Telefonnummer", "email": "E-Mail-Adresse", "birth_date": "Geburtsdatum",
           "name_address": "Name und Anschrift", "name": "Name"},
    "en": {"iban": "account number/IBAN", "tax_id": "tax ID", "id_number": "ID document number",
           "phone": "phone number", "email": "e-mail address", "birth_date": "date of birth",
           "name_address": "name and address", "name": "name"},
}

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
    """Why the question was not processed, naming the kinds of data found where possible."""
    names = PII_KINDS.get(lang, PII_KINDS["de"] if lang not in PII_BLOCKED else PII_KINDS["en"])
    text = PII_BLOCKED.get(lang, PII_BLOCKED["de"])
    return text.format(kinds=", ".join(names.get(k, k) for k in kinds))
