"""Rules a report must meet whatever file it came from.

The checks run on a structurally valid `Report` and return `Issue`s that point
at a place in the model (`loc`, as pydantic does). Each importer turns a loc
into its own terms: a CSV line and column, or a TOML key path and line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from kompas_tui.domain.report import SCALE_BOUNDS, Question, Report, Theme
from kompas_tui.i18n import t

Loc = tuple[str | int, ...]

#: Fields holding a mean on the item's own scale.
MEAN_FIELDS = ("mean", "org_mean", "previous_mean")
#: Fields holding a theme score, already on 0-100.
SCORE_FIELDS = ("score", "org_score", "previous_score")


@dataclass(frozen=True)
class Issue:
    loc: Loc
    expected: str
    #: The offending value; None when the value is missing.
    value: object = None


def _bound(number: float) -> str:
    return f"{number:g}"


def _mean_issues(question: Question, loc: Loc) -> list[Issue]:
    """Means that are no number on the item's own scale."""
    issues: list[Issue] = []
    for name in MEAN_FIELDS:
        value = getattr(question, name)
        if value is None:
            continue
        if not math.isfinite(value):
            issues.append(Issue(loc + (name,), t("errors.expect.number"), value))
        elif question.scale is not None:
            low, high = SCALE_BOUNDS[question.scale]
            if not low <= value <= high:
                expected = t("errors.expect.number_between", low=_bound(low), high=_bound(high))
                issues.append(Issue(loc + (name,), expected, value))
    return issues


def _has_mean(question: Question) -> bool:
    return any(getattr(question, name) is not None for name in MEAN_FIELDS)


def _scale_needed(question: Question, loc: Loc) -> list[Issue]:
    return [Issue(loc + ("scale",), t("errors.expect.scale_needed"))]


def question_issues(question: Question, loc: Loc) -> list[Issue]:
    issues = _mean_issues(question, loc)
    if question.scale is None and (question.kind == "scale" or _has_mean(question)):
        issues.extend(_scale_needed(question, loc))
    if question.kind == "scale" and question.mean is None:
        issues.append(Issue(loc + ("mean",), t("errors.expect.mean_needed")))
    if question.kind == "incident" and question.count_yes is None:
        issues.append(Issue(loc + ("count_yes",), t("errors.expect.count_yes_needed")))
    return issues


def report_issues(report: Report, describe: Callable[[Loc], str]) -> list[Issue]:
    """Every rule the model itself cannot express. `describe(loc)` names an
    earlier place in the file, for "already used at ..." messages."""
    issues: list[Issue] = []
    if not report.unit.strip():
        issues.append(Issue(("unit",), t("errors.expect.unit"), report.unit or None))
    issues.extend(_answered_issues(report))
    if not report.themes:
        issues.append(Issue(("themes",), t("errors.expect.themes")))

    theme_names: dict[str, Loc] = {}
    question_ids: dict[str, Loc] = {}
    for i, theme in enumerate(report.themes):
        theme_loc: Loc = ("themes", i)
        if not theme.name.strip():
            issues.append(Issue(theme_loc + ("name",), t("errors.expect.theme_name"), theme.name or None))
        elif theme.name in theme_names:
            where = describe(theme_names[theme.name] + ("name",))
            issues.append(Issue(theme_loc + ("name",), t("errors.expect.unique_theme", where=where), theme.name))
        else:
            theme_names[theme.name] = theme_loc
        issues.extend(_score_issues(theme, theme_loc))
        if not theme.questions and theme.score is None:
            issues.append(Issue(theme_loc + ("questions",), t("errors.expect.theme_content")))

        for j, question in enumerate(theme.questions):
            question_loc = theme_loc + ("questions", j)
            issues.extend(question_issues(question, question_loc))
            if not question.id and not question.text:
                issues.append(Issue(question_loc + ("text",), t("errors.expect.question_text")))
            if not question.id:
                continue
            if question.id in question_ids:
                where = describe(question_ids[question.id] + ("id",))
                issues.append(Issue(question_loc + ("id",), t("errors.expect.unique_id", where=where), question.id))
            else:
                question_ids[question.id] = question_loc
    return issues


def _answered_issues(report: Report) -> list[Issue]:
    invited, answered = report.invited, report.answered
    if invited is not None and answered is not None and answered > invited:
        return [Issue(("answered",), t("errors.expect.at_most_invited", invited=invited), answered)]
    return []


def _score_issues(theme: Theme, loc: Loc) -> list[Issue]:
    issues = []
    for name in SCORE_FIELDS:
        value = getattr(theme, name)
        if value is not None and not (math.isfinite(value) and 0.0 <= value <= 100.0):
            expected = t("errors.expect.number_between", low="0", high="100")
            issues.append(Issue(loc + (name,), expected, value))
    return issues


def number_issues(report: Report) -> list[Issue]:
    """The rules on a report's numbers alone: `answered` at most `invited`,
    theme scores from 0 to 100, every mean a finite number on its item's
    scale (which it must have). What a session's measurements are held to
    when it is loaded: a hand edit cannot make a score that no import would
    give, while a session of a report without themes (a test's, an early
    kompas's) still loads."""
    issues = _answered_issues(report)
    for i, theme in enumerate(report.themes):
        theme_loc: Loc = ("themes", i)
        issues.extend(_score_issues(theme, theme_loc))
        for j, question in enumerate(theme.questions):
            question_loc = theme_loc + ("questions", j)
            issues.extend(_mean_issues(question, question_loc))
            if question.scale is None and _has_mean(question):
                issues.extend(_scale_needed(question, question_loc))
    return issues
