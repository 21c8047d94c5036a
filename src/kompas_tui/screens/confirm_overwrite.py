"""Ask before an export overwrites files that are already there: `j`/`y`
(or the Overskriv button) overwrites, Escape, `n` or the Behold button
keeps them. Closes with True to overwrite. The dialog names every file
that would be replaced, so nobody overwrites minutes they have edited by
hand without seeing which."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.content import Content

from kompas_tui.i18n import t
from kompas_tui.screens.confirm import Confirm
from kompas_tui.text import safe_text


class ConfirmOverwrite(Confirm):
    HELP = "ui_review.overwrite.help"

    BINDINGS = [
        # The Footer names the hidden letter with the shown one: "j/y".
        Binding("j", "confirm", "ui_review.overwrite.key.yes", show=False, id="overwrite.yes_j"),
        Binding("y", "confirm", "ui_review.overwrite.key.yes", id="overwrite.yes"),
        Binding("n", "close", "ui_review.overwrite.key.no", id="overwrite.no"),
    ]

    def __init__(self, existing: list[Path]) -> None:
        folder = existing[0].parent if existing else Path()
        super().__init__(
            t("ui_review.overwrite.title"),
            Content(safe_text(t("ui_review.overwrite.question", folder=folder))),
            Content("\n".join(f"  {safe_text(path.name)}" for path in existing)),
            (t("ui_review.overwrite.yes_button"), "warning"), t("ui_review.overwrite.keep_button"),
        )
        self.existing = existing
