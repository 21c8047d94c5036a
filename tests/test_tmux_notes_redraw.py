"""The notes field redraws only the lines a key changes (issue 14: a typed
character costs one line over SSH, not the field), and what a real terminal
shows is still right, colours included: the rows under a joined line, and
a matched bracket on another line as it is shown and cleared."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tmux_terminal import Terminal, needs_tmux, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]

KEY_PAUSE = 0.03
#: Wraps onto a second row at 80 columns; opens a bracket closed two lines down.
LONG = "(en lang note om vagtplanen, der fylder mere end én linje i feltet: æøå, [/ og 🙂"


def type_text(term: Terminal, text: str) -> None:
    for char in text:
        term.type(char)
        time.sleep(KEY_PAUSE)


def press(term: Terminal, *keys: str) -> None:
    for key in keys:
        term.press(key)
        time.sleep(0.1)


def field_rows(term: Terminal, *, styles: bool = False) -> list[str]:
    """The rows between the notes field's borders (▔ and ▁)."""
    plain = term.screen().splitlines()
    rows = term.screen(styles=styles).splitlines() if styles else plain
    top = next(i for i, row in enumerate(plain) if "▔▔▔" in row)
    bottom = next(i for i, row in enumerate(plain) if "▁▁▁" in row)
    return rows[top + 1 : bottom]


def test_the_notes_field_shows_edits_rightly_while_redrawing_lines(tmp_path: Path, terminals):
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    # Truecolor, so a matched bracket's faint background shows in the capture.
    term = terminals(["--sessions-dir", str(folder), "demo"], env={"COLORTERM": "truecolor"})
    term.wait_for("Hjemmeplejen Nord")
    press(term, "F3")
    term.wait_for("Forberedelse")
    press(term, "C-n", "C-n")  # past the record of the meeting to the first prompt's notes
    term.wait_for("Det, der optager os mest", "Noter (")
    type_text(term, "tredje")
    press(term, "Home")
    type_text(term, LONG)
    press(term, "Enter", "Home", "Enter", "Up")
    type_text(term, "anden)")
    press(term, "S-Left", "S-Left", "Up", "End", "x", "Down", "Down", "Home", "BSpace")
    term.wait_for("anden)tredje")
    # A line joined to the one above: the rows below it moved up, none is left behind.
    rows = [row.strip(" ▊▎") for row in field_rows(term)]
    assert [row for row in rows if "tredje" in row] == ["anden)tredje"]

    press(term, "C-z")
    assert wait_until(lambda: "tredje" in field_rows(term)[3])
    second_line = field_rows(term, styles=True)[2]  # the cursor on the third
    press(term, "Up", "End")
    assert wait_until(lambda: field_rows(term, styles=True)[2] != second_line)  # the cursor's line
    first_row = field_rows(term, styles=True)[0]
    # The cursor onto ")": the "(" two rows up is shown as its match ...
    press(term, "Left")
    assert wait_until(lambda: field_rows(term, styles=True)[0] != first_row)
    # ... and cleared when the cursor moves off it.
    press(term, "Left")
    assert wait_until(lambda: field_rows(term, styles=True)[0] == first_row)
    # The cursor down a line: the one it left looks as before.
    press(term, "Down")
    assert wait_until(lambda: field_rows(term, styles=True)[2] == second_line)
