"""Markdown minutes of a session (`kompas export --format md`, and `e` on the
summary screen), in the session's language: a document a leader can mail or
print.

Sections: first the record of the meeting (`record_markdown.record_section`:
unit, date and place, participants with roles, the preparation, who follows
up the plan), then in the order of the meeting: the report summary
(`report_text.render_markdown`, with the organisation's policy links and
help contacts under the guidance), the dialogue notes per prompt, the vote,
the goals and actions per theme, the zero-tolerance point, who does what by
when, the next follow-up date and what is missing; then a section per
evaluation round (`rounds_markdown`). The workshop's sections show the plan
as it stands now, rounds included (a goal reached says when).

User text stays literal: one-line values go through `inline`, notes through
`block`, which keeps the line breaks (a Markdown hard break, two trailing
spaces). Both only mark the text; `md_text.finish` escapes it, on the whole
document, only where Markdown would change it. Control characters are made
visible by `printable` on the whole document.
"""

from __future__ import annotations

import datetime as dt

from kompas_tui import formatting as fmt
from kompas_tui.domain.dates import format_date
from kompas_tui.domain.dialog import guidance_notes_id, notes_for, notes_without_prompt, prompts_for
from kompas_tui.domain.plan import (
    ZERO_TOLERANCE_THEME,
    Action,
    by_deadline,
    is_overdue,
    theme_label,
    zero_tolerance_answered,
)
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.session import Session, now
from kompas_tui.domain.voting import default_choice, ranking, total_dots
from kompas_tui.exporters.md_text import finish, user
from kompas_tui.exporters.report_text import render_markdown
from kompas_tui.exporters.summary_data import NO_THEME, PlanView, plan_view
from kompas_tui.i18n import t
from kompas_tui.text import printable

def inline(text: str) -> str:
    """User text as one line of the minutes (after a label, in a table
    cell, a heading, at the start of a line): marked for `finish`, which
    escapes what Markdown would change in its place."""
    return user(text)


def document(lines: list[str]) -> str:
    """The minutes' lines as one Markdown text: control characters made
    visible, user text escaped where it would be markup."""
    return finish(printable("\n".join(single_blank_lines(lines)) + "\n"))


def text_lines(text: str) -> list[str]:
    """The lines of a multi-line text, each made literal with `inline`;
    blank lines stay (as ""), leading and trailing blank lines go."""
    lines = [inline(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def block(text: str, prefix: str = "> ") -> list[str]:
    """A multi-line user text as quoted Markdown lines that keep their line
    breaks (two trailing spaces: a hard break that is invisible in the
    plain text of a mail)."""
    lines = text_lines(text)
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            out.append(prefix.rstrip())
            continue
        follows = index + 1 < len(lines) and lines[index + 1]
        out.append(f"{prefix}{line}{'  ' if follows else ''}")
    return out


def _field(label: str, value: str) -> list[str]:
    """"- **Label:** value"; a multi-line value continues in the item, line
    by line (blank lines left out, they would end the item)."""
    lines = [line for line in text_lines(value) if line] or [fmt.DASH]
    first = f"- **{label}:** {lines[0]}"
    if len(lines) == 1:
        return [first]
    rest = [f"  {line}" for line in lines[1:]]
    return [first + "  ", *(line + "  " for line in rest[:-1]), rest[-1]]


def date_text(value: dt.date | None, lang: str) -> str:
    return format_date(value, lang) if value is not None else fmt.DASH


def or_missing(value: str, lang: str) -> str:
    return value if value.strip() else t("export.missing_value", lang)


def deadline_text(action: Action, lang: str, today: dt.date) -> str:
    """The deadline, with the word for overdue (already escaped)."""
    if action.deadline is None:
        return t("export.missing_value", lang)
    text = format_date(action.deadline, lang)
    if is_overdue(action, today):
        text += f" ({t('export.overdue', lang)})"
    return text


def title_lines(text: str, level: int = 2) -> list[str]:
    return ["", f"{'#' * level} {text}", ""]


# --- dialogue ------------------------------------------------------------------


def _dialog(session: Session, view: PlanView, profile: OrgProfile, lang: str) -> list[str]:
    lines = title_lines(t("export.md.dialog", lang))
    prompts = prompts_for(profile)
    guidance = view.summary.guidance
    written = [(p.title.get(lang) or p.id, notes_for(session.dialog, p.id)) for p in prompts]
    # The notes under the report's guidance cards, titled like the cards.
    written += [
        (fmt.guidance_text(view.summary, key, lang)[0], notes_for(session.dialog, guidance_notes_id(key)))
        for key in guidance
    ]
    written = [(title, notes) for title, notes in written if notes.strip()]
    for entry in notes_without_prompt(session.dialog, prompts, guidance):
        if entry.notes.strip():
            written.append((t("export.md.other_prompt", lang, id=entry.prompt), entry.notes))
    if not written:
        return lines + [t("export.md.no_notes", lang)]
    for title, notes in written:
        lines += ["", f"### {inline(title)}", "", *block(notes)]
    return lines


# --- the vote --------------------------------------------------------------------


def _vote(view: PlanView, lang: str) -> list[str]:
    voting, themes = view.session.voting, view.vote_themes
    settings = voting.settings
    lines = title_lines(t("export.md.vote", lang))
    per_person = settings.votes(len(themes))
    total = total_dots(voting, themes)
    budget = settings.budget(len(themes))
    cap = settings.max_per_theme
    lines += [
        f"- **{t('export.md.participants', lang)}:** {settings.participants or fmt.DASH}",
        f"- **{t('export.md.votes_per_person', lang)}:** {per_person}",
        f"- **{t('export.md.max_per_theme', lang)}:** {cap if cap is not None else t('export.md.no_cap', lang)}",
        f"- **{t('export.md.total_dots', lang)}:** "
        + (t("export.md.dots_of", lang, total=total, budget=budget) if budget is not None else str(total)),
    ]
    ranked = [entry for entry in ranking(voting, themes) if entry.dots > 0]
    if ranked:
        lines += [
            "",
            "| " + " | ".join(t(f"export.md.col.{c}", lang) for c in ("rank", "theme", "dots", "chosen")) + " |",
            "|---:|---|---:|---|",
        ]
        for entry in ranked:
            rank = t("export.md.tied", lang, rank=entry.rank) if entry.tied else str(entry.rank)
            chosen = t("export.md.chosen_mark", lang) if entry.theme in view.chosen else ""
            lines.append(f"| {rank} | {inline(entry.theme)} | {entry.dots} | {chosen} |")
        without = [theme for theme in themes if voting.dots.get(theme, 0) == 0]
        if without:
            lines += ["", f"{t('export.md.no_dots', lang)}: " + ", ".join(inline(th) for th in without)]
    else:
        lines += ["", t("export.md.no_votes", lang)]
    lines.append("")
    if view.chosen:
        lines.append(f"**{t('export.md.chosen', lang)}:** " + ", ".join(inline(th) for th in view.chosen))
    else:
        lines.append(t("export.md.none_chosen", lang))
    if voting.chosen is None and (notice := default_choice(voting, themes).notice()) is not None:
        lines += ["", inline(notice.text(lang))]
    return lines


# --- goals and actions -----------------------------------------------------------------


def _where_we_are(view: PlanView, theme: str, own_rating: int | None, lang: str) -> str:
    result = view.theme_result(theme)
    parts: list[str] = []
    if result is not None:
        if result.suppressed:
            parts.append(t("export.md.score_hidden", lang, n=view.summary.profile.min_respondents))
        else:
            parts.append(
                t(
                    "export.md.score",
                    lang,
                    score=fmt.number(result.score, lang),
                    colour=fmt.colour_word(result.colour, lang),
                )
            )
    if own_rating is not None:
        parts.append(t("export.md.own_rating", lang, rating=own_rating))
    return "; ".join(parts) if parts else fmt.DASH


def _goal(view: PlanView, theme: str, lang: str) -> list[str]:
    goal = view.goal_for(theme)
    label = lambda key: t(f"export.goal.{key}", lang)  # noqa: E731
    if goal is None:
        return [
            f"- **{label('where_now')}:** {_where_we_are(view, theme, None, lang)}",
            f"- **{label('target')}:** {t('export.md.no_goal', lang)}",
        ]
    return [
        f"- **{label('where_now')}:** {_where_we_are(view, theme, goal.own_rating, lang)}",
        *_field(label("target"), goal.target),
        *_field(label("looks_like"), goal.looks_like),
        *_field(label("how_we_notice"), goal.how_we_notice),
        f"- **{label('by_when')}:** {date_text(goal.by_when, lang)}",
        *([f"- **{t('export_rounds.reached', lang)}:** {date_text(goal.reached, lang)}"] if goal.reached else []),
    ]


def action_lines(action: Action, lang: str, today: dt.date) -> list[str]:
    """One action with every field: its "what" in bold, the rest as a list."""
    label = lambda key: t(f"export.col.{key}", lang)  # noqa: E731
    level = lambda value: t(f"plan.level.{value}", lang) if value else fmt.DASH  # noqa: E731
    what = inline(or_missing(action.what, lang))
    return [
        f"**{inline(action.id)}** · {what}",
        "",
        f"- **{label('owner')}:** {inline(or_missing(action.owner, lang))}",
        f"- **{label('deadline')}:** {deadline_text(action, lang, today)}",
        f"- **{label('follow_up')}:** {inline(or_missing(action.follow_up, lang))}",
        *_field(label("first_step"), action.first_step),
        f"- **{label('effort')}:** {level(action.effort)}",
        f"- **{label('benefit')}:** {level(action.benefit)}",
        f"- **{label('status')}:** {t(f'plan.status.{action.status}', lang)}",
        "",
    ]


def _actions(actions: list[Action], lang: str, today: dt.date) -> list[str]:
    if not actions:
        return [t("export.md.no_actions", lang)]
    lines: list[str] = []
    for action in actions:
        lines += action_lines(action, lang, today)
    return lines[:-1]


def _goals_and_actions(view: PlanView, lang: str, today: dt.date) -> list[str]:
    lines = title_lines(t("export.md.goals", lang))
    if not view.themes and not view.actions_for(NO_THEME):
        return lines + [t("export.md.no_themes", lang)]
    for theme in view.themes:
        title = inline(theme)
        if theme not in view.chosen:
            title += f" ({t('export.md.not_chosen', lang)})"
        lines += ["", f"### {title}", "", f"{t('export.md.goal', lang)}:", "", *_goal(view, theme, lang)]
        lines += ["", f"{t('export.md.actions', lang)}:", "", *_actions(view.actions_for(theme), lang, today)]
    if loose := view.actions_for(NO_THEME):
        lines += ["", f"### {t('export.no_theme', lang)}", "", *_actions(loose, lang, today)]
    return lines


def _zero_tolerance(view: PlanView, lang: str, today: dt.date) -> list[str]:
    plan = view.session.plan
    actions = view.actions_for(ZERO_TOLERANCE_THEME)
    record = plan.zero_tolerance
    has_record = bool(record.text.strip()) or record.recorded is not None
    reopened_any = any(m.kind == "zero_tolerance_round" for m in view.missing)
    if not (view.zero_tolerance_triggered or actions or has_record or reopened_any):
        return []
    lines = title_lines(t("export.md.zero_tolerance", lang))
    if view.zero_tolerance_triggered:
        lines += [t("export.md.zero_tolerance.why", lang, count=view.summary.exposed), ""]
    reopened = next((m for m in view.missing if m.kind == "zero_tolerance_round"), None)
    answered = zero_tolerance_answered(plan) and reopened is None
    status = t("export.md.answered" if answered else "export.md.unanswered", lang)
    if reopened is not None:
        status += f" ({t('export.md.reopened', lang, round=reopened.ref)})"
    lines += [f"**{t('export.col.status', lang)}:** {status}"]
    if actions:
        lines += ["", f"{t('export.md.actions', lang)}:", "", *_actions(actions, lang, today)]
    if has_record:
        lines += [
            "",
            t("export.md.policy", lang, date=date_text(record.recorded, lang)) + ":",
            "",
            *(block(record.text) or [f"> {fmt.DASH}"]),
        ]
    return lines


# --- who does what, the follow-up, what is missing -----------------------------------


def _who_does_what(view: PlanView, lang: str, today: dt.date) -> list[str]:
    lines = title_lines(t("export.md.who", lang))
    actions = by_deadline(view.session.plan.actions)
    if not actions:
        return lines + [t("export.md.no_actions", lang)]
    columns = ("deadline", "what", "theme", "owner", "follow_up", "status")
    lines.append("| " + " | ".join(t(f"export.col.{c}", lang) for c in columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    for action in actions:
        cells = [
            deadline_text(action, lang, today),
            inline(or_missing(action.what, lang)),
            inline(theme_label(action.theme, lang)) if action.theme.strip() else t("export.no_theme", lang),
            inline(or_missing(action.owner, lang)),
            inline(or_missing(action.follow_up, lang)),
            t(f"plan.status.{action.status}", lang),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _follow_up(view: PlanView, lang: str) -> list[str]:
    date = view.session.plan.next_follow_up
    # In bold: a Danish date alone on a line ("24. mar. 2027") would start a numbered list.
    text = f"**{format_date(date, lang)}**" if date is not None else t("export.md.no_follow_up", lang)
    return title_lines(t("export.md.next_follow_up", lang)) + [text]


def _missing(view: PlanView, lang: str) -> list[str]:
    lines = title_lines(t("export.md.missing", lang))
    lines.append(t("export.md.complete" if view.complete else "export.md.incomplete", lang))
    if view.missing:
        lines.append("")
        for item in view.missing:
            mark = t("export.md.blocking" if item.blocking else "export.md.warning", lang)
            lines.append(f"- **{mark}:** {inline(item.text(lang))}")
    return lines


def session_markdown(session: Session, profile: OrgProfile, lang: str, today: dt.date | None = None) -> str:
    """The minutes. `today` decides what is overdue (default: today)."""
    from kompas_tui.exporters.record_markdown import help_section, record_section  # they build on this module

    today = today or now().date()
    view = plan_view(session, profile)
    lines = [f"# {inline(t('cli.md.title', lang, unit=session.unit))}", ""]
    lines += record_section(session, lang)
    lines += ["", *render_markdown(view.summary, lang)]
    if view.summary.guidance:
        lines += help_section(profile, lang)
    lines += _dialog(session, view, profile, lang)
    lines += _vote(view, lang)
    lines += _goals_and_actions(view, lang, today)
    lines += _zero_tolerance(view, lang, today)
    lines += _who_does_what(view, lang, today)
    lines += _follow_up(view, lang)
    lines += _missing(view, lang)
    from kompas_tui.exporters.rounds_markdown import rounds_sections  # it builds on this module

    lines += rounds_sections(session, profile, lang)
    lines += ["", "---", "", t("cli.md.exported", lang, date=format_date(today, lang))]
    return document(lines)


def single_blank_lines(lines: list[str]) -> list[str]:
    """The sections each open and close with a blank line; one is enough."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out
