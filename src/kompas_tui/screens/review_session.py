"""Gennemsyn of one session, read-only: its measurements, colour and track,
the plan (goals; actions with status, owner, deadline, overdue in words),
the rounds as a timeline back to the workshop, and every theme's score in
each measurement side by side.

The file is read with `load_session`: never locked, never written. `e`
saves the minutes (Markdown and HTML) and the table (CSV) beside the
session, or in the current folder when the session's folder is not
writable, and asks first when any of the files is already there (`screens/confirm_overwrite.py`); `o` opens the session for real;
`l` shows its history (`screens/history.py`). The same screen shows one
version out of that history, fed the session read from it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.review_parts import session_parts
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session

#: Worker group of the export.
EXPORT_WORK = "review-export"


def export_target(session_path: Path) -> tuple[tuple[Path, Path, Path], bool]:
    """Where the minutes and the table go: NAME.md, NAME.html and NAME.csv
    beside NAME.toml (as the summary's export names them), else in the
    current folder. True when beside."""
    from kompas_tui.screens.summary import export_paths

    paths = export_paths(session_path)
    if os.access(paths[0].parent, os.W_OK | os.X_OK):
        return paths, True
    md_path, html_path, csv_path = (Path.cwd() / path.name for path in paths)
    return (md_path, html_path, csv_path), False


class ReviewSessionScreen(KompasScreen):
    HELP = "ui_review.session.help"
    CSS_PATH = "../styles/review.tcss"
    AUTO_FOCUS = "#review-page"

    BINDINGS = [
        Binding("escape", "back", "ui_review.key.back", id="review.session.back"),
        Binding("e", "export", "ui_review.key.export", tooltip="ui_review.key.export.tip", id="review.session.export"),
        Binding("o", "take_over", "ui_review.key.take_over", tooltip="ui_review.key.take_over.tip",
                id="review.session.take_over"),
        Binding("l", "history", "ui_review.key.history", tooltip="ui_review.key.history.tip",
                id="review.session.history"),
    ]

    def __init__(
        self, path: Path, *, version: Session | None = None, note: str | None = None, today: dt.date | None = None
    ) -> None:
        """The session at `path`, or, with `version`, one version of it out
        of its history (`note` says which; `today` is its day, for what was
        overdue then): shown, never exported or opened."""
        super().__init__()
        self.path = Path(path)
        self.session: Session | None = version
        self.is_version = version is not None
        self._note = note
        self._today = today
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        if not self.is_version:
            self._load()
        note = self._note or t("ui_review.session.read_only", file=safe_text(self.path.name))
        yield Static(Content.styled(note, "italic"), id="review-session-note")
        with VerticalScroll(id="review-page"):
            if self.session is None:
                yield Static(Content(safe_text(t("ui_review.session.failed", reason=self.error or ""))))
            else:
                app = self.kompas
                for part_id, part in session_parts(self.session, app.profile, app.lang, self._today or app.today):
                    yield Static(part, id=part_id, classes="review-part")
        yield KompasFooter()

    def _load(self) -> None:
        from kompas_tui.errors import InputError
        from kompas_tui.os_errors import os_reason
        from kompas_tui.storage.session_file import load_session

        try:
            self.session = load_session(self.path)
        except InputError as exc:
            self.error = str(exc.problems[0]) if exc.problems else str(exc)
        except OSError as exc:
            self.error = f"{self.path}: {os_reason(exc)}"

    def action_back(self) -> None:
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("export", "take_over", "history"):
            return self.session is not None and not self.is_version
        return True

    def action_history(self) -> None:
        from kompas_tui.screens.history import HistoryScreen

        if self.session is not None and not self.is_version:
            self.app.push_screen(HistoryScreen(self.path))

    def action_take_over(self) -> None:
        if self.session is not None:
            self.kompas.open_session_file(self.path)

    # -- export --------------------------------------------------------------------

    def action_export(self) -> None:
        from kompas_tui.screens.confirm_overwrite import ConfirmOverwrite
        from kompas_tui.screens.summary import export_files

        session = self.session
        if session is None:
            return
        app = self.kompas
        paths, self._beside = export_target(self.path)
        # Rendered now, from the session as shown; only the writing waits.
        files = export_files(session, app.profile, app.today, paths)
        existing = [path for path, _ in files if path.exists()]
        if existing:
            ask = ConfirmOverwrite(existing)
            self.app.push_screen(ask, lambda overwrite: self._write_files(files, overwrite))
        else:
            self._write_files(files, True)

    def _write_files(self, files: list[tuple[Path, bytes]], overwrite: bool | None) -> None:
        from kompas_tui.screens.summary import write_exports

        if not overwrite:
            self.notify(t("ui_review.export.kept"), markup=False)
            return
        self.run_worker(lambda: write_exports(files), thread=True, group=EXPORT_WORK, exclusive=True,
                        exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != EXPORT_WORK:
            return
        event.stop()
        if event.state == WorkerState.SUCCESS and worker.result:
            md_path, html_path, csv_path = worker.result
            key = "ui_review.export.done" if self._beside else "ui_review.export.elsewhere"
            message = t(key, folder=md_path.parent, md=md_path.name, html=html_path.name, csv=csv_path.name)
            self.notify(safe_text(message), markup=False, timeout=10)
        elif event.state == WorkerState.ERROR:
            from kompas_tui.os_errors import failure_reason

            message = t("ui_review.export.failed", reason=failure_reason(worker.error))
            self.notify(safe_text(message), severity="error", markup=False, timeout=15)
