"""Fewer style runs per line, so fewer bytes per line (issue 14).

Textual writes every segment of a line with its whole style, truecolor
foreground and background, and a reset after it: about 40 bytes before
any text. A DataTable row is a dozen segments (each cell, its padding on
both sides, each with its own mouse meta), so a row of 80 cells cost
450-650 bytes, three quarters of them SGR codes. `compact` joins the
segments that look the same: the same style, or blank text whose look
does not depend on the foreground or the weight (a space in bold is a
space). Only what is written changes, never what is seen; the mouse meta
of a joined run is its first segment's (the tables' cursor is a row, so a
click anywhere on the row still picks the row).

`CompactLines`, mixed in before a widget class, compacts the lines its
`render_line` draws, each strip once (the tables cache their lines); the
action lists (plan_list.py) and the line lists (line_table.py) call
`compact` on their rows themselves.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

#: Attributes that show on a blank cell: a blank in one of these differs
#: from a blank without it.
_SHOWN_ON_BLANKS = ("underline", "underline2", "reverse", "strike", "overline", "conceal")

#: Compacted strips kept per widget (by the strip drawn); beyond it, anew.
_CACHED = 300


def _same_look(a: Style | None, b: Style | None) -> bool:
    """Whether text in `a` is written as text in `b` (mouse meta aside)."""
    if a == b:
        return True
    if a is None or b is None or a.link != b.link:
        return False
    return a.clear_meta_and_links() == b.clear_meta_and_links()


def _blank_alike(a: Style | None, b: Style | None) -> bool:
    """Whether a blank drawn in `a` looks the same as one drawn in `b`."""
    if a is None or b is None:
        return a is b
    if a.bgcolor != b.bgcolor:
        return False
    return not any(getattr(a, name) or getattr(b, name) for name in _SHOWN_ON_BLANKS)


def compact(strip: Strip) -> Strip:
    """`strip` with neighbouring segments that look alike joined."""
    runs: list[Segment] = []
    for segment in strip:
        text, style, control = segment
        if runs and not control and not runs[-1].control:
            last_text, last_style, _ = runs[-1]
            if _same_look(style, last_style) or (not text.strip(" ") and _blank_alike(style, last_style)):
                runs[-1] = Segment(last_text + text, last_style)
                continue
            if not last_text.strip(" ") and _blank_alike(style, last_style):
                runs[-1] = Segment(last_text + text, style)
                continue
        runs.append(segment)
    if len(runs) == len(strip._segments):
        return strip
    return Strip(runs, strip.cell_length)


class CompactLines:
    """Mixed in before a widget class: its lines are drawn compacted."""

    _compacted: dict[int, tuple[Strip, Strip]]

    def render_line(self, y: int) -> Strip:
        strip: Strip = super().render_line(y)  # type: ignore[misc]
        cache = self.__dict__.setdefault("_compacted", {})
        known = cache.get(id(strip))
        if known is not None and known[0] is strip:
            return known[1]
        if len(cache) > _CACHED:
            cache.clear()
        compacted = compact(strip)
        cache[id(strip)] = (strip, compacted)
        return compacted


def compact_segments(segments: Any) -> list[Segment]:
    """A line's segments (e.g. a rendered `rich.text.Text`), compacted."""
    return list(compact(Strip(list(segments))))
