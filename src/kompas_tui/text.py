"""Making user text safe to put on screen (and on a terminal's standard output).

Unit, theme and question names come from files anyone can edit. Textual's
own stripping drops control codes silently and shifts styled spans; we make
them visible instead, so a facilitator sees that a name holds something odd
and nothing in it can move the cursor, change colours or reorder the line.
"""

from __future__ import annotations

import unicodedata

#: Shown in place of C1 controls and of Unicode bidi/line controls.
REPLACEMENT = "\ufffd"

# Characters that reorder or break a line although they are not "Cc".
_LAYOUT_CONTROLS = frozenset(
    "\u2028\u2029"  # line and paragraph separator
    "\u200e\u200f\u061c"  # directional marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)


def _placeholder(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␊ for LF
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


def _build_table() -> dict[int, str]:
    table = {code: _placeholder(chr(code)) for code in range(0x20)}
    table[0x7F] = _placeholder("\x7f")
    table.update({code: REPLACEMENT for code in range(0x80, 0xA0)})
    table.update({ord(char): REPLACEMENT for char in _LAYOUT_CONTROLS})
    return table


_TABLE = _build_table()


def safe_text(text: object) -> str:
    """`text` as one line of plain text for the screen: every control
    character (C0, DEL, C1, line separators, bidi controls) replaced by a
    visible placeholder. Markup characters are left alone; render the result
    as text (`Content(...)`, `Text(...)`, `markup=False`), never as markup."""
    return str(text).translate(_TABLE)


def is_unsafe(char: str) -> bool:
    """True for the characters `safe_text` replaces."""
    return unicodedata.category(char) == "Cc" or char in _LAYOUT_CONTROLS


_TABLE_KEEP_NEWLINES = {**_TABLE, ord("\n"): "\n"}


def printable(text: str) -> str:
    """Like `safe_text`, but keeps newlines: for multi-line plain-text output
    (`kompas check`, Markdown) that goes straight to a terminal."""
    return text.translate(_TABLE_KEEP_NEWLINES)
