"""The participant's own dots per theme (kompas join).

The table only shows and asks: a key posts `Change` with the theme and the
number of dots wanted, and the screen applies the rules and casts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable

from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.page_table import theme_column_width
from kompas_tui.widgets.quiet_cells import QuietCells
from kompas_tui.widgets.compact_lines import CompactLines

#: Room for the dots column (its header is the widest part).


class JoinTable(CompactLines, QuietCells, DataTable[Text], inherit_bindings=False):
    """One row per theme of the ballot: its name (literal) and this participant's dots."""

    DEFAULT_CSS = """
    JoinTable {
        height: 1fr;
        overflow-x: hidden;
    }
    """

    # Not inherited: DataTable's Left/Right move a cell cursor; here they give and take dots.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
        Binding(
            "plus,equals_sign,right", "more", "ui_join.key.plus", key_display="+",
            tooltip="ui_join.key.plus.tip", id="join.plus",
        ),
        Binding(
            "minus,left", "less", "ui_join.key.minus", key_display="-",
            tooltip="ui_join.key.minus.tip", id="join.minus",
        ),
        *(
            Binding(
                str(n), f"set_dots({n})", "ui_join.key.digits", show=n == 0, key_display="0–9",
                tooltip="ui_join.key.digits.tip", id=f"join.digit_{n}",
            )
            for n in range(10)
        ),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The dot keys are offered (Footer, keys) only while the ballot is open."""
        if action in ("more", "less", "set_dots"):
            return getattr(self.screen, "state", "open") == "open"
        return True

    class Change(Message):
        """The participant wants `dots` on `theme` or, with `step`, one dot
        more (+1) or less (-1) than the screen has: two keys pressed before
        the screen has taken the first are then two dots, not one."""

        def __init__(self, theme: str, dots: int = 0, *, step: int | None = None) -> None:
            super().__init__()
            self.theme = theme
            self.dots = dots
            self.step = step

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            id=id, cursor_type="row", zebra_stripes=True, cell_padding=1, cursor_foreground_priority="renderable"
        )
        self.themes: tuple[str, ...] = ()
        self.dots: dict[str, int] = {}
        self._theme_width = 0

    def _wanted_theme_width(self, themes: Sequence[str] | None = None) -> int:
        # The table is not in a page: its own width, one column spare.
        room = (self.size.width or self.app.size.width - 2) - 1
        names = [t("ui_join.column.theme"), *(safe_text(theme) for theme in (self.themes if themes is None else themes))]
        return theme_column_width(room, [len(t("ui_join.column.dots"))], self.cell_padding, names)

    def show(self, themes: Sequence[str], dots: Mapping[str, int]) -> None:
        """The themes (rebuilt when they change) and the dots (cell by cell)."""
        themes = tuple(themes)
        if themes != self.themes or not self.columns:
            row = self.cursor_row
            self.clear(columns=True)
            self._theme_width = self._wanted_theme_width(themes)
            self.add_column(t("ui_join.column.theme"), key="theme", width=self._theme_width)
            self.add_column(Text(t("ui_join.column.dots"), justify="right"), key="dots")
            for index, theme in enumerate(themes):
                name = Text(safe_text(theme), overflow="fold")
                self.add_row(name, self._dots_text(dots.get(theme, 0)), key=str(index), height=None)
            self.themes = themes
            if themes:
                self.move_cursor(row=min(max(row, 0), len(themes) - 1))
        else:
            for index, theme in enumerate(themes):
                if dots.get(theme, 0) != self.dots.get(theme, 0):
                    self._set_dots(index, dots.get(theme, 0))
        self.dots = {theme: dots.get(theme, 0) for theme in themes}

    def _set_dots(self, index: int, count: int) -> None:
        """The dots cell of one row, redrawn alone (`QuietCells`)."""
        self.update_cell(str(index), "dots", self._dots_text(count))

    @staticmethod
    def _dots_text(count: int) -> Text:
        return Text(str(count), justify="right")

    def on_resize(self) -> None:
        if self.columns and self._wanted_theme_width() != self._theme_width:
            themes, self.themes = self.themes, ()
            self.show(themes, self.dots)

    @property
    def current(self) -> str | None:
        if not self.themes or not 0 <= self.cursor_row < len(self.themes):
            return None
        return self.themes[self.cursor_row]

    def _ask(self, dots: int = 0, step: int | None = None) -> None:
        theme = self.current
        if theme is not None:
            self.post_message(self.Change(theme, dots, step=step))

    def action_more(self) -> None:
        self._ask(step=1)

    def action_less(self) -> None:
        self._ask(step=-1)

    def action_set_dots(self, dots: int) -> None:
        self._ask(dots)
