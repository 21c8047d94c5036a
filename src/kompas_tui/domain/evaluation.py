"""Evaluation rounds (Evaluering, SPEC §3.8 and step 5 of the deck): the
group reopens the plan, says how each action stands, adjusts what cannot be
done, celebrates what is done, sets new goals and the next follow-up date.

Decisions (docs/evaluation.md):

- **The plan is the current state; a round is its history.** Every change
  made in a round goes to the plan *and* is recorded in the round: a status
  or note as an `ActionReview` (with the status the action had when the round
  first touched it), a new owner, deadline or follow-up person, a new action
  or goal, a goal reached, as a `Change` with its value before and after.
  Several edits of one field in one round are one change (first before,
  last after); an edit back to the old value removes it.
- **One round is open at a time**: the last one, until it is closed.
  Closed rounds are history and refuse every change (`RoundRefused`).
- **Celebrate** (`celebrated`): the actions a round saw done. In a round:
  actions it set to done; in the open round also actions done before it
  opened that no earlier round recorded as done (done outside a round,
  say right after the workshop). Closing the round records those as
  reviews (done → done), so the round keeps celebrating them as history and
  the next round does not celebrate them again. An action done, reopened
  and done again is celebrated again.
- Every operation takes the session and returns the session fields it
  changes (`{"plan": ..., "rounds": ...}`), new objects, ready for
  `KompasApp.update_round`; the session passed in is not changed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kompas_tui.domain.message import Refusal
from kompas_tui.domain.meeting import Participant, clean_name, unique_names
from kompas_tui.domain.plan import (
    CLOSED,
    ZERO_TOLERANCE_THEME,
    Action,
    Goal,
    Plan,
    Status,
    ZeroToleranceRecord,
    add_action,
    answers_zero_tolerance,
    find_action,
    goal_for,
)

if TYPE_CHECKING:
    from kompas_tui.domain.report import Report
    from kompas_tui.domain.session import Session

#: Fields of an action a round may change (besides status and note).
ActionField = Literal["owner", "deadline", "follow_up"]
ACTION_FIELDS: tuple[ActionField, ...] = ("owner", "deadline", "follow_up")
#: What a `Change` records.
ChangeField = Literal[
    "owner", "deadline", "follow_up", "added", "reached", "next_follow_up", "follow_up_by", "work_group"
]

Fields = dict[str, Any]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class ActionReview(_Model):
    """How one action stood in a round."""

    action: str
    #: The action's status when the round first touched it.
    was: Status
    status: Status
    note: str = ""


class Change(_Model):
    """One change to the plan made in a round. `action` (an id) or `goal` (a
    theme) names what changed; neither for the plan's own next follow-up.
    Dates are written ISO (`2027-03-01`), an unset value as ""."""

    action: str | None = None
    goal: str | None = None
    field: ChangeField
    before: str = ""
    after: str = ""


class Round(_Model):
    opened: dt.date
    #: None while the round is open.
    closed: dt.date | None = None
    notes: str = ""
    #: The next follow-up date the round set.
    next_follow_up: dt.date | None = None
    #: Index in `Session.measurements` of a measurement added in this round.
    measurement: int | None = Field(default=None, ge=1)
    #: Who took part, each with a role (SPEC §2, the record).
    participants: list[Participant] = Field(default_factory=list)
    #: How the zero-tolerance point is handled anew, when the measurement
    #: this round added reports exposure again (None: nothing recorded).
    zero_tolerance: ZeroToleranceRecord | None = None
    reviews: list[ActionReview] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.closed is None

    def review_of(self, action_id: str) -> ActionReview | None:
        return next((r for r in self.reviews if r.action == action_id), None)


class RoundRefused(Refusal):
    """An operation the rounds' rules do not allow; `message` says why."""


# --- which round -------------------------------------------------------------


def open_round(session: Session) -> Round | None:
    """The round being held, if any (always the last one)."""
    rounds = session.rounds
    return rounds[-1] if rounds and rounds[-1].is_open else None


def has_plan(session: Session) -> bool:
    """A session with a plan to evaluate: it has at least one action."""
    return bool(session.plan.actions)


def offers_round(session: Session, today: dt.date) -> bool:
    """`kompas open` offers a new round: the session has a plan, no round is
    open, and it is not the day the plan was last worked on (so resuming a
    workshop after a dropped connection is not interrupted)."""
    if not has_plan(session) or open_round(session) is not None:
        return False
    return bool(session.rounds) or session.updated.date() < today


def _copies(session: Session) -> tuple[Plan, list[Round], Round]:
    current = open_round(session)
    if current is None:
        raise RoundRefused("evaluation.refused.no_open_round")
    rounds = list(session.rounds)
    rounds[-1] = current.model_copy(deep=True)
    return session.plan.model_copy(deep=True), rounds, rounds[-1]


def start_round(session: Session, today: dt.date, participants: list[Participant] | None = None) -> Fields:
    """A new open round dated `today`, with the last round's participants
    unless others are given. Refused while one is open or without a plan."""
    if open_round(session) is not None:
        raise RoundRefused("evaluation.refused.round_open")
    if not has_plan(session):
        raise RoundRefused("evaluation.refused.no_plan")
    people = participants if participants is not None else (session.rounds[-1].participants if session.rounds else [])
    new = Round(opened=today, participants=_people(people))
    return {"rounds": [*session.rounds, new], "step": "evaluation"}


def close_round(session: Session, today: dt.date) -> Fields:
    """Close the open round (dated `today`, never before it opened). The
    actions it celebrates without having reviewed them (done before it
    opened, see `celebrated`) are recorded as reviews done → done."""
    if (index := zero_tolerance_reopened(session)) is not None:
        raise RoundRefused("evaluation.refused.zero_tolerance_open", round=index + 1)
    _, rounds, current = _copies(session)
    reviewed = {r.action for r in current.reviews}
    for action in celebrated(session, len(session.rounds) - 1):
        if action.id not in reviewed:
            current.reviews.append(ActionReview(action=action.id, was="done", status="done"))
    current.closed = max(today, current.opened)
    return {"rounds": rounds}


def reopen_round(session: Session) -> Fields:
    """Open the last round again (a round closed by mistake)."""
    if not session.rounds or open_round(session) is not None:
        raise RoundRefused("evaluation.refused.nothing_to_reopen")
    rounds = list(session.rounds)
    rounds[-1] = rounds[-1].model_copy(update={"closed": None})
    return {"rounds": rounds}


# --- the round's own fields ----------------------------------------------------


def _people(people: list[Participant]) -> list[Participant]:
    return [Participant(name=clean_name(p.name), role=p.role) for p in people if p.name.strip()]


def set_participants(session: Session, people: list[Participant]) -> Fields:
    _, rounds, current = _copies(session)
    current.participants = _people(people)
    return {"rounds": rounds}


def set_notes(session: Session, notes: str) -> Fields:
    _, rounds, current = _copies(session)
    current.notes = notes
    return {"rounds": rounds}


def set_next_follow_up(session: Session, date: dt.date | None) -> Fields:
    plan, rounds, current = _copies(session)
    _record(current, None, None, "next_follow_up", _text(plan.next_follow_up), _text(date))
    plan.next_follow_up = date
    current.next_follow_up = date
    return {"plan": plan, "rounds": rounds}


def follow_up_of_round(session: Session, index: int) -> dt.date | None:
    """The next follow-up the round's screen showed: the date the round set
    (None if it cleared it), else the plan's date in force during the round.
    That is the plan's date now, unless a later round changed it, in which
    case it is what the first such change found (its "before")."""
    this = session.rounds[index]
    if this.next_follow_up is not None or _changed_follow_up(this) is not None:
        return this.next_follow_up
    for later in session.rounds[index + 1 :]:
        if (change := _changed_follow_up(later)) is not None:
            return _date_or_none(change.before)
        if later.next_follow_up is not None:  # set, then set back: no change kept
            return later.next_follow_up
    return session.plan.next_follow_up


def _changed_follow_up(round_: Round) -> Change | None:
    return next((c for c in round_.changes if c.field == "next_follow_up" and c.action is None), None)


def _date_or_none(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def set_follow_up_by(session: Session, name: str) -> Fields:
    """Who follows up the plan as a whole, recorded in the round."""
    plan, rounds, current = _copies(session)
    name = clean_name(name)
    _record(current, None, None, "follow_up_by", plan.follow_up_by, name)
    plan.follow_up_by = name
    return {"plan": plan, "rounds": rounds}


def set_work_group(session: Session, names: list[str]) -> Fields:
    """The work group, recorded in the round (as a comma-separated list)."""
    plan, rounds, current = _copies(session)
    names = unique_names(names)
    _record(current, None, None, "work_group", ", ".join(plan.work_group), ", ".join(names))
    plan.work_group = names
    return {"plan": plan, "rounds": rounds}


def set_round_zero_tolerance(session: Session, text: str, recorded: dt.date | None) -> Fields:
    """The round's own record of how the zero-tolerance point is handled
    anew (a text and the date it was recorded)."""
    _, rounds, current = _copies(session)
    record = ZeroToleranceRecord(text=text, recorded=recorded)
    current.zero_tolerance = None if not text.strip() and recorded is None else record
    return {"rounds": rounds}


# --- actions -------------------------------------------------------------------


def _action(plan: Plan, action_id: str) -> Action:
    action = find_action(plan, action_id)
    if action is None:
        raise RoundRefused("evaluation.refused.unknown_action", id=action_id)
    return action


def _review(current: Round, action: Action) -> ActionReview:
    review = current.review_of(action.id)
    if review is None:
        review = ActionReview(action=action.id, was=action.status, status=action.status)
        current.reviews.append(review)
    return review


def review_action(session: Session, action_id: str, *, status: Status | None = None, note: str | None = None) -> Fields:
    """Set an action's status and/or the round's note on it."""
    plan, rounds, current = _copies(session)
    action = _action(plan, action_id)
    review = _review(current, action)
    if status is not None:
        review.status = status
        action.status = status
    if note is not None:
        review.note = note
    if review.status == review.was and not review.note.strip():
        current.reviews.remove(review)  # nothing left to record
    return {"plan": plan, "rounds": rounds}


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _record(current: Round, action: str | None, goal: str | None, field: ChangeField, before: str, after: str) -> None:
    """Record a change, merged with an earlier one of the same field in the
    round; removed when it ends where it began."""
    earlier = next(
        (c for c in current.changes if c.action == action and c.goal == goal and c.field == field), None
    )
    if earlier is None:
        if before != after:
            current.changes.append(Change(action=action, goal=goal, field=field, before=before, after=after))
        return
    if earlier.before == after:
        current.changes.remove(earlier)
    else:
        earlier.after = after


def change_action(session: Session, action_id: str, field: ActionField, value: str | dt.date | None) -> Fields:
    """A new owner, deadline or follow-up person, recorded in the round."""
    if field not in ACTION_FIELDS:
        raise ValueError(field)
    plan, rounds, current = _copies(session)
    action = _action(plan, action_id)
    before = getattr(action, field)
    setattr(action, field, (value or None) if field == "deadline" else (value or ""))
    added_here = any(c.action == action_id and c.field == "added" for c in current.changes)
    if not added_here:  # a new action's fields are simply its fields
        _record(current, action_id, None, field, _text(before), _text(getattr(action, field)))
    return {"plan": plan, "rounds": rounds}


def add_round_action(session: Session, theme: str, **fields: Any) -> tuple[Fields, str]:
    """A new action in the plan, recorded as added in the round. Returns
    the fields to update and the new action's id."""
    plan, rounds, current = _copies(session)
    action = add_action(plan, theme, **fields)
    current.changes.append(Change(action=action.id, field="added", after=theme))
    return {"plan": plan, "rounds": rounds}, action.id


def update_added_action(session: Session, action: Action) -> Fields:
    """Replace an action added in the open round (its editor saves as you
    type). Actions from before the round change through `change_action`."""
    plan, rounds, current = _copies(session)
    added = next((c for c in current.changes if c.action == action.id and c.field == "added"), None)
    if added is None:
        raise RoundRefused("evaluation.refused.not_added_here", id=action.id)
    action = Action.model_validate(action.model_dump())  # the caller's object stays the caller's
    plan.actions = [action if a.id == action.id else a for a in plan.actions]
    added.after = action.theme
    return {"plan": plan, "rounds": rounds}


def remove_added_action(session: Session, action_id: str) -> Fields:
    """Take back an action added in the open round (typed by mistake, or
    emptied again): it leaves the plan and the round keeps no trace of it.
    An action from before the round is never removed: it is set to
    dropped, so the history says so."""
    plan, rounds, current = _copies(session)
    _action(plan, action_id)
    if not any(c.action == action_id and c.field == "added" for c in current.changes):
        raise RoundRefused("evaluation.refused.remove_older", id=action_id)
    plan.actions = [a for a in plan.actions if a.id != action_id]
    current.changes = [c for c in current.changes if c.action != action_id]
    current.reviews = [r for r in current.reviews if r.action != action_id]
    return {"plan": plan, "rounds": rounds}


def add_round_goal(session: Session, goal: Goal) -> Fields:
    """A new goal (a theme the plan has no goal for yet)."""
    plan, rounds, current = _copies(session)
    if not goal.theme.strip():
        raise RoundRefused("evaluation.refused.goal_blank")
    if goal_for(plan, goal.theme) is not None:
        raise RoundRefused("evaluation.refused.goal_exists", theme=goal.theme)
    plan.goals.append(goal.model_copy(deep=True))
    current.changes.append(Change(goal=goal.theme, field="added", after=goal.target))
    return {"plan": plan, "rounds": rounds}


def mark_goal_reached(session: Session, theme: str, reached: dt.date | None) -> Fields:
    """Mark a goal reached on a date, or not reached (None)."""
    plan, rounds, current = _copies(session)
    goal = goal_for(plan, theme)
    if goal is None:
        raise RoundRefused("evaluation.refused.unknown_goal", theme=theme)
    _record(current, None, theme, "reached", _text(goal.reached), _text(reached))
    goal.reached = reached
    return {"plan": plan, "rounds": rounds}


# --- a new measurement ---------------------------------------------------------


def add_measurement(session: Session, report: Report) -> Fields:
    """A later report added to the session's measurements, in the open round."""
    _, rounds, current = _copies(session)
    if current.measurement is not None:
        raise RoundRefused("evaluation.refused.measurement_in_round")
    measurements = [*session.measurements, report]
    current.measurement = len(measurements) - 1
    return {"measurements": measurements, "rounds": rounds}


# --- reading the history ----------------------------------------------------------


def celebrated(session: Session, index: int) -> list[Action]:
    """The actions round `index` saw done, in plan order (see the module's
    docstring)."""
    rounds = session.rounds
    index = range(len(rounds))[index]  # -1 is the last round
    this = rounds[index]
    done_before: set[str] = set()
    for earlier in rounds[:index]:
        for review in earlier.reviews:
            if review.status == "done":
                done_before.add(review.action)
            else:
                done_before.discard(review.action)
    # Set done in this round, or found done (and kept done, say with a note)
    # without an earlier round having recorded it.
    ids = {
        r.action for r in this.reviews
        if r.status == "done" and (r.was != "done" or r.action not in done_before)
    }
    if this.is_open and index == len(rounds) - 1:
        reviewed = {r.action for r in this.reviews}
        ids |= {
            a.id for a in session.plan.actions
            if a.status == "done" and a.id not in done_before and a.id not in reviewed
        }
    return [a for a in session.plan.actions if a.id in ids]


def status_in_round(session: Session, index: int, action: Action) -> Status:
    """How `action` stood at the end of round `index`: its last review up to
    that round, else the status a later round found it in; for the open
    round, or an action no round reviewed, its status in the plan."""
    rounds = session.rounds
    index = range(len(rounds))[index]
    if rounds[index].is_open:
        return action.status
    for earlier in reversed(rounds[: index + 1]):
        review = earlier.review_of(action.id)
        if review is not None:
            return review.status
    for later in rounds[index + 1 :]:
        review = later.review_of(action.id)
        if review is not None:
            return review.was
    return action.status


def still_open(plan: Plan) -> list[Action]:
    return [a for a in plan.actions if a.status not in CLOSED]


# --- the zero-tolerance point, open again -------------------------------------------


def exposed_count(report: Report) -> int:
    """How many answers report exposure on the report's zero-tolerance
    items (SPEC §2). It does not depend on the profile: incident counts are
    never suppressed."""
    return sum(q.count_yes or 0 for theme in report.themes for q in theme.questions if q.kind == "incident")


def reports_exposure(report: Report) -> bool:
    """The report shows one or more employees exposed."""
    return exposed_count(report) > 0


def round_reports_exposure(session: Session, index: int) -> bool:
    """Round `index` added a measurement that reports exposure."""
    added = session.rounds[index].measurement
    return added is not None and added < len(session.measurements) and reports_exposure(session.measurements[added])


def round_answers_zero_tolerance(session: Session, index: int) -> bool:
    """Round `index` answered the point anew: its own record with a text
    and a date, or an action on the point that it added, or reviewed with a
    note saying how it stands."""
    this = session.rounds[index]
    record = this.zero_tolerance
    if record is not None and record.text.strip() and record.recorded is not None:
        return True
    touched = {c.action for c in this.changes if c.field == "added" and c.action}
    touched |= {r.action for r in this.reviews if r.note.strip()}
    return any(
        a.id in touched and answers_zero_tolerance(a) for a in session.plan.actions if a.theme == ZERO_TOLERANCE_THEME
    )


def zero_tolerance_reopened(session: Session) -> int | None:
    """The index of the round in which the zero-tolerance point is open
    again: the last round that added a measurement reporting exposure, when
    neither it nor a later round has answered it anew. None when the point
    is not open in a round (the plan's own answer stands)."""
    exposed = [i for i in range(len(session.rounds)) if round_reports_exposure(session, i)]
    if not exposed:
        return None
    first = exposed[-1]
    if any(round_answers_zero_tolerance(session, i) for i in range(first, len(session.rounds))):
        return None
    return first
