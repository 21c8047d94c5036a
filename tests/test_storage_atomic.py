"""Atomic writes with a backup, and file modes (SPEC §7)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from kompas_tui.domain.report import Report
from kompas_tui.domain.session import Session
from kompas_tui.storage import atomic
from kompas_tui.storage.atomic import atomic_write, backup_path, remove_stale_temps
from kompas_tui.storage.folder import file_mode_for
from kompas_tui.storage.session_file import save_session


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_first_write_creates_the_file_without_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    atomic_write(target, b"one", 0o600)
    assert target.read_bytes() == b"one"
    assert not backup_path(target).exists()
    assert sorted(os.listdir(tmp_path)) == ["s.toml"]


def test_previous_version_is_kept_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    atomic_write(target, b"one", 0o600)
    atomic_write(target, b"two", 0o600)
    atomic_write(target, b"three", 0o600)
    assert target.read_bytes() == b"three"
    assert backup_path(target).read_bytes() == b"two"
    assert backup_path(target).name == "s.toml.bak"
    assert sorted(os.listdir(tmp_path)) == ["s.toml", "s.toml.bak"]


def test_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    old = os.umask(0)
    try:
        target.write_bytes(b"old, world-readable")
        os.chmod(target, 0o644)
        atomic_write(target, b"new", file_mode_for(tmp_path))
    finally:
        os.umask(old)
    assert mode_of(target) == 0o600
    assert mode_of(backup_path(target)) == 0o600


def test_setgid_team_folder_gives_group_read(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    os.chmod(team, 0o2770)
    assert file_mode_for(team) == 0o640
    session = Session.start(Report(unit="U"))
    save_session(session, team / "s.toml")
    save_session(session, team / "s.toml")
    assert mode_of(team / "s.toml") == 0o640
    assert mode_of(backup_path(team / "s.toml")) == 0o640


def test_backup_falls_back_to_copy_when_hard_links_fail(tmp_path: Path, monkeypatch) -> None:
    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "hard links not allowed")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "s.toml"
    atomic_write(target, b"one", 0o600)
    atomic_write(target, b"two", 0o600)
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    assert mode_of(backup_path(target)) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["s.toml", "s.toml.bak"]


def full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failing", ["fsync", "write", "replace"])
def test_failure_mid_write_leaves_the_original_and_no_temp_files(
    tmp_path: Path, monkeypatch, failing: str
) -> None:
    target = tmp_path / "s.toml"
    atomic_write(target, b"one", 0o600)
    atomic_write(target, b"two", 0o600)
    before = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
    stat_before = target.stat()
    monkeypatch.setattr(os, failing, full_disk)
    with pytest.raises(OSError) as raised:
        atomic_write(target, b"three" * 10_000, 0o600)
    monkeypatch.undo()
    assert raised.value.errno == errno.ENOSPC
    after = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
    assert after == before  # same files, same bytes: no temp file left behind
    assert target.stat().st_ino == stat_before.st_ino


def test_failure_while_copying_the_backup_leaves_everything(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "s.toml"
    atomic_write(target, b"one", 0o600)
    atomic_write(target, b"two", 0o600)
    monkeypatch.setattr(os, "link", full_disk)
    real_write_temp = atomic._write_temp
    calls = []

    def second_temp_fails(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:  # the first is the new content, the second the backup copy
            raise OSError(errno.ENOSPC, "full")
        return real_write_temp(*args, **kwargs)

    monkeypatch.setattr(atomic, "_write_temp", second_temp_fails)
    with pytest.raises(OSError):
        atomic_write(target, b"three", 0o600)
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    assert sorted(os.listdir(tmp_path)) == ["s.toml", "s.toml.bak"]


def test_partial_os_writes_are_completed(tmp_path: Path, monkeypatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    atomic_write(tmp_path / "s.toml", b"x" * 1000, 0o600)
    assert (tmp_path / "s.toml").read_bytes() == b"x" * 1000


def test_stale_temp_files_of_a_killed_writer_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    atomic_write(target, b"one", 0o600)
    (tmp_path / ".s.toml.abc123.tmp").write_bytes(b"half")
    (tmp_path / ".s.toml.bak.def456.tmp").write_bytes(b"half")
    (tmp_path / ".other.toml.abc123.tmp").write_bytes(b"someone else's")
    remove_stale_temps(target)
    assert sorted(os.listdir(tmp_path)) == [".other.toml.abc123.tmp", "s.toml"]
