"""Dates, times and amounts: numbers that are nobody's, unless a date is a birth date."""

from __future__ import annotations

import re
from datetime import date

# Month names and their abbreviations in the kiosk's languages; Russian, Ukrainian and Polish
# write the day's month in the genitive ("12 марта", "12 березня", "12 marca").
_MONTHS = "|".join((
    r"Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|Mär|Mrz|Okt|Dez",
    r"January|February|March|May|June|July|October|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
    r"|Oct|Nov|Dec",
    r"Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık",
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia",
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر"
    r"|ديسمبر|كانون\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\s+الأول"
    r"|تشرين\s+الثاني|كانون\s+الأول",
))
_YEAR = r"(?:\d{4}|'?\d{2})"
# The year may carry a word for "year" ("1985 г.", "1985 р.", "1985 r.", "1985'te").
_YEAR_WORD = r"(?:\s?(?:г\.|р\.|r\.|року|года|roku|yılında)|'\w+)?"
DATE = re.compile(
    r"(?<![\w.])(?:"
    rf"\d{{1,2}}\.\s?\d{{1,2}}\.\s?{_YEAR}"  # 12.03.1985, 12. 3. 85
    rf"|\d{{1,2}}/\d{{1,2}}/{_YEAR}"  # 12/03/1985, 3/12/85
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{4}}"  # 12-03-1985
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 1985-03-12
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s(?:of\s)?(?:{_MONTHS})\.?,?\s\d{{4}}{_YEAR_WORD}"
    rf"|(?:{_MONTHS})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"  # March 12, 1985
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s(?:of\s)?(?:{_MONTHS})(?!\w)"  # 7. Februar (no year)
    r"|\d{1,2}\.\d{1,2}\.(?!\d)"  # 12.03.
    r")(?!\w|[.,]\d)",
    re.IGNORECASE,
)

# The number of each month name and abbreviation of `_MONTHS`, to read a date's value.
_MONTH_NUMBER = {
    name: number
    for names in (
        "januar februar märz april mai juni juli august september oktober november dezember",
        "january february march april may june july august september october november december",
        "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia",
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        "ابريل:4 اغسطس:8 اكتوبر:10 jänner:1 maerz:3 mär:3 mrz:3 okt:10 dez:12 jan:1 feb:2 mar:3 "
        "apr:4 jun:6 jul:7 aug:8 sep:9 sept:9 oct:10 nov:11 dec:12",
        "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني "
        "كانون_الأول",
    )
    for number, name in (
        (int(word.split(":")[1]) if ":" in word else i + 1, word.split(":")[0].replace("_", " "))
        for i, word in enumerate(names.split()))
}
_MONTH = re.compile(rf"(?:{_MONTHS})(?!\w)", re.IGNORECASE)
_NUMBERS = re.compile(r"\d+")


def full_date(value: str) -> date | None:
    """The day a date of `DATE` names, when it names day, month and year; None otherwise.

    Numbers alone are read day first, then month first ("3/12/85"); a year of two digits is
    the last one of that ending up to this year.
    """
    month = _MONTH.search(value)
    numbers = [int(n) for n in _NUMBERS.findall(value)]
    if month:
        numbers.insert(1, _MONTH_NUMBER[" ".join(month.group().lower().split())])
    if len(numbers) < 3:
        return None
    if numbers[0] > 31:  # 1985-03-12
        numbers = numbers[::-1]
    day, mon, year = numbers[:3]
    if year < 100:
        this_year = date.today().year
        year += 2000 if 2000 + year <= this_year else 1900
    for d, m in ((day, mon), (mon, day)):
        try:
            return date(year, m, d)
        except ValueError:
            continue
    return None


def could_be_birth(value: str) -> bool:
    """Whether a date may be someone's birthday: a whole date, past and not before 1900."""
    day = full_date(value)
    return day is not None and 1900 <= day.year and day <= date.today()


SELF_AGE = 14
"""Who says "I am …, <date>" of themselves is that old at least; a more recent date after
"I am" is the day of a move or an arrival ("ben almanyaya geldim 12.03.2024")."""


def could_be_own_birth(value: str) -> bool:
    """Whether a date may be the birthday of someone who writes to the kiosk himself."""
    day = full_date(value)
    return day is not None and date.today().year - day.year >= SELF_AGE


# Times of day and their ranges ("8:00–12:30", "14.00 Uhr", "10:30").
TIME = re.compile(r"(?<![\w.:])\d{1,2}[:.]\d{2}(?:\s?[-–]\s?\d{1,2}[:.]\d{2})*(?![\w:]|[.,]\d)")

_CURRENCY = (r"€|EUR|Euro|Cent|ct|zł|złotych|PLN|TL|₺|lira|грн\.?|гривень|гривні|гривня|₴"
             r"|руб\.?|рублей|рубля|₽|USD|\$|£|GBP|dollars?|pounds?|يورو|درهم|ريال|جنيه|دينار")
# Amounts with their currency on either side ("46,00 €", "€ 1.250", "1 500 грн").
AMOUNT = re.compile(
    rf"(?:(?<![\w])(?:€|EUR|\$|£)\s?\d[\d.,  ]*\d?"
    rf"|(?<![\w.,])\d{{1,3}}(?:[.  ]\d{{3}})*(?:[.,]\d{{1,2}}|,-)?\s?(?:{_CURRENCY})"
    rf"|(?<![\w.,])\d+(?:[.,]\d{{1,2}})?\s?(?:{_CURRENCY}))(?!\w)",
    re.IGNORECASE,
)
