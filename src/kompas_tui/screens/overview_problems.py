"""The Overblik screen's problem list (key p): every file in the folder
that could not be read as a session, with its reason. A dialog, so the
table stays as it was behind it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.storage.folder_scan import FolderProblem
from kompas_tui.text import safe_text
from kompas_tui.widgets.footer import KompasFooter


def _where(path: str, folder: Path) -> str:
    try:
        return Path(path).relative_to(folder).as_posix()
    except ValueError:
        return path


def problem_list(problems: Sequence[FolderProblem], folder: Path) -> Content:
    """Each file (relative to the folder) in bold, its reason below it."""
    if not problems:
        return Content(t("ui_overview.problems.none"))
    parts: list[str | tuple[str, str]] = []
    for index, problem in enumerate(problems):
        if index:
            parts.append("\n\n")
        parts += [(safe_text(_where(problem.path, folder)), "bold"), "\n", safe_text(problem.reason)]
    return Content.assemble(*parts)


class OverviewProblems(KompasModal[None]):
    HELP = "ui_overview.help.problems"
    AUTO_FOCUS = "#overview-problems-body"
    DEFAULT_CSS = """
    OverviewProblems {
        align: center middle;
    }
    OverviewProblems #overview-problems-body {
        height: auto;
        max-height: 100%;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, problems: Sequence[FolderProblem], folder: Path) -> None:
        super().__init__()
        self.problems = list(problems)
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content.styled(t("ui_overview.problems.title"), "bold"), id="dialog-title")
            with VerticalScroll(id="overview-problems-body", can_focus=True):
                yield Static(problem_list(self.problems, self.folder), id="overview-problem-list")
        yield KompasFooter()
