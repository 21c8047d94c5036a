"""A short workshop typed into kompas in a real terminal (tmux, 80x24): the
record of the meeting (the preparation, the meeting with its participants
and their roles), notes, votes, a goal and actions; the terminal hung up in
the middle of typing (an SSH drop), and the session
reopened: everything typed up to the last second is there, and it resumes
at the same step (issue 3, items 7 and 9).

Keys go one at a time with a small pause, as a person types: a burst
could be read as one paste, and an Escape followed at once by a letter as
Alt+letter. Each step waits for the screen to show that it landed.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import notes_for
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.exporters.markdown import session_markdown
from kompas_tui.storage.session_file import load_session
from tmux_terminal import Terminal, needs_tmux, process_alive, saved_session, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]

#: Pause between two keys (a quick typist).
KEY_PAUSE = 0.03

FIRST_NOTE = "Travlt [/] æøå"
GOAL = "Mere ro [bold]x"
#: The second note: the part typed more than a second before the hang-up
#: must survive; the few keys typed right before it may be lost.
SURVIVES, LAST_KEYS = "Tavle hver uge", " ok!"

#: The meeting's participants as typed: roles in parentheses, an employee by the name alone.
PARTICIPANTS = "Mette (leder), Ali (TR), Jonas (amr), Sanne"

MEANING = "Meningsfuldt arbejde"
TRIVSEL = "Trivsel og arbejdsglæde"


def type_text(term: Terminal, text: str) -> None:
    for char in text:
        term.type(char)
        time.sleep(KEY_PAUSE)


def press(term: Terminal, *keys: str, pause: float = 0.15) -> None:
    """Special keys (Tab, Escape, F-keys, arrows), each on its own."""
    for key in keys:
        term.press(key)
        time.sleep(pause)


def _session(folder: Path) -> Path:
    [path] = [p for p in folder.glob("*.toml") if p.name != "kompas.toml"]
    return path


def test_a_workshop_typed_then_hung_up_mid_typing_is_all_there_on_reopening(tmp_path: Path, terminals):
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    term = terminals(["--sessions-dir", str(folder), "demo"])
    term.wait_for("Hjemmeplejen Nord")
    pid = term.pane_pid()
    path = _session(folder)

    # Dialog: first the record of the meeting, the preparation ...
    press(term, "F3")
    term.wait_for("Punkt 1 af 9")
    term.wait_for("Forberedelse i TRIO/MED (trin 2)")
    type_text(term, "19-11-2026")
    press(term, "Tab")
    term.wait_for("= 19. nov. 2026")
    type_text(term, "Mette, Jonas")
    press(term, "Tab")
    type_text(term, "Trusler [/] først")
    press(term, "C-n")
    # ... then the meeting: date, place and who took part, each with a role.
    term.wait_for("Dialogmødet (trin 3)")
    type_text(term, "26-11-2026")
    press(term, "Tab")
    type_text(term, "Kantinen")
    press(term, "Tab")
    type_text(term, PARTICIPANTS)
    screen = term.wait_for("4 deltagere:")
    assert "Mette — leder" in screen and "Ali — TR" in screen and "Jonas — AMR" in screen
    # Then a note under the first prompt.
    press(term, "C-n")
    term.wait_for("Punkt 3 af 9")
    type_text(term, FIRST_NOTE)
    term.wait_for(FIRST_NOTE)

    # Afstemning: 8 participants, then the dots for two themes.
    press(term, "F4")
    term.wait_for("p Deltagere")  # the tally has the focus and offers p
    type_text(term, "p8")  # p: the group's size
    term.wait_for("0 af 24 prikker brugt")
    press(term, "Escape")  # back to the tally
    type_text(term, "+++")  # 3 on the first theme
    term.wait_for("3 af 24 prikker brugt")
    press(term, "Down")
    type_text(term, "5")
    press(term, "Enter")  # commits the 5 and moves on
    term.wait_for("8 af 24 prikker brugt")

    # Mål for the theme with most dots: where we want to be, and by when.
    press(term, "F5")
    term.wait_for("Jeres egen vurdering")
    press(term, "Tab")
    type_text(term, GOAL)
    term.wait_for(GOAL)
    press(term, "Tab", "Tab", "Tab")  # past "how it looks" and "how we notice" to the date
    type_text(term, "24-12-2026")
    press(term, "Tab")
    term.wait_for("= 24. dec. 2026")

    # Handleplan: two actions under the theme, each with an owner and a deadline.
    press(term, "F6")
    term.wait_for("Tilføj handling")
    press(term, "Down", "Enter")  # past the zero-tolerance point to the theme's "+ Tilføj handling"
    term.wait_for("Ny handling")
    type_text(term, "Kortere møder")
    press(term, "Tab")
    type_text(term, "Mette Ø")
    press(term, "Tab")
    type_text(term, "15-01-2027")
    term.wait_for("= 15. jan. 2027")
    press(term, "Escape", pause=0.4)
    term.wait_for("a1  Kortere møder")
    type_text(term, "a")  # another in the same group
    term.wait_for("Ny handling")
    type_text(term, "Pauseplan")
    press(term, "Tab")
    type_text(term, "Jens")
    press(term, "Tab")
    type_text(term, "01-02-2027")
    term.wait_for("= 1. feb. 2027")
    press(term, "Escape", pause=0.4)
    term.wait_for("a2  Pauseplan")

    # Back to the dialogue for a second note, and the line drops while typing it.
    press(term, "F3")
    term.wait_for("Punkt 3 af 9")
    press(term, "C-n")
    term.wait_for("Punkt 4 af 9")
    type_text(term, SURVIVES)
    term.wait_for(SURVIVES)
    # In the file while kompas still runs (not only saved on the way out); that
    # it is within a second is the autosave's delay (tests/test_tui_report.py),
    # which a loaded machine may stretch here.
    assert wait_until(
        lambda: (saved := saved_session(path)) is not None and notes_for(saved.dialog, "planning") == SURVIVES
    )
    type_text(term, LAST_KEYS)
    term.hang_up()
    assert wait_until(lambda: not process_alive(pid)), "kompas survived the hang-up"

    # The file: everything typed up to the last second.
    session = load_session(path)
    assert session.step == "dialog"
    assert notes_for(session.dialog, "concerns") == FIRST_NOTE
    planning = notes_for(session.dialog, "planning")
    assert planning.startswith(SURVIVES) and (SURVIVES + LAST_KEYS).startswith(planning), planning
    assert session.voting.settings.participants == 8
    assert (session.preparation.date, session.preparation.by, session.preparation.notes) == (
        dt.date(2026, 11, 19), ["Mette", "Jonas"], "Trusler [/] først"
    )
    meeting = session.meeting
    assert (meeting.date, meeting.place) == (dt.date(2026, 11, 26), "Kantinen")
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Mette", "leader"), ("Ali", "tr"), ("Jonas", "amr"), ("Sanne", "employee")
    ]
    # At the top of the minutes, each with the role in words.
    minutes = session_markdown(session, OrgProfile(), "da")
    head = minutes[: minutes.index("## Rapport")]
    assert "- **Dialogmødets dato:** 26. nov. 2026" in head and "- **Sted:** Kantinen" in head
    assert "  - Mette (leder)\n  - Ali (TR)\n  - Jonas (AMR)\n  - Sanne (medarbejder)\n" in head
    assert "- **Forberedelse (TRIO/MED):** 19. nov. 2026, af Mette, Jonas" in head
    assert session.voting.dots == {TRIVSEL: 3, MEANING: 5}
    [goal] = session.plan.goals
    assert (goal.theme, goal.target, goal.by_when) == (MEANING, GOAL, dt.date(2026, 12, 24))
    assert [(a.id, a.theme, a.what, a.owner, a.deadline) for a in session.plan.actions] == [
        ("a1", MEANING, "Kortere møder", "Mette Ø", dt.date(2027, 1, 15)),
        ("a2", MEANING, "Pauseplan", "Jens", dt.date(2027, 2, 1)),
    ]

    # Reopened: at the same step and prompt, writable, with everything on screen.
    again = terminals(["--sessions-dir", str(folder), "open", str(path)])
    screen = again.wait_for("Punkt 4 af 9", "[3 Dialog]")
    assert "Skrivebeskyttet" not in screen
    again.wait_for(planning)
    press(again, "C-r")
    again.wait_for(FIRST_NOTE)
    press(again, "F4")
    again.wait_for("8 af 24 prikker brugt")
    press(again, "F5")
    again.wait_for(GOAL)
    press(again, "Tab", "Tab", "Tab", "Tab")  # down to the date
    again.wait_for("= 24. dec. 2026")
    press(again, "F6")
    again.wait_for("a1  Kortere møder")
    again.wait_for("a2  Pauseplan", "Mette Ø", "15. jan. 2027")
