"""XLSX reports: the CSV columns on the first sheet; workbooks are written here
with openpyxl rather than kept as binary fixtures."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from kompas_tui.errors import InputError, Problem
from kompas_tui.importers import load_report

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
EXAMPLE = FIXTURES / "example-report.csv"
NUMBER_COLUMNS = {"inviterede", "besvarede", "tema_nr", "n", "gns", "kommune_gns", "forrige_gns", "antal_ja"}


# Assert on the English texts (conftest puts the language back).
pytestmark = pytest.mark.usefixtures("english")


def example_rows(numbers: bool) -> list[list[object]]:
    """The example CSV as sheet rows: numbers as numbers, or as Danish text."""
    rows = list(csv.reader(io.StringIO(EXAMPLE.read_text(encoding="utf-8"), newline=""), delimiter=";"))
    header = rows[0]
    converted: list[list[object]] = [header]
    for row in rows[1:]:
        cells: list[object] = []
        for name, cell in zip(header, row):
            if not cell:
                cells.append(None)
            elif numbers and (name in NUMBER_COLUMNS or name.startswith("fra_")):
                number = float(cell.replace(",", "."))
                cells.append(int(number) if number.is_integer() and "," not in cell else number)
            else:
                cells.append(cell)
        converted.append(cells)
    return converted


def write_xlsx(path: Path, rows: list[list[object]], *, start_row: int = 1, sheets_before: int = 0) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Rapport"
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=start_row + offset, column=column, value=value)
    other = workbook.create_sheet("Noter")
    other["A1"] = "not a report"
    path = Path(path)
    workbook.save(path)
    return path


def problems(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_report(path)
    return caught.value.problems


def same(a, b) -> bool:
    return replace(a, source="") == replace(b, source="")


@pytest.mark.parametrize("numbers", [True, False], ids=["number-cells", "text-cells"])
def test_example_as_xlsx(tmp_path, numbers):
    path = write_xlsx(tmp_path / "report.xlsx", example_rows(numbers))
    report = load_report(path)
    assert same(report, load_report(EXAMPLE))
    assert report.source == "report.xlsx"


def test_empty_rows_are_skipped_and_lines_are_sheet_rows(tmp_path):
    rows = [
        ["enhed", "tema", "spm_id", "skala", "gns"],
        ["U", "T", "Q1", "1-5", 4.5],
        [None, None, None, None, None],
        ["U", "T", "Q2", "1-5", 9],
    ]
    path = write_xlsx(tmp_path / "report.xlsx", rows, start_row=3)
    # Trailing rows that only ever held formatting are empty too.
    workbook = openpyxl.load_workbook(path)
    workbook.active["A40"].number_format = "0.00"
    workbook.active["B41"] = ""
    workbook.save(path)
    (problem,) = problems(path)
    assert (problem.line, problem.field, problem.found) == (6, "gns", "'9'")
    assert problem.file == str(path)


def test_cells_beyond_the_header_are_ignored(tmp_path):
    rows = [["unit", "theme", "question_id", "scale", "mean"], ["U", "T", "Q1", "1-7", 6.25, "a note"]]
    report = load_report(write_xlsx(tmp_path / "report.xlsx", rows))
    assert report.themes[0].questions[0].mean == 6.25


def test_scale_turned_into_a_date_by_excel(tmp_path):
    rows = [
        ["enhed", "tema", "spm_id", "skala", "gns", "maaling"],
        ["U", "T", "Q1", dt.datetime(2026, 5, 1), 4, dt.datetime(2026, 11, 1)],
        ["U", "T", "Q2", dt.datetime(2026, 7, 1), 6, dt.datetime(2026, 11, 1)],
    ]
    report = load_report(write_xlsx(tmp_path / "report.xlsx", rows))
    assert [q.scale for q in report.themes[0].questions] == ["1-5", "1-7"]
    assert report.measurement == "2026-11-01"


def test_bad_cells_name_the_sheet_row_and_header(tmp_path):
    rows = [["Enhed", "Tema", "Spm_id", "Skala", "Gns", "N"], ["U", "T", "Q1", "1-5", "høj", 2.5], ["U", "T", "Q1", "1-5", True, -1]]
    found = problems(write_xlsx(tmp_path / "report.xlsx", rows))
    assert [(p.line, p.field, p.found) for p in found] == [
        (2, "Gns", "'høj'"),
        (2, "N", "'2.5'"),
        (3, "Gns", "'TRUE'"),
        (3, "N", "'-1'"),
        (3, "Spm_id", "'Q1'"),
    ]


def test_only_a_header(tmp_path):
    (problem,) = problems(write_xlsx(tmp_path / "report.xlsx", [["enhed", "tema", "gns"]]))
    assert problem.line == 1 and "no rows" in problem.message


def test_empty_first_sheet(tmp_path):
    (problem,) = problems(write_xlsx(tmp_path / "report.xlsx", []))
    assert "first sheet is empty" in problem.message


def test_empty_file(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"")
    (problem,) = problems(path)
    assert "empty" in problem.message


def test_not_a_zip(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_text("enhed;tema\nU;T\n", encoding="utf-8")
    (problem,) = problems(path)
    assert problem.file == str(path)
    assert "Excel workbook (.xlsx)" in problem.expected and "not a zip" in problem.found


def test_truncated_workbook(tmp_path):
    path = write_xlsx(tmp_path / "report.xlsx", example_rows(True))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    (problem,) = problems(path)
    assert "Excel workbook (.xlsx)" in problem.expected


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    (problem,) = problems(path)
    assert "damaged workbook" in problem.found


def test_openpyxl_is_imported_only_for_xlsx():
    code = (
        "import sys, pathlib\n"
        "from kompas_tui.importers import load_report\n"
        f"load_report(pathlib.Path({str(EXAMPLE)!r}))\n"
        "print('openpyxl' in sys.modules)\n"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "False"
