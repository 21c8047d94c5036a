"""Horizontal bars of the theme scores (0-100) with the organisation's
average marked, in plain block characters that the Linux console has
(█ ▌ │ ·). Each bar also has its number; the mark is a character, not a
colour, so it reads in NO_COLOR and on a projector.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from kompas_tui.domain.scoring import ReportSummary, ThemeResult
from kompas_tui.formatting import number
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import INK_STYLES

FULL, HALF, MARK, TRACK = "█", "▌", "│", "·"
_LABEL_MAX = 24
_SCORE_WIDTH = 6  # " 100,0"
_MIN_BAR = 10
#: Two points a cell (a half block is one): on a wide terminal the scores
#: stay near their names instead of 150 columns away.
_MAX_BAR = 50


def _truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def bar(score: float, org: float | None, width: int, style: str) -> Content:
    """`width` cells for 0-100: full blocks, a half block for the remainder,
    and the org average as a │ wherever it falls."""
    halves = round(max(0.0, min(100.0, score)) / 100 * width * 2)
    cells = [FULL] * (halves // 2) + ([HALF] if halves % 2 else [])
    cells += [TRACK] * (width - len(cells))
    mark = None
    if org is not None:
        mark = min(width - 1, int(max(0.0, min(100.0, org)) / 100 * width))
        cells[mark] = MARK
    # One part per run of cells in one style, not one per cell: each part is
    # written with its whole style (issue 14: a chart line was 40 of them).
    parts: list[tuple[str, str]] = []
    for index, cell in enumerate(cells):
        cell_style = "bold" if index == mark else style if cell in (FULL, HALF) else "dim"
        if parts and parts[-1][1] == cell_style:
            parts[-1] = (parts[-1][0] + cell, cell_style)
        else:
            parts.append((cell, cell_style))
    return Content.assemble(*parts)


class ScoreChart(Widget):
    """Drawn for the width it gets: one line per theme, a legend and an axis."""

    DEFAULT_CSS = """
    ScoreChart {
        height: auto;
    }
    """

    def __init__(self, summary: ReportSummary, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.summary = summary
        self.lang = lang

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.summary.themes) + 2

    def render(self) -> Content:
        return self.build(self.content_region.width)

    def build(self, width: int) -> Content:
        themes = self.summary.themes
        label_width = min(_LABEL_MAX, max((len(safe_text(th.name)) for th in themes), default=8))
        bar_width = max(_MIN_BAR, min(_MAX_BAR, width - label_width - 1 - _SCORE_WIDTH - 1))
        lines = [self._legend()]
        for theme in themes:
            lines.append(self._line(theme, label_width, bar_width))
        lines.append(self._axis(label_width, bar_width))
        return Content("\n").join(lines)

    def _legend(self) -> Content:
        return Content.assemble(
            (FULL * 2, "bold"),
            " ",
            t("ui.chart.unit"),
            "   ",
            (MARK, "bold"),
            " ",
            t("ui.chart.org"),
            "   ",
            (t("ui.chart.scale"), "dim"),
        )

    def _line(self, theme: ThemeResult, label_width: int, bar_width: int) -> Content:
        label = _truncate(safe_text(theme.name), label_width).ljust(label_width)
        if theme.suppressed or theme.score is None:
            note = t("ui.chart.suppressed", n=self.summary.profile.min_respondents)
            return Content.assemble(label, " ", (note, "italic"))
        style = INK_STYLES.get(theme.colour or "", "")
        score = number(theme.score, self.lang).rjust(_SCORE_WIDTH)
        return Content.assemble(label, " ", bar(theme.score, theme.org_score, bar_width, style), (score, "bold"))

    def _axis(self, label_width: int, bar_width: int) -> Content:
        ticks = [" "] * bar_width
        for value in (0, 50, 100):
            text = str(value)
            start = min(bar_width - len(text), int(value / 100 * bar_width))
            ticks[start : start + len(text)] = list(text)
        return Content.assemble(" " * (label_width + 1), ("".join(ticks), "dim"))
