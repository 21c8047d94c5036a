"""The review list's table: one row per session, filtered and sorted.

The filter and the sort are plain functions (`matches`, `sort_units`) so
they can be tested without a screen. Columns are sized to their contents
and the unit takes what is left of the width, so the table fits 80 columns
without sideways scrolling. Colours always carry their word.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from kompas_tui.domain.dates import format_input
from kompas_tui.domain.overview import UnitStatus
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import CHIP_STYLES, colour_word
from kompas_tui.widgets.keys import Localized

#: The sort columns `s` cycles through, in order.
SORTS = ("unit", "date", "colour", "track", "overdue")

_COLOUR_RANK = {"red": 0, "yellow": 1, "green": 2, None: 3}
_TRACK_RANK = {"department_head_and_hr": 0, "department_head": 1, "local": 2}

_MIN_UNIT_WIDTH = 12


def fold(text: str) -> str:
    """Lower case without accents, for matching: "Café" finds "cafe" (both
    sides are folded, so "å" typed finds "å" too)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def search_text(unit: UnitStatus) -> str:
    from pathlib import PurePath

    return fold(f"{unit.unit}\n{unit.measurement}\n{PurePath(unit.path).name}")


def matches(unit: UnitStatus, words: Sequence[str]) -> bool:
    """Every word of the filter is in the unit, measurement or file name."""
    haystack = search_text(unit)
    return all(word in haystack for word in words)


def filter_words(text: str) -> list[str]:
    return fold(text).split()


def sort_units(units: Sequence[UnitStatus], column: str, today: dt.date, reverse: bool = False) -> list[UnitStatus]:
    """Sorted by `column` (one of `SORTS`), ties by unit and path."""
    ordered = sorted(units, key=lambda u: (fold(u.unit), u.path))
    if column == "date":
        ordered.sort(key=lambda u: u.created, reverse=True)
    elif column == "colour":
        ordered.sort(key=lambda u: _COLOUR_RANK.get(u.colour, 3))
    elif column == "track":
        ordered.sort(key=lambda u: _TRACK_RANK.get(u.track, 3))
    elif column == "overdue":
        ordered.sort(key=lambda u: len(u.overdue(today)), reverse=True)
    if reverse:
        ordered.reverse()
    return ordered


def short_date(value: dt.date | None, lang: str) -> str:
    """Numeric, so two date columns fit: "26-11-2026" / "2026-11-26"."""
    return format_input(value, lang) if value is not None else "–"


def colour_cell(colour: str | None) -> Text:
    if colour is None:
        return Text(t("review.colour.none"))
    return Text(f" {colour_word(colour)} ", style=CHIP_STYLES[colour])


def track_cell(track: str) -> Text:
    return Text(t(f"review.track.{track}"))


def overdue_cell(count: int) -> Text:
    if not count:
        return Text("")
    return Text(t("review.overdue", n=count), style="bold")


class ReviewTable(Localized, DataTable[Text]):
    """The sessions, one per row; the row key is the file's path."""

    DEFAULT_CSS = """
    ReviewTable {
        height: 1fr;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "review.key.open", tooltip="review.key.open.tip", id="review.open"),
        Binding("s", "screen.sort", "review.key.sort", tooltip="review.key.sort.tip", id="review.sort"),
        Binding("S", "screen.reverse", "review.key.reverse", tooltip="review.key.reverse.tip", id="review.reverse"),
        Binding("slash", "screen.filter", "review.key.filter", key_display="/", tooltip="review.key.filter.tip",
                id="review.filter"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, zebra_stripes=True, cursor_type="row", cell_padding=0)
        self.units: list[UnitStatus] = []
        self._row_paths: list[str] = []
        self.today = dt.date.today()
        self.lang = "da"

    def show(self, units: Sequence[UnitStatus], today: dt.date, lang: str) -> None:
        """Fill the table with `units` in their order, keeping the cursor on
        the same session when it is still shown."""
        keep = self._cursor_key()
        self.units = list(units)
        self.today, self.lang = today, lang
        rows = [self._cells(unit) for unit in self.units]
        widths = self._widths(rows)
        right = [column for column, (_, is_right) in enumerate(self._columns()) if is_right]
        for row in rows:
            # The unit takes what is left; a longer one ends in "…".
            row[0].truncate(widths[0], overflow="ellipsis")
            for column in right:
                row[column].pad_left(widths[column] - row[column].cell_len)
        self.clear(columns=True)
        for column, ((key, _), width) in enumerate(zip(self._columns(), widths)):
            # One column of space after each (cell_padding 0 packs them).
            header = t(key).rjust(width) if column in right else t(key)
            self.add_column(Text(header), width=width + 1, key=key)
        self.add_rows(rows)
        self._row_paths = [unit.path for unit in self.units]
        if keep in self._row_paths:
            self.move_cursor(row=self._row_paths.index(keep), animate=False)
        elif self.row_count:
            self.move_cursor(row=0, animate=False)

    def _cursor_key(self) -> str | None:
        paths = self._row_paths
        if self.row_count and 0 <= self.cursor_row < len(paths):
            return paths[self.cursor_row]
        return None

    @property
    def current(self) -> UnitStatus | None:
        """The session under the cursor."""
        if self.row_count and 0 <= self.cursor_row < len(self.units):
            return self.units[self.cursor_row]
        return None

    @staticmethod
    def _columns() -> list[tuple[str, bool]]:
        return [
            ("review.col.unit", False),
            ("review.col.date", False),
            ("review.col.colour", False),
            ("review.col.track", False),
            ("review.col.actions", True),
            ("review.col.next", False),
            ("review.col.overdue", False),
        ]

    def _cells(self, unit: UnitStatus) -> list[Text]:
        lang = self.lang
        actions = f"{unit.actions_done}/{unit.actions_total}" if unit.actions_total else "–"
        return [
            Text(safe_text(unit.unit), no_wrap=True, overflow="ellipsis"),
            Text(short_date(unit.created, lang)),
            colour_cell(unit.colour),
            track_cell(unit.track),
            Text(actions),
            Text(short_date(unit.next_follow_up, lang)),
            overdue_cell(len(unit.overdue(self.today))),
        ]

    def _widths(self, rows: list[list[Text]]) -> list[int]:
        headers = [len(t(key)) for key, _ in self._columns()]
        widths = list(headers)
        # The fixed columns: the widest of header and any cell.
        for column in range(1, len(widths)):
            widths[column] = max([headers[column], *(row[column].cell_len for row in rows)])
        for colour in ("green", "yellow", "red"):
            widths[2] = max(widths[2], colour_cell(colour).cell_len)
        # The table's width less its scrollbar (before layout: the screen's,
        # less the table's margin); put right on resize.
        available = self.size.width - 1 if self.size.width else self.app.size.width - 2
        rest = available - sum(w + 1 for w in widths[1:]) - 1
        widths[0] = max(_MIN_UNIT_WIDTH, rest)
        return widths

    def on_resize(self) -> None:
        if self.units:
            self.show(self.units, self.today, self.lang)
