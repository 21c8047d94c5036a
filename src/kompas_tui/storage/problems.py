"""Turning bad TOML files into `Problem`s with file, line and field.

Shared by everything that reads TOML into a pydantic model (sessions,
profiles, TOML reports):

- `read_toml(path, limit)` reads and parses through `kompas_tui.safe_read`,
  raising `InputError` for unreadable, linked, special or oversized files,
  bad UTF-8, structure beyond the limits, NaN or infinity and TOML syntax
  errors (with the line);
- `validation_problems(exc, file, text)` makes one `Problem` per pydantic
  error, with the dotted field path (`measurements[0].themes[2].name`), what
  was expected in the interface language and, when the TOML text is given,
  the line that key (or its nearest enclosing table) is on.

The line lookup and field path live in `kompas_tui.toml_locations`; the
wording (expected and found texts, unreadable files, TOML syntax errors) in
`kompas_tui.problem_text`, shared with the report importers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompas_tui import safe_read
from kompas_tui.errors import Problem
from kompas_tui.i18n import t
from kompas_tui.problem_text import UNKNOWN_KEY_ERRORS, describe_value, expected_text
from kompas_tui.safe_read import SESSION, Limit, Links
from kompas_tui.toml_locations import Loc, TomlLineIndex, field_path

# storage.migrations imports the line index and describe_value from here.
__all__ = ["TomlLineIndex", "describe_value", "read_toml", "validation_problems"]


def read_toml(path: Path | str, limit: Limit = SESSION, *, links: Links = "refuse") -> tuple[dict[str, Any], str]:
    """The parsed document and its text, read and parsed within `limit`
    (kompas_tui/safe_read.py: no links, FIFOs or devices, bounded size and
    structure, no NaN or infinity). A UTF-8 BOM (Windows editors) is
    accepted. Raises `InputError` with one problem naming file and line."""
    return safe_read.read_toml(path, limit, links=links)


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
        elif kind in UNKNOWN_KEY_ERRORS:
            problem = Problem(file, line, field, message=t("storage.field_unknown"))
        else:
            expected, found = expected_text(error), describe_value(error.get("input"))
            problem = Problem(file, line, field, expected=expected, found=found)
        problems.append(problem)
    return problems
