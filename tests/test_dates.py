"""Dates as Danish users type them (domain/dates.py)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompas_tui.domain.dates import MAX_YEAR, MIN_YEAR, DateError, format_date, format_input, parse_date
from kompas_tui.domain.message import Message

SRC = Path(__file__).parent.parent / "src" / "kompas_tui"

TODAY = dt.date(2026, 11, 26)
XMAS = dt.date(2026, 12, 24)
dates = st.dates(min_value=dt.date(MIN_YEAR, 1, 1), max_value=dt.date(MAX_YEAR, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "24-12-2026",
        "24.12.2026",
        "24/12/2026",
        "24-12-26",
        "24.12.26",
        "2026-12-24",
        "2026/12/24",
        "24-12",
        "24.12",
        "24/12",
        "24.12.",
        "  24 - 12 - 2026 ",
        "24–12–2026",  # en dashes
        "24. dec. 2026",
        "24 Dec 2026",
        "24. december 2026",
        "24 DECEMBER 2026",
        "dec 24 2026",
        "December 24, 2026",
        "den 24.12.2026",
        "d. 24.12.2026",
        "２４-１２-２０２６",  # full-width digits
    ],
)
def test_danish_ways_of_typing_a_date(text):
    assert parse_date(text, TODAY) == XMAS


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1-2-2027", dt.date(2027, 2, 1)),
        ("01.02.2027", dt.date(2027, 2, 1)),
        ("5/6/27", dt.date(2027, 6, 5)),  # day first, always
        ("26-12-24", dt.date(2024, 12, 26)),  # two-digit years are DD-MM-YY, never YY-MM-DD
        ("1. maj 2027", dt.date(2027, 5, 1)),
        ("3 sept 2027", dt.date(2027, 9, 3)),
        ("3 okt 2027", dt.date(2027, 10, 3)),
        ("3 oct 2027", dt.date(2027, 10, 3)),
        ("1 marts 2027", dt.date(2027, 3, 1)),
        ("29-02-2028", dt.date(2028, 2, 29)),
    ],
)
def test_examples(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("26.11", TODAY),  # today itself counts
        ("25.11", dt.date(2027, 11, 25)),  # passed this year: next year
        ("1-1", dt.date(2027, 1, 1)),
        ("29-02", dt.date(2028, 2, 29)),  # the next leap day
        ("3. jan", dt.date(2027, 1, 3)),
        ("jan 3", dt.date(2027, 1, 3)),
    ],
)
def test_without_a_year_the_next_such_date_on_or_after_today(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("i dag", TODAY),
        ("I DAG", TODAY),
        ("idag", TODAY),
        ("today", TODAY),
        ("i morgen", TODAY + dt.timedelta(days=1)),
        ("tomorrow", TODAY + dt.timedelta(days=1)),
    ],
)
def test_words(text, expected):
    assert parse_date(text, TODAY) == expected


def test_today_defaults_to_the_real_today():
    before = dt.date.today()
    assert parse_date("i dag") in (before, dt.date.today())  # also when run across midnight


@pytest.mark.parametrize(
    "text, key, fields",
    [
        ("", "date.empty", {}),
        ("   ", "date.empty", {}),
        ("31-02-2027", "date.too_many_days", {"month": Message("date.month.2"), "year": 2027, "days": 28}),
        ("29-02-2027", "date.too_many_days", {"month": Message("date.month.2"), "year": 2027, "days": 28}),
        ("31-04-2027", "date.too_many_days", {"month": Message("date.month.4"), "year": 2027, "days": 30}),
        ("2027-02-30", "date.too_many_days", {"month": Message("date.month.2"), "year": 2027, "days": 28}),
        ("30-02", "date.too_many_days_ever", {"month": Message("date.month.2"), "days": 29}),
        ("32-01-2027", "date.no_day", {"number": 32}),
        ("0-1-2027", "date.no_day", {"number": 0}),
        ("24-13-2027", "date.no_month", {"number": 13}),
        ("24-0-2027", "date.no_month", {"number": 0}),
        ("12/24/2026", "date.month_first", {"text": "12/24/2026"}),
        ("12-24", "date.month_first", {"text": "12-24"}),
        ("24122026", "date.no_separator", {"text": "24122026"}),
        ("241226", "date.no_separator", {"text": "241226"}),
        ("24-12-202", "date.year_digits", {"year": "202"}),
        ("24-12-2", "date.year_digits", {"year": "2"}),
        ("24-12-0026", "date.year_range", {"year": "0026", "first": MIN_YEAR, "last": MAX_YEAR}),
        ("9999-12-24", "date.year_range", {"year": "9999", "first": MIN_YEAR, "last": MAX_YEAR}),
        ("24 foo 2026", "date.unknown_month", {"word": "foo"}),
        ("24 ju 2026", "date.unknown_month", {"word": "ju"}),  # too short to tell June from July
        ("24-12-2026 10:00", "date.unreadable", {"text": "24-12-2026 10:00"}),
        ("24-12-2026-1", "date.unreadable", {"text": "24-12-2026-1"}),
        ("2026-12", "date.unreadable", {"text": "2026-12"}),
        ("12-2026", "date.unreadable", {"text": "12-2026"}),
        ("24", "date.unreadable", {"text": "24"}),
        ("næste fredag", "date.unreadable", {"text": "næste fredag"}),
        ("٢٤-١٢-٢٠٢٦", "date.unreadable", {"text": "٢٤-١٢-٢٠٢٦"}),  # only 0-9 are digits here
    ],
)
def test_refused_with_a_reason(text, key, fields):
    with pytest.raises(DateError) as caught:
        parse_date(text, TODAY)
    assert caught.value.key == key
    assert caught.value.fields == fields


#: One text for each reason a date is refused.
EVERY_REASON = (
    "", "31-09-2027", "31-02", "32-01-2027", "24-13-2027", "12/24/2026", "24122026", "24-12-202",
    "9999-12-24", "24 foo 2026", "næste fredag",
)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_reason_has_a_few_words_for_the_line_beside_a_field(lang):
    """Beside a date field (58 columns at 80) "Ikke gemt: " and the reason
    fit one line, so a wrong date never pushes the form down."""
    keys = set()
    for text in EVERY_REASON:
        with pytest.raises(DateError) as caught:
            parse_date(text, TODAY)
        keys.add(caught.value.key)
        short = caught.value.short_text(lang)
        assert short and "{" not in short and len(short) <= 30, (text, short)
    raised = set(re.findall(r'DateError\("(date\.[a-z_]+)"', (SRC / "domain" / "dates.py").read_text()))
    assert keys == raised


def test_a_short_reason_names_the_month():
    with pytest.raises(DateError) as caught:
        parse_date("31-09-2027", TODAY)
    assert caught.value.short_text("da") == "kun 30 dage i september"
    assert caught.value.short_text("en") == "only 30 days in September"


def test_reasons_are_localized_and_name_the_month():
    with pytest.raises(DateError) as caught:
        parse_date("31-02-2027", TODAY)
    assert caught.value.text("da") == "Den dato findes ikke: februar 2027 har kun 28 dage."
    assert caught.value.text("en") == "That date does not exist: February 2027 has only 28 days."


def test_reason_in_the_interface_language(english):
    with pytest.raises(DateError) as caught:
        parse_date("13-13-2027", TODAY)
    assert str(caught.value) == "There is no month 13. The month is 1-12."


def test_a_date_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_date("nonsense", TODAY)


def test_hostile_text_is_quoted_as_is_and_shortened():
    text = "[bold]x[/] \x1b[31m 😀 æøå " + "z" * 100
    with pytest.raises(DateError) as caught:
        parse_date(text, TODAY)
    quoted = caught.value.fields["text"]
    assert quoted.startswith("[bold]x[/]") and quoted.endswith("…") and len(quoted) == 30
    assert quoted in caught.value.text("da")


@pytest.mark.parametrize(
    "value, da, en",
    [
        (XMAS, "24. dec. 2026", "24 Dec 2026"),
        (dt.date(2027, 5, 1), "1. maj 2027", "1 May 2027"),
        (dt.date(2027, 3, 9), "9. mar. 2027", "9 Mar 2027"),
        (dt.date(2027, 10, 31), "31. okt. 2027", "31 Oct 2027"),
    ],
)
def test_format_date(value, da, en):
    assert format_date(value, "da") == da
    assert format_date(value, "en") == en


def test_format_date_in_the_interface_language(english):
    assert format_date(XMAS) == "24 Dec 2026"


def test_format_input():
    assert format_input(dt.date(2027, 2, 1), "da") == "01-02-2027"
    assert format_input(dt.date(2027, 2, 1), "en") == "2027-02-01"


@given(dates)
def test_round_trip_iso_and_danish_numeric(value):
    assert parse_date(value.isoformat(), TODAY) == value
    for sep in "-./":
        assert parse_date(value.strftime(f"%d{sep}%m{sep}%Y"), TODAY) == value
        assert parse_date(f"{value.day}{sep}{value.month}{sep}{value.year}", TODAY) == value


@given(dates, st.sampled_from(["da", "en"]))
def test_round_trip_of_what_is_shown(value, lang):
    assert parse_date(format_date(value, lang), TODAY) == value
    assert parse_date(format_input(value, lang), TODAY) == value


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_round_trip_two_digit_years(value):
    assert parse_date(value.strftime("%d-%m-%y"), TODAY) == value


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2190, 1, 1)), st.dates())
def test_without_a_year_the_next_date_within_a_year(today, value):
    if (value.month, value.day) == (2, 29):
        value = value.replace(day=28)
    found = parse_date(f"{value.day}.{value.month}", today)
    assert (found.month, found.day) == (value.month, value.day)
    assert dt.timedelta(0) <= found - today <= dt.timedelta(days=365)


_date_like = st.lists(
    st.one_of(
        st.integers(-5, 10000).map(str),
        st.sampled_from(["-", ".", "/", " ", ",", "–", "dec", "maj", "i dag", "den", "d.", ":", "x", "\x00", "٣"]),
    ),
    max_size=7,
).map("".join)


@given(st.one_of(st.text(), _date_like))
def test_parse_raises_nothing_but_date_error(text):
    try:
        value = parse_date(text, TODAY)
    except DateError as error:
        assert error.text("da") and error.text("en")
    else:
        assert MIN_YEAR <= value.year <= MAX_YEAR
