"""Forms that say what they do (issue 12, part 5), at 80x24: the own rating
shows both digits; the action dialog says what Escape leaves behind before
it is pressed, and a half-typed name in an action left unfinished is never
offered again; a Select's open list is closed in the interface's words."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from kompas_tui.domain.plan import Action
from kompas_tui.screens.action_editor import ActionEditor
from kompas_tui.screens.plan import PlanScreen
from kompas_tui.storage.session_file import load_session
from kompas_tui.widgets.footer import KompasFooter
from screen_tour import EVERY, arrive, make_app, screen_text

SIZE = (80, 24)
[GOALS] = [stop for stop in EVERY if stop.name == "goals"]
[PLAN] = [stop for stop in EVERY if stop.name == "plan"]


def flat(text: str) -> str:
    """The words on screen, without the dialog's side borders."""
    return " ".join(text.replace("│", " ").split())


def footer(app) -> str:
    return " ".join(f"{entry.shown} {entry.description}" for entry in app.screen.query_one(KompasFooter).entries)


async def test_the_own_rating_shows_both_digits(sessions_dir: Path):
    app = make_app(GOALS, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, GOALS)
        assert app.focused.id == "goal-0-own_rating"
        app.focused.value = ""
        await pilot.press("1", "0")
        await pilot.pause()
        assert "║  10" in screen_text(app)  # both digits inside the field's border
        assert "af 10" in screen_text(app)


async def test_escape_on_a_half_filled_action_is_said_first_and_its_name_is_not_offered(sessions_dir: Path):
    app = make_app(PLAN, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, PLAN)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ActionEditor)
        assert "Esc lukker uden at gemme noget" in flat(screen_text(app))
        await pilot.press(*"Frokost", "tab", *"Jonat")  # a name being typed, no deadline yet
        await pilot.pause()
        said = flat(str(app.screen.query_one("#edit-escape", Static).content))
        assert said.startswith(
            "Gemt, men mangler: en deadline, en opfølgningsansvarlig. Esc lukker; "
            "handlingen står så på planen som MANGLER"
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert "»Frokost« mangler en deadline" in flat(screen_text(app))  # as it said

        # The next action: "Jo" is not completed to the unfinished "Jonat", but
        # to a name of a complete action ("Jonas (AMR)").
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("tab", "J", "o")
        await pilot.pause()
        owner = app.screen.query_one("#edit-owner", Input)
        assert owner._suggestion == "Jonas (AMR)"
        assert "Jonat" not in flat(screen_text(app))
        await pilot.press("escape")
        await pilot.pause()
    saved = load_session(next(sessions_dir.glob("*.toml"))).plan.actions
    kept = [action for action in saved if action.what == "Frokost"]
    assert [(a.owner, a.deadline) for a in kept] == [("Jonat", None)]  # kept as typed, and said so


async def test_a_complete_action_says_saved(sessions_dir: Path):
    app = make_app(PLAN, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, PLAN)
        await pilot.press("enter")  # a3, complete
        await pilot.pause()
        assert isinstance(app.screen, ActionEditor)
        assert "Gemt. Esc lukker." in flat(screen_text(app))


async def test_an_open_list_in_a_form_is_closed_in_danish(sessions_dir: Path):
    app = make_app(PLAN, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, PLAN)
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#edit-effort").focus()
        await pilot.pause()
        await pilot.press("enter")  # the list opens
        await pilot.pause()
        assert "esc Luk listen" in footer(app) and "Dismiss" not in footer(app)
        assert "Dismiss" not in screen_text(app)


def test_action_gaps_name_what_an_entry_lacks():
    from kompas_tui.domain.plan import action_gaps

    assert action_gaps(Action(id="a1", theme="x")) == ["what", "owner", "deadline", "follow_up"]
    assert action_gaps(Action(id="a1", theme="x", what="Frokost", owner="Mette", follow_up=" ")) == [
        "deadline",
        "follow_up",
    ]


async def test_enter_in_a_one_line_field_goes_on_as_tab_does(sessions_dir: Path):
    """The forms' rule (screens/base.EnterMovesOn): Enter in the action
    dialog and on Mål moves to the field Tab moves to, and keeps the text."""
    app = make_app(PLAN, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, PLAN)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Frokost", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActionEditor) and app.focused.id == "edit-owner"
        assert app.screen.query_one("#edit-what", Input).value == "Frokost"
    app = make_app(GOALS, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, GOALS)
        assert app.focused.id == "goal-0-own_rating"
        await pilot.press("enter")
        await pilot.pause()
        by_enter = app.focused.id
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused.id == "goal-0-own_rating"
        await pilot.press("tab")
        await pilot.pause()
        assert by_enter != "goal-0-own_rating" and app.focused.id == by_enter
