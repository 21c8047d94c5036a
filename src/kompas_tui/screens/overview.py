"""Overblik: every unit in a folder and its subfolders, for HR (SPEC §3.10).

The folder is read in a thread worker (`scan_folder`), with its progress on
screen, so a folder of 10,000 sessions never blocks the keys. Then: totals
per colour and per track, the views HR needs a keystroke away (a, j, u, o,
n), a search on the unit name (/), a sort (s), the files that could not be
read (p), and Enter on a unit opens it read-only (Gennemsyn's session
view, `screens/review_session.py`). Nothing here locks or writes a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, ProgressBar, Static
from textual.worker import Worker, WorkerState

from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets import overview_parts as parts
from kompas_tui.widgets.overview_table import OverviewTable
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.storage.folder_scan import FolderProblem

#: Worker group of the folder scan.
SCAN_WORK = "overview-scan"


class ScanProgress(Message):
    """Posted from the scan's thread: `done` of `total` files read."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


VIEWS = Binding.Group("ui_overview.key.views", compact=True)


class OverviewScreen(KompasScreen):
    HELP = "ui_overview.help"
    CSS_PATH = "../styles/overview.tcss"
    AUTO_FOCUS = "#overview-table"

    BINDINGS = [
        Binding("escape", "back", "ui_overview.key.back", tooltip="ui_overview.key.back.tip", id="overview.back"),
        Binding("slash", "search", "ui_overview.key.search", key_display="/", tooltip="ui_overview.key.search.tip",
                id="overview.search"),
        Binding("s", "sort", "ui_overview.key.sort", tooltip="ui_overview.key.sort.tip", id="overview.sort"),
        Binding("p", "problems", "ui_overview.key.problems", tooltip="ui_overview.key.problems.tip", id="overview.problems"),
        Binding("h", "history", "ui_overview.key.history", tooltip="ui_overview.key.history.tip", id="overview.history"),
        Binding("l", "reload", "ui_overview.key.reload", tooltip="ui_overview.key.reload.tip", id="overview.reload"),
        *(
            # One Footer entry for the five ("a/j/u/o/n Vis"); the line of views names each.
            Binding(key, f"view('{view}')", f"ui_overview.key.filter.{view}", tooltip="ui_overview.key.filter.tip",
                    id=f"overview.view.{view}", group=VIEWS)
            for view, key in parts.VIEW_KEYS.items()
        ),
    ]

    def __init__(self, folder: Path | str | None = None) -> None:
        super().__init__()
        self.folder = Path(folder) if folder is not None else self.kompas.sessions_dir
        self.rows: list[parts.Row] = []
        self.problems: list[FolderProblem] = []
        self.loaded = False
        self.view = "all"
        self.sort = "unit"
        self.search = ""
        #: Also the units' older sessions (earlier years).
        self.history = False
        #: The views' counts of the counted units (a view key does not change them).
        self._counts: dict[str, int] | None = None

    # -- the page ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(("kompas", "bold"), "  ", (f" {t('ui_overview.title')} ", "bold reverse"), "  ",
                             (safe_text(self.folder), "italic")),
            id="overview-bar",
        )
        with Vertical(id="overview-head"):
            yield Static(t("ui_overview.reading", folder=safe_text(self.folder)), id="overview-colours", markup=False)
            yield ProgressBar(show_eta=False, id="overview-progress")
            yield Static("", id="overview-tracks", markup=False)
            yield Static("", id="overview-views", markup=False)
            yield Static("", id="overview-showing", markup=False)
            yield Static("", id="overview-problems", markup=False)
        yield Input(placeholder=t("ui_overview.search.placeholder"), id="overview-search")
        yield OverviewTable(self.kompas.lang, id="overview-table")
        yield Static("", id="overview-detail", markup=False)
        yield KompasFooter()

    def on_mount(self) -> None:
        self.query_one(OverviewTable).on_move = self._show_detail
        self._scan()

    # -- reading the folder -----------------------------------------------------

    @work(thread=True, exclusive=True, group=SCAN_WORK, exit_on_error=False)
    def _scan(self) -> tuple[list[parts.Row], list[FolderProblem]]:
        from kompas_tui.storage.folder_scan import scan_folder

        scan = scan_folder(self.folder, self.kompas.profile, recursive=True, progress=self._progress)
        return parts.rows(scan.units, self.folder, self.kompas.today), list(scan.problems)

    def _progress(self, done: int, total: int) -> None:
        self.post_message(ScanProgress(done, total))  # thread-safe

    def on_scan_progress(self, message: ScanProgress) -> None:
        if self.loaded:
            return
        bar = self.query_one("#overview-progress", ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)
        self.query_one("#overview-tracks", Static).update(t("ui_overview.progress", done=message.done, total=message.total))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != SCAN_WORK:
            return
        if event.state == WorkerState.SUCCESS and event.worker.result is not None:
            self.rows, self.problems = event.worker.result
            self._counts = None
            self.loaded = True
            self._show_all()
        elif event.state == WorkerState.ERROR:
            reason = safe_text(repr(event.worker.error))
            self.query_one("#overview-colours", Static).update(t("ui_overview.failed", reason=reason))
            self.query_one("#overview-progress").display = False

    def _counted(self) -> list[parts.Row]:
        return parts.current(self.rows, self.history)

    def _show_all(self) -> None:
        self.query_one("#overview-progress").display = False
        counted = self._counted()
        if not counted:
            self.query_one("#overview-colours", Static).update(t("ui_overview.empty", folder=safe_text(self.folder)))
            self.query_one("#overview-tracks", Static).update("")
        else:
            width = self._width()
            self.query_one("#overview-colours", Static).update(parts.colour_totals(counted, width))
            self.query_one("#overview-tracks", Static).update(parts.track_totals(counted, width))
        problems = self.query_one("#overview-problems", Static)
        problems.update(parts.problems_line(len(self.problems)))
        problems.display = bool(self.problems)
        self._show_rows()

    def _show_rows(self) -> None:
        if not self.loaded:
            return
        counted = self._counted()
        shown = parts.select(counted, self.view, self.search, self.sort)
        views = self.query_one("#overview-views", Static)
        if self._counts is None:
            self._counts = parts.view_counts(counted)
        views.update(parts.views_line(self._counts, self.view, self._width()) if counted else "")
        showing = self.query_one("#overview-showing", Static)
        older = 0 if self.history else len(self.rows) - len(counted)
        line = parts.showing_line(len(shown), len(counted), self.view, self.search, self.sort, older)
        if self.history:
            line = f"{line}  ·  {t('ui_overview.history')}"
        if not counted:
            line = ""
        elif not shown:
            line = f"{line}  ·  {t('ui_overview.none_match')}"
        showing.update(line)
        table = self.query_one(OverviewTable)
        table.show(shown)
        self._show_detail()

    def _show_detail(self) -> None:
        table = self.query_one(OverviewTable)
        detail = parts.detail_line(table.current_row(), self.kompas.lang)
        self.query_one("#overview-detail", Static).update(detail, layout=False)  # one line, always

    def on_overview_table_highlighted(self) -> None:
        self._show_detail()

    def _width(self) -> int:
        """The head's lines' width (the screen less its padding)."""
        return max(20, (self.size.width or self.app.size.width) - 2)

    def on_resize(self) -> None:
        if self.loaded:
            self._show_all()

    # -- keys -------------------------------------------------------------------

    def action_view(self, view: str) -> None:
        if view in parts.VIEWS:
            self.view = view
            self._show_rows()

    def action_history(self) -> None:
        self.history = not self.history
        self._counts = None
        if self.loaded:
            self._show_all()

    def action_sort(self) -> None:
        self.sort = parts.SORTS[(parts.SORTS.index(self.sort) + 1) % len(parts.SORTS)]
        self._show_rows()

    def action_search(self) -> None:
        field = self.query_one("#overview-search", Input)
        field.display = True
        field.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "overview-search":
            self.search = event.value
            self._show_rows()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "overview-search":
            if not event.value.strip():
                event.input.display = False
            self.query_one(OverviewTable).focus()

    def action_back(self) -> None:
        field = self.query_one("#overview-search", Input)
        if field.display:
            # Escape clears the search first (and closes the field).
            field.value = ""
            field.display = False
            self.search = ""
            self._show_rows()
            self.query_one(OverviewTable).focus()
            return
        self.kompas.action_show_start()

    def action_problems(self) -> None:
        from kompas_tui.screens.overview_problems import OverviewProblems

        if self.loaded:
            self.app.push_screen(OverviewProblems(self.problems, self.folder))

    def action_reload(self) -> None:
        self.loaded = False
        bar = self.query_one("#overview-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self.query_one("#overview-colours", Static).update(t("ui_overview.reading", folder=safe_text(self.folder)))
        self._scan()

    def on_overview_table_selected(self, event: OverviewTable.Selected) -> None:
        event.stop()
        self.open_unit(Path(event.row.status.path))

    def open_unit(self, path: Path) -> None:
        """The unit read-only: its file is read, never locked or written."""
        from kompas_tui.screens.review_session import ReviewSessionScreen

        self.app.push_screen(ReviewSessionScreen(path))
