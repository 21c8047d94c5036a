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
  shows exposure; answered as `plan.zero_tolerance_answered` says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kompas_tui.domain.plan import Action, completeness, open_actions, zero_tolerance_answered
from kompas_tui.domain.report import Colour
from kompas_tui.domain.scoring import Track, summarise

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
    #: Who has the session open for writing right now ("anna på server
    #: (proces 123)"), set by the folder scan; None when nobody does.
    holder: str | None = None

    def overdue(self, today: dt.date) -> list[OpenAction]:
        return [a for a in self.open_actions if a.deadline is not None and a.deadline < today]

    def due_within(self, today: dt.date, days: int) -> list[OpenAction]:
        if days < 0:
            return []
        try:
            last = today + dt.timedelta(days=days)
        except OverflowError:
            last = dt.date.max
        return [a for a in self.open_actions if a.deadline is not None and today <= a.deadline <= last]


def _open(action: Action) -> OpenAction:
    return OpenAction(action.id, action.what, action.owner, action.follow_up, action.deadline, action.theme)


def unit_status(session: Session, profile: OrgProfile, path: str = "") -> UnitStatus:
    """The session's follow-up state under `profile`."""
    from kompas_tui.domain.comparison import measurement_dates
    from kompas_tui.domain.voting import effective_chosen, vote_themes

    latest = len(session.measurements) - 1
    entered = measurement_dates(session)[latest]
    summary = summarise(session.measurements[latest], profile, entered)
    first = summary if latest == 0 else summarise(session.report, profile, session.created.date())
    plan = session.plan
    live = [a for a in plan.actions if a.status != "dropped"]
    chosen = effective_chosen(session.voting, vote_themes(session.report, session.voting))
    missing = [m for m in completeness(plan, first, chosen) if m.blocking]
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
        zero_tolerance_answered=zero_tolerance_answered(plan),
        rounds=len(session.rounds),
        last_round=last.opened if last is not None else None,
        round_open=last is not None and last.is_open,
    )
