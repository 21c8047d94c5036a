"""Report importers: `load_report(path)` reads a .csv, .xlsx or .toml report.

Every failure is one `InputError` listing every problem found (file, line,
field, expected, found); nothing is ever half-imported. The format modules are
imported only when a file of their kind is read, so importing this package
costs next to nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kompas_tui.domain.report import Report
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.importers.problems import quote

__all__ = ["REPORT_SUFFIXES", "load_report"]

#: File name endings load_report understands (compared without case).
REPORT_SUFFIXES = (".csv", ".xlsx", ".toml")


def load_report(path: Path | str) -> Report:
    """The report in `path`; `Report.source` is set to the file's name.

    Problems name the file as `path` was given.
    """
    path = Path(path)
    file = str(path)
    reader = _reader_for(path.suffix.lower())
    if _is_folder(path):
        raise InputError([Problem(file, message=t("errors.file_is_folder"))])
    from kompas_tui.importers.files import read_bytes

    if reader is None:
        if not path.exists():
            read_bytes(path, file)  # says the file does not exist, like for a .csv
        found = quote(path.suffix) if path.suffix else t("errors.found.no_suffix")
        raise InputError([Problem(file, expected=t("errors.expect.report_suffix"), found=found)])

    report = reader(read_bytes(path, file), file)
    report.source = path.name
    return report


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. no access to a parent folder: read_bytes says so
        return False


def _reader_for(suffix: str) -> Callable[[bytes, str], Report] | None:
    if suffix == ".csv":
        from kompas_tui.importers.csv_report import read_csv_report

        return read_csv_report
    if suffix == ".xlsx":
        from kompas_tui.importers.xlsx_report import read_xlsx_report

        return read_xlsx_report
    if suffix == ".toml":
        from kompas_tui.importers.toml_report import read_toml_report

        return read_toml_report
    return None
