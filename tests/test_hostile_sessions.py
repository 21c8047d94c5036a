"""Issue 13, item 3: hostile session files, each as a real file in a real
folder, through the commands a user runs. Each costs one clear line (file,
line, field) and exit 1; nothing hangs; nothing is written; the overview
shows no unit a file cannot back up."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain.plan import Action
from kompas_tui.domain.profile import DEFAULT_PROFILE
from kompas_tui.domain.session import Session
from kompas_tui.storage.checked_summaries import CheckedSummaries, cache_path
from kompas_tui.storage.folder_scan import FolderProblem, scan_folder
from kompas_tui.storage.session_file import load_session, save_session, session_to_bytes
from kompas_tui.storage.session_summary import PREFIX, digest, read_summary, summary_line


def make_session(unit: str = "Hjemmeplejen Nord") -> Session:
    session = Session.start(demo_report(), language="da", unit=unit)
    session.plan.actions = [Action(id="a1", theme="Arbejdsmængde og tempo", what="Ryd kalenderen", owner="Ali",
                                   deadline=dt.date(2027, 3, 15))]
    return session


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


def with_session_text(path: Path, old: str, new: str) -> Path:
    """A session kompas wrote, edited by hand (its summary line kept)."""
    text = session_to_bytes(make_session()).decode()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return path


# --- structure ---------------------------------------------------------------


def test_a_deeply_nested_array_is_one_line_not_a_3000_line_traceback(folder: Path, run_cli, english) -> None:
    path = folder / "deep.toml"
    path.write_text("schema_version = 3\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    code, out, err = run_cli(["check", str(path)])
    assert code == 1 and not out
    assert one_line(err) == f"{path}:2: Lists and tables are nested more than 32 levels deep."


def test_a_15000_part_dotted_header_is_one_line_at_once(folder: Path, run_cli, english) -> None:
    path = folder / "dotted.toml"
    path.write_text("schema_version = 3\n[" + ".".join(["a"] * 15_000) + "]\n")
    for command in (["check", str(path)], ["export", str(path), "--format", "md"], ["overview", str(folder),
                                                                                     "--format", "json"]):
        code, out, err = run_cli(command)
        if command[0] == "overview":
            data = json.loads(out)
            assert code == 0 and not data["units"]
            assert "more than 16 parts" in data["problems"][0]["reason"]
        else:
            assert code == 1 and one_line(err) == f"{path}:2: A key has more than 16 parts separated by dots."


def test_a_fifo_named_like_a_session_hangs_nothing(folder: Path, run_cli, english) -> None:
    fifo = folder / "x.toml"
    os.mkfifo(fifo)
    told = f"{fifo}: This is not a regular file but a named pipe (FIFO); kompas does not read it."
    for command in (["check", str(fifo)], ["open", str(fifo)], ["export", str(fifo), "--format", "json"],
                    ["new", str(fifo)], ["open", str(folder / "s.toml"), "--measurement", str(fifo)],
                    ["join", str(fifo)]):
        code, out, err = run_cli(command)
        assert code == 1 and one_line(err) == told, command
    code, out, err = run_cli(["overview", str(folder), "--format", "json"])
    assert json.loads(out)["problems"][0]["reason"].startswith("This is not a regular file")
    code, out, err = run_cli(["due", str(folder)])
    assert "Traceback" not in err


# --- numbers no import would take -----------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field", "told"),
    [
        ("mean = 4.1", "mean = inf", "measurements[0].themes[2].questions[0].mean", "found inf"),
        ("mean = 4.1", "mean = nan", "measurements[0].themes[2].questions[0].mean", "found nan"),
        ("answered = 29", "answered = 99", "measurements[0].answered", "at most 38 (the number invited), found 99"),
        ("mean = 4.1", "mean = 41.0", "measurements[0].themes[2].questions[0].mean", "from 1 to 5, found 41.0"),
    ],
)
def test_numbers_no_report_could_have_are_refused_in_a_session(
    folder: Path, run_cli, english, old: str, new: str, field: str, told: str
) -> None:
    path = with_session_text(folder / "s.toml", old, new)
    line = path.read_text().splitlines().index(new) + 1
    before = path.read_bytes()
    code, out, err = run_cli(["check", str(path)])
    assert code == 1 and not out
    problem = one_line(err)
    assert problem.startswith(f"{path}:{line}: field '{field}': expected ") and problem.endswith(told)
    code, out, err = run_cli(["overview", str(folder), "--format", "json"])
    data = json.loads(out, parse_constant=lambda name: pytest.fail(f"bare {name} in JSON"))
    assert code == 0 and data["units"] == [] and data["problems"][0]["path"] == "s.toml"
    assert path.read_bytes() == before


# --- summary lines are never believed ---------------------------------------------


def test_a_valid_summary_line_on_an_invalid_body_is_no_healthy_unit(folder: Path, english) -> None:
    path = with_session_text(folder / "s.toml", "answered = 29", "answered = 99")
    raw = path.read_bytes()
    body = raw[: raw.index(PREFIX)]
    # The saver's own line for the valid session, with the digest of the new body.
    forged = summary_line(make_session(), body)
    path.write_bytes(body + forged + b"\n# end of kompas session\n")
    assert read_summary(path.read_bytes()) is not None  # the line itself is in order
    for _ in range(2):  # the second scan with whatever the first kept
        scan = scan_folder(folder, DEFAULT_PROFILE)
        assert scan.units == [] and "answered" in scan.problems[0].reason


def test_a_forged_summary_with_a_matching_digest_shows_what_the_body_says(folder: Path) -> None:
    """Body: every score low (red). Summary: the scores of a green unit,
    with the right digest. The overview shows red, as `kompas open` would."""
    low = make_session("Skolen")
    for theme in low.report.themes:
        for question in theme.questions:
            if question.mean is not None and question.scale == "1-5":
                question.mean = 1.0
    high = make_session("Skolen")
    path = folder / "s.toml"
    save_session(low, path)
    raw = path.read_bytes()
    body = raw[: raw.index(PREFIX)]
    path.write_bytes(body + summary_line(high, body) + b"\n# end of kompas session\n")
    assert read_summary(path.read_bytes())["digest"] == digest(body)
    from kompas_tui.domain.overview import unit_status

    truth = unit_status(load_session(path), DEFAULT_PROFILE, str(path))
    for _ in range(2):
        (unit,) = scan_folder(folder, DEFAULT_PROFILE).units
        assert unit == truth and unit.colour == "red"


def test_an_unchanged_file_is_read_from_the_users_own_cache(folder: Path, monkeypatch) -> None:
    path = folder / "s.toml"
    save_session(make_session(), path)
    first = scan_folder(folder, DEFAULT_PROFILE)
    cache = cache_path()
    assert cache is not None and cache.stat().st_mode & 0o777 == 0o600
    assert cache.parent.stat().st_mode & 0o777 == 0o700

    def refuse(*_args, **_kwargs):
        raise AssertionError("loaded fully")

    monkeypatch.setattr("kompas_tui.storage.session_file.session_from_bytes", refuse)
    assert scan_folder(folder, DEFAULT_PROFILE).units == first.units
    # One changed byte: a new file to the cache, loaded in full (refused here).
    path.write_bytes(path.read_bytes().replace(b"Ryd kalenderen", b"Ryd  kalenderen"))
    (problem,) = scan_folder(folder, DEFAULT_PROFILE).problems
    assert isinstance(problem, FolderProblem) and "AssertionError" in problem.reason


def test_a_cache_someone_else_could_write_is_not_used(folder: Path, monkeypatch) -> None:
    save_session(make_session(), folder / "s.toml")
    scan_folder(folder, DEFAULT_PROFILE)
    cache = cache_path()
    os.chmod(cache.parent, 0o777)
    assert CheckedSummaries.load().path is None  # neither read nor written
    loads = []
    import kompas_tui.storage.session_file as session_file

    real = session_file.session_from_bytes
    monkeypatch.setattr(session_file, "session_from_bytes", lambda *a: loads.append(a) or real(*a))
    scan_folder(folder, DEFAULT_PROFILE)
    assert len(loads) == 1


def test_a_damaged_cache_line_is_dropped_and_the_file_loaded_again(folder: Path) -> None:
    save_session(make_session(), folder / "s.toml")
    first = scan_folder(folder, DEFAULT_PROFILE)
    cache = cache_path()
    text = cache.read_bytes()
    cache.write_bytes(text[: len(text) // 2])  # a write cut short
    assert scan_folder(folder, DEFAULT_PROFILE).units == first.units
    assert cache.read_bytes() == text  # rewritten whole


def test_a_session_bigger_than_any_report_is_still_checked_as_a_session(folder: Path, run_cli) -> None:
    """5 MB: above a report's bound (4 MB), within a session's (8 MB)."""
    session = make_session()
    session.plan.actions[0].first_step = "Tal om det. " * 450_000
    path = folder / "big.toml"
    save_session(session, path, backup=False)
    assert 4 * 2**20 < path.stat().st_size < 8 * 2**20
    code, out, err = run_cli(["check", str(path)])
    assert code == 0 and not err and "Hjemmeplejen Nord" in out
