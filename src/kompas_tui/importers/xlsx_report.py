"""XLSX reports: the CSV columns on the workbook's first sheet (SPEC §6).

Cells may hold numbers or text; each is turned into the text a CSV file would
hold, so the rules in `rows.py` apply unchanged. Lines in problems are sheet
row numbers. openpyxl is imported here only, when an XLSX file is read, to
keep the app's start-up fast.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from kompas_tui.domain.report import Report
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.importers.columns import read_header
from kompas_tui.importers.rows import Row, build_report

#: Danish Excel turns a typed "1-5" into the date 1 May; (day, month) -> scale.
_SCALE_DATES = {(1, 5): "1-5", (5, 1): "1-5", (1, 7): "1-7", (7, 1): "1-7"}


def read_xlsx_report(data: bytes, file: str) -> Report:
    if not data:
        raise InputError([Problem(file, message=t("errors.file_empty"))])
    sheet_rows = _sheet_rows(data, file)
    numbered = [(number, cells) for number, cells in enumerate(sheet_rows, start=1) if _has_content(cells)]
    if not numbered:
        raise InputError([Problem(file, message=t("errors.sheet_empty"))])

    header_line, header_values = numbered[0]
    header, problems = read_header([cell_text(value) for value in header_values], header_line, file)
    rows: list[Row] = []
    for number, cells in numbered[1:]:
        row = {}
        for column, index in header.index.items():
            value = cells[index] if index < len(cells) else None
            row[column] = cell_text(value, column)
        rows.append((number, row))
    return build_report(file, header, rows, problems)


def _sheet_rows(data: bytes, file: str) -> list[tuple[object, ...]]:
    import openpyxl  # lazily: see the module docstring

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise InputError([_not_xlsx(file, t("errors.found.not_zip"))]) from None
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise InputError([_not_xlsx(file, t("errors.found.damaged", detail=type(exc).__name__))]) from None
    try:
        if not workbook.worksheets:
            raise InputError([Problem(file, message=t("errors.sheet_empty"))])
        sheet = workbook.worksheets[0]
        # Some writers record a wrong sheet size; read every row there is.
        sheet.reset_dimensions()
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable zip
        raise InputError([_not_xlsx(file, t("errors.found.damaged", detail=type(exc).__name__))]) from None
    finally:
        workbook.close()


def _not_xlsx(file: str, found: str) -> Problem:
    return Problem(file, expected=t("errors.expect.xlsx"), found=found)


def _has_content(cells: tuple[object, ...]) -> bool:
    return any(cell_text(value) for value in cells)


def cell_text(value: object, column: str = "") -> str:
    """A cell as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.date):
        if column == "scale" and (value.day, value.month) in _SCALE_DATES:
            return _SCALE_DATES[(value.day, value.month)]
        if isinstance(value, dt.datetime) and value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)
