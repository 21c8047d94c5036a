"""One writer per session, across real processes (SPEC §7)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kompas_tui.domain.report import Report, Theme
from kompas_tui.storage.lock import LockInfo, SessionLock, lock_path
from kompas_tui.storage.session_file import ReadOnlyError, load_session, new_session, open_session

SRC = str(Path(__file__).resolve().parents[1] / "src")

# A second kompas: opens the session, says who it is, then waits on stdin
# ("save" saves, "close" closes and exits, EOF exits without closing).
HOLDER = textwrap.dedent(
    """
    import json, sys
    from kompas_tui.storage.session_file import open_session
    handle = open_session(sys.argv[1])
    print(json.dumps({"read_only": handle.read_only, "pid": __import__("os").getpid()}), flush=True)
    for line in sys.stdin:
        if line.strip() == "save":
            handle.session.unit = "saved by holder"
            handle.save()
            print("saved", flush=True)
        elif line.strip() == "close":
            handle.close()
            print("closed", flush=True)
            break
    """
)


class Holder:
    """Another process holding a session open."""

    def __init__(self, path: Path):
        env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.hello = json.loads(self.process.stdout.readline())

    def send(self, command: str) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=60)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill()
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    with new_session(Report(unit="Plejecenter Øst", themes=[Theme(name="Trivsel")]), tmp_path) as handle:
        return handle.path


@pytest.fixture
def holders():
    started: list[Holder] = []

    def start(path: Path) -> Holder:
        holder = Holder(path)
        started.append(holder)
        return holder

    yield start
    for holder in started:
        holder.stop()


def test_second_opener_gets_read_only_with_holder_info(session_path: Path, holders) -> None:
    before = dt.datetime.now().astimezone() - dt.timedelta(seconds=2)
    a = holders(session_path)
    assert a.hello["read_only"] is False

    with open_session(session_path) as b:
        assert b.read_only
        assert b.holder is not None
        assert b.holder.pid == a.hello["pid"] == a.process.pid
        assert b.holder.host == socket.gethostname()
        assert b.holder.user == getpass.getuser()
        assert b.holder.since is not None and before <= b.holder.since <= dt.datetime.now().astimezone()
        message = b.read_only_message()
        assert message and str(a.process.pid) in message
        with pytest.raises(ReadOnlyError):
            b.save()
    assert lock_path(session_path).exists()  # B's close did not touch A's lock


def test_lock_of_a_killed_holder_is_taken_over(session_path: Path, holders) -> None:
    a = holders(session_path)
    a.kill()
    # The dead holder's lock file is still there, with its info; no flock.
    info = LockInfo.from_json(lock_path(session_path).read_bytes())
    assert info is not None and info.pid == a.process.pid

    with open_session(session_path) as b:
        assert not b.read_only and b.holder is None
        b.session.unit = "taken over"
        b.save()
        # And a third opener now sees B as the holder.
        c = holders(session_path)
        assert c.hello["read_only"] is True
    assert load_session(session_path).unit == "taken over"


def test_released_lock_lets_the_next_opener_write(session_path: Path, holders) -> None:
    a = holders(session_path)
    assert a.send("save") == "saved"
    assert a.send("close") == "closed"
    a.process.wait(timeout=60)
    assert not lock_path(session_path).exists()
    with open_session(session_path) as b:
        assert not b.read_only
        assert b.session.unit == "saved by holder"
        b.save()


def test_opener_in_another_process_is_read_only_while_we_hold_it(session_path: Path, holders) -> None:
    with open_session(session_path) as mine:
        assert not mine.read_only
        other = holders(session_path)
        assert other.hello["read_only"] is True
    other.stop()
    assert not lock_path(session_path).exists()


def test_a_closed_handle_refuses_to_save(session_path: Path) -> None:
    handle = open_session(session_path)
    handle.close()
    handle.close()  # idempotent
    with pytest.raises(ReadOnlyError):
        handle.save()


def test_new_session_holds_the_lock(tmp_path: Path, holders) -> None:
    with new_session(Report(unit="U"), tmp_path) as handle:
        assert not handle.read_only
        other = holders(handle.path)
        assert other.hello["read_only"] is True


def test_acquire_waits_for_a_holder_still_writing_its_info(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    first = SessionLock(target)
    assert first.acquire() is None
    lock_path(target).write_bytes(b"")  # as if the holder had not written yet
    second = SessionLock(target)
    holder = second.acquire()
    assert holder is not None and holder.pid == 0 and holder.since is None  # unknown, not a crash
    first.release()
    assert second.acquire() is None
    second.release()


def test_lock_file_replaced_between_open_and_flock_is_not_trusted(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "s.toml"
    lock = SessionLock(target)
    real_flock = __import__("fcntl").flock
    replaced = []

    def flock_after_replacement(fd, operation):
        if not replaced:
            replaced.append(True)
            os.unlink(lock.path)  # a releasing holder removes the file meanwhile
        return real_flock(fd, operation)

    monkeypatch.setattr("fcntl.flock", flock_after_replacement)
    assert lock.acquire() is None
    assert os.fstat(lock._fd).st_ino == os.stat(lock.path).st_ino
    lock.release()
    assert not lock.path.exists()


def test_lock_info_json_round_trip() -> None:
    info = LockInfo.current()
    assert LockInfo.from_json(info.to_json()) == info
    assert LockInfo.from_json(b'{"user": "a", "ho') is None


def test_a_full_disk_while_taking_the_lock_leaves_no_lock_file_and_names_it(tmp_path, monkeypatch):
    """Writing the holder's info fails (ENOSPC): the error names the lock
    file, and no empty lock file is left to puzzle the next opener."""
    import errno

    from kompas_tui.storage import lock as lock_module

    session = tmp_path / "s.toml"

    def full(fd, data, offset):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "pwrite", full)
    lock = SessionLock(session)
    with pytest.raises(OSError) as caught:
        lock.acquire()
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(lock.path)
    assert not lock.held and not lock.path.exists()
    monkeypatch.undo()
    second = SessionLock(session)
    assert second.acquire() is None  # free for the next one
    second.release()
