"""Session files of older schema versions: migrated on open, nothing of the
old file lost (SPEC §6). The fixtures in tests/fixtures/sessions/ were
written by the kompas of that schema version and are never regenerated:
v1-demo.toml (a report just opened), v2-workshop.toml (a whole workshop
on the demo report: notes, votes, goals and actions) and v3-rounds.toml (that
workshop with a closed evaluation round and an open one that added a later
measurement, participants typed as "Mette (leder)")."""

from __future__ import annotations

import copy
import datetime as dt
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import Dialog
from kompas_tui.domain.evaluation import offers_round, start_round
from kompas_tui.domain.plan import Plan
from kompas_tui.domain.report import Report, report_adapter
from kompas_tui.domain.session import SCHEMA_VERSION, Session
from kompas_tui.domain.voting import Voting
from kompas_tui.storage.migrations import MIGRATIONS, keep_original, migrate, original_path
from kompas_tui.storage.session_file import load_session, open_session, recent_sessions
from kompas_tui.storage.toml_io import model_to_data

FIXTURES = Path(__file__).parent / "fixtures" / "sessions"
V1_DEMO = FIXTURES / "v1-demo.toml"
V2_WORKSHOP = FIXTURES / "v2-workshop.toml"
V3_ROUNDS = FIXTURES / "v3-rounds.toml"
#: Every fixture and the schema version that wrote it.
OLD_FILES = [
    pytest.param(V1_DEMO, 1, id="v1"),
    pytest.param(V2_WORKSHOP, 2, id="v2"),
    pytest.param(V3_ROUNDS, 3, id="v3"),
]


def raw(fixture: Path) -> dict:
    return tomllib.loads(fixture.read_text(encoding="utf-8"))


def copy_to_folder(fixture: Path, tmp_path: Path) -> Path:
    """A copy of a fixture, as a user's session folder has it."""
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    path = folder / "hjemmeplejen-nord-2026-11-26.toml"
    path.write_bytes(fixture.read_bytes())
    path.chmod(0o600)
    return path


@pytest.fixture(params=[p.values for p in OLD_FILES], ids=[p.id for p in OLD_FILES])
def old_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, int]:
    """(a copy of an older fixture in a session folder, its version)."""
    fixture, version = request.param
    return copy_to_folder(fixture, tmp_path), version


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    return copy_to_folder(V1_DEMO, tmp_path)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in sorted(folder.iterdir())}


def without(data: dict, *keys: str) -> dict:
    return {k: v for k, v in data.items() if k not in keys}


def names_only(data: dict) -> dict:
    """A document with each round's participants as the names typed in
    schema 3 ("Jonas (AMR)"), whatever the schema: what 3 → 4 must keep."""
    from kompas_tui.domain.meeting import Participant, participant_text

    data = copy.deepcopy(data)
    for item in data.get("rounds", []):
        item["participants"] = [
            p if isinstance(p, str) else participant_text(Participant(**p), "da") for p in item["participants"]
        ]
    return data


# --- the migrations on plain data -----------------------------------------------------


def test_every_older_version_has_a_migration_and_a_fixture() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    for version in range(1, SCHEMA_VERSION):
        files = sorted(FIXTURES.glob(f"v{version}-*.toml"))
        assert files, f"no fixture written by schema {version}"
        for file in files:
            assert raw(file)["schema_version"] == version


@pytest.mark.parametrize(("fixture", "version"), OLD_FILES)
def test_each_step_changes_only_the_version_and_the_rounds_participants(fixture: Path, version: int) -> None:
    """Every step adds nothing (the new keys' defaults are the model's);
    3 → 4 turns each round's participants from names into tables with the
    role the name ended in, which read back as the same names."""
    data = raw(fixture)
    for step in range(version, SCHEMA_VERSION):
        given = copy.deepcopy(data)
        upgraded = MIGRATIONS[step](given)
        assert upgraded["schema_version"] == step + 1
        assert without(names_only(upgraded), "schema_version") == without(data, "schema_version")
        data = upgraded


@pytest.mark.parametrize(("fixture", "version"), OLD_FILES)
def test_migrate_goes_all_the_way_and_leaves_its_input_alone(fixture: Path, version: int) -> None:
    data = raw(fixture)
    kept = copy.deepcopy(data)
    upgraded = migrate(data, str(fixture))
    assert data == kept and data["schema_version"] == version
    assert upgraded["schema_version"] == SCHEMA_VERSION == 4
    assert without(names_only(upgraded), "schema_version") == without(data, "schema_version")


# --- loading: everything of the old file kept ----------------------------------------------


@pytest.mark.parametrize(("fixture", "version"), OLD_FILES)
def test_every_key_of_the_old_file_is_kept_exactly(fixture: Path, version: int) -> None:
    """The session as it would be written again holds every key and value
    of the old file unchanged; what the old version did not have is the
    model's default."""
    old = raw(fixture)
    session = load_session(fixture)
    assert session.schema_version == SCHEMA_VERSION
    data = names_only(model_to_data(session))
    defaults = model_to_data(Session.start(Report(unit="x")))
    for key, value in old.items():
        if key == "plan":  # schema 4 adds who follows it up and the work group, empty
            assert without(data[key], "follow_up_by", "work_group") == value
            assert (data[key]["follow_up_by"], data[key]["work_group"]) == ("", [])
        elif key != "schema_version":
            assert data[key] == value, key
    for key in data.keys() - old.keys():
        assert data[key] == defaults[key], key
    assert (session.rounds == []) == (version < 3)


def test_v1_file_loads_with_every_measurement_and_an_empty_workshop() -> None:
    old = raw(V1_DEMO)
    session = load_session(V1_DEMO)
    assert (session.unit, session.language, session.step) == (old["unit"], old["language"], old["step"])
    assert (session.created, session.updated) == (old["created"], old["updated"])
    # Every measurement, theme, question and number of the old file, exactly.
    assert len(session.measurements) == len(old["measurements"]) >= 1
    for kept, measurement in zip(session.measurements, old["measurements"], strict=True):
        assert model_to_data(kept) == measurement
        assert kept == report_adapter().validate_python(measurement)
    text = V1_DEMO.read_text(encoding="utf-8")
    questions = sum(len(theme.questions) for report in session.measurements for theme in report.themes)
    assert questions == text.count("[[measurements.themes.questions]]") > 10
    # The workshop starts empty.
    assert (session.dialog, session.voting, session.plan) == (Dialog(), Voting(), Plan())


def test_v2_file_loads_with_the_whole_workshop() -> None:
    old = raw(V2_WORKSHOP)
    session = load_session(V2_WORKSHOP)
    assert (session.unit, session.step, session.created, session.updated) == (
        old["unit"], old["step"], old["created"], old["updated"]
    )
    assert session.dialog == Dialog.model_validate(old["dialog"])
    assert session.voting == Voting.model_validate(old["voting"])
    assert session.plan == Plan.model_validate(old["plan"])
    # Something of every part of the workshop is there to be kept.
    assert any(p.notes.strip() for p in session.dialog.prompts)
    assert sum(session.voting.dots.values()) > 0
    assert len(session.plan.goals) == len(old["plan"]["goals"]) >= 2
    assert len(session.plan.actions) == len(old["plan"]["actions"]) >= 3
    assert session.plan.next_follow_up is not None
    assert session.plan.last_action_number == old["plan"]["last_action_number"]
    # Schema 3's additions start empty: no round held, no goal reached.
    assert session.rounds == []
    assert all(goal.reached is None for goal in session.plan.goals)
    # A plan from before evaluation rounds existed is ready for its first round.
    later = old["updated"].date() + dt.timedelta(days=60)
    assert offers_round(session, later)
    assert start_round(session, later)["rounds"][0].opened == later


def test_v3_file_loads_with_its_rounds_and_the_participants_roles() -> None:
    from kompas_tui.domain.meeting import Meeting, Participant, Preparation

    old = raw(V3_ROUNDS)
    session = load_session(V3_ROUNDS)
    assert [r.opened for r in session.rounds] == [r["opened"] for r in old["rounds"]]
    assert session.rounds[0].participants == [
        Participant(name="Mette", role="leader"), Participant(name="Jonas", role="amr"), Participant(name="Ali"),
    ]
    assert session.rounds[1].participants[-1] == Participant(name="Sara", role="hr")
    assert [model_to_data(r) | {"participants": []} for r in session.rounds] == [
        r | {"participants": []} for r in old["rounds"]
    ]
    # Schema 4's additions start empty: no record of the meeting yet.
    assert (session.meeting, session.preparation) == (Meeting(), Preparation())
    assert (session.plan.follow_up_by, session.plan.work_group) == ("", [])
    assert all(r.zero_tolerance is None for r in session.rounds)


def test_a_v3_round_participant_that_is_no_name_is_left_for_validation(tmp_path: Path) -> None:
    from kompas_tui.errors import InputError

    text = V3_ROUNDS.read_text(encoding="utf-8").replace('    "Ali",\n', "    3,\n", 1)
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_session(path)
    assert error.value.problems[0].field.startswith("rounds[0].participants")


# --- opening for writing and the first save ---------------------------------------------------


def test_opening_for_writing_changes_nothing_until_the_first_save(old_file: tuple[Path, int]) -> None:
    path, version = old_file
    before = snapshot(path.parent)
    with open_session(path) as handle:
        assert not handle.read_only and handle.migrated_from == version
        assert handle.session.schema_version == SCHEMA_VERSION
    assert snapshot(path.parent) == before


def test_first_save_keeps_the_original(old_file: tuple[Path, int]) -> None:
    path, version = old_file
    original = path.read_bytes()
    kept = path.with_name(f"{path.name}.v{version}.bak")
    assert original_path(path, version) == kept
    with open_session(path) as handle:
        migrated = handle.session.model_copy(deep=True)
        handle.session.step = "dialog"
        handle.save()
        assert handle.migrated_from is None
        assert kept.read_bytes() == original
        assert kept.stat().st_mode & 0o777 == 0o600
        saved = load_session(path)
        assert saved.schema_version == SCHEMA_VERSION and saved.step == "dialog"
        # Everything else as migrated (`updated` is the save's time).
        assert without(model_to_data(saved), "step", "updated") == without(model_to_data(migrated), "step", "updated")
        assert path.read_text(encoding="utf-8").startswith(f"schema_version = {SCHEMA_VERSION}\n")
        # Later saves turn the ordinary backup over; the original stays.
        handle.save()
        handle.save()
    assert kept.read_bytes() == original
    assert raw(path.with_name(path.name + ".bak"))["schema_version"] == SCHEMA_VERSION
    # The kept original is no session of its own in the folder's listing.
    assert [entry.path for entry in recent_sessions(path.parent)] == [path]
    # Reopened: the current version, nothing more to keep.
    with open_session(path) as handle:
        assert handle.migrated_from is None
        handle.save()
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name, path.name + ".bak", f"{path.name}.v{version}.bak"
    ]


def test_the_kept_original_is_still_a_loadable_old_session(old_file: tuple[Path, int]) -> None:
    path, version = old_file
    with open_session(path) as handle:
        handle.save()
    kept = original_path(path, version)
    assert kept.read_text(encoding="utf-8").startswith(f"schema_version = {version}\n")
    assert without(model_to_data(load_session(kept)), "updated") == without(model_to_data(load_session(path)), "updated")


def test_an_existing_kept_original_is_never_overwritten(v1_file: Path) -> None:
    first = original_path(v1_file, 1)
    first.write_bytes(b"an older original, restored by hand\n")
    assert keep_original(v1_file, 1, 0o600) == original_path(v1_file, 1, 2)
    # The same bytes again are not copied twice.
    assert keep_original(v1_file, 1, 0o600) == original_path(v1_file, 1, 2)
    assert original_path(v1_file, 1, 2).name == v1_file.name + ".v1-2.bak"
    assert first.read_bytes() == b"an older original, restored by hand\n"
    assert original_path(v1_file, 1, 2).read_bytes() == V1_DEMO.read_bytes()
    assert not original_path(v1_file, 1, 3).exists()


def test_no_save_when_the_original_cannot_be_kept(old_file: tuple[Path, int]) -> None:
    path, version = old_file
    original_path(path, version).mkdir()  # the name is taken by something unreadable
    before = path.read_bytes()
    with open_session(path) as handle:
        with pytest.raises(OSError):
            handle.save()
        assert handle.migrated_from == version  # the next save tries again
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".bak").exists()


def test_read_only_open_never_writes(old_file: tuple[Path, int]) -> None:
    path, _ = old_file
    before = snapshot(path.parent)
    with open_session(path) as writer:
        with open_session(path) as reader:
            assert reader.read_only and reader.session == writer.session
            with pytest.raises(PermissionError):
                reader.save()
    assert snapshot(path.parent) == before


def kompas(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kompas_tui", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def test_check_and_export_read_old_files_and_never_write(old_file: tuple[Path, int]) -> None:
    path, _ = old_file
    before = snapshot(path.parent)
    mtime = path.stat().st_mtime_ns
    for args in (["check", str(path)], ["export", str(path), "--format", "md"],
                 ["export", str(path), "--format", "json"]):
        result = kompas(*args)
        assert result.returncode == 0, result.stderr
        assert "Hjemmeplejen Nord" in result.stdout
    assert snapshot(path.parent) == before
    assert path.stat().st_mtime_ns == mtime
    assert os.listdir(path.parent) == [path.name]
