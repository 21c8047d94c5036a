"""A list of one-line rows with a row cursor that draws only the lines on
screen: the review list and HR's overview, which must show thousands of
sessions at once (SPEC §8), where a DataTable measures every cell.

A subclass says how many rows there are (`row_total`) and what a row looks
like (`row_text`), and may put a title line on top (`HEADER_LINES = 1`,
`header_text`). Rows are rendered once and cached until `forget_lines`.
The cursor shows as reverse bold when focused, underlined when not: never
colour alone (NO_COLOR, TERM=linux).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kompas_tui.widgets.compact_lines import compact_segments


#: Rendered rows kept; beyond it the cache starts again.
_CACHED = 500
#: The widest a list's name column (the unit) gets, however wide the
#: terminal: the columns after it stay beside the names (a longer name is
#: cut with "…", and shown whole under the list).
MAX_NAME_WIDTH = 40


class LineTable(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    LineTable {
        height: 1fr;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        overflow-y: auto;
    }
    LineTable > .line-table--header {
        text-style: bold;
    }
    LineTable > .line-table--even {
        background: $surface-lighten-1 50%;
    }
    LineTable > .line-table--cursor {
        text-style: underline;
    }
    LineTable:focus > .line-table--cursor {
        text-style: reverse bold;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"line-table--header", "line-table--even", "line-table--cursor"}

    CURSOR_BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "cursor(-1000000000)", show=False),
        Binding("end", "cursor(1000000000)", show=False),
    ]

    #: 1: a title line on top that does not scroll away.
    HEADER_LINES: ClassVar[int] = 0
    #: Every other row shaded.
    ZEBRA: ClassVar[bool] = False

    class Highlighted(Message):
        """The cursor moved to another row (or the rows changed)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor_row = 0
        self._lines: dict[int, list[Segment]] = {}
        #: What the screen does when the cursor moves (instead of a
        #: `Highlighted` message, which would come a frame later).
        self.on_move: Callable[[], None] | None = None

    # -- what a subclass gives -------------------------------------------------------

    def row_total(self) -> int:
        raise NotImplementedError

    def row_text(self, index: int) -> Text:
        raise NotImplementedError

    def header_text(self) -> Text:
        return Text("")

    # -- drawing -------------------------------------------------------------------

    def forget_lines(self) -> None:
        """The rows changed (content or widths): render them anew, size the view."""
        self._lines.clear()
        self.virtual_size = Size(self.size.width, self.row_total() + self.HEADER_LINES)

    def _segments(self, index: int) -> list[Segment]:
        if index not in self._lines:
            if len(self._lines) > _CACHED:
                self._lines.clear()
            self._lines[index] = compact_segments(self.row_text(index).render(self.app.console))
        return self._lines[index]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y < self.HEADER_LINES:
            header = Strip(self.header_text().render(self.app.console))
            header = header.crop(0, width).extend_cell_length(width).apply_style(base)
            return header.apply_style(self.get_component_rich_style("line-table--header"))
        index = y - self.HEADER_LINES + self.scroll_offset.y
        if not 0 <= index < self.row_total():
            return Strip.blank(width, base)
        strip = Strip(self._segments(index)).crop(0, width).extend_cell_length(width).apply_style(base)
        if self.ZEBRA and index % 2:
            strip = strip.apply_style(self.get_component_rich_style("line-table--even"))
        if index == self.cursor_row:
            strip = strip.apply_style(self.get_component_rich_style("line-table--cursor"))
        return strip

    # -- the cursor ------------------------------------------------------------------

    def rows_on_screen(self) -> int:
        return max(1, self.scrollable_content_region.height - self.HEADER_LINES)

    def move_cursor(self, *, row: int) -> None:
        """Put the cursor on `row`. Without scrolling only the two rows whose
        look changes are redrawn (a few hundred bytes over SSH, not the page)."""
        last = self.row_total() - 1
        was = self.cursor_row
        self.cursor_row = max(0, min(row, last)) if last >= 0 else 0
        height = self.rows_on_screen()
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
            self.refresh()
        elif self.cursor_row >= top + height:
            self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)
            self.refresh()
        else:
            for index in {was, self.cursor_row}:
                if top <= index < top + height:
                    self.refresh(Region(0, index - top + self.HEADER_LINES, self.size.width, 1))
        if self.on_move is not None:
            # At once, not by message: the screen's line about the row under
            # the cursor is then drawn in the same frame as the cursor's rows.
            self.on_move()
        else:
            self.post_message(self.Highlighted())

    def action_cursor(self, step: int) -> None:
        self.move_cursor(row=self.cursor_row + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(row=self.cursor_row + step * max(1, self.rows_on_screen() - 1))
