"""The PII gate against personal data nobody here wrote: Faker values inside kiosk questions.

Every run generates at least 2,000 questions with personal data across the kinds and the seven
languages (German data inside non-German questions too; names and birth dates also as citizens
type them, in lower case and without their language's own letters) and at least 1,000 clean
questions full of numbers that are not personal: fees, years, dates (also after "I am", "я",
"ben", "jestem", "أنا": the day of a move, since when a rule holds), durations, times, office
addresses and numbers from the corpus, postcodes. The seed comes from KIOSK_PII_SEED, so other
seeds can be run: `KIOSK_PII_SEED=7 pytest -s tests/core/test_privacy_generated.py` prints the
table, and `python -m tests.core.test_privacy_generated 101 202 303` prints it for several
seeds, with the gate's p50/p95 time per question.
"""

from __future__ import annotations

import os
import random
import string
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import pytest
from faker import Faker
from stdnum.de import idnr

from kiosk.core.guard.privacy import PiiGate
from kiosk.core.guard.sanitize import sanitize
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.settings import ROOT

SEED = int(os.environ.get("KIOSK_PII_SEED", "20260211"))
PER_KIND = 200
CONTROLS = 1200
MIN_CAUGHT = 0.98
MAX_REFUSED = 0.01
LANGS = ("de", "en", "tr", "uk", "ru", "pl", "ar")
LOCALES = {"de": "de_DE", "en": "en_GB", "tr": "tr_TR", "uk": "uk_UA", "ru": "ru_RU",
           "pl": "pl_PL", "ar": "ar_AA"}
# Faker's ar_AA has no phone numbers of its own; these Arabic locales do.
PHONE_LOCALES = {**LOCALES, "ar": "ar_AE", "en": "en_US"}


@dataclass(frozen=True)
class Case:
    kind: str  # the row of the table
    lang: str
    text: str
    expect: str  # the kind the gate must report


# -- values -------------------------------------------------------------------------------

# Month names written as a citizen would, independent of the gate's own lists.
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
_ID_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"
_MRZ = {c: i for i, c in enumerate(string.digits + string.ascii_uppercase)}


def long_date(rng: random.Random, lang: str, day: int, month: int, year: int) -> str:
    name = MONTHS[lang].split()[month - 1]
    if lang == "en":
        return rng.choice([f"{day} {name} {year}", f"{name} {day}, {year}"])
    return f"{day}. {name} {year}" if lang == "de" else f"{day} {name} {year}"


def a_date(rng: random.Random, lang: str, day: int, month: int, year: int) -> str:
    """A date the way people type it: numeric in several forms, or with the month's name."""
    form = rng.randrange(6)
    if form == 0:
        return f"{day:02d}.{month:02d}.{year}"
    if form == 1:
        return f"{day}.{month}.{year % 100:02d}"  # two-digit year
    if form == 2:
        return f"{day:02d}/{month:02d}/{year}"
    if form == 3:
        return f"{year}-{month:02d}-{day:02d}"
    return long_date(rng, lang, day, month, year)


def steuer_id(rng: random.Random) -> str:
    while True:
        digits = [rng.choice("123456789")] + [rng.choice(string.digits) for _ in range(9)]
        number = "".join(digits)
        number += idnr.calc_check_digit(number) if hasattr(idnr, "calc_check_digit") else "0"
        if idnr.is_valid(number):
            return rng.choice([number, f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"])


def _digit_sum(n: int) -> int:
    return n // 10 + n % 10


def rv_number(rng: random.Random, fake: Faker) -> str:
    """A Versicherungsnummer: area, birth date, initial, serial, check digit (Wikipedia's rule)."""
    born = fake.date_of_birth(minimum_age=18, maximum_age=90)
    initial = rng.choice(string.ascii_uppercase)
    body = f"{rng.randrange(2, 90):02d}{born:%d%m%y}"
    serial = f"{rng.randrange(100):02d}"
    digits = body + f"{ord(initial) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    check = sum(_digit_sum(int(d) * w) for d, w in zip(digits, weights)) % 10
    plain = f"{body}{initial}{serial}{check}"
    return rng.choice([plain, f"{plain[:2]} {plain[2:8]} {plain[8]} {plain[9:]}"])


def kv_number(rng: random.Random) -> str:
    """A Krankenversichertennummer: letter, eight digits, check digit (weights 1, 2, …)."""
    letter = rng.choice(string.ascii_uppercase)
    body = "".join(rng.choice(string.digits) for _ in range(8))
    digits = f"{ord(letter) - 64:02d}" + body
    check = sum(_digit_sum(int(d) * (1 + i % 2)) for i, d in enumerate(digits)) % 10
    return f"{letter}{body}{check}"


def id_serial(rng: random.Random) -> str:
    """A German ID card or passport serial, sometimes with its MRZ check digit."""
    first = rng.choice("LMNPRTVWXY" if rng.random() < 0.6 else "CFGHJK")
    rest = "".join(rng.choice(_ID_ALPHABET) for _ in range(8))
    while not any(c.isdigit() for c in rest):
        rest = "".join(rng.choice(_ID_ALPHABET) for _ in range(8))
    serial = first + rest
    if rng.random() < 0.3:
        serial += str(sum(_MRZ[c] * (7, 3, 1)[i % 3] for i, c in enumerate(serial)) % 10)
    return serial


def a_phone(rng: random.Random, fakes: dict[str, Faker], lang: str) -> str:
    locale = "de" if lang != "de" and rng.random() < 0.4 else lang
    fake = fakes[f"phone-{locale}"]
    while True:
        number = (fake.cellphone_number() if PHONE_LOCALES[locale] == "ar_AE"
                  else fake.phone_number())
        # Short numbers (110, 115, 999) reach services, not people.
        if sum(c.isdigit() for c in number) >= 7:
            return number


def an_address(rng: random.Random, fakes: dict[str, Faker], lang: str, tail: bool) -> str:
    """A German address (in any language's question) or, where Faker has one, a local one."""
    local = lang in ("pl", "uk", "ru", "en", "tr") and rng.random() < 0.5
    fake = fakes[lang if local else "de"]
    if local and lang == "tr":  # Faker has no Turkish addresses: the usual form
        address = (f"{fake.last_name()} {rng.choice(['Cad.', 'Caddesi', 'Sok.', 'Sokak'])} "
                   f"No: {rng.randint(1, 150)}" + (f"/{rng.randint(1, 20)}" if rng.random() < 0.5
                                                    else ""))
    else:
        address = fake.street_address().replace("\n", ", ")
    if tail:
        address += f", {fake.postcode()} {fake.city()}"
    return address


def a_name(rng: random.Random, fakes: dict[str, Faker], lang: str) -> str:
    return fakes["de" if lang != "de" and rng.random() < 0.3 else lang].name()


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "İ": "I", "Ł": "L"})


def fold(text: str) -> str:
    """Latin text typed without its language's own letters: "Ayşe Yılmaz" → "Ayse Yilmaz"."""
    plain = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in plain if not unicodedata.combining(c))


def a_typed_name(rng: random.Random, fakes: dict[str, Faker], lang: str) -> str:
    """A first and a last name as citizens type them: in lower case, Latin ones often without
    their own letters."""
    fake = fakes["de" if lang != "de" and rng.random() < 0.3 else lang]
    name = f"{fake.first_name()} {fake.last_name()}".lower()
    latin = all(c < "\u0370" for c in name)
    return fold(name) if latin and not name.isascii() and rng.random() < 0.5 else name


def an_iban(rng: random.Random, fakes: dict[str, Faker], lang: str) -> str:
    number = fakes["de" if rng.random() < 0.5 else lang].iban()
    if rng.random() < 0.5:
        number = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


def a_plate(rng: random.Random, fakes: dict[str, Faker], lang: str) -> str:
    fake = fakes["de" if lang in ("de", "en") or rng.random() < 0.5 else lang]
    plate = fake.license_plate()
    if fake is fakes["de"] and rng.random() < 0.5:  # the usual way: "D-AB 1234"
        district, letters, digits = plate.split("-")
        plate = f"{district}-{letters} {digits}"
    return plate


# -- questions ------------------------------------------------------------------------------

T = {
    "phone": {
        "de": ["Rufen Sie mich bitte unter {v} zurück.", "Meine Handynummer ist {v}, bekomme "
               "ich eine SMS, wenn der Ausweis fertig ist?", "Tel. {v} – wann ist mein Termin?",
               "Ich bin unter {v} erreichbar, es geht um die Anmeldung.",
               "{v} ist meine Nummer, bitte um Rückruf wegen Wohngeld.", "Handy: {v}",
               "Ich habe 0211 89-91 angerufen, bitte rufen Sie mich unter {v} zurück.",
               "Meine Festnetznummer lautet {v}, ist das für das Formular richtig?"],
        "en": ["Please call me back on {v}.", "My mobile is {v}, can you text me when my "
               "passport is ready?", "You can reach me at {v} about the registration.",
               "Phone: {v} – when is my appointment?", "{v} is my number, please text me.",
               "I called 0211 89-91, please call me back on {v}."],
        "tr": ["Beni {v} numarasından arayabilir misiniz?", "Telefon numaram {v}, randevu "
               "alabilir miyim?", "{v} numaralı telefondan ulaşabilirsiniz."],
        "uk": ["Передзвоніть мені, будь ласка, на {v}.", "Мій номер {v}, коли буде готовий "
               "паспорт?", "Телефон для зв'язку: {v}."],
        "ru": ["Перезвоните мне, пожалуйста, по номеру {v}.", "Мой телефон {v}, когда будет "
               "готов паспорт?", "Связаться со мной можно по {v}."],
        "pl": ["Proszę oddzwonić pod numer {v}.", "Mój numer telefonu to {v}, kiedy będzie "
               "gotowy dowód?", "Kontakt: {v}, w sprawie meldunku."],
        "ar": ["يرجى الاتصال بي على الرقم {v}.", "رقم هاتفي {v}، متى يكون جواز السفر جاهزا؟",
               "يمكنكم التواصل معي على {v} بخصوص التسجيل."],
    },
    "email": {
        "de": ["Schicken Sie die Bestätigung an {v}.", "Meine E-Mail ist {v}, geht das?",
               "{v} – bekomme ich dorthin den Termin?"],
        "en": ["Please send the form to {v}.", "My email address is {v}."],
        "tr": ["E-posta adresim {v}, formu gönderir misiniz?"],
        "uk": ["Надішліть, будь ласка, підтвердження на {v}."],
        "ru": ["Отправьте, пожалуйста, подтверждение на {v}."],
        "pl": ["Proszę wysłać potwierdzenie na {v}."],
        "ar": ["أرسلوا التأكيد إلى {v} من فضلكم."],
    },
    "iban": {
        "de": ["Meine IBAN ist {v}, wann kommt die Erstattung?", "{v} – ist das die richtige "
               "Kontonummer für die Hundesteuer?", "Bitte buchen Sie von {v} ab.",
               "Kontoinhaber {n}, IBAN {v} – reicht das für die Lastschrift?"],
        "en": ["My IBAN is {v}, can you refund the fee?", "{v} is my account, is that right?"],
        "tr": ["IBAN numaram {v}, ücreti iade eder misiniz?"],
        "uk": ["Мій IBAN {v}, коли повернуть гроші?"],
        "ru": ["Мой IBAN {v}, когда вернут деньги?"],
        "pl": ["Mój numer konta to {v}, kiedy dostanę zwrot?"],
        "ar": ["رقم الآيبان الخاص بي {v}، متى يتم الاسترداد؟"],
    },
    "tax_id": {
        "de": ["Meine Steuer-ID ist {v}, brauche ich die für die Lohnsteuer?", "Steuer-ID {v}",
               "Meine Steuernummer ist {stnr}, wo zahle ich die Gewerbesteuer?",
               "Identifikationsnummer {v} verloren, was tun?", "Ist {v} eine gültige Steuer-ID?"],
        "en": ["My tax ID is {v}, where do I send it?", "Is {v} my German tax number?"],
        "tr": ["Vergi numaram {v}, bu doğru mu?", "Steuer-ID'm {v}, ne yapmalıyım?"],
        "uk": ["Мій податковий номер {v}, що робити?", "Steuer-ID {v} – чи це правильно?"],
        "ru": ["Мой налоговый номер {v}, что делать?", "Steuer-ID {v} – это правильно?"],
        "pl": ["Mój numer podatkowy to {v}, co dalej?", "Steuer-ID {v} – czy to poprawne?"],
        "ar": ["رقمي الضريبي {v}، ماذا أفعل؟", "هل {v} رقم ضريبي صحيح؟"],
    },
    "social_insurance": {
        "de": ["Meine Rentenversicherungsnummer ist {v}.", "SV-Nummer {v}, brauche ich die?",
               "Ist {v} meine Sozialversicherungsnummer?"],
        "en": ["My German social security number is {v}.", "Is {v} my pension insurance number?"],
        "tr": ["Sosyal güvenlik numaram {v}.", "Rentenversicherungsnummer: {v}"],
        "uk": ["Мій страховий номер {v}.", "{v} – це мій номер соцстрахування?"],
        "ru": ["Мой страховой номер {v}.", "{v} – это мой номер соцстрахования?"],
        "pl": ["Mój numer ubezpieczenia to {v}.", "{v} – czy to numer ubezpieczenia?"],
        "ar": ["رقم الضمان الاجتماعي الخاص بي {v}.", "هل {v} رقم التأمين الخاص بي؟"],
    },
    "health_insurance": {
        "de": ["Meine Krankenversichertennummer ist {v}.", "Versichertennummer {v} – reicht "
               "das?", "Ist {v} die Nummer auf meiner Gesundheitskarte?"],
        "en": ["My health insurance number is {v}.", "Is {v} the number on my health card?"],
        "tr": ["Sağlık sigortası numaram {v}."],
        "uk": ["Номер медичного страхування {v}."],
        "ru": ["Номер медицинского полиса {v}."],
        "pl": ["Numer ubezpieczenia zdrowotnego: {v}."],
        "ar": ["رقم التأمين الصحي الخاص بي {v}."],
    },
    "id_number": {
        "de": ["Meine Ausweisnummer ist {v}, ist der Ausweis fertig?", "Ist mein Perso {v} schon "
               "abholbereit?", "Passnummer: {v}", "Reisepass {v} verloren, was nun?"],
        "en": ["My passport number is {v}, when can I pick it up?", "ID card number {v}, is it "
               "ready?"],
        "tr": ["Kimlik numaram {v}, hazır mı?", "Pasaport numaram {v}."],
        "uk": ["Номер паспорта {v}, коли можна забрати?"],
        "ru": ["Номер паспорта {v}, когда можно забрать?"],
        "pl": ["Numer dowodu {v}, czy jest gotowy?", "Numer paszportu {v}."],
        "ar": ["رقم جواز السفر {v}، متى يمكنني استلامه؟"],
    },
    "birth_date": {
        "de": ["Ich bin am {v} geboren, brauche ich einen neuen Pass?", "Geburtsdatum: {v}",
               "geb. {v} – wie lange gilt mein Ausweis?", "{n}, geb. {v}, braucht einen Pass.",
               "Mein Sohn ist am {v} geboren, braucht er einen Kinderreisepass?",
               "geb {v} reisepass abgelaufen was tun"],
        "en": ["I was born on {v}, do I need a new passport?", "Date of birth: {v}.",
               "DOB {v}, how long is my ID valid?", "My birthday is {v}.",
               "born {v} in leeds, do i need a visa"],
        "tr": ["Doğum tarihim {v}, yeni pasaport gerekir mi?", "{v} doğumluyum.",
               "{n} {v} dogumlu, oturum kartim hazir mi", "dogum tarihim {v} kimlik icin ne lazim"],
        "uk": ["Я народився {v}, чи потрібен новий паспорт?", "Дата народження: {v}.",
               "{v} р.н., чи потрібен новий паспорт", "народилась {v} у Харкові, що робити"],
        "ru": ["Я родился {v}, нужен ли новый паспорт?", "Дата рождения: {v}.",
               "{v} г.р., сколько стоит паспорт", "родилась {v} в Омске, нужна ли справка"],
        "pl": ["Urodziłem się {v}, czy potrzebuję nowego paszportu?", "Data urodzenia: {v}.",
               "urodzilam sie {v}, czy dowod jest gotowy", "urodzony {v} w Krakowie, co dalej"],
        "ar": ["تاريخ ميلادي {v}، هل أحتاج جواز سفر جديد؟", "ولدت في {v}.",
               "من مواليد {v}، كم تكلفة الجواز؟"],
    },
    # A name right before a whole date, no cue: the date is that person's birth date. The
    # name capitalised, or in any case after "I am", "я", "ben", "jestem", "أنا", "my name is".
    "name_birth": {
        "de": ["{n} {v} – ist mein Reisepass schon fertig?", "ich bin {t} {a}, wann ist mein "
               "ausweis fertig", "mein name ist {t}, {v}, brauche ich einen termin",
               "Kinderreisepass für {n} {v}, wie lange dauert das?", "Hallo, hier ist {t} {a}, "
               "ist meine Meldebescheinigung da?"],
        "en": ["{n}, {v} – is my residence permit ready?", "i am {t} {a}, is my id card ready",
               "my name is {t} {v} when can i pick up my passport", "hi this is {t}, {a}, "
               "where is my card"],
        "tr": ["{n} {v}, oturum kartım hazır mı?", "ben {t} {a} kimligim hazir mi",
               "benim adim {t} {v} randevum var mi", "adım {t}, {v}, ehliyetim hazır mı"],
        "uk": ["{n} {v}, чи готовий мій паспорт?", "я {t} {a} чи вже готова моя картка",
               "мене звати {t} {v} коли забрати паспорт"],
        "ru": ["{n} {v}, готов ли мой паспорт?", "я {t} {a} готов ли мой загранпаспорт",
               "меня зовут {t}, {v}, где получить справку"],
        "pl": ["{n} {v}, czy mój dowód jest gotowy?", "jestem {t} {a} czy moj dowod jest gotowy",
               "nazywam sie {t} {v} kiedy odbior"],
        "ar": ["أنا {t} {a} هل بطاقتي جاهزة؟", "انا {t}، {a}، متى أستلم جوازي؟",
               "اسمي {t} {v} متى موعدي؟"],
    },
    "name": {
        "de": ["Mein Name ist {v}, ich brauche einen Termin.", "Ich heiße {v}.",
               "Ich bin {v} und möchte einen Pass beantragen.", "Name: {v}", "Wann ist mein "
               "Ausweis fertig? Mit freundlichen Grüßen {v}"],
        "en": ["My name is {v}, I need a passport.", "Hello, I am {v} and need an appointment.",
               "When is my passport ready? Kind regards, {v}"],
        "tr": ["Benim adım {v}, randevu alabilir miyim?", "Adım {v}.", "Ben {v}, randevu "
               "istiyorum."],
        "uk": ["Мене звати {v}, мені потрібен паспорт.", "Я {v}, потрібна допомога."],
        "ru": ["Меня зовут {v}, мне нужен паспорт.", "Я {v}, мне нужна помощь."],
        "pl": ["Nazywam się {v} i potrzebuję paszportu.", "Jestem {v}, potrzebuję terminu."],
        "ar": ["اسمي {v} وأحتاج إلى موعد."],
    },
    "name_address": {
        "de": ["Ich bin {n}, {a}, und möchte mich ummelden.", "Anmeldung für {n} in der {a}.",
               "{n}, {a}: brauche ich einen neuen Ausweis?", "Bitte schicken Sie den Bescheid an "
               "{n}, {a}.", "Hier schreibt {n} aus der {a}. Wann kommt der Bescheid?",
               "{n}\n{a}\nWann wird bei mir der Sperrmüll abgeholt?", "Wohnungsgeberbestätigung "
               "für {n} ({a}) – wer füllt sie aus?", "Mein Name ist {n} und ich wohne in der {a}."],
        "en": ["My name is {n}, I live at {a}.", "{n}, {a} – do I need to re-register?",
               "Please send the letter to {n}, {a}.", "{n}\n{a}\nWhen is the bulky waste "
               "collection?"],
        "tr": ["Benim adım {n}, adresim {a}.", "{n}, {a}: yeni kimlik gerekiyor mu?"],
        "uk": ["Мене звати {n}, моя адреса: {a}.", "{n}, {a} – чи треба перереєструватися?"],
        "ru": ["Меня зовут {n}, мой адрес: {a}.", "{n}, {a} – нужно ли перерегистрироваться?"],
        "pl": ["Nazywam się {n} i mieszkam przy {a}.", "{n}, {a} – czy muszę się przemeldować?"],
        "ar": ["اسمي {n} وعنواني {a}.", "أرسلوا الرسالة إلى {n}، {a} من فضلكم."],
    },
    "address": {
        "de": ["Ich wohne in der {a}, welches Bürgerbüro ist zuständig?", "Meine neue Adresse "
               "ist {a}, wie melde ich mich um?", "Wir ziehen in die {a} – was muss ich tun?",
               "Anschrift: {a}", "Wohnhaft {a}, seit wann gilt die neue Grundsteuer?"],
        "en": ["I live at {a}, which office do I go to?", "My new address is {a}."],
        "tr": ["Adresim {a}, hangi ofise gitmeliyim?", "{a} adresinde oturuyorum."],
        "uk": ["Я живу за адресою {a}, куди звернутися?", "Моя адреса: {a}."],
        "ru": ["Я живу по адресу {a}, куда обратиться?", "Мой адрес: {a}."],
        "pl": ["Mieszkam przy {a}, do którego urzędu iść?", "Mój adres to {a}."],
        "ar": ["أسكن في {a}، أي مكتب هو المسؤول؟", "عنواني {a}."],
    },
    "licence_plate": {
        "de": ["Mein Kennzeichen ist {v}, wo ist mein Auto?", "Kennzeichen {v} abgeschleppt – "
               "was nun?"],
        "en": ["My number plate is {v}, where is my car?"],
        "tr": ["Plakam {v}, arabam nerede?"],
        "uk": ["Номерний знак {v}, де моя машина?"],
        "ru": ["Номер машины {v}, где моя машина?"],
        "pl": ["Numer rejestracyjny {v}, gdzie jest mój samochód?"],
        "ar": ["رقم اللوحة {v}، أين سيارتي؟"],
    },
}
EXPECT = {"name_address": "address", "name_birth": "birth_date"}

CONTROL_TEMPLATES = {
    "de": ["Was kostet ein Reisepass? Ich habe {fee} gelesen.", "Gilt die Gebühr von {fee} seit "
           "dem {date}?", "Ich habe einen Termin am {date} um {time}, was muss ich mitbringen?",
           "Dauert die Bearbeitung {dur}?", "Wo ist das Bürgerbüro {office}?",
           "Ist die {office} barrierefrei?", "Welches Bürgerbüro ist für {pc} zuständig?",
           "Die Info-Line {num} ist besetzt, gibt es eine andere Nummer?", "Ich habe {num} "
           "angerufen, aber niemand ging ran.", "Mein Führerschein ist von {year}, muss ich ihn "
           "umtauschen?", "Hundesteuer {year}: wie viel zahle ich für {n} Hunde?",
           "Öffnungszeiten am {date}: {hours}?", "Ich brauche einen Termin für {n} Personen am "
           "{date}.", "Mein Kind ist {n} Jahre alt, kostet der Kinderreisepass {fee}?",
           "Ich ziehe nach {pc} Düsseldorf, was muss ich tun?", "Kann ich im Bürgerbüro {office} "
           "mit Karte zahlen?", "Ich wohne seit {year} in Düsseldorf, brauche ich einen "
           "Anwohnerparkausweis für {fee}?", "Termin im Standesamt {office} am {date} um {time}?",
           "Zimmer {room} im {office}: muss ich eine Nummer ziehen?", "Mein Name ist im Ausweis "
           "falsch geschrieben, kostet die Korrektur {fee}?", "Ich bin Rentner und wohne seit "
           "{year} in Düsseldorf-Bilk, gibt es eine Ermäßigung?", "Ich wohne in der Nähe vom "
           "Bürgerbüro {office}, kann ich dort am {date} hin?", "Ich ziehe von {pc} {city} nach "
           "40225 Düsseldorf, was kostet die Ummeldung?", "Muss ich die Ausweisnummer angeben? "
           "Der Reisepass kostet doch {fee}.", "Wie beantrage ich ein Wunschkennzeichen, und "
           "gilt die Gebühr von {fee} auch {year}?", "Ist das Standesamt Düsseldorf in der "
           "{office} am {date} von {time} bis 12:00 geöffnet?", "Gilt das für das Schuljahr "
           "{year}/{year2}?", "Die Info-Line (0211) 8991 oder 0211-89-91: welche stimmt?",
           "Düsseldorf hat über 620.000 Einwohner, wie viele Bürgerbüros gibt es?",
           "Mein Ausweis läuft am {date} ab, wann muss ich einen neuen beantragen?",
           "ich bin seit dem {date} in düsseldorf gemeldet, muss ich etwas tun",
           "Ich bin am {date} umgezogen, bis wann muss ich mich ummelden?",
           "ich bin rentnerin seit {date}, gibt es eine ermäßigung",
           "Mein Führerschein ist vom {date}, muss ich ihn umtauschen?",
           "Gilt ab {date} eine neue Gebühr für den Reisepass?",
           "Reisepass abgelaufen am {date} – kann ich noch reisen?"],
    "en": ["How much is a passport? I read it was {fee}.", "Has the fee been {fee} since {date}?",
           "I have an appointment on {date} at {time}, what should I bring?", "Does processing "
           "take {dur_en}?", "Where is the citizens' office at {office}?", "Is {office} "
           "wheelchair accessible?", "Which office is responsible for {pc}?", "The Info-Line "
           "{num} is busy, is there another number?", "My driving licence is from {year}, do I "
           "have to exchange it?", "I need an appointment for {n} people on {date}.",
           "I have lived in Düsseldorf since {year}, do I need a parking permit for {fee}?",
           "My name is spelled wrong in my passport, does the correction cost {fee}?",
           "I live near {office}, is the office open on {date}?", "I am a pensioner, is there "
           "a discount on the {fee} fee?", "Is the registry office at {office} open from "
           "{time}?", "i am registered since {date}, do i need to re-register",
           "I'm here since {date}, is my permit still valid?", "I moved on {date}, when must "
           "I register?"],
    "tr": ["Pasaport ne kadar, {fee} mi?", "{date} tarihinde saat {time} randevum var, ne "
           "getirmeliyim?", "Bürgerbüro {office} nerede?", "{pc} için hangi ofis yetkili?",
           "Info-Line {num} meşgul, başka numara var mı?", "Ehliyetim {year} yılından, "
           "değiştirmem gerekiyor mu?", "{n} kişi için {date} tarihinde randevu lazım.",
           "Düsseldorf'ta {year} yılından beri oturuyorum, {fee} ödemem gerekiyor mu?",
           "Kimlik kartı {n} yaşından küçükler için {fee} mi?",
           "ben {date} tarihinden beri düsseldorfta oturuyorum, ne yapmalıyım",
           "pasaportum {date} tarihinde bitti, ne yapmalıyım"],
    "uk": ["Скільки коштує паспорт, {fee}?", "У мене запис на {date} о {time}, що взяти з "
           "собою?", "Де знаходиться Bürgerbüro {office}?", "Яке бюро відповідає за {pc}?",
           "Info-Line {num} зайнята, чи є інший номер?", "Мої права з {year} року, чи треба "
           "їх міняти?", "Потрібен запис для {n} осіб на {date}.", "Я живу в Дюссельдорфі з "
           "{year} року, скільки коштує реєстрація?", "я з {date} живу в дюссельдорфі, що "
           "робити?", "я переїхала {date}, коли треба зареєструватися?",
           "мій паспорт закінчився {date}, що робити"],
    "ru": ["Сколько стоит паспорт, {fee}?", "У меня запись на {date} в {time}, что взять с "
           "собой?", "Где находится Bürgerbüro {office}?", "Какое бюро отвечает за {pc}?",
           "Info-Line {num} занята, есть другой номер?", "Мои права с {year} года, нужно ли их "
           "менять?", "Нужна запись для {n} человек на {date}.", "Я живу в Дюссельдорфе с "
           "{year} года, сколько стоит регистрация?", "я с {date} живу в дюссельдорфе",
           "я переехала {date}, до какого числа нужно зарегистрироваться?",
           "я пенсионерка с {date}, есть ли скидка"],
    "pl": ["Ile kosztuje paszport, {fee}?", "Mam termin {date} o {time}, co zabrać?",
           "Gdzie jest Bürgerbüro {office}?", "Który urząd jest właściwy dla {pc}?",
           "Info-Line {num} jest zajęta, czy jest inny numer?", "Moje prawo jazdy jest z "
           "{year} roku, czy muszę je wymienić?", "Potrzebuję terminu dla {n} osób na {date}.",
           "Mieszkam w Düsseldorfie od {year} roku, ile kosztuje meldunek?",
           "jestem zameldowany od {date}, czy muszę coś zmienić?",
           "jestem w niemczech od {date}, ile kosztuje dowód", "mój paszport wygasł {date}, co "
           "robić?"],
    "ar": ["كم تكلفة جواز السفر، {fee}؟", "لدي موعد في {date} الساعة {time}، ماذا أحضر؟",
           "أين يقع Bürgerbüro {office}؟", "أي مكتب مسؤول عن {pc}؟", "خط المعلومات {num} مشغول، "
           "هل هناك رقم آخر؟", "رخصة القيادة الخاصة بي من عام {year}، هل يجب تغييرها؟",
           "أحتاج موعدا لـ {n} أشخاص في {date}.", "أسكن في دوسلدورف منذ {year}، كم تكلفة "
           "التسجيل؟", "أنا في ألمانيا منذ {date} كم تكلفة الهوية؟", "أنا مقيم منذ {date} هل "
           "أحتاج تسجيل جديد؟", "انتهى جوازي في {date} ماذا أفعل؟"],
}


@cache
def corpus_facts() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The corpus' office addresses, its phone numbers and its texts (what the city publishes)."""
    corpus = load_corpus(ROOT / "corpus")
    offices = sorted({s.address for s in corpus.services if s.address})
    return (tuple(offices), tuple(sorted(corpus.phone_numbers())),
            tuple(s.full_text for s in corpus.services))


def gate(public: bool = True) -> PiiGate:
    """The gate as the assistant builds it: the corpus' numbers (and, with `public`, its texts)."""
    _, phones, texts = corpus_facts()
    return PiiGate(phones, texts if public else ())


def a_fee(rng: random.Random) -> str:
    euros = rng.choice([6, 10, 13, 15, 22, 27, 37, 46, 60, 70, 100, 120, 1250, 2400])
    return rng.choice([f"{euros},00 €", f"{euros} Euro", f"€ {euros}", f"{euros},60 EUR",
                       f"{euros:,} €".replace(",", "."), f"{euros}.00 EUR"])


def control(rng: random.Random, lang: str) -> str:
    offices, phones, _ = corpus_facts()
    office = rng.choice(offices)
    if rng.random() < 0.5:
        office = office.split(",")[0]  # the street alone
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
    hour = rng.randint(7, 17)
    values = {
        "fee": a_fee(rng), "date": a_date(rng, lang, day, month, year),
        "time": rng.choice([f"{hour}:{rng.choice(['00', '15', '30', '45'])}",
                            f"{hour}.30 Uhr", f"{hour} Uhr"]),
        "dur": rng.choice([f"{rng.randint(2, 4)} bis {rng.randint(5, 8)} Wochen",
                           f"{rng.randint(1, 10)} Werktage", "3–4 Wochen"]),
        "dur_en": rng.choice([f"{rng.randint(2, 4)} to {rng.randint(5, 8)} weeks",
                              f"{rng.randint(1, 10)} working days"]),
        "office": office, "pc": str(rng.randint(40210, 40629)),
        "num": rng.choice([*phones, "0211 89-91", "0211/8991", "+49 211 89 91", "115",
                           "116 116"]),
        "year": str(year), "year2": str(year + 1), "n": str(rng.randint(1, 24)),
        "city": Faker("de_DE").city() if rng.random() < 0.0 else rng.choice(
            ["Köln", "Essen", "Neuss", "Ratingen", "Mönchengladbach", "Bad Honnef"]),
        "hours": f"{hour}:00–{hour + 2}:30", "room": f"{rng.randint(1, 4)}.{rng.randint(100, 250)}",
    }
    return rng.choice(CONTROL_TEMPLATES[lang]).format(**values)


def fakes_for(seed: int) -> dict[str, Faker]:
    fakes = {}
    for lang in LANGS:
        fakes[lang] = Faker(LOCALES[lang])
        fakes[f"phone-{lang}"] = Faker(PHONE_LOCALES[lang])
    for i, fake in enumerate(fakes.values()):
        fake.seed_instance(seed * 100 + i)
    return fakes


def value(kind: str, rng: random.Random, fakes: dict[str, Faker], lang: str) -> dict[str, str]:
    fake = fakes["de" if lang != "de" and rng.random() < 0.4 else lang]
    if kind == "phone":
        return {"v": a_phone(rng, fakes, lang)}
    if kind == "email":
        return {"v": fake.email()}
    if kind == "iban":
        return {"v": an_iban(rng, fakes, lang), "n": a_name(rng, fakes, lang)}
    if kind == "tax_id":
        return {"v": steuer_id(rng), "stnr": f"{rng.randint(100, 599)}/{rng.randint(1000, 9999)}/"
                f"{rng.randint(1000, 9999)}"}
    if kind == "social_insurance":
        return {"v": rv_number(rng, fake)}
    if kind == "health_insurance":
        return {"v": kv_number(rng)}
    if kind == "id_number":
        return {"v": id_serial(rng) if rng.random() < 0.7 or lang == "de" else
                fakes["phone-en"].passport_number()}
    if kind in ("birth_date", "name_birth"):
        born = fake.date_of_birth(minimum_age=1, maximum_age=95)
        adult = fake.date_of_birth(minimum_age=16, maximum_age=95)
        return {"v": a_date(rng, lang, born.day, born.month, born.year),
                "a": a_date(rng, lang, adult.day, adult.month, adult.year),
                "n": a_name(rng, fakes, lang), "t": a_typed_name(rng, fakes, lang)}
    if kind == "name":
        return {"v": a_name(rng, fakes, lang)}
    if kind == "licence_plate":
        return {"v": a_plate(rng, fakes, lang)}
    return {"n": a_name(rng, fakes, lang),
            "a": an_address(rng, fakes, lang, tail=rng.random() < 0.5)}


def generate(seed: int) -> tuple[list[Case], list[Case]]:
    """The personal cases (PER_KIND per kind, languages in turn) and the controls."""
    rng = random.Random(seed)
    fakes = fakes_for(seed)
    cases = []
    for kind, templates in T.items():
        for i in range(PER_KIND):
            lang = LANGS[i % len(LANGS)]
            text = rng.choice(templates[lang]).format(**value(kind, rng, fakes, lang))
            cases.append(Case(kind, lang, sanitize(text), EXPECT.get(kind, kind)))
    controls = [Case("control", LANGS[i % len(LANGS)], sanitize(control(rng, LANGS[i % 7])), "")
                for i in range(CONTROLS)]
    return cases, controls


def measure(seed: int, public: bool = True) -> tuple[dict, list[Case], list[Case]]:
    """Per kind the share caught, for the controls the share refused; the misses."""
    the_gate = gate(public)
    cases, controls = generate(seed)
    caught, total = defaultdict(int), defaultdict(int)
    missed = [c for c in cases if c.expect not in the_gate.check(c.text)]
    for case in cases:
        total[case.kind] += 1
    for case in set(cases) - set(missed):
        caught[case.kind] += 1
    refused = [c for c in controls if the_gate.check(c.text)]
    rates = {kind: caught[kind] / total[kind] for kind in total}
    rates["controls refused"] = len(refused) / len(controls)
    return rates, missed, refused


def table(seeds: list[int], public: bool = True) -> str:
    results = [measure(seed, public)[0] for seed in seeds]
    lines = [f"| kind | {' | '.join(f'seed {s}' for s in seeds)} |",
             f"|---|{'---|' * len(seeds)}"]
    for kind in results[0]:
        lines.append(f"| {kind} | " + " | ".join(f"{r[kind]:.1%}" for r in results) + " |")
    return "\n".join(lines)


# -- tests ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def measured():
    return measure(SEED)


def test_enough_generated_cases():
    cases, controls = generate(SEED)
    assert len(cases) >= 2000 and len(controls) >= 1000
    assert {c.lang for c in cases} == set(LANGS) == {c.lang for c in controls}


@pytest.mark.parametrize("kind", list(T))
def test_each_kind_is_caught(measured, kind):
    rates, missed, _ = measured
    examples = [c.text for c in missed if c.kind == kind][:5]
    assert rates[kind] >= MIN_CAUGHT, f"{kind}: {rates[kind]:.1%} caught, missed e.g. {examples}"


def test_clean_questions_pass(measured):
    rates, _, refused = measured
    examples = [c.text for c in refused][:5]
    assert rates["controls refused"] <= MAX_REFUSED, f"refused e.g. {examples}"


def test_print_table(measured, capsys):
    """The table of this run (shown with `pytest -s`)."""
    rates = measured[0]
    with capsys.disabled():
        print(f"\nPII gate on generated questions, seed {SEED}")
        for kind, rate in rates.items():
            print(f"  {kind:18} {rate:7.1%}")
    assert set(rates) == set(T) | {"controls refused"}


def timing(seed: int) -> str:
    """p50/p95 of one scan over the eval questions and this seed's clean questions (the gate
    as the assistant builds it; speed is reported here and by `kiosk bench`, never asserted)."""
    import json
    import time

    the_gate = gate()
    questions = [json.loads(line)["question"] for path in sorted(ROOT.glob("tests/eval/*.jsonl"))
                 for line in path.read_text("utf-8").splitlines() if line.strip()]
    questions += [c.text for c in generate(seed)[1]]
    the_gate.scan("warm-up 0170 1234567")
    times = []
    for question in questions:
        start = time.perf_counter()
        the_gate.scan(sanitize(question))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return (f"PII gate over {len(questions)} questions (eval sets and clean questions of seed "
            f"{seed}): p50 {times[len(times) // 2]:.2f} ms, "
            f"p95 {times[int(len(times) * 0.95)]:.2f} ms, max {times[-1]:.2f} ms")


if __name__ == "__main__":
    seeds = [int(s) for s in sys.argv[1:]] or [SEED]
    print(table(seeds))
    print(timing(seeds[0]))
