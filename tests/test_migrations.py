"""Session files of older schema versions: migrated on open, nothing of the
old file lost (SPEC §6). The fixtures in tests/fixtures/sessions/ were
written by the kompas of that schema version and are never regenerated."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import Dialog
from kompas_tui.domain.plan import Plan
from kompas_tui.domain.report import Report
from kompas_tui.domain.session import SCHEMA_VERSION
from kompas_tui.domain.voting import Voting
from kompas_tui.storage.migrations import MIGRATIONS, keep_original, original_path
from kompas_tui.storage.session_file import load_session, open_session, recent_sessions
from kompas_tui.storage.toml_io import model_to_data

FIXTURES = Path(__file__).parent / "fixtures" / "sessions"
V1_DEMO = FIXTURES / "v1-demo.toml"


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    """A copy of the version-1 fixture, as a user's session folder has it."""
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    path = folder / "hjemmeplejen-nord-2026-11-26.toml"
    path.write_bytes(V1_DEMO.read_bytes())
    path.chmod(0o600)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in sorted(folder.iterdir())}


def test_every_older_version_has_a_migration_and_a_fixture() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    for version in range(1, SCHEMA_VERSION):
        files = sorted(FIXTURES.glob(f"v{version}-*.toml"))
        assert files, f"no fixture written by schema {version}"
        for file in files:
            assert tomllib.loads(file.read_text(encoding="utf-8"))["schema_version"] == version


def test_v1_to_v2_changes_only_the_version() -> None:
    data = tomllib.loads(V1_DEMO.read_text(encoding="utf-8"))
    upgraded = MIGRATIONS[1](dict(data))
    assert upgraded["schema_version"] == 2 and data["schema_version"] == 1
    assert {k: v for k, v in upgraded.items() if k != "schema_version"} == {
        k: v for k, v in data.items() if k != "schema_version"
    }


def test_v1_file_loads_as_the_current_version_with_every_measurement() -> None:
    raw = tomllib.loads(V1_DEMO.read_text(encoding="utf-8"))
    session = load_session(V1_DEMO)
    assert session.schema_version == SCHEMA_VERSION
    assert (session.unit, session.language, session.step) == (raw["unit"], raw["language"], raw["step"])
    assert (session.created, session.updated) == (raw["created"], raw["updated"])
    # Every measurement, theme, question and number of the old file, exactly.
    assert len(session.measurements) == len(raw["measurements"]) >= 1
    for kept, old in zip(session.measurements, raw["measurements"], strict=True):
        assert model_to_data(kept) == old
        assert kept == Report.model_validate(old)
    text = V1_DEMO.read_text(encoding="utf-8")
    questions = sum(len(theme.questions) for report in session.measurements for theme in report.themes)
    assert questions == text.count("[[measurements.themes.questions]]") > 10
    # The workshop starts empty.
    assert (session.dialog, session.voting, session.plan) == (Dialog(), Voting(), Plan())


def test_opening_for_writing_changes_nothing_until_the_first_save(v1_file: Path) -> None:
    before = snapshot(v1_file.parent)
    with open_session(v1_file) as handle:
        assert not handle.read_only and handle.migrated_from == 1
        assert handle.session.schema_version == SCHEMA_VERSION
    assert snapshot(v1_file.parent) == before


def test_first_save_keeps_the_v1_original(v1_file: Path) -> None:
    original = v1_file.read_bytes()
    kept = v1_file.with_name(v1_file.name + ".v1.bak")
    assert original_path(v1_file, 1) == kept
    with open_session(v1_file) as handle:
        measurements = handle.session.measurements
        handle.session.step = "dialog"
        handle.save()
        assert handle.migrated_from is None
        assert kept.read_bytes() == original
        assert kept.stat().st_mode & 0o777 == 0o600
        saved = load_session(v1_file)
        assert saved.schema_version == SCHEMA_VERSION and saved.step == "dialog"
        assert saved.measurements == measurements
        assert v1_file.read_text(encoding="utf-8").startswith(f"schema_version = {SCHEMA_VERSION}\n")
        # Later saves turn the ordinary backup over; the original stays.
        handle.save()
        handle.save()
    assert kept.read_bytes() == original
    assert tomllib.loads(v1_file.with_name(v1_file.name + ".bak").read_text())["schema_version"] == SCHEMA_VERSION
    # The kept original is no session of its own in the folder's listing.
    assert [entry.path for entry in recent_sessions(v1_file.parent)] == [v1_file]
    # Reopened: the current version, nothing more to keep.
    with open_session(v1_file) as handle:
        assert handle.migrated_from is None
        handle.save()
    assert sorted(p.name for p in v1_file.parent.iterdir() if p.name.startswith(v1_file.name)) == [
        v1_file.name, v1_file.name + ".bak", v1_file.name + ".v1.bak"
    ]


def test_the_kept_original_is_still_a_loadable_v1_session(v1_file: Path) -> None:
    with open_session(v1_file) as handle:
        handle.save()
    kept = original_path(v1_file, 1)
    assert kept.read_text(encoding="utf-8").startswith("schema_version = 1\n")
    assert load_session(kept).measurements == load_session(v1_file).measurements


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


def test_no_save_when_the_original_cannot_be_kept(v1_file: Path) -> None:
    original_path(v1_file, 1).mkdir()  # the name is taken by something unreadable
    before = v1_file.read_bytes()
    with open_session(v1_file) as handle:
        with pytest.raises(OSError):
            handle.save()
        assert handle.migrated_from == 1  # the next save tries again
    assert v1_file.read_bytes() == before
    assert not v1_file.with_name(v1_file.name + ".bak").exists()


def test_read_only_open_never_writes(v1_file: Path) -> None:
    before = snapshot(v1_file.parent)
    with open_session(v1_file) as writer:
        with open_session(v1_file) as reader:
            assert reader.read_only and reader.session == writer.session
            with pytest.raises(PermissionError):
                reader.save()
    assert snapshot(v1_file.parent) == before


def kompas(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kompas_tui", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def test_check_and_export_read_a_v1_file_and_never_write(v1_file: Path, tmp_path: Path) -> None:
    before = snapshot(v1_file.parent)
    mtime = v1_file.stat().st_mtime_ns
    for args in (["check", str(v1_file)], ["check", str(v1_file), "--format", "json"],
                 ["export", str(v1_file), "--format", "md"], ["export", str(v1_file), "--format", "json"]):
        result = kompas(*args)
        assert result.returncode == 0, result.stderr
        assert "Hjemmeplejen Nord" in result.stdout
    assert snapshot(v1_file.parent) == before
    assert v1_file.stat().st_mtime_ns == mtime
    assert os.listdir(v1_file.parent) == [v1_file.name]
