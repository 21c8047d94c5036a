"""The parts of one session's read-only page (screens/review_session.py),
as Content and Rich tables: plain functions of the session, so the page
is drawn once and all user text stays text (through `safe_text`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich import box
from rich.table import Table
from rich.text import Text
from textual.content import Content

from kompas_tui.domain.dates import format_date
from kompas_tui.domain.message import plural
from kompas_tui.formatting import number, track_text
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import INK_STYLES, chip
from kompas_tui.widgets.page_table import MAX_THEME_WIDTH

if TYPE_CHECKING:
    from kompas_tui.domain.plan import Action
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.domain.scoring import ReportSummary
    from kompas_tui.domain.session import Session

Part = Content | Table


def _title(key: str, **fields: object) -> Content:
    return Content.styled(t(key, **fields), "bold underline")


def heading(session: Session, lang: str) -> Content:
    return Content.assemble(
        (safe_text(session.unit), "bold"),
        "  ",
        (t("ui_review.session.created", date=format_date(session.created.date(), lang)), "dim"),
    )


def measurements(session: Session, scored: list[ReportSummary], dates: list[dt.date], lang: str) -> Content:
    lines: list[Content] = [_title("ui_review.session.measurements")]
    for index, (report, summary, day) in enumerate(zip(session.measurements, scored, dates), 1):
        name = safe_text(report.measurement) or "–"
        text = t(
            "ui_review.session.measurement",
            n=index, name=name, date=format_date(day, lang), score=number(summary.overall_score, lang),
        )
        lines.append(Content.assemble(text, chip(summary.colour)))
    latest = scored[-1]
    lines.append(Content.assemble((t("ui_review.session.now"), "bold"), safe_text(track_text(latest, lang))))
    return Content("\n").join(lines)


def _action_line(action: Action, today: dt.date, lang: str) -> Content:
    from kompas_tui.domain.plan import is_overdue

    status = t(f"plan.status.{action.status}")
    details: list[str] = []
    if action.owner.strip():
        details.append(t("ui_review.session.owner", owner=safe_text(action.owner)))
    if action.deadline is not None:
        details.append(t("ui_review.session.deadline", date=format_date(action.deadline, lang)))
    overdue = is_overdue(action, today)
    parts: list[Content | tuple[str, str] | str] = [
        (safe_text(action.id), "bold"), " ", safe_text(action.what) or "–", f" [{status}]",
    ]
    if overdue:
        parts.extend(["  ", (t("ui_summary.overdue"), "bold reverse")])
    if details:
        parts.extend(["\n    ", (" · ".join(details), "dim")])
    return Content.assemble(*parts)


def plan(session: Session, today: dt.date, lang: str) -> Content:
    from kompas_tui.domain.plan import theme_label

    plan_ = session.plan
    lines: list[Content] = [_title("ui_review.session.plan"), Content.styled(t("ui_review.session.goals"), "bold")]
    if not plan_.goals:
        lines.append(Content(t("ui_review.session.no_goals")))
    for goal in plan_.goals:
        target = goal.target.strip() or goal.looks_like.strip() or "–"
        line = Content("  • " + t("ui_review.session.goal", theme=safe_text(theme_label(goal.theme, lang)),
                                  target=safe_text(target)))
        if goal.reached is not None:
            line = line + Content(t("ui_review.session.goal_reached", date=format_date(goal.reached, lang)))
        lines.append(line)
    live = [a for a in plan_.actions if a.status != "dropped"]
    done = sum(1 for a in live if a.status == "done")
    lines.append(Content.styled(t("ui_review.session.actions", done=done, total=len(live)), "bold"))
    if not plan_.actions:
        lines.append(Content(t("ui_review.session.no_actions")))
    for action in plan_.actions:
        lines.append(Content("  ") + _action_line(action, today, lang))
    if plan_.next_follow_up is not None:
        lines.append(Content(t("ui_review.session.next", date=format_date(plan_.next_follow_up, lang))))
    return Content("\n").join(lines)


def timeline(session: Session, lang: str) -> Table:
    """One line per round, newest first, ending with the workshop; a long
    line wraps under its text, the dates stay in their column."""
    table = Table.grid(padding=(0, 2), expand=True)
    table.title = t("ui_review.session.timeline")
    table.title_justify = "left"
    table.title_style = "bold underline"
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    total = sum(1 for a in session.plan.actions if a.status != "dropped")
    for number_, round_ in reversed(list(enumerate(session.rounds, 1))):
        bits = [plural("ui_review.session.round.participants", len(round_.participants))]
        done = sum(1 for review in round_.reviews if review.status == "done")
        bits.append(t("ui_review.session.round.reviewed", reviewed=len(round_.reviews), total=total, done=done))
        if round_.changes:
            bits.append(plural("ui_review.session.round.changes", len(round_.changes)))
        if round_.measurement is not None:
            bits.append(t("ui_review.session.round.measurement", n=round_.measurement + 1))
        name = t("ui_review.session.round", n=number_)
        if round_.is_open:
            name = f"{name} ({t('ui_review.session.round.open')})"
        line = Text()
        line.append(name, style="bold")
        line.append(" · " + " · ".join(bits))
        table.add_row(format_date(round_.opened, lang), line)
    table.add_row(format_date(session.created.date(), lang), Text(t("ui_review.session.workshop")))
    return table


def _score_cell(summary: ReportSummary, name: str, lang: str) -> Text:
    from kompas_tui.domain.comparison import theme_key

    wanted = theme_key(name)
    theme = next((th for th in summary.themes if theme_key(th.name) == wanted), None)
    if theme is None:
        return Text("–", justify="right")
    if theme.suppressed or theme.score is None:
        return Text(t("domain.colour.suppressed"), style="italic", justify="right")
    text = Text(justify="right")
    text.append(number(theme.score, lang))
    if theme.colour is not None:
        text.append(f" {t(f'domain.colour.{theme.colour}')}", style=INK_STYLES[theme.colour])
    return text


def themes(scored: list[ReportSummary], dates: list[dt.date], lang: str) -> Table:
    """Every theme, its score and colour word in each measurement."""
    from kompas_tui.domain.comparison import theme_key

    table = Table(
        title=t("ui_review.session.themes"), title_justify="left", title_style="bold underline",
        box=box.SIMPLE_HEAD, pad_edge=False, expand=False, show_edge=False,
    )
    # As wide as the names, up to the theme tables' limit: the scores stay beside them.
    table.add_column(t("ui_review.session.theme"), max_width=MAX_THEME_WIDTH, overflow="fold")
    for index, day in enumerate(dates, 1):
        table.add_column(f"{index} · {format_date(day, lang)}", justify="right", no_wrap=True)
    names: list[str] = []
    seen: set[str] = set()
    for summary in scored:
        for theme in summary.themes:
            if theme_key(theme.name) not in seen:
                seen.add(theme_key(theme.name))
                names.append(theme.name)
    for name in names:
        table.add_row(Text(safe_text(name)), *(_score_cell(summary, name, lang) for summary in scored))
    return table


def session_parts(session: Session, profile: OrgProfile, lang: str, today: dt.date) -> list[tuple[str, Part]]:
    """The page, top to bottom: (widget id, content)."""
    from kompas_tui.domain.comparison import measurement_dates, summaries

    scored = summaries(session, profile)
    dates = measurement_dates(session)
    return [
        ("review-heading", heading(session, lang)),
        ("review-measurements", measurements(session, scored, dates, lang)),
        ("review-plan", plan(session, today, lang)),
        ("review-timeline", timeline(session, lang)),
        ("review-themes", themes(scored, dates, lang)),
    ]
