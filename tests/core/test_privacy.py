"""Tests of the PII gate: realistic questions that must be blocked and ones that must pass,
what scan and mask give back, and the details a citizen would notice if they broke."""

import re
from datetime import date, timedelta
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban
from stdnum.de import idnr, stnr

from kiosk.core.answer import messages
from kiosk.core.guard.pii import dates
from kiosk.core.guard.privacy import KINDS, MASK, Finding, PiiGate
from kiosk.core.guard.sanitize import sanitize
from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.settings import ROOT

CITY_NUMBERS = ("0211 89-91", "0211 89-98933", "116 116", "+49 116 116", "0211 830 99222",
                "0211 89-21020", "0211 89-96366", "0211 89-98870")

# Checked below with stdnum, so a failing case means the gate, not the test data, is wrong.
VALID_IBANS = ("DE89370400440532013000", "DE02120300000000202051", "DE12500105170648489890",
               "GB82WEST12345698765432", "NL91ABNA0417164300", "AT611904300234573201",
               "TR330006100519786457841326")
VALID_TAX_IDS = ("86095742719", "65929970489", "36574261809", "47036892816")
VALID_STEUERNUMMERN = ("133/8150/8159",)

POSITIVE = [
    # iban
    ("Meine IBAN ist DE89 3704 0044 0532 0130 00, wann kommt das Geld?", "iban"),
    ("Bitte überweisen Sie die Erstattung auf DE02120300000000202051.", "iban"),
    ("Kann die Stadt von de12 5001 0517 0648 4898 90 abbuchen?", "iban"),
    ("My IBAN is GB82 WEST 1234 5698 7654 32, can you refund the fee?", "iban"),
    ("Hesabım TR33 0006 1005 1978 6457 8413 26, ücreti iade eder misiniz?", "iban"),
    ("IBAN: NL91ABNA0417164300 – ist das für die Hundesteuer richtig?", "iban"),
    ("Lastschrift für die Grundsteuer von AT61 1904 3002 3457 3201 einziehen", "iban"),
    ("Bitte buchen Sie 46,00 € von DE89370400440532013000 ab", "iban"),
    # tax_id
    ("Steuer-ID 86095742719", "tax_id"),
    ("Meine Steuer-ID ist 65 929 970 489, brauche ich die für die Lohnsteuer?", "tax_id"),
    ("My tax ID is 36574261809, where do I send it?", "tax_id"),
    ("Steuernummer 133/8150/8159 – wo zahle ich die Gewerbesteuer?", "tax_id"),
    ("Identifikationsnummer 47036892816 verloren, was tun?", "tax_id"),
    # id_number
    ("Meine Ausweisnummer ist T22000129, ist der Ausweis fertig?", "id_number"),
    ("Ist mein Perso L01X00T47 schon abholbereit?", "id_number"),
    ("Passnummer: C01X00T47", "id_number"),
    ("My passport number is C01X00T47, when can I pick it up?", "id_number"),
    ("Reisepass Nr. 123456789 ist abgelaufen", "id_number"),
    ("Auf dem Ausweis steht IDD<<T220001293<<<<<<<<<<<<<<<", "id_number"),
    ("ID number: LZ6311T47, is my card ready?", "id_number"),
    ("Seriennummer 1220001297 vom alten Ausweis", "id_number"),
    ("Ausweis l01x00t47 verloren, was nun?", "id_number"),
    # phone
    ("Rufen Sie mich bitte unter 0170 1234567 zurück.", "phone"),
    ("Meine Handynummer ist +49 176 12345678", "phone"),
    ("Call me on 0151 23456789 please", "phone"),
    ("Tel. (0211) 123 45 67, wann habe ich einen Termin?", "phone"),
    ("Erreichbar unter 030 12345678 oder per Post", "phone"),
    ("Mein Festnetz: 0221 9876543", "phone"),
    ("Numaram +90 532 123 45 67, randevu alabilir miyim?", "phone"),
    ("Mój numer to +48 601 234 567", "phone"),
    ("Мій номер +380 67 123 4567, передзвоніть", "phone"),
    ("Bitte SMS an 0157 12345678 schicken", "phone"),
    ("Meine Nummer ist 0049 211 1234567", "phone"),
    # email
    ("Schicken Sie die Bestätigung an erika.musterfrau@example.de", "email"),
    ("My email is john.smith+kiosk@mail.example.com", "email"),
    ("Kontakt: max_mustermann@web.de – geht das?", "email"),
    ("E-Mail ayse.yilmaz@gmail.com, bitte Termin bestätigen", "email"),
    # birth_date
    ("Ich bin am 12.03.1985 geboren, brauche ich einen neuen Pass?", "birth_date"),
    ("Geburtsdatum: 12. März 1985", "birth_date"),
    ("I was born on March 12, 1985 in Düsseldorf.", "birth_date"),
    ("DOB 1985-03-12, how long is my passport valid?", "birth_date"),
    ("Erika Musterfrau geb. 03.04.1962", "birth_date"),
    ("Mein Sohn ist am 3.4.2015 geboren, braucht er einen Kinderreisepass?", "birth_date"),
    ("My date of birth is 12th of March, 1985.", "birth_date"),
    ("Mein Geburtstag ist der 24.12.1990", "birth_date"),
    ("born 12/03/1985, need a new ID card", "birth_date"),
    # name
    ("Mein Name ist Erika Musterfrau", "name"),
    ("Ich heiße Ayşe Yılmaz und brauche einen Termin.", "name"),
    ("My name is John Smith, I need a passport.", "name"),
    ("Name: Max Mustermann", "name"),
    ("Mein Name lautet Ludwig van Beethoven", "name"),
    # address
    ("Ich heiße Erika Musterfrau und wohne in der Musterstraße 12.", "address"),
    ("Ich wohne in der Hauptstr. 5a, welches Bürgerbüro ist zuständig?", "address"),
    ("Wir wohnen Am Wehrhahn 3 in 40211 Düsseldorf", "address"),
    ("ich wohne am Wehrhahn 3, wo melde ich mich um?", "address"),
    ("I live at Kölner Landstraße 48, which office do I go to?", "address"),
    ("Meine neue Adresse ist Erkrather Straße 201, wie melde ich mich um?", "address"),
    ("Name: Max Mustermann, Musterstraße 12, 40225 Düsseldorf", "address"),
    ("I live at 221B Baker Street, London, and want to move here", "address"),
    ("Ich bin von der Bahlenstraße 12 in die Kirchfeldstr. 30 umgezogen", "address"),
    ("Meine Anschrift: Am Hennekamp 7 b, 40225 Düsseldorf", "address"),
    ("Mein Name ist Tom und ich wohne auf der Ulmenstraße 3", "address"),
    ("Ich ziehe am 1.4.2026 in die Kölner Str. 12, muss ich mich ummelden?", "address"),
    ("Anmeldung für Alf Hamann-Trupp in der Mike-Dehmel-Allee 95/97, 46564 Düsseldorf", "address"),
    ("Ich bin Prof. Tilmann Stroh, Gumprichstraße 2817, und brauche einen Pass.", "address"),
    ("Marlis Döring, Marlis-Döring-Weg 8/7: wann kommt der Wohngeldbescheid?", "address"),
    ("Wohnhaft Seifertstr. 793, 40225 Düsseldorf – gilt die neue Grundsteuer?", "address"),
    ("Anmeldung von Dr. Erika Musterfrau B.A., Reisingallee 9/7", "address"),
    ("I live at Flat 5, Jones Road, London", "address"),
    ("Harriet Preston, 17 Jones Light, S6 7LJ Claretown – do I need to register?", "address"),
    # social_insurance, health_insurance, licence_plate
    ("Meine Rentenversicherungsnummer ist 15 070649 C 103.", "social_insurance"),
    ("SV-Nummer 15070649C103, brauche ich die?", "social_insurance"),
    ("Meine Krankenversichertennummer ist A123456780.", "health_insurance"),
    ("Versichertennummer X110411675 – reicht das?", "health_insurance"),
    ("Mein Kennzeichen ist D-AB 1234, wo ist mein Auto?", "licence_plate"),
    ("Kennzeichen GÖ-RH-625 abgeschleppt, was nun?", "licence_plate"),
    ("My number plate is SR79 ELT, where is my car?", "licence_plate"),
    ("Plakam 34 ABC 123, arabam nerede?", "licence_plate"),
    # phone numbers of any country, in any notation
    ("Rufen Sie +49 (0) 2008 261995 an.", "phone"),
    ("Meine Nummer: (01471) 21345", "phone"),
    ("Tel 0071838463 bitte", "phone"),
    ("+44(0)9098790766 is my number", "phone"),
    ("Call me: 020 74960625", "phone"),
    ("(0121)4960234 anrufen", "phone"),
    ("Mój numer to 726 625 851", "phone"),
    ("Мій номер 706 69 07", "phone"),
    ("Ist der Service unter 0800 1234567 kostenlos? Das ist meine Firma.", "phone"),
    # the kiosk's other languages
    ("Меня зовут Иван Петров, где получить паспорт?", "name"),
    ("Nazywam się Anna Kowalska i mieszkam przy Musterstraße 12", "address"),
    ("Nazywam się Jan Kowalski i mieszkam przy ul. Kwiatowej 5/3", "address"),
    ("Adım Ayşe Yılmaz, adresim Atatürk Cad. No: 5", "address"),
    ("Меня зовут Иван Петров, мой адрес: ул. Ленина, д. 5, кв. 12", "address"),
    ("Мене звати Ганна Коваль, моя адреса: вул. Шевченка, буд. 12", "address"),
    ("اسمي أحمد علي وعنواني Musterstraße 12", "address"),
    ("أرسلوا الرسالة إلى هيام الداودي، Kaulstraße 32 من فضلكم.", "address"),
    ("Numaram +90 532 123 45 67, randevu alabilir miyim?", "phone"),
    ("Urodziłem się 12 marca 1985, czy potrzebuję nowego paszportu?", "birth_date"),
    ("Я родился 12 марта 1985 г., нужен ли новый паспорт?", "birth_date"),
    ("ولدت في 12/03/1985", "birth_date"),
    ("Jestem Anna Kowalska, potrzebuję terminu.", "name"),
    ("Benim adım Öğr. Taşar Ensari Durmuş, randevu alabilir miyim?", "name"),
    ("اسمي الدكتورة بهاء حميضة وأحتاج إلى موعد.", "name"),
    ("Номер паспорта 4510 123456, когда забрать?", "id_number"),
    ("Numer dowodu ABC123456, czy jest gotowy?", "id_number"),
    ("Doğum tarihi: 12.03.1985, pasaport ne kadar?", "birth_date"),
    ("Я народився 12.03.1985, чи потрібен мені новий паспорт?", "birth_date"),
    ("تاريخ الميلاد 12.03.1985", "birth_date"),
    # a name right before a whole past date: that person's birth date, cue or not, in any case
    ("ich bin jana wolff 04.09.1979 ist mein reisepass schon da", "birth_date"),
    ("Jana Wolff 04.09.1979 – ist mein Reisepass schon da?", "birth_date"),
    ("mein name ist tobias brandt, 17.11.1992, wann ist mein termin", "birth_date"),
    ("i am daniel hughes 21/06/1984 is my residence permit ready", "birth_date"),
    ("Oliver Grant, 3 October 1975 – where is my passport?", "birth_date"),
    ("ben mehmet kaya 15.04.1982 ikamet kartım ne zaman hazır", "birth_date"),
    ("Elif Sahin 09.12.1995 dogumlu, pasaportum hazir mi", "birth_date"),
    ("я іван мельник 30.06.1978 де мій паспорт", "birth_date"),
    ("Іван Мельник, 30 червня 1978, де мій паспорт?", "birth_date"),
    ("я сергей волков 14.02.1981 готов ли мой загранпаспорт", "birth_date"),
    ("меня зовут наталья смирнова, 08.08.1970, где получить справку", "birth_date"),
    ("jestem piotr zielinski 19.05.1983 czy moj dowod jest gotowy", "birth_date"),
    ("Piotr Zieliński 19.05.1983, czy dowód jest gotowy?", "birth_date"),
    ("أنا أحمد الخطيب 12.03.1987 هل بطاقتي جاهزة", "birth_date"),
    ("انا سلمى بنت خالد العمري، 04/03/1988، متى أستلم جوازي؟", "birth_date"),
    # birth cues typed without the language's own letters, and their abbreviations
    ("geb 04.09.1979 reisepass abgelaufen was tun", "birth_date"),
    ("born 21 June 1984 in leeds, do i need a visa", "birth_date"),
    ("03.07.1988 dogumluyum, pasaport ucreti ne kadar", "birth_date"),
    ("dogum tarihim 3 Temmuz 1988, kimlik icin ne lazim", "birth_date"),
    ("12.03.1987 р.н., чи потрібен новий паспорт", "birth_date"),
    ("14.02.1981 г.р., сколько стоит паспорт", "birth_date"),
    ("urodzilem sie 19.05.1983, czy dowod jest gotowy", "birth_date"),
    ("من مواليد 5 مايو 1993، كم تكلفة الجواز", "birth_date"),
    ("أنا مولودة في 05.05.1993، هل أحتاج جوازا جديدا؟", "birth_date"),
    # names, addresses and passports typed in lower case or with a Cyrillic series
    ("ich heisse jana wolff und brauche einen termin", "name"),
    ("мене звати олена, коли забрати паспорт", "name"),
    ("ich wohne in der lindenstraße 14, welches bürgerbüro ist zuständig", "address"),
    ("ich bin jana wolff, wolfsgasse 12, muss ich mich ummelden", "address"),
    ("i live at 12 baker street, which office do i go to", "address"),
    ("adresim kurt sok. no: 5, hangi ofise gitmeliyim", "address"),
    ("мене звати оксана бондар, живу вул. Шевченка 5", "address"),
    ("номер паспорта ЕК 123456, когда будет готов?", "id_number"),
    ("numer dowodu ABC 123456, czy jest gotowy?", "id_number"),
    ("seria i numer dowodu ABC123456 – co dalej?", "id_number"),
    ("meine mail jana.wolff(at)web.de, schicken Sie mir den Termin", "email"),
    ("e-posta: mehmet.kaya[at]gmail.com, formu gönderir misiniz", "email"),
    ("wir wohnen in der bahnstr 5, welches amt ist zuständig", "address"),
    ("адреса: вул. Шевченка, 12, кв. 5 – куди звернутися?", "address"),
    ("adres: ul. Polna 12, do którego urzędu iść?", "address"),
    ("عنواني شارع الملك فهد 12، أي مكتب هو المسؤول؟", "address"),
]

NEGATIVE = [
    "Was kostet ein Personalausweis?",
    "Der Personalausweis kostet 46,00 € ab 24 Jahren – stimmt das?",
    "Was kostet ein Reisepass für mein Kind, 12 Jahre?",
    "Kann ich mit IBAN zahlen?",
    "Wo finde ich die IBAN der Stadtkasse?",
    "Brauche ich meine Steuer-ID für die Anmeldung?",
    "Was ist eine Steuer-ID und wo finde ich sie?",
    "Ich habe einen Termin am 12.03.2026 um 10:30 Uhr, was muss ich mitbringen?",
    "Termin am 12. März 2026 – reicht das Foto vom 1. Mai 2025?",
    "Is the office open on March 12, 2026?",
    "Ich brauche einen Termin für 2 Personen am 5.3.2026",
    "Mein Ausweis läuft am 31.12.2026 ab, wann muss ich einen neuen beantragen?",
    "Ist das Bürgerbüro vom 23.12.2026 bis 02.01.2027 geschlossen?",
    "Muss ich mein Geburtsdatum angeben, wenn ich am 12.03.2026 komme?",
    "Welches Bürgerbüro ist für 40225 zuständig?",
    "Ich ziehe nach 40211 Düsseldorf, was muss ich tun?",
    "Die Info-Line 0211 89-91 ist besetzt, gibt es eine andere Nummer?",
    "Ist +49 211 8991 die richtige Nummer?",
    "Ich habe 0211 89-98933 angerufen, aber niemand ging ran.",
    "Was ist die 116 116?",
    "Sperr-Notruf +49 116 116 – wann anrufen?",
    "Im Notfall 110 oder 112 anrufen? Und was ist 115?",
    "Ist 0211 830 99222 die Nummer der Ausländerbehörde?",
    "0211 89-21020 oder 0211 89-96366, wen rufe ich an?",
    "Die Nummer 0211 89-98870 ist dauernd besetzt",
    "Wo ist das Bürgerbüro Willi-Becker-Allee 7?",
    "Ist die Brinckmannstraße 5 barrierefrei?",
    "Öffnungszeiten Höherweg 101?",
    "Wie komme ich zur Erkrather Straße 377?",
    "Aachener Straße 21 – welche Straßenbahn fährt dahin?",
    "Bahlenstraße 178 oder Inselstraße 17, wo ist es schneller?",
    "Ausländerbehörde Erkrather Straße 377: brauche ich einen Termin?",
    "Ich möchte einen Termin für Zimmer 2.105 im Höherweg 101.",
    "Was muss ich bei der Hausnummer im Formular eintragen?",
    "Meine Hausnummer hat sich geändert, muss ich mich ummelden?",
    "Wie melde ich meinen Wohnsitz in der Musterstraße an?",
    "Wie ändere ich meinen Namen nach der Heirat?",
    "Mein Name ist im Ausweis falsch geschrieben, was tun?",
    "Muss ich für die Ummeldung meinen Namen und meine Adresse angeben?",
    "Gibt es ein Formular mit dem Feld Name: und Adresse: zum Ausdrucken?",
    "Welche Unterlagen brauche ich für die Geburtsurkunde?",
    "Wie beantrage ich eine Geburtsurkunde für mein Neugeborenes?",
    "Seit dem 7. Februar 2026 kostet der Ausweis 27,60 € unter 24 Jahren?",
    "How much is an ID card for people under 24?",
    "Can I pay the fee of 46.00 EUR by card?",
    "Where do I register my new address?",
    "I live in Düsseldorf, where do I register my car?",
    "Ich wohne in Bilk, welches Bürgerbüro ist am nächsten?",
    "Ich wohne seit 2015 in Düsseldorf und brauche einen Anwohnerparkausweis.",
    "Wie viel kostet die Zusendung per Post, 15 €?",
    "Brauche ich ein biometrisches Foto (6 €)?",
    "Die Bearbeitung dauert 3 bis 4 Wochen?",
    "Kann ich den Perso online beantragen?",
    "Wo ist die Abholstation in Holthausen?",
    "Muss ich die Ausweisnummer bei der Anmeldung angeben?",
    "Hundesteuer 2026: Wie hoch ist sie für zwei Hunde?",
    "Parkausweis für Anwohner, Zone 12, was kostet der?",
    "Öffnungszeiten Montag 8:00–12:30 und Donnerstag 14–18 Uhr?",
    "[bold]Ausweis[/] kaputt – was kostet ein neuer?",
    "Gilt die Gebühr von 37,00 Euro noch oder schon 46,00 Euro?",
    "Mein Kind ist 12 Jahre alt und wohnt bei mir, braucht es einen Kinderreisepass?",
    "What documents do I need for a residence permit in 2026?",
    "Die Servicenummer 115 ist die Behördennummer, richtig?",
    "Kimlik kartı ne kadar, 46,00 €?",
    "Сколько стоит паспорт для ребёнка 12 лет?",
    "Ile kosztuje dowód osobisty? Mam termin 12.03.2026.",
    "كم تكلفة بطاقة الهوية؟",
    "Ich wohne in Flingern. Wo ist die Brinckmannstraße 5?",
    # the city's offices, also with a name or a cue next to them
    "Ist das Standesamt Düsseldorf in der Inselstraße 17 am 12.03.2026 geöffnet?",
    "Zentrales Bürgerbüro: Willi-Becker-Allee 7 – ist das barrierefrei?",
    "Kann ich die Anmeldung im Bürgerbüro Brinckmannstraße 5, 40225 Düsseldorf machen?",
    "Ich wohne in der Nähe der Erkrather Straße 377, welches Bürgerbüro ist das?",
    "I live near Höherweg 101, is that the vehicle registration office?",
    "Ist die Ausländerbehörde in der Erkrather Straße 380?",
    # numbers that are no one's
    "Die Info-Line (0211) 8991 oder 0211-89-91: welche stimmt?",
    "Öffnungszeiten 8.00-12.30 und 14.00-18.00 Uhr?",
    "Gilt das für das Schuljahr 2025/2026 oder 2024-2026?",
    "Düsseldorf hat über 620.000 Einwohner, wie viele Bürgerbüros gibt es?",
    "Kostet es 1.250,00 € oder € 2.400?",
    "Ich bin Rentner und wohne seit 2015 in Düsseldorf-Bilk.",
    "Was kostet ein Kennzeichen? Ab 2026 mehr?",
    "Mein Name ist im Ausweis falsch geschrieben, kostet das 13 Euro?",
    "Düsseldorf'ta 2020 yılından beri oturuyorum, 46 Euro ödemem gerekiyor mu?",
    "Мои права с 2006 года, нужно ли их менять?",
    "Potrzebuję terminu dla 3 osób na 12 marca 2026.",
    "أحتاج موعدا لـ 3 أشخاص في 12.03.2026.",
    # dates of rules, moves and documents after "I am", "я", "ben", "jestem", "أنا"
    "ich bin seit dem 01.03.2021 in düsseldorf gemeldet, muss ich etwas tun",
    "Ich bin am 15.01.2025 umgezogen, bis wann muss ich mich ummelden?",
    "ich bin neu hier 01.09.2025, wo melde ich mich an",
    "ich bin rentnerin seit 01.07.2019, gibt es eine ermäßigung",
    "ich bin eingereist 12.03.2024, was brauche ich",
    "Mein Führerschein ist vom 12.03.1998, muss ich ihn umtauschen?",
    "mein führerschein ist von 1998, muss ich ihn umtauschen",
    "Gilt ab 01.01.2025 eine neue Gebühr für den Reisepass?",
    "Ausweis Ablaufdatum 12.03.2024, was nun?",
    "Termin bei Frau Schmidt am 12.03.2026?",
    "ich heiße jetzt anders, brauche ich einen neuen ausweis",
    "i am new here 01.09.2025, where do i register",
    "I moved on 5 October 2024, when must I register?",
    "i am married since 12.06.2015, do i need a certificate",
    "ben 01.03.2021 tarihinden beri düsseldorfta oturuyorum",
    "pasaportum 12.03.2024 tarihinde bitti, ne yapmalıyım",
    "я з 01.01.2020 живу в дюссельдорфі",
    "я переїхала 15.01.2025, коли треба зареєструватися",
    "я переехала 15.01.2025, до какого числа нужно зарегистрироваться",
    "я пенсионерка с 01.07.2019, есть ли скидка",
    "jestem zameldowany od 01.03.2021, czy muszę coś zmienić",
    "jestem w niemczech od 12.03.2015, ile kosztuje dowód",
    "أنا في ألمانيا منذ 12.03.2015 كم تكلفة الهوية",
    "أنا مقيم منذ 01.03.2021 هل أحتاج تسجيل جديد",
    "Ausweis ab 2026 teurer?",
    "paszport na 5 lat, ile kosztuje?",
]


@cache
def corpus_texts() -> tuple[str, ...]:
    return tuple(s.full_text for s in load_corpus(ROOT / "corpus").services)


@pytest.fixture(scope="module")
def gate():
    """As the assistant builds it: the city's numbers, and what the corpus publishes."""
    return PiiGate(CITY_NUMBERS, corpus_texts())


def test_test_data_is_checksum_valid():
    assert all(iban.is_valid(number) for number in VALID_IBANS)
    assert all(idnr.is_valid(number) for number in VALID_TAX_IDS)
    assert all(stnr.is_valid(number) for number in VALID_STEUERNUMMERN)


def test_enough_cases():
    assert len(POSITIVE) >= 100
    assert len(NEGATIVE) >= 80


@pytest.mark.parametrize(("text", "kind"), POSITIVE)
def test_blocks_personal_data(gate, text, kind):
    assert kind in gate.check(sanitize(text))


@pytest.mark.parametrize("text", NEGATIVE)
def test_passes_questions_without_personal_data(gate, text):
    assert gate.check(sanitize(text)) == ()


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_reported(gate, kind):
    assert any(kind in gate.check(text) for text, expected in POSITIVE if expected == kind)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Meine IBAN ist DE89 3704 0044 0532 0130 00, wann kommt das Geld?", ("iban",)),
        ("Steuer-ID 86095742719", ("tax_id",)),
        ("Ich bin am 12.03.1985 geboren", ("birth_date",)),
        ("Meine Ausweisnummer ist T22000129", ("id_number",)),
        ("Mein Name ist Erika Musterfrau", ("name",)),
        ("Ich heiße Erika Musterfrau und wohne in der Musterstraße 12",
         ("address", "name")),
        ("Ich bin Erika, geb. 12.03.1985, Tel. 0170 1234567, erika@example.de",
         ("birth_date", "email", "phone")),
    ],
)
def test_reports_exactly_the_kinds_found(gate, text, kinds):
    assert gate.check(text) == kinds


@pytest.mark.parametrize("allowed", ["0211 89-91", "+49 211 8991", "02118991", "0049 211 89 91"])
def test_allowed_numbers_compare_by_national_digits(allowed):
    gate = PiiGate([allowed])
    assert gate.check("Ist die Info-Line 0211 89-91 oder +49 211 8991 erreichbar?") == ()


def test_city_numbers_are_phone_numbers_without_the_allow_list():
    assert PiiGate().check("Info-Line 0211 89-91") == ("phone",)


def test_allow_list_ignores_entries_that_are_no_numbers():
    assert PiiGate(["Info-Line", ""]).check("Rufen Sie 0170 1234567 an") == ("phone",)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_fuzz_never_raises(text):
    kinds = PiiGate(CITY_NUMBERS).check(text)
    assert list(kinds) == sorted(set(kinds))
    assert set(kinds) <= set(KINDS)


# -- details a citizen would notice if they broke ---------------------------------------------

def test_a_private_number_after_the_city_s_own_is_still_caught(gate):
    text = "Ich habe 0211 89-91 angerufen, rufen Sie mich unter 0170 1234567 zurück."
    assert gate.check(text) == ("phone",)
    assert gate.mask(text) == f"Ich habe 0211 89-91 angerufen, rufen Sie mich unter {MASK} zurück."


def test_a_short_number_before_a_phone_number_does_not_hide_it(gate):
    assert gate.check("Termin für 2 Personen, Rückruf bitte unter 0170 1234567") == ("phone",)


def test_an_iban_at_the_very_start(gate):
    assert gate.check("DE89370400440532013000") == ("iban",)
    assert gate.check("DE89 3704 0044 0532 0130 00 – bitte die Erstattung dorthin") == ("iban",)


def test_an_invalid_iban_like_word_before_a_valid_one(gate):
    assert gate.check("DE00 1234 und DE89 3704 0044 0532 0130 00") == ("iban",)


@pytest.mark.parametrize("date", ["12.3.85", "3/12/85", "12. März 85", "1.1.00"])
def test_two_digit_birth_years(gate, date):
    assert gate.check(f"geb. {date}, brauche ich einen neuen Pass?") == ("birth_date",)


@pytest.mark.parametrize(
    "text",
    [
        "Doğum tarihim 12.03.1985, yeni pasaport gerekir mi?",  # Turkish
        "Я народився 12.03.1985, чи потрібен новий паспорт?",  # Ukrainian
        "Я родился 12 марта 1985 г., нужен ли новый паспорт?",  # Russian
        "Urodziłam się 12 marca 1985, czy potrzebuję paszportu?",  # Polish
        "تاريخ ميلادي 12.03.1985، هل أحتاج جواز سفر جديد؟",  # Arabic
        "My date of birth is 12 March 1985.",  # English
    ],
)
def test_birth_cues_in_the_other_languages(gate, text):
    assert gate.check(text) == ("birth_date",)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Benim adım Ayşe Yılmaz.", ("name",)),
        ("Мене звати Ганна Колесниченко.", ("name",)),
        ("Меня зовут Сазонов Арсений Дмитриевич.", ("name",)),
        ("Mam na imię Anna Kowalska.", ("name",)),
        ("اسمي Wolf Schulz وأحتاج إلى موعد.", ("name",)),
        ("Adresim Atatürk Cad. No: 12, Düsseldorf.", ("address",)),
        ("Я живу по адресу ул. Ленина, д. 5.", ("address",)),
        ("Мешкаю: вул. Шевченка, буд. 12.", ("address",)),
        ("Mieszkam przy Kwiatowa 12.", ("address",)),
        ("أسكن في Musterstraße 12.", ("address",)),
        ("Pasaport numaram U12345678.", ("id_number",)),
        ("Plakam 34 ABC 123, arabam nerede?", ("licence_plate",)),
        ("Номерний знак KM9791EA, де моя машина?", ("licence_plate",)),
        ("Numer rejestracyjny SR 5E979.", ("licence_plate",)),
        ("رقم اللوحة 58-8259، أين سيارتي؟", ("licence_plate",)),
    ],
)
def test_cues_in_the_other_languages(gate, text, kinds):
    assert gate.check(text) == kinds


def test_a_cue_in_another_sentence_does_not_count(gate):
    assert gate.check("Termin am 12.03.2026. Ich bin in Köln geboren.") == ()
    assert gate.check("Ich wohne in Bilk. Wo ist die Königsallee 60?") == ()


def _filler(length: int) -> str:
    """`length` characters of lower-case words, no punctuation."""
    return " " + ("und so " * 20)[:length - 2].rstrip().ljust(length - 2, "x") + " "


@pytest.mark.parametrize(("gap", "caught"), [(25, True), (26, False)])
def test_birth_cue_reaches_25_characters(gate, gap, caught):
    assert ("birth_date" in gate.check(f"geb.{_filler(gap)}12.03.1985")) is caught
    assert ("birth_date" in gate.check(f"12.03.1985{_filler(gap)}geboren")) is caught


@pytest.mark.parametrize(("gap", "caught"), [(60, True), (61, False)])
def test_residence_cue_reaches_60_characters(gate, gap, caught):
    assert ("address" in gate.check(f"ich wohne{_filler(gap)}Seifertstr. 793")) is caught


@pytest.mark.parametrize(("gap", "kind"), [(30, "tax_id"), (31, "phone")])
def test_a_number_s_label_reaches_30_characters(gate, gap, kind):
    # a number not dialled as a phone number (no leading 0 or +): the label decides
    assert gate.check(f"Steuer-ID{_filler(gap)}170 1234567") == (kind,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Meine Steuer-ID ist 12345678901, stimmt das?", "tax_id"),  # mistyped: still hers
        ("Ist 86095742719 meine Nummer?", "tax_id"),  # the checksum alone tells
        ("Ist 133/8150/8159 meine Steuernummer?", "tax_id"),
        ("Sozialversicherungsnummer 12 345678 X 123", "social_insurance"),
        ("Ist 15 070649 C 103 richtig?", "social_insurance"),
        ("Ist 15 070649 C 104 richtig?", "phone"),  # wrong check digit: just a number
        ("Ist A123456780 richtig?", "health_insurance"),
        # B = 02, then 0 5 0 0 0 0 0 0 weighted 1 2 1 2 …: 0+4+0+(10 → 1+0)+0… = 5, the check
        # digit: a product of 10 counts as its digit sum 1.
        ("Ist B050000005 richtig?", "health_insurance"),
        ("Ist L01X00T471 schon fertig?", "id_number"),  # the specimen card's serial
        ("Ist T220001293 schon fertig?", "id_number"),  # serial with its check digit
        ("Pass Nr. X12345", "id_number"),
    ],
)
def test_numbers_are_named_by_checksum_or_label(gate, text, kind):
    assert gate.check(text) == (kind,)


@pytest.mark.parametrize("text", ["Ist T220001294 schon fertig?", "Reisepass Nr. 12345",
                                  "Kennzeichen ab 2026 teurer?", "Was kostet Kennzeichen XYZ?",
                                  "Kennzeichen 1234 frei?"])
def test_near_misses_are_not_personal(gate, text):
    assert gate.check(text) == ()


@pytest.mark.parametrize("text", ["Mein Kennzeichen ist D-A 1.", "Kennzeichen d-ab 1234",
                                  "Kennzeichen 58-8259", "رقم اللوحة 12345", "رقم اللوحة 6-734"])
def test_plates_in_every_spelling(gate, text):
    assert gate.check(text) == ("licence_plate",)


def test_two_people_in_one_question(gate):
    text = "Erika Musterfrau, Tel. 0170 1234567; Max Mustermann, Tel. 0171 7654321"
    assert gate.mask(text) == f"{MASK}, Tel. {MASK}; {MASK}, Tel. {MASK}"


def test_name_must_stand_right_before_its_data(gate):
    far = "Max Mustermann hat mir gesagt, ich soll hier fragen, was das kostet: 0170 1234567"
    assert gate.check(far) == ("phone",)
    assert gate.check("Erika Musterfrau (2 Kinder), Tel. 0170 1234567") == ("phone",)
    assert gate.check("Erika Musterfrau, geb. 03.04.1962") == ("birth_date", "name")


@pytest.mark.parametrize(("words", "kinds"), [("ist jetzt in der", ("address", "name")),
                                              ("ist seit jetzt in der", ())])
def test_name_and_address_join_across_four_small_words(gate, words, kinds):
    assert gate.check(f"Erika Musterfrau {words} Seifertstr. 793") == kinds


@pytest.mark.parametrize(("gap", "joined"), [(40, True), (41, False)])
def test_name_and_data_join_across_40_characters(gate, gap, joined):
    text = f"Erika Musterfrau {'a' * (gap - 2)} 0170 1234567"  # one long lower-case word
    assert ("name" in gate.check(text)) is joined


def test_one_letter_words_between_name_and_address(gate):
    assert gate.check("Jan Kowalski z ul. Polnej 5, czy muszę się przemeldować?") == (
        "address", "name")


def test_a_street_named_after_someone_with_two_first_names(gate):
    text = "Güverçin Gülen, Heinz Dieter-Schmidt-Gasse 1/7: yeni kimlik gerekiyor mu?"
    assert gate.check(text) == ("address", "name")


def test_masking_takes_postcode_and_city_with_the_street(gate):
    assert (gate.mask("Anmeldung für Alf Hamann-Trupp in der Mike-Dehmel-Allee 95/97, 46564 "
                      "Düsseldorf") == f"Anmeldung für {MASK} in der {MASK}")
    assert gate.mask("Mieszkam przy Kwiatowa 12, 40225 Düsseldorf") == f"Mieszkam przy {MASK}"
    assert (gate.mask("I live at 17 Jones Light, which office?")
            == f"I live at {MASK}, which office?")


def test_an_address_with_other_personal_data(gate):
    assert gate.check("erika@example.de, Musterstraße 12") == ("address", "email")


def test_arabic_names_before_a_comma(gate):
    text = "هيام الداودي، 0170 1234567"
    assert gate.check(text) == ("name", "phone")
    assert gate.mask(text) == f"{MASK}، {MASK}"
    assert gate.mask("اسمي خاشعة شرف") == f"اسمي {MASK}"


# -- what the city publishes ----------------------------------------------------------------

OFFICES = ("Die Ausländerbehörde Erkrather Straße 377-389 hilft. Zulassung: Höherweg 101. "
           "Standesamt, Inselstraße 17, 40479 Düsseldorf; Info-Line 0211 89-91.")


@pytest.mark.parametrize("street", ["Erkrather Straße 377", "Erkrather Straße 380",
                                    "Erkrather Straße 389", "Höherweg 101", "Inselstr. 17",
                                    "Inselstrasse 17", "INSELSTRASSE 17"])
def test_the_city_s_own_addresses_are_not_personal(street):
    gate = PiiGate(public_texts=[OFFICES])
    text = f"Hier spricht Erika Musterfrau. Ist das Amt in der {street}?"
    assert gate.check(text) == ("name",)
    assert street in gate.mask(text)


@pytest.mark.parametrize("street", ["Erkrather Straße 376", "Erkrather Straße 390",
                                    "Höherweg 100", "Inselstraße 18", "Kölner Straße 17"])
def test_a_neighbour_of_an_office_is_personal(street):
    gate = PiiGate(public_texts=[OFFICES])
    assert gate.check(f"Hier spricht Erika Musterfrau. Ich wohne in der {street}.") == (
        "address", "name")


def test_public_texts_also_publish_phone_numbers():
    assert PiiGate(public_texts=[OFFICES]).check("Ist 0211 8991 die Info-Line?") == ()
    assert PiiGate().check("Ist 0211 8991 die Info-Line?") == ("phone",)


@pytest.mark.parametrize("text", ["Ich wohne in der Seifertstr. 793, nicht in der Nähe vom Amt.",
                                  "Ich wohne direkt in der Seifertstr. 793, neben dem Park."])
def test_near_words_elsewhere_do_not_undo_a_residence(gate, text):
    assert gate.check(text) == ("address",)


@pytest.mark.parametrize(("text", "name"), [("Mein Name ist Klaus-D. Zirme.", "Klaus-D. Zirme"),
                                            ("Name: H.-Dieter Naser", "H.-Dieter Naser"),
                                            ("Ich bin Hans D. Hornig-Naser.", "Hans D. Hornig-Naser")])
def test_names_with_initials(gate, text, name):
    assert gate.check(text) == ("name",)
    assert gate.mask(text) == text.replace(name, MASK)


@pytest.mark.parametrize("text", ["Nazywam się Lioba Anders.", "Hello, I am Beverley Allen.",
                                  "Jestem Friedhold Anders, potrzebuję terminu."])
def test_surnames_that_are_also_small_words(gate, text):
    assert gate.check(text) == ("name",)


def test_english_addresses_by_their_thoroughfare_type(gate):
    assert gate.check("Dr Dale Newton, 68 Noble Port – do I need to re-register?") == (
        "address", "name")
    assert gate.check("Please send the letter to Dale Campbell, 716 Samuel Bypass.") == (
        "address", "name")


@pytest.mark.parametrize(("text", "kinds"), [("رقم اللوحة 9171، أين سيارتي؟", ("licence_plate",)),
                                             ("رقم اللوحة 9-12، أين سيارتي؟", ("licence_plate",)),
                                             ("Kennzeichen 2026 neu beantragen?", ()),
                                             ("Kennzeichen: 123", ())])
def test_plates_of_four_digits_that_are_no_year(gate, text, kinds):
    assert gate.check(text) == kinds


def _eval_questions() -> list[tuple[str, bool]]:
    import json

    paths = [ROOT / "tests" / "eval" / "dev.jsonl", *sorted(ROOT.glob("tests/eval/extra_*.jsonl"))]
    items = [json.loads(line) for path in paths
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(i["question"], i.get("expect_mode") == "pii_blocked") for i in items]


@pytest.mark.parametrize("public", [True, False], ids=["with-corpus", "numbers-only"])
def test_the_question_sets_are_refused_only_where_expected(public):
    """The dev and extra questions: none refused but the ones that carry personal data."""
    gate = PiiGate(CITY_NUMBERS, corpus_texts() if public else ())
    questions = _eval_questions()
    assert len(questions) >= 150
    wrong = [q for q, personal in questions if bool(gate.check(sanitize(q))) != personal]
    assert wrong == []


# -- a name with a birth date, as citizens type it --------------------------------------------

@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("12.03.1985", date(1985, 3, 12)), ("12. 3. 85", date(1985, 3, 12)),
        ("3/12/85", date(1985, 12, 3)), ("12/31/1990", date(1990, 12, 31)),  # month first
        ("31.12.1990", date(1990, 12, 31)),
        ("1985-03-12", date(1985, 3, 12)), ("12 марта 1985 г.", date(1985, 3, 12)),
        ("March 12, 1985", date(1985, 3, 12)), ("12th of March, 1985", date(1985, 3, 12)),
        ("3 Temmuz 1988", date(1988, 7, 3)), ("27 stycznia 1994", date(1994, 1, 27)),
        ("12 كانون الثاني 1990", date(1990, 1, 12)), ("5 Sept 1990", date(1990, 9, 5)),
        ("7. Februar", None), ("12.03.", None), ("31.02.1990", None), ("31/31/1990", None),
    ],
)
def test_the_day_a_date_names(value, day):
    assert dates.DATE.fullmatch(value)
    assert dates.full_date(value) == day


def test_two_digit_years_are_the_last_such_year_up_to_now():
    this_year = date.today().year
    assert dates.full_date(f"1.1.{this_year % 100:02d}") == date(this_year, 1, 1)
    assert dates.full_date(f"1.1.{(this_year + 1) % 100:02d}") == date(this_year - 99, 1, 1)


def test_a_birthday_is_a_past_whole_date_since_1900():
    today = date.today()
    assert dates.could_be_birth(f"{today:%d.%m.%Y}")
    assert not dates.could_be_birth(f"{today + timedelta(days=1):%d.%m.%Y}")
    assert dates.could_be_birth("01.01.1900") and not dates.could_be_birth("31.12.1899")
    assert not dates.could_be_birth("7. Februar")


def test_who_writes_of_himself_is_fourteen_at_least():
    this_year = date.today().year
    assert dates.could_be_own_birth(f"01.06.{this_year - 14}")
    assert not dates.could_be_own_birth(f"31.12.{this_year - 13}")
    assert not dates.could_be_own_birth("7. Februar")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("я олена коваленко 12.03.1987 чи готовий паспорт", f"я {MASK} {MASK} чи готовий паспорт"),
        ("Ayse Yilmaz, 03.07.1988, oturum kartim hazir mi",
         f"{MASK}, {MASK}, oturum kartim hazir mi"),
        ("أنا أحمد الخطيب 12.03.1987 هل بطاقتي جاهزة", f"أنا {MASK} {MASK} هل بطاقتي جاهزة"),
    ],
)
def test_the_name_and_the_birth_date_are_both_found(gate, text, masked):
    assert gate.check(text) == ("birth_date", "name")
    assert gate.mask(text) == masked


def test_a_future_date_after_a_name_is_no_birthday(gate):
    tomorrow = date.today() + timedelta(days=1)
    assert gate.check(f"Jana Wolff {tomorrow:%d.%m.%Y} – ist ein Termin frei?") == ()
    assert gate.check(f"Jana Wolff {date.today():%d.%m.%Y} – Kinderreisepass?") == (
        "birth_date", "name")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # after "I am" two words at least, of someone old enough to write
        ("ich bin jana 04.09.1979", ()),
        ("ich bin jana wolff 04.09.1979", ("birth_date", "name")),
        (f"ich bin jana wolff 04.09.{date.today().year - 10}", ()),
        ("ich bin abgemeldet worden 12.03.2024", ()),
        # after "my name is" one word is a name, whatever its age or the city's texts
        ("меня зовут ирина 05.11.1979", ("birth_date", "name")),
        (f"mein name ist mia wolff 04.09.{date.today().year - 5}", ("birth_date", "name")),
        ("mein name ist willi kallert 20.02.1934", ("birth_date", "name")),
        ("ich bin willi kallert 20.02.1934", ()),  # "Willi" names a street of the city
        # function words: not first, not in the middle but as a particle; a last name may be one
        ("ich bin der neue 01.09.1995", ()),
        ("jestem nadia van der berg 27.01.1994", ("birth_date", "name")),
        ("i am charlene allen 19.02.1979", ("birth_date", "name")),
        ("ich bin hier seit 01.09.1995", ()),
        ("jestem tutaj od 01.09.1995", ()),
        ("ich bin geboren 01.09.1995", ("birth_date",)),
        ("ich bin angestellt vom 01.03.1990 bis heute", ()),  # a particle ends no name
        # names with initials, hyphens and vowel marks
        ("ich bin hans-j. koch 19.09.1980", ("birth_date", "name")),
        ("اسمي جلال الدّين بتروني، 28 مارس 1980", ("birth_date", "name")),
        # only punctuation between the name and its date
        ("Jana Wolff hat 04.09.1979 einen Termin", ()),
        ("Jana Wolff (04.09.1979) hat einen Termin", ("birth_date", "name")),
        # capitalised words whose first is a word of the city's texts are no name; a title is
        ("Termin Montag 12.03.2024 verpasst, was tun?", ()),
        ("Dr. Termin 12.03.1980 – ist mein Pass fertig?", ("birth_date", "name")),
    ],
)
def test_which_words_before_a_date_are_a_name(gate, text, kinds):
    assert gate.check(text) == kinds


@pytest.mark.parametrize(("gap", "caught"), [(80, True), (81, False)])
def test_a_cue_reaches_80_characters_to_its_date(gate, gap, caught):
    name = "olena " + "k" * (gap - len("я olena ") - 1)
    text = f"я {name} 12.03.1987"
    assert len(text) - len("12.03.1987") == gap
    assert ("birth_date" in gate.check(text)) is caught


def test_a_date_running_on_past_a_street_is_the_date(gate):
    # "Haering 27" has the shape of a street ("…ring 27"), but "27 січня 1959" is a date.
    assert gate.check("Ilias Haering 27 січня 1959, чи готовий мій паспорт?") == (
        "birth_date", "name")
    assert gate.check("Ilias Haering, Kaiserring 27, чи готовий мій паспорт?") == (
        "address", "name")


def test_a_date_after_i_moved_is_no_street(gate):
    assert gate.check("I moved on 5 October 2024, when must I register?") == ()
    assert gate.check("I moved on December 6, 2025, when must I register?") == ()
    assert gate.check("I moved to 5 Oak Road, when must I register?") == ("address",)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("ich wohne in der lindenstraße 14", ("address",)),
        ("ich wohne in der kölner str. 12", ("address",)),
        ("i live at 12 baker street", ("address",)),
        ("adresim kurt sok. no: 5", ("address",)),
        ("wo ist die lindenstraße 14?", ()),  # a street, but nobody's
        ("ich bin jana wolff und wohne in der lindenstraße 14", ("address", "name")),
    ],
)
def test_streets_typed_in_lower_case(gate, text, kinds):
    assert gate.check(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [("мій паспорт КВ123456 загубився", ("id_number",)),
                                             ("паспорт до 2030 года действует?", ()),
                                             ("паспорт ДО 2030", ())])
def test_cyrillic_passport_series(gate, text, kinds):
    assert gate.check(text) == kinds


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ich bin jana wolff und wohne in der lindenstraße 14",
         f"ich bin {MASK} und wohne in der {MASK}"),
        ("ich bin neu hier und wohne in der lindenstraße 14",
         f"ich bin neu hier und wohne in der {MASK}"),
        ("ich bin rentnerin, tel. 0170 1234567", f"ich bin rentnerin, tel. {MASK}"),
        ("i am jana wolff and need an appointment", "i am jana wolff and need an appointment"),
    ],
)
def test_words_after_i_am_are_a_name_only_beside_personal_data(gate, text, masked):
    assert gate.mask(text) == masked


def test_words_of_the_city_s_texts_are_no_names():
    text = "Termin Montag 12.03.2024 verpasst, was tun?"
    assert PiiGate().check(text) == ("birth_date", "name")
    assert PiiGate(public_texts=["Ihr Termin im Bürgerbüro"]).check(text) == ()
    assert PiiGate(public_texts=["TERMIN"]).check(text) == ()  # in any case


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the span is taken from the text itself, however many spaces stand between the words
        ("ich heiße anna  berg", "anna  berg"),
        ("ich heiße anna \t berg und wohne hier", "anna \t berg"),
        ("меня зовут ирина  петрова", "ирина  петрова"),
        ("ich bin  jana   wolff und wohne in der lindenstraße 14", "jana   wolff"),
        # after "I am" the name ends at a cue ("wohnhaft"), and has up to four words
        ("ich bin jana wolff wohnhaft lindenstraße 14", "jana wolff"),
        ("ich bin jana maria luise wolff, wohnhaft lindenstraße 14", "jana maria luise wolff"),
        ("ich bin jana maria luise wolff und wohne in der lindenstraße 14",
         "jana maria luise wolff"),
        ("i am jana maria luise wolff, i live at 12 baker street", "jana maria luise wolff"),
    ],
)
def test_no_part_of_a_name_is_left_in_the_masked_text(gate, text, name):
    masked = gate.mask(text)
    assert "name" in gate.check(text)
    assert not any(word in masked for word in name.split()), masked
    # no letter left stuck to the mark ("ich heiße […]g")
    assert not re.search(rf"\w{re.escape(MASK)}|{re.escape(MASK)}\w", masked), masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ich bin jana wolff wohnhaft lindenstraße 14", f"ich bin {MASK} wohnhaft {MASK}"),
        ("ich bin jana maria luise wolff, lindenstraße 14", f"ich bin {MASK}, {MASK}"),
        # the name ends at a function word, a cue, or from the third word on at a word of the
        # city's texts: what the citizen asks stays
        ("ich bin jana und brauche einen Ausweis, tel. 0170 1234567",
         f"ich bin jana und brauche einen Ausweis, tel. {MASK}"),
        ("ich bin jana wolff möchte mich ummelden, tel. 0170 1234567",
         f"ich bin {MASK} möchte mich ummelden, tel. {MASK}"),
        ("ich bin jana maria luise wolff brauche einen pass, tel. 0170 1234567",  # four words
         f"ich bin {MASK} brauche einen pass, tel. {MASK}"),
        ("ich bin neu zugezogen wohnhaft lindenstraße 14",
         f"ich bin neu zugezogen wohnhaft {MASK}"),
        ("ich bin umgezogen in die lindenstraße 14, was muss ich tun",
         f"ich bin umgezogen in die {MASK}, was muss ich tun"),
    ],
)
def test_the_name_after_i_am_ends_where_the_question_goes_on(gate, text, masked):
    assert gate.mask(text) == masked


@pytest.mark.parametrize(
    "text",
    ["ich bin 19 und brauche einen Ausweis", "ich bin neu in Düsseldorf",
     "ich bin umgezogen, was muss ich tun", "ich bin jana und brauche einen Ausweis",
     "ich bin neu zugezogen, wo melde ich mich an", "ich bin hierher gezogen, was nun"],
)
def test_ordinary_questions_after_i_am_are_neither_refused_nor_masked(gate, text):
    assert gate.check(text) == ()
    assert gate.mask(text) == text


# -- names with particles, "gemeldet", a phone number beside a document ----------------------

@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # typed in lower case, with no other personal data: the particles tell the name
        ("ich bin nadia van der berg und brauche einen termin",
         f"ich bin {MASK} und brauche einen termin"),
        ("ich heiße nadia van der berg und brauche einen termin",  # not "ich heiße […] der berg"
         f"ich heiße {MASK} und brauche einen termin"),
        ("mein name ist jan van den berg", f"mein name ist {MASK}"),
        ("ich bin anna ter horst und brauche einen pass", f"ich bin {MASK} und brauche einen pass"),
        ("ich bin jan de vries und brauche einen termin",
         f"ich bin {MASK} und brauche einen termin"),
        ("i am maria da silva, i need a passport", f"i am {MASK}, i need a passport"),
        ("mein name ist maria da silva santos, ich brauche einen pass",
         f"mein name ist {MASK}, ich brauche einen pass"),
        ("mein name ist peter von der heide", f"mein name ist {MASK}"),
        ("my name is Omar al Rashid", f"my name is {MASK}"),
        ("my name is omar al rashid and I need an appointment",
         f"my name is {MASK} and I need an appointment"),
        ("i am peter von berg and need a passport", f"i am {MASK} and need a passport"),
        # "al-", "el-" on the surname, capitalised or not
        ("I am Omar al-Rashid and need a passport", f"I am {MASK} and need a passport"),
        ("My name is Omar al-Rashid", f"My name is {MASK}"),
        ("i am fatima el-sayed and need an appointment", f"i am {MASK} and need an appointment"),
        # the kiosk's other languages
        ("jestem jan van der berg i potrzebuję terminu", f"jestem {MASK} i potrzebuję terminu"),
        ("меня зовут ян ван дер берг", f"меня зовут {MASK}"),
        ("я омар аль рашид, де мій паспорт", f"я {MASK}, де мій паспорт"),
        ("أنا أحمد بن علي وأحتاج موعدا", f"أنا {MASK} وأحتاج موعدا"),
        ("benim adım ali el hasan", f"benim adım {MASK}"),
        # beside other personal data "von" after "I am" is a particle too
        ("ich bin peter von der heide, tel. 0170 1234567", f"ich bin {MASK}, tel. {MASK}"),
        ("ich bin jana maria van der berg, tel. 0170 1234567", f"ich bin {MASK}, tel. {MASK}"),
        ("ich bin jana maria von der heide, tel. 0170 1234567", f"ich bin {MASK}, tel. {MASK}"),
        ("ich bin nadia van der berg 27.01.1994", f"ich bin {MASK} {MASK}"),
    ],
)
def test_names_with_particles_are_masked_whole(gate, text, masked):
    assert "name" in gate.check(text)
    assert gate.mask(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # "von", "zu", German "da" and Turkish "de", "da", "el" are words of the language too
        "ich bin mutter von zwei kindern und brauche kindergeld",
        "ich bin lehrer von beruf und brauche ein führungszeugnis",
        "ich bin opfer von betrug, wohin wende ich mich",
        "ich bin mitarbeiterin von der stadt",
        "ich bin oft da drin gewesen", "ich bin gleich da und warte am schalter",
        "ich bin von der stadt angeschrieben worden", "von wann bis wann ist das bürgerbüro offen",
        "ben de randevu almak istiyorum", "ben bu konuda da yardım istiyorum",
        "ben sol el kullanıyorum",
        # a particle first is no name; "my name is" before words that are none
        "i am ten minutes late, is my appointment gone", "ich bin van fahrer",
        "mein name ist von der heirat geändert", "mein name ist falsch geschrieben im ausweis",
        "mein name ist falsch von der behörde geschrieben worden",  # "behörde": the city's word
        "jestem prawie ten sam, czy muszę coś zmienić",
        "i am almost ten years older than my wife, do we both need to come",
        "my name is spelled wrong, what do I do", "أنا ابن مواطن ألماني",
        "ich bin 19 und brauche einen perso",
    ],
)
def test_particles_in_ordinary_questions_are_no_names(gate, text):
    assert gate.check(text) == ()
    assert gate.mask(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # "gemeldet" where someone is so: a residence cue before or after the street
        ("ich bin seit 2020 in der lindenstraße 14 gemeldet",
         f"ich bin seit 2020 in der {MASK} gemeldet"),
        ("ich bin seit 2020 in der lindenstraße 14 gemeldet, was nun?",
         f"ich bin seit 2020 in der {MASK} gemeldet, was nun?"),
        ("wir sind seit 2019 in der kölner str. 12 gemeldet",
         f"wir sind seit 2019 in der {MASK} gemeldet"),
        ("gemeldet bin ich in der lindenstraße 14", f"gemeldet bin ich in der {MASK}"),
        ("ich habe mich in der lindenstraße 14 angemeldet",
         f"ich habe mich in der {MASK} angemeldet"),
        # the forms of "wohnen", "Wohnsitz"
        ("meine mutter wohnt in der lindenstraße 14, braucht sie einen neuen ausweis",
         f"meine mutter wohnt in der {MASK}, braucht sie einen neuen ausweis"),
        ("ich habe in der lindenstraße 14 gewohnt", f"ich habe in der {MASK} gewohnt"),
        ("mein hauptwohnsitz ist lindenstraße 14", f"mein hauptwohnsitz ist {MASK}"),
        ("ich bin lindenstraße 14 wohnhaft", f"ich bin {MASK} wohnhaft"),
        # "registered" in the other languages
        ("I'm registered at 12 Baker Street, which office?",
         f"I'm registered at {MASK}, which office?"),
        ("jestem zameldowany przy ul. Polna 12", f"jestem zameldowany przy {MASK}"),
        ("я зареєстрована на вул. Шевченка 5", f"я зареєстрована на {MASK}"),
        ("я зарегистрирован на ул. Ленина 5", f"я зарегистрирован на {MASK}"),
        ("kurt sok. no: 5 adresine kayıtlıyım", f"{MASK} adresine kayıtlıyım"),
        # a name right before the cue goes with the address
        ("Erika Musterfrau wohnt seit jetzt in der Seifertstr. 793",
         f"{MASK} wohnt seit jetzt in der {MASK}"),
    ],
)
def test_registered_and_lived_at_are_residence_cues(gate, text, masked):
    assert "address" in gate.check(text)
    assert gate.mask(text) == masked  # the cue itself is no name ("I'm […] […]" before)


@pytest.mark.parametrize(
    "text",
    [
        "ich habe mich 2020 angemeldet", "ich bin seit 2020 in düsseldorf gemeldet",
        "wohngeld für 2 personen", "Wohnsitz 40225 Düsseldorf, welches Bürgerbüro?",
        "wir wohnen zu viert, bekommen wir wohngeld",
        # a town and a year, or a number of rooms, after a cue are no street
        "wohnen in Düsseldorf 2026 teurer?", "ich wohne in Bilk 2 Zimmer, bekomme ich Wohngeld?",
        # what was reported, not where someone lives
        "ich habe den schaden in der lindenstraße 14 gemeldet",
        "die laterne in der lindenstraße 14 ist kaputt, ich habe sie gemeldet",
        "ich habe den schaden gemeldet, ich bin in der lindenstraße 14",
        # the office's address, not the citizen's: no cue of living there
        "ist das amt in der willi-becker-allee 10?", "Ist das Amt in der Willi-Becker-Allee 10?",
        "ich habe mich im bürgerbüro willi-becker-allee 7 angemeldet",
        "I registered my car at the office, where is the plate?",
        "я зарегистрирован в Дюссельдорфе, нужен ли новый паспорт",
    ],
)
def test_ordinary_questions_about_registering_pass(gate, text):
    assert gate.check(text) == ()
    assert gate.mask(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mein ausweis ist weg, ruf mich an 0176 12345678",
         f"mein ausweis ist weg, ruf mich an {MASK}"),
        ("Ausweis verloren, Tel. 0176 12345678", f"Ausweis verloren, Tel. {MASK}"),
        # "weg 0176" is no street, nor "12345" a postcode after it
        ("mein ausweis ist weg 0176 12345678", f"mein ausweis ist weg {MASK}"),
        ("passport lost, call me 0176 12345678", f"passport lost, call me {MASK}"),
        ("Ausweis weg (0176) 12345678", f"Ausweis weg {MASK}"),
        ("Ausweis weg +49 176 12345678", f"Ausweis weg {MASK}"),
        ("паспорт потерян, звоните 0176 12345678", f"паспорт потерян, звоните {MASK}"),
        ("Steuer-ID verloren, ruf an 0176 12345678", f"Steuer-ID verloren, ruf an {MASK}"),
    ],
)
def test_a_phone_number_beside_a_document_is_a_phone_number(gate, text, masked):
    assert gate.check(text) == ("phone",)
    assert gate.mask(text) == masked
    refusal = messages.pii_blocked("de", gate.check(text))
    assert messages.PII_KINDS["de"]["phone"] in refusal
    assert messages.PII_KINDS["de"]["id_number"] not in refusal


@pytest.mark.parametrize(("text", "kind"), [("Ausweisnummer: 0176 12345678", "id_number"),
                                            ("Meine Ausweisnummer ist T22000129", "id_number"),
                                            ("Reisepass Nr. 123456789 ist abgelaufen", "id_number"),
                                            ("Ausweis verloren, Nummer 123456789", "id_number"),
                                            # valid as phone numbers, but not dialled (no 0, +)
                                            ("паспорт потерял, номер был 4510 123456",
                                             "id_number"),
                                            ("Meine Steuernummer hat 13 Stellen, ist es "
                                             "5133081508159?", "tax_id")])
def test_a_document_s_own_number_stays_an_id_number(gate, text, kind):
    assert gate.check(text) == (kind,)


# -- inputs that mutation testing found untested (docs/contributing.md) ----------------------

@pytest.mark.parametrize(
    ("text", "kinds", "masked"),
    [
        # a date that ends where a street ends belongs to the street: all of it is masked
        pytest.param("я живу на вул. Шевченка 5 народилася 12.03.1987", ("address",),
                     f"я живу на {MASK}", id="streets-date-ends-with-street"),
        # a year first ("32.03.05": 1932-03-05) is still a birth date after a name
        pytest.param("Erika Musterfrau 32.03.05", ("birth_date", "name"), f"{MASK} {MASK}",
                     id="full_date-year-first"),
        # digits in the year's word ("1985'12") neither raise nor hide the date
        pytest.param("Ayse Yilmaz 12 Mart 1985'12", ("birth_date", "name"), f"{MASK} {MASK}",
                     id="full_date-three-numbers"),
        # the year 100 is no two-digit year (not 2000) and nobody's birthday
        pytest.param("Erika Musterfrau 12.03.0100", (), "Erika Musterfrau 12.03.0100",
                     id="full_date-year-100"),
        # a particle right after the first name ("maria da silva")
        pytest.param("mein name ist maria da silva 12.03.1985", ("birth_date", "name"),
                     f"mein name ist {MASK} {MASK}", id="could_be_name-second-word-particle"),
        # the name's words end at the data, whatever follows it
        pytest.param("mein name ist anna berg lindenstraße 14", ("address", "name"),
                     f"mein name ist {MASK} {MASK}", id="lower_case_after-up-to-a-street"),
        pytest.param("my name is anna berg March 12, 1985", ("birth_date", "name"),
                     f"my name is {MASK} {MASK}", id="lower_case_after-up-to-a-date"),
        # after "ich heiße" two words, and the question goes on untouched
        pytest.param("ich heiße anna berg und brauche einen neuen Ausweis", ("name",),
                     f"ich heiße {MASK} und brauche einen neuen Ausweis",
                     id="lower_case_after-two-words"),
        # two spaces inside the name: no letter of it is left
        pytest.param("mein name ist anna  berg 12.03.1985", ("birth_date", "name"),
                     f"mein name ist {MASK} {MASK}", id="lower_case_after-two-spaces"),
        # a capitalised name before a date with a month name, and with a capitalised particle
        pytest.param("John Smith March 12, 1985, which documents do I need?",
                     ("birth_date", "name"), f"{MASK} {MASK}, which documents do I need?",
                     id="before_data-month-name"),
        pytest.param("Maria Von Trapp 12.03.1985", ("birth_date", "name"), f"{MASK} {MASK}",
                     id="before_data-three-words"),
        # after "I am" three words are the name, and "geboren" ends it
        pytest.param("ich bin jana maria wolff geboren am 12.03.1985", ("birth_date", "name"),
                     f"ich bin {MASK} geboren am {MASK}", id="after_self-three-words"),
        # "zameldowany od" is no name: only the phone number is masked
        pytest.param("jestem zameldowany od 2015, mój numer 0170 1234567", ("phone",),
                     f"jestem zameldowany od 2015, mój numer {MASK}", id="after_self-a-cue"),
    ],
)
def test_what_mutation_testing_found_untested(gate, text, kinds, masked):
    assert gate.check(text) == kinds
    assert gate.mask(text) == masked
