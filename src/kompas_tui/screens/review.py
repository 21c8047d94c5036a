"""Gennemsyn: the sessions in a folder (and its subfolders), filtered by
typing and sorted by a key; Enter shows one read-only
(`screens/review_session.py`). Works with or without an open session.

The folder is read in a thread worker (`storage.folder_scan.scan_folder`)
with its progress on screen, so a big folder never blocks the keys. Files
that are not readable sessions are counted on the status line and listed,
with their reasons, behind `p`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from kompas_tui.domain.message import plural
from kompas_tui.domain.overview import counted_sessions, folder_unit
from kompas_tui.i18n import t
from kompas_tui.screens.base import ExtraCommand, KompasModal, KompasScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.review_table import SORTS, ReviewTable, filter_words, fold, search_text, sort_units
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.domain.overview import Counted, UnitStatus
    from kompas_tui.storage.folder_scan import FolderProblem, FolderScan

#: Worker group of the folder scan.
SCAN_WORK = "review-scan"

#: Above this many sessions the filter waits for a pause in the typing.
LIVE_FILTER_LIMIT = 2000
FILTER_PAUSE = 0.15


class ReviewScreen(KompasScreen):
    HELP = "ui_review.help"
    CSS_PATH = "../styles/review.tcss"
    AUTO_FOCUS = "#review-filter"

    BINDINGS = [
        Binding("escape", "back", "ui_review.key.back", id="review.back"),
        Binding("down", "focus_list", "ui_review.key.list", tooltip="ui_review.key.list.tip", id="review.list"),
        Binding("p", "problems", "ui_review.key.problems", tooltip="ui_review.key.problems.tip", id="review.problems"),
        Binding("ctrl+r", "reload", "ui_review.key.reload", tooltip="ui_review.key.reload.tip", id="review.reload"),
    ]

    def __init__(self, folder: Path | str) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.scan: FolderScan | None = None
        self.sort = SORTS[0]
        self.reverse = False
        self.progress: tuple[int, int] | None = None
        self._filter_timer: Timer | None = None
        self._shown = 0
        self._haystacks: list[str] = []
        #: Which session counts for each session's unit (by path).
        self._counted: dict[str, Counted] = {}
        self._names: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        title = Content.assemble(
            (t("ui_review.title"), "bold"), "  ", t("ui_review.folder", folder=safe_text(self.folder))
        )
        yield Static(title, id="review-title")
        yield Input(placeholder=t("ui_review.filter.placeholder"), id="review-filter", compact=True, select_on_focus=False)
        yield Static(t("ui_review.loading"), id="review-status", markup=False)
        yield Static(id="review-header")
        yield ReviewTable(id="review-table")
        yield Static(id="review-current")
        yield KompasFooter()

    def on_mount(self) -> None:
        self.query_one(ReviewTable).on_move = self._show_unit
        self.action_reload()

    # -- loading -----------------------------------------------------------------

    def action_reload(self) -> None:
        from kompas_tui.storage.folder_scan import scan_folder

        folder, profile = self.folder, self.kompas.profile
        self.progress = None
        self._status()

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progressed, done, total)

        self.run_worker(
            lambda: scan_folder(folder, profile, progress=progress),
            thread=True,
            group=SCAN_WORK,
            exclusive=True,
            exit_on_error=False,
        )

    def _progressed(self, done: int, total: int) -> None:
        if self.scan is None:
            self.progress = (done, total)
            self._status()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != SCAN_WORK:
            return
        event.stop()
        if event.state == WorkerState.SUCCESS and worker.result is not None:
            self.scan = worker.result
            # Folded once, not on every key typed into the filter.
            self._haystacks = [search_text(unit) for unit in self.scan.units]
            self._names = {unit.path: fold(unit.unit) for unit in self.scan.units}
            self._counted = counted_sessions(self.scan.units, lambda unit: folder_unit(unit, str(self.folder)))
            self._fill()
        elif event.state == WorkerState.ERROR:
            from kompas_tui.os_errors import os_reason

            error = worker.error
            reason = os_reason(error) if isinstance(error, OSError) else repr(error)
            message = safe_text(t("ui_review.failed", reason=reason))
            self.query_one("#review-status", Static).update(Content(message))

    # -- the list ----------------------------------------------------------------

    @property
    def units(self) -> list[UnitStatus]:
        return self.scan.units if self.scan is not None else []

    @property
    def problems(self) -> list[FolderProblem]:
        return self.scan.problems if self.scan is not None else []

    def _fill(self) -> None:
        if self.scan is None:
            return
        words = filter_words(self.query_one("#review-filter", Input).value)
        if words:
            shown = [
                unit for unit, haystack in zip(self.units, self._haystacks) if all(w in haystack for w in words)
            ]
        else:
            shown = self.units
        app = self.kompas
        ordered = sort_units(shown, self.sort, app.today, self.reverse, self._names)
        self._shown = len(ordered)
        table = self.query_one(ReviewTable)
        table.show(ordered, app.today, app.lang, self._counted)
        self.query_one("#review-header", Static).update(table.header())
        self._status()
        self._show_current()

    def _status(self) -> None:
        status = self.query_one("#review-status", Static)
        if self.scan is None:
            if self.progress is None or not self.progress[1]:
                status.update(Content(t("ui_review.loading")))
            else:
                done, total = self.progress
                status.update(Content(t("ui_review.progress", done=done, total=total)))
            return
        total = len(self.units)
        parts: list[Content | str] = []
        if not total:
            parts.append(t("ui_review.empty"))
        elif not self._shown:
            parts.append(t("ui_review.no_match"))
        else:
            parts.append(t("ui_review.count", shown=self._shown, total=total))
        column = t(f"ui_review.sort.{self.sort}.reverse" if self.reverse else f"ui_review.sort.{self.sort}")
        parts.append(t("ui_review.sorted", column=column))
        if count := len(self.problems):
            parts.append(Content.styled(plural("ui_review.problems.count", count), "bold"))
        status.update(Content(" · ").join(Content(p) if isinstance(p, str) else p for p in parts))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "review-filter":
            return
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        if len(self.units) <= LIVE_FILTER_LIMIT:
            self._fill()
        else:
            self._filter_timer = self.set_timer(FILTER_PAUSE, self._fill, name="review-filter")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "review-filter":
            self.action_focus_list()

    # -- keys ------------------------------------------------------------------------

    def action_focus_list(self) -> None:
        self.query_one(ReviewTable).focus()

    def action_filter(self) -> None:
        self.query_one("#review-filter", Input).focus()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.reverse = False
        self._fill()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self._fill()

    def action_back(self) -> None:
        if self.focused is not None and self.focused.id == "review-filter":
            self.action_focus_list()
        elif len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.notify(t("ui.quit_hint"), markup=False)

    def action_problems(self) -> None:
        self.app.push_screen(ReviewProblems(self.problems, self.folder))

    def on_review_table_highlighted(self, event: ReviewTable.Highlighted) -> None:
        self._show_current()

    def _show_current(self) -> None:
        """The row under the cursor in full: a long unit name is cut in its column."""
        table = self.query_one(ReviewTable)
        if self.scan is not None:
            self.query_one("#review-header", Static).update(table.header())
        self._show_unit()

    def _show_unit(self) -> None:
        """The line under the list (on a cursor move, this alone changes)."""
        unit = self.query_one(ReviewTable).current
        current = self.query_one("#review-current", Static)
        if unit is None:
            current.update("", layout=False)
            return
        try:
            name = str(Path(unit.path).relative_to(self.folder))
        except ValueError:
            name = Path(unit.path).name
        entry = self._counted.get(unit.path)
        several: list[str | tuple[str, str]] = []
        if entry is not None and entry.sessions > 1:
            key = "ui_review.sessions.counts" if entry.counts(unit.path) else "ui_review.sessions.not_counted"
            several = ["  ·  ", (t(key, count=entry.sessions), "bold")]
        current.update(
            Content.assemble(
                (safe_text(unit.unit), "bold"),
                *(["  ·  ", safe_text(unit.measurement)] if unit.measurement else []),
                *several,
                "  ·  ",
                (safe_text(name), "italic"),  # not dim: it must read on a projector
            ),
            layout=False,  # one line, always
        )

    def on_review_table_typed_ahead(self, event: ReviewTable.TypedAhead) -> None:
        field = self.query_one("#review-filter", Input)
        field.focus()
        field.insert_text_at_cursor(event.character)

    def action_history(self) -> None:
        """The history of the session under the cursor (docs/history.md)."""
        from kompas_tui.screens.history import HistoryScreen

        unit = self.query_one(ReviewTable).current
        if unit is not None:
            self.app.push_screen(HistoryScreen(Path(unit.path)))

    def on_review_table_selected(self, event: ReviewTable.Selected) -> None:
        self.open_unit(event.unit)

    def open_unit(self, unit: UnitStatus) -> None:
        from kompas_tui.screens.review_session import ReviewSessionScreen

        self.app.push_screen(ReviewSessionScreen(Path(unit.path)))

    def extra_commands(self) -> Iterable[ExtraCommand]:
        table = self.query_one(ReviewTable)
        for unit in table.units[:50]:
            yield ExtraCommand(
                safe_text(unit.unit), safe_text(Path(unit.path).name), lambda unit=unit: self.open_unit(unit)
            )


class ReviewProblems(KompasModal[None]):
    """The files that are not readable sessions, each with its reason."""

    HELP = "ui_review.problems.help"
    CSS_PATH = "../styles/review.tcss"
    AUTO_FOCUS = "#review-problems-body"

    def __init__(self, problems: list[FolderProblem], folder: Path | None = None) -> None:
        super().__init__()
        self.problems = problems
        self.folder = folder

    def _shown_path(self, path: str) -> str:
        """The file's path inside the folder (subfolders included)."""
        if self.folder is not None:
            try:
                return str(Path(path).relative_to(self.folder))
            except ValueError:
                pass
        return Path(path).name

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="review-problems-body") as body:
            body.border_title = Content(t("ui_review.problems.title"))
            if not self.problems:
                yield Static(t("ui_review.problems.none"), markup=False)
            for problem in self.problems:
                line = Content.assemble((safe_text(self._shown_path(problem.path)), "bold"), "\n", safe_text(problem.reason))
                yield Static(line, classes="review-problem")
        yield KompasFooter()
