"""Nyt tema: a small dialog asking for the name of a theme the group adds
to the vote. `check` says why a name is refused (empty, already there);
the dialog stays open with the reason until a name is accepted, and closes
with that name, or with None on Escape."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.footer import KompasFooter


class AddThemeDialog(KompasModal[str | None]):
    HELP = "ui_voting.help.add"
    AUTO_FOCUS = "#theme-name"

    def __init__(self, check: Callable[[str], str | None]) -> None:
        super().__init__()
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_voting.add.title"))
            yield Static(t("ui_voting.add.explain"), classes="note", markup=False)
            yield Input(placeholder=t("ui_voting.add.placeholder"), id="theme-name")
            yield Static("", id="theme-name-problem")
        yield KompasFooter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        reason = self.check(event.value)
        if reason is None:
            self.dismiss(event.value)
        else:
            self.query_one("#theme-name-problem", Static).update(Content(safe_text(reason)))
