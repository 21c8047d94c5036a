"""`kompas join` in a real terminal (tmux, 80x24): a participant votes on an
open ballot with the keyboard, quits, and the ballot is in the box. And
the command line's refusals: a missing session, an unreadable one.

Keys go one at a time with a small pause, as a person types.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompas_tui.domain.voting import Ballot
from kompas_tui.storage import ballot_box
from tmux_terminal import Terminal, needs_tmux, wait_until

THEMES = ("Trivsel", "Ledelse", "[bold]Samarbejde[/", "Arbejdsmængde")


def press(terminal: Terminal, *keys: str) -> None:
    for key in keys:
        terminal.press(key)
        time.sleep(0.15)


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """A real session file (join checks it is one before it opens)."""
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.session import Session
    from kompas_tui.storage.session_file import save_session

    path = tmp_path / "hjemmeplejen.toml"
    save_session(Session.start(demo_report()), path, backup=False)
    return path


@needs_tmux
@pytest.mark.tmux
@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_a_participant_votes_quits_and_the_ballot_is_in_the_box(session: Path, term: str):
    ballot_box.open_ballot(
        session, unit="Hjemmeplejen Nord", themes=THEMES, votes_per_person=5, max_per_theme=2, participants=8
    )
    terminal = Terminal(["join", str(session)], env={"TERM": term, "NO_COLOR": "1", "KOMPAS_LANG": "da"})
    try:
        terminal.wait_for("Du har 5 af 5 prikker tilbage", "[bold]Samarbejde[/", "Højst 2 prikker på ét tema")
        press(terminal, "+", "+", "+")
        terminal.wait_for("Du har 3 af 5 prikker tilbage", "Afgivet kl.")
        press(terminal, "Down", "Down", "Right")
        terminal.wait_for("Du har 2 af 5 prikker tilbage")
        press(terminal, "Down", "2")
        terminal.wait_for("Du har 0 af 5 prikker tilbage")
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, THEMES[2]: 1, "Arbejdsmængde": 2})
        pid = terminal.pane_pid()
        press(terminal, "C-q")
        assert wait_until(lambda: "Du har" not in terminal.screen() or not _alive(pid))
    finally:
        terminal.close()
    assert ballot_box.count_ballots(session).voted == 1
    totals, counted, _ = ballot_box.reveal_ballot(session)
    assert totals == {"Trivsel": 2, THEMES[2]: 1, "Arbejdsmængde": 2} and counted == 1


def _alive(pid: int) -> bool:
    from tmux_terminal import process_alive

    return process_alive(pid)


def kompas(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOMPAS_LANG": "da"}
    return subprocess.run([sys.executable, "-m", "kompas_tui", *args], capture_output=True, text=True, env=env)


def test_join_on_a_missing_file_exits_1_and_says_so(tmp_path: Path):
    missing = tmp_path / "ingen.toml"
    result = kompas("join", str(missing))
    assert result.returncode == 1
    assert f"{missing} findes ikke" in result.stderr


@pytest.mark.unprivileged
@pytest.mark.parametrize("what", ["file", "folder"])
def test_join_on_a_session_not_theirs_to_read_exits_1_and_says_so(session: Path, what: str):
    target = session if what == "file" else session.parent
    mode = target.stat().st_mode
    target.chmod(0)
    try:
        result = kompas("join", str(session))
        english = kompas("--lang", "en", "join", str(session))
    finally:
        target.chmod(mode)
    assert result.returncode == 1
    assert f"{session} er ikke din at læse — bed ordstyreren om at sætte dig i mappens gruppe" in result.stderr
    assert english.returncode == 1 and "is not yours to read" in english.stderr


def test_join_without_a_terminal_is_a_usage_error(session: Path):
    assert kompas("join", str(session)).returncode == 2


@pytest.mark.parametrize("denied", ["file", "folder"])
def test_the_refusal_as_root_too(session: Path, denied: str, monkeypatch, capsys):
    """Root reads everything, so the check's answer is faked here: the
    session (or its folder) is not this user's to read."""
    from kompas_tui.cli import main

    target = session if denied == "file" else session.parent
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == target else real_access(path, mode))
    assert main(["--lang", "da", "join", str(session)]) == 1
    assert f"{session} er ikke din at læse" in capsys.readouterr().err


@pytest.mark.parametrize("content", ["hello\n", "a = 1\n", 'title = "x"\n'])
def test_join_on_a_file_that_is_not_a_session_exits_1_and_says_why(tmp_path: Path, content: str):
    """A typo'd or foreign file is refused with its problem, never a screen
    waiting forever for a ballot that cannot come."""
    other = tmp_path / "notsession.toml"
    other.write_text(content, encoding="utf-8")
    result = kompas("join", str(other))
    assert result.returncode == 1
    assert "notsession.toml" in result.stderr and result.stdout == ""
