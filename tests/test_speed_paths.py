"""What keeps keys cheap and off the disk (issue 14), asserted on behaviour,
never on time: the session is written by the writer thread, a failed write
is told and written again, the quit still saves; a cursor move redraws the
lines that changed, not the list; an idle timer line sends nothing;
`kompas open` reads its file once. The numbers are in benchmarks/."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from pilot_tools import autosave, running_timers, wait_until

from kompas_tui.storage import session_file
from kompas_tui.storage.session_file import load_session

SIZE = (80, 24)


class Writes:
    """atomic_write in storage/session_file.py, recording the thread of each
    write and failing while `fail` is set."""

    def __init__(self, real) -> None:
        self.real = real
        self.threads: list[str] = []
        self.fail = False

    def __call__(self, path, data, mode, backup=True):
        self.threads.append(threading.current_thread().name)
        if self.fail:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return self.real(path, data, mode, backup=backup)


async def first_prompt(pilot) -> None:
    """F3, then past the record of the meeting (preparation, meeting) to the
    first prompt's notes."""
    from kompas_tui.widgets.dialog_notes import NotesArea

    await pilot.press("f3", "ctrl+n", "ctrl+n")
    await pilot.pause()
    assert isinstance(pilot.app.focused, NotesArea) and pilot.app.focused.id == "notes-2"


@pytest.fixture
def writes(monkeypatch) -> Writes:
    spy = Writes(session_file.atomic_write)
    monkeypatch.setattr(session_file, "atomic_write", spy)
    return spy


async def test_typed_notes_are_written_by_the_writer_thread_within_a_second(make_app, demo_handle, writes):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await first_prompt(pilot)
        await pilot.press(*"Vagtplan")
        await autosave(pilot)
        assert "Vagtplan" in demo_handle.path.read_text(encoding="utf-8")
        assert writes.threads and all(name.startswith("kompas-save") for name in writes.threads)
    assert "Vagtplan" in load_session(demo_handle.path).dialog.prompts[0].notes


async def test_a_failed_write_is_told_and_the_quit_still_saves(make_app, demo_handle, writes):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await first_prompt(pilot)
        writes.fail = True
        await pilot.press(*"Pauser")
        await autosave(pilot)
        told = "Kunne ikke gemme sessionen: disken er fuld."
        assert any(told in n.message for n in app._notifications)
        assert "Pauser" not in demo_handle.path.read_text(encoding="utf-8")
        writes.fail = False
        await pilot.press("ctrl+q")
    # The lock is released only after the last version is on disk.
    assert "Pauser" in load_session(demo_handle.path).dialog.prompts[0].notes
    assert not session_file.SessionLock(demo_handle.path, 0o600).path.exists()


def test_the_writer_writes_in_order(demo_handle):
    """A later version never loses to an earlier one still being written."""
    from kompas_tui.storage.session_writer import SessionWriter

    writer = SessionWriter()
    errors: list[OSError | None] = []
    for step in ("dialog", "voting", "plan"):
        demo_handle.session.step = step
        writer.write(demo_handle, errors.append)
    writer.close()
    assert errors == [None, None, None]
    saved = load_session(demo_handle.path)
    assert (saved.step, saved.updated) == ("plan", demo_handle.session.updated)


class Refreshes:
    def __init__(self, widget) -> None:
        self.calls: list[tuple] = []
        #: Whether each call asked for the screen to be laid out again.
        self.layouts: list[bool] = []
        real = widget.refresh

        def spy(*regions, **kwargs):
            self.calls.append(regions)
            self.layouts.append(bool(kwargs.get("layout")))
            return real(*regions, **kwargs)

        widget.refresh = spy


async def test_a_cursor_move_in_the_overview_redraws_two_rows_and_the_detail_line(make_app, sessions_dir, demo_handle):
    from kompas_tui.screens.overview import OverviewScreen
    from kompas_tui.widgets.overview_table import OverviewTable

    for n in range(3):
        session_file.new_session(demo_handle.session.report, sessions_dir, unit=f"Enhed {n}").close()
    app = make_app(start_on="overview")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, OverviewScreen) and app.screen.loaded)
        table = app.screen.query_one(OverviewTable)
        before = str(app.screen.query_one("#overview-detail", Static).render())
        refreshes = Refreshes(table)
        await pilot.press("down")
        assert table.cursor_row == 1
        assert refreshes.calls and all(len(regions) == 1 and regions[0].height == 1 for regions in refreshes.calls)
        assert str(app.screen.query_one("#overview-detail", Static).render()) != before


async def test_a_cursor_move_on_the_start_menu_redraws_two_options(make_app):
    from kompas_tui.widgets.quiet_option_list import QuietOptionList

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        menu = app.screen.query_one(QuietOptionList)
        refreshes = Refreshes(menu)
        line = app.screen.query_one("#start-enter", Static)
        said = Refreshes(line)
        await pilot.press("down")
        assert menu.highlighted == 1
        assert refreshes.calls and all(regions for regions in refreshes.calls)
        # What Enter does (said on the demo, nothing on the file entry) is
        # redrawn in its own lines: no layout of the screen.
        assert "Enter opretter" not in str(line.render())
        await pilot.press("up")
        assert "Enter opretter" in str(line.render())
        assert said.calls and not any(said.layouts) and line.display


async def test_a_typed_character_in_the_notes_redraws_its_line(make_app, demo_handle):
    from kompas_tui.widgets.dialog_notes import NotesArea

    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await first_prompt(pilot)
        notes = app.focused
        assert isinstance(notes, NotesArea)
        await pilot.press(*"Travlt")
        refreshes = Refreshes(notes)
        await pilot.press("x")
        assert notes.text.endswith("Travltx")
        assert refreshes.calls and all(len(regions) == 1 and regions[0].height == 1 for regions in refreshes.calls)


async def test_the_idle_timer_line_is_not_redrawn_every_second(make_app, demo_handle):
    from kompas_tui.widgets.dialog_timer import TimerLine

    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await first_prompt(pilot)
        await pilot.pause()
        line = app.screen.query_one("#item-2 TimerLine", TimerLine)
        updates: list[object] = []
        real = line.update
        line.update = lambda *args, **kwargs: (updates.append(args), real(*args, **kwargs))
        app.screen.tick()
        app.screen.tick()
        assert updates == []
        assert "10 min" in str(line.render())


def test_kompas_open_reads_the_file_once(demo_handle, sessions_dir, monkeypatch):
    from kompas_tui import cli_commands
    from kompas_tui.cli import main
    from kompas_tui.storage import problems

    path = Path(demo_handle.path)
    demo_handle.close()
    reads: list[object] = []
    real = problems.read_toml

    def counted(file, *args, **kwargs):
        reads.append(file)
        return real(file, *args, **kwargs)

    monkeypatch.setattr(session_file, "read_toml", counted)
    monkeypatch.setattr(cli_commands, "has_terminal", lambda: True)
    monkeypatch.setattr(cli_commands, "run_app", lambda args, profile, handle, warnings: handle.close() or 0)
    assert main(["--sessions-dir", str(sessions_dir), "open", str(path)]) == 0
    assert reads == [path]


async def test_opening_a_session_on_its_step_writes_nothing(make_app, demo_handle, writes):
    """Resuming at the step the session was left at is no change: the file
    is not written again right after opening (it was, a big file's whole save
    while the first screen painted)."""
    demo_handle.session.step = "dialog"
    demo_handle.save()
    writes.threads.clear()
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "DialogScreen"
        assert not running_timers(app, "autosave") and writes.threads == []

