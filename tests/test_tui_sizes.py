"""Sizes (issue 12, part 7): below 80x24 kompas says what it needs instead
of cutting values; at 200x50 the tables keep their numbers beside their
names; at 80 columns the comparison's theme names fit one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import notes_for
from kompas_tui.storage.session_file import load_session
from kompas_tui.widgets.size_notice import SizeNotice, too_small
from kompas_tui.widgets.line_table import MAX_NAME_WIDTH
from pilot_tools import autosave, settle_workers, wait_until
from screen_tour import EVERY, arrive, make_app
from screen_tour import screen_text as tour_screen

SMALL = (60, 20)
SIZE = (80, 24)


def flat(text: str) -> str:
    return " ".join(text.split())


async def resize(pilot, width: int, height: int) -> None:
    """The terminal is now `width`x`height`, and the screen has seen it
    (Textual takes in a resize on a timer of its own)."""
    app = pilot.app
    await pilot.resize_terminal(width, height)
    await wait_until(
        pilot,
        lambda: tuple(app.size) == (width, height) and bool(app.screen.query(SizeNotice)) == too_small(app.size),
        f"the screen at {width}x{height}",
    )
    await pilot.pause()


async def open_notes(pilot) -> None:
    """F3 and on to the first discussion prompt, whose notes have the focus."""
    await pilot.press("f3")
    await pilot.pause()
    await pilot.press("ctrl+n", "ctrl+n")
    await pilot.pause()


async def test_below_80x24_a_notice_says_what_is_needed_and_nothing_is_lost(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_notes(pilot)
        await pilot.press(*"Vi skal")
        await resize(pilot, *SMALL)
        text = flat(screen_text(app))
        assert "Vinduet er for lille" in text
        assert "kompas skal bruge mindst 80×24 tegn; dette vindue er 60×20." in text
        assert "Intet er tabt" in text and "ctrl+q gemmer og afslutter." in text
        # Nothing of the screen under it shows through, not half a value.
        assert "Noter" not in text and "Vi skal" not in text
        # Keys do not reach the hidden screen: no typing, no step key, no palette.
        await pilot.press(*" drøfte", "f4", "ctrl+p", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "DialogScreen"
        # The session stays open and autosave goes on under the notice.
        await autosave(pilot)
        assert notes_for(load_session(demo_handle.path).dialog, "concerns") == "Vi skal"

        # Grown back: the screen as it was, focus in the notes, typing lands there.
        await resize(pilot, *SIZE)
        text = screen_text(app)
        assert "Vinduet er for lille" not in text and "Vi skal" in text
        assert not app.screen.query(SizeNotice)
        await pilot.press(*" nu")
        await pilot.pause()
        assert "Vi skal nu" in screen_text(app)

        # Small again: ctrl+q still saves and quits.
        await resize(pilot, 79, 24)
        assert "dette vindue er 79×24" in flat(screen_text(app))
        await pilot.press("ctrl+q")
    assert not app.is_running
    assert notes_for(load_session(demo_handle.path).dialog, "concerns") == "Vi skal nu"


async def test_the_notice_in_english_on_a_short_terminal_and_over_a_dialog(make_app, handles, sessions_dir, screen_text):
    from kompas_tui.demo import demo_report

    app = make_app(handles(demo_report(), sessions_dir, "en"), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        await resize(pilot, 100, 23)
        text = flat(screen_text(app))
        assert "The window is too small" in text
        assert "kompas needs at least 80×24 characters; this window is 100×23." in text
        assert "Nothing is lost" in text and "ctrl+q saves and quits." in text
        assert "Vinduet" not in text
        await resize(pilot, 100, 30)
        assert "too small" not in screen_text(app)
        assert type(app.screen).__name__ == "HelpScreen"


async def test_started_in_a_small_terminal_the_notice_is_there_from_the_start(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SMALL) as pilot:
        await wait_until(pilot, lambda: app.screen.query(SizeNotice), "the notice")
        await pilot.pause()
        assert "dette vindue er 60×20" in flat(screen_text(app))
        await resize(pilot, *SIZE)
        text = screen_text(app)
        assert "for lille" not in text and "Samlet score" in text


# -- 200x50: the tables keep their columns together ------------------------------------

WIDE = (200, 50)
#: The most columns between the end of the longest name and the first number
#: of a row: the next column's padding and a one-digit number right-aligned
#: under a title of up to 8 letters ("Prikker").
NEAR = 12


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "sessions"
    path.mkdir(mode=0o700)
    return path


async def wide_screen(stop_name: str, folder: Path) -> str:
    """The page of the tour's stop at 200x50, top to bottom."""
    stop = next(stop for stop in EVERY if stop.name == stop_name)
    app = make_app(stop, folder)
    async with app.run_test(size=WIDE) as pilot:
        await arrive(app, pilot, stop)
        await settle_workers(pilot)
        return tour_screen(app)


def first_number_gaps(text: str, names: list[str]) -> dict[str, int]:
    """For each name, on the first line that has it: how far after the end
    of the longest name (where the name column ends at the least) the row's
    first number starts."""
    longest = max(len(name) for name in names)
    gaps = {}
    for name in names:
        line = next(line for line in text.splitlines() if name in line)
        start = line.index(name)
        number = re.search(r"\d", line[start + len(name) :])
        assert number is not None, line
        gaps[name] = start + len(name) + number.start() - (start + longest)
    return gaps


#: The demo's themes with scores in the report's and the comparison's tables.
THEMES = [
    "Trivsel og arbejdsglæde", "Meningsfuldt arbejde", "Samarbejde med kolleger", "Indflydelse på arbejdsdagen",
    "Nærmeste leder", "Arbejdsmængde og tempo", "Følelsesmæssige krav", "Kompetencer og udvikling",
    "Forudsigelighed", "Tillid og retfærdighed",
]


@pytest.mark.parametrize("stop", ["report", "comparison", "voting-counted"])
async def test_at_200_columns_the_numbers_stay_beside_the_theme_names(stop, folder):
    text = await wide_screen(stop, folder)
    names = THEMES if stop != "voting-counted" else ["Meningsfuldt arbejde", "Trivsel og arbejdsglæde"]
    gaps = first_number_gaps(text, names)
    assert max(gaps.values()) <= NEAR, gaps


async def test_at_200_columns_the_chart_and_the_lists_stay_together(folder):
    report = await wide_screen("report", folder)
    chart = [line for line in report.splitlines() if line.startswith(" Nærmeste leder ") and "█" in line]
    # A bar is at most 50 cells: the score is within 90 columns, not at 190.
    assert chart and chart[0].index("45,0") < 90, chart
    summary = await wide_screen("summary", folder)
    first = next(line for line in summary.splitlines() if "Gennemgå proceduren for trusler" in line)
    assert first.index("Mette") - first.index("trusler") - len("trusler") <= NEAR, first
    for stop, after in (("review", "26-11-2026"), ("overview", "gul")):
        line = next(line for line in (await wide_screen(stop, folder)).splitlines() if after in line and "Hjemmeplejen" in line)
        assert line.startswith(" Hjemmeplejen Nord ") and line.index(after) <= MAX_NAME_WIDTH + 4, line
    session = await wide_screen("review-session", folder)
    row = next(line for line in session.splitlines() if line.startswith(" Indflydelse på arbejdsdagen "))
    assert row.index("55,0") <= len(" Indflydelse på arbejdsdagen") + 20, row


# -- 80x24: a wrong date and the record's notes ------------------------------------------


async def test_a_sentence_in_a_date_field_says_so_on_one_line_and_moves_nothing(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert app.focused.parent.id == "prep-date"
        below = app.screen.query_one("#prep-by")
        where = below.region
        await pilot.press(*"Vi skal drøfte det")
        await pilot.pause()
        lines = [line for line in screen_text(app).splitlines() if "Ikke gemt" in line]
        assert len(lines) == 1 and lines[0].rstrip().endswith("Ikke gemt: ikke en dato"), lines
        assert below.region == where  # the field below did not move

        # Tab on to the notes: the item's place and title stay in view.
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert app.focused.id == "prep-notes"
        text = screen_text(app)
        assert "Punkt 1 af 9" in text and "Forberedelse i TRIO/MED (trin 2)" in text
        assert "Noter fra forberedelsen" in text


@pytest.mark.parametrize("size, one_line", [((160, 40), True), ((80, 24), False)])
async def test_who_does_what_gives_a_full_name_its_line_when_there_is_room(size, one_line, folder):
    """Opsummering's name columns are 10 wide at 80 columns ("what" keeps
    its room) and take a full name with a role on a wide screen, also after
    the window is made wider."""
    stop = next(stop for stop in EVERY if stop.name == "summary")
    app = make_app(stop, folder)
    app.store.session.plan.actions[0].owner = "Mette Hansen (leder)"
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, stop)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        rows = tour_screen(app).splitlines()
    assert any("Mette Hansen (leder)" in row for row in rows) is one_line, "\n".join(rows)
    assert any("Gennemgå proceduren for" in row for row in rows)
