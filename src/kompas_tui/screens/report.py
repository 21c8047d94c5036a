"""Rapport: the report summary of SPEC §3.2, on one scrolling page.

Header (unit, measurement, response rate), overall score with colour and
follow-up track, the theme table, a bar chart, the zero-tolerance panel and
the guidance cards the report triggers, with the organisation's policy links
and help contacts (or where to put them) under them. Everything comes from
`scoring.summarise()`.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Static

from kompas_tui.domain.scoring import ReportSummary, summarise
from kompas_tui.domain.session import Session
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasScreen
from kompas_tui.widgets import report_parts as parts
from kompas_tui.widgets.score_chart import ScoreChart
from kompas_tui.screens.steps import numbered_steps
from kompas_tui.widgets.step_bar import StepBar
from kompas_tui.widgets.theme_table import ThemeTable
from kompas_tui.widgets.footer import KompasFooter


class ReportScreen(KompasScreen):
    HELP = "ui.help.report"
    # The theme table gets the focus in on_mount, without the scroll that
    # AUTO_FOCUS does: the page must open at its top, on unit and response.
    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("escape", "app.show_start", "ui.key.back", tooltip="ui.key.back.tip", id="report.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.store.session
        assert session is not None, "the report screen needs an open session"
        self.summary: ReportSummary = self._summarise(session)
        # As the app's first screen it is painted once, focused (first_paint.py).
        self.kompas.first_paint.wait_for(self)

    def _summarise(self, session: Session) -> ReportSummary:
        # The re-measurement counts from the session's date, as in `kompas check`.
        self._shown = self._what_is_shown(session)
        return summarise(session.report, self.kompas.profile, session.created.date())

    def compose(self) -> ComposeResult:
        store, summary, lang = self.store, self.summary, self.kompas.lang
        yield StepBar("report", numbered_steps(), unit=summary.report.unit, read_only=store.read_only)
        with VerticalScroll(id="report-page"):
            yield from self.compose_read_only_notice()
            yield Static(parts.heading(summary), id="report-heading")
            yield Static(parts.response_line(summary, lang), id="response")
            yield Static(parts.overall(summary, lang), id="overall")
            yield Static(parts.track(summary, lang), id="track")
            if (note := parts.reversed_note(summary)) is not None:
                yield Static(note, id="reversed-note", classes="note")
            if summary.themes:
                yield ThemeTable(summary, lang, id="themes")
                yield Static(parts.table_legend(summary.profile, lang), id="table-legend", classes="note")
            # Composed with the rest, not mounted after the first paint: the
            # first screen goes out once, whole (first_paint.py), and a
            # second mount only lays the page out again before it does.
            yield Vertical(*self._below_the_fold(), id="report-rest")
        yield KompasFooter(show_command_palette=True)

    def _below_the_fold(self) -> list[Widget]:
        """What lies below the first screenful: the chart, the zero-tolerance
        panel, the guidance cards."""
        summary, lang = self.summary, self.kompas.lang
        widgets: list[Widget] = []
        if summary.themes:
            widgets.append(Static(t("ui.chart.title"), classes="section-title", markup=False))
            widgets.append(ScoreChart(summary, lang, id="chart"))
        if summary.zero_tolerance:
            widgets.append(Static(parts.zero_tolerance(summary), id="zero-tolerance"))
        for key in summary.guidance:
            widgets.append(Static(parts.guidance(key, summary, lang), classes="guidance", id=f"guidance-{key}"))
        if summary.guidance:
            widgets.append(Static(parts.help_card(summary.profile, lang), classes="guidance", id="guidance-help"))
        return widgets

    def on_mount(self) -> None:
        self._focus_and_fill()

    async def on_screen_resume(self) -> None:
        # Listen only while in view (see StepScreen.on_screen_resume), and
        # catch up with what changed while covered.
        signal = self.session_changed
        signal.unsubscribe(self)
        signal.subscribe(self, self._session_changed)
        await self._session_changed(None)

    def on_screen_suspend(self) -> None:
        self.session_changed.unsubscribe(self)

    def _focus_and_fill(self) -> None:
        # query, not query_one: a redraw can race the app closing the screen.
        target = self.query(ThemeTable) if self.summary.themes else self.query("#report-page")
        if target:
            self.set_focus(target.first(), scroll_visible=False)
        self.kompas.first_paint.done(self)

    async def _session_changed(self, session: object) -> None:
        current = self.store.session
        # Most changes are notes, dots and actions: redraw only when what this
        # screen shows (unit, report, measurements) changed.
        if current is None or self._shown == self._what_is_shown(current):
            return
        self.summary = self._summarise(current)
        await self.recompose()
        self._focus_and_fill()

    def _what_is_shown(self, session: Session) -> tuple[object, ...]:
        return (session.unit, session.created, session.measurements, self.store.read_only)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from kompas_tui.screens.theme_detail import ThemeDetail

        table = event.data_table
        if isinstance(table, ThemeTable) and (theme := table.current_theme) is not None:
            self.app.push_screen(ThemeDetail(theme, self.summary))
