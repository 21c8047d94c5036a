"""Opsummering: who does what by when, the next follow-up date, what is
missing, and the export (SPEC §3.7).

One scrolling page. The date of the next follow-up is typed here the Danish
way and saved through the app like every other change. `e` writes the
minutes (Markdown and HTML) and the CSV of the plan next to the session
file (NAME.md, NAME.html, NAME.csv; private, atomic, no backup), in the session's language as
`kompas export` does, and says where. The files are written in a thread
worker; the screen only shows the outcome.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, Label, Static
from textual.worker import Worker, WorkerState

from kompas_tui.domain.dates import DateError, format_date, format_input, parse_date
from kompas_tui.domain.message import plural
from kompas_tui.domain.plan import overdue, who_does_what
from kompas_tui.exporters.summary_data import PlanView, plan_view
from kompas_tui.i18n import t
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.evaluation_notice import compose_history_notice
from kompas_tui.widgets.summary_actions import WARNING_STYLE, ActionsOverview
from kompas_tui.widgets.summary_date import DateInput

if TYPE_CHECKING:
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.domain.session import Session

#: Worker group of the export (disk work off the UI thread).
EXPORT_WORK = "summary-export"


def export_paths(session_path: Path) -> tuple[Path, Path, Path]:
    """NAME.md, NAME.html and NAME.csv next to the session file NAME.toml."""
    return session_path.with_suffix(".md"), session_path.with_suffix(".html"), session_path.with_suffix(".csv")


def export_files(
    session: Session, profile: OrgProfile, today: dt.date, paths: tuple[Path, Path, Path]
) -> list[tuple[Path, bytes]]:
    """The minutes (Markdown and HTML, from one rendering) and the action
    plan (CSV), in the session's language, for the `export_paths`."""
    from kompas_tui.exporters.csv_export import session_csv
    from kompas_tui.exporters.html_minutes import minutes_html
    from kompas_tui.exporters.markdown import session_markdown

    lang = session.language
    minutes = session_markdown(session, profile, lang, today)
    md_path, html_path, csv_path = paths
    return [
        (md_path, minutes.encode("utf-8")),
        (html_path, minutes_html(minutes, lang).encode("utf-8")),
        (csv_path, session_csv(session, profile, lang)),
    ]


def write_exports(files: list[tuple[Path, bytes]]) -> list[Path]:
    from kompas_tui.storage.atomic import atomic_write

    for path, data in files:
        # Private like the session (SPEC §7); an export keeps no .bak.
        atomic_write(path, data, 0o600, backup=False)
    return [path for path, _ in files]


#: Seconds of no typing after which a typed date is saved.
DATE_SETTLE = 0.3


class SummaryScreen(StepScreen):
    STEP = "summary"
    HELP = "ui_summary.help"
    # Set in on_mount: the date field while the plan has no date (what is
    # typed then lands in it, never on the letter keys), else the page.
    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("e", "export", "ui_summary.key.export", tooltip="ui_summary.key.export.tip", id="summary.export"),
        # Priority: the focus moves before the next key is handed on (see voting.py).
        Binding(
            "n", "edit_follow_up", "ui_summary.key.follow_up", tooltip="ui_summary.key.follow_up.tip", id="summary.follow_up",
            priority=True,
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        assert self.store.session is not None, "the summary screen needs an open session"
        self.view: PlanView = plan_view(self.store.session, self.kompas.profile)

    # -- layout --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        store = self.store
        yield from self.compose_step_bar()
        with VerticalScroll(id="summary-page"):
            yield from self.compose_read_only_notice()
            yield from compose_history_notice(store.workshop_locked, store.read_only)
            yield Static(id="summary-status")
            yield Static(t("ui_summary.who.title"), classes="section-title", markup=False)
            yield ActionsOverview(id="summary-actions")
            yield Static(t("ui_summary.follow_up.title"), classes="section-title", markup=False)
            with Horizontal(id="follow-up-row"):
                yield Label(t("ui_summary.follow_up.label"), id="follow-up-label", markup=False)
                yield DateInput(
                    self._date_text(),
                    placeholder=t("ui_summary.follow_up.placeholder"),
                    id="follow-up",
                    disabled=store.read_only or store.workshop_locked,
                )
            yield Static(id="follow-up-shown")
            yield Static(t("ui_summary.missing.title"), classes="section-title", markup=False)
            yield Static(id="summary-missing")
            yield Static(t("ui_summary.export.title"), classes="section-title", markup=False)
            yield Static(t("ui_summary.export.hint"), id="export-hint", classes="note", markup=False)
            yield Static(id="export-result")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()
        field = self.query_one("#follow-up", DateInput)
        if self.view.session.plan.next_follow_up is None and not field.disabled:
            self.set_focus(field)
        else:
            self.set_focus(self.query_one("#summary-page"), scroll_visible=False)

    async def on_session_changed(self) -> None:
        # Only called while in view, or on coming back (see StepScreen).
        self._refresh_view()

    def _refresh_view(self) -> None:
        session = self.store.session
        if session is None or not self.is_attached:
            return
        self.view = plan_view(session, self.kompas.profile)
        self._fill()

    # -- what the page shows -------------------------------------------------

    def _date_text(self) -> str:
        date = self.view.session.plan.next_follow_up
        return format_input(date, self.kompas.lang) if date is not None else ""

    def _fill(self) -> None:
        """Put the session's state into the page (after a change, too)."""
        if not self.query("#summary-page"):
            return
        app, lang, plan = self.kompas, self.kompas.lang, self.view.session.plan
        self.query_one("#summary-status", Static).update(self._status())
        self.query_one(ActionsOverview).show(who_does_what(plan), app.today, lang)
        self.query_one("#summary-missing", Static).update(self._missing())
        field = self.query_one("#follow-up", DateInput)
        if not field.has_focus:
            field.value = self._date_text()
            self._show_date()

    def _status(self) -> Content:
        blocking = sum(1 for m in self.view.missing if m.blocking)
        late = len(overdue(self.view.session.plan, self.kompas.today))
        if blocking:
            parts: list[str | tuple[str, str]] = [(plural("ui_summary.status.incomplete", blocking), "bold")]
        else:
            parts = [(t("ui_summary.status.complete"), "bold")]
        if late:
            parts += ["\n", (plural("ui_summary.status.overdue", late), WARNING_STYLE)]
        return Content.assemble(*parts)

    def _missing(self) -> Content | Table:
        if not self.view.missing:
            return Content(t("ui_summary.missing.none"))
        # A grid, so a long message wraps under itself, not under its mark.
        grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for item in self.view.missing:
            mark = t("ui_summary.missing.blocking" if item.blocking else "ui_summary.missing.warning")
            style = WARNING_STYLE if item.blocking else "bold"
            grid.add_row(Text(f" {mark} ", style=style), Text(safe_text(item.text())))
        return grid

    def _show_date(self, error: DateError | None = None) -> None:
        shown = self.query_one("#follow-up-shown", Static)
        if error is not None:
            shown.update(Content.styled(safe_text(error.text()), "bold"))
            self.call_after_refresh(shown.scroll_visible, animate=False)
            return
        date = self.view.session.plan.next_follow_up
        if date is None:
            shown.update(Content(t("ui_summary.follow_up.none")))
            return
        key = "ui_summary.follow_up.past" if date < self.kompas.today else "ui_summary.follow_up.shown"
        shown.update(Content(t(key, date=format_date(date))))

    # -- the follow-up date --------------------------------------------------

    def commit_pending(self) -> None:
        """Save a date still being typed (the app calls this before it quits)."""
        if self._date_timer is not None:
            self._date_timer.stop()
            self._save_typed_date(self.query_one("#follow-up", DateInput))

    def action_edit_follow_up(self) -> None:
        if self.store.read_only or self.store.workshop_locked:
            self.notify(safe_text(self.store.locked_notice()), severity="warning", markup=False)
            return
        self.set_focus(self.query_one("#follow-up", DateInput))
        # The line under the field (the date in words, or why it is refused) in view too.
        self.call_after_refresh(self.query_one("#follow-up-shown").scroll_visible, animate=False)

    def _commit_date(self, field: Input) -> bool:
        """Save what the field holds (empty: no date). False, with the
        reason shown under the field, when it is no date."""
        text = field.value.strip()
        try:
            date = parse_date(text, self.kompas.today) if text else None
        except DateError as error:
            self._show_date(error)
            return False
        plan = self.store.session.plan if self.store.session else None
        if plan is not None and date != plan.next_follow_up:
            self.store.update(plan=plan.model_copy(update={"next_follow_up": date}))
        self.view = plan_view(self.store.session, self.kompas.profile)  # type: ignore[arg-type]
        field.value = self._date_text()
        self._show_date()
        return True

    # Like the other date fields: what is typed is saved once typing pauses
    # (SPEC §7), quietly — a half-typed date is not called wrong until Enter
    # or Tab, and the field keeps exactly what was typed.
    _date_timer: Timer | None = None

    def on_input_changed(self, event: Input.Changed) -> None:
        # Typing only: the page also sets the field (when it is not focused)
        # to show the saved date, and that must not be saved back later.
        if event.input.id != "follow-up" or self.store.read_only or not event.input.has_focus:
            return
        if self._date_timer is not None:
            self._date_timer.stop()
        self._date_timer = self.set_timer(
            DATE_SETTLE, lambda: self._save_typed_date(event.input), name="date-settle"
        )

    def _save_typed_date(self, field: Input) -> None:
        self._date_timer = None
        text = field.value.strip()
        if not text:
            return  # clearing to retype is not "no date" yet: that takes Enter or Tab
        try:
            date = parse_date(text, self.kompas.today)
        except DateError:
            return
        plan = self.store.session.plan if self.store.session else None
        if plan is not None and date != plan.next_follow_up:
            self.store.update(plan=plan.model_copy(update={"next_follow_up": date}))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "follow-up":
            event.stop()
            if self._commit_date(event.input):
                self.query_one("#summary-page").focus()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if event.input.id == "follow-up" and not self.store.read_only:
            self._commit_date(event.input)

    def on_date_input_cancelled(self, event: DateInput.Cancelled) -> None:
        event.stop()
        event.field.value = self._date_text()
        self._show_date()
        self.query_one("#summary-page").focus()

    # -- export --------------------------------------------------------------

    def action_export(self) -> None:
        app, store, handle, session = self.kompas, self.store, self.store.handle, self.store.session
        if handle is None or session is None:
            return
        if store.read_only:
            # The files beside the session belong to whoever has it open; a
            # read-only copy may be behind theirs and must not overwrite them.
            message = t("ui_summary.export.read_only")
            self.query_one("#export-result", Static).update(Content(safe_text(message)))
            self.notify(safe_text(message), severity="warning", markup=False, timeout=10)
            return
        # Rendered here, from the session as it is now; only the writing waits.
        files = export_files(session, app.profile, app.today, export_paths(handle.path))
        self.run_worker(lambda: write_exports(files), thread=True, group=EXPORT_WORK, exclusive=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != EXPORT_WORK:
            return
        event.stop()
        result = self.query_one("#export-result", Static)
        if event.state == WorkerState.SUCCESS and worker.result:
            md_path, html_path, csv_path = worker.result
            message = t(
                "ui_summary.export.done", folder=md_path.parent, md=md_path.name, html=html_path.name, csv=csv_path.name
            )
            result.update(Content(safe_text(message)))
            self.notify(safe_text(message), markup=False)
            self.kompas.checkpoint("export")
        elif event.state == WorkerState.ERROR:
            from kompas_tui.os_errors import failure_reason

            message = t("ui_summary.export.failed", reason=failure_reason(worker.error))
            result.update(Content.styled(safe_text(message), "bold"))
            self.notify(safe_text(message), severity="error", markup=False, timeout=15)

