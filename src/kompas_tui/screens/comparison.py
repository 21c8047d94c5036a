"""Ny måling: two measurements of the session compared theme by theme
(SPEC §3.8), pushed on top of the Evaluering screen.

Overall score, colour and follow-up track before and after; per theme the
scores, the difference with the meaningful-change mark, the colours as
words and a sparkline over every measurement. A theme suppressed or missing
in either measurement is never compared (domain/comparison.py). `i` imports
a later report into the open round; `[` / `]` (or `<` / `>`) choose which
two measurements are compared when there are three or more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompas_tui.domain import comparison as cmp
from kompas_tui.domain.report import Report
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasScreen
from kompas_tui.screens.open_report import OpenReport
from kompas_tui.text import safe_text
from kompas_tui.widgets import comparison_parts as parts
from kompas_tui.widgets.comparison_table import ComparisonTable
from kompas_tui.screens.steps import numbered_steps
from kompas_tui.widgets.step_bar import StepBar
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.domain.scoring import ReportSummary
    from kompas_tui.domain.session import Session


class OpenMeasurement(OpenReport):
    """The report-file dialog, titled for a new measurement."""

    HELP = "ui_comparison.help.open"
    TITLE = "ui_comparison.open.title"
    EXPLAIN = "ui_comparison.open.explain"


class ComparisonScreen(KompasScreen):
    HELP = "ui_comparison.help"
    CSS_PATH = "../styles/comparison.tcss"
    # The table gets the focus in on_mount without scrolling the page down.
    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("escape", "back", "ui.key.back", tooltip="ui.key.back.step.tip", id="comparison.back"),
        Binding("i", "import", "ui_comparison.key.import", tooltip="ui_comparison.key.import.tip", id="comparison.import"),
        Binding(
            "left_square_bracket,less_than_sign", "pair(-1)", "ui_comparison.key.earlier",
            tooltip="ui_comparison.key.earlier.tip", key_display="[", id="comparison.earlier",
        ),
        Binding(
            "right_square_bracket,greater_than_sign", "pair(1)", "ui_comparison.key.later",
            tooltip="ui_comparison.key.later.tip", key_display="]", id="comparison.later",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.store.session
        assert session is not None, "the comparison screen needs an open session"
        self._prepare(session)

    # -- what is compared ------------------------------------------------------

    def _prepare(self, session: Session) -> None:
        self._shown = self._what_is_shown(session)
        self._scored: list[ReportSummary] = cmp.summaries(session, self.kompas.profile)
        self._pairs = cmp.pairs(session)
        self._pair = cmp.default_pair(session)
        self.comparison = self._compare(session)

    def _compare(self, session: Session) -> cmp.Comparison | None:
        if self._pair is None:
            return None
        before, after = self._pair
        return cmp.compare(session, self.kompas.profile, before, after, scored=self._scored)

    def _what_is_shown(self, session: Session) -> tuple[object, ...]:
        return (session.unit, session.created, session.measurements, session.rounds, self.store.read_only)

    # -- the page --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        store, lang = self.store, self.kompas.lang
        session = store.session
        assert session is not None
        yield StepBar("evaluation", numbered_steps(), unit=session.unit, read_only=store.read_only)
        with VerticalScroll(id="comparison-page"):
            yield from self.compose_read_only_notice()
            yield Static(Content.styled(t("ui_comparison.title"), "bold"), id="comparison-title")
            comparison = self.comparison
            if comparison is None:
                name = session.report.measurement or session.report.unit
                yield Static(parts.empty(name), id="comparison-empty")
            else:
                yield Static(parts.heading(comparison), id="comparison-heading")
                if len(self._pairs) > 1:
                    yield Static(parts.pair_line(comparison), id="comparison-pair", classes="note")
                yield Static(parts.overall(comparison, lang), id="comparison-overall")
                yield Static(parts.track(comparison, lang), id="comparison-track")
                if (zero := parts.zero_tolerance(comparison)) is not None:
                    yield Static(zero, id="comparison-zero")
                if comparison.themes:
                    yield ComparisonTable(comparison, lang, id="comparison-themes")
                if (skipped := parts.not_compared(comparison)) is not None:
                    yield Static(skipped, id="comparison-skipped")
                yield Static(parts.legend(comparison, lang), id="comparison-legend", classes="note")
        yield KompasFooter()

    def on_mount(self) -> None:
        self._focus()

    def _focus(self) -> None:
        # query, not query_one: a redraw can race the app closing the screen.
        target = self.query(ComparisonTable) or self.query("#comparison-page")
        if target:
            self.set_focus(target.first(), scroll_visible=False)

    async def _redraw(self) -> None:
        await self.recompose()
        self._focus()

    # -- listening while in view (see StepScreen.on_screen_resume) -------------

    async def on_screen_resume(self) -> None:
        signal = self.session_changed
        signal.unsubscribe(self)
        signal.subscribe(self, self._session_changed)
        await self._session_changed(None)

    def on_screen_suspend(self) -> None:
        self.session_changed.unsubscribe(self)

    async def _session_changed(self, session: object) -> None:
        current = self.store.session
        if current is None or self._shown == self._what_is_shown(current):
            return
        self._prepare(current)
        await self._redraw()

    # -- keys ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pair":
            return len(self._pairs) > 1  # hidden with fewer than three measurements
        return True

    async def action_pair(self, step: int) -> None:
        if self._pair is None or len(self._pairs) < 2:
            return
        index = self._pairs.index(self._pair) if self._pair in self._pairs else 0
        self._pair = self._pairs[(index + step) % len(self._pairs)]
        session = self.store.session
        assert session is not None
        self.comparison = self._compare(session)
        await self._redraw()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.kompas.action_show_report()

    def action_import(self) -> None:
        """A later report into the open round (refused, with the reason,
        when the session is read-only, no round is open or the round
        already has its measurement)."""
        from kompas_tui.domain.evaluation import open_round

        app, store = self.kompas, self.store
        session = store.session
        if session is None:
            return
        if store.read_only:
            app.notify(safe_text(store.read_only_notice()), severity="warning", markup=False)
            return
        current = open_round(session)
        if current is None:
            app.notify(t("ui_comparison.refused.no_round"), severity="warning", markup=False, timeout=8)
            return
        if current.measurement is not None:
            self._refuse_second(session, current.measurement)
            return
        app.push_screen(OpenMeasurement(), self._add)

    def _refuse_second(self, session: Session, index: int) -> None:
        report = session.measurements[index] if index < len(session.measurements) else None
        name = (report.measurement or report.unit) if report is not None else ""
        self.kompas.notify(
            safe_text(t("ui_comparison.refused.has_measurement", name=name)), severity="warning", markup=False, timeout=8
        )

    def _add(self, report: Report | None) -> None:
        from kompas_tui.domain.evaluation import RoundRefused, add_measurement

        app, store = self.kompas, self.store
        session = store.session
        if report is None or session is None:
            return
        try:
            fields = add_measurement(session, report)
        except RoundRefused as refused:
            # The round changed while the dialog was open (or none is open).
            key = "ui_comparison.refused.no_round" if refused.key.endswith("no_open_round") else None
            if key is None:
                self._refuse_second(session, len(session.measurements) - 1)
            else:
                app.notify(t(key), severity="warning", markup=False, timeout=8)
            return
        if store.update_round(**fields):
            app.notify(
                safe_text(t("ui_comparison.added", name=report.measurement or report.unit)), markup=False, timeout=6
            )
