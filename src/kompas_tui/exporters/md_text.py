"""User text in Markdown, escaped only where Markdown would change it.

A leader opens the minutes in Notepad or Word as often as in a Markdown
viewer, so `Kaffe [/]`, `C++`, `snake_case_word` and `2*3` must read as
typed in the source too; a backslash goes only where CommonMark (with GFM
tables and strikethrough, as markdown-it-py and GitHub render it) would
otherwise make markup of the text.

Whether a character is markup depends on what is around it: a `*` opens
emphasis only when a later `*` can close it, perhaps in another field on the
same line or in the next line of a note; a `#` starts a heading only at the
start of a line. So the exporters do not escape as they assemble: `user`
marks each piece of user text (between two noncharacters, which no user
text keeps), and `finish` escapes every marked piece once the whole
document is there, knowing its line, its neighbours and the paragraph it is
in, then takes the marks away.

What `finish` escapes in user text:

- a backslash before ASCII punctuation or at the end of the text;
- `&` that would start an entity (`&amp;`, `&#169;`);
- `<` that would start HTML or an autolink (`<b>`, `</`, `<!--`, `<http:`);
- `|` in a table row;
- backticks, when the paragraph has another backtick run (a code span);
- `[`, when a `](`, `][` or `]:` follows it in the paragraph (a link or a
  link reference definition);
- runs of `*`, `_`, `~` that can open or close emphasis (CommonMark's
  flanking rules), when the paragraph has an opener before a closer, when
  the run touches a markup character of the same kind, or inside the
  minutes' own `**bold**`;
- at the start of a line's content (after `> `, a list marker or indent):
  a heading's `#`, `>`, a list marker (`-`, `+`, `*`, `1.`, `1)`), a
  thematic break, a setext underline, a code fence, a table's delimiter row;
- at the end of a heading, a closing `#` sequence.

The paragraph is read generously (consecutive non-blank lines up to the
next list item, heading or table row), so a doubt costs a backslash, never
the text. `tests/test_md_text.py` renders hostile text with markdown-it-py
and checks that the text comes back as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kompas_tui.text import REPLACEMENT

OPEN, CLOSE = "\ufdd0", "\ufdd1"
_MARKS = {ord(OPEN): REPLACEMENT, ord(CLOSE): REPLACEMENT}
_PIECE = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_LINK_TAIL = re.compile(r"\](?:[(\[:])")
_DELIMITERS = "*_~"

# The fixed text before a piece that leaves it at the start of a line's content.
_CONTAINER = re.compile(r"^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|[0-9]{1,9}[.)])[ \t]+)?$")
_HEADING_PREFIX = re.compile(r"^[ \t]*#{1,6}[ \t]+$")
# A line that starts a new paragraph (a list item, heading, table row, rule).
_NEW_BLOCK = re.compile(r"^[ \t]*(?:[-+*][ \t]|[0-9]{1,9}[.)][ \t]|#{1,6}[ \t]|\||---)")

_BLOCK_STARTS = (
    (re.compile(r"#{1,6}(?:[ \t]|$)"), 0),  # a heading
    (re.compile(r">"), 0),  # a quote
    (re.compile(r"[-+*](?:[ \t]|$)"), 0),  # a list item
    (re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$"), 0),  # a thematic break
    (re.compile(r"(?:=+|-+)[ \t]*$"), 0),  # a setext underline
    (re.compile(r"(?:`{3,}|~{3,})"), 0),  # a code fence
)
_ORDERED = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")
_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t])(#+)[ \t]*$")


def user(text: str) -> str:
    """`text` marked as user text for `finish`: on one line (white space
    collapsed); "" stays "" (so `user(x) or default` works)."""
    text = " ".join(str(text).translate(_MARKS).split())
    return f"{OPEN}{text}{CLOSE}" if text else ""


def plain(text: str) -> str:
    """A marked text without its marks (for a place that is not Markdown)."""
    return text.replace(OPEN, "").replace(CLOSE, "")


# --- the characters around a delimiter run ------------------------------------------------


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _is_punct(char: str, symbols: bool) -> bool:
    if char in _ASCII_PUNCT:
        return True
    category = unicodedata.category(char) if char else "Zs"
    return category.startswith("P") or (symbols and category.startswith("S"))


def _flanks(before: str, after: str, char: str) -> tuple[bool, bool]:
    """Whether a run of `char` between `before` and `after` can open and can
    close emphasis, under either reading of Unicode symbols (CommonMark
    0.31 counts them as punctuation, older renderers do not)."""
    can_open = can_close = False
    for symbols in (False, True):
        punct_before, punct_after = _is_punct(before, symbols), _is_punct(after, symbols)
        left = not _is_space(after) and (not punct_after or _is_space(before) or punct_before)
        right = not _is_space(before) and (not punct_before or _is_space(after) or punct_after)
        if char == "_":
            can_open |= left and (not right or punct_before)
            can_close |= right and (not left or punct_after)
        else:
            can_open |= left
            can_close |= right
    return can_open, can_close


@dataclass
class _Piece:
    """One marked piece of user text in its line."""

    line: int
    start: int  # where the text starts in the line without marks
    text: str
    escapes: set[int]
    #: Where the text starts in its paragraph (lines joined by newlines).
    paragraph_offset: int = 0


@dataclass
class _Run:
    piece: _Piece
    start: int  # in the piece's text
    end: int
    char: str
    can_open: bool
    can_close: bool
    #: It touches a character of its kind in the minutes' own text (`**`).
    touches: bool


def _split(line: str, number: int) -> tuple[str, list[_Piece], list[bool]]:
    """The line without marks, its pieces, and for each character whether
    it is the minutes' own (fixed) text."""
    out: list[str] = []
    fixed: list[bool] = []
    pieces: list[_Piece] = []
    position = 0
    for match in _PIECE.finditer(line):
        before = line[position : match.start()]
        out.append(before)
        fixed += [True] * len(before)
        start = len(fixed)
        pieces.append(_Piece(number, start, match.group(1), set()))
        out.append(match.group(1))
        fixed += [False] * len(match.group(1))
        position = match.end()
    out.append(line[position:])
    fixed += [True] * (len(line) - position)
    return "".join(out), pieces, fixed


# --- the rules -------------------------------------------------------------------------


def _simple_escapes(piece: _Piece, in_table: bool) -> None:
    text = piece.text
    for index, char in enumerate(text):
        if char == "\\" and (index + 1 == len(text) or text[index + 1] in _ASCII_PUNCT):
            piece.escapes.add(index)
        elif char == "|" and in_table:
            piece.escapes.add(index)
    piece.escapes.update(m.start() for m in _ENTITY.finditer(text))
    piece.escapes.update(m.start() for m in _TAG_START.finditer(text))


def _block_start_escapes(piece: _Piece) -> None:
    """What would begin a block when the piece begins a line's content."""
    text = piece.text
    for pattern, index in _BLOCK_STARTS:
        if pattern.match(text):
            piece.escapes.add(index)
    if match := _ORDERED.match(text):
        piece.escapes.add(match.end())
    if _DELIMITER_ROW.match(text) and "-" in text:
        piece.escapes.add(0)
        piece.escapes.update(i for i, char in enumerate(text) if char == "|")


def _heading_end_escapes(piece: _Piece, rest: str) -> None:
    """A heading's text loses a closing run of '#' (after a space)."""
    if rest.strip():
        return
    if match := _CLOSING_HASHES.search(piece.text):
        piece.escapes.add(match.start(1))


def _runs(piece: _Piece, plain_line: str, fixed: list[bool]) -> list[_Run]:
    """The piece's runs of `*`, `_`, `~` with what they can do."""
    runs: list[_Run] = []
    text, offset = piece.text, piece.start
    index = 0
    while index < len(text):
        char = text[index]
        if char not in _DELIMITERS:
            index += 1
            continue
        end = index
        while end < len(text) and text[end] == char:
            end += 1
        at, after_at = offset + index - 1, offset + end
        before = plain_line[at] if at >= 0 else ""
        after = plain_line[after_at] if after_at < len(plain_line) else ""
        can_open, can_close = _flanks(before, after, char)
        touches = (before == char and fixed[at]) or (after == char and fixed[after_at])
        runs.append(_Run(piece, index, end, char, can_open, can_close, touches))
        index = end
    return runs


def _inside_fixed_strong(piece: _Piece, plain_line: str, fixed: list[bool]) -> bool:
    """True when the piece sits between the minutes' own `**` and `**`."""
    before = "".join(c for c, own in zip(plain_line[: piece.start], fixed) if own)
    return before.count("**") % 2 == 1


def _emphasis_escapes(runs: list[_Run], strong: set[int]) -> None:
    """Escape every run that can open or close, for each kind of
    delimiter whose runs could pair (an opener before a closer)."""
    for char in _DELIMITERS:
        own = [run for run in runs if run.char == char and (run.can_open or run.can_close or run.touches)]
        pairs = any(a.can_open and b.can_close for i, a in enumerate(own) for b in own[i + 1 :])
        for run in own:
            if pairs or run.touches or (char == "*" and id(run.piece) in strong):
                run.piece.escapes.update(range(run.start, run.end))


def _paragraph_escapes(pieces: list[_Piece], text: str, runs: list[_Run], strong: set[int]) -> None:
    """The rules that look at the whole paragraph: code spans, links, emphasis."""
    if text.count("`") and len(re.findall(r"`+", text)) >= 2:
        for piece in pieces:
            piece.escapes.update(i for i, char in enumerate(piece.text) if char == "`")
    for piece in pieces:
        for index, char in enumerate(piece.text):
            if char == "[" and _LINK_TAIL.search(text, piece.paragraph_offset + index):
                piece.escapes.add(index)
    _emphasis_escapes(runs, strong)


# --- the document ------------------------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[list[int]]:
    """Consecutive non-blank lines, split where a list item, heading or
    table row begins (in the minutes' own text)."""
    groups: list[list[int]] = []
    for number, line in enumerate(lines):
        if not plain(line).strip():
            groups.append([])
            continue
        if not groups or not groups[-1] or _NEW_BLOCK.match(line):
            groups.append([])
        groups[-1].append(number)
    return [group for group in groups if group]


def _escaped(piece: _Piece) -> str:
    return "".join(("\\" + char if index in piece.escapes else char) for index, char in enumerate(piece.text))


def _line_pieces(line: str, number: int) -> tuple[str, list[_Piece], list[bool]]:
    plain_line, pieces, fixed = _split(line, number)
    in_table = plain_line.lstrip().startswith("|")
    for piece in pieces:
        _simple_escapes(piece, in_table)
        before = "".join(c for c, own in zip(plain_line[: piece.start], fixed) if own)
        if before == plain_line[: piece.start]:
            if _HEADING_PREFIX.match(before):
                _heading_end_escapes(piece, plain_line[piece.start + len(piece.text) :])
            elif _CONTAINER.match(before):
                _block_start_escapes(piece)
    return plain_line, pieces, fixed


def finish(document: str) -> str:
    """The document with each marked piece of user text escaped where
    Markdown would change it, and the marks taken away."""
    if OPEN not in document:
        return document
    lines = document.split("\n")
    for group in _paragraphs(lines):
        parsed = [_line_pieces(lines[number], number) for number in group]
        text = "\n".join(plain_line for plain_line, _, _ in parsed)
        pieces: list[_Piece] = []
        runs: list[_Run] = []
        strong: set[int] = set()
        offset = 0
        for plain_line, line_pieces, fixed in parsed:
            for piece in line_pieces:
                piece.paragraph_offset = offset + piece.start
                runs += _runs(piece, plain_line, fixed)
                if _inside_fixed_strong(piece, plain_line, fixed):
                    strong.add(id(piece))
            pieces += line_pieces
            offset += len(plain_line) + 1
        _paragraph_escapes(pieces, text, runs, strong)
        for number, (_, line_pieces, _) in zip(group, parsed):
            replacements = iter(_escaped(piece) for piece in line_pieces)
            lines[number] = _PIECE.sub(lambda _match: next(replacements), lines[number])
    return "\n".join(lines)
