"""Writing a session's file off the UI thread.

The session is turned into bytes on the thread that changes it (so no key
can change it half way through), and the bytes are written by one writer
thread, one file at a time, in the order they were taken: a later version
never loses to an earlier one. `write` returns at once; `wait` blocks until
every write handed in so far is on disk (quit, hang-up, switching session:
the lock is released only after that). The session store (session_store.py)
runs one.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kompas_tui.storage.session_file import SessionHandle


class SessionWriter:
    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._last: Future[None] | None = None

    def write(self, handle: SessionHandle, done: Callable[[OSError | None], None]) -> Future[None]:
        """Take the session's bytes now, write them on the writer thread.
        `done` is called on the writer thread with None, or the OSError
        that left the file as it was. Raises what taking the bytes raises
        (`ReadOnlyError` for a handle that may not save)."""
        write = handle.prepare_save()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kompas-save")

        def run() -> None:
            try:
                write()
            except OSError as error:
                done(error)
                raise
            done(None)

        self._last = self._pool.submit(run)
        return self._last

    def wait(self) -> None:
        """Block until every write handed in so far has ended (written or
        failed; a failure was told to its `done`)."""
        last = self._last
        if last is not None:
            try:
                last.result()
            except OSError:
                pass

    def close(self) -> None:
        self.wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
