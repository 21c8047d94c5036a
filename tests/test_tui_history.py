"""The history in the app at 80x24 (docs/history.md): quitting, leaving a
session, closing a round and exporting commit the session in a folder that
is a git repository, off the UI thread; a failing commit is said once on
screen and the file is saved as always; `l` in Gennemsyn lists the
session's history, Enter shows one version read-only, as it was."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from history_repos import add, break_git_writes, git, isolated_git_home, needs_git, new_unit, subjects  # noqa: F401
from kompas_tui.screens.evaluation import EvaluationScreen
from kompas_tui.screens.history import HistoryScreen, HistoryTable
from kompas_tui.screens.review import ReviewScreen
from kompas_tui.screens.review_session import ReviewSessionScreen
from kompas_tui.screens.round_offer import RoundQuestion
from kompas_tui.storage.history import checkpoint
from kompas_tui.storage.session_file import load_session, open_session
from test_tui_summary import summary_handle
from pilot_tools import PATIENCE, checkpoints_made

pytestmark = needs_git

SIZE = (80, 24)
WORKSHOP = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"
LATER = dt.date(2027, 1, 20)


@pytest.fixture
def kept(sessions_dir: Path) -> Path:
    """The app's sessions folder as a git repository, with a name for the author."""
    git(sessions_dir, "init", "-q", "-b", "main")
    git(sessions_dir, "config", "user.name", "Mette Hansen")
    return sessions_dir




def flat(text: str) -> str:
    return " ".join(text.split())


async def test_closing_a_round_and_quitting_are_checkpoints(kept, make_app):
    path = kept / "hjemmeplejen-nord-2026-11-26.toml"
    shutil.copyfile(WORKSHOP, path)
    path.chmod(0o600)
    checkpoint(path, "quit")  # the workshop, as it was left
    handle = open_session(path)
    app = make_app(handle, today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RoundQuestion)
        await pilot.press("enter")  # start round 1
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        await pilot.press("x")
        await pilot.press("enter")  # close it
        await pilot.pause()
        assert await checkpoints_made(app)
        assert subjects(kept)[0] == "Evaluering: runde 1 startet 20. jan. 2027; runde 1 afsluttet 20. jan. 2027"
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("enter")  # reopened: the next checkpoint is the quit
        await pilot.pause()
        assert app.store.session.rounds[0].closed is None
    assert app.checkpoints.drain(PATIENCE)
    assert subjects(kept)[0] == "Evaluering: runde 1 genåbnet"
    assert git(kept, "log", "-1", "--format=%an").strip() == "Mette Hansen"
    assert "Kompas-Checkpoint: quit" in git(kept, "log", "-1", "--format=%B")
    assert handle.read_only or not (path.with_name(path.name + ".lock")).exists()  # released after the commit


async def test_leaving_a_session_for_another_commits_the_one_left(kept, make_app):
    first, second = new_unit(kept, "Enhed A"), new_unit(kept, "Enhed B")
    second.close()
    app = make_app(first)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.store.update(plan=first.session.plan.model_copy(update={"next_follow_up": dt.date(2027, 3, 1)}))
        app.open_session_file(second.path)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store.handle.path == second.path
        assert await checkpoints_made(app)
        assert git(kept, "log", "-1", "--format=%s|%B").startswith(
            "Session: første version i historikken (Enhed A)|"
        )
        assert "Kompas-Checkpoint: leave" in git(kept, "log", "-1", "--format=%B")
        # The lock was released once the commit was made: A opens writable.
        again = open_session(first.path)
        assert not again.read_only
        again.close()
    app.checkpoints.drain(PATIENCE)


async def test_an_export_is_a_checkpoint(kept, handles, make_app):
    handle = summary_handle(handles, kept)
    app = make_app(handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert await checkpoints_made(app)
        body = git(kept, "log", "-1", "--format=%B")
    assert "Kompas-Checkpoint: export" in body
    assert git(kept, "ls-tree", "--name-only", "HEAD").split() == [handle.path.name]  # not the minutes


async def test_a_failing_commit_is_said_once_and_the_session_is_saved(kept, handles, make_app, screen_text):
    handle = summary_handle(handles, kept)
    break_git_writes(kept)
    app = make_app(handle)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await app.workers.wait_for_complete()
        assert await checkpoints_made(app)
        assert app.store.update(plan=app.store.session.plan.model_copy(update={"next_follow_up": dt.date(2027, 4, 1)}))
        app.checkpoint("export")
        assert await checkpoints_made(app)
        await pilot.pause()
        said = [n.message for n in app._notifications if "Historikken blev ikke opdateret" in n.message]
        assert len(said) == 1 and said[0].endswith("Sessionen er gemt som altid.")
        assert "Historikken blev ikke opdateret" in flat(screen_text(app))
    assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 4, 1)


async def test_a_folder_without_history_is_left_alone(sessions_dir, make_app):
    handle = new_unit(sessions_dir)
    app = make_app(handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.checkpoint("export")
    assert app.checkpoints.drain(PATIENCE)
    assert not (sessions_dir / ".git").exists() and app.checkpoints.made == []


async def test_l_in_gennemsyn_lists_the_history_and_enter_shows_a_version(kept, make_app, screen_text):
    handle = new_unit(kept)
    add(handle, "Mette", dt.date(2027, 1, 15), what="Fast morgenmøde")
    checkpoint(handle.path, "quit")
    add(handle, "[bold]Ole\x1b[31m", what="Ny tavle")
    checkpoint(handle.path, "round_closed")
    handle.close()
    app = make_app(start_on="review")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("down", "l")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert "Historik  hjemmeplejen-nord" in text and "2 versioner, nyeste først" in text
        assert "Handleplan: a2 tilføjet ([bold]Ole␛[31m)" in flat(text)
        assert "\x1b" not in text
        await pilot.press("down")
        assert "Session: første version i historikken (Hjemmeplejen Nord); 1 handling" in str(
            app.screen.query_one("#history-current", Static).content
        )
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewSessionScreen) and app.screen.is_version
        text = flat(screen_text(app))
        assert "Historik · version fra" in text and "Mette Hansen" in text
        assert "Fast morgenmøde" in text and "Ny tavle" not in text  # as it was then
        assert app.screen.check_action("export", ()) is False and app.screen.check_action("take_over", ()) is False
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.query_one(HistoryTable).cursor_row == 1


async def test_l_on_a_folder_without_history_says_so(sessions_dir, make_app, screen_text):
    new_unit(sessions_dir).close()
    app = make_app(start_on="review", lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "l")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#history-status", Static).content)
    assert "the folder keeps no history (not a git repository; see docs/history.md)" in status
