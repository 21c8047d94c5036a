"""The rules of SPEC §2: scores, suppression, colours, change, track, guidance.

`summarise(report, profile, today)` is the one entry point; everything the
report screen, `kompas check` and the exports show comes from its result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from statistics import fmean
from typing import Literal

from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.domain.report import (
    INCIDENT_SOURCES,
    SCALE_BOUNDS,
    Colour,
    Question,
    Report,
    Theme,
)

Track = Literal["local", "department_head", "department_head_and_hr"]

#: Guidance cards in the order they are shown.
GUIDANCE_KEYS = ("zero_tolerance", "leadership_low", "worse_than_expected", "low_response_rate")


def normalise(value: float, scale: str, direction: str = "high") -> float:
    """Put `value` on 0-100 so that higher is always better."""
    low, high = SCALE_BOUNDS[scale]
    score = (value - low) / (high - low) * 100.0
    return 100.0 - score if direction == "low" else score


def colour_for(score: float, profile: OrgProfile = DEFAULT_PROFILE) -> Colour:
    if score >= profile.green_min:
        return "green"
    if score < profile.red_below:
        return "red"
    return "yellow"


def is_meaningful(difference: float, profile: OrgProfile = DEFAULT_PROFILE) -> bool:
    """A difference counts when its size, rounded to one decimal, reaches the threshold."""
    return round(abs(difference), 1) >= profile.meaningful_change


def round1(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def next_remeasure(today: dt.date, month: int = 1) -> str:
    """The first `month` strictly after today's month, as YYYY-MM."""
    year = today.year if today.month < month else today.year + 1
    return f"{year:04d}-{month:02d}"


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    score: float | None
    org_score: float | None
    previous_score: float | None
    suppressed: bool


@dataclass(frozen=True)
class ThemeResult:
    name: str
    score: float | None
    suppressed: bool
    colour: Colour | None
    org_score: float | None
    previous_score: float | None
    has_reversed: bool = False
    questions: tuple[QuestionResult, ...] = ()

    @property
    def difference_org(self) -> float | None:
        if self.score is None or self.org_score is None:
            return None
        return self.score - self.org_score

    @property
    def change(self) -> float | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score


@dataclass(frozen=True)
class ZeroToleranceItem:
    question: str
    count: int
    by_source: dict[str, int | None]


@dataclass(frozen=True)
class ReportSummary:
    report: Report
    profile: OrgProfile
    today: dt.date
    themes: tuple[ThemeResult, ...]
    zero_tolerance: tuple[ZeroToleranceItem, ...]
    overall_score: float | None
    org_overall_score: float | None
    colour: Colour | None  # None only when every theme is suppressed
    track: Track
    remeasure: str | None
    guidance: tuple[str, ...]
    response_rate: float | None = None
    low_response: bool = False

    @property
    def exposed(self) -> int:
        return sum(item.count for item in self.zero_tolerance)

    def to_check_json(self) -> dict:
        """The public JSON of SPEC §4 (`kompas check REPORT --format json`)."""
        themes = []
        for theme in self.themes:
            diff, change = theme.difference_org, theme.change
            themes.append(
                {
                    "name": theme.name,
                    "score": round1(theme.score),
                    "suppressed": theme.suppressed,
                    "colour": theme.colour,
                    "org_score": round1(theme.org_score),
                    "previous_score": round1(theme.previous_score),
                    "difference_org": round1(diff),
                    "meaningful_org": None if diff is None else is_meaningful(diff, self.profile),
                    "change": round1(change),
                    "meaningful_change": None if change is None else is_meaningful(change, self.profile),
                }
            )
        return {
            "kind": "report",
            "unit": self.report.unit,
            "measurement": self.report.measurement,
            "invited": self.report.invited,
            "answered": self.report.answered,
            "response_rate": round1(self.response_rate),
            "overall": {
                "score": round1(self.overall_score),
                "org_score": round1(self.org_overall_score),
                "colour": self.colour,
            },
            "track": self.track,
            "remeasure": self.remeasure,
            "themes": themes,
            "zero_tolerance": [
                {"question": z.question, "count": z.count, "by_source": dict(z.by_source)}
                for z in self.zero_tolerance
            ],
            "guidance": list(self.guidance),
        }


def _question_result(question: Question, profile: OrgProfile, answered: int | None) -> QuestionResult:
    n = question.n if question.n is not None else answered
    suppressed = n is not None and n < profile.min_respondents
    if question.scale is None or suppressed:
        return QuestionResult(question, None, None, None, suppressed)

    def norm(value: float | None) -> float | None:
        return None if value is None else normalise(value, question.scale, question.direction)

    return QuestionResult(
        question,
        norm(question.mean),
        norm(question.org_mean),
        norm(question.previous_mean),
        False,
    )


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def _theme_result(theme: Theme, profile: OrgProfile, answered: int | None) -> ThemeResult:
    scale_questions = [q for q in theme.questions if q.kind == "scale"]
    results = tuple(_question_result(q, profile, answered) for q in scale_questions)
    has_reversed = theme.direction == "low" or any(q.direction == "low" for q in scale_questions)
    if theme.score is not None:
        # The report gives the theme's scores itself (one row per theme).
        n = theme.n if theme.n is not None else answered
        suppressed = n is not None and n < profile.min_respondents
        score, org, prev = theme.score, theme.org_score, theme.previous_score
    else:
        visible = [r for r in results if not r.suppressed]
        suppressed = not visible
        score = _mean([r.score for r in visible])
        org = _mean([r.org_score for r in visible])
        prev = _mean([r.previous_score for r in visible])
        suppressed = suppressed or score is None
    if suppressed:
        return ThemeResult(theme.name, None, True, None, None, None, has_reversed, results)
    colour = theme.colour or _given_question_colour(scale_questions) or colour_for(score, profile)
    return ThemeResult(theme.name, score, False, colour, org, prev, has_reversed, results)


def _given_question_colour(questions: list[Question]) -> Colour | None:
    colours = {q.colour for q in questions if q.colour}
    return colours.pop() if len(colours) == 1 else None


def _zero_tolerance(report: Report) -> tuple[ZeroToleranceItem, ...]:
    items = []
    for theme in report.themes:
        for q in theme.questions:
            if q.kind != "incident":
                continue
            sources = q.by_source
            by_source = {s: (getattr(sources, s) if sources else None) for s in INCIDENT_SOURCES}
            items.append(ZeroToleranceItem(q.text or q.id, q.count_yes or 0, by_source))
    return tuple(items)


def track_for(colour: Colour | None, overall: float | None, org_overall: float | None) -> Track:
    if colour == "red":
        return "department_head_and_hr"
    if colour == "green":
        return "local"
    # Yellow, or nothing visible at all: local only when at or above the org.
    if overall is not None and org_overall is not None and overall >= org_overall:
        return "local"
    return "department_head"


def _leadership_low(themes: tuple[ThemeResult, ...], profile: OrgProfile) -> bool:
    for theme in themes:
        if theme.suppressed or not profile.leadership_regex.search(theme.name):
            continue
        if theme.colour == "red":
            return True
        diff = theme.difference_org
        if diff is not None and diff < 0 and is_meaningful(diff, profile):
            return True
    return False


def summarise(
    report: Report, profile: OrgProfile = DEFAULT_PROFILE, today: dt.date | None = None
) -> ReportSummary:
    today = today or dt.date.today()
    themes = tuple(
        _theme_result(t, profile, report.answered)
        for t in report.themes
        if not t.is_incident_theme
    )
    visible = [t for t in themes if not t.suppressed]
    overall = _mean([t.score for t in visible])
    # The organisation's overall is taken over the same themes as the unit's.
    org_scores = [t.org_score for t in visible]
    org_overall = fmean(org_scores) if visible and all(s is not None for s in org_scores) else None
    colour = report.colour or (colour_for(overall, profile) if overall is not None else None)
    track = track_for(colour, overall, org_overall)
    remeasure = next_remeasure(today, profile.remeasure_month) if track != "local" else None

    response_rate = None
    if report.invited and report.answered is not None:
        response_rate = report.answered / report.invited * 100.0
    low_response = response_rate is not None and round(response_rate, 1) < profile.response_rate_warning

    zero = _zero_tolerance(report)
    flags = {
        "zero_tolerance": any(z.count > 0 for z in zero),
        "leadership_low": _leadership_low(themes, profile),
        "worse_than_expected": track != "local",
        "low_response_rate": low_response,
    }
    return ReportSummary(
        report=report,
        profile=profile,
        today=today,
        themes=themes,
        zero_tolerance=zero,
        overall_score=overall,
        org_overall_score=org_overall,
        colour=colour,
        track=track,
        remeasure=remeasure,
        guidance=tuple(k for k in GUIDANCE_KEYS if flags[k]),
        response_rate=response_rate,
        low_response=low_response,
    )
