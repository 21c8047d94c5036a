"""Dates as Danish users type them, and shown so nobody misreads them.

`parse_date` reads what people write in a Danish workplace. Day comes before
month, always; the separators `-` `.` `/` (and spaces, en dashes) are all the
same to it:

=====================  =============================================
``24-12-2026``         day-month-year (also ``24.12.2026``, ``24/12/2026``)
``24-12-26``           a two-digit year is 2000 + YY, always day-month-year
                       (the Danish everyday form: ``26-12-24`` is 26 Dec 2024,
                       never 2026-12-24). The date is shown back unambiguously,
                       so a slip is seen at once.
``2026-12-24``         ISO; a four-digit first group is a year
                       (also ``2026.12.24``, ``2026/12/24``)
``24.12`` / ``24-12``  no year: the next 24 December on or after today
                       (29-02 without a year: the next leap day)
``24. dec. 2026``      month names and their short forms, Danish or English,
``24 December 2026``   any case, with or without a period (also what
``dec 24 2026``        `format_date` shows, so a shown date reads back)
``i dag`` ``i morgen``
``today`` ``tomorrow``
=====================  =============================================

A leading ``den`` / ``d.`` is ignored. Full-width digits are read as digits.

Refused, with a reason the user can act on (a `DateError` with a catalog key
from `kompas_tui.i18n.plan` and its fields):

- impossible dates (``31-02-2027``, ``0-1-2026``, month 13);
- month-first dates (``12/24/2026``): the middle group cannot be a month but
  the first can, so it was probably typed the American way; guessing would
  risk the wrong date, so the user is asked to put the day first;
- digits without separators (``24122026``, ``241226``): too easy to misread;
- one- or three-digit years, and years outside 1900-2199 (a typo such as
  ``24-12-0026``);
- anything else (a time, extra groups, words that are no month).

`format_date` shows a date with the month as a word, "24. dec. 2026" in
Danish and "24 Dec 2026" in English, built from the catalogs (no locale).
`format_input` gives the numeric form to put in an input field for editing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from functools import cache

from kompas_tui.domain.message import Message, Refusal
from kompas_tui.i18n import LANGUAGES, language, t

#: Years a date may have. Outside them a date is taken for a typo.
MIN_YEAR = 1900
MAX_YEAR = 2199

_TODAY_WORDS = frozenset({"i dag", "idag", "today"})
_TOMORROW_WORDS = frozenset({"i morgen", "imorgen", "tomorrow"})
#: Separators between the groups of a date; repeats count as one.
_SPLIT = re.compile(r"[\s\-./,\u2010\u2011\u2012\u2013\u2014\u2212]+")
_NUMBER = re.compile(r"[0-9]{1,4}")
_WORD = re.compile(r"[a-zæøå]+")
_PREFIX = re.compile(r"^(?:den|d\.)\s*")
#: How much of the user's text an error message quotes.
_QUOTE = 30


class DateError(Refusal, ValueError):
    """A date that cannot be read, with a localized reason: `message`, a
    key in `kompas_tui.i18n.plan` (a `month` field is the month's name,
    worded in the language asked for)."""

    def short_text(self, lang: str | None = None) -> str:
        """The reason in a few words (`date.short.*`: "ikke en dato"), for
        the line beside a date field."""
        return Message(_SHORT[self.key], self.fields).text(lang)


#: Each refusal's few words.
_SHORT = {
    "date.empty": "date.short.empty",
    "date.unreadable": "date.short.unreadable",
    "date.no_separator": "date.short.no_separator",
    "date.month_first": "date.short.month_first",
    "date.no_month": "date.short.no_month",
    "date.no_day": "date.short.no_day",
    "date.too_many_days": "date.short.too_many_days",
    "date.too_many_days_ever": "date.short.too_many_days_ever",
    "date.unknown_month": "date.short.unknown_month",
    "date.year_digits": "date.short.year_digits",
    "date.year_range": "date.short.year_range",
}


def _named_month(month: int) -> Message:
    return Message(f"date.month.{month}")


def _quote(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= _QUOTE else one_line[: _QUOTE - 1] + "…"


@cache
def _month_names() -> dict[str, int]:
    """Every full month name of every language → its number."""
    names: dict[str, int] = {}
    for month in range(1, 13):
        for lang in LANGUAGES:
            names[t(f"date.month.{month}", lang).casefold()] = month
    return names


def _month_from_word(word: str) -> int:
    """A month name or any unique start of one of at least three letters
    ("dec", "sept", "marts", "okt", "oct")."""
    if len(word) >= 3:
        found = {month for name, month in _month_names().items() if name.startswith(word)}
        if len(found) == 1:
            return found.pop()
    raise DateError("date.unknown_month", word=_quote(word))


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError("date.year_range", year=year, first=MIN_YEAR, last=MAX_YEAR)


def _build(day: int, month: int, year: int) -> dt.date:
    _check_year(year)
    if not 1 <= month <= 12:
        raise DateError("date.no_month", number=month)
    if not 1 <= day <= 31:
        raise DateError("date.no_day", number=day)
    days = calendar.monthrange(year, month)[1]
    if day > days:
        raise DateError("date.too_many_days", month=_named_month(month), year=year, days=days)
    return dt.date(year, month, day)


def _next(day: int, month: int, today: dt.date) -> dt.date:
    """The first `day`.`month` on or after today."""
    if not 1 <= month <= 12:
        raise DateError("date.no_month", number=month)
    if not 1 <= day <= 31:
        raise DateError("date.no_day", number=day)
    longest = 29 if month == 2 else calendar.monthrange(2001, month)[1]
    if day > longest:
        raise DateError("date.too_many_days_ever", month=_named_month(month), days=longest)
    for year in range(today.year, today.year + 9):  # a leap day comes within 8 years
        _check_year(year)
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) >= today:
            return dt.date(year, month, day)
    raise AssertionError("unreachable")  # pragma: no cover


def _year(token: str) -> int:
    if len(token) == 2:
        return 2000 + int(token)
    if len(token) == 4:
        if not MIN_YEAR <= int(token) <= MAX_YEAR:
            raise DateError("date.year_range", year=token, first=MIN_YEAR, last=MAX_YEAR)
        return int(token)
    raise DateError("date.year_digits", year=token)


def _month(token: str) -> tuple[int, bool]:
    """(month, typed as a number)."""
    if _NUMBER.fullmatch(token):
        return int(token), True
    return _month_from_word(token), False


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """The date `text` stands for; `today` anchors "i dag" and dates without a
    year. Raises `DateError` (and nothing else) when it cannot be read."""
    if not isinstance(text, str):
        raise DateError("date.empty")
    raw = text
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    if not text:
        raise DateError("date.empty")
    today = today or dt.date.today()
    if text in _TODAY_WORDS:
        return today
    if text in _TOMORROW_WORDS:
        _check_year(today.year + ((today.month, today.day) == (12, 31)))
        return today + dt.timedelta(days=1)
    text = _PREFIX.sub("", text)
    tokens = [token for token in _SPLIT.split(text) if token]
    unreadable = DateError("date.unreadable", text=_quote(raw))
    if not tokens or not all(_NUMBER.fullmatch(tok) or _WORD.fullmatch(tok) for tok in tokens):
        if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isdigit() and len(tokens[0]) in (6, 8):
            raise DateError("date.no_separator", text=_quote(raw))
        raise unreadable
    numeric = [bool(_NUMBER.fullmatch(tok)) for tok in tokens]

    # A month word first: "dec 24" or "dec 24 2026".
    if not numeric[0]:
        if len(tokens) in (2, 3) and all(numeric[1:]) and len(tokens[1]) <= 2:
            month = _month_from_word(tokens[0])
            if len(tokens) == 2:
                return _next(int(tokens[1]), month, today)
            return _build(int(tokens[1]), month, _year(tokens[2]))
        raise unreadable
    if len(tokens) == 3 and len(tokens[0]) == 4:  # ISO order
        if not all(numeric) or len(tokens[1]) > 2 or len(tokens[2]) > 2:
            raise unreadable
        return _build(int(tokens[2]), int(tokens[1]), _year(tokens[0]))
    if (
        len(tokens) not in (2, 3)
        or len(tokens[0]) > 2
        or (numeric[1] and len(tokens[1]) > 2)
        or (len(tokens) == 3 and not numeric[2])
    ):
        raise unreadable
    day = int(tokens[0])
    month, month_is_number = _month(tokens[1])
    if month_is_number and month > 12 and 1 <= day <= 12:
        raise DateError("date.month_first", text=_quote(raw))
    if len(tokens) == 2:
        return _next(day, month, today)
    return _build(day, month, _year(tokens[2]))


def month_short(month: int, lang: str | None = None) -> str:
    return t(f"date.month_short.{month}", lang)


def format_date(value: dt.date, lang: str | None = None) -> str:
    """"24. dec. 2026" (Danish), "24 Dec 2026" (English)."""
    return t("date.format", lang, day=value.day, month=month_short(value.month, lang), year=value.year)


def format_input(value: dt.date, lang: str | None = None) -> str:
    """The numeric form for editing: "24-12-2026" in Danish, ISO in English."""
    if (lang or language()) == "da":
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    return value.isoformat()
