"""Pieces the goals and plan screens share: which themes were chosen, an
action written out with every field, and what the plan still lacks.

Everything returned is `Content` built from plain text: user text (theme
names, what, names) goes through `safe_text` and is never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content

from kompas_tui.domain.dates import format_date
from kompas_tui.domain.plan import Action, Missing, Plan, theme_label
from kompas_tui.i18n import t
from kompas_tui.text import safe_text

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session

#: How many of the plan's gaps the always-visible check lists by name.
CHECK_LINES = 2


def chosen_themes(session: Session) -> tuple[str, ...]:
    """The themes the group chose in the vote (the top of the ranking until
    the facilitator changes the choice)."""
    from kompas_tui.domain.voting import effective_chosen, vote_themes

    return effective_chosen(session.voting, vote_themes(session.report, session.voting))


def vote_theme_names(session: Session) -> tuple[str, ...]:
    from kompas_tui.domain.voting import vote_themes

    return vote_themes(session.report, session.voting)


def level_word(level: str | None, lang: str) -> str:
    return t(f"plan.level.{level}", lang) if level else t("ui_plan.not_rated", lang)


def _value(text: str, lang: str, *, required: bool = False) -> tuple[str, str]:
    """A field's text, or a word saying it is missing (in capitals when the
    plan needs it: a word, not a colour, marks it)."""
    if text.strip():
        return safe_text(text.strip()), ""
    if required:
        return t("ui_plan.missing_value", lang), "bold"
    return "–", ""


def action_card(action: Action, lang: str) -> Content:
    """An action with every field, on three lines:

    a1  What is to be done                       [not started]
        Owner: … · Deadline: … · Follow-up: …
        First step: … · Effort: … · Benefit: …
    """
    what = safe_text(" ".join(action.what.split())) or t("ui_plan.no_what", lang)
    status = t(f"plan.status.{action.status}", lang)
    deadline = (
        (format_date(action.deadline, lang), "") if action.deadline else (t("ui_plan.missing_value", lang), "bold")
    )
    dropped = action.status == "dropped"
    first = Content.assemble(
        (action.id.ljust(4), "bold"),
        (what, "strike" if dropped else "bold"),
        "  ",
        (f"[{status}]", "italic"),
    )
    second = Content.assemble(
        "    ",
        t("ui_plan.field.owner", lang),
        " ",
        _value(action.owner, lang, required=not dropped),
        " · ",
        t("ui_plan.field.deadline", lang),
        " ",
        deadline if not dropped else (deadline[0], ""),
        " · ",
        t("ui_plan.field.follow_up", lang),
        " ",
        _value(action.follow_up, lang, required=not dropped),
    )
    third = Content.assemble(
        "    ",
        t("ui_plan.field.first_step", lang),
        " ",
        _value(action.first_step, lang),
        " · ",
        t("ui_plan.field.effort", lang),
        " ",
        level_word(action.effort, lang),
        " · ",
        t("ui_plan.field.benefit", lang),
        " ",
        level_word(action.benefit, lang),
    )
    return Content("\n").join([first, second, third])


def action_line(action: Action, lang: str) -> Content:
    """One line for the 2×2: id, what, owner."""
    what = safe_text(" ".join(action.what.split())) or t("ui_plan.no_what", lang)
    owner = safe_text(action.owner.strip())
    parts: list[str | tuple[str, str]] = [(action.id, "bold"), " ", what]
    if owner:
        parts += [" (", owner, ")"]
    if action.status == "dropped":
        parts += [" ", (f"[{t('plan.status.dropped', lang)}]", "italic")]
    return Content.assemble(*parts)


def group_title(theme: str, lang: str) -> str:
    return safe_text(theme_label(theme, lang))


def missing_lines(missing: list[Missing], lang: str) -> list[Content]:
    """Each gap on its line, the blocking ones first; warnings say "Bemærk"."""
    ordered = [m for m in missing if m.blocking] + [m for m in missing if not m.blocking]
    lines = []
    for item in ordered:
        prefix = "- " if item.blocking else "- " + t("ui_plan.check.note", lang) + " "
        lines.append(Content(prefix + safe_text(item.text(lang))))
    return lines


def check_summary(missing: list[Missing], lang: str, limit: int = CHECK_LINES) -> Content:
    """The always-visible check: complete or not, and the first gaps."""
    blocking = [m for m in missing if m.blocking]
    notes = len(missing) - len(blocking)
    if not blocking:
        head = Content.styled(t("ui_plan.check.complete", lang), "bold")
    else:
        head = Content.styled(t("ui_plan.check.incomplete", lang, n=len(blocking)), "bold")
    if notes:
        # The lines below mix both kinds; the head counts each, so they add up.
        head += Content(t("ui_plan.check.notes", lang, n=notes))
    lines = [head, *missing_lines(missing, lang)[:limit]]
    if len(missing) > limit:
        lines.append(Content.styled(t("ui_plan.check.more", lang, n=len(missing) - limit), "italic"))
    return Content("\n").join(lines)


def plan_groups(plan: Plan, chosen: tuple[str, ...], zero_tolerance: bool) -> list[str]:
    """The themes the plan is grouped by: the zero-tolerance point when the
    report triggers it, the chosen themes, then any other theme an action
    still has (a theme dropped from the chosen ones after the action was
    made)."""
    from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME

    groups: list[str] = [ZERO_TOLERANCE_THEME] if zero_tolerance else []
    groups += [theme for theme in chosen if theme not in groups]
    for action in plan.actions:
        if action.theme not in groups:
            groups.append(action.theme)
    return groups


def field_keys(prefix: str) -> list[Binding]:
    """Tab and shift+tab as priority keys: they move the focus before the
    next key is delivered, so keys that arrive together (a fast typist on
    a slow SSH link, a paste with tabs in it) land in the right field."""
    return [
        Binding("tab", "app.focus_next", "ui_plan.key.next_field", show=False, priority=True, id=f"{prefix}.next_field"),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "ui_plan.key.previous_field",
            show=False,
            priority=True,
            id=f"{prefix}.previous_field",
        ),
    ]
