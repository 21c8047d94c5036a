"""Handleplan at 80x24: actions added, edited and deleted by keyboard with
hostile text and Danish dates, the completeness check, the zero-tolerance
point, the effort/benefit 2×2, names offered again, and a read-only
session that refuses."""

from __future__ import annotations

import datetime as dt

import pytest
from textual import events
from textual.widgets import Input, Static

from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Action
from kompas_tui.i18n import catalog
from kompas_tui.screens.action_editor import ActionEditor
from kompas_tui.screens.confirm_delete import ConfirmDelete
from kompas_tui.screens.effort_benefit import EffortBenefit
from kompas_tui.screens.goals import GoalsScreen
from kompas_tui.screens.plan import PlanScreen
from kompas_tui.storage.session_file import load_session, open_session
from kompas_tui.widgets.plan_list import PlanList
from pilot_tools import autosave

SIZE = (80, 24)
WORKLOAD = "Arbejdsmængde og tempo"
LEADER = "Nærmeste leder"
HOSTILE_WHAT = "[/ Færre afbrydelser [/] [bold]x [/"


def flat(text: str) -> str:
    return " ".join(text.split())


def quick(app):
    """No smooth scrolling: the same screens, reached without waiting for animations."""
    app.animation_level = "none"
    return app


def choose(handle, *themes: str, actions: tuple[Action, ...] = ()) -> None:
    """The group chose `themes` in the vote (and has these actions)."""
    session = handle.session
    session.voting = session.voting.model_copy(update={"chosen": list(themes)})
    if actions:
        numbers = [int(a.id[1:]) for a in actions]
        session.plan = session.plan.model_copy(update={"actions": list(actions), "last_action_number": max(numbers)})


def plan_text(app, selector: str) -> str:
    return flat(str(app.screen.query_one(selector, Static).content))


async def to_plan(pilot) -> PlanScreen:
    await pilot.press("f6")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PlanScreen)
    return screen


async def highlight(pilot, option_id: str) -> None:
    plan_list = pilot.app.screen.query_one(PlanList)
    plan_list.focus()
    plan_list.select_id(option_id)
    await pilot.pause()


async def type_in(pilot, text: str) -> None:
    await pilot.press(*text)


async def paste(pilot, text: str) -> None:
    """Paste `text` into the focused field (typing every character
    through Pilot is slow)."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def test_two_actions_with_hostile_text_and_danish_dates_then_one_edited(demo_handle, make_app, screen_text):
    choose(demo_handle, WORKLOAD, LEADER)
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        assert isinstance(app.focused, PlanList)
        # Down from the zero-tolerance group to "+ Tilføj handling" under the workload theme.
        await pilot.press("down", "enter")
        assert isinstance(app.screen, ActionEditor)
        await type_in(pilot, "[/")
        await paste(pilot, HOSTILE_WHAT[2:] + " 😀")
        await pilot.press("tab")
        await paste(pilot, "Mette Ø")
        await pilot.press("tab")
        await type_in(pilot, "24.12.2026")  # typed: it passes "24-1" (January) on the way
        assert "= 24. dec. 2026" in flat(screen_text(app))
        await pilot.press("tab")
        await paste(pilot, "Jens [/")
        await pilot.press("tab")
        await paste(pilot, "Ring \x1b[31m HR")
        await pilot.press("ctrl+j")
        assert isinstance(app.screen, PlanScreen)

        # The second one goes to the group the cursor is in (after a1, the workload theme).
        await pilot.press("a")
        assert isinstance(app.screen, ActionEditor)
        await paste(pilot, "Tavlemøde [red]hver[/red] uge")
        await pilot.press("tab")
        await type_in(pilot, "me")
        await pilot.press("right")  # takes the name offered
        await pilot.press("tab")
        await paste(pilot, "2-1-27")
        await pilot.press("ctrl+j")
        await autosave(pilot)  # in the file within a second, without quitting
        saved = load_session(demo_handle.path).plan
        assert [(a.id, a.theme) for a in saved.actions] == [("a1", WORKLOAD), ("a2", WORKLOAD)]

        text = flat(screen_text(app))
        assert "a1 [/ Færre afbrydelser [/] [bold]x [/ 😀" in text
        assert "Deadline: 24. dec. 2026 · Følges op af: Jens" in text
        assert "Ring ␛[31m HR" in text  # the escape is shown, never obeyed

        # Edit a1: a new deadline, effort and benefit.
        await highlight(pilot, "action:a1")
        await pilot.press("enter")
        assert isinstance(app.screen, ActionEditor)
        assert app.screen.query_one("#edit-what", Input).value == HOSTILE_WHAT + " 😀"
        await pilot.press("tab", "tab")  # what → owner → deadline (all of it selected)
        await paste(pilot, "15-01-2027")
        await pilot.press("tab", "tab", "tab")  # → follow-up → first step → effort
        await pilot.press("enter", "down", "enter")  # effort: lav
        await pilot.press("tab", "enter", "down", "down", "down", "enter")  # benefit: høj
        await pilot.press("escape")
        assert isinstance(app.screen, PlanScreen)
        assert "Deadline: 15. jan. 2027" in flat(screen_text(app))
    # Quitting saves what is pending.
    first, second = load_session(demo_handle.path).plan.actions
    assert first.what == HOSTILE_WHAT + " 😀"
    assert first.first_step == "Ring \x1b[31m HR"
    assert (first.owner, first.follow_up) == ("Mette Ø", "Jens [/")
    assert (first.deadline, first.effort, first.benefit) == (dt.date(2027, 1, 15), "low", "high")
    assert (second.what, second.owner, second.deadline) == (
        "Tavlemøde [red]hver[/red] uge",
        "Mette Ø",
        dt.date(2027, 1, 2),
    )


async def test_a_wrong_deadline_says_why_and_is_not_saved(demo_handle, make_app, screen_text):
    choose(demo_handle, WORKLOAD)
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await to_plan(pilot)
        await pilot.press("a")
        await paste(pilot, "Pauser")
        await pilot.press("tab", "tab")
        await paste(pilot, "31-02-2027")
        feedback = plan_text(app, "#edit-deadline .date-feedback")
        # A few words beside the field; the whole sentence when the dialog closes.
        assert feedback == "Ikke gemt: kun 28 dage i februar"
        assert "Ikke gemt: kun 28 dage i februar" in flat(screen_text(app))
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert "Deadline blev ikke gemt" in flat(screen_text(app))
        assert "februar 2027 har kun 28 dage" in list(app._notifications)[-1].message
    action = load_session(demo_handle.path).plan.actions[0]
    assert action.what == "Pauser" and action.deadline is None


async def test_completeness_names_what_is_missing_and_the_zero_tolerance_record_answers_it(
    demo_handle, make_app, screen_text
):
    choose(demo_handle, WORKLOAD)
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        screen = await to_plan(pilot)
        assert "Planen er ikke komplet" in flat(screen_text(app))
        missing = plan_text(app, "#plan-missing")
        assert "Nultolerancepunktet er ikke besvaret" in missing
        assert f"Temaet »{WORKLOAD}« har ingen handling" in missing
        assert "Planen mangler en dato for næste opfølgning." in missing

        # An action with only "what": no owner, no deadline.
        await highlight(pilot, "add:1")
        await pilot.press("enter")
        await paste(pilot, "Kortere [møder]")
        await pilot.press("escape")
        await pilot.pause()
        missing = plan_text(app, "#plan-missing")
        assert "Handling a1 »Kortere [møder]« mangler en ansvarlig." in missing
        assert "Handling a1 »Kortere [møder]« mangler en deadline." in missing
        assert "har ingen handling" not in missing
        assert "Nultolerancepunktet er IKKE besvaret endnu." in plan_text(app, "#zt-status")

        # Tab from the list to the record of how the point is handled, then its date.
        screen.query_one(PlanList).focus()
        await pilot.press("tab")
        assert app.focused.id == "zt-text"
        await paste(pilot, "Drøftet i MED [/] efter politikken")
        await pilot.pause()
        assert "mangler en dato" in plan_text(app, "#plan-missing")  # a text alone is not enough
        await pilot.press("tab")
        await type_in(pilot, "26-11-2026")
        await pilot.press("tab")  # leaving the field passes the date on at once
        await paste(pilot, "1/3/2027")  # the next follow-up
        await pilot.press("shift+tab")
        await pilot.pause()
        missing = plan_text(app, "#plan-missing")
        assert "Nultolerance" not in missing
        assert "næste opfølgning" not in missing
        assert "Nultolerancepunktet er besvaret." in plan_text(app, "#zt-status")
    plan = load_session(demo_handle.path).plan
    assert plan.zero_tolerance.text == "Drøftet i MED [/] efter politikken"
    assert plan.zero_tolerance.recorded == dt.date(2026, 11, 26)
    assert plan.next_follow_up == dt.date(2027, 3, 1)


async def test_an_action_on_the_zero_tolerance_point_answers_it(demo_handle, make_app):
    choose(demo_handle, WORKLOAD)
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        # The cursor starts in the zero-tolerance group.
        await pilot.press("a")
        await paste(pilot, "Gennemgå politikken på personalemødet")
        await pilot.press("escape")
        await pilot.pause()
        assert "Nultolerance" not in plan_text(app, "#plan-missing")
    action = load_session(demo_handle.path).plan.actions[0]
    assert action.theme == ZERO_TOLERANCE_THEME


async def test_the_2x2_puts_each_action_in_its_quadrant(demo_handle, make_app, screen_text):
    def act(number: int, effort: str | None, benefit: str | None) -> Action:
        return Action(id=f"a{number}", theme=WORKLOAD, what=f"ting {number} [/]", effort=effort, benefit=benefit)

    choose(
        demo_handle,
        WORKLOAD,
        actions=(
            act(1, "low", "high"),
            act(2, "high", "high"),
            act(3, "low", "low"),
            act(4, "high", "low"),
            act(5, "medium", "medium"),
            act(6, None, "high"),
        ),
    )
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        await pilot.press("m")
        assert isinstance(app.screen, EffortBenefit)
        cells = {
            key: plan_text(app, f"#quadrant-{key}")
            for key in ("quick_win", "big_bet", "fill_in", "reconsider", "unrated")
        }
        assert "Lavthængende frugter" in flat(screen_text(app))
        await pilot.press("escape")
        assert isinstance(app.screen, PlanScreen)
    expected = {"quick_win": {1}, "big_bet": {2, 5}, "fill_in": {3}, "reconsider": {4}, "unrated": {6}}
    for key, numbers in expected.items():
        for number in range(1, 7):
            assert (f"a{number} ting {number} [/]" in cells[key]) == (number in numbers), (key, number)


async def test_names_of_complete_actions_are_offered_again(demo_handle, make_app, screen_text):
    choose(
        demo_handle,
        WORKLOAD,
        actions=(
            Action(id="a1", theme=WORKLOAD, what="x", owner="Mette Ø", follow_up="Jens [/", deadline=dt.date(2027, 1, 5)),
        ),
    )
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        await pilot.press("a")
        assert "Navne fra planen: Jens [/, Mette Ø" in flat(screen_text(app))
        await pilot.press("tab")
        await type_in(pilot, "je")
        assert "Jens [/" in flat(screen_text(app))  # the offer, shown in the field
        await pilot.press("right")
        assert app.focused.value == "Jens [/"
        # A name being typed here is not offered (it may be half of one):
        # names come from the plan's complete actions only.
        app.focused.value = ""
        await paste(pilot, "Åse")
        await pilot.press("tab", "tab")
        await type_in(pilot, "å")
        await pilot.press("right")
        assert app.focused.id == "edit-follow_up" and app.focused.value == "å"


async def test_delete_asks_first(demo_handle, make_app):
    choose(
        demo_handle,
        WORKLOAD,
        actions=(Action(id="a1", theme=WORKLOAD, what="en"), Action(id="a2", theme=WORKLOAD, what="to")),
    )
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        await highlight(pilot, "action:a1")
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDelete)
        await pilot.press("enter")  # the focus is on "keep": Enter alone never deletes
        assert isinstance(app.screen, PlanScreen)
        await pilot.press("d", "n")
        await pilot.pause()
        assert [a.id for a in app.store.session.plan.actions] == ["a1", "a2"]
        await pilot.press("d", "j")
        await pilot.pause()
        assert app.screen.query_one(PlanList).current_id == "action:a2"
    assert [a.id for a in load_session(demo_handle.path).plan.actions] == ["a2"]


async def test_f_goes_to_who_follows_up_the_plan(demo_handle, make_app, screen_text):
    choose(demo_handle, WORKLOAD)
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        footer = flat("\n".join(screen_text(app).splitlines()[-2:]))
        assert "f Følges op af" in footer
        # Typed in one go: f moves the focus, the name lands in the field.
        await pilot.press(*"fMette f")
        await pilot.pause()
        assert app.focused.id == "follow-up-by" and app.focused.value == "Mette f"
        text = screen_text(app)
        assert "Hvem følger op på handleplanen?" in text and "Mette f" in text
        await pilot.press("backspace", "backspace")
        await autosave(pilot)
    assert load_session(demo_handle.path).plan.follow_up_by == "Mette"


async def test_read_only_refuses(demo_handle, make_app, screen_text):
    choose(demo_handle, WORKLOAD, actions=(Action(id="a1", theme=WORKLOAD, what="en"),))
    demo_handle.save()
    second = open_session(demo_handle.path)
    assert second.read_only
    before = demo_handle.path.read_bytes()
    app = quick(make_app(second))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await highlight(pilot, "action:a1")
        for key in ("a", "enter", "d"):
            await pilot.press(key)
            assert isinstance(app.screen, PlanScreen), key
        await pilot.pause()
        text = flat(screen_text(app))
        # Said on top; and the keys that would change the plan are not offered.
        assert "SKRIVEBESKYTTET" in text
        footer = flat("\n".join(screen_text(app).splitlines()[-2:]))
        assert "Tilføj" not in footer and "Rediger" not in footer and "Slet" not in footer
        assert "Følges op af" not in footer
        assert "m 2×2" in footer
        assert app.screen.query_one("#next-follow-up").disabled
        assert app.screen.query_one("#zt-text").disabled
        await pilot.press("m")  # looking is allowed
        assert isinstance(app.screen, EffortBenefit)
    assert demo_handle.path.read_bytes() == before


async def test_the_plan_in_english_fits_80_columns(handles, sessions_dir, make_app, screen_text):
    from kompas_tui.demo import demo_report

    handle = handles(demo_report(), sessions_dir, "en")
    choose(handle, WORKLOAD, actions=(Action(id="a1", theme=WORKLOAD, what="Shorter meetings", owner="Kim"),))
    app = quick(make_app(handle, lang="en"))
    async with app.run_test(size=SIZE) as pilot:
        await to_plan(pilot)
        text = screen_text(app)
        assert all(len(line) <= 80 for line in text.splitlines())
        text = flat(text)
        assert "Owner: Kim" in text and "Deadline: MISSING" in text
        assert "The plan is not complete" in text
        assert "a Add" in text and "m 2×2" in text
        await pilot.press("enter")
        assert "Saved as you type. Esc closes." in flat(screen_text(app))


@pytest.mark.parametrize("owner", [PlanScreen, GoalsScreen, PlanList, ActionEditor, ConfirmDelete, EffortBenefit])
def test_every_binding_has_an_id_and_words_in_both_languages(owner):
    for binding in owner.BINDINGS:
        assert binding.id, binding
        assert binding.description in catalog(), binding
        assert not binding.tooltip or binding.tooltip in catalog(), binding
