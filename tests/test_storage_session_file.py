"""Creating, opening and listing session files."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from kompas_tui.domain.report import Report, Theme
from kompas_tui.domain.session import Session
from kompas_tui.storage.atomic import backup_path
from kompas_tui.storage.lock import lock_path
from kompas_tui.storage.session_file import (
    load_session,
    new_session,
    open_session,
    recent_sessions,
    save_session,
)


def report(unit: str = "Plejecenter Øst") -> Report:
    return Report(unit=unit, measurement="2026", themes=[Theme(name="Trivsel")])


def test_new_session_is_saved_at_once_and_named_from_unit_and_date(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    with new_session(report(), folder, language="en", unit="Team Å") as handle:
        today = handle.session.created.date().isoformat()
        assert handle.path == folder / f"team-aa-{today}.toml"
        assert not handle.read_only
        loaded = load_session(handle.path)
        assert loaded == handle.session
        assert loaded.unit == "Team Å" and loaded.language == "en"
        assert loaded.measurements[0].unit == "Team Å"
        assert stat.S_IMODE(handle.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert not backup_path(handle.path).exists()  # the empty placeholder is not kept
        assert lock_path(handle.path).exists()
    assert sorted(os.listdir(folder)) == [f"team-aa-{today}.toml"]


def test_same_unit_same_day_gets_numbered_names(tmp_path: Path) -> None:
    names = []
    for _ in range(3):
        with new_session(report(), tmp_path) as handle:
            names.append(handle.path.name)
    today = names[0].removeprefix("plejecenter-oest-").removesuffix(".toml")
    assert names == [
        f"plejecenter-oest-{today}.toml",
        f"plejecenter-oest-{today}-2.toml",
        f"plejecenter-oest-{today}-3.toml",
    ]


def test_save_updates_the_timestamp_and_keeps_a_backup(tmp_path: Path) -> None:
    with new_session(report(), tmp_path) as handle:
        first = handle.path.read_bytes()
        handle.session.updated = handle.session.created.replace(year=2000)
        handle.session.unit = "Nyt navn"
        handle.save()
        assert handle.session.updated.year != 2000
        assert backup_path(handle.path).read_bytes() == first
        assert load_session(handle.path).unit == "Nyt navn"


def test_open_session_writes_and_reloads(tmp_path: Path) -> None:
    with new_session(report(), tmp_path) as handle:
        path = handle.path
    with open_session(path) as handle:
        assert not handle.read_only and handle.holder is None
        handle.session.unit = "Ændret"
        handle.save()
    assert load_session(path).unit == "Ændret"


def test_open_removes_temp_files_of_a_killed_writer(tmp_path: Path) -> None:
    with new_session(report(), tmp_path) as handle:
        path = handle.path
    leftover = tmp_path / f".{path.name}.0123abcd.tmp"
    leftover.write_bytes(b"half a sess")
    with open_session(path):
        assert not leftover.exists()


def write_session(path: Path, unit: str, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    save_session(Session.start(report(unit)), path)
    os.utime(path, (mtime, mtime))


def test_recent_sessions_newest_first_with_problems_listed(tmp_path: Path) -> None:
    now = time.time()
    write_session(tmp_path / "old.toml", "Gammel", now - 300)
    write_session(tmp_path / "new.toml", "Ny", now - 10)
    write_session(tmp_path / "new.toml", "Ny", now - 10)  # leaves new.toml.bak
    (tmp_path / "broken.toml").write_text("schema_version = 1\nunit = \n")
    os.utime(tmp_path / "broken.toml", (now - 100, now - 100))
    (tmp_path / "kompas.toml").write_text('organisation = "K"\n')
    (tmp_path / "new.toml.lock").write_text("{}")
    (tmp_path / ".new.toml.x.tmp").write_text("")
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / "folder.toml").mkdir()

    recent = recent_sessions(tmp_path)
    assert [entry.path.name for entry in recent] == ["new.toml", "broken.toml", "old.toml"]
    new, broken, old = recent
    assert new.session is not None and new.session.unit == "Ny" and new.problem is None
    assert broken.session is None and broken.problem and "broken.toml:2" in broken.problem
    path, session, problem = old
    assert session is not None and session.unit == "Gammel" and problem is None


def test_recent_sessions_limit_and_missing_folder(tmp_path: Path) -> None:
    now = time.time()
    for number in range(5):
        write_session(tmp_path / f"s{number}.toml", f"U{number}", now - number)
    assert [e.path.name for e in recent_sessions(tmp_path, limit=2)] == ["s0.toml", "s1.toml"]
    assert recent_sessions(tmp_path / "missing") == []


def test_recent_sessions_come_from_subfolders_too(tmp_path: Path) -> None:
    """An organisation's folder keeps its units in subfolders: the start
    screen lists them; hidden folders are not looked in."""
    now = time.time()
    write_session(tmp_path / "aeldre" / "hjemmeplejen" / "nord.toml", "Nord", now - 10)
    write_session(tmp_path / "skole" / "syd.toml", "Syd", now - 20)
    write_session(tmp_path / ".trash" / "gammel.toml", "Gammel", now)
    recent = recent_sessions(tmp_path)
    assert [entry.path.name for entry in recent] == ["nord.toml", "syd.toml"]
