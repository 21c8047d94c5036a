"""The open session, in one place: its handle, the change signal, autosave.

Screens read `store.session` and change it only through the store
(`update`, `update_round`, `change_round`): messages up, attributes down.
A change of several fields is all-or-nothing (`apply`): the whole change
is validated on a copy of the session, and only a copy that passed takes
the session's place; a refused change leaves the session as it was. Every
change is told to the store's listeners (the App bridges them to its
Textual signal) and written within `SAVE_DELAY` seconds by the writer
thread (`storage/session_writer.py`).

Plain Python, no Textual: the App hands in how to wait (`schedule`), how
to tell the user (`tell`) and what a failed write on the writer thread
does (`write_failed`), so the store is tested without a terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic
from typing import TYPE_CHECKING, Any, Protocol

from kompas_tui.i18n import t
from kompas_tui.storage.session_writer import SessionWriter

if TYPE_CHECKING:
    from pathlib import Path

    from kompas_tui.domain.session import Session
    from kompas_tui.storage.history import Checkpoint
    from kompas_tui.storage.session_file import SessionHandle

#: Seconds a change may wait before it is written (SPEC §7: at most a second).
SAVE_DELAY = 0.5

#: The session fields the workshop (Dialog … Handleplan) writes. Once an
#: evaluation round exists they are history: `update` refuses them, and the
#: plan changes in a round (`update_round`), which records how.
WORKSHOP_FIELDS = frozenset({"dialog", "voting", "plan"})

#: Seconds between two "the workshop is history" notices (not one per key).
LOCKED_NOTICE_PAUSE = 3.0


class Stoppable(Protocol):
    def stop(self) -> None: ...


#: `schedule(seconds, callback)`: call back once after `seconds`; `stop()` cancels.
Schedule = Callable[[float, Callable[[], None]], Stoppable]
#: `tell(text, severity, timeout)`: a notice for the user (timeout None: the usual).
Tell = Callable[[str, str, "float | None"], None]


class SessionStore:
    """The open session (or none), its unsaved changes and their writes."""

    def __init__(
        self,
        handle: SessionHandle | None,
        *,
        lang: str,
        schedule: Schedule,
        tell: Tell,
        write_failed: Callable[[OSError], None],
        leave: Callable[[SessionHandle, Checkpoint], None],
    ) -> None:
        self._handle = handle
        self.lang = lang
        self._schedule = schedule
        self._tell = tell
        #: Called on the writer thread when a write failed.
        self._write_failed = write_failed
        #: Commit a session being left at a checkpoint, then release its lock.
        self._leave = leave
        self._listeners: list[Callable[[Session], None]] = []
        self._writer = SessionWriter()
        self._save_timer: Stoppable | None = None
        self._locked_notice_at = -LOCKED_NOTICE_PAUSE
        #: Changes not yet handed to the writer (or whose write failed).
        self.unsaved = False
        #: Why the last save failed (None: it did not).
        self.save_error: OSError | None = None
        #: The session has been closed (or handed to its last checkpoint).
        self.closed = False

    # -- attributes down -----------------------------------------------------

    @property
    def handle(self) -> SessionHandle | None:
        return self._handle

    @property
    def session(self) -> Session | None:
        return self._handle.session if self._handle is not None else None

    @property
    def read_only(self) -> bool:
        return self._handle is not None and self._handle.read_only

    @property
    def workshop_locked(self) -> bool:
        """The workshop's steps are history: an evaluation round exists, so
        the plan changes in the round (F8), where each change is recorded."""
        session = self.session
        return session is not None and bool(session.rounds)

    def read_only_notice(self) -> str:
        """"Skrivebeskyttet — åbnet af USER på HOST (PID N) siden TIME"."""
        from kompas_tui.formatting import timestamp

        holder = self._handle.holder if self._handle is not None else None
        if holder is None or not (holder.user or holder.host):
            return t("ui.read_only.plain")
        if holder.since is None:
            return t("ui.read_only.holder_no_time", user=holder.user, host=holder.host, pid=holder.pid)
        since = timestamp(holder.since, self.lang)
        return t("ui.read_only.holder", user=holder.user, host=holder.host, pid=holder.pid, since=since)

    def locked_notice(self) -> str:
        """Why a workshop step cannot be changed here: the holder of a
        read-only session, else that the workshop is history."""
        return self.read_only_notice() if self.read_only else t("ui_evaluation.workshop_locked")

    def subscribe(self, listener: Callable[[Session], None]) -> None:
        """Call `listener` with the session after every change and switch."""
        self._listeners.append(listener)

    def _publish(self, session: Session) -> None:
        for listener in self._listeners:
            listener(session)

    # -- changes up ----------------------------------------------------------

    def update(self, **changes: Any) -> bool:
        """Change fields of the session (all or none). False, with a notice,
        when there is no session, it is read-only, or it changes the
        workshop of a session that has evaluation rounds."""
        handle = self._writable_handle()
        if handle is None:
            return False
        if handle.session.rounds and WORKSHOP_FIELDS.intersection(changes):
            self._say_workshop_locked()
            return False
        self.apply(changes)
        return True

    def update_round(self, **changes: Any) -> bool:
        """Change the session as an evaluation round does (the fields a
        `domain/evaluation.py` operation returns). Refused, with the holder
        named, when the session is read-only."""
        if self._writable_handle() is None:
            return False
        self.apply(changes)
        return True

    def change_round(self, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run an operation of `domain/evaluation.py` on the session and
        apply the fields it returns. Returns what the operation returned (the
        fields, or fields and an id), or None when it is refused: by the
        rounds' rules (the reason in words) or a read-only session."""
        from kompas_tui.domain.evaluation import RoundRefused

        handle = self._writable_handle()
        if handle is None:
            return None
        try:
            result = operation(handle.session, *args, **kwargs)
        except RoundRefused as refusal:
            self._tell(refusal.text(), "warning", 8)
            return None
        fields = result[0] if isinstance(result, tuple) else result
        return result if self.update_round(**fields) else None

    def apply(self, changes: dict[str, Any]) -> Session:
        """Change the session's fields all together or not at all: each is
        validated on a copy (pydantic's `validate_assignment`), and only a
        copy that took every change becomes the session. Raises pydantic's
        `ValidationError` for the first refused field, the session unchanged."""
        from kompas_tui.domain.session import with_changes

        handle = self._handle
        assert handle is not None
        candidate = with_changes(handle.session, changes)
        handle.session = candidate
        self._changed()
        self._publish(candidate)
        return candidate

    def remember(self, change: Callable[[Session], None]) -> None:
        """Save where the facilitator is (step, prompt) with the next save,
        without telling the listeners: nothing they show has changed."""
        handle = self._handle
        if handle is None or handle.read_only:
            return
        change(handle.session)
        self._changed()

    def mark_unsaved(self) -> None:
        """Have the next `save_now` write the session again (a retry)."""
        if self._handle is not None and not self._handle.read_only:
            self.unsaved = True

    def _writable_handle(self) -> SessionHandle | None:
        handle = self._handle
        if handle is not None and handle.read_only:
            self._tell(self.read_only_notice(), "warning", None)
            return None
        return handle

    def _say_workshop_locked(self) -> None:
        moment = monotonic()
        if moment - self._locked_notice_at > LOCKED_NOTICE_PAUSE:
            self._tell(t("ui_evaluation.workshop_locked"), "warning", 6)
        self._locked_notice_at = moment

    # -- saving ----------------------------------------------------------------

    def _changed(self) -> None:
        self.unsaved = True
        if self._save_timer is None:
            # Not reset by later changes: steady typing is still saved every SAVE_DELAY.
            self._save_timer = self._schedule(SAVE_DELAY, self._autosave)

    def _autosave(self) -> None:
        """The session's bytes are taken here, on the thread that changes
        it, and written by the writer thread, so no key waits on the disk."""
        self._save_timer = None
        handle = self._handle
        if not self.unsaved or handle is None or handle.read_only:
            return
        self.unsaved = False
        self._writer.write(handle, self._written)

    def _written(self, error: OSError | None) -> None:
        # On the writer thread: plain attributes, and the App's callback.
        self.save_error = error
        if error is not None:
            self.unsaved = True
            self._write_failed(error)

    def wait_for_writes(self) -> None:
        """Block until the writer thread has ended every write handed to it."""
        self._writer.wait()

    def save_now(self) -> bool:
        """Write pending changes now and wait for it (after any write the
        writer thread still has). True when nothing is left unsaved; a
        failure is in `save_error` (and told, as `ui.error.save`)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self.wait_for_writes()
        if not self.unsaved or self._handle is None or self._handle.read_only:
            return not self.unsaved
        try:
            self._handle.save()
            self.save_error = None
            self.unsaved = False
        except OSError as error:
            self.save_error = error
            self._tell(save_failed_text(error), "error", 15)
        return not self.unsaved

    def rescue_to(self, folder: Path) -> Path:
        """Write the open session as a new file in `folder` (a save that
        failed in its place: screens/unsaved.py, a hang-up); its path."""
        import datetime as dt

        from kompas_tui.storage.rescue import rescue_copy
        from kompas_tui.storage.session_file import session_to_bytes

        handle = self._handle
        assert handle is not None
        return rescue_copy(session_to_bytes(handle.session), folder, handle.path.stem, dt.datetime.now())

    # -- switching and closing -------------------------------------------------

    def switch(self, handle: SessionHandle) -> bool:
        """Make `handle` the open session, leaving the current one at its
        "leave" checkpoint. Refused (False, the current session kept open and
        `handle` untouched) when the current one has changes that cannot be
        saved: they would be lost. The new session starts with nothing unsaved."""
        current = self._handle
        if current is not None and current is not handle:
            if not self.save_now():
                return False
            self._leave(current, "leave")
        self._handle = handle
        self.unsaved = False
        self.save_error = None
        self.closed = False
        # A screen already showing a session redraws itself on this.
        self._publish(handle.session)
        return True

    def close(self, checkpoint: Checkpoint | None = None) -> None:
        """Wait for the writer thread, save what is pending, then release
        the session's lock; with `checkpoint`, once that is committed (by
        `leave`). Safe to call more than once, and from any thread."""
        self._writer.close()
        handle = self._handle
        if handle is None or self.closed:
            return
        if self.unsaved and not handle.read_only:
            self.unsaved = not _saved_quietly(handle)
        self.closed = True
        if checkpoint is None:
            handle.close()
        else:
            self._leave(handle, checkpoint)


def save_failed_text(error: OSError) -> str:
    """"Sessionen kunne ikke gemmes: REASON"."""
    from kompas_tui.os_errors import os_reason

    return t("ui.error.save", reason=os_reason(error))


def _saved_quietly(handle: SessionHandle) -> bool:
    # On the way out there may be no screen left to tell; the file keeps its
    # last saved version either way.
    try:
        handle.save()
    except OSError:
        return False
    return True
