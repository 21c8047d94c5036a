"""What every kompas screen and dialog shares: localized keys, the help
text the help screen shows, and typed access to the app."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen, Screen, ScreenResultType
from textual.widgets import Input, Static

from kompas_tui.text import safe_text

if TYPE_CHECKING:
    from kompas_tui.app import KompasApp


@dataclass(frozen=True)
class ExtraCommand:
    """A command palette entry a screen offers beyond its keys (e.g. one per
    recent session)."""

    title: str
    help: str
    callback: Callable[[], Any]


class EnterMovesOn:
    """Mixed into a screen or dialog with a form (before its screen class):
    Enter in a one-line field goes on to the next field, as Tab does."""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        cast(Screen[Any], self).focus_next()


class KompasScreen(Screen[None]):
    """A full screen. `HELP` is the catalog key of its explanation."""

    HELP: ClassVar[str] = ""

    @property
    def kompas(self) -> KompasApp:
        return cast("KompasApp", self.app)

    def extra_commands(self) -> Iterable[ExtraCommand]:
        return ()

    def compose_read_only_notice(self) -> ComposeResult:
        """Who holds the session, at the top of the page, when it is read-only."""
        if self.kompas.read_only:
            yield Static(safe_text(self.kompas.read_only_notice()), id="read-only", markup=False)


class KompasModal(ModalScreen[ScreenResultType]):
    """A dialog: Escape closes it with None; help works inside it too (the
    app's own keys do not reach past a modal)."""

    HELP: ClassVar[str] = ""

    BINDINGS = [
        Binding("escape", "close", "ui.key.close", id="modal.close"),
        Binding("question_mark", "app.help", "ui.key.help", id="modal.help", show=False),
        Binding("f1", "app.help", "ui.key.help", id="modal.help_f1"),
    ]

    @property
    def kompas(self) -> KompasApp:
        return cast("KompasApp", self.app)

    def action_close(self) -> None:
        self.dismiss(None)

    def extra_commands(self) -> Iterable[ExtraCommand]:
        return ()
