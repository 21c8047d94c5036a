"""The Textual app: navigation and wiring.

The open session lives in the App's `SessionStore` (session_store.py):
screens read `self.store.session` and change it through the store, which
saves within `SAVE_DELAY` and refuses with a notice when the session is
open read-only; `session_changed` (the store's change signal, bridged here
to a Textual signal) tells screens to redraw. What screens ask of the App
is `screens.base.KompasHost`: the run's settings (language, profile,
folder, today), moving between screens and sessions, the evaluation round
offered on opening, checkpoints, leaving. Screens, dialogs, the importers
and the command palette are imported when first needed, so the first
screen paints fast.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.screen import ModalScreen
from textual.signal import Signal
from textual.worker import Worker, WorkerState

from kompas_tui.screens import first_paint
from kompas_tui.checkpoints import Checkpoints
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.i18n import set_language, t
from kompas_tui.screens.steps import step_key, steps
from kompas_tui.session_store import SessionStore, save_failed_text
from kompas_tui.text import safe_text
from kompas_tui.widgets.size_notice import too_small

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen
    from textual.timer import Timer

    from kompas_tui.domain.report import Report
    from kompas_tui.domain.session import Session
    from kompas_tui.screens.base import ExtraCommand
    from kompas_tui.storage.ballot_folder import BoxIdentity
    from kompas_tui.storage.history import Checkpoint
    from kompas_tui.storage.session_file import SessionHandle
    from kompas_tui.terminal_watch import TerminalWatch

_KEY_NAMES = {"enter": "enter", "escape": "esc", "backspace": "bksp"}

#: Worker group for opening and creating sessions (disk work off the UI thread).
SESSION_WORK = "session"

#: Where `KompasApp(open_on=...)` can open a session.
COMPARISON_SCREEN = "kompas_tui.screens.comparison:ComparisonScreen"


def _build_session_model() -> None:
    """Build the session model's validator if nothing has yet. Never forced:
    a forced rebuild first removes a validator the UI thread may already
    have built and be using (a change made at that moment then failed with
    pydantic's "not fully defined" error)."""
    from kompas_tui.domain.session import Session

    Session.model_rebuild()


def _command_provider() -> type[Provider]:
    from kompas_tui.screens.commands import KompasCommands

    return KompasCommands


def _open_session(path: Path) -> SessionHandle:
    from kompas_tui.storage.session_file import open_session

    return open_session(path)


def _new_session(report: Report, sessions_dir: Path, lang: str) -> SessionHandle:
    from kompas_tui.storage.session_file import new_session

    return new_session(report, sessions_dir, language=lang)  # type: ignore[arg-type]


class SaveFailed(Message):
    """Posted by the writer thread: the session's file could not be written."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error


class KompasApp(App[None], inherit_bindings=False):
    """kompas in the terminal. Opens on the report when given a session
    handle, else on the start screen."""

    # One stylesheet; each step screen adds its own part (styles/) when it is
    # first shown (StepScreen), so start-up parses only what it paints.
    CSS_PATH = "kompas.tcss"
    TITLE = "kompas"
    COMMANDS = {_command_provider}

    # Descriptions are catalog keys; `keys.active_keys` puts in the words (docs/ui.md).
    # Not inherited from App: this is the whole list, in Footer order.
    # No letters here: a letter is a key only where the Footer shows it and
    # no text is typed (SPEC §7), so the app's own keys are function and
    # ctrl keys. The start screen is Escape from the report, or the palette.
    BINDINGS = [
        *(
            # Priority: a text field (TextArea binds F6/F7) must not swallow them.
            Binding(
                step_key(step), f"go_step('{step}')", f"ui.step.{step}", show=False, priority=True,
                id=f"app.step.{step}",
            )
            for step in steps()
        ),
        # F1 in the Footer: it works everywhere, also where "?" is typed into a field.
        Binding("question_mark", "help", "ui.key.help", key_display="?", show=False, id="app.help"),
        Binding("f1", "help", "ui.key.help", id="app.help_f1"),
        Binding("ctrl+t", "toggle_theme", "ui.key.theme", show=False, tooltip="ui.key.theme.tip", id="app.theme"),
        Binding("ctrl+q", "quit", "ui.key.quit", priority=True, id="app.quit"),
        Binding("ctrl+p", "command_palette", "ui.key.palette", show=False, priority=True, id="app.palette"),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(
        self,
        handle: SessionHandle | None = None,
        *,
        sessions_dir: Path,
        profile: OrgProfile,
        lang: str,
        warnings: Sequence[str] = (),
        today: dt.date | None = None,
        open_on: str | None = None,
        start_on: str | None = None,
    ) -> None:
        if start_on is not None:
            # Gennemsyn or Overblik first, as the app's first mode: Textual
            # reads a mode's screen CSS (CSS_PATH), not get_default_screen's.
            self.DEFAULT_MODE = start_on  # type: ignore[misc]  (this app only)
        # Before super().__init__: the app's own bindings are localized there.
        set_language(lang)
        super().__init__()
        #: Nothing is written to the terminal until the first screen is whole (screens/first_paint.py).
        self.first_paint = first_paint.FirstPaint(self)
        if start_on is not None:
            self.add_mode(start_on, self._folder_screen)
        self.lang = lang
        self.sessions_dir = Path(sessions_dir)
        self.profile = profile
        self.startup_warnings = tuple(warnings)
        self._today = today
        #: The open session, its autosave and its switching (session_store.py).
        self.store = SessionStore(
            handle,
            lang=lang,
            schedule=self._schedule_autosave,
            tell=self._tell,
            write_failed=self._write_failed,
            leave=self._leave,
        )
        #: "comparison": open on the Evaluering screen with the comparison on
        #: top (`kompas open SESSION --measurement REPORT`).
        self._open_on = open_on
        #: "review": open on Gennemsyn of `sessions_dir` (`kompas review`);
        #: "overview": on Overblik of `sessions_dir` (`kompas overview`).
        self._start_on = start_on
        self._hangup_handled = False
        #: Taken by whoever leaves because the terminal went (once).
        self._leaving = threading.Lock()
        self._terminal_watch: TerminalWatch | None = None
        #: Said, and written, on the terminal after the app has left it.
        self._exit_notice = ""
        self._exit_output = b""
        #: The live ballot boxes this run opened (or first saw), by session
        #: path: the live ballot counts only from that very folder.
        self.ballot_boxes: dict[Path, BoxIdentity] = {}
        #: Commits of the session at its checkpoints, off the UI thread (docs/history.md).
        self.checkpoints = Checkpoints(self._report_from_thread)
        self.session_changed: Signal[Session | None] = Signal(self, "session-changed")
        self.store.subscribe(self.session_changed.publish)
        self.theme = "textual-dark"

    def _display(self, screen: Screen[Any], renderable: Any) -> None:
        # Where Textual writes a frame: held back until the first screen is
        # whole (screens/first_paint.py; tests/test_textual_contract.py).
        if self.first_paint.lets_through(renderable):
            super()._display(screen, renderable)

    # -- the session (session_store.py) ----------------------------------------

    def _schedule_autosave(self, delay: float, callback: Callable[[], None]) -> Timer:
        return self.set_timer(delay, callback, name="autosave")

    def _tell(self, text: str, severity: str, timeout: float | None) -> None:
        # Not `timeout=None`: Textual's own default when the store has none.
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        self.notify(safe_text(text), severity=severity, markup=False, **extra)  # type: ignore[arg-type]

    def _write_failed(self, error: OSError) -> None:
        # On the writer thread: a message for the UI thread.
        self.post_message(SaveFailed(error))

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def on_save_failed(self, message: SaveFailed) -> None:
        self._tell(save_failed_text(message.error), "error", 15)

    def set_handle(self, handle: SessionHandle) -> None:
        """Make `handle` the open session (leaving the previous one, which
        releases its lock) and show its report. Refused when the previous
        one has changes that cannot be saved: `handle` is closed again, and
        the user stays with the changes (the save error was told)."""
        if not self.store.switch(handle):
            handle.close()
            self._tell(t("ui_unsaved.switch_refused"), "error", 15)
            return
        self.action_show_report()
        self._arrive(lambda: None)

    def open_session_file(self, path: Path) -> None:
        """Resume a saved session (read-only if someone else has it open).
        Choosing the open session again shows it; if it is open read-only,
        the lock is tried again first, so write access comes back once the
        other opener has closed it."""
        handle = self.store.handle
        if handle is not None and handle.path.resolve() == Path(path).resolve():
            if not handle.read_only:
                self.action_show_report()
                return
            handle.close()
        def open_() -> SessionHandle:
            # A session just left keeps its lock until its checkpoint is made.
            self.checkpoints.drain()
            return _open_session(Path(path))

        self.run_worker(open_, thread=True, group=SESSION_WORK, exit_on_error=False)

    def start_session(self, report: Report) -> None:
        """Create a new session file on `report` and show its report."""
        self.run_worker(
            lambda: _new_session(report, self.sessions_dir, self.lang),
            thread=True,
            group=SESSION_WORK,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != SESSION_WORK:
            return
        if event.state == WorkerState.SUCCESS and worker.result is not None:
            self.set_handle(worker.result)
        elif event.state == WorkerState.ERROR:
            self.show_error(worker.error)

    def show_error(self, error: BaseException | None) -> None:
        """Tell the user what went wrong with a file, as text, never a traceback."""
        from kompas_tui.errors import InputError
        from kompas_tui.os_errors import os_reason

        if isinstance(error, InputError):
            for problem in error.problems or [error]:
                self.notify(safe_text(problem), severity="error", markup=False, timeout=15)
        elif isinstance(error, OSError):
            where = error.filename or ""
            reason = os_reason(error)
            self.notify(safe_text(t("ui.error.file", file=where, reason=reason)), severity="error", markup=False, timeout=15)
        else:
            self.notify(safe_text(t("ui.error.unexpected", reason=repr(error))), severity="error", markup=False, timeout=15)

    # -- history (docs/history.md) --------------------------------------------

    def checkpoint(self, kind: Checkpoint) -> None:
        """A moment worth keeping in the folder's history (a round closed,
        a ballot revealed, an export): save now, then commit the file off
        the UI thread. Nothing happens in a folder without a history."""
        handle = self.store.handle
        if handle is None or handle.read_only or self.store.closed:
            return
        self.store.save_now()
        self.checkpoints.request(handle.path, kind)

    def _leave(self, handle: SessionHandle, kind: Checkpoint) -> None:
        """Commit the session as it was left, then release its lock. In a
        folder without a history (a few `stat`s tell) the lock goes at once."""
        from kompas_tui.storage.git import find_repo

        if handle.read_only or find_repo(handle.path) is None:
            handle.close()
            return
        self.checkpoints.request(handle.path, kind, then=handle.close)

    def _report_from_thread(self, message: str) -> bool:
        if self.store.closed:
            return False  # on the way out a notice would never be seen: the command line prints it
        try:
            self.call_from_thread(
                self.notify, safe_text(message), severity="warning", markup=False, timeout=10
            )
        except RuntimeError:
            return False  # the app has stopped: the command line prints it
        return True

    # -- screens -------------------------------------------------------------

    def _folder_screen(self) -> Screen[Any]:
        """The first screen of `kompas review` or `kompas overview`: on `sessions_dir`."""
        if self._start_on == "review":
            from kompas_tui.screens.review import ReviewScreen

            return ReviewScreen(self.sessions_dir)
        from kompas_tui.screens.overview import OverviewScreen

        return OverviewScreen(self.sessions_dir)

    def get_default_screen(self) -> Screen[Any]:
        if self.store.handle is not None:
            from kompas_tui.screens.report import ReportScreen

            return ReportScreen()
        from kompas_tui.screens.start import StartScreen

        return StartScreen()

    # The stack is at most [first screen, other screen] plus dialogs: going
    # to a screen already on it pops back to it, else pushes it. So Escape on
    # the report returns to the start screen it came from.

    def _stack_screen(self, kind: type) -> Screen[Any] | None:
        for screen in self.screen_stack:
            if isinstance(screen, kind):
                return screen
        return None

    def _go_to(self, kind: type) -> None:
        screen = self._stack_screen(kind)
        if screen is None:
            self.push_screen(kind())
            return
        while self.screen is not screen:
            self.pop_screen()

    def action_show_overview(self) -> None:
        """Overblik of the sessions folder (popping back to it when on the stack)."""
        from kompas_tui.screens.overview import OverviewScreen

        self._go_to(OverviewScreen)

    def action_show_start(self) -> None:
        from kompas_tui.screens.start import StartScreen

        self._go_to(StartScreen)

    def action_show_report(self) -> None:
        from kompas_tui.screens.report import ReportScreen

        if self.store.handle is not None:
            self._go_to(ReportScreen)

    def action_go_step(self, step: str) -> None:
        """Show a step of the meeting, and remember it in the session so
        `kompas open` resumes there."""
        from kompas_tui.screens.steps import step_screen_class

        if self.store.handle is None or step not in steps() or isinstance(self.screen, ModalScreen):
            return  # not from under a dialog (the keys are priority keys)
        self._go_to(step_screen_class(step))
        self.remember_step(step)

    def remember_step(self, step: str) -> None:
        session = self.store.session
        if session is not None and session.step != step:
            self.store.remember(lambda session: setattr(session, "step", step))

    def action_help(self) -> None:
        from kompas_tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def get_key_display(self, binding: Binding) -> str:
        # Key names rather than symbols: the Linux console has no ⏎.
        if not binding.key_display and binding.key in _KEY_NAMES:
            return _KEY_NAMES[binding.key]
        return super().get_key_display(binding)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_command_palette(self) -> None:
        from kompas_tui.screens.commands import KompasPalette

        if self.use_command_palette and not KompasPalette.is_open(self):
            self.push_screen(KompasPalette(placeholder=t("ui.palette.placeholder"), id="--command-palette"))

    def palette_commands(self) -> list[ExtraCommand]:
        """The palette's commands that are no key: the start screen."""
        from kompas_tui.screens.base import ExtraCommand

        if not self.check_action("show_start", ()):
            return []
        return [ExtraCommand(t("ui.key.start"), t("ui.key.start.tip"), self.action_show_start)]

    async def on_event(self, event: events.Event) -> None:
        # Below 80x24 the notice of what kompas needs covers the screen
        # (widgets/size_notice.py): no key or paste reaches the screen under
        # it, whose fields the facilitator cannot see; ctrl+q still quits.
        if isinstance(event, (events.Key, events.Paste)) and too_small(self.size):
            if not (isinstance(event, events.Key) and event.key == "ctrl+q"):
                return
        await super().on_event(event)

    def action_help_quit(self) -> None:
        # ctrl+c does not quit in Textual; say what does.
        self.notify(t("ui.quit_hint"), markup=False)

    def _screen_below_palette(self) -> Screen[Any]:
        from textual.command import CommandPalette

        for screen in reversed(self.screen_stack):
            if not isinstance(screen, CommandPalette):
                return screen
        return self.screen

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Go to the screen you are on" is hidden, in the Footer and the palette.
        if action == "show_report":
            from kompas_tui.screens.report import ReportScreen

            return self.store.handle is not None and not isinstance(self._screen_below_palette(), ReportScreen)
        if action == "show_start":
            from kompas_tui.screens.start import StartScreen

            return not isinstance(self._screen_below_palette(), StartScreen)
        if action == "go_step":
            # The steps are a session's: without one (the start screen, the
            # overview, the review) their keys do nothing, so none is offered.
            return self.store.handle is not None
        return True

    # -- life cycle ----------------------------------------------------------

    def on_mount(self) -> None:
        for warning in self.startup_warnings:
            self.notify(safe_text(warning), severity="warning", markup=False, timeout=8)
        self._catch_hangup()
        self._resume_step()
        self.call_after_refresh(self.first_paint.done, first_paint.APP)
        # The session model's validators are built lazily; build them off
        # the UI thread before the first edit, once the first screen is out
        # (a thread building them would hold the interpreter it needs).
        self.first_paint.after(lambda: self.run_worker(_build_session_model, thread=True, name="warm-up"))

    def _resume_step(self) -> None:
        """`kompas open` comes back to the step the session was left at, over
        its report (so Escape goes back to the report), or to its evaluation
        round (`_arrive`)."""
        if self.store.session is None:
            return
        if self._open_on == "comparison":
            self._show_comparison()
            return
        self._arrive(self._resume_saved_step)

    def _resume_saved_step(self) -> None:
        session = self.store.session
        if session is not None and session.step != "report" and session.step in steps():
            from kompas_tui.screens.steps import step_screen_class

            self._go_to(step_screen_class(session.step))

    # -- evaluation rounds (docs/evaluation.md) -------------------------------

    def _arrive(self, resume: Callable[[], None]) -> None:
        """A session has just been opened. An open evaluation round is
        continued; a plan due an evaluation is offered a new round (Enter
        starts it, Escape opens the session as before: `resume`); a
        read-only session with rounds shows them; else `resume`."""
        from kompas_tui.domain.evaluation import offers_round, open_round

        session = self.store.session
        if session is None or "evaluation" not in steps():
            resume()
            return
        if open_round(session) is not None or (self.store.read_only and session.rounds):
            self.show_evaluation()
        elif not self.store.read_only and offers_round(session, self.today):
            from kompas_tui.screens.round_offer import RoundQuestion

            self.push_screen(RoundQuestion.offer(session, self.today), lambda start: self._offered(start, resume))
        else:
            resume()

    def _offered(self, start: bool | None, resume: Callable[[], None]) -> None:
        if not (start and self.start_round()):
            resume()

    def start_round(self) -> bool:
        """Start a new evaluation round today (the last round's participants
        come along) and show it. False, with the reason, when refused."""
        from kompas_tui.domain.evaluation import start_round

        first = self.store.session is not None and not self.store.session.rounds
        if self.store.change_round(start_round, self.today) is None:
            return False
        if first:
            # The workshop's screens on the stack were drawn editable; from
            # now on they are history, so they are drawn again when next shown.
            self.action_show_report()
        self.show_evaluation()
        return True

    def show_evaluation(self) -> None:
        """The Evaluering screen, over the report."""
        from kompas_tui.screens.steps import step_screen_class

        self._go_to(step_screen_class("evaluation"))
        self.remember_step("evaluation")

    def _show_comparison(self) -> None:
        """The Evaluering screen with the theme-by-theme comparison on top
        (once that screen is installed)."""
        from importlib.util import find_spec

        self.show_evaluation()
        module, name = COMPARISON_SCREEN.split(":")
        if find_spec(module) is not None:
            from importlib import import_module

            self.push_screen(getattr(import_module(module), name)())

    def _catch_hangup(self) -> None:
        """An SSH drop (SIGHUP) saves what is pending and releases the lock;
        so does a terminal that goes without one (`terminal_watch`)."""
        if threading.current_thread() is not threading.main_thread():
            return
        loop = asyncio.get_running_loop()
        if not self.is_headless:
            from kompas_tui.terminal_watch import watch_terminal

            self._terminal_watch = watch_terminal(loop.call_soon_threadsafe, self._hung_up, self._gone_unheard)
        try:
            loop.add_signal_handler(signal.SIGHUP, self._hung_up)
        except (AttributeError, NotImplementedError, RuntimeError, ValueError):
            return
        self._hangup_handled = True

    def _hung_up(self) -> None:
        # The terminal is gone: there is nothing to restore on it, and a
        # normal shutdown can block writing to it. Save, unlock, leave.
        if not self._leaving.acquire(blocking=False):
            return
        self.commit_pending_input()
        self.store.close()
        self._rescue_quietly()
        os._exit(128 + signal.SIGHUP)

    def _gone_unheard(self) -> None:
        """From the terminal watch's thread: the terminal went and the event
        loop did not get to leave (stuck). Save what the session has, unlock, leave."""
        if not self._leaving.acquire(blocking=False):
            return
        self.store.close()
        self._rescue_quietly()
        os._exit(128 + signal.SIGHUP)

    def _rescue_quietly(self) -> None:
        """The terminal is gone and the session would not save (a full
        disk): a copy in the home folder, if it can be written anywhere."""
        if self.store.unsaved and self.store.handle is not None:
            try:
                self.store.rescue_to(Path.home())
            except OSError:
                pass

    def commit_pending_input(self) -> None:
        """Pass on what is typed but not yet taken: a date or a number of
        dots still waiting for its pause. Fields post their changes; a
        screen with its own waiting input saves it in `commit_pending`."""
        from kompas_tui.widgets.plan_date_field import DateField
        from kompas_tui.widgets.voting_tables import TallyTable

        for screen in self.screen_stack:
            if (commit := getattr(screen, "commit_pending", None)) is not None:
                commit()
            for field in screen.query(DateField):
                field.flush()
            for table in screen.query(TallyTable):
                table.commit()

    async def action_quit(self) -> None:
        from kompas_tui.screens.unsaved import UnsavedDialog

        if isinstance(self.screen, UnsavedDialog):
            return  # it says how to leave
        # Let the screens take in what was typed last, then save and leave.
        self.commit_pending_input()
        self.set_timer(0.1, self._quit_if_saved)

    def _quit_if_saved(self) -> None:
        """Leave, unless the changes cannot be saved (a full disk): then stay,
        say so, and offer to put them elsewhere (screens/unsaved.py)."""
        if self.store.save_now():
            self.exit()
            return
        from kompas_tui.screens.unsaved import UnsavedDialog

        self.push_screen(UnsavedDialog(self.store.save_error))

    def leave_saying(self, notice: str) -> None:
        """Leave; `notice` is written on the terminal once it is restored."""
        self._exit_notice = notice
        self.exit()

    def leave_printing_session(self) -> None:
        """Leave and write the whole session (TOML) on the terminal, after a line saying what it is."""
        from kompas_tui.storage.session_file import session_to_bytes

        handle = self.store.handle
        assert handle is not None
        self._exit_output = session_to_bytes(handle.session)
        self.leave_saying(t("ui_unsaved.after.terminal", file=handle.path.name))

    def on_unmount(self) -> None:
        if self._terminal_watch is not None:
            self._terminal_watch.stop()
        if self._hangup_handled:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        self.store.close(checkpoint="quit")

    def run(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        try:
            return super().run(*args, **kwargs)
        finally:
            # The screen is gone: the quit checkpoint is made while nobody waits for a key.
            self.checkpoints.drain()
            self.store.close()
            self._after_exit()

    def _after_exit(self) -> None:
        """What the app has to say on the restored terminal (a session that
        could not be saved: where its copy is, or the session itself; a
        checkpoint that could not be committed)."""
        import sys

        if self._exit_notice:
            print(safe_text(self._exit_notice), file=sys.stderr, flush=True)
        if self.checkpoints.unreported:
            print(safe_text(self.checkpoints.unreported), file=sys.stderr, flush=True)
        if self._exit_output:
            sys.stdout.buffer.write(self._exit_output)
            sys.stdout.flush()
