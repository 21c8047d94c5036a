"""An evaluation round in a real terminal (tmux, 80x24): `kompas open` on a
saved workshop weeks later offers a round, Enter starts it, a status is
changed, and quitting leaves it in the file; a second `kompas open` while
the first holds the session shows the round read-only and names the holder.

Keys go one at a time with a small pause, as a person types (a burst could
be read as one paste); each step waits for the screen to show it landed.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from kompas_tui.storage.session_file import load_session
from tmux_terminal import Terminal, needs_tmux, process_alive, saved_session, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]

FIXTURE = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"


def press(term: Terminal, *keys: str, pause: float = 0.2) -> None:
    for key in keys:
        term.press(key)
        time.sleep(pause)


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """The saved workshop, last changed a week before today (so a round is offered)."""
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    path = folder / "hjemmeplejen-nord-2026-11-26.toml"
    text = FIXTURE.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^updated = .*$", "updated = 2020-01-01T09:00:00+00:00", text)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def test_open_offers_a_round_a_status_changes_and_quitting_keeps_it(workshop: Path, terminals):
    term = terminals(["--sessions-dir", str(workshop.parent), "open", str(workshop)])
    term.wait_for("Start evalueringsrunde 1", "Bare åbn sessionen")
    press(term, "Enter")
    # The round is open, the cursor on the first action.
    term.wait_for("[8 Evaluering]", "Evalueringsrunde 1 · ", "· åben", "> a3  Gennemgå proceduren for trusler")
    term.type("3")
    term.wait_for("[ikke startet → gennemført]")
    pid = term.pane_pid()
    press(term, "C-q")
    assert wait_until(lambda: not process_alive(pid))
    saved = load_session(workshop)
    [this] = saved.rounds
    assert this.is_open and saved.step == "evaluation"
    assert [(r.action, r.was, r.status) for r in this.reviews] == [("a3", "not_started", "done")]
    assert next(a for a in saved.plan.actions if a.id == "a3").status == "done"


def test_a_second_opener_sees_the_round_read_only_and_who_holds_it(workshop: Path, terminals):
    first = terminals(["--sessions-dir", str(workshop.parent), "open", str(workshop)])
    first.wait_for("Start evalueringsrunde 1")
    press(first, "Enter")
    first.wait_for("· åben")
    assert wait_until(lambda: (saved := saved_session(workshop)) is not None and saved.rounds != [])
    before = workshop.read_bytes()

    second = terminals(["--sessions-dir", str(workshop.parent), "open", str(workshop)])
    screen = second.wait_for("Evalueringsrunde 1")  # straight to the round: no offer
    assert "Start evalueringsrunde" not in screen
    screen = second.wait_for("PID", "SKRIVEBESKYTTET")
    flat = " ".join(screen.split())
    assert "SKRIVEBESKYTTET" in flat and "Skrivebeskyttet — åbnet af" in flat
    assert str(first.pane_pid()) in flat
    second.type("3")  # refused: nothing changes, the holder is named again
    time.sleep(0.5)
    assert "→ gennemført" not in second.screen()
    assert workshop.read_bytes() == before
