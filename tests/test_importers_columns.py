"""Header names, cell words and numbers; the error catalog the importers use."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from kompas_tui.i18n import LANGUAGES, set_language, t
from kompas_tui.i18n.errors import MESSAGES
from kompas_tui.importers.columns import (
    COLUMNS,
    HEADER_KEYS,
    fold,
    parse_colour,
    parse_count,
    parse_direction,
    parse_kind,
    parse_number,
    parse_scale,
    read_header,
)
from kompas_tui.problem_text import describe_value, expected_text, quote

SOURCE = Path(__file__).resolve().parents[1] / "src" / "kompas_tui" / "importers"


@pytest.mark.parametrize(
    ("written", "column"),
    [
        ("enhed", "unit"),
        ("Unit", "unit"),
        ("måling", "measurement"),
        ("maaling", "measurement"),
        ("MALING", "measurement"),
        ("spørgsmål", "question"),
        ("spoergsmaal", "question"),
        ("Sporgsmal", "question"),
        ("spm_id", "question_id"),
        ("spm-id", "question_id"),
        ("Question ID", "question_id"),
        ("tema_nr", "theme_no"),
        ("Tema nr.", "theme_no"),
        ("theme_no", "theme_no"),
        ("type", "kind"),
        ("Gns", "mean"),
        ("kommune_gns", "org_mean"),
        ("forrige gns", "previous_mean"),
        ("farve", "colour"),
        ("color", "colour"),
        ("antal_ja", "count_yes"),
        ("fra_underordnede", "from_subordinates"),
        ("from_citizens", "from_citizens"),
        ("\ufeffenhed", None),  # a BOM left in a header is not a column name
    ],
)
def test_header_names(written, column):
    assert HEADER_KEYS.get(fold(written)) == column


def test_every_column_has_danish_and_english_names():
    for column, names in COLUMNS.items():
        assert len(names) >= 2, column
        assert all(HEADER_KEYS[fold(name)] == column for name in names)


def test_read_header_guesses_the_files_language():
    english, problems = read_header(["unit", "theme", "mean", "n"], 1, "f.csv")
    assert not problems and not english.danish and english.name("scale") == "scale"
    danish, problems = read_header(["enhed", "Tema", "gns", "type"], 1, "f.csv")
    assert not problems and danish.danish and danish.name("scale") == "skala"
    assert danish.name("theme") == "Tema"  # as written


@pytest.mark.parametrize(
    ("raw", "value"),
    [("3,9", 3.9), ("3.9", 3.9), (" 4 ", 4.0), ("-1", -1.0), ("\u22121,5", -1.5), (",5", 0.5), ("5,", 5.0), ("1e-05", 1e-05)],
)
def test_numbers(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["", "abc", "3,9,1", "3.9.1", "1 000", "nan", "inf", "1e999", "٣", "3,9 %", "0x10"])
def test_not_numbers(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


@pytest.mark.parametrize(("raw", "value"), [("0", 0), ("21", 21), ("+3", 3), (" 7 ", 7)])
def test_counts(raw, value):
    assert parse_count(raw) == value


@pytest.mark.parametrize("raw", ["-1", "2,5", "2.0", "ti", "", "²"])
def test_not_counts(raw):
    with pytest.raises(ValueError):
        parse_count(raw)


@pytest.mark.parametrize(
    ("parse", "raw", "value"),
    [
        (parse_scale, "1-5", "1-5"),
        (parse_scale, " 1 – 7 ", "1-7"),
        (parse_scale, "0—100", "0-100"),
        (parse_scale, "01-05", "1-5"),
        (parse_kind, "Hændelse", "incident"),
        (parse_kind, "haendelse", "incident"),
        (parse_kind, "INCIDENT", "incident"),
        (parse_kind, "skala", "scale"),
        (parse_direction, "høj", "high"),
        (parse_direction, "HOEJ", "high"),
        (parse_direction, "hoj", "high"),
        (parse_direction, " Lav ", "low"),
        (parse_colour, "grøn", "green"),
        (parse_colour, "groen", "green"),
        (parse_colour, "Gron", "green"),
        (parse_colour, "Rød", "red"),
        (parse_colour, "roed", "red"),
        (parse_colour, "rod", "red"),
        (parse_colour, "Yellow", "yellow"),
    ],
)
def test_words(parse, raw, value):
    assert parse(raw) == value


@pytest.mark.parametrize(
    ("parse", "raw"),
    [(parse_scale, "1-10"), (parse_scale, "5"), (parse_kind, "spm"), (parse_direction, "op"), (parse_colour, "blå")],
)
def test_not_words(parse, raw):
    with pytest.raises(ValueError):
        parse(raw)


def test_quote_escapes_and_shortens():
    assert quote("abc") == "'abc'"
    assert quote("\x1b[2J") == "'\\x1b[2J'"
    assert quote("\u202eevil") == "'\\u202eevil'"
    assert quote("x" * 100) == "'" + "x" * 39 + "'…"


def test_describe_value_spells_values_as_toml_does():
    assert describe_value(True) == "true"
    assert describe_value(2.5) == "2.5"
    assert describe_value("x") == "'x'"
    assert describe_value(None) == t("errors.found.nothing")
    assert describe_value({"a": 1}) == t("errors.found.table")


@pytest.mark.parametrize(
    ("error", "da", "en"),
    [
        ({"type": "missing"}, "en værdi", "a value"),
        ({"type": "extra_forbidden"}, "en kendt nøgle", "a known key"),
        ({"type": "int_parsing"}, "et helt tal", "a whole number"),
        ({"type": "float_type"}, "et tal (med decimalpunktum, fx 3.5)", "a number (with a decimal point, e.g. 3.5)"),
        ({"type": "bool_parsing"}, "true eller false", "true or false"),
        ({"type": "string_type"}, "tekst i anførselstegn", "text in quotes"),
        ({"type": "dict_type"}, "en tabel", "a table"),
        ({"type": "greater_than_equal", "ctx": {"ge": 1}}, "et tal på mindst 1", "a number of at least 1"),
        ({"type": "greater_than", "ctx": {"gt": 0.0}}, "et tal over 0", "a number greater than 0"),
        ({"type": "less_than_equal", "ctx": {"le": 100.0}}, "et tal på højst 100", "a number of at most 100"),
        ({"type": "less_than", "ctx": {"lt": 2.5}}, "et tal under 2.5", "a number less than 2.5"),
        ({"type": "literal_error", "ctx": {"expected": "'report'"}}, '"report"', '"report"'),
        (
            {"type": "literal_error", "ctx": {"expected": "'1-5', '1-7' or '0-100'"}},
            '"1-5", "1-7" eller "0-100"',
            '"1-5", "1-7" or "0-100"',
        ),
        ({"type": "literal_error", "ctx": {"expected": "1 or True"}}, "1 eller true", "1 or true"),
        ({"type": "too_short", "ctx": {"min_length": 1}}, "en liste med mindst ét element", "a list with at least one item"),
        ({"type": "too_short", "ctx": {"min_length": 3}}, "en liste med mindst 3 elementer", "a list with at least 3 items"),
        ({"type": "string_too_short", "ctx": {"min_length": 1}}, "en tekst, der ikke er tom", "a text that is not empty"),
        ({"type": "string_too_short", "ctx": {"min_length": 2}}, "en tekst på mindst 2 tegn", "a text of at least 2 characters"),
        (
            {"type": "datetime_from_date_parsing", "ctx": {"error": "input is too short"}},
            "en dato med klokkeslæt, fx 2026-03-01T09:30:00+01:00",
            "a date and time such as 2026-03-01T09:30:00+01:00",
        ),
        (
            {"type": "value_error", "msg": "Value error, egen tekst", "ctx": {"error": ValueError("egen tekst")}},
            "egen tekst",
            "egen tekst",
        ),
        ({"type": "value_error", "msg": "Value error, egen tekst"}, "egen tekst", "egen tekst"),
        ({"type": "something_new", "msg": "Something new"}, "Something new", "Something new"),
    ],
)
def test_expected_text_of_pydantic_errors(error, da, en):
    for lang, text in (("da", da), ("en", en)):
        set_language(lang)
        assert expected_text(error) == text, lang
    set_language("da")


# --- the catalog ------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_error_messages_exist_in_every_language_with_the_same_fields():
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(texts[lang].strip() for lang in LANGUAGES), key
        assert _fields(texts["da"]) == _fields(texts["en"]), key


def test_every_key_the_importers_use_is_in_the_catalog():
    used = set()
    for path in SOURCE.glob("*.py"):
        used |= set(re.findall(r'"(errors\.[a-z0-9_.]+)"', path.read_text(encoding="utf-8")))
    assert used, "the scan found no keys"
    assert used <= set(MESSAGES), used - set(MESSAGES)
