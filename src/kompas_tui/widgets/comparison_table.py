"""The comparison table: theme, before, after, difference with the
meaningful-change mark, colour before → after (as words), and, from three
measurements on, the theme's scores over every measurement as a sparkline. Fitted to the width like the
report's theme table (the theme column takes what is left and wraps), and
read with the same keys inside its scrolling page."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets import DataTable

from kompas_tui.domain.comparison import Comparison, ThemeComparison
from kompas_tui.domain.report import Colour
from kompas_tui.domain.scoring import ThemeResult
from kompas_tui.formatting import DASH, number
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import chip_text
from kompas_tui.widgets.comparison_sparkline import sparkline
from kompas_tui.widgets.page_table import PageTableMixin, page_bindings, page_table_css
from kompas_tui.widgets.theme_table import change_cell
from kompas_tui.widgets.compact_lines import CompactLines

_ARROW = "→"


def score_cell(theme: ThemeResult | None, lang: str) -> Text:
    """The score; "skjult" for a suppressed theme, a dash for a missing one."""
    if theme is None:
        return Text(DASH, justify="right")
    if theme.suppressed or theme.score is None:
        return Text(t("domain.colour.suppressed"), style="italic", justify="right")
    return Text(number(theme.score, lang), style="bold", justify="right")


def _colour_part(theme: ThemeResult | None) -> Text:
    # Padded like a chip, so the words stand apart without colour too.
    if theme is None:
        return Text(f" {DASH} ")
    if theme.suppressed:
        return Text(f" {t('domain.colour.suppressed')} ", style="italic")
    return chip_text(theme.colour)


def colour_cell(row: ThemeComparison) -> Text:
    """" gul " → " grøn ": both colours with their words."""
    return Text.assemble(_colour_part(row.before), _ARROW, _colour_part(row.after))


def shows_trend(comparison: Comparison) -> bool:
    """The trend column is shown from three measurements on: with two, it
    would say only what the before and after columns say, in a column as
    wide as its title, taken from the theme names (which would wrap at 80
    columns)."""
    return len(comparison.measurements) > 2


class ComparisonTable(CompactLines, PageTableMixin, DataTable[Text]):
    DEFAULT_CSS = page_table_css("ComparisonTable")

    BINDINGS: ClassVar[list[BindingType]] = [
        *page_bindings("comparison_table"),
    ]

    def __init__(self, comparison: Comparison, lang: str, *, id: str | None = None) -> None:
        # A colour chip in the row under the cursor keeps its own colours (kompas.tcss).
        super().__init__(
            id=id, zebra_stripes=True, cursor_type="row", cell_padding=1, cursor_foreground_priority="renderable"
        )
        self.comparison = comparison
        self.lang = lang
        self._theme_width = 0

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        if self._wanted_theme_width() != self._theme_width:
            self._fill()

    def _columns(self) -> list[tuple[str, int, bool]]:
        """(header, width, right-aligned) of every column but the theme."""
        hidden = len(t("domain.colour.suppressed"))
        score = max(len("100,0"), hidden)
        difference = max(len(f"▼ 99,9 {t('ui.table.real')}"), len("−99,9"))
        colours: list[Colour] = ["green", "yellow", "red"]
        side = max(*(len(chip_text(c)) for c in colours), hidden + 2)
        columns = [
            (t("ui_comparison.col.before"), score, True),
            (t("ui_comparison.col.after"), score, True),
            (t("ui_comparison.col.difference"), difference, True),
            (t("ui_comparison.col.colour"), 2 * side + len(_ARROW), False),
        ]
        if shows_trend(self.comparison):
            columns.append((t("ui_comparison.col.trend"), len(self.comparison.measurements), False))
        return [(head, max(width, len(head)), right) for head, width, right in columns]

    def _wanted_theme_width(self) -> int:
        names = [t("ui.table.theme"), *(safe_text(row.name) for row in self.comparison.themes)]
        return self._theme_column_width((width for _, width, _ in self._columns()), names)

    def _fill(self) -> None:
        row = self.cursor_row
        self.clear(columns=True)
        self._theme_width = self._wanted_theme_width()
        self.add_column(Text(t("ui.table.theme")), width=self._theme_width, key="theme")
        for index, (head, width, right) in enumerate(self._columns()):
            self.add_column(Text(head, justify="right" if right else "left"), width=width, key=f"c{index}")
        for index, theme in enumerate(self.comparison.themes):
            self.add_row(*self.cells(theme), height=None, key=str(index))
        if self.row_count:
            self.move_cursor(row=min(row, self.row_count - 1), animate=False)

    def cells(self, row: ThemeComparison) -> list[Text]:
        lang = self.lang
        difference = (
            change_cell(row.difference, self.comparison.after.summary, lang)
            if row.compared
            else Text(DASH, justify="right")
        )
        cells = [
            Text(safe_text(row.name), overflow="fold"),
            score_cell(row.before, lang),
            score_cell(row.after, lang),
            difference,
            colour_cell(row),
        ]
        if shows_trend(self.comparison):
            cells.append(sparkline(row.series, (row.before_index, row.after_index)))
        return cells

    @property
    def current_theme(self) -> ThemeComparison | None:
        if not self.row_count:
            return None
        return self.comparison.themes[self.cursor_row]
