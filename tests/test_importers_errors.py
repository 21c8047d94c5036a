"""Broken report files: every problem is reported at once, with file, line and
field, and nothing is imported (SPEC §6, §7)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import set_language
from kompas_tui.importers import load_report

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
HEADER = "enhed;maaling;inviterede;besvarede;tema;spm_id;spoergsmaal;type;skala;retning;n;gns;kommune_gns;farve;antal_ja"


# Assert on the English texts (conftest puts the language back).
pytestmark = pytest.mark.usefixtures("english")


def problems(path: Path | str) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_report(path)
    assert caught.value.problems, "an InputError always has problems"
    return caught.value.problems


def csv_problems(tmp_path: Path, text: str | bytes, name: str = "report.csv") -> list[Problem]:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return problems(path)


def row(**cells: str) -> str:
    """A data row under HEADER; unnamed cells get a valid default."""
    values = {
        "enhed": "U",
        "maaling": "M",
        "inviterede": "10",
        "besvarede": "8",
        "tema": "T",
        "spm_id": "Q1",
        "spoergsmaal": "Tekst",
        "type": "skala",
        "skala": "1-5",
        "retning": "hoej",
        "n": "8",
        "gns": "3,5",
        "kommune_gns": "",
        "farve": "",
        "antal_ja": "",
    }
    values.update(cells)
    return ";".join(values[name] for name in HEADER.split(";"))


def one_cell_problem(tmp_path: Path, **cells: str) -> Problem:
    found = csv_problems(tmp_path, f"{HEADER}\n{row(**cells)}\n")
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


# --- whole-file problems -----------------------------------------------------


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.csv"
    (problem,) = problems(path)
    assert problem.file == str(path) and "does not exist" in problem.message


def test_path_is_reported_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (problem,) = problems(Path("sub") / "nowhere.csv")
    assert problem.file == os.path.join("sub", "nowhere.csv")
    assert str(problem).startswith(os.path.join("sub", "nowhere.csv") + ": ")


@pytest.mark.parametrize("name", ["folder.csv", "folder"])
def test_folder(tmp_path, name):
    (tmp_path / name).mkdir()
    (problem,) = problems(tmp_path / name)
    assert "folder" in problem.message


@pytest.mark.unprivileged
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.csv"
    path.write_text(f"{HEADER}\n{row()}\n", encoding="utf-8")
    path.chmod(0)
    try:
        (problem,) = problems(path)
    finally:
        path.chmod(0o600)
    assert "permission denied" in problem.message


def test_unreadable_file_when_permission_is_denied(tmp_path, fail_open):
    path = tmp_path / "secret.csv"
    path.write_text("x", encoding="utf-8")
    fail_open(path, errno.EACCES)
    (problem,) = problems(path)
    assert problem.file == str(path) and "permission denied" in problem.message


@pytest.mark.parametrize(("name", "found"), [("report.xls", "'.xls'"), ("report.txt", "'.txt'"), ("report", "without")])
def test_unknown_suffix(tmp_path, name, found):
    (tmp_path / name).write_bytes(b"enhed;tema\n")
    (problem,) = problems(tmp_path / name)
    assert ".csv, .xlsx or .toml" in problem.expected and found in problem.found


@pytest.mark.parametrize("name", ["nope", "nope.xls"])
def test_a_missing_file_is_missing_whatever_its_name(tmp_path, name):
    (problem,) = problems(tmp_path / name)
    assert "does not exist" in problem.message


def test_suffix_is_case_insensitive(tmp_path):
    path = tmp_path / "REPORT.CSV"
    path.write_text(f"{HEADER}\n{row()}\n", encoding="utf-8")
    assert load_report(path).unit == "U"


@pytest.mark.parametrize("content", [b"", b"   \r\n\n  \t\n", b";;;\n;;\n"])
def test_empty_file(tmp_path, content):
    (problem,) = csv_problems(tmp_path, content)
    assert "empty" in problem.message


def test_only_a_header(tmp_path):
    (problem,) = csv_problems(tmp_path, HEADER + "\r\n\r\n")
    assert problem.line == 1 and "no rows" in problem.message


def test_bytes_that_are_neither_utf8_nor_cp1252(tmp_path):
    data = f"{HEADER}\n{row()}\n".encode() + b"U;M;\x81\x8d;x\n"
    (problem,) = csv_problems(tmp_path, data)
    assert problem.line == 3
    assert "UTF-8 or Windows-1252" in problem.expected and "0x81" in problem.found


def test_binary_file(tmp_path):
    (problem,) = csv_problems(tmp_path, b"PK\x03\x04\x00\x00garbage\n\x00\x01")
    assert problem.line == 1 and "binary" in problem.found


# --- the header ----------------------------------------------------------------


def test_missing_required_columns_name_the_header_line(tmp_path):
    found = csv_problems(tmp_path, "maaling;spm_id;skala;gns\r\nM;Q1;1-5;4\r\n")
    assert [(p.line, p.field) for p in found] == [(1, "enhed"), (1, "tema")]
    assert "a column 'enhed'" in str(found[0]) and "no such column" in str(found[0])


def test_missing_columns_are_named_in_the_files_language(tmp_path):
    found = csv_problems(tmp_path, "measurement,question_id,scale,mean\nM,Q1,1-5,4\n")
    assert [p.field for p in found] == ["unit", "theme"]


def test_missing_mean_column_is_one_problem(tmp_path):
    found = csv_problems(tmp_path, "enhed;tema;spm_id;skala\nU;T;Q1;1-5\nU;T;Q2;1-5\n")
    assert [(p.line, p.field) for p in found] == [(1, "gns")]


def test_duplicate_column(tmp_path):
    found = csv_problems(tmp_path, "enhed;tema;spm_id;skala;gns;mean\nU;T;Q1;1-5;4;4\n")
    assert [(p.line, p.field) for p in found] == [(1, "mean")]
    assert "twice" in found[0].message and "'gns'" in found[0].message


def test_misspelt_column_is_not_silently_ignored(tmp_path):
    found = csv_problems(tmp_path, "enhed;tema;spm_id;skala;gns;forige_gns\nU;T;Q1;1-5;4;3\n")
    assert [(p.line, p.field) for p in found] == [(1, "forige_gns")]
    assert "'forrige_gns'" in found[0].expected


# --- rows ----------------------------------------------------------------------


def test_wrong_number_of_fields(tmp_path):
    text = f"{HEADER}\n{row()}\nU;M;10\n{row()};extra\n{row(spm_id='Q2')};;\n"
    found = csv_problems(tmp_path, text)
    assert [p.line for p in found] == [3, 4]
    assert found[0].expected == "as many fields as the header line (15), separated by ';'"
    assert found[0].found == "3 on this line" and found[1].found == "16 on this line"


def test_comma_file_with_unquoted_decimal_commas(tmp_path):
    text = "unit,theme,question_id,scale,mean\nU,T,Q1,1-5,3,5\n"
    (problem,) = csv_problems(tmp_path, text)
    assert problem.line == 2 and "header line (5), separated by ','" in problem.expected


@pytest.mark.parametrize(
    ("cells", "field", "expected", "found"),
    [
        ({"gns": "abc"}, "gns", "a number", "'abc'"),
        ({"gns": "3,5,1"}, "gns", "a number", "'3,5,1'"),
        ({"gns": "5,5"}, "gns", "a number from 1 to 5", "'5,5'"),
        ({"gns": "0"}, "gns", "a number from 1 to 5", "'0'"),
        ({"skala": "1-7", "gns": "7,01"}, "gns", "from 1 to 7", "'7,01'"),
        ({"skala": "0-100", "gns": "100.5"}, "gns", "from 0 to 100", "'100.5'"),
        ({"kommune_gns": "6"}, "kommune_gns", "from 1 to 5", "'6'"),
        ({"gns": ""}, "gns", "mean", "an empty cell"),
        ({"skala": ""}, "skala", "a scale", "an empty cell"),
        ({"skala": "1-10"}, "skala", "'1-5', '1-7' or '0-100'", "'1-10'"),
        ({"retning": "op"}, "retning", "'hoej'/'high' or 'lav'/'low'", "'op'"),
        ({"type": "spørgsmål"}, "type", "'skala'/'scale'", "'spørgsmål'"),
        ({"farve": "blå"}, "farve", "'grøn'/'green'", "'blå'"),
        ({"n": "-1"}, "n", "a whole number, 0 or more", "'-1'"),
        ({"n": "2,5"}, "n", "a whole number", "'2,5'"),
        ({"inviterede": "ti"}, "inviterede", "a whole number", "'ti'"),
        ({"besvarede": "11"}, "besvarede", "at most 10", "'11'"),
        ({"type": "haendelse", "gns": "", "antal_ja": ""}, "antal_ja", "exposed", "an empty cell"),
        ({"type": "haendelse", "gns": "", "antal_ja": "-2"}, "antal_ja", "0 or more", "'-2'"),
        ({"enhed": ""}, "enhed", "the unit's name", "an empty cell"),
        ({"tema": ""}, "tema", "the theme's name", "an empty cell"),
    ],
)
def test_bad_cell(tmp_path, cells, field, expected, found):
    problem = one_cell_problem(tmp_path, **cells)
    assert (problem.line, problem.field) == (2, field)
    assert expected in problem.expected
    assert problem.found == found
    assert str(problem).startswith(f"{tmp_path / 'report.csv'}:2: field '{field}': expected ")


@pytest.mark.parametrize(
    ("column", "first", "second"),
    [("enhed", "A", "B"), ("maaling", "2025", "2026"), ("inviterede", "10", "12"), ("besvarede", "8", "9")],
)
def test_report_columns_must_agree(tmp_path, column, first, second):
    text = f"{HEADER}\n{row(**{column: first})}\n{row(spm_id='Q2', **{column: second})}\n"
    (problem,) = csv_problems(tmp_path, text)
    assert (problem.line, problem.field) == (3, column)
    assert problem.expected == f"the same value as on line 2 ('{first}')"
    assert problem.found == f"'{second}'"


def test_theme_numbers_must_agree(tmp_path):
    text = "enhed;tema_nr;tema;spm_id;skala;gns\nU;1;T;Q1;1-5;4\nU;2;T;Q2;1-5;4\n"
    (problem,) = csv_problems(tmp_path, text)
    assert (problem.line, problem.field) == (3, "tema_nr")


def test_duplicate_question_id(tmp_path):
    text = f"{HEADER}\n{row()}\n{row(tema='Other')}\n{row(spm_id='Q2')}\n"
    (problem,) = csv_problems(tmp_path, text)
    assert (problem.line, problem.field) == (3, "spm_id")
    assert "line 2" in problem.expected and problem.found == "'Q1'"


def test_two_rows_for_one_theme(tmp_path):
    text = "enhed;tema;skala;gns\nU;T;1-5;4\nU;T;1-5;3\n"
    (problem,) = csv_problems(tmp_path, text)
    assert (problem.line, problem.field) == (3, "tema") and "line 2" in problem.expected


def test_theme_row_needs_scale_and_mean(tmp_path):
    found = csv_problems(tmp_path, "enhed;tema;skala;gns\nU;A;;4\nU;B;1-5;\n")
    assert [(p.line, p.field) for p in found] == [(2, "skala"), (3, "gns")]


def test_missing_unit_everywhere(tmp_path):
    text = f"{HEADER}\n{row(enhed='')}\n{row(enhed='', spm_id='Q2')}\n"
    (problem,) = csv_problems(tmp_path, text)
    assert (problem.line, problem.field) == (2, "enhed") and "unit" in problem.expected


def test_one_bad_cell_is_one_problem(tmp_path):
    # A bad scale must not also give "mean out of range" or "scale missing".
    (problem,) = csv_problems(tmp_path, f"{HEADER}\n{row(skala='1-9', gns='8')}\n")
    assert problem.field == "skala"


def test_every_problem_is_collected_and_sorted_by_line():
    found = problems(FIXTURES / "broken.csv")
    assert [(p.line, p.field) for p in found] == [
        (2, "gns"),
        (3, "skala"),
        (3, "retning"),
        (3, "n"),
        (3, "enhed"),
        (3, "spm_id"),
        (4, "gns"),
        (5, None),
    ]
    assert all(p.file == str(FIXTURES / "broken.csv") for p in found)


def test_found_values_are_short_and_escaped(tmp_path):
    problem = one_cell_problem(tmp_path, gns="\x1b[31mred\x07")
    assert problem.found == repr("\x1b[31mred\x07")
    assert "\x1b" not in str(problem) and "\x07" not in str(problem)
    long_problem = one_cell_problem(tmp_path, farve="x" * 500)
    assert len(long_problem.found) < 50 and long_problem.found.endswith("…")


def test_messages_in_danish(tmp_path):
    set_language("da")
    problem = one_cell_problem(tmp_path, gns="abc")
    assert str(problem) == f"{tmp_path / 'report.csv'}:2: felt 'gns': forventede et tal (med decimalkomma eller -punktum), fandt 'abc'"


def test_only_a_header_with_a_misspelt_column(tmp_path):
    found = csv_problems(tmp_path, "enhed;tema;gnss\n")
    assert [(p.line, p.field) for p in found] == [(1, "gnss"), (1, None)]
    assert "no rows" in found[1].message


def test_every_row_with_the_wrong_field_count(tmp_path):
    found = csv_problems(tmp_path, "enhed;tema;gns\nU;T\nU\n")
    assert [p.line for p in found] == [2, 3]


@pytest.mark.parametrize(
    ("count", "da", "en"),
    [
        (
            1,
            "forventede lige så mange felter som overskriftslinjen (3), adskilt af ';', fandt 1 i denne linje",
            "expected as many fields as the header line (3), separated by ';', found 1 on this line",
        ),
        (
            2,
            "forventede lige så mange felter som overskriftslinjen (3), adskilt af ';', fandt 2 i denne linje",
            "expected as many fields as the header line (3), separated by ';', found 2 on this line",
        ),
    ],
)
def test_field_count_reads_right_for_one_and_more(tmp_path, count, da, en):
    """No "fandt 1 felter" / "found 1 fields"."""
    line = ";".join(["U", "T"][:count])
    for lang, text in (("da", da), ("en", en)):
        set_language(lang)
        (problem,) = csv_problems(tmp_path, f"enhed;tema;gns\n{line}\n")
        assert str(problem) == f"{tmp_path / 'report.csv'}:2: {text}", lang


def test_a_header_of_one_column_reads_right(tmp_path):
    set_language("da")
    (problem,) = csv_problems(tmp_path, "enhed\nU;T\n")
    assert problem.expected == "lige så mange felter som overskriftslinjen (1), adskilt af ';'"
    assert "1 felter" not in str(problem)


@pytest.mark.parametrize(
    ("make", "da", "en"),
    [
        (lambda tmp_path: tmp_path / "nowhere.csv", "Filen findes ikke.", "The file does not exist."),
        (lambda tmp_path: tmp_path / "folder.toml", "Det er en mappe, ikke en fil.", "This is a folder, not a file."),
        (
            lambda tmp_path: tmp_path / "file.txt" / "report.csv",
            "Filen kan ikke læses: en del af stien er en fil, ikke en mappe.",
            "The file cannot be read: part of the path is a file, not a folder.",
        ),
    ],
)
def test_unreadable_files_in_both_languages(tmp_path, make, da, en):
    (tmp_path / "folder.toml").mkdir()
    (tmp_path / "file.txt").write_text("x")
    path = make(tmp_path)
    for lang, text in (("da", da), ("en", en)):
        set_language(lang)
        (problem,) = problems(path)
        assert (problem.file, problem.message) == (str(path), text), lang


def test_a_rare_read_error_is_named_by_its_errno_not_in_english(tmp_path, fail_open):
    path = tmp_path / "report.csv"
    path.write_text("x", encoding="utf-8")
    fail_open(path, errno.EIO)
    set_language("da")
    (problem,) = problems(path)
    assert problem.message == "Filen kan ikke læses: læsefejl på disken eller drevet."
    assert os.strerror(errno.EIO) not in str(problem)
