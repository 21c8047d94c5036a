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
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message

from kompas_tui.i18n import t
from kompas_tui.widgets import overview_parts as parts
from kompas_tui.widgets.line_table import MAX_NAME_WIDTH, LineTable

#: Header keys of the columns after the unit, with the longest values they hold.
_COLUMNS = ("colour", "track", "january", "plan", "overdue", "zero")
_MIN_UNIT = 10


def _longest(column: str, rows: Sequence[parts.Row], lang: str) -> int:
    """The widest value the column can hold (for the plan and overdue
    columns: the widest actually shown)."""
    if column == "colour":
        values = [f" {parts.colour_name(c)} " if c else parts.colour_name(c) for c in parts.COLOURS]
    elif column == "track":
        values = [t(f"ui_overview.cell.track.{track}") for track in parts.TRACKS]
    elif column == "january":
        values = [parts.january_text("2027-01", lang)]
        if any(r.remeasure_overdue for r in rows):
            values.append(t("ui_overview.cell.remeasure_missing", lang))
    elif column == "plan":
        # The cell depends on these two only: one word per kind, not per row.
        kinds = {(r.status.plan_complete, r.status.missing): r.status for r in rows}
        values = [parts.plan_cell(status).plain for status in kinds.values()] or [t("ui_overview.cell.yes")]
    elif column == "overdue":
        values = [parts.overdue_cell(r.overdue, r.follow_up_overdue).plain for r in rows] or ["0"]
    else:
        values = [t("ui_overview.cell.zero.answered"), t("ui_overview.cell.zero.unanswered")]
    return max((cell_len(v) for v in values), default=1)


class OverviewTable(LineTable):
    """The units with a row cursor under a fixed line of column titles."""

    DEFAULT_CSS = """
    OverviewTable {
        padding: 0 0 0 1;
    }
    """

    HEADER_LINES = 1
    ZEBRA = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "ui_overview.key.open", tooltip="ui_overview.key.open.tip", id="overview.open"),
        *LineTable.CURSOR_BINDINGS,
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
        self._unit_width = 0
        self._fixed_widths: list[int] = []

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
            max(_longest(column, self.shown, self.lang), cell_len(t(f"ui_overview.col.{column}"))) + 1
            for column in _COLUMNS
        ]
        self._unit_width = self._wanted_unit_width()
        self.forget_lines()

    def _wanted_unit_width(self) -> int:
        width = self.size.width or self.app.size.width
        # One cell for the scrollbar, one in front of the unit.
        return max(_MIN_UNIT, min(MAX_NAME_WIDTH, width - 2 - sum(self._fixed_widths)))

    def _join(self, unit: Text, rest: Sequence[Text]) -> Text:
        """The unit cut to its column, then each cell after a space."""
        line = Text(no_wrap=True, end="")
        for width, cell in zip((self._unit_width, *self._fixed_widths), (unit, *(Text(" ") + c for c in rest))):
            cell.truncate(width, overflow="ellipsis", pad=True)
            line.append_text(cell)
        return line

    def header_text(self) -> Text:
        return self._join(Text(t("ui_overview.col.unit")), [Text(t(f"ui_overview.col.{column}")) for column in _COLUMNS])

    def row_total(self) -> int:
        return len(self.shown)

    def row_text(self, index: int) -> Text:
        unit, *rest = parts.cells(self.shown[index], self.lang, self._unit_width)
        return self._join(unit, rest)

    def on_resize(self) -> None:
        if self._fixed_widths and self._wanted_unit_width() != self._unit_width:
            self._unit_width = self._wanted_unit_width()
        self.forget_lines()
        self.move_cursor(row=self.cursor_row)

    # -- choosing ------------------------------------------------------------------

    def action_select(self) -> None:
        if (row := self.current_row()) is not None:
            self.post_message(self.Selected(row))

    async def on_click(self, event: events.Click) -> None:
        index = event.y - 1 + self.scroll_offset.y
        if event.y >= 1 and 0 <= index < len(self.shown):
            if index == self.cursor_row:
                self.action_select()
            else:
                self.move_cursor(row=index)
