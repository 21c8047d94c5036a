"""Issue 13, item 7 and the report side of item 3: hostile report files
(XLSX bombs, workbooks of too many cells, FIFOs, oversized CSV), each a real
file refused with one clear line before openpyxl or the parser sees it,
while a good workbook still loads. The files come from
benchmarks/hostile_files.py, which measures what each costs."""

from __future__ import annotations

import importlib.util
import io
import os
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from kompas_tui.errors import InputError
from kompas_tui.importers import load_report, xlsx_report
from pilot_tools import PATIENCE

HERE = Path(__file__).resolve().parent


def _hostile_files():
    spec = importlib.util.spec_from_file_location("hostile_files", HERE.parent / "benchmarks" / "hostile_files.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile_files"] = module
    spec.loader.exec_module(module)
    return module


hostile = _hostile_files()


@pytest.fixture
def no_openpyxl(monkeypatch):
    """Fail the test if the workbook ever reaches openpyxl."""
    import openpyxl

    def refuse(*_args, **_kwargs):
        raise AssertionError("openpyxl was asked to read it")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def refused(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_report(path)
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    return str(problem)


def test_an_xlsx_bomb_is_refused_from_the_zips_directory(tmp_path: Path, english, no_openpyxl) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(hostile.xlsx_bomb(unpacked_mb=40))
    assert path.stat().st_size < 1024 * 1024
    assert refused(path) == (
        f"{path}: The workbook unpacks to 40 MB in 5 parts; a report is at most 16 MB in at most 500 parts."
    )


def test_a_workbook_of_too_many_cells_is_refused_before_parsing(tmp_path: Path, english, no_openpyxl) -> None:
    path = tmp_path / "cells.xlsx"
    path.write_bytes(hostile.xlsx_many_cells(rows=6_000, columns=12))
    assert refused(path) == f"{path}: xl/worksheets/sheet1.xml has 6000 rows; a unit's report has at most 5000."
    path.write_bytes(hostile.xlsx_many_cells(rows=4_000, columns=20))
    assert refused(path) == f"{path}: xl/worksheets/sheet1.xml has 80000 cells; a unit's report has at most 60000."


def test_prefixed_tags_and_shared_strings_are_counted_too(tmp_path: Path, english, no_openpyxl) -> None:
    parts = dict(hostile._WORKBOOK_PARTS)
    rows = b"".join(b"<x:row><x:c><x:v>1</x:v></x:c></x:row>" for _ in range(5_001))
    strings = b"<sst>" + b"<si><t>a</t></si>" * 60_001 + b"</sst>"
    for extra, told in (
        ({"xl/worksheets/sheet1.xml": b"<x:worksheet><x:sheetData>" + rows + b"</x:sheetData></x:worksheet>"},
         "has 5001 rows"),
        ({"xl/sharedStrings.xml": strings}, "has 60001 strings"),
        ({f"xl/media/{n}.bin": b"" for n in range(600)}, "in 604 parts"),
    ):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in {**parts, **extra}.items():
                archive.writestr(name, data)
        path = tmp_path / "odd.xlsx"
        path.write_bytes(out.getvalue())
        assert told in refused(path)


def test_a_good_workbook_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.xlsx"
    path.write_bytes(hostile.good_xlsx())
    report = load_report(path)
    assert report.unit == "Hjemmeplejen Nord" and len(report.themes) == 10


def test_the_bounds_leave_room_for_a_big_units_report() -> None:
    """A 200-question report is 3,000 cells; the bounds are 20 times that."""
    assert xlsx_report.MAX_CELLS >= 20 * 3_000 and xlsx_report.MAX_ROWS >= 20 * 200


@pytest.mark.parametrize("name", ["x.csv", "x.xlsx", "x.toml"])
def test_a_fifo_named_like_a_report_is_refused_without_waiting(tmp_path: Path, english, name: str) -> None:
    path = tmp_path / name
    os.mkfifo(path)
    result: list[object] = []

    def read() -> None:
        try:
            load_report(path)
        except InputError as exc:
            result.append(exc)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(PATIENCE)
    assert not thread.is_alive(), "waited on the FIFO"
    assert "named pipe (FIFO)" in str(result[0])


def test_a_report_bigger_than_any_is_refused_unread(tmp_path: Path, english) -> None:
    path = tmp_path / "big.csv"
    with open(path, "wb") as out:
        out.truncate(4 * 1024 * 1024 + 1)  # sparse: no disk used
    assert refused(path) == f"{path}: The file is too big: a report is at most 4 MB."
