"""A DataTable that lives inside a scrolling page (the report, the vote).

One pair of keys reads the whole page: Up/Down move the row cursor and keep
it in view; past the first or last row, or when the cursor row is scrolled
out of sight, they scroll the page instead. PgUp/PgDn and Home/End scroll
the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.widgets import DataTable


def page_table_css(name: str) -> str:
    """The DEFAULT_CSS of a table that lives in a scrolling page."""
    return f"""
    {name} {{
        height: auto;
        /* The whole table in its page (DataTable's own max-height would make
           it scroll inside the page, hiding rows from PgDn). */
        max-height: initial;
        scrollbar-size-vertical: 0;
        /* Columns are fitted to the width; no sideways scrolling. */
        overflow-x: hidden;
    }}
    """


def page_bindings(prefix: str) -> list[Binding]:
    """PgUp/PgDn and Home/End for the page (ids `prefix.page_up`, …)."""
    return [
        Binding("pageup", "page_up", "ui.key.page", show=False, id=f"{prefix}.page_up"),
        Binding("pagedown", "page_down", "ui.key.page", show=False, id=f"{prefix}.page_down"),
        Binding("home", "page_home", "ui.key.page_ends", show=False, id=f"{prefix}.page_home"),
        Binding("end", "page_end", "ui.key.page_ends", show=False, id=f"{prefix}.page_end"),
    ]


#: The theme column never gets narrower than this, however little room.
MIN_THEME_WIDTH = 12
#: Nor wider than this, however much room: on a wide terminal the table
#: keeps its columns together, the numbers beside their names (a longer
#: name wraps), and the rest of the line stays empty.
MAX_THEME_WIDTH = 40


def theme_column_width(room: int, fixed: Iterable[int], padding: int, names: Iterable[str] | None = None) -> int:
    """The theme column's width in a table fitted to `room` columns: what
    the other columns (`fixed` widths, each with `padding` on both sides)
    and its own padding leave, but no wider than the longest of `names`
    (the column's title among them) and `MAX_THEME_WIDTH`; never under
    `MIN_THEME_WIDTH`."""
    left = room - sum(width + 2 * padding for width in fixed) - 2 * padding
    longest = max((cell_len(name) for name in names), default=MAX_THEME_WIDTH) if names is not None else left
    return max(MIN_THEME_WIDTH, min(left, longest, MAX_THEME_WIDTH))


class PageTableMixin:
    """Mixed into a `DataTable` subclass (before it in the bases)."""

    def _theme_column_width(self: Any, fixed: Iterable[int], names: Iterable[str]) -> int:
        """The theme column's width in the page's width, for `names` (the
        title and the themes, as shown). Before the page is laid out (on
        mount) its padding and scrollbar are guessed to take 3 of the
        screen's columns; a wrong guess is put right on resize."""
        page = self._page()
        room = page.scrollable_content_region.width if page else self.size.width
        return theme_column_width(room or self.app.size.width - 3, fixed, self.cell_padding, names)

    def _page(self: Any) -> ScrollableContainer | None:
        for node in self.ancestors:
            if isinstance(node, ScrollableContainer):
                return node
        return None

    def _row_region(self: Any, row: int) -> Region:
        """The row's region in the page's scrollable space (row 0 with the header)."""
        top = self.virtual_region.y
        y = top + (self.header_height if self.show_header else 0)
        for ordered in self.ordered_rows[:row]:
            y += ordered.height
        height = self.ordered_rows[row].height if self.row_count else 1
        if row == 0:
            return Region(0, top, self.size.width, y - top + height)
        return Region(0, y, self.size.width, height)

    def _cursor_in_view(self: Any) -> bool:
        page = self._page()
        if page is None or not self.row_count:
            return True
        region = self._row_region(self.cursor_row)
        view_top = round(page.scroll_y)
        return view_top <= region.y and region.bottom <= view_top + page.scrollable_content_region.height

    def _reveal_cursor(self: Any) -> None:
        page = self._page()
        if page is not None and self.row_count and not self._cursor_in_view():
            page.scroll_to_region(self._row_region(self.cursor_row), animate=False, immediate=True)

    def action_cursor_down(self: Any) -> None:
        page = self._page()
        if page is not None and (self.cursor_row >= self.row_count - 1 or not self._cursor_in_view()):
            page.scroll_down(animate=False)
            return
        DataTable.action_cursor_down(self)
        self._reveal_cursor()

    def action_cursor_up(self: Any) -> None:
        page = self._page()
        if page is not None and (self.cursor_row <= 0 or not self._cursor_in_view()):
            page.scroll_up(animate=False)
            return
        DataTable.action_cursor_up(self)
        self._reveal_cursor()

    def action_page_down(self: Any) -> None:
        if page := self._page():
            page.scroll_page_down(animate=False)

    def action_page_up(self: Any) -> None:
        if page := self._page():
            page.scroll_page_up(animate=False)

    def action_page_home(self: Any) -> None:
        if page := self._page():
            page.scroll_home(animate=False)

    def action_page_end(self: Any) -> None:
        if page := self._page():
            page.scroll_end(animate=False)
