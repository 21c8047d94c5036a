"""One yes-or-no question before something that cannot be undone (deleting
an action, overwriting exported files): the yes key or button closes the
dialog with True; Escape, `n` or the keep button with False. The keep
button has the focus, so Enter alone never says yes. Subclasses give the
words and bind their keys to `confirm` and `close`."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from kompas_tui.screens.base import KompasModal
from kompas_tui.widgets.footer import KompasFooter


class Confirm(KompasModal[bool]):
    CSS_PATH = "../styles/confirm.tcss"
    AUTO_FOCUS = "#confirm-keep"

    def __init__(self, title: str, question: Content, what: Content, yes: tuple[str, str], keep: str) -> None:
        """`yes` is the yes button's label and variant ("error", "warning")."""
        super().__init__()
        self.title_text = title
        self.question = question
        self.what = what
        self.yes = yes
        self.keep = keep

    def compose(self) -> ComposeResult:
        label, variant = self.yes
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(self.title_text)
            yield Static(self.question, id="confirm-question")
            yield Static(self.what, id="confirm-what")
            with Horizontal(id="confirm-buttons"):
                yield Button(label, id="confirm-yes", variant=variant, compact=True)  # type: ignore[arg-type]
                yield Button(self.keep, id="confirm-keep", compact=True)
        yield KompasFooter()

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.action_confirm()

    @on(Button.Pressed, "#confirm-keep")
    def _keep(self) -> None:
        self.action_close()
