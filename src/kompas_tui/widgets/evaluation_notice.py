"""The notice on the workshop's screens (Dialog … Opsummering) once an
evaluation round exists: the workshop is history, and the plan changes in
the evaluation (F8), where every change is recorded. Those screens then
show what was decided, with their fields disabled; `SessionStore.update`
refuses their changes either way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from kompas_tui.i18n import t

if TYPE_CHECKING:
    from textual.app import ComposeResult


class HistoryNotice(Static):
    DEFAULT_CSS = """
    HistoryNotice {
        height: auto;
        background: $primary-muted;
        color: $text;
        text-style: bold;
        padding: 0 1;
        margin: 1 0 0 0;
    }
    """


def compose_history_notice(workshop_locked: bool, read_only: bool) -> ComposeResult:
    """The notice, when the workshop is history (`SessionStore.workshop_locked`);
    a read-only session says who holds it instead."""
    if workshop_locked and not read_only:
        yield HistoryNotice(t("ui_evaluation.workshop_locked"), id="history-notice", markup=False)
