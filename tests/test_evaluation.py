"""Evaluation rounds (domain/evaluation.py, SPEC §3.8, issue 4): rounds
opened, closed and reopened; reviews of actions; changes to the plan
recorded in the round; celebrate; a new measurement. No terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain import evaluation as ev
from kompas_tui.domain.evaluation import (
    ActionReview,
    Change,
    Round,
    RoundRefused,
    add_measurement,
    add_round_action,
    add_round_goal,
    celebrated,
    change_action,
    close_round,
    follow_up_of_round,
    has_plan,
    mark_goal_reached,
    offers_round,
    open_round,
    reopen_round,
    review_action,
    set_next_follow_up,
    set_notes,
    set_participants,
    start_round,
    status_in_round,
    still_open,
    update_added_action,
)
from kompas_tui.domain.meeting import Participant
from kompas_tui.domain.plan import Action, Goal, Plan, find_action, goal_for
from kompas_tui.domain.report import Report, Theme
from kompas_tui.domain.session import Session

WORKSHOP = dt.date(2026, 11, 26)
FIRST = dt.date(2027, 2, 3)
SECOND = dt.date(2027, 5, 4)
THIRD = dt.date(2027, 9, 1)
TEMPO = "Arbejdsmængde og tempo"
TOGETHER = "Samarbejde med kolleger"
HOSTILE = "[/] [/ [bold]x[/bold] \x1b[31mrød\x1b[0m 🙂👍🏽 æøå\r\n\"\"\" ''' \\"


def workshop() -> Session:
    """A session left after the workshop: a plan with goals and actions in
    every status a plan has before its first evaluation."""
    session = Session.start(demo_report())
    session.created = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    session.updated = dt.datetime(2026, 11, 26, 11, 0, tzinfo=dt.UTC)
    session.step = "summary"
    session.plan = Plan(
        goals=[Goal(theme=TEMPO, target="60 om et halvt år"), Goal(theme=TOGETHER, target="Vi hjælper hinanden")],
        actions=[
            Action(id="a1", theme=TEMPO, what="Fast overlevering kl. 7.50", owner="Mette",
                   deadline=dt.date(2027, 1, 15), follow_up="Jonas", status="in_progress"),
            Action(id="a2", theme=TEMPO, what="Ryd kalenderen fredag", owner="Ali", deadline=dt.date(2027, 3, 1)),
            Action(id="a3", theme=TOGETHER, what="Fælles frokost", owner="Sofie",
                   deadline=dt.date(2027, 1, 10), status="done"),
            Action(id="a4", theme=TOGETHER, what="Makkerordning", owner="Bo", status="dropped"),
        ],
        next_follow_up=FIRST,
        last_action_number=4,
    )
    return Session.model_validate(session.model_dump())


def run(operation: Callable[..., Any], session: Session, *args: Any, **kwargs: Any) -> Session:
    """Apply an operation as the app does (the returned fields set on the
    session), checking that the session passed in is left as it was and
    that the result validates and round-trips."""
    before = session.model_dump()
    result = operation(session, *args, **kwargs)
    fields = result[0] if isinstance(result, tuple) else result
    assert session.model_dump() == before, "the session passed in was changed"
    changed = session.model_copy()
    for name, value in fields.items():
        setattr(changed, name, value)
    assert Session.model_validate(changed.model_dump()) == changed
    return changed


def started(session: Session | None = None, today: dt.date = FIRST, **kwargs: Any) -> Session:
    return run(start_round, session or workshop(), today, **kwargs)


def refused(key: str, operation: Callable[..., Any], session: Session, *args: Any, **kwargs: Any) -> RoundRefused:
    before = session.model_dump()
    with pytest.raises(RoundRefused) as info:
        operation(session, *args, **kwargs)
    assert info.value.key == key
    assert session.model_dump() == before
    return info.value


def action(session: Session, action_id: str) -> Action:
    found = find_action(session.plan, action_id)
    assert found is not None
    return found


def current(session: Session) -> Round:
    round_ = open_round(session)
    assert round_ is not None
    return round_


def changes(session: Session) -> list[tuple[str | None, str | None, str, str, str]]:
    return [(c.action, c.goal, c.field, c.before, c.after) for c in session.rounds[-1].changes]


def ids(actions: list[Action]) -> list[str]:
    return [a.id for a in actions]


# --- offering, starting, closing, reopening --------------------------------------


def test_a_plan_is_needed_for_a_round() -> None:
    empty = Session.start(demo_report())
    empty.updated = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    assert not has_plan(empty) and not offers_round(empty, FIRST)
    refused("evaluation.refused.no_plan", start_round, empty, FIRST)
    assert has_plan(workshop())


def test_a_round_is_offered_on_a_later_day_not_on_the_workshop_day() -> None:
    session = workshop()
    assert not offers_round(session, WORKSHOP)  # the workshop resumed after a dropped line
    assert offers_round(session, WORKSHOP + dt.timedelta(days=1))
    held = started(session)
    assert not offers_round(held, SECOND)  # continued, not offered again
    closed = run(close_round, held, FIRST)
    closed.updated = dt.datetime.combine(FIRST, dt.time(12), tzinfo=dt.UTC)
    assert offers_round(closed, FIRST)  # after a round, the next one is always offered


def test_starting_a_round() -> None:
    given = [Participant(name="  Mette  Hansen "), Participant(name=""), Participant(name="Jonas", role="amr"),
             Participant(name="   ", role="tr")]
    session = started(participants=given)
    assert session.step == "evaluation"
    assert len(session.rounds) == 1
    round_ = current(session)
    assert (round_.opened, round_.closed, round_.is_open) == (FIRST, None, True)
    assert round_.participants == [Participant(name="Mette Hansen"), Participant(name="Jonas", role="amr")]
    assert (round_.notes, round_.next_follow_up, round_.measurement, round_.reviews, round_.changes) == (
        "", None, None, [], []
    )
    refused("evaluation.refused.round_open", start_round, session, SECOND)


def test_the_next_round_starts_with_the_last_rounds_participants() -> None:
    two = [Participant(name="Mette", role="leader"), Participant(name="Jonas")]
    session = run(close_round, started(participants=two), FIRST)
    assert current(started(session, SECOND)).participants == two
    assert current(started(session, SECOND, participants=[])).participants == []
    assert current(started(workshop())).participants == []


def test_closing_and_reopening() -> None:
    session = started()
    closed = run(close_round, session, FIRST + dt.timedelta(days=2))
    assert open_round(closed) is None
    assert closed.rounds[-1].closed == FIRST + dt.timedelta(days=2)
    # A clock behind the round's date never closes it before it opened.
    assert run(close_round, session, FIRST - dt.timedelta(days=9)).rounds[-1].closed == FIRST
    refused("evaluation.refused.no_open_round", close_round, closed, SECOND)
    reopened = run(reopen_round, closed)
    assert current(reopened).opened == FIRST and reopened.rounds[-1].closed is None
    refused("evaluation.refused.nothing_to_reopen", reopen_round, reopened)
    refused("evaluation.refused.nothing_to_reopen", reopen_round, workshop())


def test_only_the_last_round_is_reopened_and_earlier_ones_stay_closed() -> None:
    session = run(close_round, started(), FIRST)
    session = run(close_round, started(session, SECOND), SECOND)
    reopened = run(reopen_round, session)
    assert [r.is_open for r in reopened.rounds] == [False, True]
    assert reopened.rounds[0] == session.rounds[0]


CLOSED_REFUSES: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = [
    (close_round, (SECOND,), {}),
    (set_participants, ([Participant(name="Mette")],), {}),
    (set_notes, ("noter",), {}),
    (set_next_follow_up, (SECOND,), {}),
    (review_action, ("a1",), {"status": "done"}),
    (review_action, ("a1",), {"note": "en note"}),
    (change_action, ("a1", "owner", "Ali"), {}),
    (add_round_action, (TEMPO,), {"what": "Ny"}),
    (update_added_action, (Action(id="a1", theme=TEMPO),), {}),
    (add_round_goal, (Goal(theme="Ledelse"),), {}),
    (mark_goal_reached, (TEMPO, SECOND), {}),
    (add_measurement, (demo_report(),), {}),
]


@pytest.mark.parametrize(("operation", "args", "kwargs"), CLOSED_REFUSES, ids=lambda x: getattr(x, "__name__", ""))
def test_closed_rounds_and_no_round_refuse_every_change(
    operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    closed = run(close_round, started(), FIRST)
    for session in (workshop(), closed):
        refused("evaluation.refused.no_open_round", operation, session, *args, **kwargs)


def test_the_rounds_own_fields() -> None:
    given = [Participant(name=n) for n in ("Mette", "  ", " Jonas   (AMR) ", HOSTILE)]
    session = run(set_participants, started(), given)
    assert [p.name for p in current(session).participants] == ["Mette", "Jonas (AMR)", " ".join(HOSTILE.split())]
    session = run(set_notes, session, HOSTILE)
    assert current(session).notes == HOSTILE
    assert current(session).changes == []  # the round's own fields are not changes to the plan


# --- reviews ---------------------------------------------------------------------


def test_a_review_records_where_the_action_began() -> None:
    session = run(review_action, started(), "a1", status="done", note=HOSTILE)
    assert action(session, "a1").status == "done"
    assert current(session).reviews == [ActionReview(action="a1", was="in_progress", status="done", note=HOSTILE)]
    # Later edits keep the status it began with.
    session = run(review_action, session, "a1", status="adjusted")
    session = run(review_action, session, "a1", note="justeret")
    assert current(session).review_of("a1") == ActionReview(
        action="a1", was="in_progress", status="adjusted", note="justeret"
    )
    assert current(session).changes == []  # a status is a review, not a change


def test_a_review_back_where_it_began_without_a_note_is_removed() -> None:
    session = run(review_action, started(), "a2", status="in_progress")
    assert current(session).review_of("a2") is not None
    session = run(review_action, session, "a2", status="not_started")
    assert current(session).reviews == []
    # A note alone is a review; cleared (or only spaces) it goes again.
    session = run(review_action, session, "a2", note="Vi nåede det ikke")
    assert current(session).reviews == [ActionReview(action="a2", was="not_started", status="not_started",
                                                     note="Vi nåede det ikke")]
    session = run(review_action, session, "a2", note=" \n ")
    assert current(session).reviews == []
    assert action(session, "a2").status == "not_started"


def test_reviews_keep_the_order_they_were_made_in() -> None:
    session = started()
    for action_id in ("a3", "a1", "a2"):
        session = run(review_action, session, action_id, note=f"om {action_id}")
    assert [r.action for r in current(session).reviews] == ["a3", "a1", "a2"]


def test_unknown_actions_are_refused_with_their_id() -> None:
    session = started()
    error = refused("evaluation.refused.unknown_action", review_action, session, "a99", status="done")
    assert error.fields == {"id": "a99"}
    refused("evaluation.refused.unknown_action", change_action, session, "a99", "owner", "Ali")


# --- changes to actions -------------------------------------------------------------


def test_a_change_is_recorded_with_before_and_after() -> None:
    session = run(change_action, started(), "a1", "owner", HOSTILE)
    session = run(change_action, session, "a1", "deadline", dt.date(2027, 3, 15))
    session = run(change_action, session, "a2", "follow_up", "Jonas")
    assert (action(session, "a1").owner, action(session, "a1").deadline) == (HOSTILE, dt.date(2027, 3, 15))
    assert action(session, "a2").follow_up == "Jonas"
    assert changes(session) == [
        ("a1", None, "owner", "Mette", HOSTILE),
        ("a1", None, "deadline", "2027-01-15", "2027-03-15"),
        ("a2", None, "follow_up", "", "Jonas"),
    ]


def test_several_edits_of_one_field_are_one_change() -> None:
    session = started()
    for owner in ("M", "Me", "Met", "Mette H", "Mette Hansen"):  # typed letter by letter
        session = run(change_action, session, "a1", "owner", owner)
    session = run(change_action, session, "a1", "deadline", dt.date(2027, 2, 1))
    session = run(change_action, session, "a1", "deadline", dt.date(2027, 4, 1))
    assert changes(session) == [
        ("a1", None, "owner", "Mette", "Mette Hansen"),
        ("a1", None, "deadline", "2027-01-15", "2027-04-01"),
    ]


def test_an_edit_back_to_the_old_value_removes_the_change() -> None:
    session = run(change_action, started(), "a1", "owner", "Ali")
    session = run(change_action, session, "a1", "owner", "Mette")
    session = run(change_action, session, "a1", "deadline", None)
    assert changes(session) == [("a1", None, "deadline", "2027-01-15", "")]
    session = run(change_action, session, "a1", "deadline", dt.date(2027, 1, 15))
    assert changes(session) == []
    assert action(session, "a1") == action(workshop(), "a1")


def test_an_unset_value_is_empty() -> None:
    session = run(change_action, started(), "a1", "follow_up", None)
    session = run(change_action, session, "a2", "deadline", "")
    assert (action(session, "a1").follow_up, action(session, "a2").deadline) == ("", None)
    assert changes(session) == [("a1", None, "follow_up", "Jonas", ""), ("a2", None, "deadline", "2027-03-01", "")]
    # Setting what is already there records nothing.
    assert changes(run(change_action, session, "a4", "follow_up", "")) == changes(session)


def test_only_owner_deadline_and_follow_up_are_changes() -> None:
    with pytest.raises(ValueError):
        change_action(started(), "a1", "what", "Noget andet")  # type: ignore[arg-type]


def test_each_round_records_its_own_changes() -> None:
    session = run(change_action, started(), "a1", "owner", "Ali")
    session = run(close_round, session, FIRST)
    session = run(change_action, started(session, SECOND), "a1", "owner", "Sofie")
    assert session.rounds[0].changes == [Change(action="a1", field="owner", before="Mette", after="Ali")]
    assert changes(session) == [("a1", None, "owner", "Ali", "Sofie")]


# --- new actions and goals ------------------------------------------------------------


def test_a_new_action_is_recorded_as_added_not_as_changes_of_its_fields() -> None:
    fields, new_id = add_round_action(started(), TEMPO, what="Pauserum ryddes", owner="Bo")
    assert new_id == "a5"  # never one issued before
    session = run(add_round_action, started(), TEMPO, what="Pauserum ryddes", owner="Bo")
    assert action(session, new_id) == Action(id="a5", theme=TEMPO, what="Pauserum ryddes", owner="Bo")
    assert session.plan.last_action_number == 5
    session = run(change_action, session, new_id, "owner", "Ali")
    session = run(change_action, session, new_id, "deadline", SECOND)
    assert changes(session) == [("a5", None, "added", "", TEMPO)]
    assert (action(session, new_id).owner, action(session, new_id).deadline) == ("Ali", SECOND)
    assert fields.keys() == {"plan", "rounds"}


def test_an_added_action_is_edited_whole() -> None:
    session = run(add_round_action, started(), TEMPO, what="Ny")
    edited = Action(id="a5", theme=TOGETHER, what=HOSTILE, owner="Bo", deadline=SECOND, effort="low")
    session = run(update_added_action, session, edited)
    assert action(session, "a5") == edited and action(session, "a5") is not edited
    assert changes(session) == [("a5", None, "added", "", TOGETHER)]  # its theme as it now is
    assert [a.id for a in session.plan.actions] == ["a1", "a2", "a3", "a4", "a5"]
    # An action from before the round changes field by field, recorded.
    error = refused("evaluation.refused.not_added_here", update_added_action, session, Action(id="a1", theme=TEMPO))
    assert error.fields == {"id": "a1"}
    # Added in an earlier round is not added here.
    later = started(run(close_round, session, FIRST), SECOND)
    refused("evaluation.refused.not_added_here", update_added_action, later, edited)


def test_a_new_goal() -> None:
    goal = Goal(theme="Ledelse", target=HOSTILE, by_when=THIRD)
    session = run(add_round_goal, started(), goal)
    assert goal_for(session.plan, "Ledelse") == goal
    assert changes(session) == [(None, "Ledelse", "added", "", HOSTILE)]
    refused("evaluation.refused.goal_exists", add_round_goal, session, Goal(theme=TEMPO))
    refused("evaluation.refused.goal_exists", add_round_goal, session, Goal(theme="Ledelse"))
    refused("evaluation.refused.goal_blank", add_round_goal, session, Goal(theme="  "))


def test_a_goal_reached_and_not_reached_after_all() -> None:
    session = run(mark_goal_reached, started(), TEMPO, FIRST)
    assert goal_for(session.plan, TEMPO).reached == FIRST
    assert changes(session) == [(None, TEMPO, "reached", "", "2027-02-03")]
    session = run(mark_goal_reached, session, TEMPO, None)
    assert goal_for(session.plan, TEMPO).reached is None and changes(session) == []
    error = refused("evaluation.refused.unknown_goal", mark_goal_reached, session, "Ledelse", FIRST)
    assert error.fields == {"theme": "Ledelse"}


def test_a_goal_added_and_reached_in_one_round() -> None:
    session = run(add_round_goal, started(), Goal(theme="Ledelse", target="Mere ros"))
    session = run(mark_goal_reached, session, "Ledelse", FIRST)
    assert changes(session) == [
        (None, "Ledelse", "added", "", "Mere ros"), (None, "Ledelse", "reached", "", "2027-02-03")
    ]


def test_the_next_follow_up_goes_to_the_round_and_the_plan() -> None:
    session = run(set_next_follow_up, started(), SECOND)
    assert (session.plan.next_follow_up, current(session).next_follow_up) == (SECOND, SECOND)
    session = run(set_next_follow_up, session, THIRD)
    assert changes(session) == [(None, None, "next_follow_up", "2027-02-03", "2027-09-01")]
    session = run(set_next_follow_up, session, None)
    assert (session.plan.next_follow_up, current(session).next_follow_up) == (None, None)
    assert changes(session) == [(None, None, "next_follow_up", "2027-02-03", "")]
    # Back to the plan's date: no change, and the round confirmed that date.
    session = run(set_next_follow_up, session, FIRST)
    assert changes(session) == [] and current(session).next_follow_up == FIRST


def test_each_round_keeps_the_next_follow_up_its_screen_showed() -> None:
    # Round 1 leaves the plan's date (FIRST) alone, round 2 moves it to
    # THIRD, round 3 clears it, round 4 leaves it cleared.
    session = run(close_round, started(), FIRST)
    assert follow_up_of_round(session, 0) == FIRST  # the plan's date, shown on the round's screen
    session = run(set_next_follow_up, started(session, SECOND), THIRD)
    session = run(close_round, session, SECOND)
    session = run(set_next_follow_up, started(session, THIRD), None)
    session = run(close_round, run(start_round, run(close_round, session, THIRD), THIRD), THIRD)
    shown = [follow_up_of_round(session, index) for index in range(4)]
    assert shown == [FIRST, THIRD, None, None]


# --- a new measurement -----------------------------------------------------------------


def later_report() -> Report:
    report = demo_report()
    return replace(report, measurement="Trivselsmåling 2027", themes=[Theme(name=TEMPO, score=61)])


def test_a_measurement_is_added_once_per_round() -> None:
    session = run(add_measurement, started(), later_report())
    assert [m.measurement for m in session.measurements] == [demo_report().measurement, "Trivselsmåling 2027"]
    assert current(session).measurement == 1
    refused("evaluation.refused.measurement_in_round", add_measurement, session, later_report())
    session = run(add_measurement, started(run(close_round, session, FIRST), SECOND), demo_report())
    assert len(session.measurements) == 3
    assert [r.measurement for r in session.rounds] == [1, 2]


# --- celebrate -----------------------------------------------------------------------


def test_celebrate_what_this_round_set_done_in_plan_order() -> None:
    session = run(review_action, started(), "a2", status="done")
    session = run(review_action, session, "a1", status="done", note="Det virker")
    # a3 was done before the round and no round has recorded it: celebrated too.
    assert ids(celebrated(session, 0)) == ["a1", "a2", "a3"]
    assert ids(celebrated(session, -1)) == ["a1", "a2", "a3"]


def test_set_done_and_back_again_in_one_round_is_not_celebrated() -> None:
    session = run(review_action, started(), "a2", status="done")
    session = run(review_action, session, "a2", status="in_progress")
    assert "a2" not in ids(celebrated(session, 0))


def test_done_before_the_round_is_celebrated_once_also_with_a_note() -> None:
    session = started()
    assert ids(celebrated(session, 0)) == ["a3"]
    with_note = run(review_action, session, "a3", note="Godt gået 🎉")
    assert ids(celebrated(with_note, 0)) == ["a3"]
    for first in (session, with_note):
        closed = run(close_round, first, FIRST)
        # The closed round keeps celebrating it (recorded done → done) ...
        assert ids(celebrated(closed, 0)) == ["a3"]
        review = closed.rounds[0].review_of("a3")
        assert review is not None and (review.was, review.status) == ("done", "done")
        # ... and the next round does not celebrate it again.
        assert ids(celebrated(started(closed, SECOND), 1)) == []


def test_done_in_one_round_is_not_celebrated_in_the_next() -> None:
    session = run(close_round, run(review_action, started(), "a1", status="done"), FIRST)
    assert ids(celebrated(session, 0)) == ["a1", "a3"]
    session = started(session, SECOND)
    assert ids(celebrated(session, 1)) == []
    session = run(close_round, session, SECOND)
    assert ids(celebrated(session, 1)) == []
    assert ids(celebrated(session, 0)) == ["a1", "a3"]


def test_done_reopened_and_done_again_is_celebrated_again() -> None:
    session = run(close_round, run(review_action, started(), "a1", status="done"), FIRST)
    session = run(close_round, run(review_action, started(session, SECOND), "a1", status="in_progress"), SECOND)
    session = run(review_action, started(session, THIRD), "a1", status="done")
    assert [ids(celebrated(session, i)) for i in range(3)] == [["a1", "a3"], [], ["a1"]]
    session = run(close_round, session, THIRD)
    assert [ids(celebrated(session, i)) for i in range(3)] == [["a1", "a3"], [], ["a1"]]


def test_reopening_a_closed_round_celebrates_the_same() -> None:
    session = run(review_action, started(), "a2", status="done")
    closed = run(close_round, session, FIRST)
    reopened = run(reopen_round, closed)
    assert ids(celebrated(session, 0)) == ids(celebrated(closed, 0)) == ids(celebrated(reopened, 0)) == ["a2", "a3"]
    assert ids(celebrated(run(close_round, reopened, FIRST), 0)) == ["a2", "a3"]


def test_an_action_done_between_rounds_is_celebrated_in_the_next() -> None:
    session = run(close_round, started(), FIRST)
    session.plan.actions[1].status = "done"  # a2, marked done on the plan screen
    session = started(session, SECOND)
    assert ids(celebrated(session, 1)) == ["a2"]


# --- how an action stood in a round -------------------------------------------------------


def test_status_in_round() -> None:
    session = run(close_round, run(review_action, started(), "a1", status="adjusted"), FIRST)
    session = run(close_round, run(review_action, started(session, SECOND), "a2", status="in_progress"), SECOND)
    session = run(review_action, started(session, THIRD), "a1", status="done")
    a1, a2, a3 = (action(session, i) for i in ("a1", "a2", "a3"))
    assert [status_in_round(session, i, a1) for i in range(3)] == ["adjusted", "adjusted", "done"]
    # Not reviewed in round 1: as the round that reviewed it later found it.
    assert [status_in_round(session, i, a2) for i in range(3)] == ["not_started", "in_progress", "in_progress"]
    # Reviewed by no round: as it is in the plan.
    assert [status_in_round(session, i, a3) for i in range(3)] == ["done", "done", "done"]
    assert status_in_round(session, -1, a1) == "done"


def test_still_open() -> None:
    assert ids(still_open(workshop().plan)) == ["a1", "a2"]


# --- the models -------------------------------------------------------------------------------


def test_the_refusal_keys() -> None:
    """Every key the module refuses with, for the screens' messages."""
    import inspect
    import re

    keys = set(re.findall(r'"(evaluation\.refused\.[a-z_]+)"', inspect.getsource(ev)))
    assert keys == {
        "evaluation.refused.no_open_round",
        "evaluation.refused.round_open",
        "evaluation.refused.no_plan",
        "evaluation.refused.nothing_to_reopen",
        "evaluation.refused.unknown_action",
        "evaluation.refused.not_added_here",
        "evaluation.refused.goal_exists",
        "evaluation.refused.goal_blank",
        "evaluation.refused.remove_older",
        "evaluation.refused.unknown_goal",
        "evaluation.refused.measurement_in_round",
        "evaluation.refused.zero_tolerance_open",
    }
    from kompas_tui.i18n.evaluation import MESSAGES

    for key in keys:
        assert MESSAGES[key].keys() >= {"da", "en"}, key


def test_rounds_validate() -> None:
    with pytest.raises(ValueError):
        Round(opened=FIRST, measurement=0)  # the session's own report is never a round's
    with pytest.raises(ValueError):
        ActionReview(action="a1", was="finished", status="done")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Change(action="a1", field="what")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Round(opened=FIRST, surprise=1)  # type: ignore[call-arg]


# --- a hand-edited file: the session checks its rounds ------------------------


def _edited(tmp_path: Any, session: Session, old: str, new: str) -> Any:
    from kompas_tui.storage.session_file import session_to_bytes

    path = tmp_path / "edited.toml"
    text = session_to_bytes(session).decode()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return path


def test_a_file_with_an_earlier_round_left_open_is_refused(tmp_path: Any) -> None:
    from kompas_tui.errors import InputError
    from kompas_tui.storage.session_file import load_session

    session = run(ev.close_round, started(), FIRST)
    session = started(session, FIRST + dt.timedelta(days=90))
    path = _edited(tmp_path, session, f"closed = {FIRST.isoformat()}\n", "")
    with pytest.raises(InputError) as caught:
        load_session(path)
    (problem,) = caught.value.problems
    assert problem.field == "rounds"
    assert "kun den sidste er åben" in str(problem) or "only the last is open" in str(problem)


def test_a_round_pointing_at_a_measurement_the_session_lacks_is_refused(tmp_path: Any) -> None:
    from kompas_tui.errors import InputError
    from kompas_tui.storage.session_file import load_session

    session = run(ev.add_measurement, started(), demo_report())
    path = _edited(tmp_path, session, "measurement = 1\n", "measurement = 7\n")
    with pytest.raises(InputError) as caught:
        load_session(path)
    (problem,) = caught.value.problems
    assert problem.field == "rounds" and problem.line is not None and "7" in str(problem)


def test_an_action_added_in_the_round_can_be_taken_back_without_a_trace() -> None:
    session = started()
    fields, new_id = ev.add_round_action(session, "Meningsfuldt arbejde", what="Fejl")
    for name, value in fields.items():
        setattr(session, name, value)
    session = run(ev.review_action, session, new_id, status="in_progress", note="x")
    before = session.model_copy(deep=True)
    after = run(ev.remove_added_action, session, new_id)
    assert session == before  # the input is left alone
    assert find_action(after.plan, new_id) is None
    assert all(new_id not in (c.action, None) for c in current(after).changes if c.action)
    assert current(after).review_of(new_id) is None
    # The next new action does not reuse the id.
    _, next_id = ev.add_round_action(after, "Meningsfuldt arbejde")
    assert next_id != new_id


def test_an_older_action_is_never_deleted_only_dropped() -> None:
    session = started()
    refused("evaluation.refused.remove_older", ev.remove_added_action, session, "a1")
    refused("evaluation.refused.unknown_action", ev.remove_added_action, session, "a99")
