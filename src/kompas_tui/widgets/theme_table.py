"""The report's theme table, sized for 80 columns, inside a scrolling page.

The table sits in a `VerticalScroll` with the rest of the report. Arrow keys
move the row cursor and keep it in view; past the first or last row, or
when the cursor row is scrolled out of sight, they scroll the page instead,
so one pair of keys reads the whole report. Page and Home/End keys scroll
the page.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from kompas_tui.domain.scoring import ReportSummary, ThemeResult, is_meaningful
from kompas_tui.formatting import number, signed
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import chip_text
from kompas_tui.widgets.compact_lines import CompactLines
from kompas_tui.widgets.page_table import PageTableMixin, page_bindings, page_table_css

#: (catalog key of the header, widest content, right-aligned). A column is as
#: wide as the wider of its header and its content, so the theme names get
#: every column left over and rarely wrap.
_FIXED_COLUMNS = (
    ("ui.table.score", len("100,0"), True),
    ("ui.table.colour", 0, False),  # the widest colour chip, see _colour_width
    ("ui.table.org", len("100,0 ▼"), True),
    ("ui.table.previous", len("100,0"), True),
    ("ui.table.change", len("▼ 100,0 ") + 4, True),
)


def change_cell(difference: float | None, summary: ReportSummary, lang: str) -> Text:
    """"▲ 5,0 reel" / "▼ 12,5 reel" for a real difference, "+2,5" for none."""
    if difference is None:
        return Text("–", justify="right")
    if is_meaningful(difference, summary.profile):
        arrow = "▲" if difference > 0 else "▼"
        word = t("ui.table.real")
        return Text(f"{arrow} {number(abs(difference), lang)} {word}", style="bold", justify="right")
    return Text(signed(difference, lang), justify="right")


def org_cell(theme: ThemeResult, summary: ReportSummary, lang: str) -> Text:
    """The organisation's average, with ▲ or ▼ when the unit is really
    (a meaningful difference) above or below it."""
    diff = theme.difference_org
    mark = " "
    if diff is not None and is_meaningful(diff, summary.profile):
        mark = "▲" if diff > 0 else "▼"
    # Left-justified with the number padded: a right-justified cell would
    # lose the trailing space that keeps the numbers in one column.
    return Text(f"{number(theme.org_score, lang):>5} {mark}")


class ThemeTable(CompactLines, PageTableMixin, DataTable[Text]):
    DEFAULT_CSS = page_table_css("ThemeTable")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "ui.key.details", tooltip="ui.key.details.tip", id="table.details"),
        *page_bindings("table"),
    ]

    def __init__(self, summary: ReportSummary, lang: str, *, id: str | None = None) -> None:
        # A colour chip in the row under the cursor keeps its own colours (kompas.tcss).
        super().__init__(
            id=id, zebra_stripes=True, cursor_type="row", cell_padding=1, cursor_foreground_priority="renderable"
        )
        self.summary = summary
        self.lang = lang
        self._theme_width = 0

    # -- content -------------------------------------------------------------

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        if self._wanted_theme_width() != self._theme_width:
            self._fill()

    def _wanted_theme_width(self) -> int:
        names = [t("ui.table.theme"), *(safe_text(theme.name) for theme in self.summary.themes)]
        return self._theme_column_width(self._fixed_widths(), names)

    @staticmethod
    def _fixed_widths() -> list[int]:
        chips = [len(chip_text(colour)) for colour in ("green", "yellow", "red")]
        widths = []
        for key, content, _ in _FIXED_COLUMNS:
            if key == "ui.table.colour":
                content = max(*chips, len(t("domain.colour.suppressed")))
            elif key == "ui.table.change":
                content = max(len(f"▼ 99,9 {t('ui.table.real')}"), len(t("ui.table.too_few", n=5)))
            widths.append(max(content, len(t(key))))
        return widths

    def _fill(self) -> None:
        row = self.cursor_row
        self.clear(columns=True)
        self._theme_width = self._wanted_theme_width()
        self.add_column(Text(t("ui.table.theme")), width=self._theme_width, key="theme")
        for (key, _, right), width in zip(_FIXED_COLUMNS, self._fixed_widths()):
            self.add_column(Text(t(key), justify="right" if right else "left"), width=width, key=key)
        for index, theme in enumerate(self.summary.themes):
            self.add_row(*self._cells(theme), height=None, key=str(index))
        if self.row_count:
            self.move_cursor(row=min(row, self.row_count - 1), animate=False)

    def _cells(self, theme: ThemeResult) -> list[Text]:
        lang = self.lang
        name = Text(safe_text(theme.name), overflow="fold")
        if theme.suppressed:
            few = t("ui.table.too_few", n=self.summary.profile.min_respondents)
            dash = Text("–", justify="right")
            hidden = Text(t("domain.colour.suppressed"), style="italic")
            return [name, dash, hidden, dash, dash, Text(few, style="italic", justify="right")]
        return [
            name,
            Text(number(theme.score, lang), style="bold", justify="right"),
            chip_text(theme.colour),
            org_cell(theme, self.summary, lang),
            Text(number(theme.previous_score, lang), justify="right"),
            change_cell(theme.change, self.summary, lang),
        ]

    @property
    def current_theme(self) -> ThemeResult | None:
        if not self.row_count:
            return None
        return self.summary.themes[self.cursor_row]
