"""Subjects other authorities handle: caught in every language, never the corpus' own services."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kiosk.core.knowledge.corpus import load_corpus
from kiosk.core.knowledge.elsewhere import LANGS, SUBJECTS, Elsewhere, elsewhere, keys
from kiosk.core.lexicon import lexicon
from kiosk.core.textutil import split_sentences

ROOT = Path(__file__).resolve().parents[2]
# Answerable questions of these sets must never be taken for another authority's subject.
# (The held-out halves are not read here: they only measure.)
QUESTION_SETS = ("dev", "extra_a", "extra_b", "extra_c", "citizen_tune", "citizen2_tune")

# Per subject: questions as citizens would type them, German and at least one other language.
CAUGHT: dict[str, list[tuple[str, str]]] = {
    "bzst": [("de", "Steuer-ID verloren, wo bekomme ich sie neu?"), ("de", "steuerid vergessen"),
             ("de", "Wo finde ich meine Steueridentifikationsnummer?"),
             ("en", "I lost my tax ID, where do I get it again?"),
             ("tr", "vergi kimlik numaramı kaybettim"), ("uk", "де дізнатися податковий ідентифікаційний номер"),
             ("ru", "где узнать налоговый идентификационный номер"),
             ("pl", "gdzie dostanę numer identyfikacji podatkowej"), ("ar", "أين أجد رقم التعريف الضريبي")],
    "finanzamt": [("de", "Steuerklasse nach der Hochzeit ändern"), ("de", "Steuererklaerung abgeben wo"),
                  ("de", "Steuernummer für Freiberufler beantragen"), ("en", "how do I file my tax return"),
                  ("tr", "vergi beyannamesi nasıl verilir"), ("uk", "як подати податкову декларацію"),
                  ("ru", "как поменять налоговый класс"), ("pl", "gdzie złożyć zeznanie podatkowe"),
                  ("ar", "كيف أقدم الإقرار الضريبي")],
    "steueramt": [("de", "Gewerbesteuer Hebesatz Düsseldorf"), ("de", "Zweitwohnungssteuer Düsseldorf"),
                  ("en", "how much trade tax do I pay"), ("tr", "ticari kazanç vergisi ne kadar")],
    "zoll": [("de", "Kfz-Steuer wie hoch für mein Auto"), ("de", "Paket beim Zoll abholen"),
             ("de", "kfz steuer bezahlen"), ("en", "how much is the car tax"),
             ("tr", "araç vergisi ne kadar"), ("ru", "транспортный налог сколько платить"),
             ("pl", "podatek od samochodu ile"), ("ar", "كم ضريبة السيارة")],
    "familienkasse": [("de", "Kindergeld beantragen"), ("de", "Kinderzuschlag wer bekommt das"),
                      ("de", "kindergelt erhöhung"), ("en", "how much is child benefit"),
                      ("tr", "çocuk parası ne zaman yatar"), ("uk", "допомога на дитину в Німеччині"),
                      ("ru", "как получить пособие на ребенка"), ("ru", "Как получить Kindergeld?"),
                      ("pl", "zasiłek na dziecko w Niemczech"), ("ar", "كيف أحصل على إعانة الأطفال")],
    "arbeitsagentur": [("de", "Arbeitslosengeld 1 beantragen"), ("de", "ALG 1 wie lange bekommt man das"),
                       ("de", "arbeitslos melden nach Kündigung"), ("de", "Kurzarbeitergeld"),
                       ("de", "Arbeitslosengeld beantragen"), ("en", "how do I register as unemployed"),
                       ("en", "apply for Arbeitslosengeld I"), ("tr", "iş ajansına kayıt nasıl yapılır"),
                       ("uk", "як стати на облік як безробітний"), ("ru", "как встать на учет как безработный"),
                       ("pl", "jak zarejestrować się jako bezrobotny"), ("ar", "التسجيل كباحث عن عمل")],
    "rentenversicherung": [("de", "Rente beantragen"), ("de", "Wann kann ich in Rente gehen?"),
                           ("de", "Sozialversicherungsnummer verloren"),
                           ("en", "how do I apply for my state pension"), ("tr", "emeklilik başvurusu nereye"),
                           ("uk", "як оформити пенсію"), ("ru", "как оформить пенсию"),
                           ("pl", "jak złożyć wniosek o emeryturę"), ("ar", "كيف أقدم طلب التقاعد")],
    "krankenkasse": [("de", "Krankenkassenkarte verloren"), ("de", "neue Gesundheitskarte"),
                     ("de", "Krankenversicherung wechseln"), ("en", "I lost my health insurance card"),
                     ("tr", "sağlık sigortası kartımı kaybettim"), ("uk", "медичне страхування в Німеччині"),
                     ("ru", "потерял карту медицинского страхования"),
                     ("pl", "zgubiona karta ubezpieczenia zdrowotnego"), ("ar", "فقدت بطاقة التأمين الصحي")],
    "pflegekasse": [("de", "Pflegegrad beantragen für meine Mutter"), ("en", "how to apply for a care level"),
                    ("ru", "как получить степень ухода для мамы"), ("tr", "bakım derecesi başvurusu")],
    "post": [("de", "Nachsendeauftrag stellen"), ("de", "Post nachsenden lassen nach Umzug"),
             ("en", "how to forward my mail after moving"), ("tr", "postalarımı yeni adrese yönlendirmek"),
             ("uk", "переадресація пошти"), ("ru", "переадресация почты после переезда"),
             ("pl", "przekierowanie poczty"), ("ar", "تحويل البريد إلى العنوان الجديد")],
    "tierarzt": [("de", "EU-Heimtierausweis für meinen Hund"), ("de", "Reisepass für meine Katze"),
                 ("de", "Tollwutimpfung Hund wo"), ("en", "pet passport for my cat"),
                 ("tr", "köpeğim için pasaport"), ("uk", "паспорт для собаки"), ("ru", "паспорт для собаки"),
                 ("pl", "paszport dla psa"), ("ar", "جواز سفر للكلب")],
    "fahrschule": [("de", "Führerschein machen wie teuer"), ("de", "Fahrprüfung anmelden"),
                   ("de", "Theorieprüfung Termin"), ("de", "Fuehrerschein mit 17"),
                   ("en", "how do I get a driving licence in Germany"), ("tr", "ehliyet almak istiyorum"),
                   ("uk", "як здати на права"), ("ru", "сдать на права в Германии"),
                   ("pl", "jak zrobić prawo jazdy w Niemczech"), ("ar", "كيف أحصل على رخصة القيادة")],
    "fuehrerscheinstelle": [("de", "Führerschein verloren was tun"), ("de", "internationaler Führerschein beantragen"),
                            ("de", "türkischen Führerschein umschreiben"), ("en", "I lost my driving licence"),
                            ("tr", "ehliyetimi kaybettim"), ("uk", "загубив водійське посвідчення"),
                            ("ru", "потерял водительские права"), ("pl", "zgubiłem prawo jazdy"),
                            ("ar", "فقدت رخصة القيادة")],
    "kba": [("de", "Punkte in Flensburg abfragen"), ("en", "how do I check my penalty points"),
            ("ru", "штрафные баллы проверить")],
    "pruefstelle": [("de", "TÜV abgelaufen, wo mache ich die Hauptuntersuchung?"),
                    ("en", "where can I get a vehicle inspection"), ("uk", "де пройти техогляд")],
    "schule": [("de", "Schulanmeldung Grundschule"), ("de", "Kind in der Schule anmelden"),
               ("de", "Einschulung 2026 wann"), ("en", "school registration for my son"),
               ("tr", "oğlumu okula kaydettirmek istiyorum"), ("uk", "як записати дитину до школи"),
               ("ru", "как записать ребенка в школу"), ("pl", "zapisy do szkoły podstawowej"),
               ("ar", "تسجيل الطفل في المدرسة")],
    "hochschule": [("de", "Einschreibung an der Uni Düsseldorf"), ("de", "Studienplatz bewerben"),
                   ("en", "university enrolment documents"), ("tr", "üniversiteye kayıt"),
                   ("ru", "поступить в университет в Германии"), ("pl", "jak zapisać się na studia")],
    "bafoeg": [("de", "BAföG beantragen"), ("de", "bafoeg wie viel"), ("en", "student loan in Germany"),
               ("ru", "как получить бафёг")],
    "bauaufsicht": [("de", "Baugenehmigung für Carport"), ("de", "Bauantrag stellen"),
                    ("en", "do I need a building permit"), ("pl", "pozwolenie na budowę"),
                    ("ar", "رخصة بناء")],
    "grundbuchamt": [("de", "Grundbuchauszug beantragen"), ("en", "land registry extract"),
                     ("tr", "tapu kaydı nereden alınır"), ("pl", "odpis z księgi wieczystej")],
    "familiengericht": [("de", "Scheidung einreichen"), ("de", "scheiden lassen kosten"),
                        ("en", "how do I get a divorce"), ("tr", "boşanmak istiyorum"),
                        ("ru", "как подать на развод"), ("uk", "як розлучитися"),
                        ("pl", "rozwód w Niemczech"), ("ar", "كيف أطلب الطلاق")],
    "jugendamt": [("de", "Unterhaltsvorschuss beantragen"), ("de", "Vaterschaft anerkennen"),
                  ("de", "Sorgerechtserklärung abgeben"), ("en", "child support from the father"),
                  ("tr", "nafaka nasıl alınır"), ("ru", "алименты на ребенка"), ("pl", "alimenty na dziecko"),
                  ("ar", "نفقة الطفل")],
    "schufa": [("de", "Schufa-Auskunft kostenlos"), ("en", "how do I get my credit report"),
               ("tr", "kredi notu nasıl öğrenilir")],
    "konsulat": [("de", "türkischen Pass verlängern"), ("de", "polnischer Personalausweis abgelaufen"),
                 ("en", "renew my Turkish passport"), ("tr", "Türk pasaportu yenileme"),
                 ("uk", "продовжити український паспорт"), ("ru", "российский паспорт продлить"),
                 ("pl", "polski paszport przedłużenie"), ("ar", "تجديد جواز السفر السوري")],
    "botschaft": [("de", "Visum für die USA beantragen"), ("de", "ESTA beantragen"),
                  ("en", "how do I get a visa for the USA"), ("tr", "Amerika vizesi nasıl alınır"),
                  ("uk", "віза до США"), ("ru", "виза в Канаду"), ("pl", "wiza do USA"),
                  ("ar", "تأشيرة أمريكا")],
    "anerkennung": [("de", "Anerkennung meines ausländischen Abschlusses"),
                    ("de", "Berufsabschluss anerkennen lassen"), ("en", "recognition of my foreign degree"),
                    ("tr", "diploma denkliği"), ("uk", "визнання диплома в Німеччині"),
                    ("ru", "признание диплома"), ("pl", "uznanie dyplomu"), ("ar", "معادلة الشهادة")],
    "mieterverein": [("de", "Vermieter gibt Kaution nicht zurück"), ("de", "Mieterhöhung zu hoch was tun"),
                     ("de", "Nebenkostenabrechnung prüfen"), ("en", "my landlord won't return my deposit"),
                     ("tr", "ev sahibi depozitoyu geri vermiyor"), ("ru", "хозяин квартиры не возвращает залог"),
                     ("pl", "wynajmujący nie oddaje kaucji"), ("ar", "المالك لا يعيد مبلغ التأمين")],
    "wbs": [("de", "Wohnberechtigungsschein beantragen"), ("de", "WBS Düsseldorf"),
            ("en", "social housing application"), ("ru", "социальное жилье как получить")],
    "waffenbehoerde": [("de", "kleiner Waffenschein beantragen"), ("en", "gun licence"),
                       ("ru", "лицензия на оружие как получить"), ("tr", "silah ruhsatı")],
    "bussgeldstelle": [("de", "Einspruch gegen Bußgeldbescheid"), ("de", "geblitzt was nun"),
                       ("de", "Knöllchen bezahlen"), ("en", "how do I appeal a parking ticket"),
                       ("tr", "park cezası itiraz"), ("ru", "штраф за парковку оплатить"),
                       ("pl", "mandat za parkowanie odwołanie"), ("ar", "مخالفة وقوف السيارات")],
    "verkehrsunternehmen": [("de", "Deutschlandticket kündigen"), ("de", "Monatsticket Rheinbahn"),
                            ("en", "monthly ticket for the bus"), ("tr", "Deutschlandticket nereden alınır"),
                            ("uk", "проїзний на місяць"), ("ru", "проездной на автобус"),
                            ("pl", "bilet miesięczny"), ("ar", "تذكرة المواصلات الشهرية")],
    "stadtwerke": [("de", "Strom anmelden nach Umzug"), ("de", "Stromanbieter wechseln"),
                   ("de", "Zählerstand melden"), ("en", "electricity contract for my new flat"),
                   ("tr", "elektrik aboneliği"), ("ru", "как подключить электричество"),
                   ("pl", "prąd w nowym mieszkaniu"), ("ar", "تسجيل الكهرباء في الشقة الجديدة")],
    "awista": [("de", "Biotonne bestellen"), ("de", "Mülltonne kaputt"), ("de", "Abfallkalender 2026"),
               ("en", "when is the bin collection"), ("tr", "çöp kutusu nereden alınır"),
               ("ru", "мусорный бак заказать"), ("pl", "harmonogram wywozu śmieci")],
    "arztpraxis": [("de", "Hausarzt finden"), ("de", "Termin beim Facharzt"), ("de", "Krankschreibung"),
                   ("en", "how to find a family doctor"), ("tr", "doktor randevusu nasıl alınır"),
                   ("uk", "як записатися до лікаря"), ("ru", "как найти врача"),
                   ("pl", "jak znaleźć lekarza"), ("ar", "كيف أجد طبيب")],
    "wahlinformation": [("de", "Wen soll ich wählen?"), ("de", "Welche Partei ist am besten?"),
                        ("en", "who should I vote for"), ("tr", "kime oy vermeliyim"),
                        ("ru", "за кого голосовать"), ("uk", "за кого голосувати"),
                        ("pl", "na kogo głosować"), ("ar", "لمن أصوت")],
    "bamf": [("de", "Integrationskurs anmelden"), ("de", "Asylantrag stellen"),
             ("de", "Einbürgerungstest Termin"), ("en", "asylum application"), ("tr", "uyum kursu"),
             ("ru", "интеграционный курс"), ("ar", "طلب اللجوء")],
    "gesundheitsamt": [("de", "Gesundheitszeugnis für Gastronomie"), ("de", "Belehrung nach IfSG"),
                       ("en", "food hygiene certificate"), ("tr", "sağlık belgesi nereden alınır"),
                       ("pl", "książeczka sanepidowska")],
    "nachlassgericht": [("de", "Erbschein beantragen"), ("de", "Erbe ausschlagen"),
                        ("en", "certificate of inheritance"), ("tr", "miras nasıl reddedilir"),
                        ("ru", "как получить наследство"), ("pl", "stwierdzenie nabycia spadku"),
                        ("ar", "حصر الإرث")],
    "betreuungsbehoerde": [("de", "Vorsorgevollmacht beglaubigen lassen"), ("de", "Patientenverfügung"),
                           ("en", "lasting power of attorney"), ("ru", "медицинская доверенность")],
    "registergericht": [("de", "Handelsregister Eintrag"), ("de", "Verein gründen"),
                        ("en", "commercial register extract"), ("tr", "ticaret sicil kaydı")],
    "notariat": [("de", "Notar für Hauskauf"), ("en", "where can I find a notary"),
                 ("tr", "noter onayı"), ("ru", "нотариус в Дюссельдорфе")],
    "kirchenaustritt": [("de", "Kirchenaustritt Düsseldorf"), ("en", "how do I leave the church"),
                        ("tr", "kiliseden çıkmak"), ("pl", "wystąpienie z kościoła")],
    "bezirksregierung": [("de", "Apostille für Geburtsurkunde"), ("en", "apostille for my birth certificate"),
                         ("ru", "апостиль на свидетельство о рождении"), ("tr", "apostil nereden")],
    "arbeitgeber": [("de", "Elternzeit beantragen"), ("en", "how do I apply for parental leave"),
                    ("pl", "urlop rodzicielski")],
    "stadtbuechereien": [("de", "Bibliotheksausweis beantragen"), ("en", "library card"),
                         ("tr", "kütüphane kartı"), ("ru", "записаться в библиотеку")],
    "fischereibehoerde": [("de", "Angelschein beantragen"), ("de", "Fischereischein"),
                          ("en", "fishing licence"), ("uk", "ліцензія на риболовлю"),
                          ("tr", "balık tutma ruhsatı")],
    "jagdbehoerde": [("de", "Jagdschein verlängern"), ("en", "hunting licence"), ("ru", "охотничий билет")],
    "bundeswehr": [("de", "Wehrdienst Fragebogen ausfüllen"), ("de", "Musterung 2026"),
                   ("en", "military service in Germany"), ("tr", "Bundeswehr başvurusu")],
    "bank": [("de", "Girokonto eröffnen"), ("en", "open a bank account"), ("tr", "banka hesabı açmak"),
             ("ru", "открыть банковский счет")],
    "polizei": [("de", "Fahrrad gestohlen, wo Anzeige erstatten?"), ("de", "Strafanzeige stellen"),
                ("en", "my bike was stolen"), ("tr", "bisikletim çalındı"), ("ru", "украли велосипед"),
                ("uk", "вкрали велосипед"), ("pl", "ukradli mi rower"), ("ar", "سرقت دراجتي")],
    "ordnungsamt": [("de", "Gaststättenerlaubnis beantragen"), ("de", "Straßenfest genehmigen lassen"),
                    ("en", "alcohol licence for my restaurant"), ("tr", "içki ruhsatı")],
    "parken": [("de", "Was kostet das Parkhaus am Hauptbahnhof?"), ("de", "Parkgebühren Altstadt"),
               ("en", "how much is parking at the airport"),
               ("uk", "скільки коштує паркування біля вокзалу")],
    "sozialamt": [("de", "Sozialhilfe beantragen"), ("de", "Grundsicherung im Alter"),
                  ("tr", "Sozialhilfe başvurusu nasıl yapılır")],
    "parkerleichterung": [("de", "Behindertenparkausweis beantragen"),
                          ("de", "Halteverbot für Umzug beantragen"), ("en", "blue badge parking"),
                          ("ru", "парковка для инвалидов")],
    "taxi": [("de", "Taxischein machen, wo?"), ("de", "P-Schein beantragen"),
             ("de", "Personenbeförderungsschein Düsseldorf"), ("de", "Konzession für ein Taxiunternehmen"),
             ("en", "where do I get a taxi licence"), ("en", "Uber driver licence"),
             ("tr", "taksi ruhsatı almak istiyorum"), ("uk", "як отримати ліцензію на таксі"),
             ("ru", "разрешение на такси где получить"), ("pl", "licencja taksówkarska ile kosztuje"),
             ("pl", "zostać kierowcą ubera"), ("ar", "كيف أحصل على رخصة تاكسي")],
    "kfz_abmeldung": [("de", "Auto abmelden"), ("de", "Wo kann ich mein Fahrzeug abmelden?"),
                      ("de", "Kfz-Abmeldung online"), ("de", "Abmeldung meines Autos vor dem Export"),
                      ("en", "how do I deregister my car"), ("tr", "arabamın kaydını sildirmek istiyorum"),
                      ("uk", "зняти машину з обліку"), ("ru", "как снять авто с учёта"),
                      ("pl", "wyrejestrowanie samochodu"), ("ar", "إلغاء تسجيل السيارة")],
    "sonderschein": [("de", "Sportbootführerschein wo machen"), ("de", "Drohnenführerschein beantragen"),
                     ("de", "Staplerschein Düsseldorf"), ("en", "where do I get a boat licence"),
                     ("tr", "tekne ehliyeti almak istiyorum"), ("uk", "права на катер де отримати"),
                     ("ru", "права на лодку где получить"), ("pl", "patent żeglarski gdzie zrobić"),
                     ("ar", "كيف أحصل على رخصة قارب")],
    # a dog school, an animal's pedigree and a bicycle's registration: words of the dog tax,
    # the Standesamt's certificates and the vehicle registration, but no city service
    "hundeschule": [("de", "Hundeschule in der Nähe?"), ("de", "Welpenkurs für meinen Hund"),
                    ("en", "dog training classes"), ("en", "where can I train my puppy"),
                    ("tr", "köpek eğitim okulu var mı"), ("uk", "де курси дресирування собак"),
                    ("ru", "где дрессировка собак"), ("pl", "tresura psa gdzie"),
                    ("ar", "وين في مدرسة كلاب")],
    "stammbaum": [("de", "Stammbaum für den Welpen beantragen"),
                  ("de", "Geburtsurkunde für meine Katze"), ("en", "pedigree for my dog"),
                  ("en", "birth certificate for my puppy"), ("tr", "köpeğim için pedigri belgesi"),
                  ("uk", "де отримати родовід для собаки"), ("ru", "метрика для щенка"),
                  ("pl", "rodowód psa gdzie wyrobić"), ("ar", "شهادة نسب للكلب")],
    "fahrrad": [("de", "Fahrrad registrieren lassen"), ("de", "wo kann ich mein E-Bike anmelden"),
                ("en", "bike registration in the city"), ("en", "where do I register my bicycle"),
                ("tr", "bisikletimi kayıt ettirmek"), ("uk", "як зареєструвати велосипед"),
                ("ru", "регистрация велосипеда"), ("pl", "rejestracja roweru"),
                ("ar", "وين تسجيل الدراجة")],
}
# Subjects no office of the corpus is named for: the no_answer referral (the Info-Line) says all.
BODILESS = {"taxi", "sonderschein", "hundeschule", "stammbaum", "fahrrad"}

# The corpus' own services, asked the way citizens ask: none of them is another authority's.
OURS = [
    ("de", "Führerschein umtauschen"), ("de", "Wie lange habe ich Zeit, meinen rosa Führerschein umzutauschen?"),
    ("de", "Auto zulassen was brauche ich"), ("de", "Kfz zulassen"),
    ("de", "Brauche ich für die Zulassung ein SEPA-Mandat für die Kfz-Steuer?"),
    ("de", "Bürgergeld beantragen"), ("de", "Arbeitslosengeld II Antrag"), ("de", "ALG II wie hoch"),
    ("de", "Jobcenter Düsseldorf Adresse"), ("de", "Wohnung anmelden nach Umzug"),
    ("de", "Anmeldung Wohnsitz Frist"), ("de", "Geburtsurkunde für Kindergeld kostenlos?"),
    ("de", "Lebensbescheinigung für die Rente"), ("de", "Visum verlängern Ausländerbehörde"),
    ("de", "Kann ich im Bürgerbüro mit Visa bezahlen?"), ("de", "Rundfunkbeitrag Befreiung mit BAföG"),
    ("de", "Zeugnis beglaubigen lassen"), ("de", "Ausweis gestohlen, muss ich zur Polizei?"),
    ("de", "Sperrmüll anmelden"), ("de", "Hundesteuer für zwei Hunde"),
    ("de", "Ich habe einen Hund aus dem Tierheim adoptiert, zahle ich Hundesteuer?"),
    ("de", "Knöllchen vor der Haustür, brauche ich einen Anwohnerparkausweis?"),
    ("de", "polizeiliches Führungszeugnis beantragen"), ("de", "Nachname nach der Scheidung ändern"),
    ("de", "Elterngeld beantragen"), ("de", "Elternzeit Geld wie viel"), ("de", "Kita Platz anmelden"),
    ("de", "Reisepass beantragen"), ("de", "Kinderreisepass für mein Baby"),
    ("de", "Einbürgerung: muss ich meinen türkischen Pass abgeben?"), ("de", "Grundsteuer Hebesatz"),
    ("de", "Briefwahl per Post"), ("de", "Wahlschein beantragen"), ("de", "GmbH Gewerbe anmelden Gebühr"),
    ("de", "Meldebescheinigung für die Kontoeröffnung"), ("de", "Schwerbehindertenausweis ärztliche Unterlagen"),
    ("de", "Sterbefall im Krankenhaus melden"), ("de", "Bewohnerparkausweis Kosten"),
    ("de", "Wohngeld Miete zu hoch"), ("de", "Online-Ausweis PIN vergessen"), ("de", "Handy verloren Fundbüro"),
    ("de", "Personalausweis verloren"), ("de", "Führerschein Umtausch Verwarnungsgeld"),
    ("de", "Wohnungsgeberbestätigung vom Vermieter"), ("de", "Geburt anzeigen Hausgeburt"),
    ("de", "Heiraten im Standesamt"), ("de", "Aufenthaltstitel verlängern"),
    ("en", "lost my ID card"), ("en", "register my address"), ("en", "dog tax for two dogs"),
    ("en", "driving licence exchange"), ("en", "how much is a passport"), ("en", "certified copy"),
    ("en", "postal vote"), ("en", "unemployment benefit Jobcenter"), ("en", "police clearance certificate"),
    ("en", "register a business"), ("en", "Can I pay with Visa or Mastercard?"),
    ("tr", "ehliyet değişimi"), ("tr", "kimliğimi kaybettim"), ("tr", "köpek vergisi"),
    ("tr", "pasaportum çalındı"), ("tr", "oturma izni uzatma"),
    ("uk", "обмін посвідчення водія"), ("uk", "втратив паспорт"), ("uk", "податок на собак"),
    ("ru", "обмен прав"), ("ru", "потерял паспорт"), ("ru", "потерял удостоверение личности за границей"),
    ("ru", "пособие по безработице Jobcenter"),
    ("pl", "wymiana prawa jazdy"), ("pl", "zgubiony dowód osobisty"), ("pl", "podatek od psa"),
    ("ar", "تبديل رخصة القيادة"), ("ar", "فقدان جواز السفر"), ("ar", "الإبلاغ عن الولادة"),
    ("ar", "تسجيل السكن"),
    # another authority named on the way to one of the corpus' services
    ("de", "Was kostet eine beglaubigte Kopie für die Rentenversicherung?"),
    ("de", "Kopie beglaubigen für die Krankenkasse"), ("de", "Meldebescheinigung für die Familienkasse"),
    ("de", "Muss ich nach dem Gewerbe anmelden noch zum Finanzamt?"),
    ("de", "Ich ziehe aus, Wohnung gekündigt, muss ich mich abmelden?"),
    ("de", "Auto ummelden, wie läuft das mit der Kfz-Steuer?"),
    ("de", "Krankenversicherungsnachweis für die Aufenthaltserlaubnis"),
    ("de", "Ich bin arbeitslos, kann ich Wohngeld bekommen?"), ("de", "Elterngeld und Elternzeit beantragen"),
    ("de", "Steuer-ID für die Hundesteuer"), ("en", "birth certificate for child benefit"),
    ("de", "Wohnsitz ummelden für die Uni"), ("de", "Kita-Platz für mein Kind, Kinderarzt Bescheinigung?"),
    ("de", "Führerschein Umtausch machen lassen"), ("de", "Muss ich den alten Führerschein beim Umtausch abgeben?"),
    ("de", "Bekomme ich als Rentner Wohngeld?"), ("de", "Sterbeurkunde für die Rentenversicherung"),
    ("de", "Wie beantrage ich Bürgergeld, wenn ich arbeitslos bin?"), ("de", "Mein Hund ist gestorben"),
    ("de", "Gewerbe anmelden Imbiss"), ("de", "Grundsteuer Bescheid falsch, Widerspruch"),
    ("ru", "пособие по безработице"), ("tr", "işsizlik parası başvurusu Jobcenter"),
    ("pl", "karta pobytu przedłużenie"), ("ar", "تجديد الإقامة"), ("uk", "посвідка на проживання продовження"),
    # a car or a taxi beside one of the corpus' services
    ("de", "Umzug: Wohnsitz abmelden und das Auto?"), ("de", "Auto ummelden nach dem Umzug"),
    ("de", "Führungszeugnis für den P-Schein"), ("de", "Ich ziehe ins Ausland, muss ich mich abmelden?"),
    ("en", "deregister my address before moving abroad"), ("en", "register my car"),
    ("tr", "araba kaydı ne kadar"), ("pl", "wymeldowanie przed wyjazdem"),
    ("ru", "зарегистрировать машину"), ("ar", "تسجيل سيارة مستعملة"),
    # the dog tax, birth certificates and vehicles beside a dog school, a pedigree, a bicycle
    ("de", "Hund anmelden Hundesteuer"), ("de", "Geburtsurkunde für mein Kind"),
    ("de", "Motorrad anmelden"), ("en", "register my motorbike"), ("en", "birth certificate for my baby"),
    ("tr", "köpek vergisi ne kadar"), ("ru", "свидетельство о рождении ребенка"),
    ("pl", "podatek od psa"), ("uk", "зареєструвати автомобіль"), ("ar", "تسجيل دراجة نارية"),
]


@pytest.mark.parametrize(("key", "lang", "question"),
                         [(k, lang, q) for k, qs in CAUGHT.items() for lang, q in qs])
def test_subjects_are_caught(key: str, lang: str, question: str) -> None:
    found = elsewhere(question, lang)
    assert found is not None and found.key == key, (question, found and found.key)


@pytest.mark.parametrize(("lang", "question"), OURS)
def test_the_corpus_own_services_are_not_caught(lang: str, question: str) -> None:
    found = elsewhere(question, lang)
    assert found is None, (question, found and (found.key, found.matched))


def test_every_subject_is_tested_in_german_and_another_language() -> None:
    assert set(CAUGHT) == set(keys())
    assert len(keys()) >= 30
    for key, questions in CAUGHT.items():
        langs = {lang for lang, _ in questions}
        assert "de" in langs and langs - {"de"}, key


def test_every_subject_names_its_body_in_every_language() -> None:
    for s in SUBJECTS:
        if s.key in BODILESS:
            assert not s.names and Elsewhere(s.key, s.names).line("de") == "", s.key
            continue
        assert set(s.names) == set(LANGS), s.key
        assert all(name.strip() for name in s.names.values()), s.key
        assert set(s.patterns) <= set(LANGS) and "de" in s.patterns, s.key


def test_body_lines_name_no_phone_number_or_address() -> None:
    for s in SUBJECTS:
        for lang in LANGS:
            line = Elsewhere(s.key, s.names, s.plural).line(lang)
            assert not re.search(r"\d{3,}|(?:straße|strasse|allee|weg|platz) \d", line, re.I), line


def test_the_line_in_each_language() -> None:
    found = elsewhere("Arbeitslosengeld 1 beantragen", "de")
    assert found is not None and found.key == "arbeitsagentur"
    assert found.body("de") == "die Agentur für Arbeit"
    assert found.line("de") == "Dafür ist die Agentur für Arbeit zuständig."
    assert "Agentur für Arbeit" in found.line("en")
    for lang in LANGS:
        assert found.line(lang).endswith(".") and "{" not in found.line(lang)
    assert found.line("xx") == found.line("en")  # an unknown code: English
    for lang in LANGS:  # the lines are the lexicon's TEXTS (tests/core/test_languages.py)
        assert lexicon(lang).texts["elsewhere"] and lexicon(lang).texts["elsewhere_plural"]
    plural = elsewhere("Führerschein machen", "de")
    assert plural is not None and plural.line("de").startswith("Dafür sind ")


def test_german_words_count_in_every_language_and_empty_text_is_nothing() -> None:
    for lang in LANGS:
        assert elsewhere("Kindergeld?", lang) is not None
    assert elsewhere("", "de") is None and elsewhere("   ", "ar") is None
    for lang, question in (("uk", "скільки платять кіндергельд"), ("ru", "киндергельд сколько")):
        found = elsewhere(question, lang)  # the German word in Cyrillic letters
        assert found is not None and "Familienkasse" in found.body(lang)
    assert elsewhere("Was kostet ein Personalausweis?", "de") is None


def _corpus_texts():
    """(service, language, text) for every text of the corpus; keywords mix the languages."""
    corpus = load_corpus(ROOT / "corpus")
    for s in corpus.services:
        texts = [("de", t) for t in (s.title, *s.fees, *s.documents, s.office, s.online, s.note,
                                     s.processing_time, *split_sentences(s.body))]
        texts += [("en", s.title_en), *s.titles.items(), *s.summary.items(),
                  *[(lang, t) for f in s.facts for lang, t in f.text.items()]]
        texts += [(lang, k) for k in s.keywords for lang in LANGS]
        for lang, text in texts:
            if text:
                yield s.id, lang, text


def test_no_title_keyword_summary_or_fact_of_the_corpus_triggers_a_subject() -> None:
    hits = [(sid, lang, e.key, e.matched, text[:80]) for sid, lang, text in _corpus_texts()
            if (e := elsewhere(text, lang)) is not None]
    assert not hits, hits


def test_no_answerable_dev_question_triggers_a_subject() -> None:
    hits, seen = [], 0
    for name in QUESTION_SETS:
        path = ROOT / "tests" / "eval" / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if q.get("expect_mode") != "answer":
                continue
            seen += 1
            if (e := elsewhere(q["question"], q["lang"])) is not None:
                hits.append((name, q["id"], e.key, e.matched, q["question"]))
    assert seen > 100
    assert not hits, hits


# What the citizen sees: no answer from a service that shares a word, but the referral
@pytest.mark.real
@pytest.mark.parametrize(("lang", "question", "office"), [
    ("de", "Auto abmelden, wo geht das?", "Straßenverkehrsamt"),
    ("en", "I want to deregister my car", "Straßenverkehrsamt"),
    ("tr", "arabamın kaydını sildirmek istiyorum", "Straßenverkehrsamt"),
    ("pl", "gdzie załatwić licencję na taksówkę", "0211 89-91"),
    ("de", "Wo bekomme ich den P-Schein?", "0211 89-91"),
    ("ru", "лицензия такси где получить", "0211 89-91"),
    ("ar", "رخصة تاكسي من وين", "0211 89-91"),
    ("tr", "tekne ehliyeti nereden alınır", "0211 89-91"),
    ("de", "Hundeschule wo in Düsseldorf", "0211 89-91"),
    ("en", "birth certificate for my puppy", "0211 89-91"),
    ("pl", "gdzie zarejestrować rower", "0211 89-91"),
])
def test_a_subject_without_a_service_is_referred(real_retrieval_assistant, lang: str,
                                                 question: str, office: str) -> None:
    answer = real_retrieval_assistant.ask(question, lang)
    assert answer.mode == "no_answer" and not answer.hits
    assert office in answer.text and not answer.text.startswith(" ")
