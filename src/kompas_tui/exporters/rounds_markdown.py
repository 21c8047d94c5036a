"""The evaluation rounds in the Markdown minutes: one section per round,
written as the minutes a MED committee files (`kompas export --format md`
adds them after the workshop), and one round as a document of its own
(`kompas export --format md --round N`).

A round's section: its date, open or closed, participants and next
follow-up date; the round's notes; how each action it reviewed stands
(status before → now, and the note); what was completed since the last
round (`evaluation.celebrated`); the changes it made to the plan (owner,
deadline, follow-up person before → after, new actions and goals, goals
reached, the next follow-up date); and, when it added a measurement, the
themes compared before and after.

The plan is the current state and a round its history (see
`domain/evaluation.py`), so what a round shows of an action is read back to
the round's end: a new action's owner and deadline as they were when the
round closed (`summary_data.RoundHistory.value_after_round`), not as a later round made
them. User text goes through the same escaping as the rest of the minutes
(`markdown.inline`, `markdown.block`, escaped by `md_text.finish`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from kompas_tui import formatting as fmt
from kompas_tui.domain.dates import format_date
from kompas_tui.domain.evaluation import Change, Round, celebrated, follow_up_of_round
from kompas_tui.domain.plan import CLOSED, Action, theme_label, who_does_what
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.scoring import ThemeResult
from kompas_tui.domain.session import Session, now
from kompas_tui.exporters.markdown import (
    block,
    date_text,
    deadline_text,
    document,
    inline,
    or_missing,
    text_lines,
    title_lines,
)
from kompas_tui.exporters.record_markdown import participants_inline, round_zero_tolerance
from kompas_tui.exporters.summary_data import RoundHistory
from kompas_tui.i18n import t

#: How a change's recorded value of each field is shown.
_FIELD_LABELS = {"owner": "export.col.owner", "deadline": "export.col.deadline", "follow_up": "export.col.follow_up"}


@dataclass(frozen=True)
class _Minutes:
    """What every part of a round's minutes reads, looked up once."""

    session: Session
    lang: str
    history: RoundHistory
    actions: dict[str, Action]
    #: An action's place in the plan.
    order: dict[str, int]
    _heads: dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, session: Session, lang: str) -> _Minutes:
        actions = {a.id: a for a in session.plan.actions}
        order = {a.id: i for i, a in enumerate(session.plan.actions)}
        return cls(session, lang, RoundHistory(session), actions, order)

    def action_head(self, action_id: str) -> str:
        """"**a1** · what" (the action as the plan has it now)."""
        if (head := self._heads.get(action_id)) is None:
            action = self.actions.get(action_id)
            what = or_missing(action.what, self.lang) if action else None
            shown = inline(what) if what is not None else t("export_rounds.removed_action", self.lang)
            head = self._heads[action_id] = f"**{inline(action_id)}** · {shown}"
        return head


def _item(head: str, rest: list[str]) -> list[str]:
    """A list item whose further lines (already escaped) continue it with
    hard breaks."""
    if not rest:
        return [f"- {head}"]
    lines = [head, *rest]
    return [f"- {lines[0]}  ", *(f"  {line}  " for line in lines[1:-1]), f"  {lines[-1]}"]


def _labelled_note(label: str, text: str) -> list[str]:
    """A multi-line note as item lines: "**Note:** first line", then the rest."""
    lines = [line for line in text_lines(text) if line]
    if not lines:
        return []
    return [f"**{label}:** {lines[0]}", *lines[1:]]


def _iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _value(field: str, value: str, lang: str) -> str:
    """A recorded value (ISO date for a deadline), shown as the minutes show it."""
    if not value.strip():
        return t("export_rounds.no_value", lang)
    if field in ("deadline", "next_follow_up", "reached") and (date := _iso(value)) is not None:
        return format_date(date, lang)
    return inline(value)


# --- the parts of a round -------------------------------------------------------------


def _facts(m: _Minutes, index: int) -> list[str]:
    session, lang = m.session, m.lang
    current = session.rounds[index]
    label = lambda key: t(f"export_rounds.{key}", lang)  # noqa: E731
    if current.closed is None:
        state = label("state.open")
    else:
        state = t("export_rounds.state.closed", lang, date=format_date(current.closed, lang))
    names = participants_inline(current.participants, lang)
    date = follow_up_of_round(session, index)
    follow_up = format_date(date, lang) if date is not None else label("no_next_follow_up")
    lines = [
        f"- **{label('date')}:** {format_date(current.opened, lang)}",
        f"- **{label('state')}:** {state}",
        f"- **{label('participants')}:** {names or label('no_participants')}",
        f"- **{label('next_follow_up')}:** {follow_up}",
    ]
    if current.measurement is not None and current.measurement < len(session.measurements):
        name = session.measurements[current.measurement].measurement
        lines.append(f"- **{label('measurement')}:** {inline(or_missing(name, lang))}")
    return lines


def _notes(current: Round, lang: str) -> list[str]:
    lines = title_lines(t("export_rounds.notes", lang), 3)
    return lines + (block(current.notes) or [t("export_rounds.no_notes", lang)])


def _overdue_at_round(m: _Minutes, index: int, action: Action | None, status: str) -> str:
    """" · Deadline 15. dec. 2026 (OVERSKREDET)" when the action was still
    open after the round and its deadline then was before the round's day."""
    if action is None or status in CLOSED:
        return ""
    deadline = _iso(m.history.value_after_round(index, action, "deadline"))
    if deadline is None or deadline >= m.session.rounds[index].opened:
        return ""
    date = format_date(deadline, m.lang)
    return f" · {t('export.col.deadline', m.lang)} {date} ({t('export.overdue', m.lang)})"


def _reviews(m: _Minutes, index: int) -> list[str]:
    lang = m.lang
    current = m.session.rounds[index]
    lines = title_lines(t("export_rounds.reviews", lang), 3)
    if not current.reviews:
        return lines + [t("export_rounds.no_reviews", lang)]
    for review in sorted(current.reviews, key=lambda r: m.order.get(r.action, len(m.order))):
        now_word = t(f"plan.status.{review.status}", lang)
        if review.was == review.status:
            status = t("export_rounds.unchanged", lang, status=now_word)
        else:
            status = f"{t(f'plan.status.{review.was}', lang)} → {now_word}"
        head = f"{m.action_head(review.action)}: {status}"
        head += _overdue_at_round(m, index, m.actions.get(review.action), review.status)
        lines += _item(head, _labelled_note(t("export_rounds.note", lang), review.note))
    return lines


def _celebrated(m: _Minutes, index: int) -> list[str]:
    lines = title_lines(t("export_rounds.celebrated", m.lang), 3)
    done = celebrated(m.session, index)
    if not done:
        return lines + [t("export_rounds.none_celebrated", m.lang)]
    owner = t("export.col.owner", m.lang)
    for action in done:
        who = m.history.value_after_round(index, action, "owner")
        suffix = f" ({owner}: {inline(who)})" if who.strip() else ""
        lines.append(f"- {m.action_head(action.id)}{suffix}")
    return lines


def _added_action(m: _Minutes, index: int, change: Change) -> str:
    lang = m.lang
    action = m.actions.get(change.action or "")
    head = f"{t('export_rounds.new_action', lang)}: {m.action_head(change.action or '')}"
    if action is None:
        return head
    theme = action.theme if action.theme.strip() else change.after
    parts = [inline(theme_label(theme, lang)) if theme.strip() else t("export.no_theme", lang)]
    for field, key in _FIELD_LABELS.items():
        value = m.history.value_after_round(index, action, field)
        parts.append(f"{t(key, lang)}: {_value(field, value, lang)}")
    return f"{head} ({'; '.join(parts)})"


def _change(m: _Minutes, index: int, change: Change) -> str:
    lang = m.lang
    arrow = lambda: f"{_value(change.field, change.before, lang)} → {_value(change.field, change.after, lang)}"  # noqa: E731
    if change.field == "added" and change.action is not None:
        return _added_action(m, index, change)
    goal = inline(theme_label(change.goal or "", lang))
    if change.field == "added":
        target = inline(change.after) or t("export_rounds.no_value", lang)
        return f"{t('export_rounds.new_goal', lang)}: **{goal}** · {target}"
    if change.field == "reached":
        if change.after:
            return f"{t('export_rounds.goal_reached', lang)}: **{goal}** ({_value('reached', change.after, lang)})"
        was = t("export_rounds.was_reached", lang, date=_value("reached", change.before, lang))
        return f"{t('export_rounds.goal_not_reached', lang)}: **{goal}** ({was})"
    if change.field in ("next_follow_up", "follow_up_by", "work_group"):
        return f"{t(f'export_rounds.{change.field}', lang)}: {arrow()}"
    label = t(_FIELD_LABELS[change.field], lang)
    return f"{m.action_head(change.action or '')} — {label}: {arrow()}"


def _changes(m: _Minutes, index: int) -> list[str]:
    current = m.session.rounds[index]
    lines = title_lines(t("export_rounds.changes", m.lang), 3)
    if not current.changes:
        return lines + [t("export_rounds.no_changes", m.lang)]
    return lines + [f"- {_change(m, index, change)}" for change in current.changes]


def _score(result: ThemeResult | None, lang: str) -> str:
    """"62,5 (gul)", "skjult" (never a suppressed score) or a dash."""
    if result is None:
        return fmt.DASH
    if result.suppressed or result.score is None:
        return t("domain.colour.suppressed", lang)
    return f"{fmt.number(result.score, lang)} ({fmt.colour_word(result.colour, lang)})"


def _difference(difference: float | None, meaningful: bool | None, lang: str) -> str:
    if difference is None:
        return fmt.DASH
    return f"{fmt.signed(difference, lang)} ({t('domain.change.meaningful' if meaningful else 'domain.change.none', lang)})"


def _measurement(session: Session, profile: OrgProfile, index: int, lang: str) -> list[str]:
    """The measurement the round added, compared theme by theme with the one
    before it (`domain.comparison`); a theme suppressed or missing in either
    is not compared, only the reason is given."""
    from kompas_tui.domain.comparison import compare

    after = session.rounds[index].measurement
    if after is None or not 1 <= after < len(session.measurements):
        return []
    comparison = compare(session, profile, after - 1, after)
    if comparison is None:
        return []
    lines = title_lines(t("export_rounds.comparison", lang), 3)
    lines.append(
        inline(t("export_rounds.compared", lang, after=comparison.after.name, before=comparison.before.name))
    )
    overall = (
        f"{fmt.number(comparison.before.overall, lang)} → {fmt.number(comparison.after.overall, lang)}: "
        + _difference(comparison.overall_difference, comparison.overall_meaningful, lang)
    )
    lines += [
        "",
        f"- **{t('cli.md.overall', lang)}:** {overall}",
        f"- **{t('cli.md.track', lang)}:** {inline(fmt.track_text(comparison.after.summary, lang))}",
        "",
    ]
    columns = ("theme", "before", "after", "difference")
    lines.append("| " + " | ".join(t(f"export_rounds.col.{c}", lang) for c in columns) + " |")
    lines.append("|---|---:|---:|---|")
    for theme in comparison.themes:
        if theme.reason is None:
            difference = _difference(theme.difference, theme.meaningful, lang)
        else:
            difference = t(f"export_rounds.reason.{theme.reason}", lang)
        cells = [inline(theme.name), _score(theme.before, lang), _score(theme.after, lang), difference]
        lines.append("| " + " | ".join(cells) + " |")
    points = fmt.whole(profile.meaningful_change, lang)
    lines += ["", t("export_rounds.legend", lang, points=points, n=profile.min_respondents)]
    return lines


# --- sections and documents ------------------------------------------------------------------


def round_section(session: Session, profile: OrgProfile, index: int, lang: str, m: _Minutes | None = None) -> list[str]:
    """Round `index` (0-based) as a "## Evalueringsrunde N — date" section."""
    m = m or _Minutes.of(session, lang)
    current = session.rounds[index]
    title = t("export_rounds.title", lang, number=index + 1, date=format_date(current.opened, lang))
    lines = title_lines(title)
    lines += _facts(m, index)
    lines += _notes(current, lang)
    lines += round_zero_tolerance(session, index, lang)
    lines += _reviews(m, index)
    lines += _celebrated(m, index)
    lines += _changes(m, index)
    lines += _measurement(session, profile, index, lang)
    return lines


def rounds_sections(session: Session, profile: OrgProfile, lang: str) -> list[str]:
    """Every round, oldest first (nothing when there are none)."""
    if not session.rounds:
        return []
    m = _Minutes.of(session, lang)
    lines: list[str] = []
    for index in range(len(session.rounds)):
        lines += round_section(session, profile, index, lang, m)
    return lines


def _open_actions(session: Session, lang: str, today: dt.date) -> list[str]:
    lines = title_lines(t("export_rounds.open_actions", lang), 3)
    actions = [a for a in who_does_what(session.plan) if a.status not in CLOSED]
    if not actions:
        return lines + [t("export_rounds.no_open_actions", lang)]
    columns = ("owner", "what", "deadline", "status", "id")
    lines.append("| " + " | ".join(t(f"export.col.{c}", lang) for c in columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    for action in actions:
        cells = [
            inline(or_missing(action.owner, lang)),
            inline(or_missing(action.what, lang)),
            deadline_text(action, lang, today),
            t(f"plan.status.{action.status}", lang),
            inline(action.id),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _goals(session: Session, lang: str) -> list[str]:
    goals = session.plan.goals
    if not goals:
        return []
    lines = title_lines(t("export_rounds.goals", lang), 3)
    for goal in goals:
        reached = (
            t("export_rounds.reached_on", lang, date=format_date(goal.reached, lang))
            if goal.reached
            else t("export_rounds.not_reached", lang)
        )
        target = inline(goal.target) or fmt.DASH
        lines.append(f"- **{inline(theme_label(goal.theme, lang))}:** {target} ({reached})")
    return lines


def _appendix(session: Session, lang: str, today: dt.date) -> list[str]:
    plan = session.plan
    lines = title_lines(t("export_rounds.appendix", lang))
    lines.append(t("export_rounds.as_of", lang, date=format_date(today, lang)))
    lines += _open_actions(session, lang, today)
    closed = sum(1 for a in plan.actions if a.status in CLOSED)
    lines += ["", t("export_rounds.closed_count", lang, count=closed, total=len(plan.actions))]
    lines += _goals(session, lang)
    follow_up = date_text(plan.next_follow_up, lang) if plan.next_follow_up else t("export.md.no_follow_up", lang)
    lines += ["", f"**{t('export.md.next_follow_up', lang)}:** {follow_up}"]
    return lines


def round_document(
    session: Session,
    profile: OrgProfile,
    index: int,
    lang: str,
    today: dt.date | None = None,
    source: str | None = None,
) -> str:
    """Round `index` (0-based) as the committee files it: a heading naming
    unit, session and round, the round's section, and the plan as it stands
    `today` as an appendix. `source` is the session file's name, if known."""
    today = today or now().date()
    label = lambda key: t(f"export_rounds.{key}", lang)  # noqa: E731
    title = t("export_rounds.doc_title", lang, unit=session.unit, number=index + 1)
    cycle = t(
        "export_rounds.session_value",
        lang,
        measurement=session.report.measurement,
        date=format_date(session.created.date(), lang),
    )
    lines = [f"# {inline(title)}", ""]
    lines += [
        f"- **{label('unit')}:** {inline(session.unit)}",
        f"- **{label('session')}:** {inline(cycle)}",
    ]
    if source:
        lines.append(f"- **{label('file')}:** {inline(source)}")
    lines.append(f"- {t('export_rounds.round_of', lang, number=index + 1, count=len(session.rounds))}")
    lines += round_section(session, profile, index, lang)
    lines += _appendix(session, lang, today)
    lines += ["", "---", "", t("cli.md.exported", lang, date=format_date(today, lang))]
    return document(lines)
