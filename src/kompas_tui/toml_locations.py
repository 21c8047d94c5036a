"""Where a pydantic loc is in a TOML text, and how to name it.

tomllib returns plain dicts without positions, so problems with a TOML file
(sessions, profiles, TOML reports) find their line here:

- `TomlLineIndex(text).line_of(loc)`: the line of a key or table, by its
  resolved path (`("themes", 2, "questions", 0, "mean")`, array-of-tables
  entries get their index, as in pydantic's `loc`);
- `field_path(loc)`: that path as the user reads it,
  `themes[2].questions[0].mean`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence

Loc = Sequence[str | int]


def field_path(loc: Loc) -> str:
    """("measurements", 0, "themes", 2, "name") -> "measurements[0].themes[2].name"."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


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
        #: First line of anything inside a path, for paths the file never
        #: names on their own (`[guidance.card]` is inside `("guidance",)`).
        self._first_inside: dict[tuple[str | int, ...], int] = {}
        self._aot_counts: dict[tuple[str | int, ...], int] = {}
        try:
            self._scan(text)
        except (ValueError, IndexError, tomllib.TOMLDecodeError):
            pass  # keep what was found before the scanner got lost

    def line_of(self, loc: Loc) -> int | None:
        """Line of `loc`; else the first line of a key or table inside it;
        else the same for its nearest ancestor."""
        parts = tuple(loc)
        for end in range(len(parts), 0, -1):
            line = self._lines.get(parts[:end]) or self._first_inside.get(parts[:end])
            if line is not None:
                return line
        return None

    # -- scanning ----------------------------------------------------------

    def _record(self, path: tuple[str | int, ...], line: int) -> None:
        self._lines.setdefault(path, line)
        for end in range(1, len(path)):
            self._first_inside.setdefault(path[:end], line)

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
