"""What keeps the first screen and a table's lines small over a slow line
(issue 14), asserted on behaviour, never on time: the first screen goes
out once, whole (screens/first_paint.py); a table row is written in a few style
runs that look exactly as the many segments did (widgets/compact_lines.py).
The numbers are in benchmarks/first_paint.py and benchmarks/keypress.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.segment import Segment
from rich.style import Style
from textual._compositor import LayoutUpdate
from textual.app import App
from textual.strip import Strip

from pilot_tools import wait_until

from kompas_tui.storage import session_file
from kompas_tui.widgets.compact_lines import compact

SIZE = (80, 24)


class Frames:
    """Every frame Textual writes (App._display with something to show),
    and what the screen held when it was written."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.frames: list[tuple[object, str]] = []
        real = App._display

        def spy(app, screen, renderable):
            if renderable is not None:
                ids = ",".join(sorted(str(node.id) for node in screen.walk_children() if node.id))
                self.frames.append((renderable, ids))
            return real(app, screen, renderable)

        monkeypatch.setattr(App, "_display", spy)


async def painted(pilot) -> None:
    """Until the first screen has gone out, and a little after."""
    await wait_until(pilot, lambda: pilot.app.first_paint.out)
    await pilot.pause()


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> Frames:
    return Frames(monkeypatch)


async def test_the_report_goes_out_once_whole_with_what_lies_below_the_fold(make_app, demo_handle, frames):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await painted(pilot)
        await pilot.pause()
        assert app.screen.query("#report-rest") and app.screen.query("#chart")
        [(first, shown)] = frames.frames  # one frame, and nothing after it while idle
        assert isinstance(first, LayoutUpdate)  # the whole screen
        assert "report-rest" in shown and "chart" in shown


async def test_the_start_screen_goes_out_at_once_and_its_recent_sessions_in_one_more_frame(
    make_app, demo_handle, frames, monkeypatch
):
    """The menu goes out whole at once, saying the list is being read; the
    folder is read only after that (a worker loading sessions would hold the
    interpreter the first paint needs, and a slow folder would hold the
    screen), and the list, laid out in a few passes, comes as one whole
    frame, not one frame each."""
    import threading

    from kompas_tui.storage import session_file as files

    demo_handle.close()
    gate = threading.Event()
    real = files.recent_sessions
    read_after: list[int] = []

    def slow(*args, **kwargs):
        read_after.append(len(frames.frames))
        gate.wait(timeout=60)
        return real(*args, **kwargs)

    monkeypatch.setattr(files, "recent_sessions", slow)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await painted(pilot)
        assert frames.frames and isinstance(frames.frames[0][0], LayoutUpdate)  # the whole screen, at once
        assert "start-menu" in frames.frames[0][1]
        await wait_until(pilot, lambda: read_after)
        assert read_after[0] >= 1  # the folder was read after the first frame
        painted_frames = len(frames.frames)
        gate.set()
        await wait_until(pilot, lambda: app.screen.recent and not app.first_paint.held)
        await pilot.pause()
        assert app.screen.query_one("#start-menu").get_option_index("recent-1") is not None
        after = [frame for frame, _ in frames.frames[painted_frames:]]
        assert after and isinstance(after[0], LayoutUpdate)
        # Then only a part of the screen (a scrollbar drawn after its list), never the screen again.
        assert not any(isinstance(frame, LayoutUpdate) for frame in after[1:])


async def test_the_start_menu_keeps_its_first_entries_in_view_with_many_sessions(make_app, demo_handle, screen_text):
    """The recent list grows the menu after the cursor was put on its first
    session: the menu stays at its top ("d" was scrolled away above it)."""
    for n in range(9):
        session_file.new_session(demo_handle.session.report, demo_handle.path.parent, unit=f"Enhed {n}").close()
    demo_handle.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await painted(pilot)
        # The folder is read after the first frame: wait for the list, drawn.
        await wait_until(pilot, lambda: app.screen.recent and not app.first_paint.held, "the recent list")
        await pilot.pause()
        menu = app.screen.query_one("#start-menu")
        assert menu.highlighted == menu.get_option_index("recent-1")
        assert menu.scroll_offset.y == 0
        assert "d  Ny session fra demo-rapporten" in screen_text(app)


async def test_the_first_paint_waits_no_longer_than_its_limit(make_app, demo_handle, frames, monkeypatch):
    """A first screen that never says it is whole (here: the report never
    gets to its focus) is painted all the same when the limit has passed
    (here: when the test says so)."""
    from pilot_tools import fire

    from kompas_tui.screens.report import ReportScreen

    monkeypatch.setattr(ReportScreen, "_focus_and_fill", lambda self: None)
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.first_paint.held and not frames.frames
        await fire(pilot, "first-paint")
        await wait_until(pilot, lambda: frames.frames)
        assert not app.first_paint.held and isinstance(frames.frames[0][0], LayoutUpdate)


# -- compact lines ---------------------------------------------------------------

COLOURS = [None, "red", "#102030", "#e0e0e0"]
styles = st.builds(
    Style,
    color=st.sampled_from(COLOURS),
    bgcolor=st.sampled_from(COLOURS),
    bold=st.sampled_from([None, True]),
    underline=st.sampled_from([None, True]),
    reverse=st.sampled_from([None, True]),
    meta=st.sampled_from([None, {"row": 1, "column": 0}, {"row": 1, "column": 2}]),
)
segments = st.lists(
    st.builds(Segment, st.sampled_from([" ", "  ", "a", "ab c", "æ", ""]), st.one_of(st.none(), styles)),
    max_size=12,
)


def looks(strip: Strip) -> Iterator[tuple[str, object]]:
    """What each cell looks like: its character and the part of its style
    that shows (on a blank: its background and the lines drawn across it)."""
    for text, style, _ in strip:
        for char in text:
            if style is None:
                yield char, None
            elif char == " ":
                yield char, (style.bgcolor, style.underline, style.reverse, style.strike, style.overline)
            else:
                yield char, style.clear_meta_and_links()


@settings(max_examples=120, deadline=None)
@given(segments)
def test_compacted_lines_look_the_same_and_are_not_longer(parts):
    strip = Strip(parts)
    compacted = compact(strip)
    assert list(looks(compacted)) == list(looks(strip))
    assert compacted.cell_length == strip.cell_length
    assert len(list(compacted)) <= len(list(strip))


def test_a_row_in_one_look_is_one_run_and_a_blank_takes_its_neighbours_style():
    plain, bold, chip = Style(color="white", bgcolor="black"), Style(color="white", bgcolor="black", bold=True), Style(bgcolor="red")
    row = Strip([
        Segment(" Ledelse ", plain + Style(meta={"column": 0})),
        Segment(" ", plain + Style(meta={"column": 1})),
        Segment("45,0", bold),
        Segment("  ", bold),
        Segment(" rød ", chip),
        Segment(" 66,3 ", plain),
    ])
    assert [text for text, _, _ in compact(row)] == [" Ledelse  ", "45,0  ", " rød ", " 66,3 "]


async def test_a_report_row_is_written_in_few_style_runs(make_app, demo_handle):
    """A row of the theme table: name, score, colour word, numbers; 14
    segments before, one per look now."""
    from kompas_tui.widgets.theme_table import ThemeTable

    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await painted(pilot)
        table = app.screen.query_one(ThemeTable)
        header_runs = len(list(table.render_line(0)))
        row_runs = [len(list(table.render_line(y))) for y in range(2, 6)]
        assert header_runs == 1
        # plain, bold score, plain, colour word, plain, and a bold real change
        assert max(row_runs) <= 7
