"""The review list's table: one row per session, filtered and sorted.

The filter and the sort are plain functions (`matches`, `sort_units`) so
they can be tested without a screen. Columns are sized to their contents
and the unit takes what is left of the width, so the table fits 80 columns
without sideways scrolling. Colours always carry their word.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message

from kompas_tui.domain.dates import format_input
from kompas_tui.domain.overview import Counted, UnitStatus
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import CHIP_STYLES, colour_word
from kompas_tui.widgets.line_table import MAX_NAME_WIDTH, LineTable

#: The sort columns `s` cycles through, in order.
SORTS = ("unit", "date", "colour", "track", "overdue")

_COLOUR_RANK = {"red": 0, "yellow": 1, "green": 2, None: 3}
_TRACK_RANK = {"department_head_and_hr": 0, "department_head": 1, "local": 2}

_MIN_UNIT_WIDTH = 12

#: Characters that are keys on the list, not letters for the filter.
_KEYS = frozenset("sS/p?l")

#: (heading key, right-aligned) of each column, in order.
_COLUMNS = (
    ("ui_review.col.unit", False),
    ("ui_review.col.date", False),
    ("ui_review.col.colour", False),
    ("ui_review.col.track", False),
    ("ui_review.col.actions", True),
    ("ui_review.col.next", False),
    ("ui_review.col.overdue", True),
)


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


def sort_units(
    units: Sequence[UnitStatus], column: str, today: dt.date, reverse: bool = False,
    names: Mapping[str, str] | None = None,
) -> list[UnitStatus]:
    """Sorted by `column` (one of `SORTS`), ties by unit and path. `names`:
    each path's folded unit name, when already known (a big folder)."""
    if names is None:
        names = {unit.path: fold(unit.unit) for unit in units}
    ordered = sorted(units, key=lambda u: (names[u.path], u.path))
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
        return Text(t("ui_review.colour.none"))
    return Text(f" {colour_word(colour)} ", style=CHIP_STYLES[colour])


def track_cell(track: str) -> Text:
    return Text(t(f"ui_review.track.{track}"))


def overdue_cell(count: int) -> Text:
    """How many actions are overdue, right under the column's word ("For
    sent"), bold; nothing when none are."""
    if not count:
        return Text("")
    return Text(t("ui_review.overdue", n=count), style="bold", justify="right")


class ReviewTable(LineTable):
    """The sessions, one line each, with a row cursor. Only the lines on
    screen are drawn (a folder of 10,000 sessions fills it at once); the
    column titles are drawn by the screen above it (`header`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "ui_review.key.open", tooltip="ui_review.key.open.tip", id="review.open"),
        Binding("s", "screen.sort", "ui_review.key.sort", tooltip="ui_review.key.sort.tip", id="review.sort"),
        Binding("S", "screen.reverse", "ui_review.key.reverse", tooltip="ui_review.key.reverse.tip",
                id="review.reverse"),
        Binding("slash", "screen.filter", "ui_review.key.filter", key_display="/", tooltip="ui_review.key.filter.tip",
                id="review.filter"),
        Binding("l", "screen.history", "ui_review.key.history", tooltip="ui_review.key.history.tip", id="review.history"),
        *LineTable.CURSOR_BINDINGS,
    ]

    class Highlighted(Message):
        """The cursor moved to another session (or the rows changed)."""

    class Selected(Message):
        def __init__(self, unit: UnitStatus) -> None:
            super().__init__()
            self.unit = unit

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.units: list[UnitStatus] = []
        #: Which session counts for each session's unit (by path).
        self.counted: Mapping[str, Counted] = {}
        self.today = dt.date.today()
        self.lang = "da"
        self._widths: list[int] = []

    # -- content -------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.units)

    @property
    def current(self) -> UnitStatus | None:
        """The session under the cursor."""
        if 0 <= self.cursor_row < len(self.units):
            return self.units[self.cursor_row]
        return None

    def show(
        self, units: Sequence[UnitStatus], today: dt.date, lang: str, counted: Mapping[str, Counted] | None = None
    ) -> None:
        """Show `units` in their order, keeping the cursor on the same
        session when it is still shown. `counted`: which session counts for
        each unit (`domain.overview.counted_sessions`); one that does not
        says so in words after its name."""
        keep = self.current
        self.units = list(units)
        self.counted = counted or {}
        self.today, self.lang = today, lang
        self._widths = self.column_widths()
        self.forget_lines()
        row = 0
        if keep is not None:
            row = next((n for n, unit in enumerate(self.units) if unit.path == keep.path), 0)
        self.move_cursor(row=row)
        self.refresh()

    def header(self) -> Text:
        """The column titles, aligned with the rows."""
        if not self._widths:
            self._widths = self.column_widths()
        cells = [Text(t(key)) for key, _ in _COLUMNS]
        return self._join(cells)

    def column_widths(self) -> list[int]:
        """Fixed widths for every column but the unit's (the same whatever
        the filter shows, so columns don't jump while typing); the unit
        takes the rest."""
        headers = [len(t(key)) for key, _ in _COLUMNS]
        date = len(short_date(dt.date(2026, 12, 24), self.lang))
        contents = [
            0,
            date,
            max(colour_cell(colour).cell_len for colour in (None, "green", "yellow", "red")),
            max(len(t(f"ui_review.track.{track}")) for track in ("local", "department_head", "department_head_and_hr")),
            len("99/99"),
            date,
            len(t("ui_review.overdue", n=99)),
        ]
        widths = [max(header, content) for header, content in zip(headers, contents)]
        # The table's width less its scrollbar (before layout: the screen's,
        # less the screen's margin); put right on resize.
        available = self.size.width - 1 if self.size.width else self.app.size.width - 2
        widths[0] = max(_MIN_UNIT_WIDTH, min(MAX_NAME_WIDTH, available - sum(w + 1 for w in widths[1:])))
        return widths

    def _cells(self, unit: UnitStatus) -> list[Text]:
        lang = self.lang
        actions = f"{unit.actions_done}/{unit.actions_total}" if unit.actions_total else "–"
        return [
            self._unit_cell(unit),
            Text(short_date(unit.created, lang)),
            colour_cell(unit.colour),
            track_cell(unit.track),
            Text(actions),
            Text(short_date(unit.next_follow_up, lang)),
            overdue_cell(len(unit.overdue(self.today))),
        ]

    def _unit_cell(self, unit: UnitStatus) -> Text:
        """The unit's name; " (tæller ikke)" after it, the name cut to leave
        room, when another session of the unit counts."""
        text = Text(safe_text(unit.unit))
        entry = self.counted.get(unit.path)
        if entry is None or entry.counts(unit.path):
            return text
        mark = f" ({t('ui_review.not_counted', self.lang)})"
        width = self._widths[0] if self._widths else _MIN_UNIT_WIDTH
        text.truncate(max(1, width - len(mark)), overflow="ellipsis")
        text.append(mark, style="dim")
        return text

    def _join(self, cells: list[Text]) -> Text:
        """The cells in their columns, one space after each."""
        line = Text(no_wrap=True)
        for (_, right), width, cell in zip(_COLUMNS, self._widths, cells):
            cell = cell.copy()
            cell.truncate(width, overflow="ellipsis")
            gap = " " * (width - cell.cell_len)
            if right:
                line.append(gap)
                line.append_text(cell)
            else:
                line.append_text(cell)
                line.append(gap)
            line.append(" ")
        return line

    def row_total(self) -> int:
        return len(self.units)

    def row_text(self, index: int) -> Text:
        return self._join(self._cells(self.units[index]))

    def on_resize(self) -> None:
        if self.column_widths() != self._widths:
            self._widths = self.column_widths()
            self.screen.post_message(self.Highlighted())
        self.forget_lines()
        self.refresh()

    # -- the cursor ------------------------------------------------------------------

    def action_select(self) -> None:
        if (unit := self.current) is not None:
            self.post_message(self.Selected(unit))

    class TypedAhead(Message):
        """A letter typed on the list: it belongs in the filter."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def on_key(self, event: events.Key) -> None:
        # The list's own keys (s, S, /, l) and the screen's (p, ?) stay keys;
        # any other letter typed here starts or continues the filter.
        if event.is_printable and event.character and event.character not in _KEYS:
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedAhead(event.character))

    async def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self.units):
            self.move_cursor(row=row)
