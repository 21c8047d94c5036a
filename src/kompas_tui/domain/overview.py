"""One unit's follow-up at a glance, for HR's overview, the review list and
`kompas due` (SPEC §3.9, §3.10, §4). No Textual, no files: `unit_status`
reads a loaded session; `storage/folder_scan.py` finds the sessions.

Decisions (docs/overview.md):

- **Colour, track and January list** come from the session's latest
  measurement (a January re-measurement added in a round shows where the
  unit is now), counted from the day that measurement entered the session.
- **Actions**: dropped ones count for nothing; "done/total" is done over
  all actions not dropped. Overdue and due-within follow `domain/plan.py`.
- **Plan complete** is `plan.is_complete` for the session's own report and
  chosen themes; a session still before its plan (no actions) is not
  complete.
- **Zero tolerance**: triggered when any of the session's measurements
  shows exposure; answered as `plan.zero_tolerance_answered` says, unless a
  round's later measurement reports exposure again and the point is open
  in that round (`evaluation.zero_tolerance_reopened`): then it is
  unanswered, and the plan misses it.
- **Follow-up**: the plan's next follow-up date has passed
  (`follow_up_overdue`); a January re-measurement the track asked for is
  missing when its month is over and the session has no later measurement
  (`remeasure_overdue`: the re-measurement month is always counted from
  the session's latest measurement, so adding it moves the month on).
- **Which session counts** (`counted_sessions`, SPEC §2): of several
  sessions of one unit, the one of the latest measurement; between
  sessions of the same measurement (by name), the one with the most
  entered (`progress`: rounds, then actions, goals, voted themes, notes,
  the record of the meeting; compared in that order, so a plan beats
  notes, whatever the dates); a session with nothing entered never counts
  while another of the unit has something. Ties go to the last saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from kompas_tui.domain.plan import (
    Action,
    Missing,
    completeness,
    is_due_within,
    is_past,
    open_actions,
    zero_tolerance_answered,
)
from kompas_tui.domain.report import Colour
from kompas_tui.domain.scoring import ReportSummary, Track, summarise

if TYPE_CHECKING:
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.domain.session import Session


@dataclass(frozen=True)
class OpenAction:
    """An action not done and not dropped, as `kompas due` lists it."""

    id: str
    what: str
    owner: str
    follow_up: str
    deadline: dt.date | None
    theme: str


@dataclass(frozen=True)
class UnitStatus:
    """One session file's follow-up state."""

    path: str
    unit: str
    measurement: str
    created: dt.date
    updated: dt.datetime
    language: str
    overall: float | None
    colour: Colour | None
    track: Track
    remeasure: str | None
    measurements: int
    plan_complete: bool
    missing: int
    actions_done: int
    actions_total: int
    next_follow_up: dt.date | None
    open_actions: tuple[OpenAction, ...]
    zero_tolerance: bool
    zero_tolerance_answered: bool
    rounds: int
    last_round: dt.date | None
    round_open: bool
    #: Who follows up the plan as a whole ("" when nobody is named).
    follow_up_by: str = ""
    #: The day the latest measurement entered the session.
    entered: dt.date | None = None
    #: How much is entered (`progress`); all zeros for an empty session.
    progress: tuple[int, ...] = ()
    #: Who has the session open for writing right now ("anna på server
    #: (proces 123)"), set by the folder scan; None when nobody does.
    holder: str | None = None

    def overdue(self, today: dt.date) -> list[OpenAction]:
        return [a for a in self.open_actions if is_past(a.deadline, today)]

    @property
    def has_content(self) -> bool:
        return any(self.progress)

    def follow_up_overdue(self, today: dt.date) -> bool:
        """The plan's next follow-up date has passed (a plan with actions)."""
        return self.actions_total > 0 and is_past(self.next_follow_up, today)

    def remeasure_overdue(self, today: dt.date) -> bool:
        """The re-measurement the track asked for is due and missing: its
        month is over and no later measurement is in the session."""
        if self.remeasure is None:
            return False
        year, month = (int(part) for part in self.remeasure.split("-"))
        return (today.year, today.month) > (year, month)

    def due_within(self, today: dt.date, days: int) -> list[OpenAction]:
        return [a for a in self.open_actions if is_due_within(a.deadline, today, days)]


def _open(action: Action) -> OpenAction:
    return OpenAction(action.id, action.what, action.owner, action.follow_up, action.deadline, action.theme)


def progress(session: Session) -> tuple[int, ...]:
    """How much is entered, most telling first: rounds, actions (not
    dropped), goals, themes with dots, prompts with notes, and the record
    of the meeting (preparation and meeting fields, participants)."""
    from kompas_tui.domain.meeting import meeting_entered, preparation_entered

    plan = session.plan
    record = len(session.meeting.participants) + meeting_entered(session.meeting)
    record += preparation_entered(session.preparation) + bool(plan.follow_up_by.strip())
    return (
        len(session.rounds),
        sum(1 for a in plan.actions if a.status != "dropped"),
        len(plan.goals),
        sum(1 for dots in session.voting.dots.values() if dots > 0),
        sum(1 for p in session.dialog.prompts if p.notes.strip()),
        record,
    )


def _reopened(session: Session) -> list[Missing]:
    from kompas_tui.domain.evaluation import zero_tolerance_reopened

    index = zero_tolerance_reopened(session)
    return [] if index is None else [Missing("zero_tolerance_round", str(index + 1))]


def session_missing(session: Session, summary: ReportSummary, chosen: Iterable[str]) -> list[Missing]:
    """What the plan lacks (`plan.completeness` on the session's own report
    and chosen themes), and the zero-tolerance point when a round's later
    measurement opened it again."""
    return completeness(session.plan, summary, chosen) + _reopened(session)


@dataclass(frozen=True)
class Counted:
    """Which session counts for the unit a session belongs to."""

    #: The path of the unit's session that counts.
    current: str
    #: How many sessions the unit has (1: only this one).
    sessions: int

    def counts(self, path: str) -> bool:
        return self.current == path


def folder_unit(unit: UnitStatus, folder: str) -> tuple[str, str]:
    """The unit a session belongs to: its name (any case, outer spaces
    ignored) in its subfolder of `folder` (another folder is another unit,
    e.g. another area's "Køkkenet")."""
    parent = PurePath(unit.path).parent
    try:
        where = parent.relative_to(folder).as_posix()
    except ValueError:
        where = parent.as_posix()
    return ("" if where == "." else where.casefold(), unit.unit.strip().casefold())


def counted_sessions(units: Iterable[UnitStatus], unit_of: Callable[[UnitStatus], Hashable]) -> dict[str, Counted]:
    """For every session's path: the session that counts for its unit
    (`unit_of` gives the unit a session belongs to; see the module's
    docstring) and how many sessions the unit has."""
    groups: dict[Hashable, list[UnitStatus]] = {}
    for unit in units:
        groups.setdefault(unit_of(unit), []).append(unit)
    counted: dict[str, Counted] = {}
    for members in groups.values():
        latest: dict[str, dt.date] = {}  # measurement name -> its latest day
        for unit in members:
            name, day = unit.measurement.strip().casefold(), unit.entered or unit.created
            latest[name] = max(latest.get(name, day), day)

        def weight(unit: UnitStatus) -> tuple[object, ...]:
            day = latest[unit.measurement.strip().casefold()]
            return (unit.has_content, day, unit.progress, unit.updated.timestamp(), unit.path)

        entry = Counted(max(members, key=weight).path, len(members))
        for unit in members:
            counted[unit.path] = entry
    return counted


def unit_status(session: Session, profile: OrgProfile, path: str = "") -> UnitStatus:
    """The session's follow-up state under `profile`."""
    from kompas_tui.domain.comparison import measurement_dates
    from kompas_tui.domain.evaluation import zero_tolerance_reopened
    from kompas_tui.domain.voting import effective_chosen, vote_themes

    latest = len(session.measurements) - 1
    entered = measurement_dates(session)[latest]
    summary = summarise(session.measurements[latest], profile, entered)
    first = summary if latest == 0 else summarise(session.report, profile, session.created.date())
    plan = session.plan
    live = [a for a in plan.actions if a.status != "dropped"]
    chosen = effective_chosen(session.voting, vote_themes(session.report, session.voting))
    missing = [m for m in session_missing(session, first, chosen) if m.blocking]
    exposed = any(
        "zero_tolerance" in s.guidance
        for s in ([first, summary] if latest else [first])
    )
    last = session.rounds[-1] if session.rounds else None
    # Open actions, earliest deadline first, those without one last.
    ordered = sorted(open_actions(plan), key=lambda a: (a.deadline is None, a.deadline or dt.date.max))
    return UnitStatus(
        path=path,
        unit=session.unit,
        measurement=session.measurements[latest].measurement,
        created=session.created.date(),
        updated=session.updated,
        language=session.language,
        overall=summary.overall_score,
        colour=summary.colour,
        track=summary.track,
        remeasure=summary.remeasure,
        measurements=len(session.measurements),
        plan_complete=bool(live) and not missing,
        missing=len(missing),
        actions_done=sum(1 for a in live if a.status == "done"),
        actions_total=len(live),
        next_follow_up=plan.next_follow_up,
        open_actions=tuple(_open(a) for a in ordered),
        zero_tolerance=exposed,
        zero_tolerance_answered=zero_tolerance_answered(plan) and zero_tolerance_reopened(session) is None,
        rounds=len(session.rounds),
        last_round=last.opened if last is not None else None,
        round_open=last is not None and last.is_open,
        follow_up_by=plan.follow_up_by,
        entered=entered,
        progress=progress(session),
    )
