"""Ask before deleting an action: `j`/`y` (or the Slet button) deletes,
Escape, `n` or the Fortryd button keeps it. Closes with True to delete."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content

from kompas_tui.i18n import t
from kompas_tui.screens.confirm import Confirm


class ConfirmDelete(Confirm):
    HELP = "ui_plan.help.confirm_delete"

    BINDINGS = [
        # The Footer names the hidden letter with the shown one: "j/y"
        # (a key_display of its own would name j twice: "y/j/y").
        Binding("j", "confirm", "ui_plan.key.confirm.delete", show=False, id="confirm.delete_j"),
        Binding("y", "confirm", "ui_plan.key.confirm.delete", id="confirm.delete"),
        Binding("n", "close", "ui_plan.key.confirm.keep", id="confirm.keep"),
    ]

    def __init__(self, what: Content) -> None:
        super().__init__(
            t("ui_plan.confirm.title"), Content(t("ui_plan.confirm.question")), what,
            (t("ui_plan.confirm.delete_button"), "error"), t("ui_plan.confirm.keep_button"),
        )
