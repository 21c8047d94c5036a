"""The Overblik table: one line per unit, fitted to the width.

The columns after the unit are as wide as their longest word in the
interface language (headers abbreviated); the unit column takes what is
left. A long unit name is cut to one line with "…": the detail line under
the table shows the unit under the cursor in full (with its subfolder,
measurement and rounds), and one line per unit puts more units on screen.
The table has one cell of padding on the left and each column after the
unit starts with a space, so 80 columns leave the unit some 16 cells.

Like Gennemsyn's list (`review_table.py`) it is a `ScrollView` that draws
only the lines on screen, so a view, search or sort key repaints at once
however many units the folder holds (DataTable measured every cell).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kompas_tui.i18n import t
from kompas_tui.widgets import overview_parts as parts
from kompas_tui.widgets.keys import Localized

#: Header keys of the columns after the unit, with the longest values they hold.
_COLUMNS = ("colour", "track", "january", "plan", "overdue", "zero")
_MIN_UNIT = 10
#: Rows whose drawn line is kept; enough for any screen, small for 10,000 units.
_CACHED = 500


def _longest(column: str, rows: Sequence[parts.Row], lang: str) -> int:
    """The widest value the column can hold (for the plan and overdue
    columns: the widest actually shown)."""
    if column == "colour":
        values = [f" {parts.colour_name(c)} " if c else parts.colour_name(c) for c in parts.COLOURS]
    elif column == "track":
        values = [t(f"ui.ov.cell.track.{track}") for track in parts.TRACKS]
    elif column == "january":
        values = [parts.january_text("2027-01", lang)]
    elif column == "plan":
        # The cell depends on these two only: one word per kind, not per row.
        kinds = {(r.status.plan_complete, r.status.missing): r.status for r in rows}
        values = [parts.plan_cell(status).plain for status in kinds.values()] or [t("ui.ov.cell.yes")]
    elif column == "overdue":
        values = [str(max((r.overdue for r in rows), default=0))]
    else:
        values = [t("ui.ov.cell.zero.answered"), t("ui.ov.cell.zero.unanswered")]
    return max((cell_len(v) for v in values), default=1)


class OverviewTable(Localized, ScrollView, can_focus=True):
    """The units with a row cursor under a fixed line of column titles."""

    DEFAULT_CSS = """
    OverviewTable {
        height: 1fr;
        padding: 0 0 0 1;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        overflow-y: auto;
    }
    OverviewTable > .overview-table--header {
        text-style: bold;
    }
    OverviewTable > .overview-table--even {
        background: $surface-lighten-1 50%;
    }
    /* Reverse, not a colour: the cursor shows under NO_COLOR and TERM=linux. */
    OverviewTable > .overview-table--cursor {
        text-style: underline;
    }
    OverviewTable:focus > .overview-table--cursor {
        text-style: reverse bold;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "overview-table--header", "overview-table--even", "overview-table--cursor",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "ui.ov.key.open", tooltip="ui.ov.key.open.tip", id="overview.open"),
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "cursor(-1000000000)", show=False),
        Binding("end", "cursor(1000000000)", show=False),
    ]

    class Highlighted(Message):
        """The cursor moved to another unit (or the rows changed)."""

    class Selected(Message):
        """Enter (or a click on the cursor's line) on a unit."""

        def __init__(self, row: parts.Row) -> None:
            super().__init__()
            self.row = row

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.shown: list[parts.Row] = []
        self.cursor_row = 0
        self._unit_width = 0
        self._fixed_widths: list[int] = []
        self._lines: dict[int, list[Segment]] = {}

    # -- content -------------------------------------------------------------------

    def show(self, rows: Sequence[parts.Row]) -> None:
        """Show `rows`, keeping the cursor on the same unit when it is still there."""
        current = self.current_row()
        self.shown = list(rows)
        self._measure()
        row = 0
        if current is not None:
            path = current.status.path
            row = next((n for n, shown in enumerate(self.shown) if shown.status.path == path), 0)
        self.move_cursor(row=row)
        self.refresh()

    def current_row(self) -> parts.Row | None:
        if not 0 <= self.cursor_row < len(self.shown):
            return None
        return self.shown[self.cursor_row]

    def _measure(self) -> None:
        self._fixed_widths = [
            max(_longest(column, self.shown, self.lang), cell_len(t(f"ui.ov.col.{column}"))) + 1
            for column in _COLUMNS
        ]
        self._unit_width = self._wanted_unit_width()
        self._lines.clear()
        # The title line plus one line per unit.
        self.virtual_size = Size(self.size.width, len(self.shown) + 1)

    def _wanted_unit_width(self) -> int:
        width = self.size.width or self.app.size.width
        # One cell for the scrollbar, one in front of the unit.
        return max(_MIN_UNIT, width - 2 - sum(self._fixed_widths))

    def _join(self, unit: Text, rest: Sequence[Text]) -> Text:
        """The unit cut to its column, then each cell after a space."""
        line = Text(no_wrap=True, end="")
        for width, cell in zip((self._unit_width, *self._fixed_widths), (unit, *(Text(" ") + c for c in rest))):
            cell.truncate(width, overflow="ellipsis", pad=True)
            line.append_text(cell)
        return line

    def _header(self) -> Text:
        return self._join(Text(t("ui.ov.col.unit")), [Text(t(f"ui.ov.col.{column}")) for column in _COLUMNS])

    def _segments(self, index: int) -> list[Segment]:
        if index not in self._lines:
            if len(self._lines) > _CACHED:
                self._lines.clear()
            unit, *rest = parts.cells(self.shown[index], self.lang, self._unit_width)
            self._lines[index] = list(self._join(unit, rest).render(self.app.console))
        return self._lines[index]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            header = Strip(self._header().render(self.app.console))
            header = header.crop(0, width).extend_cell_length(width).apply_style(base)
            return header.apply_style(self.get_component_rich_style("overview-table--header"))
        index = y - 1 + self.scroll_offset.y
        if not 0 <= index < len(self.shown):
            return Strip.blank(width, base)
        strip = Strip(self._segments(index)).crop(0, width).extend_cell_length(width).apply_style(base)
        if index % 2:
            strip = strip.apply_style(self.get_component_rich_style("overview-table--even"))
        if index == self.cursor_row:
            strip = strip.apply_style(self.get_component_rich_style("overview-table--cursor"))
        return strip

    def on_resize(self) -> None:
        if self._fixed_widths and self._wanted_unit_width() != self._unit_width:
            self._unit_width = self._wanted_unit_width()
            self._lines.clear()
        self.virtual_size = Size(self.size.width, len(self.shown) + 1)
        self.move_cursor(row=self.cursor_row)

    # -- the cursor ------------------------------------------------------------------

    def _rows_on_screen(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def move_cursor(self, *, row: int) -> None:
        last = len(self.shown) - 1
        self.cursor_row = max(0, min(row, last)) if last >= 0 else 0
        height = self._rows_on_screen()
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + height:
            self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted())

    def action_cursor(self, step: int) -> None:
        self.move_cursor(row=self.cursor_row + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(row=self.cursor_row + step * max(1, self._rows_on_screen() - 1))

    def action_select(self) -> None:
        if (row := self.current_row()) is not None:
            self.post_message(self.Selected(row))

    async def _on_click(self, event: events.Click) -> None:
        index = event.y - 1 + self.scroll_offset.y
        if event.y >= 1 and 0 <= index < len(self.shown):
            if index == self.cursor_row:
                self.action_select()
            else:
                self.move_cursor(row=index)
