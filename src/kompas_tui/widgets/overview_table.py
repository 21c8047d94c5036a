"""The Overblik table: one row per unit, fitted to the width.

The columns after the unit are as wide as their longest word in the
interface language (headers abbreviated); the unit column takes what is
left and wraps. Cells carry no padding of their own: the table has one cell of
padding on the left and each column after the unit starts with a space, so
80 columns leave the unit some 16 cells.
Row heights are worked out here (one line unless the name wraps) rather
than measured by DataTable, which keeps 10,000 rows fast. The subfolder,
measurement and rounds of the unit under the cursor are on the screen's
detail line.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich._wrap import divide_line  # what Text.wrap uses; Textual pins rich
from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from kompas_tui.i18n import t
from kompas_tui.widgets import overview_parts as parts
from kompas_tui.widgets.keys import Localized

#: Header keys of the columns after the unit, with the longest values they hold.
_COLUMNS = ("colour", "track", "january", "plan", "overdue", "zero")
_MIN_UNIT = 10


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
        values = [parts.plan_cell(r.status).plain for r in rows] or [t("ui.ov.cell.yes")]
    elif column == "overdue":
        values = [str(r.overdue) for r in rows]
    else:
        values = [t("ui.ov.cell.zero.answered"), t("ui.ov.cell.zero.unanswered")]
    return max((cell_len(v) for v in values), default=1)


def _pad(text: Text) -> Text:
    return Text(" ").append_text(text)


class OverviewTable(Localized, DataTable[Text]):
    DEFAULT_CSS = """
    OverviewTable {
        height: 1fr;
        padding: 0 0 0 1;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
    }
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "ui.ov.key.open", tooltip="ui.ov.key.open.tip", id="overview.open"),
    ]

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True, cell_padding=0)
        self.lang = lang
        self.shown: list[parts.Row] = []
        self._unit_width = 0

    def show(self, rows: Sequence[parts.Row]) -> None:
        """Show `rows`, keeping the cursor on the same unit when it is still there."""
        current = self.current_row()
        self.shown = list(rows)
        self._fill()
        if current is not None:
            for index, row in enumerate(self.shown):
                if row.status.path == current.status.path:
                    self.move_cursor(row=index, animate=False)
                    break

    def current_row(self) -> parts.Row | None:
        if not self.shown or not 0 <= self.cursor_row < len(self.shown):
            return None
        return self.shown[self.cursor_row]

    def on_resize(self) -> None:
        if self.shown and self._wanted_unit_width() != self._unit_width:
            self.show(self.shown)

    def _fixed(self) -> list[int]:
        return [
            max(_longest(column, self.shown, self.lang), cell_len(t(f"ui.ov.col.{column}"))) + 1
            for column in _COLUMNS
        ]

    def _wanted_unit_width(self) -> int:
        width = self.size.width or self.app.size.width
        # One cell for the scrollbar, one in front of the unit.
        return max(_MIN_UNIT, width - 2 - sum(self._fixed()))

    def _fill(self) -> None:
        self.clear(columns=True)
        self._unit_width = self._wanted_unit_width()
        self.add_column(Text(t("ui.ov.col.unit")), width=self._unit_width, key="unit")
        for column, width in zip(_COLUMNS, self._fixed()):
            self.add_column(_pad(Text(t(f"ui.ov.col.{column}"))), width=width, key=column)
        for index, row in enumerate(self.shown):
            unit, *rest = parts.cells(row, self.lang, self._unit_width)
            self.add_row(unit, *map(_pad, rest), height=self._height(unit), key=str(index))

    def _height(self, unit: Text) -> int:
        """Lines of the unit cell: each of its lines wrapped as rich wraps
        them (`divide_line`, without building a Text per line)."""
        width = self._unit_width
        return sum(1 if cell_len(line) <= width else len(divide_line(line, width, fold=True)) + 1
                   for line in unit.plain.split("\n"))
