"""What changed between two versions of a session, in words (docs/history.md).

A checkpoint's commit message and `kompas log` say what changed from the
session's meaning, not from the lines of its file: "Handleplan: a3
tilføjet (Mette, 15. jan. 2027); a1 gennemført". `session_changes(old,
new)` compares two versions and returns `Section`s (Mødet, Dialog,
Afstemning, Mål, Handleplan, Evaluering …), each a list of `Message`s (domain/message.py): a
catalog key (i18n/history.py) and its fields, worded only when shown, in
either language.

Decisions:

- Where the facilitator is (`step`, the Dialog's current prompt), when it
  was saved (`updated`) and bookkeeping (`last_action_number`, timers) are
  no change: a version that differs only there says nothing
  (`session_changes` is empty, and no checkpoint is committed for it).
- An action is named by its id; a new one with its owner and deadline,
  when it has them. A new action's other fields are part of "added"; on
  an existing action a new status, owner, deadline or follow-up person is
  named, any other edit (what, theme, first step, effort, benefit) is "a2
  ændret", once.
- A goal is named by its theme, a round by its number, a prompt by its
  title (the built-in ones) or its id (the profile's).
- The vote says what it ended at: dots in total, the themes chosen.
- The record of the meeting (Mødet) says what was recorded, not the
  text: the preparation, the meeting's date (or that it was removed), the
  place, how many participants; the plan names who follows it up.
- A session field this module does not know (a newer kompas's) is still
  reported, by its name, so nothing changes silently.
- The first version in a history (`old` None) is described by what it
  holds, not as "created": the history may start long after the session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kompas_tui.domain.message import Message
from kompas_tui.i18n import t

if TYPE_CHECKING:
    from kompas_tui.domain.dialog import Dialog
    from kompas_tui.domain.evaluation import Round
    from kompas_tui.domain.plan import Action, Goal, Plan
    from kompas_tui.domain.session import Session
    from kompas_tui.domain.voting import Voting

#: Session fields that are no change (see the module's docstring).
_NOT_CHANGES = frozenset({"schema_version", "updated", "step", "created", "language"})
#: Session fields described by a function below; any other is "other".
_DESCRIBED = frozenset({"unit", "measurements", "preparation", "meeting", "dialog", "voting", "plan", "rounds"})
#: How much of a user's text a change quotes.
_QUOTE = 40


@dataclass(frozen=True)
class Section:
    """The changes of one part of the session; `key` names the part."""

    key: str
    changes: tuple[Message, ...]

    def text(self, lang: str | None = None) -> str:
        """"Handleplan: a3 tilføjet (Mette, 15. jan. 2027); a1 gennemført"."""
        items = "; ".join(change.text(lang) for change in self.changes)
        return t("history.section.line", lang, section=t(self.key, lang), changes=items)


def describe(sections: Iterable[Section], lang: str | None = None) -> str:
    """Every section on one line, or "ingen ændringer" for none."""
    lines = [section.text(lang) for section in sections]
    return ". ".join(lines) if lines else t("history.no_changes", lang)


def session_changes(old: Session | None, new: Session) -> list[Section]:
    """What changed from `old` to `new`, part by part; `old` None: the
    first version, described by what it holds."""
    if old is None:
        return [Section("history.section.session", tuple(_first_version(new)))]
    parts = [
        ("history.section.session", _session(old, new)),
        ("history.section.record", _record(old, new)),
        ("history.section.dialog", _dialog(old.dialog, new.dialog)),
        ("history.section.voting", _voting(old.voting, new.voting)),
        ("history.section.goals", _goals(old.plan.goals, new.plan.goals)),
        ("history.section.plan", _plan(old.plan, new.plan)),
        ("history.section.rounds", _rounds(old.rounds, new.rounds)),
        ("history.section.other", _other(old, new)),
    ]
    return [Section(key, tuple(changes)) for key, changes in parts if changes]


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= _QUOTE else one_line[: _QUOTE - 1] + "…"


def _count(key: str, n: int) -> Message:
    return Message(key, count=n)


def _first_version(session: Session) -> list[Message]:
    changes = [Message("history.first", {"unit": _short(session.unit)})]
    if actions := len(session.plan.actions):
        changes.append(_count("history.count.actions", actions))
    if rounds := len(session.rounds):
        changes.append(_count("history.count.rounds", rounds))
    return changes


def _session(old: Session, new: Session) -> list[Message]:
    changes = []
    if old.unit != new.unit:
        changes.append(Message("history.session.unit", {"unit": _short(new.unit)}))
    for report in new.measurements[len(old.measurements) :]:
        changes.append(Message("history.session.measurement", {"name": _short(report.measurement)}))
    return changes


def _record(old: Session, new: Session) -> list[Message]:
    """The record of the meeting (domain/meeting.py): the preparation, the
    meeting's date and place, its participants (counted)."""
    changes = []
    if old.preparation != new.preparation:
        changes.append(Message("history.record.preparation"))
    before, after = old.meeting, new.meeting
    if before.date != after.date:
        changes.append(Message("history.record.date", {"date": after.date}) if after.date is not None
                       else Message("history.record.date_removed"))
    if before.place != after.place:
        changes.append(Message("history.record.place"))
    if before.participants != after.participants:
        changes.append(_count("history.record.participants", len(after.participants)))
    return changes


# --- Dialog --------------------------------------------------------------------


def _prompt_title(prompt_id: str) -> str | Message:
    """A built-in prompt's title (worded in the language asked for later),
    else the profile's prompt id."""
    from kompas_tui.domain.dialog import BUILTIN_PROMPT_IDS

    if prompt_id in BUILTIN_PROMPT_IDS:
        return Message(f"dialog.prompt.{prompt_id}.title")
    return _short(prompt_id)


def _dialog(old: Dialog, new: Dialog) -> list[Message]:
    before = {entry.prompt: entry.notes for entry in old.prompts}
    changes = []
    for entry in new.prompts:
        was = before.get(entry.prompt, "")
        if entry.notes == was:
            continue
        key = "history.dialog.written" if not was.strip() else "history.dialog.changed"
        changes.append(Message(key, {"prompt": _prompt_title(entry.prompt)}))
    return changes


# --- Afstemning ----------------------------------------------------------------


def _voting(old: Voting, new: Voting) -> list[Message]:
    changes = []
    if old.settings != new.settings:
        changes.append(Message("history.voting.settings"))
    for theme in new.added_themes:
        if theme not in old.added_themes:
            changes.append(Message("history.voting.theme_added", {"theme": _short(theme)}))
    for theme in old.added_themes:
        if theme not in new.added_themes:
            changes.append(Message("history.voting.theme_removed", {"theme": _short(theme)}))
    if old.dots != new.dots:
        changes.append(_count("history.voting.dots", sum(new.dots.values())))
    if old.chosen != new.chosen:
        if new.chosen is None:
            changes.append(Message("history.voting.chosen_default"))
        else:
            themes = ", ".join(_short(theme) for theme in new.chosen) or Message("history.none")
            changes.append(Message("history.voting.chosen", {"themes": themes}))
    return changes


def _theme(theme: str) -> str | Message:
    """A goal's theme; the zero-tolerance key in words (later, in the
    language asked for)."""
    from kompas_tui.domain.plan import theme_name

    return theme_name(_short(theme))


# --- Mål and Handleplan ----------------------------------------------------------


def _goals(old: list[Goal], new: list[Goal]) -> list[Message]:
    before = {goal.theme: goal for goal in old}
    after = {goal.theme: goal for goal in new}
    changes = []
    for theme, goal in after.items():
        was = before.get(theme)
        fields = {"theme": _theme(theme)}
        if was is None:
            changes.append(Message("history.goal.added", fields))
        elif goal.reached != was.reached:
            if goal.reached is None:
                changes.append(Message("history.goal.not_reached", fields))
            else:
                changes.append(Message("history.goal.reached", {**fields, "date": goal.reached}))
        elif goal != was:
            changes.append(Message("history.goal.changed", fields))
    for theme in before:
        if theme not in after:
            changes.append(Message("history.goal.removed", {"theme": _theme(theme)}))
    return changes


def _plan(old: Plan, new: Plan) -> list[Message]:
    before = {action.id: action for action in old.actions}
    after = {action.id: action for action in new.actions}
    changes = []
    for action_id, action in after.items():
        was = before.get(action_id)
        changes += _added(action) if was is None else _action(was, action)
    for action_id in before:
        if action_id not in after:
            changes.append(Message("history.action.removed", {"id": action_id}))
    if old.zero_tolerance != new.zero_tolerance:
        changes.append(Message("history.plan.zero_tolerance"))
    if old.next_follow_up != new.next_follow_up:
        if new.next_follow_up is None:
            changes.append(Message("history.plan.next_removed"))
        else:
            changes.append(Message("history.plan.next", {"date": new.next_follow_up}))
    if old.follow_up_by != new.follow_up_by:
        name = _short(new.follow_up_by)
        changes.append(Message("history.plan.follow_up_by", {"name": name}) if name
                       else Message("history.plan.follow_up_by_removed"))
    if old.work_group != new.work_group:
        changes.append(Message("history.plan.work_group"))
    return changes


def _added(action: Action) -> list[Message]:
    owner = _short(action.owner)
    if owner and action.deadline is not None:
        return [Message("history.action.added_owner_deadline", {"id": action.id, "owner": owner, "date": action.deadline})]
    if owner:
        return [Message("history.action.added_owner", {"id": action.id, "owner": owner})]
    if action.deadline is not None:
        return [Message("history.action.added_deadline", {"id": action.id, "date": action.deadline})]
    return [Message("history.action.added", {"id": action.id})]


#: Fields of an action whose change is named on its own.
_NAMED = ("status", "owner", "deadline", "follow_up")


def _action(old: Action, new: Action) -> list[Message]:
    ref = {"id": new.id}
    changes = []
    if old.status != new.status:
        changes.append(Message(f"history.action.status.{new.status}", ref))
    if old.owner != new.owner:
        owner = _short(new.owner)
        changes.append(Message("history.action.owner", {**ref, "owner": owner}) if owner
                       else Message("history.action.owner_removed", ref))
    if old.deadline != new.deadline:
        changes.append(Message("history.action.deadline", {**ref, "date": new.deadline}) if new.deadline
                       else Message("history.action.deadline_removed", ref))
    if old.follow_up != new.follow_up:
        person = _short(new.follow_up)
        changes.append(Message("history.action.follow_up", {**ref, "name": person}) if person
                       else Message("history.action.follow_up_removed", ref))
    rest = set(type(new).model_fields) - set(_NAMED)
    if any(getattr(old, name) != getattr(new, name) for name in rest):
        changes.append(Message("history.action.changed", ref))
    return changes


# --- Evaluering -------------------------------------------------------------------


def _rounds(old: list[Round], new: list[Round]) -> list[Message]:
    changes = []
    for number, item in enumerate(new, 1):
        if number > len(old):
            changes.append(Message("history.round.started", {"n": number, "date": item.opened}))
            if item.closed is not None:
                changes.append(Message("history.round.closed", {"n": number, "date": item.closed}))
            continue
        changes += _round(number, old[number - 1], item)
    for number in range(len(new) + 1, len(old) + 1):
        changes.append(Message("history.round.removed", {"n": number}))
    return changes


def _round(number: int, old: Round, new: Round) -> list[Message]:
    changes = []
    if old.closed is None and new.closed is not None:
        changes.append(Message("history.round.closed", {"n": number, "date": new.closed}))
    elif old.closed is not None and new.closed is None:
        changes.append(Message("history.round.reopened", {"n": number}))
    if old.participants != new.participants:
        changes.append(Message("history.round.participants", {"n": number}))
    if old.notes != new.notes:
        changes.append(Message("history.round.notes", {"n": number}))
    if old.zero_tolerance != new.zero_tolerance:
        changes.append(Message("history.round.zero_tolerance", {"n": number}))
    return changes


# --- fields of a newer kompas --------------------------------------------------------


def _other(old: Session, new: Session) -> list[Message]:
    names = [
        name for name in type(new).model_fields
        if name not in _NOT_CHANGES and name not in _DESCRIBED and getattr(old, name) != getattr(new, name)
    ]
    return [Message("history.other.changed", {"name": name}) for name in names]

