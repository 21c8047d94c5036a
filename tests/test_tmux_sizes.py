"""Below 80x24, in a real terminal (tmux): the window dragged smaller shows
what kompas needs instead of a cut screen, the session stays open and is
saved, the screen comes back as it was when the window grows, and ctrl+q
still quits."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas_tui.domain.dialog import notes_for
from kompas_tui.storage.session_file import load_session
from test_tmux_workshop import press, type_text
from tmux_terminal import Terminal, needs_tmux, process_alive, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]


def concerns(folder: Path) -> str:
    [path] = [p for p in folder.glob("*.toml")]
    return notes_for(load_session(path).dialog, "concerns")


def test_a_window_too_small_says_what_it_needs_and_loses_nothing(sessions_dir: Path):
    term = Terminal(["--sessions-dir", str(sessions_dir), "demo"])
    try:
        pid = term.pane_pid()
        term.wait_for("Hjemmeplejen Nord")
        press(term, "F3")
        term.wait_for("Punkt 1 af 9")
        press(term, "C-n", "C-n")
        term.wait_for("Punkt 3 af 9")
        type_text(term, "Vi skal")
        term.wait_for("Vi skal")

        term.resize(60, 20)
        screen = term.wait_for("Vinduet er for lille", "60×20")
        assert "Punkt 3 af 9" not in screen and "Vi skal" not in screen
        type_text(term, " x")  # held back: the field is not in view
        # The session is saved under the notice.
        assert wait_until(lambda: concerns(sessions_dir) == "Vi skal"), concerns(sessions_dir)

        term.resize(80, 24)
        screen = term.wait_for("Punkt 3 af 9", "Vi skal")
        assert "for lille" not in screen and "Vi skal x" not in screen
        type_text(term, " nu")
        term.wait_for("Vi skal nu")

        term.resize(70, 24)
        term.wait_for("70×24")
        press(term, "C-q")
        assert wait_until(lambda: not process_alive(pid)), term.screen()
        assert concerns(sessions_dir) == "Vi skal nu"
    finally:
        term.close()
