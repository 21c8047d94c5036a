"""Ny session fra en rapportfil: ask for a path, read the report in a
worker, and show every problem with the file here, as text. Closes with the
loaded `Report` (so it is read once), or None on Escape."""

from __future__ import annotations

import os
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.suggester import Suggester
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from kompas_tui.domain.report import Report
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.footer import KompasFooter

REPORT_SUFFIXES = (".csv", ".xlsx", ".toml")


class PathSuggester(Suggester):
    """Completes the last part of a path to a folder or a report file
    (accept with the right arrow)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = Path(os.path.expanduser(value))
        folder, stem = (typed, "") if value.endswith(os.sep) else (typed.parent, typed.name)
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return None
        for name in names:
            if not name.startswith(stem) or name == stem or name.startswith("."):
                continue
            is_dir = (folder / name).is_dir()
            if is_dir or name.lower().endswith(REPORT_SUFFIXES):
                return value + name[len(stem) :] + (os.sep if is_dir else "")
        return None


def _load(path: Path) -> Report:
    from kompas_tui.importers import load_report

    return load_report(path)


class OpenReport(KompasModal[Report | None]):
    HELP = "ui.help.open_report"
    AUTO_FOCUS = "#report-path"
    #: The dialog's title and the line under it (catalog keys).
    TITLE = "ui.open.title"
    EXPLAIN = "ui.open.explain"

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t(self.TITLE))
            yield Static(t(self.EXPLAIN), classes="note", markup=False)
            yield Input(placeholder=t("ui.open.placeholder"), id="report-path", suggester=PathSuggester())
            with VerticalScroll(id="problems"):
                yield Static("", id="problem-list")
        yield KompasFooter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            self._show([t("ui.open.empty")])
            return
        self._show([t("ui.open.reading", path=value)], problem=False)
        self._read(Path(os.path.expanduser(value)))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _read(self, path: Path) -> Report:
        return _load(path)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "import":
            return
        if event.state == WorkerState.SUCCESS:
            self.dismiss(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self._show(self._problems(event.worker.error))

    @staticmethod
    def _problems(error: BaseException | None) -> list[str]:
        from kompas_tui.errors import InputError

        if isinstance(error, InputError):
            return [str(p) for p in error.problems] or [str(error)]
        if isinstance(error, OSError):
            from kompas_tui.os_errors import os_reason

            return [t("ui.error.file", file=error.filename or "", reason=os_reason(error))]
        if isinstance(error, ImportError):
            return [t("ui.open.no_importer")]
        return [t("ui.error.unexpected", reason=repr(error))]

    def _show(self, lines: list[str], problem: bool = True) -> None:
        bullet = "• " if problem else ""
        content = Content("\n").join(Content(bullet + safe_text(line)) for line in lines)
        widget = self.query_one("#problem-list", Static)
        widget.update(content)
        widget.set_class(problem, "-problems")
