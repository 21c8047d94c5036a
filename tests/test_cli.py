"""The command line as scripts and HR's tools use it: output, files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kompas_tui.cli import main
from kompas_tui.demo import demo_report
from kompas_tui.domain.session import SCHEMA_VERSION
from kompas_tui.storage.session_file import load_session, new_session

# Copies of shared/data (tests/test_example_report.py checks they still match).
SHARED = Path(__file__).resolve().parent / "fixtures" / "reports"
EXAMPLE = SHARED / "example-report.csv"


def kompas(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kompas_tui", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


def _close_floats(a, b) -> bool:
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_close_floats(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_close_floats(x, y) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(a - b) <= 0.1 + 1e-9
    return a == b


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    handle = new_session(demo_report(), tmp_path / "sessions", language="da")
    handle.close()
    return handle.path


def test_check_example_report_prints_expected_json():
    result = kompas("check", str(EXAMPLE), "--format", "json", "--date", "2026-11-26")
    assert result.returncode == 0, result.stderr
    expected = json.loads((SHARED / "example-report.expected.json").read_text(encoding="utf-8"))
    assert _close_floats(json.loads(result.stdout), expected)


def test_check_text_is_plain_and_localised(capsys):
    assert main(["check", str(EXAMPLE), "--date", "2026-11-26"]) == 0
    danish = capsys.readouterr().out
    assert "Eksempelenheden" in danish and "gul" in danish and "januar 2027" in danish
    assert "\x1b" not in danish
    assert main(["--lang", "en", "check", str(EXAMPLE), "--date", "2026-11-26"]) == 0
    english = capsys.readouterr().out
    assert "yellow" in english and "January 2027" in english and "department head" in english


def test_check_bad_report_exits_1_with_file_line_and_field(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(";4,4;", ";mange;", 1)
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = kompas("check", str(bad))
    assert result.returncode == 1
    assert "bad.csv:4" in result.stderr and "gns" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_check_missing_file_exits_1(tmp_path: Path):
    result = kompas("check", str(tmp_path / "nope.csv"))
    assert result.returncode == 1 and "nope.csv" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["bogus"], ["check"], ["check", "x.csv", "--format", "xml"], ["check", "x.csv", "--date", "26-11-2026"],
     ["export", "x.toml"], ["--lang", "fr", "check", "x.csv"]],
)
def test_usage_errors_exit_2(args):
    assert kompas(*args).returncode == 2


def test_version_and_help_list_only_working_commands():
    assert kompas("--version").stdout.startswith("kompas ")
    help_text = kompas("--help").stdout
    for command in ("demo", "new", "open", "check", "export", "review", "overview", "due", "join"):
        assert command in help_text


def test_check_session_json_is_the_model_dump(session_path: Path):
    result = kompas("check", str(session_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == load_session(session_path).model_dump(mode="json")
    assert data["schema_version"] == SCHEMA_VERSION and data["unit"] == "Hjemmeplejen Nord"


def test_check_session_text(session_path: Path):
    result = kompas("--lang", "en", "check", str(session_path))
    assert result.returncode == 0, result.stderr
    assert "Session for Hjemmeplejen Nord" in result.stdout and "Zero tolerance" in result.stdout


def test_check_of_a_session_without_its_schema_version_says_what_is_missing(session_path: Path, tmp_path: Path):
    """A hand edit that lost the first line is still a session: it is not
    read as a report (eleven lines about unknown report keys), but told
    that its schema_version is missing."""
    lines = session_path.read_text(encoding="utf-8").splitlines(keepends=True)
    damaged = tmp_path / "uden-version.toml"
    damaged.write_text("".join(line for line in lines if not line.startswith("schema_version")), encoding="utf-8")
    result = kompas("--lang", "en", "check", str(damaged))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{damaged}: field 'schema_version': is missing; a session file starts with schema_version = 1"
    ]


def test_export_json_and_markdown(session_path: Path, tmp_path: Path):
    as_json = kompas("export", str(session_path), "--format", "json")
    assert json.loads(as_json.stdout)["measurements"][0]["unit"] == "Hjemmeplejen Nord"
    out = tmp_path / "referat.md"
    result = kompas("export", str(session_path), "--format", "md", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Opfølgning: Hjemmeplejen Nord")
    assert "| Nærmeste leder |" in text and "Nultolerance" in text
    assert out.stat().st_mode & 0o077 == 0


def test_export_markdown_keeps_hostile_text_literal(tmp_path: Path):
    report = replace(demo_report(), unit="[bold]x[/] | *y* \x1b[31m")
    handle = new_session(report, tmp_path, language="en")
    handle.close()
    text = kompas("export", str(handle.path), "--format", "md").stdout
    assert "\x1b" not in text
    assert "[bold]x[/] | \\*y\\*" in text


def test_export_refuses_a_corrupt_session(tmp_path: Path, session_path: Path):
    broken = tmp_path / "broken.toml"
    broken.write_text(session_path.read_text(encoding="utf-8")[:200] + "\n[[[\n", encoding="utf-8")
    before = broken.read_bytes()
    result = kompas("export", str(broken), "--format", "json")
    assert result.returncode == 1 and "broken.toml" in result.stderr
    assert broken.read_bytes() == before


def test_interactive_commands_need_a_terminal(tmp_path: Path):
    result = kompas("--sessions-dir", str(tmp_path / "s"), "demo")
    assert result.returncode == 2
    assert not (tmp_path / "s").exists() or not any((tmp_path / "s").glob("*.toml"))


def test_bad_profile_exits_1_naming_file_and_field(tmp_path: Path):
    profile = tmp_path / "kompas.toml"
    profile.write_text('green_min = 70\nred_below = "lots"\n', encoding="utf-8")
    result = kompas("--profile", str(profile), "check", str(EXAMPLE))
    assert result.returncode == 1
    assert "kompas.toml" in result.stderr and "red_below" in result.stderr


def test_profile_in_sessions_dir_changes_the_rules(tmp_path: Path):
    (tmp_path / "kompas.toml").write_text("green_min = 60\n", encoding="utf-8")
    result = kompas("--sessions-dir", str(tmp_path), "check", str(EXAMPLE), "--format", "json")
    data = json.loads(result.stdout)
    assert data["overall"]["colour"] == "green" and data["track"] == "local"


def test_env_variables_set_language_and_sessions_dir(tmp_path: Path):
    (tmp_path / "kompas.toml").write_text("min_respondents = 30\n", encoding="utf-8")
    result = kompas("check", str(EXAMPLE), env={"KOMPAS_LANG": "en", "KOMPAS_SESSIONS_DIR": str(tmp_path)})
    assert "hidden" in result.stdout and "Overall" in result.stdout


def test_a_session_cut_off_at_a_line_break_is_refused(session_path: Path, tmp_path: Path):
    text = session_path.read_text(encoding="utf-8")
    cut = tmp_path / "cut.toml"
    cut.write_text(text[: text.index("\n", len(text) // 2) + 1], encoding="utf-8")
    result = kompas("--lang", "en", "check", str(cut))
    assert result.returncode == 1
    assert "cut.toml" in result.stderr and "cut off" in result.stderr


def test_a_folder_that_cannot_be_made_is_named_without_a_traceback(tmp_path: Path, monkeypatch, capsys):
    import kompas_tui.cli_commands as commands

    monkeypatch.setattr(commands, "has_terminal", lambda: True)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["--sessions-dir", str(blocker / "sessions"), "demo"]) == 1
    assert f"{blocker / 'sessions'}: " in capsys.readouterr().err


def test_a_full_disk_when_starting_is_said_in_danish(tmp_path: Path, monkeypatch, capsys):
    import errno

    import kompas_tui.cli_commands as commands
    import kompas_tui.storage.session_file as session_file

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.toml"))

    monkeypatch.setattr(commands, "has_terminal", lambda: True)
    monkeypatch.setattr(session_file, "new_session", full)
    assert main(["--sessions-dir", str(tmp_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert "x.toml: disken er fuld" in err and "No space" not in err and "Traceback" not in err


def test_open_refuses_a_missing_session_before_asking_for_a_terminal(tmp_path: Path):
    result = kompas("open", str(tmp_path / "nope.toml"))
    assert result.returncode == 1 and "nope.toml: Filen findes ikke." in result.stderr


def test_export_to_a_file_keeps_the_file_it_replaces(session_path: Path, tmp_path: Path):
    """Issue 13: an export never replaces a file without a backup (the
    user's own notes.md named by mistake is kept as notes.md.bak)."""
    out = tmp_path / "plan.json"
    for _ in range(2):  # the same export again replaces nothing worth keeping
        assert kompas("export", str(session_path), "--format", "json", "-o", str(out)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("plan")) == ["plan.json"]
    out.write_text("my own notes\n")
    assert kompas("export", str(session_path), "--format", "json", "-o", str(out)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("plan")) == ["plan.json", "plan.json.bak"]
    assert (tmp_path / "plan.json.bak").read_text() == "my own notes\n"


def test_json_output_escapes_characters_a_terminal_would_obey(tmp_path: Path):
    report = replace(demo_report(), unit="A\u202eB\x9bC æ")
    handle = new_session(report, tmp_path, language="da")
    handle.close()
    out = kompas("export", str(handle.path), "--format", "json").stdout
    assert "\u202e" not in out and "\x9b" not in out and "\\u202e" in out and "æ" in out
    assert json.loads(out)["unit"] == "A\u202eB\x9bC æ"
