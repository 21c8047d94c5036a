"""Evaluering at 80x24: a saved workshop (the schema-2 fixture) opened
weeks later is offered a round; statuses, a hostile note, an adjusted
deadline and owner, celebrate, a new action and goal, a goal reached, the
next follow-up, closing and reopening, history; reopening continues the
open round; the workshop's screens refuse plan changes once rounds exist;
English; a read-only open shows the round and refuses every change. Each
test asserts on the screen and on the saved file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Static

from kompas_tui.domain.evaluation import Change, close_round, review_action, start_round
from kompas_tui.domain.meeting import Participant
from kompas_tui.screens.action_editor import ActionEditor
from kompas_tui.screens.evaluation import EvaluationScreen
from kompas_tui.screens.evaluation_editors import GoalEditor, ReviewEditor
from kompas_tui.screens.evaluation_history import CelebrateView, HistoryView, RoundDetail
from kompas_tui.screens.plan import PlanScreen
from kompas_tui.screens.report import ReportScreen
from kompas_tui.screens.round_offer import RoundQuestion
from kompas_tui.screens.summary import SummaryScreen
from kompas_tui.storage.session_file import load_session, open_session, save_session
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.evaluation_list import EvaluationList
from pilot_tools import autosave, settle_workers, wait_until

SIZE = (80, 24)
FIXTURE = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"
#: Weeks after the workshop (2026-11-26): a3 (15 Dec) and a1 (15 Jan) are overdue.
LATER = dt.date(2027, 1, 20)
HOSTILE = "[/] [/ [bold]x \x1b[31m 🙂 æøå"
HOSTILE_SHOWN = "[/] [/ [bold]x ␛[31m 🙂 æøå"
A3_DONE = (
    "a3 Gennemgå proceduren for trusler [ikke startet → gennemført] Ansvarlig: Mette · "
    "Deadline: 15. dec. 2026 · Følges op af: Ali (TR)"
)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def session_path(sessions_dir: Path) -> Path:
    path = sessions_dir / "hjemmeplejen-nord-2026-11-26.toml"
    shutil.copyfile(FIXTURE, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def opened():
    """`opened(path)` → a session handle, closed after the test."""
    handles = []

    def open_(path: Path):
        handles.append(open_session(path))
        return handles[-1]

    yield open_
    for handle in handles:
        handle.close()


@pytest.fixture
def app_on(make_app, opened):
    """`app_on(path, today=LATER, lang="da")` → an app on the saved session."""

    def make(path: Path, today: dt.date = LATER, lang: str = "da"):
        app = make_app(opened(path), lang=lang, today=today)
        app.animation_level = "none"
        return app

    return make


def listed(app) -> str:
    """The action list's entries as text (the screen wraps them between borders)."""
    entries = app.screen.query_one(EvaluationList)._entries
    return flat(" ".join(prompt.plain for prompt, _, _ in entries))


def dialog(app) -> str:
    """The texts of the dialog on top (unwrapped)."""
    return flat(" ".join(str(static.content) for static in app.screen.query(Static)))


async def paste(pilot, text: str) -> None:
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def settle(pilot) -> None:
    """Let a dialog just opened compose and lay out."""
    for _ in range(3):
        await pilot.pause()


async def start_round_from_offer(pilot) -> EvaluationScreen:
    await pilot.pause()
    assert isinstance(pilot.app.screen, RoundQuestion)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, EvaluationScreen)
    return screen


async def on_action(pilot, action_id: str) -> None:
    actions = pilot.app.screen.query_one(EvaluationList)
    actions.focus()
    actions.select_id(f"action:{action_id}")
    await pilot.pause()


def with_round(path: Path, today: dt.date = LATER, closed: bool = False) -> None:
    """The saved session already has a round (and a3 done in it)."""
    session = load_session(path)
    for fields in (start_round(session, today, [Participant(name="Mette", role="leader"), Participant(name="Jonas")]),):
        for name, value in fields.items():
            setattr(session, name, value)
    for name, value in review_action(session, "a3", status="done").items():
        setattr(session, name, value)
    if closed:
        for name, value in close_round(session, today).items():
            setattr(session, name, value)
    save_session(session, path)


# -- opening ---------------------------------------------------------------------


async def test_opening_weeks_later_offers_a_round_and_enter_starts_it(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Start evalueringsrunde 1 (20. jan. 2027)?" in text
        assert "Start runde 1" in text and "Bare åbn sessionen" in text
        await start_round_from_offer(pilot)
        text = flat(screen_text(app))
        assert "[8 Evaluering]" in text
        assert "Evalueringsrunde 1 · 20. jan. 2027 · åben" in text
        # Overdue by word, not by colour alone: a3 (15 Dec) and a1 (15 Jan).
        assert "3 handlinger: 2 ikke startet · 1 i gang · 2 OVERSKREDET" in text
        assert "Deadline: 15. dec. 2026 OVERSKREDET" in listed(app)
        await autosave(pilot)  # in the file within a second, without quitting
        saved = load_session(session_path)
        assert [(r.opened, r.closed) for r in saved.rounds] == [(LATER, None)]
        assert saved.step == "evaluation"
    # The schema-2 file was upgraded, and kept as it was.
    assert (session_path.parent / (session_path.name + ".v2.bak")).exists()


async def test_escape_on_the_offer_opens_the_session_where_it_was_left(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RoundQuestion)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)  # the fixture was left on the summary
    assert load_session(session_path).rounds == []


async def test_no_offer_on_the_day_the_plan_was_made(session_path, app_on, today):
    app = app_on(session_path, today=today)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)


async def test_reopening_continues_the_open_round_without_asking(session_path, app_on, screen_text):
    with_round(session_path)
    app = app_on(session_path, today=LATER + dt.timedelta(days=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        text = flat(screen_text(app))
        assert "Evalueringsrunde 1 · 20. jan. 2027 · åben" in text
        assert "Deltagere: Mette (leder), Jonas" in text
        assert A3_DONE in listed(app)


async def test_choosing_the_session_on_the_start_screen_offers_the_round_too(session_path, make_app, screen_text):
    from kompas_tui.screens.start import StartScreen

    app = make_app(today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot)  # the recent sessions are listed
        assert isinstance(app.screen, StartScreen)
        await pilot.press("1", "enter")  # the digit chooses the session, Enter opens it
        await wait_until(pilot, lambda: isinstance(app.screen, RoundQuestion), "the offer")
        await start_round_from_offer(pilot)
    assert len(load_session(session_path).rounds) == 1


# -- going through the actions ------------------------------------------------------


async def test_statuses_and_a_hostile_note_are_shown_literally_and_saved_exactly(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await start_round_from_offer(pilot)
        await on_action(pilot, "a3")
        await pilot.press("3")  # gennemført
        await on_action(pilot, "a1")
        await pilot.press("5")  # droppet
        await on_action(pilot, "a2")
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, ReviewEditor)
        assert app.focused is editor.query_one("#review-note")
        await pilot.press("[", "/")
        await paste(pilot, HOSTILE[2:])
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        assert f"Note: {HOSTILE_SHOWN}" in flat(screen_text(app))
        text = listed(app)
        assert A3_DONE in text
        assert "[i gang → droppet]" in text
        # The rows were swapped in place (no rebuild): what is drawn says so too.
        drawn = flat(screen_text(app))
        assert "a3 Gennemgå proceduren for trusler [ikke startet → gennemført]" in drawn
    saved = load_session(session_path)
    [this] = saved.rounds
    reviews = {r.action: (r.was, r.status, r.note) for r in this.reviews}
    assert reviews == {
        "a3": ("not_started", "done", ""),
        "a1": ("in_progress", "dropped", ""),
        "a2": ("not_started", "not_started", HOSTILE),
    }
    assert {a.id: a.status for a in saved.plan.actions} == {"a1": "dropped", "a2": "not_started", "a3": "done"}


async def test_a_new_deadline_and_owner_are_recorded_in_the_round_before_and_after(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await start_round_from_offer(pilot)
        await on_action(pilot, "a2")
        await pilot.press("d")
        assert isinstance(app.screen, ReviewEditor)
        await paste(pilot, "1-3-2027")  # the field's text is selected: replaced
        assert "= 1. mar. 2027" in flat(screen_text(app))
        await pilot.press("escape")
        await pilot.press("o")
        assert isinstance(app.screen, ReviewEditor)
        await paste(pilot, "Ali [/] (TR)")  # the field's text is selected: replaced
        await pilot.pause()
        text = dialog(app)
        assert "Ændret i runden" in text
        assert "deadline ændret: 1. feb. 2027 → 1. mar. 2027" in text
        assert "ansvarlig ændret: Jonas (AMR) → Ali [/] (TR)" in text
        await pilot.press("escape")
        text = listed(app)
        assert "Ansvarlig: Ali [/] (TR) · Deadline: 1. mar. 2027" in text
        assert "deadline ændret: 1. feb. 2027 → 1. mar. 2027" in text
    saved = load_session(session_path)
    a2 = next(a for a in saved.plan.actions if a.id == "a2")
    assert (a2.deadline, a2.owner) == (dt.date(2027, 3, 1), "Ali [/] (TR)")
    assert saved.rounds[0].changes == [
        Change(action="a2", field="deadline", before="2027-02-01", after="2027-03-01"),
        Change(action="a2", field="owner", before="Jonas (AMR)", after="Ali [/] (TR)"),
    ]
    text = session_path.read_text(encoding="utf-8")
    assert "[[rounds.changes]]" in text and 'before = "2027-02-01"' in text


async def test_celebrate_says_kindly_when_nothing_is_done_then_lists_what_is(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await start_round_from_offer(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CelebrateView)
        assert "─ Det har I nået ─" in screen_text(app)
        assert "det er helt i orden" in dialog(app)
        await pilot.press("escape")
        await on_action(pilot, "a3")
        await pilot.press("3")
        await pilot.press("c")
        await settle(pilot)
        text = dialog(app)
        assert "✓ Gennemgå proceduren for trusler — Mette" in text
        assert "Fejr successerne!" in text


async def test_a_new_action_and_a_new_goal_reached_and_the_next_follow_up(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await start_round_from_offer(pilot)
        await on_action(pilot, "a1")
        await pilot.press("a")  # to the goal the cursor is in
        assert isinstance(app.screen, ActionEditor)
        # The editor brings its own stylesheet: labels in their column and
        # bordered fields, as from Handleplan (whose stylesheet is not loaded).
        what = app.screen.query_one("#edit-what", Input)
        assert what.region.x >= 15 and what.region.height == 3
        await paste(pilot, "Ny tavle [bold]")
        await pilot.press("tab")
        await paste(pilot, "Mette")
        await pilot.press("ctrl+j")
        assert isinstance(app.screen, EvaluationScreen)
        assert "a4 Ny tavle [bold] [ikke startet] ny i runden" in listed(app)

        await pilot.press("g")
        assert isinstance(app.screen, GoalEditor)
        await paste(pilot, "Samarbejde med kolleger")
        await pilot.press("tab")
        await paste(pilot, "Vi hjælper hinanden")
        await pilot.press("tab")
        await paste(pilot, "1-6-2027")
        await pilot.press("enter")  # Enter in the last field adds the goal
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        # The cursor is in the new goal's group: r marks it reached today.
        assert app.screen.query_one(EvaluationList).current_theme == "Samarbejde med kolleger"
        await pilot.press("r")
        await pilot.pause()
        assert "Mål: Vi hjælper hinanden · NÅET 20. jan. 2027 · nyt mål i runden" in listed(app)

        await pilot.press("u")  # the next follow-up date
        await paste(pilot, "15-04-2027")
        await pilot.press("tab")
    saved = load_session(session_path)
    new = saved.plan.actions[-1]
    assert (new.id, new.theme, new.what, new.owner) == ("a4", "Meningsfuldt arbejde", "Ny tavle [bold]", "Mette")
    goal = saved.plan.goals[-1]
    assert (goal.theme, goal.target, goal.by_when, goal.reached) == (
        "Samarbejde med kolleger", "Vi hjælper hinanden", dt.date(2027, 6, 1), LATER
    )
    this = saved.rounds[0]
    assert saved.plan.next_follow_up == this.next_follow_up == dt.date(2027, 4, 15)
    fields = [(c.action, c.goal, c.field) for c in this.changes]
    assert fields == [
        ("a4", None, "added"),
        (None, "Samarbejde med kolleger", "added"),
        (None, "Samarbejde med kolleger", "reached"),
        (None, None, "next_follow_up"),
    ]


async def test_participants_are_typed_and_close_makes_the_round_history(session_path, app_on, screen_text):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await start_round_from_offer(pilot)
        await pilot.press("p")
        await paste(pilot, "Mette (leder),  Jonas (amr) , [red]Ali[/]")
        await pilot.press("tab")
        # Stored with the roles, and shown so (an employee by the name alone).
        assert "Deltagere: Mette (leder), Jonas (AMR), [red]Ali[/]" in flat(screen_text(app))
        app.screen.query_one(EvaluationList).focus()
        await pilot.press("x")
        assert isinstance(app.screen, RoundQuestion)
        assert "Luk evalueringsrunde 1?" in flat(screen_text(app))
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EvaluationScreen)
        text = flat(screen_text(app))
        assert "Evalueringsrunde 1 · 20. jan. 2027 · lukket 20. jan. 2027" in text
        assert "Runde 1 er lukket og er nu historik" in text
        # Nothing that would change a closed round is offered, nor works.
        footer = {b.binding.action for b in screen.active_bindings.values()}
        assert "new_round" in {a.split("(")[0] for a in footer}
        assert not {"status('done')", "note", "add_action", "close_round"} & footer
        assert screen.query_one("#round-participants").disabled
        await on_action(pilot, "a3")
        await pilot.press("3", "a", "g", "o")
        assert isinstance(app.screen, EvaluationScreen)
        # History: the round, read-only.
        await pilot.press("h")
        assert isinstance(app.screen, HistoryView)
        await pilot.press("enter")
        assert isinstance(app.screen, RoundDetail)
        text = flat(screen_text(app))
        assert "Deltagere: Mette (leder), Jonas (AMR), [red]Ali[/]" in text
        await pilot.press("escape", "escape")
        # Reopened (closed by mistake), then a new round would be refused while it is open.
        await pilot.press("x")
        assert "Genåbn evalueringsrunde 1?" in flat(screen_text(app))
        await pilot.press("enter")
        await pilot.pause()
        assert "Evalueringsrunde 1 · 20. jan. 2027 · åben" in flat(screen_text(app))
    [this] = load_session(session_path).rounds
    assert this.participants == [
        Participant(name="Mette", role="leader"),
        Participant(name="Jonas", role="amr"),
        Participant(name="[red]Ali[/]", role="employee"),
    ]
    assert this.closed is None
    assert load_session(session_path).plan.actions[2].status == "not_started"  # "3" did nothing while closed


async def test_a_new_round_after_a_closed_one_carries_the_participants_over(session_path, app_on, screen_text):
    with_round(session_path, closed=True)
    app = app_on(session_path, today=LATER + dt.timedelta(days=30))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Start evalueringsrunde 2 (19. feb. 2027)?" in flat(screen_text(app))
        explain = str(app.screen.query_one("#round-explain").content)  # wrapped between the dialog's borders
        assert "Deltagerne fra sidste runde er skrevet på: Mette (leder), Jonas." in explain
        await start_round_from_offer(pilot)
        # Round 1 celebrated a3; round 2 does not celebrate it again.
        await pilot.press("c")
        await settle(pilot)
        assert "det er helt i orden" in dialog(app)
        await pilot.press("escape", "h")
        await settle(pilot)
        text = flat(screen_text(app))
        assert "Evalueringsrunde 2 · 19. feb. 2027 · åben" in text
        assert "Evalueringsrunde 1 · 20. jan. 2027 · lukket 20. jan. 2027" in text
        await pilot.press("down", "enter")
        await settle(pilot)
        text = dialog(app)
        assert "a3 Gennemgå proceduren for trusler ikke startet → gennemført" in text
        assert "✓ Gennemgå proceduren for trusler" in text
    rounds = load_session(session_path).rounds
    assert [[p.name for p in r.participants] for r in rounds] == [["Mette", "Jonas"], ["Mette", "Jonas"]]
    assert rounds[1].participants[0].role == "leader"


# -- the workshop is history --------------------------------------------------------


async def test_the_workshop_screens_refuse_plan_changes_once_a_round_exists(session_path, app_on):
    with_round(session_path)
    before = load_session(session_path)
    app = app_on(session_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert app.store.update(plan=before.plan.model_copy(update={"next_follow_up": None})) is False
        assert app.store.update(voting=before.voting) is False
        await pilot.pause()
        assert [n.message for n in app._notifications] == [
            "Workshoppen er historik, nu hvor der er en evalueringsrunde. Planen ændres i evalueringen "
            "(F8), hvor hver ændring skrives i runden."
        ]  # once, not once per refused change
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert "Workshoppen er historik" in dialog(app)
        assert app.screen.query_one("#next-follow-up").disabled
        await pilot.press("a")
        assert isinstance(app.screen, PlanScreen)  # no action editor
        await pilot.press("f3")
        await pilot.pause()
        notes = app.screen.query_one("#notes-2", NotesArea)
        assert notes.read_only and "Workshoppen er historik" in dialog(app)
        notes.focus()
        await pilot.press("x")
        assert "x" not in notes.text
        await pilot.press("f5")
        await pilot.pause()
        assert all(field.is_disabled for field in app.screen.query(Input))
    after = load_session(session_path)
    assert (after.plan, after.voting, after.dialog) == (before.plan, before.voting, before.dialog)


async def test_the_first_round_makes_the_open_workshop_screens_history(session_path, app_on):
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # no round now: on to the summary it was left at
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert not app.screen.query_one("#follow-up").disabled
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("n")
        await start_round_from_offer(pilot)
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.query_one("#follow-up").disabled
        assert "Workshoppen er historik" in dialog(app)
        # The summary drawn before the round is gone from under it.
        assert [type(screen) for screen in app.screen_stack] == [ReportScreen, EvaluationScreen, SummaryScreen]


# -- English -----------------------------------------------------------------------------


async def test_english(session_path, app_on, screen_text):
    app = app_on(session_path, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Start evaluation round 1 (20 Jan 2027)?" in flat(screen_text(app))
        await start_round_from_offer(pilot)
        await on_action(pilot, "a3")
        await pilot.press("3")
        text = flat(screen_text(app))
        assert "[8 Evaluation]" in text
        assert "Evaluation round 1 · 20 Jan 2027 · open" in text
        assert "Deadline: 15 Jan 2027 OVERDUE · Follow-up" in listed(app)
        assert "[not started → done]" in listed(app)
        assert "OVERDUE" in text
        assert "1-5 Status" in text and "c Celebrate" in text and "x Close round" in text
        await pilot.press("c")
        await settle(pilot)
        assert "What you have achieved" in screen_text(app)


# -- read-only ---------------------------------------------------------------------------


async def test_read_only_shows_the_round_and_refuses_every_change(session_path, make_app, opened, screen_text):
    with_round(session_path)
    holder = opened(session_path)
    assert not holder.read_only
    second = opened(session_path)
    assert second.read_only
    before = session_path.read_bytes()
    app = make_app(second, today=LATER)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)  # no offer, straight to the round
        text = flat(screen_text(app))
        assert "Skrivebeskyttet" in text and "SKRIVEBESKYTTET" in text
        assert "Evalueringsrunde 1 · 20. jan. 2027 · åben" in text
        await on_action(pilot, "a2")
        for key in ("3", "n", "d", "a", "g", "x", "p"):
            await pilot.press(key)
            assert isinstance(app.screen, EvaluationScreen), key
        assert app.screen.query_one("#round-participants").disabled
        # The keys that would change the round are not offered, so nothing is refused.
        footer = flat("\n".join(screen_text(app).splitlines()[-3:]))
        assert "Status" not in footer and "Luk runde" not in footer and "Deltagere" not in footer
        assert not [n.message for n in app._notifications if "Skrivebeskyttet" not in n.message]
        await pilot.press("c")  # looking is allowed
        assert isinstance(app.screen, CelebrateView)
    assert session_path.read_bytes() == before


# -- refusals in words, and a plan not made yet ------------------------------------------


def test_every_refusal_of_the_rounds_rules_has_words_in_both_languages():
    import re

    from kompas_tui.domain import evaluation
    from kompas_tui.i18n import catalog

    source = Path(evaluation.__file__).read_text(encoding="utf-8")
    keys = set(re.findall(r'RoundRefused\("([a-z_.]+)"', source))
    assert keys and all(key.startswith("evaluation.refused.") for key in keys)
    for key in keys:
        assert set(catalog()[key]) == {"da", "en"}, key


async def test_a_refused_round_change_is_said_in_words(session_path, app_on):
    from kompas_tui.domain.evaluation import add_round_goal
    from kompas_tui.domain.plan import Goal

    with_round(session_path)
    app = app_on(session_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert app.store.change_round(add_round_goal, Goal(theme="Meningsfuldt arbejde [/]")) is not None
        assert app.store.change_round(add_round_goal, Goal(theme="Meningsfuldt arbejde [/]")) is None
        await pilot.pause()
        assert [n.message for n in app._notifications] == [
            "Planen har allerede et mål for temaet »Meningsfuldt arbejde [/]«."
        ]


async def test_f8_before_the_plan_is_made_says_so(demo_handle, make_app, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        text = flat(screen_text(app))
        assert "Planen har ingen handlinger endnu, så der er intet at evaluere. Lav planen først (F6)." in text
        await pilot.press("n", "c", "h", "x", "3")  # nothing to start, celebrate or change
        assert isinstance(app.screen, EvaluationScreen)
        assert app.store.session.rounds == []


async def test_an_action_added_by_mistake_is_deleted_and_an_older_one_only_dropped(session_path, app_on, screen_text):
    from kompas_tui.screens.confirm_delete import ConfirmDelete

    app = app_on(session_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_round_from_offer(pilot)
        await on_action(pilot, "a1")
        await pilot.press("a")
        await paste(pilot, "Forkert [/] handling")
        await pilot.press("ctrl+j")
        assert "a4 Forkert [/] handling" in listed(app)
        assert "Slet ny handling" in "\n".join(screen_text(app).splitlines()[-3:])
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDelete)
        assert "Forkert [/] handling" in dialog(app)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        assert "Forkert" not in listed(app)
        await on_action(pilot, "a1")
        # An older action is never deleted: the key is not offered on it (5 drops it).
        assert "Slet ny handling" not in "\n".join(screen_text(app).splitlines()[-3:])
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        app.store.save_now()
    saved = load_session(session_path)
    assert [a.id for a in saved.plan.actions] == ["a1", "a2", "a3"]
    assert saved.rounds[-1].changes == [] and saved.plan.last_action_number == 4


async def test_escape_in_the_goal_dialog_keeps_the_goal_typed(session_path, app_on):
    """As in every other dialog, Escape loses nothing typed; with nothing
    typed it just closes."""
    app = app_on(session_path)
    async with app.run_test(size=SIZE) as pilot:
        await start_round_from_offer(pilot)
        await pilot.press("g")
        assert isinstance(app.screen, GoalEditor)
        await pilot.press("escape")
        assert isinstance(app.screen, EvaluationScreen)
        await pilot.press("g")
        await paste(pilot, "Samarbejde med kolleger")
        await pilot.press("tab")
        await paste(pilot, "Vi hjælper [bold]hinanden")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        app.store.save_now()
    saved = load_session(session_path)
    assert [(g.theme, g.target) for g in saved.plan.goals][-1] == ("Samarbejde med kolleger", "Vi hjælper [bold]hinanden")
    assert saved.rounds[-1].changes[-1].field == "added"
