"""Turning bad TOML files into `Problem`s with file, line and field.

Shared by everything that reads TOML into a pydantic model (sessions,
profiles, TOML reports):

- `read_toml(path)` reads and parses, raising `InputError` for unreadable
  files, bad UTF-8 and TOML syntax errors (with the line);
- `validation_problems(exc, file, text)` makes one `Problem` per pydantic
  error, with the dotted field path (`measurements[0].themes[2].name`), what
  was expected in the interface language and, when the TOML text is given,
  the line that key (or its nearest enclosing table) is on.

The line lookup and field path live in `kompas_tui.toml_locations`; the
expected and found texts in `kompas_tui.importers.problems`, shared with the
TOML report importer.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.importers.problems import describe_value, expected_text
from kompas_tui.toml_locations import Loc, TomlLineIndex, field_path

# storage.migrations imports the line index and describe_value from here.
__all__ = [
    "TomlLineIndex",
    "cannot_read_problem",
    "describe_value",
    "read_toml",
    "toml_decode_problem",
    "validation_problems",
]

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def read_toml(path: Path | str) -> tuple[dict[str, Any], str]:
    """The parsed document and its text. A UTF-8 BOM (Windows editors) is
    accepted. Raises `InputError` with one problem naming file and line."""
    file = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError([cannot_read_problem(file, exc)]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError([Problem(file=file, line=line, message=t("storage.not_utf8"))]) from None
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError([toml_decode_problem(exc, file, text)]) from None
    return data, text


def cannot_read_problem(file: str, exc: OSError) -> Problem:
    return Problem(file=file, message=t("storage.cannot_read", reason=exc.strerror or str(exc)))


def toml_decode_problem(exc: tomllib.TOMLDecodeError, file: str, text: str) -> Problem:
    """tomllib puts the place in its message: "(at line 3, column 5)" or
    "(at end of document)"; move it into the Problem's line."""
    detail = str(exc)
    line: int | None = getattr(exc, "lineno", None)  # Python 3.14+
    column: int | None = getattr(exc, "colno", None)
    if match := _AT_LINE.search(detail):
        line, column = int(match.group(1)), int(match.group(2))
        detail = detail[: match.start()]
    elif match := _AT_END.search(detail):
        line, column = _last_line(text), None
        detail = detail[: match.start()]
    detail = _localised_detail(detail.strip())
    if column is not None:
        message = t("storage.toml_syntax_at", detail=detail, column=column)
    else:
        message = t("storage.toml_syntax", detail=detail)
    return Problem(file=file, line=line, message=message)


def _localised_detail(detail: str) -> str:
    """tomllib words its errors in English; the common ones are in the
    catalog (keyed by tomllib's text), the rare rest stays as it is."""
    from kompas_tui.i18n import catalog, language

    entry = catalog().get("toml:" + detail)
    return entry[language()] if entry else detail


def _last_line(text: str) -> int:
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1))


def validation_problems(
    exc: ValidationError, file: str, text: str | None = None, *, loc_prefix: Loc = ()
) -> list[Problem]:
    """One Problem per error. `loc_prefix` is where the validated data sits in
    the document, for models validated from a part of it."""
    index = TomlLineIndex(text) if text is not None else None
    problems = []
    for error in exc.errors(include_url=False):
        loc = (*loc_prefix, *error["loc"])
        line = index.line_of(loc) if index else None
        field = field_path(loc) or None
        kind = error["type"]
        if kind == "missing":
            problem = Problem(file, line, field, message=t("storage.field_missing"))
        elif kind == "extra_forbidden":
            problem = Problem(file, line, field, message=t("storage.field_unknown"))
        else:
            expected, found = expected_text(error), describe_value(error.get("input"))
            problem = Problem(file, line, field, expected=expected, found=found)
        problems.append(problem)
    return problems
