"""Ask before an export overwrites files that are already there: `j`/`y`
(or the Overskriv button) overwrites, Escape, `n` or the Behold button
keeps them. Closes with True to overwrite. The dialog names every file
that would be replaced, so nobody overwrites minutes they have edited by
hand without seeing which."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.footer import KompasFooter


class ConfirmOverwrite(KompasModal[bool]):
    CSS_PATH = "../styles/confirm_delete.tcss"  # the same layout as asking before a delete
    HELP = "ui_review.overwrite.help"
    # The safe choice has the focus: Enter alone never overwrites.
    AUTO_FOCUS = "#confirm-keep"

    BINDINGS = [
        # The Footer names the hidden letter with the shown one: "j/y".
        Binding("j", "overwrite", "ui_review.overwrite.key.yes", show=False, id="overwrite.yes_j"),
        Binding("y", "overwrite", "ui_review.overwrite.key.yes", id="overwrite.yes"),
        Binding("n", "close", "ui_review.overwrite.key.no", id="overwrite.no"),
    ]

    def __init__(self, existing: list[Path]) -> None:
        super().__init__()
        self.existing = existing

    def compose(self) -> ComposeResult:
        folder = self.existing[0].parent if self.existing else Path()
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_review.overwrite.title"))
            yield Static(Content(safe_text(t("ui_review.overwrite.question", folder=folder))), id="overwrite-question")
            names = "\n".join(f"  {safe_text(path.name)}" for path in self.existing)
            yield Static(Content(names), id="confirm-what")
            with Horizontal(id="confirm-buttons"):
                yield Button(t("ui_review.overwrite.yes_button"), id="confirm-overwrite", variant="warning", compact=True)
                yield Button(t("ui_review.overwrite.keep_button"), id="confirm-keep", compact=True)
        yield KompasFooter()

    def action_overwrite(self) -> None:
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#confirm-overwrite")
    def _overwrite(self) -> None:
        self.action_overwrite()

    @on(Button.Pressed, "#confirm-keep")
    def _keep(self) -> None:
        self.action_close()
