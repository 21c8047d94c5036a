"""Issue 13, item 4: links and paths, with real files in a real team folder.
A link never carries kompas to another file, for reading or writing; an
export never lands on a session; a name with an escape sequence is shown,
never obeyed. Each asserts the data is intact and the user told."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain.session import Session
from kompas_tui.errors import InputError
from kompas_tui.storage import atomic
from kompas_tui.storage.session_file import open_session, save_session
from pilot_tools import PATIENCE

NOBODY = 65534


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A team folder as docs/live-voting.md sets it up (setgid, sticky)."""
    folder = tmp_path / "team"
    folder.mkdir()
    os.chmod(folder, 0o3770)
    return folder


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """Another user's private session (owned by nobody where the test can
    make it so), in their own folder."""
    home = tmp_path / "home-anna"
    home.mkdir(mode=0o700)
    path = home / "private.toml"
    save_session(Session.start(demo_report(), unit="Annas private"), path, 0o600, backup=False)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    return path


def fingerprint(path: Path) -> tuple[bytes, int, int]:
    info = os.stat(path)
    return path.read_bytes(), stat.S_IMODE(info.st_mode), info.st_uid


def test_a_session_linked_to_another_users_private_one_is_not_opened(
    team: Path, victim: Path, run_cli, english
) -> None:
    before = fingerprint(victim)
    link = team / "S.toml"
    link.symlink_to(victim)
    with pytest.raises(InputError) as caught:
        open_session(link)
    assert "symbolic link" in str(caught.value) and str(link) in str(caught.value)
    code, out, err = run_cli(["open", str(link)])
    assert code == 1 and err.strip().splitlines() == [
        f"{link}: The file is a symbolic link; kompas does not follow links to sessions, backups, locks and "
        "ballots. Use the file the link points to."
    ]
    for command in (["check", str(link)], ["export", str(link), "--format", "json"]):
        assert run_cli(command)[0] == 1
    # Nothing of Anna's reached the team folder; her file is as it was.
    assert sorted(p.name for p in team.iterdir()) == ["S.toml"] and link.is_symlink()
    assert fingerprint(victim) == before


def test_a_session_swapped_for_a_link_after_opening_is_not_saved_over(team: Path, victim: Path) -> None:
    path = team / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, backup=False)
    before = fingerprint(victim)
    with open_session(path) as handle:
        os.unlink(path)
        path.symlink_to(victim)  # a member without the sticky bit could
        handle.session.unit = "Teamet, ændret"
        with pytest.raises(OSError):
            handle.save()
    assert fingerprint(victim) == before and path.is_symlink()
    assert not (team / "S.toml.bak").exists()
    assert not [p for p in team.iterdir() if p.name.endswith(".tmp")]


def test_the_backups_mode_is_set_through_its_descriptor_never_its_name(
    team: Path, victim: Path, monkeypatch
) -> None:
    """As root, `chmod` of the backup's name followed a link someone put
    there between the rename and the chmod, and changed the target's mode.
    Here the link is put there right after the rename; the target keeps its
    mode (0644 here, so a chmod to the session's 0640 would show)."""
    os.chmod(victim, 0o644)
    before = fingerprint(victim)
    path = team / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, 0o640, backup=False)
    backup = atomic.backup_path(path)
    real_replace = os.replace

    def replace_then_plant(source, target, *args, **kwargs):
        real_replace(source, target, *args, **kwargs)
        if os.fspath(target) == str(backup):
            os.unlink(backup)
            backup.symlink_to(victim)

    monkeypatch.setattr(os, "replace", replace_then_plant)
    save_session(Session.start(demo_report(), unit="Teamet 2"), path, 0o640)
    monkeypatch.undo()
    assert fingerprint(victim) == before
    assert "Teamet 2" in path.read_text()


def test_a_backup_name_linked_elsewhere_is_replaced_not_followed(team: Path, victim: Path) -> None:
    path = team / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, 0o640, backup=False)
    first = path.read_bytes()
    backup = atomic.backup_path(path)
    backup.symlink_to(victim)
    before = fingerprint(victim)
    save_session(Session.start(demo_report(), unit="Teamet 2"), path, 0o640)
    assert fingerprint(victim) == before
    assert not backup.is_symlink() and backup.read_bytes() == first
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o640


def test_a_fifo_as_the_lock_file_neither_hangs_nor_locks(team: Path, monkeypatch) -> None:
    """A member's FIFO (0644) planted as S.toml.lock: the others may not
    open it for writing, and opening it for reading used to wait for ever."""
    path = team / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, backup=False)
    lock = team / "S.toml.lock"
    os.mkfifo(lock, 0o644)
    real_open = os.open

    def as_another_member(name, flags, *args, **kwargs):
        # Root may open anyone's FIFO for writing; a member may not.
        if os.fspath(name) == str(lock) and flags & os.O_RDWR:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", as_another_member)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(open_session(path)), daemon=True)
    thread.start()
    thread.join(PATIENCE)
    assert not thread.is_alive(), "waited on the FIFO"
    handle = result[0]
    assert handle.read_only and handle.read_only_message()  # told it cannot save
    handle.close()


# --- exports ------------------------------------------------------------------


def test_an_export_is_never_written_over_a_session(team: Path, run_cli) -> None:
    path = team / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, backup=False)
    other = team / "T.toml"
    save_session(Session.start(demo_report(), unit="Andet"), other)
    save_session(Session.start(demo_report(), unit="Andet 2"), other)  # leaves T.toml.bak
    files = {p.name: p.read_bytes() for p in team.iterdir()}
    for target in (path, other, team / "T.toml.bak"):
        for fmt in ("md", "csv", "json"):
            code, out, err = run_cli(["export", str(path), "--format", fmt, "-o", str(target)])
            assert code == 1 and err.strip() == (
                f"{target} is a kompas session; an export is never written over a session. "
                "Choose another file name with -o."
            )
    assert {p.name: p.read_bytes() for p in team.iterdir()} == files


def test_an_export_is_not_written_over_a_locked_file_or_a_link(team: Path, victim: Path, run_cli) -> None:
    path = team / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, backup=False)
    (team / "notes.md").write_text("mine\n")
    (team / "notes.md.lock").write_text("")
    (team / "link.md").symlink_to(victim)
    before = fingerprint(victim)
    code, _, err = run_cli(["export", str(path), "--format", "md", "-o", str(team / "notes.md")])
    assert code == 1 and "is open in kompas (locked)" in err
    code, _, err = run_cli(["export", str(path), "--format", "md", "-o", str(team / "link.md")])
    assert code == 1 and "is not a regular file" in err
    assert (team / "notes.md").read_text() == "mine\n" and (team / "link.md").is_symlink()
    assert fingerprint(victim) == before


def test_an_export_over_an_ordinary_file_keeps_it_as_bak(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "S.toml"
    save_session(Session.start(demo_report(), unit="Teamet"), path, backup=False)
    out = tmp_path / "S.md"
    out.write_text("last week's\n")
    assert run_cli(["export", str(path), "--format", "md", "-o", str(out)])[0] == 0
    assert "Teamet" in out.read_text() and (tmp_path / "S.md.bak").read_text() == "last week's\n"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


# --- names with escape sequences ----------------------------------------------------


@pytest.mark.parametrize("name", ["bad\x1b[2Jname.toml", "red\x1b[31m.toml", "two\nlines.toml", "bell\x07.toml"])
def test_a_name_with_an_escape_sequence_is_shown_not_obeyed(tmp_path: Path, run_cli, name: str) -> None:
    path = tmp_path / name
    path.write_text("x = \n")
    for command in (["check", str(path)], ["open", str(path)], ["export", str(path), "--format", "md"],
                    ["new", str(path)], ["export", str(path), "--format", "md", "-o", str(tmp_path / name)]):
        code, out, err = run_cli(command)
        assert code == 1
        assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) < 0xA0 for c in err), (command, err)
        assert len(err.strip().splitlines()) == 1, (command, err)
    fifo = tmp_path / ("fifo" + name)
    os.mkfifo(fifo)
    code, out, err = run_cli(["check", str(fifo)])
    assert code == 1 and "\x1b" not in err and len(err.strip().splitlines()) == 1
