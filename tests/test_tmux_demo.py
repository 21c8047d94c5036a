"""kompas in a real terminal (tmux, 80x24): what a newcomer sees, a hang-up,
and a second opener of the same session."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kompas_tui.storage.session_file import load_session
from tmux_terminal import needs_tmux, process_alive, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]


def _sessions(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if p.name != "kompas.toml")


def test_demo_shows_the_report_in_danish(tmp_path: Path, terminals):
    term = terminals(["--sessions-dir", str(tmp_path), "demo"])
    screen = term.wait_for("Hjemmeplejen Nord", "Meningsfuldt arbejde", "gul", "svarede")
    assert len(screen.splitlines()) <= 24 and all(len(line) <= 80 for line in screen.splitlines())


def test_demo_in_english_without_colour_on_a_linux_console(tmp_path: Path, terminals):
    term = terminals(["--sessions-dir", str(tmp_path), "--lang", "en", "demo"], env={"NO_COLOR": "1", "TERM": "linux"})
    term.wait_for("Hjemmeplejen Nord", "yellow", "answered")


def test_hang_up_after_a_second_leaves_a_valid_private_session(tmp_path: Path, terminals):
    term = terminals(["--sessions-dir", str(tmp_path), "demo"])
    term.wait_for("Hjemmeplejen Nord")
    pid = term.pane_pid()
    term.hang_up()
    assert wait_until(lambda: not process_alive(pid)), "kompas survived the hang-up"
    [path] = _sessions(tmp_path)
    assert path.stat().st_mode & 0o077 == 0
    assert load_session(path).unit == "Hjemmeplejen Nord"
    for args in (["check", str(path)], ["export", str(path), "--format", "md"]):
        result = subprocess.run([sys.executable, "-m", "kompas_tui", *args], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert "Hjemmeplejen Nord" in result.stdout


def test_second_opener_is_read_only_and_told_by_whom(tmp_path: Path, terminals):
    first = terminals(["--sessions-dir", str(tmp_path), "demo"])
    first.wait_for("Hjemmeplejen Nord")
    [path] = _sessions(tmp_path)
    second = terminals(["--sessions-dir", str(tmp_path), "open", str(path)])
    pid = str(first.pane_pid())
    screen = second.wait_for("PID")
    assert "krivebeskyttet" in screen or "read-only" in screen.lower()
    # The holder is the first kompas process; the pane runs `env`, which execs it.
    assert pid in screen.replace("\n", " ") or wait_until(lambda: pid in second.screen().replace("\n", " "))


def test_new_from_a_danish_excel_csv_with_another_unit_name(tmp_path: Path, terminals):
    report = Path(__file__).parent / "fixtures" / "reports" / "example-report.csv"
    term = terminals(["--sessions-dir", str(tmp_path), "new", str(report), "--unit", "Team Øst [2]"])
    term.wait_for("Team Øst [2]")
    assert "21 af 24 svarede" in term.wait_for("Nærmeste leder")
    [path] = _sessions(tmp_path)
    assert path.name.startswith("team-oest-2-") and load_session(path).unit == "Team Øst [2]"
