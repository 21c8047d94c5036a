"""What kompas relies on in Textual beyond its documented API, checked so
that a Textual upgrade fails here, loudly and by name, not somewhere on a
screen (docs/architecture.md, "Layers").

kompas uses Textual's public API, except in three places where it does not
reach: `widgets/option_lines.py` (where an OptionList's options are drawn,
to redraw one option and not the list), `screens/commands.py` (the
palette's "no matches" in the interface language) and `screens/first_paint.py`
(`App._display`, where a frame is written, held until the first screen is
whole; a `LayoutUpdate` is the whole screen). The tests of those
assert that the private parts exist and behave as kompas uses them. The
rest checks the public-API replacements of earlier private uses.
"""

from __future__ import annotations

import inspect

from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.content import Content
from textual.geometry import Region
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

from kompas_tui.widgets.option_lines import redraw_option, set_prompt_quietly
from kompas_tui.widgets.quiet_cells import QuietCells


class RecordedRepaints:
    """Below the class under test: records every repaint that reaches Textual."""

    repaints: list[tuple[Region, ...]]

    def refresh(self, *regions: Region, **options):
        self.__dict__.setdefault("repaints", []).append(regions)
        return super().refresh(*regions, **options)


def whole_repaints(widget: RecordedRepaints) -> list[tuple[Region, ...]]:
    return [regions for regions in widget.repaints if not regions]


class Table(QuietCells, RecordedRepaints, DataTable[str]):
    pass


class Listed(RecordedRepaints, OptionList):
    pass


class One(App[None]):
    def __init__(self, widget, fill=None) -> None:
        super().__init__()
        self.widget, self.fill = widget, fill

    def compose(self) -> ComposeResult:
        yield self.widget

    def on_mount(self) -> None:
        if self.fill is not None:
            self.fill(self.widget)


def shown(app: App[None]) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_a_cell_update_repaints_that_cell_alone_and_shows_the_value():
    def fill(table: Table) -> None:
        table.add_columns("name", "dots")
        for row in range(5):
            table.add_row(f"theme {row}", str(row), key=str(row))

    table = Table()
    app = One(table, fill)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        table.repaints.clear()
        table.update_cell("3", table.ordered_columns[1].key, "42")
        await pilot.pause()
        assert whole_repaints(table) == [] and table.repaints, table.repaints
        assert table.get_row("3") == ["theme 3", "42"]
        assert "theme 3  42" in shown(app).replace("   ", "  ")


async def test_a_cell_update_that_changes_the_width_lays_the_table_out_again():
    def fill(table: Table) -> None:
        table.add_column("dots", key="dots")
        table.add_row("1", key="a")

    table = Table()
    app = One(table, fill)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        table.update_cell("a", "dots", "a much wider value", update_width=True)
        await pilot.pause()
        assert "a much wider value" in shown(app)


def options() -> list[Option | None]:
    return [Option("one", id="one"), None, Option(Content("two\nlines"), id="two"), Option("three", id="three")]


async def test_option_list_keeps_where_each_option_is_drawn():
    """`option_lines.py` reads `_index_to_line` and `_heights`: the first
    line of each option and its lines (a divider below counts as one)."""
    listed = Listed(*options())
    app = One(listed)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert dict(listed._index_to_line) == {0: 0, 1: 2, 2: 4}
        assert dict(listed._heights) == {0: 2, 1: 2, 2: 1}


async def test_a_prompt_swapped_quietly_is_shown_with_only_its_lines_repainted():
    listed = Listed(*options())
    app = One(listed)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert "three" in shown(app)
        listed.repaints.clear()
        set_prompt_quietly(listed, 2, "THREE")
        redraw_option(listed, 9)  # past the end: nothing
        await pilot.pause()
        assert listed.get_option_at_index(2).prompt == "THREE"
        assert "THREE" in shown(app) and "three" not in shown(app)
        assert whole_repaints(listed) == []
        assert [region.height for (region,) in listed.repaints] == [1]


def test_the_palette_still_says_no_matches_where_kompas_says_it_in_danish():
    """`screens/commands.KompasPalette` replaces the method that writes
    "No matches found" and uses what it uses."""
    start = CommandPalette._start_no_matches_countdown
    assert list(inspect.signature(start).parameters) == ["self", "search_value"]
    assert "No matches found" in inspect.getsource(start)
    assert callable(CommandPalette._stop_no_matches_countdown)
    assert isinstance(CommandPalette._NO_MATCHES, str) and CommandPalette._NO_MATCHES_COUNTDOWN > 0
    source = inspect.getsource(CommandPalette)
    assert "self._no_matches_timer" in source and "_list_visible: var[bool]" in source


class Framed(App[None]):
    """Records what reaches `App._display` (as KompasApp's override sees it)."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: list[object] = []

    def _display(self, screen, renderable) -> None:
        if renderable is not None:
            self.frames.append(renderable)
        super()._display(screen, renderable)


async def test_every_frame_passes_app_display_and_a_screen_refresh_is_a_whole_screen_frame():
    from textual._compositor import LayoutUpdate

    app = Framed()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert app.frames and isinstance(app.frames[0], LayoutUpdate)
        app.frames.clear()
        app.screen.refresh()
        await pilot.pause()
        assert [type(frame) for frame in app.frames] == [LayoutUpdate]
