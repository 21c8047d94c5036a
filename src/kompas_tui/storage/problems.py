"""Turning bad TOML files into `Problem`s with file, line and field.

Shared by everything that reads TOML into a pydantic model (sessions,
profiles, TOML reports):

- `read_toml(path)` reads and parses, raising `InputError` for unreadable
  files, bad UTF-8 and TOML syntax errors (with the line);
- `validation_problems(exc, file, text)` makes one `Problem` per pydantic
  error, with the dotted field path (`measurements[0].themes[2].name`) and,
  when the TOML text is given, the line that key (or its nearest enclosing
  table) is on;
- `TomlLineIndex(text).line_of(loc)` is that line lookup on its own.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t

Loc = Sequence[str | int]

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
_FOUND_MAX = 60


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
    if column is not None:
        message = t("storage.toml_syntax_at", detail=detail, column=column)
    else:
        message = t("storage.toml_syntax", detail=detail)
    return Problem(file=file, line=line, message=message)


def _last_line(text: str) -> int:
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1))


def field_path(loc: Loc) -> str:
    """("measurements", 0, "themes", 2, "name") -> "measurements[0].themes[2].name"."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def validation_problems(
    exc: ValidationError, file: str, text: str | None = None, *, loc_prefix: Loc = ()
) -> list[Problem]:
    """One Problem per error. `loc_prefix` is where the validated data sits in
    the document, for models validated from a part of it."""
    index = TomlLineIndex(text) if text is not None else None
    problems = []
    for error in exc.errors(include_url=False):
        loc = (*loc_prefix, *error["loc"])
        kind = error["type"]
        found = ""
        if kind == "missing":
            message = t("storage.field_missing")
        elif kind == "extra_forbidden":
            message = t("storage.field_unknown")
        else:
            found = describe_value(error.get("input"))
            message = t("storage.field_invalid", reason=error["msg"], found=found)
        problems.append(
            Problem(
                file=file,
                line=index.line_of(loc) if index else None,
                field=field_path(loc) or None,
                found=found,
                message=message,
            )
        )
    return problems


def describe_value(value: object) -> str:
    """A short, safe rendering of a bad value: repr escapes control
    characters, so a terminal escape in a file cannot style the screen."""
    if isinstance(value, dict):
        return t("storage.value_table")
    if isinstance(value, list):
        return t("storage.value_list")
    text = repr(value)
    return text if len(text) <= _FOUND_MAX else text[: _FOUND_MAX - 1] + "…"


def find_line(text: str, loc: Loc) -> int | None:
    return TomlLineIndex(text).line_of(loc)


class TomlLineIndex:
    """Line numbers of the keys and tables of a TOML text, by resolved path
    (array-of-tables entries get their index, like pydantic's `loc`).

    A small scanner, not a parser: it follows statements, strings and
    brackets well enough to never mistake string content or array items for
    keys, and it only runs when a file already has a problem. Values inside
    inline tables and arrays are found at their key's line.
    """

    def __init__(self, text: str):
        self._lines: dict[tuple[str | int, ...], int] = {}
        self._aot_counts: dict[tuple[str | int, ...], int] = {}
        try:
            self._scan(text)
        except (ValueError, IndexError, tomllib.TOMLDecodeError):
            pass  # keep what was found before the scanner got lost

    def line_of(self, loc: Loc) -> int | None:
        """Line of `loc`, else of its nearest recorded ancestor."""
        parts = tuple(loc)
        for end in range(len(parts), 0, -1):
            line = self._lines.get(parts[:end])
            if line is not None:
                return line
        return None

    # -- scanning ----------------------------------------------------------

    def _record(self, path: tuple[str | int, ...], line: int) -> None:
        self._lines.setdefault(path, line)

    def _resolve(self, keys: Sequence[str]) -> tuple[str | int, ...]:
        """Table path with the current (last) index of every array of tables."""
        path: tuple[str | int, ...] = ()
        for key in keys:
            path += (key,)
            count = self._aot_counts.get(path)
            if count:
                path += (count - 1,)
        return path

    def _scan(self, text: str) -> None:
        current: tuple[str | int, ...] = ()
        pos, line = 0, 1
        end = len(text)
        while pos < end:
            char = text[pos]
            if char == "\n":
                pos, line = pos + 1, line + 1
            elif char in " \t\r":
                pos += 1
            elif char == "#":
                pos = _line_end(text, pos)
            elif char == "[":
                stop = _line_end(text, pos)
                header = _strip_comment(text[pos:stop]).strip()
                if header.startswith("[["):
                    keys = _parse_key(header[2:].rstrip().removesuffix("]]"))
                    table = (*self._resolve(keys[:-1]), keys[-1])
                    index = self._aot_counts.get(table, 0)
                    self._aot_counts[table] = index + 1
                    self._record(table, line)
                    current = (*table, index)
                else:
                    keys = _parse_key(header[1:].rstrip().removesuffix("]"))
                    current = self._resolve(keys)
                self._record(current, line)
                pos = stop
            else:
                equals = _find_equals(text, pos)
                keys = _parse_key(text[pos:equals])
                self._record((*current, *keys), line)
                pos, line = _skip_value(text, equals + 1, line)


def _line_end(text: str, pos: int) -> int:
    stop = text.find("\n", pos)
    return len(text) if stop < 0 else stop


def _strip_comment(header: str) -> str:
    # Headers rarely quote a '#'; good enough for a best-effort line.
    return header.split("#", 1)[0] if '"' not in header and "'" not in header else header


def _find_equals(text: str, pos: int) -> int:
    """Position of the '=' ending the key that starts at `pos`."""
    quote = ""
    while pos < len(text):
        char = text[pos]
        if quote:
            if char == "\\" and quote == '"':
                pos += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "=":
            return pos
        elif char == "\n":
            raise ValueError("key without '='")
        pos += 1
    raise ValueError("key without '='")


def _parse_key(key_text: str) -> list[str]:
    """The parts of a (dotted, possibly quoted) key, as TOML reads them."""
    document = tomllib.loads(f"{key_text.strip()} = 0")
    parts = []
    while isinstance(document, dict):
        (name, document), = document.items()
        parts.append(name)
    return parts


def _skip_value(text: str, pos: int, line: int) -> tuple[int, int]:
    """Skip one value (strings, arrays and inline tables may span lines);
    return the position of the newline ending it, and that line number."""
    depth = 0
    end = len(text)
    while pos < end:
        char = text[pos]
        if char == "\n":
            if depth == 0:
                return pos, line
            line += 1
            pos += 1
        elif char == "#":
            pos = _line_end(text, pos)
        elif char in "[{":
            depth += 1
            pos += 1
        elif char in "]}":
            depth -= 1
            pos += 1
        elif char in "\"'":
            pos, line = _skip_string(text, pos, line)
        else:
            pos += 1
    return pos, line


def _skip_string(text: str, pos: int, line: int) -> tuple[int, int]:
    quote = text[pos]
    delimiter = quote * 3 if text.startswith(quote * 3, pos) else quote
    pos += len(delimiter)
    end = len(text)
    while pos < end:
        char = text[pos]
        if char == "\\" and quote == '"':
            if pos + 1 < end and text[pos + 1] == "\n":
                line += 1
            pos += 2
            continue
        if char == "\n":
            if len(delimiter) == 1:
                return pos, line  # unterminated; stop at the line's end
            line += 1
        elif text.startswith(delimiter, pos):
            pos += len(delimiter)
            # A multi-line string may end with up to two more quotes of content.
            while len(delimiter) == 3 and pos < end and text[pos] == quote:
                pos += 1
            return pos, line
        pos += 1
    return pos, line
