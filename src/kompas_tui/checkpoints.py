"""The app's checkpoints, committed off the UI thread (docs/history.md).

`Checkpoints.request(path, kind)` queues a commit of the saved session
file (`storage.history.checkpoint`); one background thread makes them in
order, so no key ever waits for git. `then` runs after the commit, in that
thread (leaving a session releases its lock only once its checkpoint is
made, so nobody changes the file in between).

A failing checkpoint never touches the saved file; it is reported once
per run through `report` (a notice on screen), or, when the screen is
gone, kept in `unreported` for the command line to print on the way out.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kompas_tui.i18n import t

if TYPE_CHECKING:
    from kompas_tui.storage.history import Checkpoint, Committed

_Item = tuple[Path, "Checkpoint", Callable[[], None] | None]


class Checkpoints:
    def __init__(self, report: Callable[[str], bool]) -> None:
        #: Shows a failure; False when it could not (no screen any more).
        self._report = report
        self._queue: queue.Queue[_Item] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._reported = False
        #: A failure nobody has been told about yet.
        self.unreported: str | None = None
        #: The commits made, newest last (for the curious and for tests).
        self.made: list[Committed] = []

    def request(self, path: Path, kind: Checkpoint, *, then: Callable[[], None] | None = None) -> None:
        with self._lock:
            self._queue.put((Path(path), kind, then))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="kompas-checkpoints", daemon=True)
                self._thread.start()

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every requested checkpoint is made (or has failed).
        False when they are still running after `timeout` seconds."""
        done = threading.Event()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                return True
            self._queue.put((Path(), "quit", done.set))
        return done.wait(timeout)

    def _work(self) -> None:
        while True:
            try:
                path, kind, then = self._queue.get(timeout=1.0)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                if path != Path():
                    self._commit(path, kind)
            finally:
                if then is not None:
                    then()

    def _commit(self, path: Path, kind: Checkpoint) -> None:
        from kompas_tui.storage.history import HistoryError, checkpoint

        try:
            made = checkpoint(path, kind)
        except HistoryError as error:
            self._failed(error.reason)
        except Exception as error:  # a checkpoint never takes the app down
            self._failed(repr(error))
        else:
            if made is not None:
                self.made.append(made)

    def _failed(self, reason: str) -> None:
        if self._reported:
            return
        self._reported = True
        message = t("history.checkpoint_failed", reason=reason)
        if not self._report(message):
            self.unreported = message
