"""Mål at 80x24: per chosen theme the report's score (read-only), the
group's own rating, the goal's three questions and a date typed the Danish
way, saved as typed; wrong input says why and is not saved."""

from __future__ import annotations

import datetime as dt

from textual import events
from textual.widgets import Input, Static, TextArea

from kompas_tui.domain.plan import Goal, Plan
from kompas_tui.screens.goals import GoalsScreen
from kompas_tui.storage.session_file import load_session, open_session

SIZE = (80, 24)
WORKLOAD = "Arbejdsmængde og tempo"
LEADER = "Nærmeste leder"


def flat(text: str) -> str:
    return " ".join(text.split())


def quick(app):
    """No smooth scrolling: the same screens, reached without waiting for animations."""
    app.animation_level = "none"
    return app


def choose(handle, *themes: str) -> None:
    handle.session.voting = handle.session.voting.model_copy(update={"chosen": list(themes)})


async def paste(pilot, text: str) -> None:
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def shown(app, selector: str) -> str:
    return flat(str(app.screen.query_one(selector, Static).content))


async def to_goals(pilot) -> GoalsScreen:
    await pilot.press("f5")
    await pilot.pause()
    assert isinstance(pilot.app.screen, GoalsScreen)
    return pilot.app.screen


async def test_a_goal_per_chosen_theme_typed_and_saved(demo_handle, make_app, screen_text):
    choose(demo_handle, WORKLOAD, LEADER)
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_goals(pilot)
        text = flat(screen_text(app))
        # Where we are: the report's score, with its colour as a word.
        assert WORKLOAD in text and "Hvor er vi nu? Rapporten: 35,0 af 100 rød" in text
        assert app.focused.id == "goal-0-own_rating"

        await pilot.press("1", "1")
        assert shown(app, "#goal-0-own_rating-feedback") == "Ikke gemt: skriv et tal fra 1 til 10."
        await pilot.press("backspace")
        assert shown(app, "#goal-0-own_rating-feedback") == "af 10"
        await pilot.press("tab")
        assert app.focused.id == "goal-0-target"
        await paste(pilot, "Færre [bold]afbrydelser[/] [/")
        await pilot.press("enter")  # a second line in a multi-line field
        await paste(pilot, "og ro 😀 \x1b[31m")
        await pilot.press("tab")  # Tab leaves the multi-line field
        assert app.focused.id == "goal-0-looks_like"
        await paste(pilot, "Vi når at holde pause")
        await pilot.press("tab")
        await paste(pilot, "Sygefraværet falder")
        await pilot.press("tab")
        await pilot.press(*"24.12.26")
        await pilot.press("tab")  # leaving the date passes it on at once
        assert shown(app, "#goal-0-by_when .date-feedback") == "= 24. dec. 2026"
        assert app.focused.id == "goal-1-own_rating"

        # A wrong date says why; the file keeps the good one.
        await pilot.press("shift+tab")
        await paste(pilot, "31-04-2027")
        await pilot.press("tab")
        assert shown(app, "#goal-0-by_when .date-feedback") == (
            "Ikke gemt: kun 30 dage i april Gemt er stadig 24. dec. 2026."
        )
        text = flat(screen_text(app))
        assert LEADER in text and "Hvor er vi nu? Rapporten: 45,0 af 100 rød" in text
    goal = load_session(demo_handle.path).plan.goals[0]
    assert goal == Goal(
        theme=WORKLOAD,
        own_rating=1,
        target="Færre [bold]afbrydelser[/] [/\nog ro 😀 \x1b[31m",
        looks_like="Vi når at holde pause",
        how_we_notice="Sygefraværet falder",
        by_when=dt.date(2026, 12, 24),
    )


async def test_user_text_is_shown_as_text(handles, sessions_dir, make_app, screen_text):
    from kompas_tui.demo import demo_report

    handle = handles(demo_report(), sessions_dir)
    hostile = "[bold]Trivsel[/] [/ \x1b[2J"
    handle.session.voting = handle.session.voting.model_copy(update={"added_themes": [hostile], "chosen": [hostile]})
    handle.session.plan = Plan(goals=[Goal(theme=hostile, target="[red]mål[/red]", by_when=dt.date(2027, 6, 1))])
    app = quick(make_app(handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_goals(pilot)
        text = flat(screen_text(app))
        assert shown(app, "#goal-0-by_when .date-feedback") == "= 1. jun. 2027"
    assert "[bold]Trivsel[/] [/ ␛[2J" in text
    assert "Temaet er ikke i rapporten" in text
    assert "[red]mål[/red]" in text


async def test_without_chosen_themes_the_screen_says_where_to_choose(demo_handle, make_app, screen_text):
    app = quick(make_app(demo_handle))
    async with app.run_test(size=SIZE) as pilot:
        await to_goals(pilot)
        assert "I har ikke valgt nogen temaer endnu" in flat(screen_text(app))
        # The vote's top themes count as chosen until the facilitator changes the choice.
        voting = app.store.session.voting.model_copy(update={"dots": {LEADER: 5, WORKLOAD: 3}})
        app.store.update(voting=voting)
        await pilot.pause()
        text = flat(screen_text(app))
        assert LEADER in text and "I har ikke valgt" not in text
        assert app.screen.query_one("#goal-1-target", TextArea)


async def test_english(handles, sessions_dir, make_app, screen_text):
    from kompas_tui.demo import demo_report

    handle = handles(demo_report(), sessions_dir, "en")
    choose(handle, WORKLOAD)
    app = quick(make_app(handle, lang="en"))
    async with app.run_test(size=SIZE) as pilot:
        await to_goals(pilot)
        text = screen_text(app)
        assert all(len(line) <= 80 for line in text.splitlines())
        assert "Where are we now? The report: 35.0 of 100 red" in flat(text)
        assert "Your own rating (1-10):" in flat(text)


async def test_read_only_refuses(demo_handle, make_app, screen_text):
    choose(demo_handle, WORKLOAD)
    demo_handle.save()
    second = open_session(demo_handle.path)
    before = demo_handle.path.read_bytes()
    app = quick(make_app(second))
    async with app.run_test(size=SIZE) as pilot:
        await to_goals(pilot)
        assert "Skrivebeskyttet" in flat(screen_text(app))
        fields = app.screen.query(".goal-field")
        assert fields and all(field.disabled for field in fields)
        assert not isinstance(app.focused, (Input, TextArea))
        await pilot.press("7")
        await pilot.pause()
    assert demo_handle.path.read_bytes() == before
