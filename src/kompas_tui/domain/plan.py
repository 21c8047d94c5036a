"""Goals (Mål, the compass) and the action plan (Handleplan), and their rules.

Decisions (SPEC §2 "An action plan entry must hold", §3.5-3.7):

- **Action ids** are "a1", "a2", ... `new_action_id` issues the next one and
  records it in `Plan.last_action_number`, so an id is never issued twice in
  a plan, not even after the action with the highest id is deleted.
- **Names offered again** (`known_names`): owners and follow-up persons,
  most recent first. "Recent" is creation order (the id's number, higher is
  newer; the list position breaks ties), and within one action the
  follow-up person counts as entered after the owner. Names are compared
  ignoring case and runs of spaces; the newest spelling is kept.
- **The zero-tolerance point** is answered by an action whose `theme` is the
  reserved key `ZERO_TOLERANCE_THEME` ("zero_tolerance") and that says what
  is to be done, or by a `ZeroToleranceRecord` with both a text and a date.
  A dropped action answers nothing. The key is not a theme name a report
  or a person would use; `theme_label` shows it as "Nultolerance".
- **Completeness** (`completeness`) lists what is missing. Each `Missing` is
  *blocking* (the plan is not complete) or a *warning* (shown, but the plan
  may still be complete):

  blocking
    an action without what, owner, deadline, follow-up person or theme; a
    chosen theme
    without any action (a theme the group chose is a commitment; when the
    group decides not to act on it, it drops the theme from the chosen ones:
    the deck prefers one small action over none); an unanswered
    zero-tolerance point when the report triggers it; no next follow-up date;
    nobody who follows up the plan as a whole (`follow_up_by`). The deck
    asks "Hvem følger op på handleplanens status?", and SPEC §2 makes the
    plan incomplete without it.
  warning
    a chosen theme without a goal (no "where we want to be"): the goal helps
    the follow-up, but SPEC's completeness rule is about the actions; an
    action whose theme is not among the chosen themes (the theme was dropped
    after the action was made).

  Dropped actions are not checked and count for nothing. Blank and
  whitespace-only text counts as missing.
- **Effort/benefit 2×2** (`quadrant`): "medium" counts as high on both
  axes, for medium is not low. A medium-effort action is not effortless,
  and a medium benefit is a real benefit. So medium/medium is a big bet,
  low effort with medium benefit a quick win, medium effort with low
  benefit one to reconsider. An action without effort or benefit has no
  quadrant (None).
- **Deadlines** (`overdue`, `due_within`): only open actions (not done, not
  dropped) count. Overdue is a deadline before today (`is_past`,
  `is_overdue`); due within N days is a deadline from today up to and
  including today + N (`due_by`, `is_due_within`), so the two never
  overlap. The overview, `kompas due`, the screens and the exports ask
  these functions; none has a rule of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from kompas_tui.domain.message import Message

if TYPE_CHECKING:
    from kompas_tui.domain.scoring import ReportSummary

Level = Literal["low", "medium", "high"]
Status = Literal["not_started", "in_progress", "done", "adjusted", "dropped"]
Quadrant = Literal["quick_win", "big_bet", "fill_in", "reconsider"]

LEVELS: tuple[Level, ...] = ("low", "medium", "high")
STATUSES: tuple[Status, ...] = ("not_started", "in_progress", "done", "adjusted", "dropped")
#: The 2×2 in reading order: benefit high on top, effort low on the left.
QUADRANTS: tuple[Quadrant, ...] = ("quick_win", "big_bet", "fill_in", "reconsider")
#: Statuses of an action that is no longer open.
CLOSED: frozenset[Status] = frozenset({"done", "dropped"})
#: The theme key of actions that answer the zero-tolerance point.
ZERO_TOLERANCE_THEME = "zero_tolerance"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class Goal(_Model):
    """Where a chosen theme is, and where the group wants it to be."""

    theme: str
    own_rating: int | None = Field(default=None, ge=1, le=10)
    target: str = ""
    looks_like: str = ""
    how_we_notice: str = ""
    by_when: dt.date | None = None
    #: The day an evaluation round marked the goal reached.
    reached: dt.date | None = None


class Action(_Model):
    """One entry of the plan (SPEC §2): small and realistic."""

    id: str
    theme: str
    what: str = ""
    owner: str = ""
    deadline: dt.date | None = None
    follow_up: str = ""
    first_step: str = ""
    effort: Level | None = None
    benefit: Level | None = None
    status: Status = "not_started"


class ZeroToleranceRecord(_Model):
    """How the zero-tolerance point is handled under the organisation's
    policy, when it is not (only) answered by an action."""

    text: str = ""
    recorded: dt.date | None = None


class Plan(_Model):
    goals: list[Goal] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    zero_tolerance: ZeroToleranceRecord = Field(default_factory=ZeroToleranceRecord.model_construct)
    next_follow_up: dt.date | None = None
    #: Who follows up the plan as a whole (usually the leader; SPEC §2).
    follow_up_by: str = ""
    #: The work group that carries the ideas on, if one does (the deck:
    #: "hvordan I vil sikre, at en evt. arbejdsgruppe arbejder videre").
    work_group: list[str] = Field(default_factory=list)
    #: The highest action number `new_action_id` has issued (None: none yet,
    #: or a file from before it was kept); an id is never issued twice.
    last_action_number: int | None = Field(default=None, ge=0)


# --- ids -------------------------------------------------------------------

_ID = re.compile(r"a([0-9]{1,9})")


def _number(action_id: str) -> int | None:
    match = _ID.fullmatch(action_id)
    return int(match.group(1)) if match else None


def new_action_id(plan: Plan) -> str:
    """The next id ("a1", "a2", ...), recorded in the plan as issued."""
    numbers = [n for n in (_number(a.id) for a in plan.actions) if n is not None]
    number = max([plan.last_action_number or 0, *numbers]) + 1
    plan.last_action_number = number
    return f"a{number}"


def add_action(plan: Plan, theme: str, **fields: object) -> Action:
    """A new action with a fresh id, appended to the plan."""
    action = Action(id=new_action_id(plan), theme=theme, **fields)
    plan.actions.append(action)
    return action


def find_action(plan: Plan, action_id: str) -> Action | None:
    return next((a for a in plan.actions if a.id == action_id), None)


def goal_for(plan: Plan, theme: str) -> Goal | None:
    return next((g for g in plan.goals if g.theme == theme), None)


def theme_name(theme: str) -> Message | str:
    """A theme as a message's field: the reserved zero-tolerance key in
    words (in the language the message is worded in), any other as it is."""
    return Message("plan.zero_tolerance.theme") if theme == ZERO_TOLERANCE_THEME else theme


def theme_label(theme: str, lang: str | None = None) -> str:
    """A theme as shown: the reserved zero-tolerance key in words."""
    name = theme_name(theme)
    return name.text(lang) if isinstance(name, Message) else name


# --- names -----------------------------------------------------------------


def _blank(text: str) -> bool:
    return not text.strip()


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


#: What an action must hold before it counts as a complete entry (SPEC §2).
ACTION_REQUIRED = ("what", "owner", "deadline", "follow_up")


def action_gaps(action: Action) -> list[str]:
    """The fields of `ACTION_REQUIRED` the action lacks, in that order."""
    return [
        name
        for name in ACTION_REQUIRED
        if (getattr(action, name) is None if name == "deadline" else _blank(getattr(action, name)))
    ]


def known_names(plan: Plan) -> list[str]:
    """Owners and follow-up persons of the complete actions so far (a
    half-typed name in an action left unfinished is not offered), most
    recent first, each once (ignoring case and extra spaces; the newest
    spelling wins)."""
    order = sorted(
        ((index, action) for index, action in enumerate(plan.actions) if not action_gaps(action)),
        key=lambda item: (_number(item[1].id) or 0, item[0]),
        reverse=True,
    )
    names: dict[str, str] = {}
    for _, action in order:
        for name in (action.follow_up, action.owner):
            key = _name_key(name)
            if key and key not in names:
                names[key] = name.strip()
    return list(names.values())


# --- the effort/benefit 2x2 ------------------------------------------------


def quadrant(action: Action) -> Quadrant | None:
    """Where an action sits in the 2x2; "medium" counts as high (see the
    module's docstring). None when effort or benefit is not set."""
    if action.effort is None or action.benefit is None:
        return None
    low_effort = action.effort == "low"
    high_benefit = action.benefit != "low"
    if high_benefit:
        return "quick_win" if low_effort else "big_bet"
    return "fill_in" if low_effort else "reconsider"


def quadrants(plan: Plan) -> dict[Quadrant | None, list[Action]]:
    """Every action of the plan by quadrant, in plan order. All four
    quadrants are keys (in `QUADRANTS` order), then None for the unrated."""
    groups: dict[Quadrant | None, list[Action]] = {q: [] for q in QUADRANTS}
    groups[None] = []
    for action in plan.actions:
        groups[quadrant(action)].append(action)
    return groups


# --- completeness ----------------------------------------------------------

MissingKind = Literal[
    "action_what",
    "action_owner",
    "action_deadline",
    "action_follow_up",
    "action_theme",
    "action_unchosen",
    "theme_goal",
    "theme_action",
    "zero_tolerance",
    "zero_tolerance_date",
    "zero_tolerance_text",
    "next_follow_up",
    "follow_up_by",
    "zero_tolerance_round",
]
#: Kinds that are shown but do not make the plan incomplete.
WARNINGS: frozenset[MissingKind] = frozenset({"theme_goal", "action_unchosen"})
#: How much of an action's "what" a message quotes.
_QUOTE = 40


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= _QUOTE else one_line[: _QUOTE - 1] + "…"


@dataclass(frozen=True)
class Missing:
    """One thing the plan lacks. `ref` is the action id for action kinds,
    the theme for theme kinds, "" for the plan's own; `what` and `theme`
    are kept so the message can name them."""

    kind: MissingKind
    ref: str = ""
    what: str = ""
    theme: str = ""

    @property
    def blocking(self) -> bool:
        return self.kind not in WARNINGS

    @property
    def message(self) -> Message:
        """What is missing, in words when shown (the names in it are user
        text: render it as text, through `safe_text` on screen)."""
        fields: dict[str, object] = {}
        if self.kind.startswith("action"):
            what = _short(self.what)
            fields["action"] = Message("plan.action_ref", {"id": self.ref, "what": what}) if what else self.ref
        if self.kind.startswith(("theme", "action_unchosen")):
            fields["theme"] = theme_name(self.theme)
        if self.kind == "zero_tolerance_round":
            fields["round"] = self.ref
        return Message(f"plan.missing.{self.kind}", fields)

    def text(self, lang: str | None = None) -> str:
        return self.message.text(lang)


def answers_zero_tolerance(action: Action) -> bool:
    return action.theme == ZERO_TOLERANCE_THEME and action.status != "dropped" and not _blank(action.what)


def zero_tolerance_answered(plan: Plan) -> bool:
    """An action on the point, or a record with a text and a date."""
    record = plan.zero_tolerance
    by_record = not _blank(record.text) and record.recorded is not None
    return by_record or any(answers_zero_tolerance(a) for a in plan.actions)


def _zero_tolerance_missing(plan: Plan) -> list[Missing]:
    if zero_tolerance_answered(plan):
        return []
    record = plan.zero_tolerance
    if not _blank(record.text):
        return [Missing("zero_tolerance_date")]
    if record.recorded is not None:
        return [Missing("zero_tolerance_text")]
    return [Missing("zero_tolerance")]


def completeness(
    plan: Plan, summary: ReportSummary | None, chosen_themes: Iterable[str]
) -> list[Missing]:
    """What the plan lacks, blocking and warnings (see the module's
    docstring), in the order a reader goes through the plan: the
    zero-tolerance point, the chosen themes, the actions, the follow-up date.
    """
    chosen = list(dict.fromkeys(th for th in chosen_themes if th != ZERO_TOLERANCE_THEME))
    live = [a for a in plan.actions if a.status != "dropped"]
    missing: list[Missing] = []
    if summary is not None and "zero_tolerance" in summary.guidance:
        missing += _zero_tolerance_missing(plan)
    for theme in chosen:
        goal = goal_for(plan, theme)
        if goal is None or _blank(goal.target):
            missing.append(Missing("theme_goal", theme, theme=theme))
        if not any(a.theme == theme for a in live):
            missing.append(Missing("theme_action", theme, theme=theme))
    for action in live:
        ref = {"ref": action.id, "what": action.what, "theme": action.theme}
        missing += [Missing(f"action_{name}", **ref) for name in action_gaps(action)]
        if _blank(action.theme):
            missing.append(Missing("action_theme", **ref))
        elif action.theme != ZERO_TOLERANCE_THEME and action.theme not in chosen:
            missing.append(Missing("action_unchosen", **ref))
    if plan.next_follow_up is None:
        missing.append(Missing("next_follow_up"))
    if _blank(plan.follow_up_by):
        missing.append(Missing("follow_up_by"))
    return missing


def is_complete(plan: Plan, summary: ReportSummary | None, chosen_themes: Iterable[str]) -> bool:
    """True when nothing blocking is missing (warnings may remain)."""
    return not any(m.blocking for m in completeness(plan, summary, chosen_themes))


# --- deadlines -------------------------------------------------------------


def open_actions(plan: Plan) -> list[Action]:
    return [a for a in plan.actions if a.status not in CLOSED]


def _by_deadline(actions: list[Action]) -> list[Action]:
    return sorted(actions, key=lambda a: (a.deadline or dt.date.max, _number(a.id) or 0, a.id))


def is_past(deadline: dt.date | None, today: dt.date) -> bool:
    """A deadline (or follow-up date) before today."""
    return deadline is not None and deadline < today


def is_overdue(action: Action, today: dt.date) -> bool:
    """Open (not done, not dropped) with a deadline before today."""
    return action.status not in CLOSED and is_past(action.deadline, today)


def due_by(today: dt.date, days: int) -> dt.date | None:
    """The last day of "due within `days` days": today + `days` (the
    calendar's last day when that is beyond it); None for negative `days`."""
    if days < 0:
        return None
    try:
        return today + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max


def is_due_within(deadline: dt.date | None, today: dt.date, days: int) -> bool:
    """A deadline from today up to and including today + `days` (an
    overdue one is not)."""
    last = due_by(today, days)
    return deadline is not None and last is not None and today <= deadline <= last


def overdue(plan: Plan, today: dt.date) -> list[Action]:
    """Open actions whose deadline is before today, earliest first."""
    return _by_deadline([a for a in open_actions(plan) if is_past(a.deadline, today)])


def due_within(plan: Plan, today: dt.date, days: int) -> list[Action]:
    """Open actions due from today up to and including today + `days`
    (not the overdue ones), earliest first. Negative `days`: none."""
    return _by_deadline([a for a in open_actions(plan) if is_due_within(a.deadline, today, days)])


def by_deadline(actions: list[Action]) -> list[Action]:
    """The minutes' "who does what by when": every action by deadline, the
    undated last, ties in the plan's order (a stable sort). Done and
    dropped actions keep their place, so a round that closes some does
    not reorder the table."""
    return sorted(actions, key=lambda a: a.deadline or dt.date.max)


def who_does_what(plan: Plan) -> list[Action]:
    """The summary's list: open actions by deadline (none last), then the
    closed ones in the same order."""
    closed = [a for a in plan.actions if a.status in CLOSED]
    return _by_deadline(open_actions(plan)) + _by_deadline(closed)
