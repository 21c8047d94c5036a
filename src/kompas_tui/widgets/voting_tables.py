"""The voting screen's two tables: the tally (theme order, where the dots
are keyed in) and the ranked result.

The tables only show and ask: a key posts a message (`Dots`, `Toggle`,
`Remove`) and the screen applies the voting rules, saves, and hands the
new rows back (`show`). Rows are updated cell by cell, so a key press
repaints only the table it changed, and a cursor move only its two rows.

Typing digits on the tally collects a number in the cell ("1", "2" makes
12). It is committed by Enter (which also moves on), by any other key of
the table, by leaving the table, or after a short pause; Escape drops it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import DataTable

from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.page_table import PageTableMixin, page_bindings, page_table_css
from kompas_tui.widgets.quiet_cells import QuietCells
from kompas_tui.widgets.compact_lines import CompactLines

#: Seconds of quiet after which a typed number is committed.
PENDING_SECONDS = 1.0
#: The most digits a typed number can have (500 participants × 100 votes).
MAX_DIGITS = 5


@dataclass(frozen=True)
class Row:
    """One theme as a table shows it."""

    theme: str
    dots: int
    #: Competition rank among the themes with dots; None without dots.
    rank: int | None
    tied: bool
    chosen: bool
    added: bool


def rank_text(row: Row) -> Text:
    if row.rank is None:
        return Text("–", justify="right")
    if row.tied:
        return Text(t("ui_voting.rank.tied", rank=row.rank), justify="right")
    return Text(str(row.rank), justify="right")


def chosen_text(row: Row) -> Text:
    return Text(t("ui_voting.chosen.mark"), style="bold") if row.chosen else Text("")


def theme_text(row: Row) -> Text:
    name = Text(safe_text(row.theme), overflow="fold")
    if row.added:
        name.append(" " + t("ui_voting.added.mark"), style="italic")
    return name


class VotingTable(CompactLines, PageTableMixin, QuietCells, DataTable[Text]):
    """A table of themes on the scrolling voting page. Up/Down keep the
    cursor row in view; past the first or last row they scroll the page, as
    PgUp/PgDn and Home/End do (as on the report)."""

    DEFAULT_CSS = page_table_css("VotingTable")

    BINDINGS: ClassVar[list[BindingType]] = [
        *page_bindings("voting"),
    ]

    #: Put in or take out of the chosen themes (each table lists it where it fits its Footer).
    CHOOSE: ClassVar[Binding] = Binding(
        "v,space", "toggle_chosen", "ui_voting.key.choose", tooltip="ui_voting.key.choose.tip", id="voting.choose",
    )

    #: The keys that change the vote; none of them is offered while `locked`.
    CHANGES: ClassVar[frozenset[str]] = frozenset({"dots", "digit", "commit_next", "remove_theme", "toggle_chosen"})

    #: (column key, header key, justify); the theme column takes the room left.
    COLUMNS: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    class Toggle(Message):
        """Put the theme in or out of the chosen ones."""

        def __init__(self, theme: str) -> None:
            super().__init__()
            self.theme = theme

    def __init__(self, *, id: str | None = None) -> None:
        # A colour chip in the row under the cursor keeps its own colours (kompas.tcss).
        super().__init__(
            id=id, zebra_stripes=True, cursor_type="row", cell_padding=1, cursor_foreground_priority="renderable"
        )
        self.shown: tuple[Row, ...] = ()
        #: The rows whose theme names size the theme column (`show`).
        self.widest_of: tuple[Row, ...] = ()
        self._theme_width = 0
        #: The vote cannot be changed here (read-only, or the workshop is history).
        self.locked = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.CHANGES and self.locked:
            return False
        return True

    # -- content -------------------------------------------------------------

    def _fixed_widths(self) -> dict[str, int]:
        tied = len(t("ui_voting.rank.tied", rank=99))
        content = {"dots": MAX_DIGITS + 1, "rank": tied, "chosen": len(t("ui_voting.chosen.mark"))}
        return {key: max(content.get(key, 0), len(t(header))) for key, header, _ in self.COLUMNS if key != "theme"}

    def _wanted_theme_width(self) -> int:
        names = [t("ui_voting.col.theme"), *(theme_text(row).plain for row in self.widest_of)]
        return self._theme_column_width(self._fixed_widths().values(), names)

    def on_resize(self) -> None:
        if self.columns and self._wanted_theme_width() != self._theme_width:
            self._refill()

    def _refill(self) -> None:
        shown, self.shown = self.shown, ()
        self.clear(columns=True)
        self.show(shown, self.widest_of)

    def _make_columns(self) -> None:
        self._theme_width = self._wanted_theme_width()
        widths = self._fixed_widths()
        for key, header, justify in self.COLUMNS:
            width = self._theme_width if key == "theme" else widths[key]
            self.add_column(Text(t(header), justify=justify), width=width, key=key)  # type: ignore[arg-type]

    def cells(self, row: Row) -> dict[str, Text]:
        raise NotImplementedError

    def show(self, rows: Sequence[Row], widest_of: Sequence[Row] | None = None) -> None:
        """Show `rows`. As many rows as before, each on one line: only the
        cells that changed are updated; else the rows are laid out again.
        The theme column is as wide as the longest theme of `widest_of`
        (default: `rows`; the ranking is given the whole vote's themes, so
        its column does not change as themes get dots)."""
        rows = tuple(rows)
        self.widest_of = tuple(rows if widest_of is None else widest_of)
        if self.columns and self._wanted_theme_width() != self._theme_width:
            self.clear(columns=True)
        if not self.columns:
            self._make_columns()
        if self.row_count == len(rows) == len(self.shown) and self._one_line(self.shown) and self._one_line(rows):
            for index, (old, new) in enumerate(zip(self.shown, rows)):
                if old != new:
                    self._update_row(index, old, new)
            self.shown = rows
            return
        cursor = self.cursor_row
        self.clear()
        self.shown = rows
        for index, row in enumerate(rows):
            self.add_row(*self.cells(row).values(), height=None, key=str(index))
        if self.row_count:
            self.move_cursor(row=min(max(cursor, 0), self.row_count - 1), animate=False)

    def _one_line(self, rows: Sequence[Row]) -> bool:
        """Every theme name fits its column (so updating a cell never changes a row's height)."""
        return all(theme_text(row).cell_len <= self._theme_width for row in rows)

    def _update_row(self, index: int, old: Row, new: Row) -> None:
        before, after = self.cells(old), self.cells(new)
        for column, value in after.items():
            if before[column] != value:
                self.update_cell(str(index), column, value)

    def move_to(self, theme: str) -> None:
        for index, row in enumerate(self.shown):
            if row.theme == theme:
                self.move_cursor(row=index, animate=False)
                self._reveal_cursor()
                # Again once laid out: a row just added has no place on the page yet.
                self.call_after_refresh(self._reveal_cursor)
                return

    @property
    def current_theme(self) -> str | None:
        if not self.row_count or not self.shown:
            return None
        return self.shown[min(self.cursor_row, len(self.shown) - 1)].theme

    def action_toggle_chosen(self) -> None:
        if (theme := self.current_theme) is not None:
            self.post_message(self.Toggle(theme))


DOT_KEYS = Binding.Group("ui_voting.key.dots", compact=True)


class TallyTable(VotingTable):
    """The vote's themes in theme order, where the dots are keyed in."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # One Footer entry for the dot keys ("+/=/-/0-9 Prikker"), each in the help.
        Binding(
            "plus,equals_sign",
            "dots(1)",
            "ui_voting.key.plus",
            tooltip="ui_voting.key.plus.tip",
            key_display="+/=",
            id="voting.plus",
            group=DOT_KEYS,
        ),
        Binding(
            "minus",
            "dots(-1)",
            "ui_voting.key.minus",
            tooltip="ui_voting.key.minus.tip",
            key_display="-",
            id="voting.minus",
            group=DOT_KEYS,
        ),
        *(
            Binding(
                str(digit),
                f"digit({digit})",
                "ui_voting.key.digits",
                tooltip="ui_voting.key.digits.tip",
                key_display="0-9" if digit == 0 else None,
                show=digit == 0,
                id=f"voting.digit_{digit}",
                group=DOT_KEYS,
            )
            for digit in range(10)
        ),
        Binding(
            "enter,ctrl+j",
            "commit_next",
            "ui_voting.key.commit",
            tooltip="ui_voting.key.commit.tip",
            show=False,
            id="voting.commit",
        ),
        Binding("backspace", "erase", "ui_voting.key.erase", show=False, id="voting.erase"),
        Binding("escape", "cancel", "ui_voting.key.cancel", tooltip="ui_voting.key.cancel.tip", id="voting.cancel"),
        VotingTable.CHOOSE,
        Binding(
            "x,delete",
            "remove_theme",
            "ui_voting.key.remove_theme",
            tooltip="ui_voting.key.remove_theme.tip",
            id="voting.remove_theme",
        ),
    ]

    COLUMNS = (
        ("theme", "ui_voting.col.theme", "left"),
        ("dots", "ui_voting.col.dots", "right"),
        ("rank", "ui_voting.col.rank", "right"),
        ("chosen", "ui_voting.col.chosen", "left"),
    )

    class Dots(Message):
        """Give `theme` `count` dots, or add `delta` to its dots."""

        def __init__(self, theme: str, *, count: int | None = None, delta: int | None = None) -> None:
            super().__init__()
            self.theme, self.count, self.delta = theme, count, delta

    class Remove(Message):
        """Remove a theme the group added."""

        def __init__(self, theme: str) -> None:
            super().__init__()
            self.theme = theme

    class Pending(Message):
        """A number is being typed (`digits`), or no longer (empty)."""

        def __init__(self, theme: str, digits: str) -> None:
            super().__init__()
            self.theme, self.digits = theme, digits

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.pending = ""
        self._pending_row = 0
        self._pending_timer: Timer | None = None

    def cells(self, row: Row) -> dict[str, Text]:
        return {
            "theme": theme_text(row),
            "dots": Text(str(row.dots) if row.dots else "·", justify="right"),
            "rank": rank_text(row),
            "chosen": chosen_text(row),
        }

    # -- a number being typed ---------------------------------------------------

    def _show_pending(self) -> None:
        if self._pending_row >= len(self.shown):
            return
        row = self.shown[self._pending_row]
        if self.pending:
            cell = Text(f"{self.pending}_", style="reverse bold", justify="right")
        else:
            cell = self.cells(row)["dots"]
        self.update_cell(str(self._pending_row), "dots", cell)
        self.post_message(self.Pending(row.theme, self.pending))

    def _stop_timer(self) -> None:
        if self._pending_timer is not None:
            self._pending_timer.stop()
            self._pending_timer = None

    def commit(self) -> None:
        """Send the typed number, if any (the screen redraws the cell)."""
        self._stop_timer()
        if not self.pending:
            return
        digits, self.pending = self.pending, ""
        if self._pending_row < len(self.shown):
            theme = self.shown[self._pending_row].theme
            self._show_pending()
            self.post_message(self.Dots(theme, count=int(digits)))

    def drop_pending(self) -> None:
        self._stop_timer()
        if self.pending:
            self.pending = ""
            self._show_pending()
        self.refresh_bindings()

    def action_digit(self, digit: int) -> None:
        if not self.row_count:
            return
        if self.pending and self._pending_row != self.cursor_row:
            self.commit()
        if len(self.pending) >= MAX_DIGITS:
            return
        self._pending_row = self.cursor_row
        self.pending = (self.pending + str(digit)).lstrip("0") or "0"
        self._show_pending()
        self._stop_timer()
        self._pending_timer = self.set_timer(PENDING_SECONDS, self.commit, name="voting-pending")
        self.refresh_bindings()

    def action_erase(self) -> None:
        self.pending = self.pending[:-1]
        self._show_pending()
        self._stop_timer()
        if self.pending:
            self._pending_timer = self.set_timer(PENDING_SECONDS, self.commit, name="voting-pending")
        self.refresh_bindings()

    def action_cancel(self) -> None:
        self.drop_pending()

    def action_commit_next(self) -> None:
        self.commit()
        self.refresh_bindings()
        if self.cursor_row < self.row_count - 1:
            super().action_cursor_down()
            self._reveal_cursor()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Without a number being typed, Escape goes back (the screen's key).
        if action in ("cancel", "erase"):
            return bool(self.pending)
        if action == "remove_theme":
            # Only a theme the group added can be removed: offered on its row only.
            row = self.cursor_row
            return not self.locked and 0 <= row < len(self.shown) and self.shown[row].added
        return super().check_action(action, parameters)

    def on_data_table_row_highlighted(self) -> None:
        # The keys offered follow the row (x on an added theme only).
        self.refresh_bindings()

    # -- every other key commits the typed number first -------------------------

    def action_dots(self, delta: int) -> None:
        self.commit()
        if (theme := self.current_theme) is not None:
            self.post_message(self.Dots(theme, delta=delta))

    def action_remove_theme(self) -> None:
        self.commit()
        if (theme := self.current_theme) is not None:
            self.post_message(self.Remove(theme))

    def action_toggle_chosen(self) -> None:
        self.commit()
        super().action_toggle_chosen()

    def action_cursor_down(self) -> None:
        self.commit()
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        self.commit()
        super().action_cursor_up()

    def on_blur(self) -> None:
        self.commit()


class RankingTable(VotingTable):
    """The themes with dots, most dots first; equal dots share a rank."""

    BINDINGS: ClassVar[list[BindingType]] = [VotingTable.CHOOSE]

    COLUMNS = (
        ("rank", "ui_voting.col.rank", "right"),
        ("theme", "ui_voting.col.theme", "left"),
        ("dots", "ui_voting.col.dots", "right"),
        ("chosen", "ui_voting.col.chosen", "left"),
    )

    def cells(self, row: Row) -> dict[str, Text]:
        return {
            "rank": rank_text(row),
            "theme": theme_text(row),
            "dots": Text(str(row.dots), justify="right"),
            "chosen": chosen_text(row),
        }
