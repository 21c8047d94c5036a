"""`kompas join SESSION.toml`: a participant's own small app (SPEC §5).

Kept apart from `KompasApp` so it starts fast and never opens, locks or
writes the session: it reads and writes only the ballot box next to it.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from kompas_tui.i18n import set_language, t


class JoinApp(App[None], inherit_bindings=False):
    CSS_PATH = ["kompas.tcss", "styles/join.tcss"]
    TITLE = "kompas join"
    ENABLE_COMMAND_PALETTE = False

    BINDINGS = [
        Binding("question_mark", "help", "ui.key.help", key_display="?", show=False, id="join.help"),
        Binding("f1", "help", "ui.key.help", id="join.help_f1"),
        Binding("ctrl+q", "quit", "ui.key.quit", priority=True, id="join.quit"),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, session_path: Path, *, lang: str = "da") -> None:
        # Before super().__init__: the app's own bindings are localized there.
        set_language(lang)
        super().__init__()
        self.lang = lang
        self.session_path = Path(session_path)
        self.theme = "textual-dark"
        self._terminal_watch = None

    def on_mount(self) -> None:
        # A terminal gone without a SIGHUP (setsid, su -c): leave at once.
        # Every change was cast when it was made; nothing waits to be saved.
        if not self.is_headless:
            from kompas_tui.terminal_watch import watch_terminal

            self._terminal_watch = watch_terminal(
                asyncio.get_running_loop().call_soon_threadsafe, self._gone, self._gone
            )

    def on_unmount(self) -> None:
        if self._terminal_watch is not None:
            self._terminal_watch.stop()

    @staticmethod
    def _gone() -> None:
        os._exit(128 + signal.SIGHUP)

    def get_default_screen(self) -> Screen[None]:
        from kompas_tui.screens.join import JoinScreen

        return JoinScreen(self.session_path)

    def action_help(self) -> None:
        from kompas_tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def action_help_quit(self) -> None:
        # ctrl+c does not quit in Textual; say what does.
        self.notify(t("ui.quit_hint"), markup=False)
