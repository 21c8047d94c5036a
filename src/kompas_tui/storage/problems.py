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
wording (expected and found texts, unreadable files, TOML syntax errors) in
`kompas_tui.problem_text`, shared with the report importers.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.problem_text import cannot_read_problem, describe_value, expected_text, toml_decode_problem
from kompas_tui.toml_locations import Loc, TomlLineIndex, field_path

# storage.migrations imports the line index and describe_value from here.
__all__ = ["TomlLineIndex", "describe_value", "read_toml", "validation_problems"]


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
        data = _parse(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError([toml_decode_problem(exc, file, text)]) from None
    except RecursionError:  # absurdly deep nesting
        raise InputError([Problem(file=file, message=t("errors.toml_too_deep"))]) from None
    return data, text


def _parse(text: str) -> dict[str, Any]:
    """`tomllib.loads`, sped up by `tomli` when it is installed: the same
    parser (tomllib is tomli, vendored), but its wheels are compiled, about
    3× faster. Parsing is nine tenths of loading a session (a 200-action,
    20-round session: 28 of 32 ms; benchmarks/session_io.py). A document
    tomli refuses is parsed again by tomllib, so every problem is reported
    in tomllib's words (they are the catalog's keys)."""
    fast = _fast_loads()
    if fast is not None:
        try:
            return fast(text)
        except Exception:  # tomli's own error class: let tomllib tell it
            pass
    return tomllib.loads(text)


@functools.cache
def _fast_loads() -> Callable[[str], dict[str, Any]] | None:
    # Imported on the first file read, not at start-up.
    try:
        from tomli import loads
    except ImportError:
        return None
    return loads


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
