"""One writer per session (SPEC §7).

The lock is an `flock` on `NAME.toml.lock` next to the session. The kernel
drops an flock when its process dies, however it dies, so a stale lock is
simply one nobody holds any more and the next opener takes it: no pid
guessing, no timeouts. The lock file also says who holds it (user, host, pid,
since) so a second opener can be told.

Removing the lock file on release is safe because an acquirer checks, after
getting the flock, that the file it locked is still the one at the path; if
the holder unlinked it in between, the acquirer starts again on a fresh file.

flock works across processes on one machine and, on Linux, on NFS (where it
is emulated with POSIX locks). Fds are opened close-on-exec, so no child
process can keep a lock alive after kompas exits.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import getpass
import json
import os
import socket
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from kompas_tui.storage.folder import PRIVATE_FILE_MODE

#: How long to wait for a holder to finish writing its info (it does so
#: right after taking the flock) before reporting what is known.
_INFO_WAIT_SECONDS = 0.5
_INFO_POLL_SECONDS = 0.02
_MAX_ATTEMPTS = 50


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".lock")


@dataclass(frozen=True)
class LockInfo:
    """Who holds a session open for writing. Fields may be empty ("", 0,
    None) when the holder's lock file cannot be read."""

    user: str
    host: str
    pid: int
    since: dt.datetime | None

    @classmethod
    def current(cls) -> LockInfo:
        return cls(
            user=_user_name(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now().astimezone().replace(microsecond=0),
        )

    def to_json(self) -> bytes:
        since = self.since.isoformat() if self.since else None
        record = {"user": self.user, "host": self.host, "pid": self.pid, "since": since}
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockInfo | None:
        """None for empty or partial content (a holder still writing it)."""
        try:
            record = json.loads(data.decode("utf-8"))
            since = record.get("since")
            return cls(
                user=str(record["user"]),
                host=str(record["host"]),
                pid=int(record["pid"]),
                since=dt.datetime.fromisoformat(since) if since else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


UNKNOWN_HOLDER = LockInfo(user="", host="", pid=0, since=None)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name and no passwd entry (some containers)
        return str(os.getuid())


class SessionLock:
    """The write lock of one session file.

    `acquire()` returns None when this process now holds the lock, or the
    `LockInfo` of the process that does. `release()` is idempotent.
    """

    def __init__(self, session_path: Path | str, mode: int = PRIVATE_FILE_MODE):
        self.session_path = Path(session_path)
        self.path = lock_path(self.session_path)
        self.mode = mode
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> LockInfo | None:
        if self._fd is not None:
            return None
        for _ in range(_MAX_ATTEMPTS):
            fd, writable = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = self._read_holder(fd)
                os.close(fd)
                return holder
            except BaseException:
                os.close(fd)
                raise
            if not self._is_current_file(fd):
                # The previous holder removed (or someone replaced) the file
                # between our open and our flock: lock the new one instead.
                os.close(fd)
                continue
            if not writable:
                # Another user's lock file that we may not write (a shared
                # folder): we hold it, so it is stale; replace it with ours.
                if self._unlink_while_holding():
                    os.close(fd)
                    continue
            self._fd = fd
            if writable:
                try:
                    self._write_info(fd)
                except BaseException:
                    # A full disk: no lock file is left behind, empty or half written.
                    self.release()
                    raise
            return None
        raise OSError(errno.EAGAIN, "could not take the session lock", str(self.path))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Unlink before unlocking: anyone who opened this inode meanwhile
            # sees it is no longer at the path and starts again.
            self._unlink_while_holding()
        finally:
            os.close(fd)

    def __enter__(self) -> SessionLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def _open(self) -> tuple[int, bool]:
        """An fd on the lock file, created if missing; and whether we may
        write it. flock needs no write access, so read-only is enough."""
        # Never through a link, and never waiting on a FIFO put in its place.
        flags = os.O_CLOEXEC | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd, writable = os.open(self.path, os.O_RDWR | os.O_CREAT | flags, self.mode), True
        except PermissionError:
            fd, writable = os.open(self.path, os.O_RDONLY | flags), False
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise OSError(errno.EINVAL, "the lock file is not a regular file", str(self.path))
        return fd, writable

    def _is_current_file(self, fd: int) -> bool:
        try:
            at_path = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (at_path.st_dev, at_path.st_ino)

    def _unlink_while_holding(self) -> bool:
        try:
            os.unlink(self.path)
            return True
        except FileNotFoundError:
            return True
        except OSError:
            return False  # e.g. a sticky folder: keep holding it as it is

    def _write_info(self, fd: int) -> None:
        data = LockInfo.current().to_json()
        try:
            # Our fchmod fixes the mode if the umask narrowed it at creation.
            os.fchmod(fd, self.mode)
        except OSError:
            pass
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, data, 0)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(self.path)) from None  # named: "FILE: the disk is full"

    def _read_holder(self, fd: int) -> LockInfo:
        """The holder's info, waiting briefly for a holder that has just
        taken the lock and not yet written it."""
        deadline = time.monotonic() + _INFO_WAIT_SECONDS
        while True:
            try:
                info = LockInfo.from_json(os.pread(fd, 4096, 0))
            except OSError:
                info = None
            if info is not None:
                return info
            if time.monotonic() >= deadline:
                return UNKNOWN_HOLDER
            time.sleep(_INFO_POLL_SECONDS)
