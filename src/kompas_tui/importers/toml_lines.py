"""Where in a TOML file a key is, for problems that name a line.

tomllib returns plain dicts without positions, so this scans the text for
table headers and `key = value` lines and records the line of each place as a
pydantic-style loc: the 3rd `[[themes]]` header is `("themes", 2)`, a `mean`
key under the 1st `[[themes.questions]]` below it is
`("themes", 2, "questions", 0, "mean")`. Best effort: inline tables and
arrays give the line of the key that holds them.
"""

from __future__ import annotations

import re

Loc = tuple[str | int, ...]

_ARRAY_HEADER = re.compile(r"\[\[\s*(.+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"\[\s*(.+?)\s*\]")
#: One part of a key: bare, "basic" or 'literal'.
_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_KEY_LINE = re.compile(rf"({_PART}(?:\s*\.\s*{_PART})*)\s*=(.*)")
_KEY_PART = re.compile(r'"((?:[^"\\]|\\.)*)"' + r"|'([^']*)'|([A-Za-z0-9_-]+)")


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(a or b or c for a, b, c in _KEY_PART.findall(dotted))


class TomlLines:
    def __init__(self, text: str):
        self._lines: dict[Loc, int] = {}
        #: Latest index of each array of tables, by its loc without the index.
        self._latest: dict[Loc, int] = {}
        table: Loc = ()
        open_string: str | None = None  # the quote of a multi-line string we are inside
        for number, line in enumerate(text.split("\n"), start=1):
            if open_string:
                if line.count(open_string) % 2 == 1:
                    open_string = None
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if match := _ARRAY_HEADER.match(stripped):
                table = self._table(_key_parts(match[1]), is_array=True)
                self._lines.setdefault(table, number)
            elif match := _TABLE_HEADER.match(stripped):
                table = self._table(_key_parts(match[1]), is_array=False)
                self._lines.setdefault(table, number)
            elif match := _KEY_LINE.match(stripped):
                self._lines.setdefault(table + _key_parts(match[1]), number)
                for quote in ('"""', "'''"):
                    if match[2].count(quote) % 2 == 1:
                        open_string = quote
                        break

    def _table(self, parts: tuple[str, ...], is_array: bool) -> Loc:
        loc: Loc = ()
        for position, part in enumerate(parts):
            loc += (part,)
            if is_array and position == len(parts) - 1:
                index = self._latest.get(loc, -1) + 1
                self._latest[loc] = index
                loc += (index,)
            elif loc in self._latest:
                loc += (self._latest[loc],)
        return loc

    def line_of(self, loc: Loc) -> int | None:
        """The line of `loc`, or of the nearest enclosing place the file names."""
        for end in range(len(loc), 0, -1):
            line = self._lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def dotted(loc: Loc) -> str:
    """('themes', 2, 'questions', 0, 'mean') -> 'themes[2].questions[0].mean'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
