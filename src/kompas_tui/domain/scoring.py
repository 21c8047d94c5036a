"""The rules of SPEC §2: scores, suppression, colours, change, track, guidance.

`summarise(report, profile, today)` is the one entry point; everything the
report screen, `kompas check` and the exports show comes from its result.

Every rule reads the number as shown (SPEC §2). `shown` is the one rounding:
one decimal, half away from zero (71.25 → 71.3), after cutting float noise
at nine decimals (a mean that is 69.95 on paper but 69.94999999999999 in
floats shows 70.0). A result carries only shown numbers: the scores of a
`ThemeResult`, `QuestionResult` and `ReportSummary` are rounded when they are
made, and a difference is the difference of two shown numbers, itself shown
(86.7 − 83.3 = 3.4). The rules (`colour_for`, `is_meaningful`, `track_for`,
the response-rate warning, leadership low, worse than expected) compare
those. Means are taken over the unrounded parts and then shown; only what
is compared is ever rounded. See docs/rules.md.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from kompas_tui.domain.profile import DEFAULT_PROFILE, WORD, OrgProfile
from kompas_tui.domain.report import (
    INCIDENT_SOURCES,
    SCALE_BOUNDS,
    Colour,
    Question,
    Report,
    Theme,
)

if TYPE_CHECKING:
    from decimal import Context

Track = Literal["local", "department_head", "department_head_and_hr"]

#: Guidance cards in the order they are shown.
GUIDANCE_KEYS = ("zero_tolerance", "leadership_low", "worse_than_expected", "low_response_rate")


def normalise(value: float, scale: str, direction: str = "high") -> float:
    """Put `value` on 0-100 so that higher is always better."""
    low, high = SCALE_BOUNDS[scale]
    score = (value - low) / (high - low) * 100.0
    return 100.0 - score if direction == "low" else score


#: Decimal places kept before rounding for display: float noise from
#: normalising and averaging is around 1e-13 on 0-100, real data has at most
#: a few decimals, so nine keeps the one and drops the other.
NOISE_DECIMALS = 9
_NOISE_SCALE = 10**NOISE_DECIMALS
#: Below this, value × 10⁹ is exact to well under a unit (< 2**53), so the
#: rounding is done in integers; scores, rates and differences all are.
_FAST_BELOW = 1e6
_STEPS = tuple(10 ** (NOISE_DECIMALS - d) for d in range(NOISE_DECIMALS + 1))
_TENS = tuple(10**d for d in range(NOISE_DECIMALS + 1))


def rounded(value: float, decimals: int = 1) -> float:
    """`value` as it is written with `decimals` decimals (at most
    `NOISE_DECIMALS`): rounded half away from zero after float noise is cut
    at `NOISE_DECIMALS` places; never -0.0. Infinities and NaN are returned
    as they are."""
    magnitude = -value if value < 0 else value
    if magnitude < _FAST_BELOW:  # False for NaN
        step = _STEPS[decimals]
        # The value in units of 1e-9 (noise cut), then in units of the last decimal.
        whole, rest = divmod(round(magnitude * _NOISE_SCALE), step)
        if rest + rest >= step:  # half or more: away from zero
            whole += 1
        result = whole / _TENS[decimals]  # the float nearest the decimal
        return -result if value < 0 and whole else result
    if not math.isfinite(value):
        return value
    return _rounded_decimal(value, decimals)


#: Exact enough for any float (its integer part has at most 309 digits).
@cache
def _context() -> Context:
    """Decimal's context for `_rounded_decimal`; decimal is imported on the
    first large value, not at start-up."""
    from decimal import Context

    return Context(prec=400)


def _rounded_decimal(value: float, decimals: int) -> float:
    """`rounded` for large values, in Decimal (exact; slower)."""
    from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

    context = _context()
    exact = Decimal(value).quantize(Decimal(1).scaleb(-NOISE_DECIMALS), ROUND_HALF_EVEN, context)
    return float(exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, context)) + 0.0


def shown(value: float | None) -> float | None:
    """A score, average, rate or difference as it is shown: one decimal,
    half away from zero. Every rule compares these; idempotent."""
    return None if value is None else rounded(value, 1)


def shown_difference(minuend: float | None, subtrahend: float | None) -> float | None:
    """The difference of the two numbers as shown, shown (86.7 − 83.3 = 3.4)."""
    if minuend is None or subtrahend is None:
        return None
    return rounded(rounded(minuend) - rounded(subtrahend))


def colour_for(score: float, profile: OrgProfile = DEFAULT_PROFILE) -> Colour:
    """The colour of the score as shown (69.95 shows 70.0: green)."""
    score = rounded(score)
    if score >= profile.green_min:
        return "green"
    if score < profile.red_below:
        return "red"
    return "yellow"


def is_meaningful(difference: float, profile: OrgProfile = DEFAULT_PROFILE) -> bool:
    """A difference counts when its size as shown reaches the threshold.
    Pass a difference of shown numbers (`shown_difference`)."""
    return abs(rounded(difference)) >= profile.meaningful_change


def is_low_response(rate: float | None, profile: OrgProfile = DEFAULT_PROFILE) -> bool:
    """The response rate as shown is below the warning limit (59.95 % shows 60.0 %: no warning)."""
    return rate is not None and rounded(rate) < profile.response_rate_warning


def name_words(name: str) -> list[str]:
    """The words of a theme name, case folded: runs of letters and digits."""
    return WORD.findall(name.casefold())


def is_leadership_theme(name: str, profile: OrgProfile = DEFAULT_PROFILE) -> bool:
    """A word of the name contains one of `leadership_words`, unless that
    word is one of `leadership_exclude` (any case): "Topledelsen" is one,
    "Selvledelse i teamet" is not."""
    words, exclude = profile.leadership_terms
    return any(
        word not in exclude and any(term in word for term in words) for word in name_words(name)
    )


def next_remeasure(today: dt.date, month: int = 1) -> str:
    """The first `month` strictly after today's month, as YYYY-MM."""
    year = today.year if today.month < month else today.year + 1
    return f"{year:04d}-{month:02d}"


@dataclass(frozen=True)
class QuestionResult:
    """A question's scores on 0-100, as shown (None when unknown or hidden)."""

    question: Question
    score: float | None
    org_score: float | None
    previous_score: float | None
    suppressed: bool


@dataclass(frozen=True)
class ThemeResult:
    """A theme's scores on 0-100, as shown, with the colour they give."""

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
        """Score − organisation's, of the shown numbers."""
        return shown_difference(self.score, self.org_score)

    @property
    def change(self) -> float | None:
        """Score − previous, of the shown numbers."""
        return shown_difference(self.score, self.previous_score)


@dataclass(frozen=True)
class ZeroToleranceItem:
    question: str
    count: int
    by_source: dict[str, int | None]


@dataclass(frozen=True)
class ReportSummary:
    """A report under a profile. Every number is as shown (see `shown`)."""

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
    #: The previous measurement's overall over the same themes; None unless
    #: every visible theme has a previous score.
    previous_overall_score: float | None = None

    @property
    def exposed(self) -> int:
        return sum(item.count for item in self.zero_tolerance)

    @property
    def overall_change(self) -> float | None:
        """Overall − previous overall, of the shown numbers."""
        return shown_difference(self.overall_score, self.previous_overall_score)

    @property
    def overall_fell(self) -> bool:
        """The overall fell by a meaningful difference (5.0 by default) or more."""
        change = self.overall_change
        return change is not None and change < 0 and is_meaningful(change, self.profile)

    def to_check_json(self) -> dict:
        """The public JSON of SPEC §4 (`kompas check REPORT --format json`)."""
        themes = []
        for theme in self.themes:
            diff, change = theme.difference_org, theme.change
            themes.append(
                {
                    "name": theme.name,
                    "score": theme.score,
                    "suppressed": theme.suppressed,
                    "colour": theme.colour,
                    "org_score": theme.org_score,
                    "previous_score": theme.previous_score,
                    "difference_org": diff,
                    "meaningful_org": None if diff is None else is_meaningful(diff, self.profile),
                    "change": change,
                    "meaningful_change": None if change is None else is_meaningful(change, self.profile),
                }
            )
        return {
            "kind": "report",
            "unit": self.report.unit,
            "measurement": self.report.measurement,
            "invited": self.report.invited,
            "answered": self.report.answered,
            "response_rate": self.response_rate,
            "overall": {
                "score": self.overall_score,
                "org_score": self.org_overall_score,
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


class _Figures(NamedTuple):
    """A theme's unrounded scores, for the means over themes (a tuple:
    cheaper to define than a frozen dataclass, at start-up)."""

    score: float | None
    org: float | None
    previous: float | None


def _question_result(question: Question, profile: OrgProfile, answered: int | None) -> tuple[QuestionResult, _Figures]:
    n = question.n if question.n is not None else answered
    suppressed = n is not None and n < profile.min_respondents
    if question.scale is None or suppressed:
        return QuestionResult(question, None, None, None, suppressed), _Figures(None, None, None)

    def norm(value: float | None) -> float | None:
        return None if value is None else normalise(value, question.scale, question.direction)

    figures = _Figures(norm(question.mean), norm(question.org_mean), norm(question.previous_mean))
    result = QuestionResult(question, shown(figures.score), shown(figures.org), shown(figures.previous), False)
    return result, figures


def _fmean(values: list[float]) -> float:
    """`statistics.fmean` of a non-empty list (what it computes: the exact
    sum, divided), without importing statistics at start-up."""
    return math.fsum(values) / len(values)


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return _fmean(present) if present else None


def _theme_result(theme: Theme, profile: OrgProfile, answered: int | None) -> tuple[ThemeResult, _Figures]:
    """The theme as shown, and its unrounded scores (None when suppressed)."""
    scale_questions = [q for q in theme.questions if q.kind == "scale"]
    pairs = [_question_result(q, profile, answered) for q in scale_questions]
    results = tuple(result for result, _ in pairs)
    has_reversed = theme.direction == "low" or any(q.direction == "low" for q in scale_questions)
    if theme.score is not None:
        # The report gives the theme's scores itself (one row per theme).
        n = theme.n if theme.n is not None else answered
        suppressed = n is not None and n < profile.min_respondents
        figures = _Figures(theme.score, theme.org_score, theme.previous_score)
    else:
        visible = [f for r, f in pairs if not r.suppressed]
        figures = _Figures(
            _mean([f.score for f in visible]), _mean([f.org for f in visible]), _mean([f.previous for f in visible])
        )
        suppressed = figures.score is None
    if suppressed:
        return ThemeResult(theme.name, None, True, None, None, None, has_reversed, results), _Figures(None, None, None)
    score = shown(figures.score)
    assert score is not None
    colour = theme.colour or _given_question_colour(scale_questions) or colour_for(score, profile)
    result = ThemeResult(
        theme.name, score, False, colour, shown(figures.org), shown(figures.previous), has_reversed, results
    )
    return result, figures


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
    """The follow-up track; yellow compares the overall and the
    organisation's as shown (60.0 against 60.0 is "at or above")."""
    if colour == "red":
        return "department_head_and_hr"
    if colour == "green":
        return "local"
    # Yellow, or nothing visible at all: local only when at or above the org.
    if overall is not None and org_overall is not None and rounded(overall) >= rounded(org_overall):
        return "local"
    return "department_head"


def _leadership_low(themes: tuple[ThemeResult, ...], profile: OrgProfile) -> bool:
    for theme in themes:
        if theme.suppressed or not is_leadership_theme(theme.name, profile):
            continue
        if theme.colour == "red":
            return True
        diff = theme.difference_org
        if diff is not None and diff < 0 and is_meaningful(diff, profile):
            return True
    return False


def _mean_over(figures: list[_Figures], part: str) -> float | None:
    """The mean of one score over the visible themes; None unless every one has it."""
    values = [getattr(f, part) for f in figures]
    return _fmean(values) if values and all(v is not None for v in values) else None


def summarise(
    report: Report, profile: OrgProfile = DEFAULT_PROFILE, today: dt.date | None = None
) -> ReportSummary:
    today = today or dt.date.today()
    scored = [_theme_result(t, profile, report.answered) for t in report.themes if not t.is_incident_theme]
    themes = tuple(result for result, _ in scored)
    visible = [figures for result, figures in scored if not result.suppressed]
    overall = shown(_mean_over(visible, "score"))
    # The organisation's and the previous overall are taken over the same themes as the unit's.
    org_overall = shown(_mean_over(visible, "org"))
    previous_overall = shown(_mean_over(visible, "previous"))
    colour = report.colour or (colour_for(overall, profile) if overall is not None else None)
    track = track_for(colour, overall, org_overall)
    remeasure = next_remeasure(today, profile.remeasure_month) if track != "local" else None

    response_rate = None
    if report.invited and report.answered is not None:
        response_rate = shown(report.answered / report.invited * 100.0)
    low_response = is_low_response(response_rate, profile)

    zero = _zero_tolerance(report)
    summary = ReportSummary(
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
        guidance=(),
        response_rate=response_rate,
        low_response=low_response,
        previous_overall_score=previous_overall,
    )
    flags = {
        "zero_tolerance": any(z.count > 0 for z in zero),
        "leadership_low": _leadership_low(themes, profile),
        # The track involves the department head, or the overall fell (whatever the colour).
        "worse_than_expected": track != "local" or summary.overall_fell,
        "low_response_rate": low_response,
    }
    return replace(summary, guidance=tuple(k for k in GUIDANCE_KEYS if flags[k]))
