"""Pieces the Evaluering screen and its dialogs share: a round's title, an
action as the round sees it, a recorded change in words, what was achieved.

Everything returned is `Content` or plain text built from plain text:
user text (what, names, notes, theme names) goes through `safe_text` and is
never markup.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from textual.content import Content

from kompas_tui.domain.dates import format_date
from kompas_tui.domain.meeting import Participant, participant_text
from kompas_tui.domain.message import plural
from kompas_tui.domain.plan import STATUSES, ZERO_TOLERANCE_THEME, Action, Plan, goal_for, is_overdue, theme_label
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.plan_list import ACTION, ADD

if TYPE_CHECKING:
    from kompas_tui.domain.evaluation import ActionReview, Change, Round
    from kompas_tui.domain.session import Session
    from kompas_tui.widgets.evaluation_list import Entry

#: The overdue word's style: reversed as well as bold, so it stands out
#: without colour (NO_COLOR, TERM=linux).
OVERDUE_STYLE = "bold reverse"
#: How much of a round's note on an action the list shows (the editor has it all).
NOTE_SHOWN = 160
#: How much of the participants the screen's head shows (the field has them all).
HEAD_NAMES = 64


def one_line(text: str) -> str:
    """User text on one line: runs of white space (also newlines) as one space."""
    return safe_text(" ".join(text.split()))


def short(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def status_word(status: str, lang: str) -> str:
    return t(f"plan.status.{status}", lang)


def round_title(rounds: list[Round], index: int, lang: str) -> str:
    """"Evalueringsrunde 2 · 3. feb. 2027 · åben" (or "lukket 5. feb. 2027")."""
    this = rounds[index]
    title = t("ui_evaluation.round_title", lang, number=index + 1, date=format_date(this.opened, lang))
    if this.closed is None:
        return f"{title} · {t('ui_evaluation.open', lang)}"
    return f"{title} · {t('ui_evaluation.closed_on', lang, date=format_date(this.closed, lang))}"


def names_text(people: list[Participant], lang: str | None = None) -> str:
    """"Mette (leder), Jonas (AMR), Ali": the round's participants as typed."""
    if not people:
        return t("ui_evaluation.nobody", lang)
    return ", ".join(one_line(participant_text(p, lang)) for p in people)


def _value(field: str, value: str, lang: str) -> str:
    """A recorded before/after value in words (dates are stored ISO)."""
    if not value:
        return t("ui_evaluation.change.none", lang)
    if field in ("deadline", "reached", "next_follow_up"):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            pass
    return one_line(value)


def change_text(change: Change, lang: str, plan: Plan | None = None, *, with_id: bool = True) -> str:
    """One recorded change in words: "deadline ændret: 15. jan. 2027 → 1. mar. 2027"
    (after "a1: " `with_id`; `plan` names an added action)."""
    field = change.field
    before, after = _value(field, change.before, lang), _value(field, change.after, lang)
    theme = one_line(theme_label(change.goal, lang)) if change.goal is not None else ""
    if field == "added" and change.goal is not None:
        return t("ui_evaluation.change.goal_added", lang, theme=theme)
    if field == "added":
        what = ""
        if plan is not None and change.action is not None:
            action = next((a for a in plan.actions if a.id == change.action), None)
            what = short(action.what, 50) if action is not None else ""
        return t("ui_evaluation.change.action_added", lang, id=change.action or "", what=what or "–")
    if field == "reached":
        if change.after:
            return t("ui_evaluation.change.reached", lang, theme=theme, date=after)
        return t("ui_evaluation.change.not_reached", lang, theme=theme)
    key = f"ui_evaluation.change.{field}"
    text = t(key, lang, before=before, after=after)
    if change.action is not None and with_id:
        text = f"{change.action}: {text}"
    return text


def action_changes(this: Round | None, action_id: str) -> list[Change]:
    if this is None:
        return []
    return [c for c in this.changes if c.action == action_id and c.field != "added"]


def was_added(this: Round | None, action_id: str) -> bool:
    return this is not None and any(c.action == action_id and c.field == "added" for c in this.changes)


def status_label(action: Action, review: ActionReview | None, lang: str) -> tuple[str, str]:
    """"[gennemført]", or "[i gang → gennemført]" when the round changed it:
    on the action's first line, so a status key never changes the row's
    height (the list is not laid out again: one row repainted)."""
    now = status_word(action.status, lang)
    if review is not None and review.status != review.was:
        return f"[{status_word(review.was, lang)} → {now}]", "bold"
    return f"[{now}]", "italic"


def action_entry(
    action: Action,
    *,
    this: Round | None,
    today: dt.date,
    lang: str,
) -> Content:
    """An action as the round sees it, on two lines and one more for each
    thing the round recorded:

    a1  Fast overlevering kl. 7.50  [i gang → gennemført]
        Ansvarlig: Mette · Deadline: 15. jan. 2027 OVERSKREDET · Følges op af: Jonas
        deadline ændret: 15. jan. 2027 → 1. mar. 2027
        Note: …
    """
    review: ActionReview | None = this.review_of(action.id) if this is not None else None
    what = one_line(action.what) or t("ui_plan.no_what", lang)
    first: list[str | tuple[str, str]] = [
        (action.id.ljust(4), "bold"),
        (what, "strike" if action.status == "dropped" else "bold"),
        "  ",
        status_label(action, review, lang),
    ]
    if was_added(this, action.id):
        first += [" ", (t("ui_evaluation.new_in_round", lang), "italic")]
    deadline: list[str | tuple[str, str]] = [
        format_date(action.deadline, lang) if action.deadline else t("ui_plan.missing_value", lang)
    ]
    if is_overdue(action, today):
        deadline += [" ", (f" {t('ui_evaluation.overdue', lang)} ", OVERDUE_STYLE)]
    second = Content.assemble(
        "    ",
        t("ui_plan.field.owner", lang),
        " ",
        one_line(action.owner) or t("ui_plan.missing_value", lang),
        " · ",
        t("ui_plan.field.deadline", lang),
        " ",
        *deadline,
        " · ",
        t("ui_plan.field.follow_up", lang),
        " ",
        one_line(action.follow_up) or "–",
    )
    lines = [Content.assemble(*first), second]
    for change in action_changes(this, action.id):
        lines.append(Content.assemble("    ", (change_text(change, lang, with_id=False), "italic")))
    if review is not None and review.note.strip():
        lines.append(Content.assemble("    ", (t("ui_evaluation.note", lang), "bold"), " ", short(review.note, NOTE_SHOWN)))
    return Content("\n").join(lines)


def goal_heading(plan: Plan, theme: str, this: Round | None, lang: str) -> Content:
    """The group's theme, and its goal: target, reached, added in the round."""
    title = Content.styled(one_line(theme_label(theme, lang)), "bold underline")
    goal = goal_for(plan, theme)
    if goal is None:
        return Content("\n").join([title, Content.styled(t("ui_plan.no_goal", lang), "italic")])
    target = one_line(goal.target)
    parts: list[str | tuple[str, str]] = [t("ui_plan.goal_line", lang, target=target) if target else t("ui_evaluation.goal_no_target", lang)]
    if goal.reached is not None:
        parts += [" · ", (f" {t('ui_evaluation.reached', lang, date=format_date(goal.reached, lang))} ", "bold reverse")]
    if this is not None and any(c.goal == theme and c.field == "added" for c in this.changes):
        parts += [" · ", (t("ui_evaluation.new_goal_in_round", lang), "italic")]
    return Content("\n").join([title, Content.assemble(*parts)])


def counts_line(plan: Plan, today: dt.date, lang: str) -> Content:
    """"3 handlinger: 1 gennemført · 1 i gang · 1 ikke startet · 1 OVERSKREDET"."""
    counts = Counter(a.status for a in plan.actions)
    late = sum(1 for a in plan.actions if is_overdue(a, today))
    parts: list[str | tuple[str, str]] = [(plural("ui_evaluation.count", len(plan.actions), lang), "bold")]
    words = [f"{counts[s]} {status_word(s, lang)}" for s in STATUSES if counts[s]]
    if words:
        parts += [": ", " · ".join(words)]
    if late:
        parts += [" · ", (f" {late} {t('ui_evaluation.overdue', lang)} ", OVERDUE_STYLE)]
    return Content.assemble(*parts)


def groups_for(session: Session, chosen: tuple[str, ...], zero_tolerance: bool) -> list[str]:
    """The plan's groups (as on the Handleplan), then a goal set in a round
    whose theme has no action yet."""
    from kompas_tui.widgets.plan_parts import plan_groups

    groups = plan_groups(session.plan, chosen, zero_tolerance)
    groups += [g.theme for g in session.plan.goals if g.theme not in groups]
    return groups


def celebrated_lines(session: Session, index: int, lang: str) -> list[Content]:
    """What round `index` saw done, and the goals it saw reached."""
    from kompas_tui.domain.evaluation import celebrated

    lines = []
    for action in celebrated(session, index):
        owner = one_line(action.owner)
        lines.append(
            Content.assemble(
                ("✓ ", "bold"),
                (one_line(action.what) or action.id, "bold"),
                *([" — ", owner] if owner else []),
                "  ",
                (one_line(theme_label(action.theme, lang)), "italic"),
            )
        )
    this = session.rounds[index]
    for change in this.changes:
        if change.field == "reached" and change.after and change.goal is not None:
            goal = goal_for(session.plan, change.goal)
            target = one_line(goal.target) if goal is not None else ""
            text = t("ui_evaluation.celebrate.goal", lang, theme=one_line(theme_label(change.goal, lang)))
            lines.append(Content.assemble(("★ ", "bold"), (text, "bold"), *([" — ", target] if target else [])))
    return lines


# --- the Evaluering screen's page ------------------------------------------------------


def head(session: Session, lang: str, today: dt.date) -> Content:
    """The screen's head: the round shown (the last one), its participants
    and the next follow-up, the actions counted by status."""
    from kompas_tui.domain.evaluation import has_plan

    rounds = session.rounds
    if not rounds:
        lines = [Content.styled(t("ui_evaluation.no_round_title", lang), "bold")]
    else:
        next_date = session.plan.next_follow_up
        # The date with the title, the names on a line of their own: a long
        # list of names is cut at the line's end, never the date.
        lines = [
            Content.assemble(
                (round_title(rounds, len(rounds) - 1, lang), "bold"),
                " · ",
                (t("ui_evaluation.next_follow_up", lang) + " ", "bold"),
                format_date(next_date, lang) if next_date else t("ui_evaluation.no_date", lang),
            ),
            Content.assemble(
                (t("ui_evaluation.participants", lang) + " ", "bold"),
                short(names_text(rounds[-1].participants, lang), HEAD_NAMES),
            ),
        ]
    if has_plan(session):
        lines.append(counts_line(session.plan, today, lang))
    return Content("\n").join(lines)


def state_text(session: Session, lang: str, today: dt.date) -> str:
    """What to do when no round is open ("" while one is)."""
    from kompas_tui.domain.evaluation import has_plan

    number = len(session.rounds)
    if not has_plan(session):
        return t("ui_evaluation.state.no_plan", lang)
    if not session.rounds:
        return t("ui_evaluation.state.no_round", lang, date=format_date(today, lang))
    if session.rounds[-1].closed is not None:
        return t("ui_evaluation.state.closed", lang, number=number, next=number + 1)
    return ""


def round_entries(
    session: Session, groups: list[str], *, exposed: int, adding: bool, lang: str, today: dt.date
) -> list[Entry]:
    """The action list's entries: per group a heading, its actions as the
    last round sees them, and (`adding`) an entry to add one more."""
    plan = session.plan
    this = session.rounds[-1] if session.rounds else None
    entries: list[Entry] = []
    for number, theme in enumerate(groups):
        if theme == ZERO_TOLERANCE_THEME:
            title = Content.styled(one_line(theme_label(theme, lang)), "bold underline")
            heading = Content("\n").join([title, Content(t("ui_plan.zero_tolerance.group", lang, n=exposed))])
        else:
            heading = goal_heading(plan, theme, this, lang)
        entries.append((heading, f"head:{number}", True))
        for action in plan.actions:
            if action.theme == theme:
                entries.append((action_entry(action, this=this, today=today, lang=lang), ACTION + action.id, False))
        if adding:
            entries.append((Content(t("ui_plan.add_entry", lang)), f"{ADD}{number}", False))
    return entries
