"""XLSX reports: the CSV columns on the workbook's first sheet (SPEC §6).

Cells may hold numbers or text; each is turned into the text a CSV file would
hold, so the rules in `rows.py` apply unchanged. Lines in problems are sheet
row numbers. openpyxl is imported here only, when an XLSX file is read, to
keep the app's start-up fast.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from kompas_tui.domain.report import Report
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.importers.columns import read_header
from kompas_tui.importers.rows import Row, build_report

#: Danish Excel turns a typed "1-5" into the date 1 May; (day, month) -> scale.
_SCALE_DATES = {(1, 5): "1-5", (5, 1): "1-5", (1, 7): "1-7", (7, 1): "1-7"}

# A unit's report is a few hundred rows of some fifteen columns: a
# 200-question report is 3,000 cells, 120 KB of sheet XML. An XLSX is a zip
# of XML, and openpyxl reads a sheet at about 0.1-1 MB/s (100,000 rows of 12
# cells took 136 s on a loaded 2-core machine; an XLSX bomb of 2.5 MB packed
# and 740 MB unpacked ran for minutes past 1 GB). So the package is checked
# before openpyxl sees it, from the zip's directory (Python's zipfile never
# unpacks more than a member declares) and a count over the unpacked XML,
# in C: benchmarks/hostile_files.py.
#: Parts of the zip: Excel writes about 10; each costs openpyxl a look.
MAX_PARTS = 500
#: Unpacked bytes of all parts together.
MAX_UNPACKED = 16 * 1024 * 1024
#: Rows and cells of any sheet, and strings in the shared string table
#: (openpyxl reads that table whole before any sheet).
MAX_ROWS = 5_000
MAX_CELLS = 60_000
MAX_SHARED_STRINGS = 60_000


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


def _check_package(data: bytes, file: str) -> None:
    """Refuse a workbook beyond the bounds above before it is parsed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError([_not_xlsx(file, t("errors.found.not_zip"))]) from None
    with archive:
        parts = archive.infolist()
        unpacked = sum(part.file_size for part in parts)
        if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED:
            message = t("errors.xlsx_too_big", size=-(-unpacked // 2**20), parts=len(parts),
                        limit=MAX_UNPACKED // 2**20, max_parts=MAX_PARTS)
            raise InputError([Problem(file, message=message)])
        for part in parts:
            counts = _PART_COUNTS.get(_part_kind(part.filename))
            if counts is None:
                continue
            try:
                xml = archive.read(part)
            except Exception as exc:  # a damaged member: BadZipFile, zlib.error, EOFError …
                raise InputError([_not_xlsx(file, t("errors.found.damaged", detail=type(exc).__name__))]) from None
            for pattern, limit, key in counts:
                found = len(pattern.findall(xml))
                if found > limit:
                    message = t(key, part=part.filename, count=found, limit=limit)
                    raise InputError([Problem(file, message=message)])


def _part_kind(name: str) -> str:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return "sheet"
    return "strings" if name == "xl/sharedStrings.xml" else ""


def _element(name: bytes) -> re.Pattern[bytes]:
    """An element's start tag, with or without a namespace prefix."""
    return re.compile(rb"<(?:[\w.-]+:)?" + name + rb"[\s/>]")


_PART_COUNTS = {
    "sheet": (
        (_element(b"row"), MAX_ROWS, "errors.xlsx_too_many_rows"),
        (_element(b"c"), MAX_CELLS, "errors.xlsx_too_many_cells"),
    ),
    "strings": ((_element(b"si"), MAX_SHARED_STRINGS, "errors.xlsx_too_many_strings"),),
}


def _sheet_rows(data: bytes, file: str) -> list[tuple[object, ...]]:
    _check_package(data, file)
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
        # Some writers record a wrong sheet size; read every row there is
        # (fewer than MAX_ROWS, counted above; a row may be written without
        # its tag's usual spelling, so they are counted again here).
        sheet.reset_dimensions()
        rows = []
        for row in sheet.iter_rows(values_only=True):
            if len(rows) >= MAX_ROWS:
                message = t("errors.xlsx_too_many_rows", part=sheet.title, count=f"> {MAX_ROWS}", limit=MAX_ROWS)
                raise InputError([Problem(file, message=message)])
            rows.append(tuple(row))
        return rows
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
