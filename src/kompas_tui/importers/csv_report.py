"""CSV reports, as Danish and English Excel save them (SPEC §6).

The separator (`;` from Danish Excel, `,` elsewhere, or tab) is taken from
the header line; decimal comma or point is left to the cell parsers.
"""

from __future__ import annotations

import csv
import io
import re

from kompas_tui.domain.report import Report
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.importers.columns import read_header
from kompas_tui.importers.files import decode_text
from kompas_tui.importers.rows import Row, build_report

SEPARATORS = (";", ",", "\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_csv_report(data: bytes, file: str) -> Report:
    text = decode_text(data, file)
    if not text.strip():
        raise InputError([Problem(file, message=t("errors.file_empty"))])
    separator = sniff_separator(text)
    records, problems = _records(text, separator, file)
    if not records:
        # Only separators and blank lines.
        raise InputError(problems or [Problem(file, message=t("errors.file_empty"))])

    header_line, header_cells = records[0]
    header, header_problems = read_header(header_cells, header_line, file)
    problems.extend(header_problems)
    # Trailing empty header cells (a stray separator at the end) do not count.
    width = max((i + 1 for i, cell in enumerate(header_cells) if cell.strip()), default=0)

    rows: list[Row] = []
    for line, cells in records[1:]:
        extra = cells[width:]
        if len(cells) < width or any(cell.strip() for cell in extra):
            problems.append(
                Problem(
                    file,
                    line,
                    expected=t("errors.expect.field_count", count=width, separator=_separator_name(separator)),
                    found=t("errors.found.field_count", count=len(cells)),
                )
            )
            continue
        rows.append((line, {column: cells[i] for column, i in header.index.items()}))
    return build_report(file, header, rows, problems)


def sniff_separator(text: str) -> str:
    """The separator used most in the first non-blank line, outside quotes."""
    first = next((line for line in _LINE_BREAK.split(text) if line.strip()), "")
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ";"


def _records(text: str, separator: str, file: str) -> tuple[list[tuple[int, list[str]]], list[Problem]]:
    """Non-blank records with the file line each starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records: list[tuple[int, list[str]]] = []
    problems: list[Problem] = []
    last_line = 0
    try:
        for cells in reader:
            start, last_line = last_line + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
    except csv.Error as exc:
        # The csv module cannot resume after this (e.g. a runaway quoted field).
        problems.append(Problem(file, last_line + 1, message=t("errors.csv_unreadable", detail=str(exc))))
    return records, problems


def _separator_name(separator: str) -> str:
    return t("errors.separator_tab") if separator == "\t" else f"'{separator}'"
