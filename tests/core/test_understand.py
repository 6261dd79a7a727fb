"""Question understanding: the kinds of fact asked and the conditions stated, in all languages."""

from __future__ import annotations

import pytest

from kiosk.core.answer.understand import understand


@pytest.mark.parametrize("question, lang, kinds", [
    ("was kostet n neuer perso?", "de", ("cost",)),
    ("Was ist billiger, Reisepass oder Perso?", "de", ("cost",)),
    ("wie viel muss ich für die Hundesteuer zahlen", "de", ("cost",)),
    ("Wie viel Elterngeld bekomme ich?", "de", ("amount",)),
    ("Was kostet ein Reisepass und wie lange gilt er?", "de", ("cost", "validity")),
    ("wie lange dauert ein reisepass", "de", ("duration",)),
    ("bis wann muss ich mich ummelden", "de", ("deadline",)),
    ("Welche Unterlagen brauche ich?", "de", ("documents",)),
    ("kann ich im buergerbuero mit karte bezahlen", "de", ("payment",)),
    ("How much is a passport and where do I apply?", "en", ("cost", "where")),
    ("fine for registering late", "en", ("cost",)),
    ("Kimlik kartı ne kadar?", "tr", ("cost",)),
    ("Скільки коштує паспорт і скільки часу його роблять?", "uk", ("cost", "duration")),
    ("Где подать заявление на Wohngeld?", "ru", ("where",)),
    ("Ile kosztuje dowód osobisty?", "pl", ("cost",)),
    ("كم تكلفة جواز السفر؟", "ar", ("cost",)),
])
def test_the_kinds_asked_in_order(question, lang, kinds) -> None:
    assert understand(question, lang).kinds[: len(kinds)] == kinds


@pytest.mark.parametrize("question, lang, age", [
    ("Was kostet ein Perso, ich bin 19", "de", (19, 19)),
    ("bin genau 24 geworden, welcher Preis gilt", "de", (24, 24)),
    ("Personalausweis unter 24 Jahren", "de", (0, 23)),
    ("passport for my 10 year old daughter", "en", (10, 10)),
    ("сколько стоит паспорт, мне 45", "ru", (45, 45)),
    ("كم تكلفة جواز السفر لشخص عمره 35", "ar", (35, 35)),
    ("Ile kosztuje dowód dla dziecka?", "pl", (0, 17)),
])
def test_a_stated_age_is_understood(question, lang, age) -> None:
    assert understand(question, lang).age == age


@pytest.mark.parametrize("question", ["Ich wohne seit 5 Jahren hier, was kostet die Einbürgerung",
                                      "wie lange gilt ein Ausweis, 10 Jahre?"])
def test_a_duration_is_no_age(question) -> None:
    assert understand(question, "de").age is None


@pytest.mark.parametrize("question, lang, count", [
    ("Hundesteuer für 2 Hunde", "de", 2),
    ("was kostet der zweite Hund", "de", 2),
    ("Bürgergeld für ein Paar", "de", 2),
    ("how much is Buergergeld for a single person", "en", 1),
    ("бюргергельд на пару сколько", "ru", 2),
])
def test_a_stated_count_is_understood(question, lang, count) -> None:
    assert understand(question, lang).count == count


def test_an_age_is_not_a_count() -> None:
    assert understand("was kostet n perso bin 19 und wie lange gilt der", "de").count is None


@pytest.mark.parametrize("question, lang, option", [
    ("Was kostet ein Express-Reisepass?", "de", "express"),
    ("Perso verloren", "de", "lost"),
    ("Kimlik kartımı kaybettim", "tr", "lost"),
    ("Gewerbe anmelden für eine GmbH", "de", "legal_entity"),
    ("Hund aus dem Tierheim", "de", "shelter"),
    ("umzug ins ausland", "de", "abroad"),
])
def test_options_are_understood(question, lang, option) -> None:
    assert option in understand(question, lang).options


def test_past_statements_and_follow_ups() -> None:
    assert understand("Was hat der Perso vorher gekostet?", "de").past
    assert not understand("Was kostet der Perso?", "de").past
    assert understand("Ausweis verloren", "de").statement
    assert not understand("Wo melde ich mich an?", "de").statement
    assert understand("und für Kinder?", "de").followup
    assert understand("and for children?", "en").followup


def test_a_mixed_question_is_understood_by_the_other_languages() -> None:
    """Detected as German because of the office's name, asked in Russian."""
    assert understand("адреса Straßenverkehrsamt", "de").kinds == ("where",)


@pytest.mark.parametrize("question, lang, age", [
    ("мені тридцять років, скільки коштує паспорт", "uk", (30, 30)),
    ("мне тридцать лет, сколько стоит паспорт", "ru", (30, 30)),
    ("otuz yaşındayım, pasaport ne kadar", "tr", (30, 30)),
    ("mam trzydzieści lat, ile kosztuje paszport", "pl", (30, 30)),
    ("I am thirty years old, how much is a passport", "en", (30, 30)),
    ("ich bin dreißig Jahre alt, was kostet der Pass", "de", (30, 30)),
    ("bin vierundzwanzig, was kostet der Perso", "de", (24, 24)),
    ("I'm twenty-four, what does an ID card cost", "en", (24, 24)),
    ("yirmi dört yaşındayım kimlik ne kadar", "tr", (24, 24)),
    ("kızım altı yaşında, pasaport ne kadar", "tr", (6, 6)),
    ("24 yaş altı kimlik ne kadar", "tr", (0, 23)),
    ("عمري ثلاثين سنة كم سعر الجواز", "ar", (30, 30)),
])
def test_an_age_in_words_is_read_like_digits(question, lang, age) -> None:
    assert understand(question, lang).age == age


@pytest.mark.parametrize("question, lang", [
    ("termin 10 stycznia, ile kosztuje odpis", "pl"),
    ("10 Ocak'ta randevum var, ücret ne kadar", "tr"),
    ("до 10 січня треба подати, скільки коштує", "uk"),
    ("документ будет готов через 3 рабочих дня?", "ru"),
    ("3 robocze dni czy 2 tygodnie?", "pl"),
    ("2 yıl geçerli mi", "tr"),
    ("за 2 ночі в готелі скільки податок", "uk"),
])
def test_dates_and_periods_are_no_counts(question, lang) -> None:
    assert understand(question, lang).count is None


@pytest.mark.parametrize("question, lang", [
    ("son gün ne zaman, Anmeldung için", "tr"),   # Turkish "son" is "last", not a son
    ("a ile kosztuje podatek od psa", "pl"),        # Polish "a" is "and", not "one"
    ("anmeldung son tarih kaç gün", "tr"),
])
def test_english_words_do_not_fire_in_other_languages(question, lang) -> None:
    asked = understand(question, lang)
    assert "child" not in asked.options and asked.age is None and asked.count is None


@pytest.mark.parametrize("question, kinds", [
    ("skolko stoit vremennyj ausweis i skolko on dejstvuet", ("cost", "validity")),
    ("gde sdelat anmeldung", ("where",)),
    ("kakie dokumenty nuzhny dlya pasporta", ("documents",)),
    ("skolko zhdat pasport", ("duration",)),
    ("mozhno li oplatit kartoj", ("payment",)),
])
def test_russian_typed_in_latin_letters_is_understood(question, kinds) -> None:
    assert understand(question, "ru").kinds[: len(kinds)] == kinds


def test_russian_in_latin_letters_states_its_conditions() -> None:
    asked = understand("skolko stoit pasport dlya rebenka", "ru")
    assert "child" in asked.options and asked.kinds[:1] == ("cost",)
    assert "temporary" in understand("vremennyj pasport skolko stoit", "ru").options


@pytest.mark.parametrize("question, lang, alternatives", [
    ("Czy mogę zapłacić kartą?", "pl", False),
    ("Nie wiem, czy muszę się meldować", "pl", False),
    ("Чи можна оформити паспорт онлайн?", "uk", False),
    ("ما هي الأوراق المطلوبة؟", "ar", False),
    ("paszport czy dowód, co tańsze?", "pl", True),
    ("паспорт чи ID-картка, що дешевше?", "uk", True),
    ("Reisepass oder Perso?", "de", True),
    ("جواز السفر أو الهوية، أيهما أرخص؟", "ar", True),
])
def test_either_is_or_not_the_question_particle(question, lang, alternatives) -> None:
    assert understand(question, lang).either is alternatives


@pytest.mark.parametrize("question, kinds", [
    ("skilky koshtuye pasport", ("cost",)),
    ("de zrobyty anmeldung", ("where",)),
    ("yaki dokumenty potribni", ("documents",)),
])
def test_ukrainian_typed_in_latin_letters_is_understood(question, kinds) -> None:
    assert understand(question, "uk").kinds[: len(kinds)] == kinds


def test_a_question_typed_in_latin_letters_is_readable_in_its_script() -> None:
    from kiosk.core.answer.understand import readable
    assert readable("skolko stoit vremennyj pasport", "ru") == "сколко стоит временный паспорт"
    assert readable("skilky koshtuye pasport", "uk") == "скілки коштує паспорт"
    assert readable("Was kostet der Pass?", "de") == "Was kostet der Pass?"
    assert readable("сколько стоит паспорт", "ru") == "сколько стоит паспорт"


@pytest.mark.parametrize("question, lang, kinds", [
    ("Grundsteuer kiedy placic", "pl", ("payment",)),
    ("Hundesteuer kiedy trzeba zapłacić", "pl", ("payment",)),
    ("köpek vergisi ne zaman ödenir", "tr", ("payment",)),
    ("elterngeld сколько месяцев платят", "ru", ("duration",)),
    ("скільки місяців платять елтернгельд", "uk", ("duration",)),
    ("wie viele Monate bekommt man Elterngeld", "de", ("duration", "amount")),
    ("need an id urgently, whats the fastest and how much", "en", ("duration", "cost")),
    ("Wohngeld مين بيستحقه", "ar", ("eligibility",)),
    ("Anmeldung için son gün ne zaman, kaç günüm var?", "tr", ("deadline",)),
])
def test_when_to_pay_how_many_months_and_the_fastest_way(question, lang, kinds) -> None:
    assert understand(question, lang).kinds == kinds


@pytest.mark.parametrize("question, lang, count, age", [
    ("dog tax for 1 dog per year", "en", 1, None),
    ("ضريبة الكلب لكلبين كم", "ar", 2, None),
    ("бюргергельд для однієї людини скільки", "uk", 1, None),
    ("was kostet n perso wenn man 22 is", "de", None, (22, 22)),
    ("falls mein Sohn 15 ist, was kostet der Pass", "de", None, (15, 15)),
])
def test_counts_and_ages_said_in_passing(question, lang, count, age) -> None:
    asked = understand(question, lang)
    assert (asked.count, asked.age) == (count, age)


@pytest.mark.parametrize("question, lang, count, age", [
    ("сколько стоит загранпаспорт от двадцати четырех лет", "ru", None, (24, 150)),
    ("yirmi üç yaşındayım kimlik kaç euro", "tr", None, (23, 23)),
    ("ile kosztuje paszport, mam dwadzieścia cztery lata", "pl", None, (24, 24)),
    ("my son is twelve, passport cost", "en", None, (12, 12)),
    ("Hundesteuer zwei Hunde", "de", 2, None),
    ("iki köpeğim var vergi ne kadar", "tr", 2, None),
    ("Ummeldung innerhalb von zwei Wochen?", "de", None, None),
])
def test_number_words_are_ages_or_counts_but_not_both(question, lang, count, age) -> None:
    asked = understand(question, lang)
    assert (asked.count, asked.age) == (count, age)


@pytest.mark.parametrize("question, lang, count", [
    ("налог на собак если их две", "ru", 2),
    ("Hundesteuer, ich habe zwei", "de", 2),
    ("мне тридцать лет и у меня две собаки", "ru", 2),
])
def test_a_count_word_standing_alone_is_a_count(question, lang, count) -> None:
    assert understand(question, lang).count == count


def test_arabic_how_much_per_month_is_a_price_not_a_period() -> None:
    assert understand("Bürgergeld لشخص واحد كم بالشهر", "ar").kinds == ("cost",)
    assert understand("Rundfunkbeitrag كم بالشهر", "ar").kinds == ("cost",)
    assert "duration" in understand("كم شهر يستغرق", "ar").kinds  # how many months: a period


@pytest.mark.parametrize("question, lang", [
    ("köpek vergisi 2 Jahre", "tr"),  # a German unit on a Turkish screen
    ("Hundesteuer 2 yıl", "de"),
    ("termin 10 stycznia ile kosztuje", "de"),  # a Polish month on a German screen
    ("10 травня скільки коштує", "ru"),
    ("موعدي 5 مايو كم السعر", "ar"),
])
def test_units_and_months_of_every_language_are_no_counts(question, lang) -> None:
    """NOT_COUNTED and MONTHS of all lexicons are read in every question (everywhere())."""
    assert understand(question, lang).count is None


@pytest.mark.parametrize("question, lang, count", [
    ("ضريبة الكلاب لكلبين", "ar", 2),  # CLITICS: "ل" glued to "كلبين" (two dogs)
    ("podatek za 2 psy", "pl", 2),  # SHORT_COUNTED: a counted noun of three letters
    ("податок на 2 пса", "uk", 2),
    ("tax for 2 dogs and 1 cat", "en", 2),
])
def test_glued_and_short_counted_words_are_counts(question, lang, count) -> None:
    assert understand(question, lang).count == count


@pytest.mark.parametrize("question, lang, kind, not_kind", [
    ("голосування поштою до котрої години має дійти бюлетень", "uk", "deadline", "hours"),
    ("до котрої працює бюргербюро", "uk", "hours", "deadline"),
    ("до скольки должен прийти бюллетень", "ru", "deadline", "hours"),
    ("postal vote by what time must the letter arrive", "en", "deadline", "hours"),
    ("where is the foreigners office and can i just walk in", "en", "hours", None),
    ("close my business cost", "en", "cost", "hours"),
    ("закрыть гевербе сколько стоит", "ru", "cost", "hours"),
    ("einbuergerung nach wieviel jahren", "de", "eligibility", None),
    ("after how many years can i get citizenship", "en", "eligibility", None),
    ("vatandaşlık kaç yıl sonra", "tr", "eligibility", None),
    ("po ilu latach obywatelstwo", "pl", "eligibility", None),
    ("الجنسية بعد كم سنة", "ar", "eligibility", None),
    ("ile jest biur obywatelskich", "pl", None, "cost"),
])
def test_the_kind_asked_in_phrases_that_look_like_another(question, lang, kind, not_kind) -> None:
    kinds = understand(question, lang).kinds
    assert kind is None or kind in kinds
    assert not_kind not in kinds


@pytest.mark.parametrize("question, lang, kind, not_kind", [
    ("بطاقة الاعاقة كم درجة لازم", "ar", None, "cost"),  # how many degrees, no price
    ("روضة اطفال كم روضة اقدر اختار بالطلب", "ar", None, "cost"),
    ("كم رسوم جواز السفر", "ar", "cost", None),
    ("mieszkam w niemczech 5 lat obywatelstwo czy moge zachowac polskie", "pl", "eligibility", None),
    ("kann ich meinen türkischen pass behalten bei einbürgerung", "de", "eligibility", None),
    ("can i keep my turkish citizenship", "en", "eligibility", None),
    ("türk vatandaşlığımı koruyabilir miyim", "tr", "eligibility", None),
])
def test_how_many_and_keeping_a_citizenship(question, lang, kind, not_kind) -> None:
    kinds = understand(question, lang).kinds
    assert kind is None or kind in kinds
    assert not_kind not in kinds


def test_a_fiance_who_is_not_german_names_the_foreign_law_fee() -> None:
    assert "foreign" in understand("married at the standesamt, fees? my fiance is not german",
                                   "en").options


@pytest.mark.parametrize("question, lang", [
    ("بورغرغيلد للزوجين كم لكل واحد", "ar"), ("how much bürgergeld for each one of us", "en"),
])
def test_each_one_is_no_count_of_one(question, lang) -> None:
    assert understand(question, lang).count != 1


@pytest.mark.parametrize("question, lang, kinds", [
    ("скільки бюро громадян у дюссельдорфі", "uk", ()),  # how many offices, no price
    ("сколько бюро граждан в дюссельдорфе", "ru", ()),
    ("wie kann ich die stadt anrufen", "de", ("contact",)),  # whom to call, no procedure
    ("belediyeyi nasıl arayabilirim", "tr", ("contact",)),
])
def test_how_many_offices_and_how_to_call(question, lang, kinds) -> None:
    assert understand(question, lang).kinds == kinds
