"""`kompas join SESSION.toml`: a participant's own small app (SPEC §5).

Kept apart from `KompasApp` so it starts fast and never opens, locks or
writes the session: it reads and writes only the ballot box next to it.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from kompas_tui.i18n import set_language, t
from kompas_tui.widgets.keys import Localized


class JoinApp(Localized, App[None], inherit_bindings=False):
    CSS_PATH = ["kompas.tcss", "styles/join.tcss"]
    TITLE = "kompas join"
    ENABLE_COMMAND_PALETTE = False

    BINDINGS = [
        Binding("question_mark", "help", "key.help", key_display="?", show=False, id="join.help"),
        Binding("f1", "help", "key.help", id="join.help_f1"),
        Binding("ctrl+q", "quit", "key.quit", priority=True, id="join.quit"),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, session_path: Path, *, lang: str = "da") -> None:
        # Before super().__init__: the app's own bindings are localized there.
        set_language(lang)
        super().__init__()
        self.lang = lang
        self.session_path = Path(session_path)
        self.theme = "textual-dark"

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
