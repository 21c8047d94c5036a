"""Property tests for evaluation rounds (domain/evaluation.py): whatever
the group does, in any order, the session passed in is never changed, at
most the last round is open, every result validates, and each round's
record replays: its reviews and changes lead from the plan as the round
found it to the plan as it left it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_tui.domain import evaluation as ev
from kompas_tui.domain.evaluation import ACTION_FIELDS, RoundRefused, celebrated
from kompas_tui.domain.meeting import Participant, parse_participants
from kompas_tui.domain.plan import STATUSES, ZERO_TOLERANCE_THEME, Action, Goal, Plan
from kompas_tui.domain.report import Question, Report, Theme
from kompas_tui.domain.session import Session

THEMES = ["Arbejdsmængde og tempo", "Samarbejde", "Ledelse", "[/]", "Trivsel 🙂", ZERO_TOLERANCE_THEME]
HOSTILE = ["", "Mette", "Ali", "[/]", "[/", "[bold]", "\x1b[31mrød", "æøå", "a\r\nb", '"""', "  "]
START = dt.date(2027, 1, 4)

texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8))
dates = st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2029, 12, 31)))
statuses = st.one_of(st.none(), st.sampled_from(STATUSES))
picks = st.integers(0, 50)

in_round = st.one_of(
    st.tuples(st.just("review"), picks, statuses, st.one_of(st.none(), texts)),
    st.tuples(st.just("review"), picks, statuses, st.none()),
    st.tuples(st.just("change"), picks, st.sampled_from(ACTION_FIELDS), texts, dates),
    st.tuples(st.just("change"), picks, st.sampled_from(ACTION_FIELDS), texts, dates),
    st.tuples(st.just("add_action"), st.sampled_from(THEMES), texts),
    st.tuples(st.just("update_added"), picks, st.sampled_from(THEMES), texts, statuses),
    st.tuples(st.just("add_goal"), st.sampled_from(THEMES), texts),
    st.tuples(st.just("reach"), picks, dates),
    st.tuples(st.just("follow_up"), dates),
    st.tuples(st.just("notes"), texts),
    st.tuples(st.just("participants"), st.lists(texts, max_size=3)),
    st.tuples(st.just("measurement"), texts),
    st.tuples(st.just("measurement_exposed"), texts),
    st.tuples(st.just("follow_up_by"), texts),
    st.tuples(st.just("work_group"), st.lists(texts, max_size=3)),
    st.tuples(st.just("zt_record"), texts, dates),
)
anywhere = st.one_of(
    in_round,
    st.tuples(st.just("start"), st.integers(0, 200), st.one_of(st.none(), st.lists(texts, max_size=3))),
    st.tuples(st.just("close"), st.integers(0, 60)),
    st.tuples(st.just("reopen")),
    st.tuples(st.just("outside_done"), picks),
)
#: Mostly whole rounds (start, work, close or not, sometimes reopen and
#: work on), with any operation in between, in or out of order.
rounds_of_work = st.tuples(
    st.lists(st.tuples(st.just("outside_done"), picks), max_size=2),
    st.tuples(st.just("start"), st.integers(1, 200), st.one_of(st.none(), st.lists(texts, max_size=3))),
    st.lists(in_round, max_size=12),
    st.lists(st.sampled_from([("close", 0), ("close", 3), ("reopen",)]), max_size=3),
    st.lists(in_round, max_size=4),
    st.lists(anywhere, max_size=2),
).map(lambda parts: [op for part in parts for op in (part if isinstance(part, list) else [part])])
operations = st.lists(rounds_of_work, max_size=5).map(lambda blocks: [op for block in blocks for op in block])


def base_session(statuses_: list[str]) -> Session:
    report = Report(unit="Enhed", themes=[Theme(name=name, score=50) for name in THEMES])
    session = Session.start(report)
    session.plan = Plan(
        goals=[Goal(theme=THEMES[0], target="60"), Goal(theme=THEMES[1], reached=dt.date(2026, 12, 1))],
        actions=[
            Action(id=f"a{n}", theme=THEMES[n % 2], what=f"Handling {n}", owner="Mette" if n % 2 else "",
                   deadline=dt.date(2027, 1, n) if n % 3 else None, status=status)
            for n, status in enumerate(statuses_, start=1)
        ],
        next_follow_up=dt.date(2027, 2, 1),
    )
    return Session.model_validate(session.model_dump())


def call(session: Session, op: tuple[Any, ...], day: dt.date) -> dict[str, Any] | None:
    """The operation's fields, or None when it is refused (`RoundRefused`)."""
    kind, *args = op
    actions = session.plan.actions
    goals = session.plan.goals
    try:
        if kind == "start":
            people = None if args[1] is None else [Participant(name=name) for name in args[1]]
            return ev.start_round(session, day + dt.timedelta(days=args[0]), people)
        if kind == "close":
            return ev.close_round(session, day + dt.timedelta(days=args[0]))
        if kind == "reopen":
            return ev.reopen_round(session)
        if kind == "review":
            pick, status, note = args
            return ev.review_action(session, actions[pick % len(actions)].id, status=status, note=note)
        if kind == "change":
            pick, field, name, date = args
            return ev.change_action(session, actions[pick % len(actions)].id, field, date if field == "deadline" else name)
        if kind == "add_action":
            return ev.add_round_action(session, args[0], owner=args[1])[0]
        if kind == "update_added":
            pick, theme, owner, status = args
            current = session.rounds[-1] if session.rounds else None
            added = [c.action for c in current.changes if c.field == "added" and c.action] if current else []
            target = added[pick % len(added)] if added else actions[pick % len(actions)].id
            return ev.update_added_action(
                session, Action(id=target, theme=theme, owner=owner, status=status or "not_started")
            )
        if kind == "add_goal":
            return ev.add_round_goal(session, Goal(theme=args[0], target=args[1]))
        if kind == "reach":
            return ev.mark_goal_reached(session, goals[args[0] % len(goals)].theme, args[1])
        if kind == "follow_up":
            return ev.set_next_follow_up(session, args[0])
        if kind == "notes":
            return ev.set_notes(session, args[0])
        if kind == "participants":
            return ev.set_participants(session, parse_participants(", ".join(args[0])))
        if kind == "measurement":
            return ev.add_measurement(session, Report(unit="Enhed", measurement=args[0]))
        if kind == "measurement_exposed":
            incident = Question(id="9.1", text="Vold", kind="incident", count_yes=2)
            report = Report(unit="Enhed", measurement=args[0], themes=[Theme(name="Krænkelser", questions=[incident])])
            return ev.add_measurement(session, report)
        if kind == "follow_up_by":
            return ev.set_follow_up_by(session, args[0])
        if kind == "work_group":
            return ev.set_work_group(session, args[0])
        if kind == "zt_record":
            return ev.set_round_zero_tolerance(session, args[0], args[1])
    except RoundRefused:
        return None
    raise AssertionError(kind)


def text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def check_replay(record: ev.Round, before: Plan, after: Plan) -> None:
    """The round's reviews and changes lead from `before` to `after`."""
    keys = [(c.action, c.goal, c.field) for c in record.changes]
    assert len(keys) == len(set(keys)), "one change per field and round"
    assert len({r.action for r in record.reviews}) == len(record.reviews), "one review per action and round"
    changes = {(c.action, c.goal, c.field): c for c in record.changes}
    old = {a.id: a for a in before.actions}
    new = {a.id: a for a in after.actions}
    added = {c.action for c in record.changes if c.field == "added" and c.action}
    assert set(new) == set(old) | added and not (added & set(old))
    assert [a.id for a in after.actions][: len(before.actions)] == [a.id for a in before.actions]
    for action_id, was in old.items():
        now = new[action_id]
        for field in ACTION_FIELDS:
            change = changes.get((action_id, None, field))
            if change is None:
                assert getattr(was, field) == getattr(now, field)
            else:
                assert (change.before, change.after) == (text(getattr(was, field)), text(getattr(now, field)))
                assert change.before != change.after
        assert (was.what, was.theme, was.first_step) == (now.what, now.theme, now.first_step)
        review = record.review_of(action_id)
        if review is None:
            assert was.status == now.status
        else:
            assert (review.was, review.status) == (was.status, now.status)
            assert review.was != review.status or review.note.strip() or review.status == "done"
    for action_id in added:
        assert changes[(action_id, None, "added")].after == new[action_id].theme
        assert not any((action_id, None, field) in changes for field in ACTION_FIELDS)
    old_goals = {g.theme: g for g in before.goals}
    new_goals = {g.theme: g for g in after.goals}
    added_goals = {c.goal for c in record.changes if c.field == "added" and c.goal}
    assert set(new_goals) == set(old_goals) | added_goals and not (added_goals & set(old_goals))
    for theme, goal in new_goals.items():
        reached_before = old_goals[theme].reached if theme in old_goals else None
        change = changes.get((None, theme, "reached"))
        if change is None:
            assert goal.reached == reached_before
        else:
            assert (change.before, change.after) == (text(reached_before), text(goal.reached))
    change = changes.get((None, None, "next_follow_up"))
    if change is None:
        assert before.next_follow_up == after.next_follow_up
    else:
        assert (change.before, change.after) == (text(before.next_follow_up), text(after.next_follow_up))
    change = changes.get((None, None, "follow_up_by"))
    if change is None:
        assert before.follow_up_by == after.follow_up_by
    else:
        assert (change.before, change.after) == (before.follow_up_by, after.follow_up_by)
    change = changes.get((None, None, "work_group"))
    if change is None:
        assert before.work_group == after.work_group
    else:
        assert (change.before, change.after) == (", ".join(before.work_group), ", ".join(after.work_group))


def check_celebrations(session: Session) -> None:
    """An action is celebrated again only after a round saw it not done."""
    last: dict[str, int] = {}
    for index, record in enumerate(session.rounds):
        for action in celebrated(session, index):
            if action.id in last:
                between = session.rounds[last[action.id] + 1 : index + 1]
                assert any(
                    r.status != "done" or r.was != "done" for rnd in between for r in rnd.reviews if r.action == action.id
                ), f"{action.id} celebrated in rounds {last[action.id]} and {index}"
            last[action.id] = index
            review = record.review_of(action.id)
            assert (review is not None and review.status == "done") or (record.is_open and action.status == "done")


# 60 sequences of up to many operations each: every rule met after every step.
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(STATUSES), min_size=1, max_size=5), operations)
def test_any_sequence_of_operations_keeps_the_rules(statuses_: list[str], ops: list[tuple[Any, ...]]) -> None:
    session = base_session(statuses_)
    #: The plan as each round found it when it first opened.
    found: list[Plan] = []
    day = START
    for op in ops:
        if op[0] == "outside_done":
            # The plan screen before any round: an action marked done.
            if not session.rounds:
                session.plan.actions[op[1] % len(session.plan.actions)].status = "done"
            continue
        before = session.model_dump()
        reopened = ev.zero_tolerance_reopened(session)
        fields = call(session, op, day)
        assert session.model_dump() == before, f"{op[0]} changed the session passed in"
        if op[0] == "close" and reopened is not None:
            assert fields is None, "a round closed with the zero-tolerance point open again"
        if fields is None:
            continue
        rounds_before = len(session.rounds)
        nxt = session.model_copy()
        for name, value in fields.items():
            setattr(nxt, name, value)
        assert Session.model_validate(nxt.model_dump()) == nxt
        if len(nxt.rounds) > rounds_before:
            found.append(session.plan.model_copy(deep=True))
            day = nxt.rounds[-1].opened
        # Closed rounds are history: never rewritten, except reopening the last.
        for old, new in zip(session.rounds[:-1], nxt.rounds[:-1], strict=False):
            assert old == new
        if op[0] in ("close", "reopen"):
            # Closing or reopening a round never changes what it celebrates.
            last = len(session.rounds) - 1
            assert [a.id for a in celebrated(nxt, last)] == [a.id for a in celebrated(session, last)]
        session = nxt
        open_ = [i for i, r in enumerate(session.rounds) if r.is_open]
        assert open_ in ([], [len(session.rounds) - 1])
        assert all(r.closed is None or r.closed >= r.opened for r in session.rounds)
        assert [r.measurement for r in session.rounds if r.measurement is not None] == list(
            range(1, len(session.measurements))
        )
    ends = [*found[1:], session.plan][: len(found)]
    for record, before, after in zip(session.rounds, found, ends, strict=True):
        check_replay(record, before, after)
    check_celebrations(session)
