"""The history in a real terminal (tmux, 80x24): in Gennemsyn, `l` on a
session in a folder with a history lists its checkpoints, newest first,
with who and what in words; Enter shows one version read-only, as it was;
Escape goes back. Hostile text in the history is shown, never obeyed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from history_repos import add, git, isolated_git_home, kept, needs_git, new_unit  # noqa: F401
from kompas_tui.storage.history import checkpoint
from tmux_terminal import Terminal, needs_tmux

pytestmark = [needs_tmux, needs_git, pytest.mark.tmux]


@pytest.fixture
def folder(kept: Path) -> Path:
    handle = new_unit(kept)
    add(handle, "Mette", dt.date(2027, 1, 15), what="Fast morgenmøde")
    checkpoint(handle.path, "quit")
    add(handle, "[/]\x1b[2J\x1b]0;x\x07Ole", what="Ny tavle")
    checkpoint(handle.path, "round_closed")
    handle.close()
    return kept


def test_l_in_gennemsyn_shows_the_history_and_a_version(folder: Path, isolated_git_home: Path):
    before = git(folder, "status", "--porcelain")
    # The Linux console without colour: nothing on this screen is said by colour alone.
    env = {"HOME": str(isolated_git_home), "TERM": "linux", "NO_COLOR": "1"}
    terminal = Terminal(["review", str(folder)], env=env)
    try:
        terminal.wait_for("1 af 1 sessioner")
        terminal.press("Down")
        terminal.wait_for("l historik")  # the list has the keys (not the filter, where "l" is a letter)
        terminal.press("l")
        screen = terminal.wait_for("2 versioner, nyeste først")
        assert "Historik  hjemmeplejen-nord" in screen
        assert "Mette Hansen" in screen and "Handleplan: a2 tilføjet ([/]␛[2J␛]0;x␇Ole)" in screen
        lines = screen.splitlines()
        assert lines[0].startswith(" Historik") and len(lines) == 24  # nothing moved or cleared the screen
        terminal.press("Down")
        terminal.wait_for("Session: første version i historikken (Hjemmeplejen Nord); 1")
        terminal.press("Enter")
        screen = terminal.wait_for("Historik · version fra")
        assert "Fast morgenmøde" in screen and "Ny tavle" not in screen
        terminal.press("Escape")
        terminal.wait_for("2 versioner, nyeste først")
        terminal.press("Escape")
        terminal.wait_for("1 af 1 sessioner")
    finally:
        terminal.close()
    assert git(folder, "status", "--porcelain") == before  # reading wrote nothing


@pytest.mark.parametrize("broken", [False, True], ids=["commits", "git-fails"])
def test_quitting_in_a_real_terminal_is_a_checkpoint(kept: Path, isolated_git_home: Path, broken: bool):
    """Ctrl+Q: the screen goes at once, the commit is made after it; when
    git fails, the session is saved and the reason is printed once."""
    from history_repos import break_git_writes, subjects

    folder = kept
    if broken:
        break_git_writes(folder)
    terminal = Terminal(["demo", "--sessions-dir", str(folder)], env={"HOME": str(isolated_git_home)})
    try:
        terminal.wait_for("Hjemmeplejen Nord")
        terminal.press("C-q")
        if broken:
            from tmux_terminal import wait_until

            # Printed after leaving, wrapped anywhere (the path's length) and
            # maybe scrolled: read from the terminal's history, without spaces.
            def said() -> str:
                return "".join(terminal.history().split())

            assert wait_until(lambda: "Sessionenergemtsomaltid." in said()), terminal.history()
            assert said().count("Historikkenblevikkeopdateret") == 1
            assert "Sessionenergemtsomaltid." in said().split("Historikkenblevikkeopdateret")[1]
        else:
            from tmux_terminal import process_alive, wait_until

            assert wait_until(lambda: subjects(folder) != [])
            assert wait_until(lambda: not process_alive(terminal.pane_pid()))
    finally:
        terminal.close()
    [session] = folder.glob("*.toml")
    from kompas_tui.storage.session_file import load_session

    assert load_session(session).unit == "Hjemmeplejen Nord"
    if not broken:
        assert subjects(folder) == ["Session: første version i historikken (Hjemmeplejen Nord)"]
