"""What every kompas screen and dialog shares: the help text the help
screen shows, the session store, and what a screen may ask of the App.

A screen reads and changes the session through `self.store` (the
`SessionStore`: session_store.py) and redraws on `self.session_changed`.
What it asks of the App besides is `self.kompas`, typed as `KompasHost`:
the run's settings and navigation, never the session. So a screen is
changed without touching the App, and no screen imports it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen, Screen, ScreenResultType
from textual.widgets import Input, Static

from kompas_tui.text import safe_text
from kompas_tui.widgets.size_notice import sync_size_notice

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from textual.signal import Signal

    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.domain.report import Report
    from kompas_tui.domain.session import Session
    from kompas_tui.screens.first_paint import FirstPaint
    from kompas_tui.session_store import SessionStore
    from kompas_tui.storage.ballot_folder import BoxIdentity
    from kompas_tui.storage.history import Checkpoint


class KompasHost(Protocol):
    """What screens ask of the App (app.py's `KompasApp`): the run's
    settings, navigation, and the work that spans sessions. The session
    itself is the store's (`KompasScreen.store`)."""

    #: The open session, its changes and autosave.
    store: SessionStore
    #: Published with the session after every change and switch.
    session_changed: Signal[Session | None]
    #: The interface language ("da" or "en"), the organisation's profile,
    #: the sessions folder, and the live ballot boxes this run opened.
    lang: str
    profile: OrgProfile
    sessions_dir: Path
    ballot_boxes: dict[Path, BoxIdentity]
    #: The hold on the first screen's paint: a first screen that fills itself
    #: after mounting asks it to wait (screens/first_paint.py).
    first_paint: FirstPaint

    @property
    def today(self) -> dt.date: ...

    def open_session_file(self, path: Path) -> None: ...
    def start_session(self, report: Report) -> None: ...
    def start_round(self) -> bool: ...
    def checkpoint(self, kind: Checkpoint) -> None: ...
    def commit_pending_input(self) -> None: ...
    def leave_saying(self, notice: str) -> None: ...
    def leave_printing_session(self) -> None: ...
    def action_show_report(self) -> None: ...
    def action_show_start(self) -> None: ...
    def action_show_overview(self) -> None: ...
    def action_go_step(self, step: str) -> None: ...


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


class OnKompas:
    """Mixed into every kompas screen and dialog: the App as screens see it,
    and the session store."""

    @property
    def kompas(self) -> KompasHost:
        return cast("KompasHost", cast(Screen[Any], self).app)

    @property
    def store(self) -> SessionStore:
        """The open session: read `store.session`, change it through `store.update` & co."""
        return self.kompas.store

    @property
    def session_changed(self) -> Signal[Session | None]:
        return self.kompas.session_changed


class SizeAware:
    """Mixed into every screen and dialog: below 80x24 the notice that says
    what kompas needs covers it (`widgets/size_notice.py`). Textual calls
    each class's own handler, so screens keep theirs."""

    def on_resize(self) -> None:
        screen = cast(Screen[Any], self)
        sync_size_notice(screen, screen.app.size)

    def on_screen_resume(self) -> None:
        screen = cast(Screen[Any], self)
        sync_size_notice(screen, screen.app.size)


class KompasScreen(SizeAware, OnKompas, Screen[None]):
    """A full screen. `HELP` is the catalog key of its explanation."""

    HELP: ClassVar[str] = ""

    def extra_commands(self) -> Iterable[ExtraCommand]:
        return ()

    def compose_read_only_notice(self) -> ComposeResult:
        """Who holds the session, at the top of the page, when it is read-only."""
        if self.store.read_only:
            yield Static(safe_text(self.store.read_only_notice()), id="read-only", markup=False)


class KompasModal(SizeAware, OnKompas, ModalScreen[ScreenResultType]):
    """A dialog: Escape closes it with None; help works inside it too (the
    app's own keys do not reach past a modal)."""

    HELP: ClassVar[str] = ""

    BINDINGS = [
        Binding("escape", "close", "ui.key.close", id="modal.close"),
        Binding("question_mark", "app.help", "ui.key.help", id="modal.help", show=False),
        Binding("f1", "app.help", "ui.key.help", id="modal.help_f1"),
    ]

    def action_close(self) -> None:
        self.dismiss(None)

    def extra_commands(self) -> Iterable[ExtraCommand]:
        return ()
