"""SVG snapshots of the screens at 80x24, to catch layout regressions.

Update them after an intended change with `pytest tests/test_tui_snapshots.py
--snapshot-update`, and look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytest_textual_snapshot")

from pilot_tools import report_in_full  # noqa: E402
from screen_tour import STEPS, arrive, make_app  # noqa: E402

SIZE = (80, 24)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_report_screen(snap_compare, make_app, demo_handle, lang):
    # The lower part is mounted after the first paint: the scrollbar is the whole page's.
    assert snap_compare(make_app(demo_handle, lang=lang), terminal_size=SIZE, run_before=report_in_full)


def test_report_scrolled_to_zero_tolerance(snap_compare, make_app, demo_handle):
    assert snap_compare(
        make_app(demo_handle), press=["pagedown", "pagedown"], terminal_size=SIZE, run_before=report_in_full
    )


def test_help_on_the_report(snap_compare, make_app, demo_handle):
    assert snap_compare(make_app(demo_handle, lang="en"), press=["f1"], terminal_size=SIZE, run_before=report_in_full)


def test_start_screen_without_sessions(snap_compare, make_app, tmp_path, monkeypatch):
    # A relative folder, as by default: the start screen shows its name.
    monkeypatch.chdir(tmp_path)
    assert snap_compare(make_app(sessions_dir=Path("sessions")), terminal_size=SIZE)


#: The stops also pictured in the light look (often the better one on a
#: projector): one of each kind of screen the wall shows, tables and lists.
#: Every stop's light colours are checked for contrast in test_tui_contrast.py;
#: a picture of each in both looks cost the suite half a minute.
LIGHT_STOPS = ("report", "comparison", "voting-counted", "plan", "summary", "evaluation")
LOOKS = [(stop, "textual-dark") for stop in STEPS] + [
    (stop, "textual-light") for stop in STEPS if str(stop) in LIGHT_STOPS
]


@pytest.mark.parametrize("stop, theme", LOOKS, ids=lambda value: str(value))
def test_step_screen(snap_compare, tmp_path, stop, theme):
    """Every step screen as a meeting shows it, in the dark look, and the
    main kinds in the light look too."""
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    app = make_app(stop, folder)
    app.theme = theme

    async def steady(pilot) -> None:
        await arrive(app, pilot, stop)
        for field in app.screen.query("Input, TextArea"):
            field.cursor_blink = False  # a blinking cursor is caught on or off
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=steady)
