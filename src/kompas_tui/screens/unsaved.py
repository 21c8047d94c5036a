"""Quitting when the session cannot be saved (issue 13, SPEC §7: nothing
typed is lost to a full disk without the user knowing).

Ctrl+Q saves first; when that fails (the disk is full, the folder went
read-only) the app does not leave but shows this dialog: why the session
cannot be saved, that the changes exist only in this window, and what can
be done with them — `g` tries to save again (and leaves when it works),
`h` writes a copy to a new file in the home folder and leaves, naming the
file on the terminal afterwards, `t` leaves and writes the whole session
to the terminal (to copy from the scrollback), `a` twice leaves without
saving. Escape goes back to work: nothing is lost while kompas runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompas_tui.i18n import t
from kompas_tui.os_errors import os_reason
from kompas_tui.screens.base import KompasModal
from kompas_tui.text import printable, safe_text
from kompas_tui.widgets.footer import KompasFooter


class UnsavedDialog(KompasModal[None]):
    HELP = "ui_unsaved.help"
    AUTO_FOCUS = "#dialog"
    DEFAULT_CSS = """
    UnsavedDialog {
        align: center middle;
    }
    UnsavedDialog #dialog > Static {
        height: auto;
        margin: 0 0 1 0;
    }
    """

    BINDINGS: ClassVar = [
        Binding("g", "retry", "ui_unsaved.key.retry", id="unsaved.retry"),
        Binding("h", "home", "ui_unsaved.key.home", id="unsaved.home"),
        Binding("t", "terminal", "ui_unsaved.key.terminal", id="unsaved.terminal"),
        Binding("a", "abandon", "ui_unsaved.key.abandon", id="unsaved.abandon"),
    ]

    def __init__(self, error: OSError | None) -> None:
        super().__init__()
        self.error = error
        #: `a` pressed once: the next `a` leaves without saving.
        self._armed = False

    def compose(self) -> ComposeResult:
        handle = self.store.handle
        name = handle.path.name if handle is not None else ""
        reason = os_reason(self.error) if self.error is not None else t("ui_unsaved.unknown_reason")
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_unsaved.title"))
            yield Static(Content.styled(safe_text(t("ui_unsaved.cannot_save", file=name, reason=reason)), "bold $text-error"))
            yield Static(Content(t("ui_unsaved.only_here")))
            yield Static(Content(printable(t("ui_unsaved.choices", home=str(Path.home())))), id="unsaved-choices")
            yield Static(id="unsaved-message").set_styles("display: none;")
        yield KompasFooter()

    def _say(self, text: str, style: str = "bold $text-error") -> None:
        widget = self.query_one("#unsaved-message", Static)
        widget.update(Content.styled(safe_text(text), style) if text else Content(""))
        widget.display = bool(text)

    def action_retry(self) -> None:
        self._armed = False
        app, store = self.kompas, self.store
        store.mark_unsaved()  # try the write again even if a later change did not come
        if store.save_now():
            app.exit()
            return
        reason = os_reason(store.save_error) if store.save_error is not None else t("ui_unsaved.unknown_reason")
        self._say(t("ui_unsaved.still_not", reason=reason))

    def action_home(self) -> None:
        self._armed = False
        try:
            path = self.store.rescue_to(Path.home())
        except OSError as error:
            self._say(t("ui_unsaved.home_failed", file=error.filename or str(Path.home()), reason=os_reason(error)))
            return
        self.kompas.leave_saying(t("ui_unsaved.after.home", file=str(path)))

    def action_terminal(self) -> None:
        self._armed = False
        self.kompas.leave_printing_session()

    def action_abandon(self) -> None:
        if not self._armed:
            self._armed = True
            self._say(t("ui_unsaved.confirm_abandon"), "bold $text-warning")
            return
        self.kompas.exit()
