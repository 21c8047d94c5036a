"""`kompas export SESSION --format md|csv [-o FILE]` as a leader or a script
uses it: the language, the bytes, the file's permissions, the exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kompas_tui.cli import main
from kompas_tui.demo import demo_report
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.exporters.csv_export import session_csv
from kompas_tui.storage.session_file import load_session, new_session
from test_export_session import filled_session


def kompas(*args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("KOMPAS_LANG", "KOMPAS_SESSIONS_DIR")}
    return subprocess.run(
        [sys.executable, "-m", "kompas_tui", *args], capture_output=True, env=env, stdin=subprocess.DEVNULL
    )


def saved_session(folder: Path, lang: str = "da") -> Path:
    handle = new_session(demo_report(), folder, language=lang)  # type: ignore[arg-type]
    handle.session = filled_session(lang).model_copy(update={"created": handle.session.created})
    handle.save()
    handle.close()
    return handle.path


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return saved_session(tmp_path / "sessions")


def test_csv_on_standard_output_keeps_its_bytes(session_path: Path):
    result = kompas("export", str(session_path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout == session_csv(load_session(session_path), OrgProfile(), "da")
    assert result.stdout.startswith(b"\xef\xbb\xbfNr.;Tema;") and b"\r\n" in result.stdout


def test_csv_to_a_file_is_private_and_leaves_no_backup(session_path: Path, tmp_path: Path, capsysbinary):
    out = tmp_path / "handleplan.csv"
    for _ in range(2):
        assert main(["export", str(session_path), "--format", "csv", "-o", str(out)]) == 0
    assert capsysbinary.readouterr().out == b""
    assert out.read_bytes() == session_csv(load_session(session_path), OrgProfile(), "da")
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("handleplan")) == ["handleplan.csv"]


def test_the_session_language_unless_lang_is_given(tmp_path: Path, capsysbinary):
    english = saved_session(tmp_path / "en", lang="en")
    assert main(["export", str(english), "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"\xef\xbb\xbfNo.;Theme;Goal;Action;")
    assert main(["--lang", "da", "export", str(english), "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.startswith("\ufeffNr.;Tema;Mål;Handling;".encode())
    assert main(["export", str(english), "--format", "md"]) == 0
    assert b"## Who does what by when" in capsysbinary.readouterr().out
    assert main(["export", str(english), "--format", "md", "--lang", "da"]) == 0
    assert "## Hvem gør hvad hvornår".encode() in capsysbinary.readouterr().out


def test_markdown_to_a_file_holds_the_whole_meeting(session_path: Path, tmp_path: Path):
    out = tmp_path / "referat.md"
    assert main(["export", str(session_path), "--format", "md", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for heading in ("## Dialog", "## Afstemning", "## Mål og handlinger", "## Nultolerancepunktet", "## Det mangler"):
        assert heading in text
    assert "24. mar. 2027" in text and "\x1b" not in text
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "args",
    [
        ["export", "{session}", "--format", "xlsx"],
        ["export", "{session}"],
        ["export", "--format", "csv"],
        ["export", "{session}", "--format", "csv", "-o"],
    ],
)
def test_usage_errors_exit_2(args, session_path: Path, capsys):
    assert main([arg.format(session=session_path) for arg in args]) == 2
    assert "kompas export" in capsys.readouterr().err


def test_a_missing_or_broken_session_exits_1_naming_the_file(tmp_path: Path, session_path: Path, capsysbinary):
    assert main(["export", str(tmp_path / "nope.toml"), "--format", "csv"]) == 1
    assert b"nope.toml" in capsysbinary.readouterr().err
    broken = tmp_path / "broken.toml"
    broken.write_text(session_path.read_text(encoding="utf-8")[:300] + "\n[[[\n", encoding="utf-8")
    assert main(["export", str(broken), "--format", "csv", "-o", str(tmp_path / "x.csv")]) == 1
    captured = capsysbinary.readouterr()
    assert b"broken.toml" in captured.err and captured.out == b""
    assert not (tmp_path / "x.csv").exists()


def test_an_output_folder_that_does_not_exist_exits_1_without_a_traceback(session_path: Path, tmp_path: Path):
    result = kompas("export", str(session_path), "--format", "csv", "-o", str(tmp_path / "nowhere" / "plan.csv"))
    assert result.returncode == 1
    assert b"nowhere" in result.stderr and b"Traceback" not in result.stderr
