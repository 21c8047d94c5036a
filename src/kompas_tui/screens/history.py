"""The history of one session (`l` in Gennemsyn): its checkpoints, newest
first, each with when, who and what changed in words (as `kompas log`);
Enter shows that version read-only, as it was then
(`screens/review_session.py`).

The history is read in a thread worker (`storage.history_log`), and so is
a version (`storage.history.version_of`, `git cat-file` parsed as a
session file), so git never holds up a key.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from kompas_tui.domain.message import plural
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.line_table import LineTable
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.storage.history_log import LogEntry

LOG_WORK = "history-log"
VERSION_WORK = "history-version"


class HistoryTable(LineTable):
    """The versions, one line each: when, who, what (cut to the width; the
    whole of it is shown under the list)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "ui_history.key.show", tooltip="ui_history.key.show.tip", id="history.show"),
        *LineTable.CURSOR_BINDINGS,
    ]

    class Highlighted(Message):
        """The cursor moved to another version (or the versions changed)."""

    class Selected(Message):
        def __init__(self, entry: LogEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[LogEntry] = []
        self.lang = "da"
        self.show_host = False

    @property
    def current(self) -> LogEntry | None:
        return self.entries[self.cursor_row] if 0 <= self.cursor_row < len(self.entries) else None

    def show(self, entries: list[LogEntry], lang: str) -> None:
        self.entries, self.lang = entries, lang
        self.show_host = len({entry.host for entry in entries if entry.host}) > 1
        self.forget_lines()
        self.move_cursor(row=0)
        self.refresh()

    def row_total(self) -> int:
        return len(self.entries)

    def row_text(self, index: int) -> Text:
        entry = self.entries[index]
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(entry.when(self.lang))
        line.append("  ")
        line.append(entry.who(self.lang, show_host=self.show_host), style="bold")
        line.append("  ")
        line.append(entry.what(self.lang))
        width = self.scrollable_content_region.width or self.app.size.width
        line.truncate(max(1, width), overflow="ellipsis")
        return line

    def on_resize(self) -> None:
        self.forget_lines()
        self.refresh()

    def action_select(self) -> None:
        if (entry := self.current) is not None:
            self.post_message(self.Selected(entry))


class HistoryScreen(KompasScreen):
    HELP = "ui_history.help"
    CSS_PATH = "../styles/review.tcss"
    AUTO_FOCUS = "#history-table"

    BINDINGS = [Binding("escape", "back", "ui_review.key.back", id="history.back")]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.entries: list[LogEntry] | None = None

    def compose(self) -> ComposeResult:
        title = Content.assemble((t("ui_history.title"), "bold"), "  ", safe_text(self.path.name))
        yield Static(title, id="history-title")
        yield Static(t("ui_history.loading"), id="history-status", markup=False)
        yield HistoryTable(id="history-table")
        yield Static(id="history-current")
        yield KompasFooter()

    def on_mount(self) -> None:
        from kompas_tui.storage.history_log import history_log

        path = self.path
        self.run_worker(lambda: history_log(path), thread=True, group=LOG_WORK, exclusive=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group not in (LOG_WORK, VERSION_WORK):
            return
        event.stop()
        if event.state == WorkerState.ERROR:
            self._failed(worker.error, worker.group)
        elif event.state == WorkerState.SUCCESS and worker.group == LOG_WORK:
            self._loaded(worker.result)
        elif event.state == WorkerState.SUCCESS and worker.result is not None:
            entry, session = worker.result
            self._show_version(entry, session)

    def _failed(self, error: BaseException | None, group: str) -> None:
        from kompas_tui.errors import InputError
        from kompas_tui.storage.history import HistoryError

        if isinstance(error, HistoryError):
            reason = error.reason
        elif isinstance(error, InputError):
            reason = str(error.problems[0] if error.problems else error)
        else:
            reason = repr(error)
        if group == LOG_WORK:
            self.query_one("#history-status", Static).update(Content(safe_text(reason)))
        else:
            self.notify(safe_text(t("ui_history.version_failed", reason=reason)), severity="error",
                        markup=False, timeout=10)

    def _loaded(self, entries: list[LogEntry]) -> None:
        self.entries = entries
        lang = self.kompas.lang
        if entries:
            status = plural("ui_history.count", len(entries))
        else:
            status = t("ui_history.empty")
        self.query_one("#history-status", Static).update(Content(status))
        self.query_one(HistoryTable).show(entries, lang)
        self._show_current()

    def on_history_table_highlighted(self, event: HistoryTable.Highlighted) -> None:
        self._show_current()

    def _show_current(self) -> None:
        table = self.query_one(HistoryTable)
        entry = table.current
        current = self.query_one("#history-current", Static)
        if entry is None:
            current.update("")
            return
        lang = self.kompas.lang
        current.update(
            Content.assemble(
                (entry.when(lang), "bold"), "  ", (entry.who(lang), "bold"), "\n", entry.what(lang)
            )
        )

    def on_history_table_selected(self, event: HistoryTable.Selected) -> None:
        from kompas_tui.storage.history import version_of

        entry = event.entry
        if entry.blob is None or entry.problem is not None:
            self.notify(safe_text(entry.words(self.kompas.lang)), markup=False, timeout=6)
            return
        path, blob = self.path, entry.blob
        self.run_worker(
            lambda: (entry, version_of(path, blob)), thread=True, group=VERSION_WORK, exclusive=True,
            exit_on_error=False,
        )

    def _show_version(self, entry: LogEntry, session: object) -> None:
        from kompas_tui.screens.review_session import ReviewSessionScreen

        lang = self.kompas.lang
        note = t("ui_history.version_note", when=entry.when(lang), who=entry.who(lang),
                 file=safe_text(self.path.name))
        as_of = entry.date.astimezone().date() if entry.date.tzinfo else entry.date.date()
        self.app.push_screen(ReviewSessionScreen(self.path, version=session, note=note, today=as_of))

    def action_back(self) -> None:
        self.app.pop_screen()

