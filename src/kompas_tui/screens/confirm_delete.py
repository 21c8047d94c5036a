"""Ask before deleting an action: `j`/`y` (or the Slet button) deletes,
Escape, `n` or the Fortryd button keeps it. Closes with True to delete."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.widgets.footer import KompasFooter


class ConfirmDelete(KompasModal[bool]):
    CSS_PATH = "../styles/confirm_delete.tcss"
    HELP = "ui_plan.help.confirm_delete"
    # The safe choice has the focus: Enter alone never deletes.
    AUTO_FOCUS = "#confirm-keep"

    BINDINGS = [
        Binding("j", "delete", "ui_plan.key.confirm.delete", key_display="j/y", id="confirm.delete"),
        Binding("y", "delete", "ui_plan.key.confirm.delete", show=False, id="confirm.delete_y"),
        Binding("n", "close", "ui_plan.key.confirm.keep", id="confirm.keep"),
    ]

    def __init__(self, what: Content) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_plan.confirm.title"))
            yield Static(t("ui_plan.confirm.question"), markup=False)
            yield Static(self.what, id="confirm-what")
            with Horizontal(id="confirm-buttons"):
                yield Button(t("ui_plan.confirm.delete_button"), id="confirm-delete", variant="error", compact=True)
                yield Button(t("ui_plan.confirm.keep_button"), id="confirm-keep", compact=True)
        yield KompasFooter()

    def action_delete(self) -> None:
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#confirm-delete")
    def _delete(self) -> None:
        self.action_delete()

    @on(Button.Pressed, "#confirm-keep")
    def _keep(self) -> None:
        self.action_close()
