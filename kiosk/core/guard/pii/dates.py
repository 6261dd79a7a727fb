"""Dates, times and amounts: numbers that are nobody's, unless a date is a birth date."""

from __future__ import annotations

import re

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
