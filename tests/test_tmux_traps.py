"""The meeting room's traps (issue 12), in a real terminal (tmux, 80x24):
a facilitator who types whenever someone speaks never lands elsewhere,
never loses a note and never creates anything by accident; the tally takes
a dot at once; every step screen shows its keys whole with quit among them.

Keys go one at a time with a small pause, as a person types (a burst could
be read as a paste). Each step waits for the screen to show it landed.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import guidance_notes_id, notes_for
from kompas_tui.storage.session_file import load_session
from test_tmux_workshop import press, type_text
from tmux_terminal import Terminal, needs_tmux, saved_session, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]

SPOKEN = "Vi skal drøfte det"
#: The demo's Dialog: the record of the meeting (preparation, the meeting),
#: four prompts, then its three guidance cards.
ITEMS = 9
PROMPTS = ("concerns", "planning", "process", "next_steps")
GUIDANCE = ("zero_tolerance", "leadership_low", "worse_than_expected")


@pytest.fixture
def folder(sessions_dir: Path) -> Path:
    return sessions_dir


@pytest.fixture
def terminal(folder: Path):
    opened: list[Terminal] = []

    def start(*args: str, env: dict[str, str] | None = None) -> Terminal:
        opened.append(Terminal(["--sessions-dir", str(folder), *args], env=env))
        return opened[-1]

    yield start
    for term in opened:
        term.close()


def files(folder: Path) -> set[str]:
    """The folder's files, but the session's backup (made by its first save)."""
    return {path.name for path in folder.iterdir() if not path.name.endswith(".toml.bak")}


def the_session(folder: Path) -> Path:
    [path] = [p for p in folder.glob("*.toml")]
    return path


def typed_where_it_lands(term: Terminal, item: str, text: str) -> None:
    """Type `text` and see it on screen, still on the Dialog's `item` (a
    line of it that stays in view)."""
    type_text(term, text)
    # A narrow field (a date) shows the end of what was typed.
    screen = term.wait_for(text[-8:])
    assert item in screen and "[3 Dialog]" in screen, screen


def test_typing_on_every_dialog_item_lands_in_its_notes_and_nothing_else_happens(folder, terminal):
    term = terminal("demo")
    term.wait_for("Hjemmeplejen Nord")
    before = files(folder)
    press(term, "F3")
    # The record's items open in their first field, a date: typing lands there
    # (it says it cannot read it); Tab goes on to the fields a sentence is for.
    term.wait_for(f"Punkt 1 af {ITEMS}", "Forberedelse")
    typed_where_it_lands(term, "Forberedelse i TRIO/MED", f"{SPOKEN} 1")
    term.wait_for("Ikke gemt")
    press(term, "Tab", "Tab")  # past who prepared it, to the notes
    typed_where_it_lands(term, "Forberedelse i TRIO/MED", f"{SPOKEN} forberedelse")
    press(term, "C-n")
    term.wait_for(f"Punkt 2 af {ITEMS}", "Dialogmødet")
    typed_where_it_lands(term, "Dialogmødet (trin 3)", f"{SPOKEN} 2")
    press(term, "Tab")  # the place
    typed_where_it_lands(term, "Dialogmødet (trin 3)", "Mødelokale 2")
    press(term, "C-n")
    for number in range(3, ITEMS + 1):
        term.wait_for(f"Punkt {number} af {ITEMS}")
        typed_where_it_lands(term, f"Punkt {number} af {ITEMS}", f"{SPOKEN} {number}")
        press(term, "C-n")
    path = the_session(folder)
    # Saved within a second; no session, export or anything else was made.
    assert wait_until(
        lambda: (saved := saved_session(path)) is not None
        and notes_for(saved.dialog, guidance_notes_id(GUIDANCE[-1])).endswith("9")
    )
    assert files(folder) == before
    session = load_session(path)
    assert session.preparation.notes == f"{SPOKEN} forberedelse" and session.preparation.date is None
    assert session.meeting.place == "Mødelokale 2" and session.meeting.date is None
    for number, key in enumerate(PROMPTS, 3):
        assert notes_for(session.dialog, key) == f"{SPOKEN} {number}"
    for number, key in enumerate(GUIDANCE, 3 + len(PROMPTS)):
        assert notes_for(session.dialog, guidance_notes_id(key)) == f"{SPOKEN} {number}"


def test_typing_on_opsummering_goes_into_the_date_field(folder, terminal):
    term = terminal("demo")
    term.wait_for("Hjemmeplejen Nord")
    before = files(folder)
    press(term, "F7")
    term.wait_for("Næste opfølgning")
    # The plan has no date: the field has the focus, and the typing lands there.
    type_text(term, SPOKEN)
    screen = term.wait_for("drøfte det")  # the field is narrower than the sentence
    assert "[7 Opsummering]" in screen
    press(term, "C-u")  # Textual's "delete to the start of the field"
    type_text(term, "i morgen")
    press(term, "Enter")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    path = the_session(folder)
    assert wait_until(lambda: (saved := saved_session(path)) is not None and saved.plan.next_follow_up == tomorrow)
    screen = term.screen()
    assert "[7 Opsummering]" in screen and "Næste opfølgning:" in screen
    assert files(folder) == before


@pytest.mark.parametrize("env", [{}, {"TERM": "linux"}, {"NO_COLOR": "1"}], ids=["xterm", "linux", "no-color"])
def test_f4_then_plus_adds_a_dot(folder, terminal, env):
    term = terminal("demo", env=env)
    term.wait_for("Hjemmeplejen Nord")
    press(term, "F4")
    term.wait_for("0 prikker talt")
    press(term, "+")
    term.wait_for("1 prik talt")
    path = the_session(folder)
    assert wait_until(lambda: (saved := saved_session(path)) is not None and sum(saved.voting.dots.values()) == 1)


#: Each step screen of the demo, and keys of its own its Footer must show whole.
STEP_KEYS = {
    "F2": ("enter Spørgsmål", "esc Tilbage"),
    "F3": ("tab Næste felt", "^n Næste", "f4 Afstemning"),
    "F4": ("+/=/-/0-9 Prikker", "p Deltagere", "a Nyt tema", "l Live afstemning", "f5 Mål"),
    "F5": ("f6 Handleplan",),
    "F6": ("a Tilføj", "m 2×2", "f7 Opsummering"),
    "F7": ("enter Gem dato", "f8 Evaluering"),
    "F8": ("esc Tilbage",),
}


def test_every_step_screens_footer_is_whole_at_80_columns(folder, terminal):
    term = terminal("demo")
    term.wait_for("Hjemmeplejen Nord")
    for key, entries in STEP_KEYS.items():
        press(term, key)
        time.sleep(0.3)
        bottom = "\n".join(term.wait_for(entries[-1]).splitlines()[-3:])
        for entry in (*entries, "f1 Hjælp", "^q Afslut"):
            assert entry in bottom, (key, entry, bottom)
