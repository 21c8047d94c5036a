"""The folder scan on a messy real folder, and its fast path (the summary
line) against the full load."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from kompas_tui.demo import demo_report
from kompas_tui.domain.overview import unit_status
from kompas_tui.domain.plan import Action
from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.domain.session import SCHEMA_VERSION, Session
from kompas_tui.storage import folder_scan
from kompas_tui.storage.folder_scan import FolderProblem, read_unit, scan_folder, session_files
from kompas_tui.storage.lock import SessionLock
from kompas_tui.storage.session_file import load_session, save_session, session_to_bytes
from kompas_tui.storage.session_summary import PREFIX, read_summary, status_from_summary
from test_storage_roundtrip import sessions

OTHER_PROFILE = OrgProfile(green_min=60, red_below=55, min_respondents=12, remeasure_month=3)


def make_session(unit: str = "Hjemmeplejen Nord", actions: list[Action] | None = None) -> Session:
    session = Session.start(demo_report(), language="da", unit=unit)
    session.plan.actions = actions or [
        Action(id="a1", theme="Arbejdsmængde og tempo", what="Ryd kalenderen", owner="Ali",
               deadline=dt.date(2027, 3, 15)),
    ]
    return session


def write(path: Path, session: Session | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    save_session(session or make_session(path.stem), path, backup=False)
    return path


def reasons(scan) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in scan.problems}


@pytest.fixture
def messy(tmp_path: Path, danish: None) -> Path:
    folder = tmp_path / "org"
    good = write(folder / "hjemmeplejen.toml")
    write(folder / "aeldre" / "plejecenter.toml")
    write(folder / "aeldre" / "dybt" / "nede" / "kokken.toml")
    # Not sessions, not problems: locks, backups, temporary and hidden files, the profile.
    (folder / "hjemmeplejen.toml.bak").write_bytes(good.read_bytes())
    (folder / "hjemmeplejen.toml.v2.bak").write_bytes(good.read_bytes())
    (folder / ".hjemmeplejen.toml.x1y2.tmp").write_bytes(good.read_bytes()[:100])
    (folder / ".skjult.toml").write_bytes(good.read_bytes())
    (folder / "kompas.toml").write_text("green_min = 75\n")
    (folder / ".git").mkdir()
    (folder / ".git" / "gemt.toml").write_bytes(good.read_bytes())
    (folder / "noter.txt").write_text("ikke toml")
    # Problems.
    (folder / "oedelagt.toml").write_text("schema_version = 3\nunit = [\n")
    text = good.read_text()
    (folder / "afkortet.toml").write_text(text[: text.index("[plan")])
    (folder / "nyere.toml").write_text(text.replace(f"schema_version = {SCHEMA_VERSION}", "schema_version = 99"))
    (folder / "hr-profil.toml").write_text('organisation = "Kommunen"\ngreen_min = 75\n')
    (folder / "rapport.toml").write_text('unit = "X"\n[[themes]]\nname = "Trivsel"\nscore = 50.0\n')
    (folder / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (folder / "latin1.toml").write_bytes('unit = "Kø"\n'.encode("latin-1"))
    return folder


def test_the_messy_folder_lists_each_file_that_is_no_session_with_its_reason(messy: Path) -> None:
    scan = scan_folder(messy, DEFAULT_PROFILE)
    assert sorted(Path(u.path).relative_to(messy).as_posix() for u in scan.units) == [
        "aeldre/dybt/nede/kokken.toml",
        "aeldre/plejecenter.toml",
        "hjemmeplejen.toml",
    ]
    why = reasons(scan)
    assert set(why) == {
        "oedelagt.toml", "afkortet.toml", "nyere.toml", "hr-profil.toml", "rapport.toml", "pyproject.toml",
        "latin1.toml",
    }
    assert "ugyldig TOML" in why["oedelagt.toml"] and why["oedelagt.toml"].startswith("linje 2")
    assert "afkortet" in why["afkortet.toml"]
    assert "nyere kompas (skema 99)" in why["nyere.toml"]
    assert "organisationsprofil" in why["hr-profil.toml"]
    assert "målingsrapport" in why["rapport.toml"]
    assert "ikke en kompas-sessionsfil" in why["pyproject.toml"]
    assert "UTF-8" in why["latin1.toml"]
    for reason in why.values():
        assert "\n" not in reason and str(messy) not in reason  # one line, the file named apart
    assert [p.path for p in scan.problems] == sorted(p.path for p in scan.problems)


def test_reasons_follow_the_language(messy: Path, english: None) -> None:
    why = reasons(scan_folder(messy, DEFAULT_PROFILE))
    assert "newer kompas (schema 99)" in why["nyere.toml"]
    assert "organisation profile" in why["hr-profil.toml"]


@pytest.mark.unprivileged
def test_an_unreadable_file_is_a_problem(tmp_path: Path, danish: None) -> None:
    path = write(tmp_path / "laast.toml")
    path.chmod(0)
    try:
        scan = scan_folder(tmp_path, DEFAULT_PROFILE)
    finally:
        path.chmod(0o600)
    assert scan.units == []
    assert reasons(scan)["laast.toml"]


@pytest.mark.unprivileged
def test_an_unreadable_subfolder_is_a_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    write(tmp_path / "a.toml")
    closed = tmp_path / "lukket"
    write(closed / "b.toml")
    closed.chmod(0)
    try:
        scan = scan_folder(tmp_path, DEFAULT_PROFILE)
    finally:
        closed.chmod(0o700)
    assert [Path(u.path).name for u in scan.units] == ["a.toml"]
    assert [Path(p.path).name for p in scan.problems] == ["lukket"]


def test_a_session_open_in_another_kompas_is_a_unit_with_its_holder(tmp_path: Path, danish: None) -> None:
    path = write(tmp_path / "aaben.toml")
    write(tmp_path / "lukket.toml")
    lock = SessionLock(path)
    assert lock.acquire() is None
    try:
        scan = scan_folder(tmp_path, DEFAULT_PROFILE)
    finally:
        lock.release()
    holders = {Path(u.path).name: u.holder for u in scan.units}
    assert holders["lukket.toml"] is None
    assert holders["aaben.toml"] is not None and f"(proces {os.getpid()})" in holders["aaben.toml"]
    assert scan.problems == []
    # Released: nobody has it, and the scan took no lock of its own.
    assert scan_folder(tmp_path, DEFAULT_PROFILE).units[0].holder is None
    assert not list(tmp_path.glob("*.lock"))


def test_a_lock_left_by_a_process_that_died_here_is_nobodys(tmp_path: Path) -> None:
    import socket

    path = write(tmp_path / "s.toml")
    dead = 2**22 + 12345  # above the default pid_max
    (tmp_path / "s.toml.lock").write_text(
        f'{{"user": "anna", "host": "{socket.gethostname()}", "pid": {dead}, "since": null}}\n'
    )
    assert scan_folder(tmp_path, DEFAULT_PROFILE).units[0].holder is None
    # One from another machine is believed.
    (tmp_path / "s.toml.lock").write_text('{"user": "anna", "host": "server-7", "pid": 123, "since": null}\n')
    [unit] = scan_folder(tmp_path, DEFAULT_PROFILE).units
    assert unit.holder is not None and "anna" in unit.holder and "server-7" in unit.holder
    assert read_unit(path, DEFAULT_PROFILE).holder is None  # no lock beside it: not asked


def test_symlink_loops_and_links_do_not_hang_or_are_refused(tmp_path: Path, danish: None) -> None:
    folder = tmp_path / "org"
    write(folder / "a" / "s.toml")
    (folder / "a" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self").symlink_to(folder / "self")
    (folder / "selv.toml").symlink_to(folder / "selv.toml")
    (folder / "doed.toml").symlink_to(folder / "findes-ikke.toml")
    (folder / "link.toml").symlink_to(folder / "a" / "s.toml")
    scan = scan_folder(folder, DEFAULT_PROFILE)
    assert len(scan.units) == 1
    why = reasons(scan)
    # The link looping on itself is named, as the one to nothing is; a link
    # to a session is never followed (SPEC §7) and says so.
    assert set(why) == {"self", "selv.toml", "doed.toml", "link.toml"}
    assert "genvej" in why["doed.toml"]
    assert "følger ikke links til sessioner" in why["link.toml"]
    assert all(why.values())


def test_not_recursive_reads_only_the_top(messy: Path) -> None:
    names = [p.name for p in session_files(messy, recursive=False)]
    assert "hjemmeplejen.toml" in names and "plejecenter.toml" not in names


def test_a_missing_folder_is_one_problem(tmp_path: Path) -> None:
    scan = scan_folder(tmp_path / "findes-ikke", DEFAULT_PROFILE)
    assert scan.units == [] and len(scan.problems) == 1


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    for n in range(3):
        write(tmp_path / f"s{n}.toml")
    calls: list[tuple[int, int]] = []
    scan_folder(tmp_path, DEFAULT_PROFILE, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (3, 3)


# --- the summary line ------------------------------------------------------


def test_every_save_writes_the_summary_line_just_before_the_trailer(tmp_path: Path) -> None:
    path = write(tmp_path / "s.toml")
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"" and lines[-2] == b"# end of kompas session"
    assert lines[-3].startswith(PREFIX) and lines[-3].isascii()
    assert read_summary(path.read_bytes()) is not None


def test_the_fast_path_is_taken_for_a_file_checked_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first scan loads the file in full and checks its summary line;
    the next believes the line for the same bytes, and loads nothing."""
    path = write(tmp_path / "s.toml")
    first = scan_folder(tmp_path, DEFAULT_PROFILE)

    def refuse(*_args, **_kwargs):
        raise AssertionError("loaded fully")

    monkeypatch.setattr("kompas_tui.storage.session_file.session_from_bytes", refuse)
    again = scan_folder(tmp_path, DEFAULT_PROFILE)
    assert again.units == first.units and again.units[0].unit == "s" and not again.problems
    # Without the checked files, nothing is believed: the full load is asked for.
    assert "AssertionError" in read_unit(path, DEFAULT_PROFILE).reason


def test_a_hand_edited_file_is_read_fully(tmp_path: Path) -> None:
    path = write(tmp_path / "s.toml")
    raw = path.read_bytes()
    edited = raw.replace(b'what = "Ryd kalenderen"', b'what = "Ryd kalenderen helt"')
    assert edited != raw
    path.write_bytes(edited)
    assert read_summary(edited) is None  # the digest no longer matches
    status = read_unit(path, DEFAULT_PROFILE)
    assert status.open_actions[0].what == "Ryd kalenderen helt"
    # A forged summary with the right digest but nonsense falls back too.
    body = raw[: raw.index(PREFIX)]
    from kompas_tui.storage.session_summary import digest

    bad = body + PREFIX + b'{"v":1,"schema":%d,"digest":"%s"}\n# end of kompas session\n' % (
        SCHEMA_VERSION, digest(body).encode())
    path.write_bytes(bad)
    assert read_unit(path, DEFAULT_PROFILE) == unit_status(load_session(path), DEFAULT_PROFILE, str(path))


def test_an_old_file_without_the_line_still_reads(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"
    assert PREFIX not in fixture.read_bytes()
    status = read_unit(fixture, DEFAULT_PROFILE)
    assert not isinstance(status, FolderProblem)
    assert status == unit_status(load_session(fixture), DEFAULT_PROFILE, str(fixture))


def test_byte_identical_saves_stay_byte_identical() -> None:
    session = make_session()
    assert session_to_bytes(session) == session_to_bytes(session.model_copy(deep=True))


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_the_summary_gives_what_the_full_load_gives(session: Session) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.toml"
        save_session(session, path)
        raw = path.read_bytes()
        loaded = load_session(path)
    data = read_summary(raw)
    assert data is not None
    for profile in (DEFAULT_PROFILE, OTHER_PROFILE, OrgProfile(min_respondents=1), OrgProfile(min_respondents=500)):
        assert status_from_summary(data, profile, "s") == unit_status(loaded, profile, "s")


def test_the_summary_follows_the_profile_on_a_real_report(tmp_path: Path) -> None:
    path = write(tmp_path / "s.toml")
    loaded = load_session(path)
    data = read_summary(path.read_bytes())
    seen = set()
    for min_respondents in range(1, 40):
        for green, red in ((70, 50), (40, 20), (95, 90)):
            profile = OrgProfile(green_min=green, red_below=red, min_respondents=min_respondents, remeasure_month=6)
            fast = status_from_summary(data, profile, "s")
            assert fast == unit_status(loaded, profile, "s")
            seen.add((fast.overall, fast.colour, fast.track))
    assert len(seen) > 3  # the profiles really did change the outcome


def test_holder_is_the_last_field_with_a_default() -> None:
    from kompas_tui.domain.overview import UnitStatus

    last = dataclasses.fields(UnitStatus)[-1]
    assert last.name == "holder" and last.default is None


def test_the_module_never_raises_for_an_odd_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "s.toml")

    def boom(*_args, **_kwargs):
        raise RuntimeError("odd")

    monkeypatch.setattr(folder_scan, "unit_status", boom)
    monkeypatch.setattr("kompas_tui.storage.session_summary.read_summary", lambda raw: None)
    scan = scan_folder(tmp_path, DEFAULT_PROFILE)
    assert scan.units == [] and "RuntimeError" in scan.problems[0].reason


def test_a_live_ballots_box_is_not_read_as_sessions(tmp_path: Path, danish: None) -> None:
    """`NAME.ballot/` beside a session holds ballots (`ballot.toml`,
    `USER.toml`): neither the start screen's recent list nor a folder scan
    lists them as broken sessions."""
    from kompas_tui.storage import ballot_box
    from kompas_tui.storage.session_file import new_session, recent_sessions

    handle = new_session(demo_report(), tmp_path)
    handle.close()
    ballot_box.open_ballot(
        handle.path, unit="Hjemmeplejen Nord", themes=("Trivsel", "Ledelse"), votes_per_person=3,
        max_per_theme=None, participants=8,
    )
    ballot_box.cast(handle.path, ballot_box.Ballot(dots={"Trivsel": 2}))
    assert sorted(p.name for p in ballot_box.box_path(handle.path).iterdir())  # ballots are there
    assert [entry.path for entry in recent_sessions(tmp_path)] == [handle.path]
    scan = scan_folder(tmp_path, DEFAULT_PROFILE)
    assert [unit.path for unit in scan.units] == [str(handle.path)] and scan.problems == []
    assert list(session_files(tmp_path)) == [handle.path]
