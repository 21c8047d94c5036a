"""Comparing two measurements of a session, theme by theme (SPEC §3.8).

`compare(session, profile, before, after)` scores both measurements with
`scoring.summarise` under the org profile and lines their themes up:

- **Matching**: themes are matched by name, ignoring case and runs of
  spaces ("Nærmeste  leder" is "nærmeste leder"). A name that occurs twice
  in a report is matched occurrence by occurrence. Rows come in the later
  measurement's order, then the themes only the earlier one has.
- **Never compared**: a theme suppressed (too few answers) or missing in
  either measurement gets no difference, only the reason. Anonymity: a
  difference would otherwise tell something about a group of fewer than
  `min_respondents`.
- **Differences** are after − before of the scores as shown
  (`scoring.shown_difference`: 86.7 − 83.3 = 3.4, SPEC §2); the
  meaningful-change mark is `scoring.is_meaningful` on that (5 points, the
  profile's `meaningful_change`). Every score here comes from
  `scoring.summarise` and is already as shown.
- **Series**: each theme's score in every measurement of the session, in
  order, None where it is suppressed or missing (for a sparkline).
- **Dates**: a measurement's follow-up track and January re-measurement
  count from the day it entered the session: the session's own date for
  the first, the opening day of the round that added it for later ones.

Nothing here imports Textual; the screen, the CLI and the exports share it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.domain.scoring import ReportSummary, ThemeResult, Track, is_meaningful, shown_difference, summarise

if TYPE_CHECKING:
    from kompas_tui.domain.report import Colour
    from kompas_tui.domain.session import Session

#: Why a theme is not compared, in the order they are checked.
Reason = Literal["missing_before", "missing_after", "suppressed_both", "suppressed_before", "suppressed_after"]
REASONS: tuple[Reason, ...] = (
    "missing_before",
    "missing_after",
    "suppressed_both",
    "suppressed_before",
    "suppressed_after",
)


def theme_key(name: str) -> str:
    """A theme's name for matching: case and runs of white space ignored."""
    return " ".join(name.split()).casefold()


def _keyed(themes: Iterable[ThemeResult]) -> list[tuple[tuple[str, int], ThemeResult]]:
    """(name key, occurrence) → theme, so a repeated name matches in order."""
    seen: dict[str, int] = {}
    keyed = []
    for theme in themes:
        key = theme_key(theme.name)
        seen[key] = seen.get(key, 0) + 1
        keyed.append(((key, seen[key]), theme))
    return keyed


@dataclass(frozen=True)
class Side:
    """One measurement as the comparison shows it."""

    index: int
    summary: ReportSummary

    @property
    def name(self) -> str:
        """The measurement's name, or the unit's when the report gives none."""
        return self.summary.report.measurement or self.summary.report.unit

    @property
    def overall(self) -> float | None:
        return self.summary.overall_score

    @property
    def colour(self) -> Colour | None:
        return self.summary.colour

    @property
    def track(self) -> Track:
        return self.summary.track

    @property
    def remeasure(self) -> str | None:
        """"YYYY-MM" when the track asks for a re-measurement."""
        return self.summary.remeasure

    @property
    def exposed(self) -> int:
        """Zero tolerance: the answers reporting exposure, summed over the items (answers, not people)."""
        return self.summary.exposed


@dataclass(frozen=True)
class ThemeComparison:
    name: str
    before: ThemeResult | None
    after: ThemeResult | None
    #: The theme's score in every measurement of the session, None where
    #: suppressed or missing.
    series: tuple[float | None, ...]
    #: The points of `series` being compared (measurement indexes).
    before_index: int
    after_index: int
    profile: OrgProfile = DEFAULT_PROFILE

    @property
    def score_before(self) -> float | None:
        return None if self.before is None else self.before.score

    @property
    def score_after(self) -> float | None:
        return None if self.after is None else self.after.score

    @property
    def colour_before(self) -> Colour | None:
        return None if self.before is None else self.before.colour

    @property
    def colour_after(self) -> Colour | None:
        return None if self.after is None else self.after.colour

    @property
    def suppressed_before(self) -> bool:
        return self.before is not None and (self.before.suppressed or self.before.score is None)

    @property
    def suppressed_after(self) -> bool:
        return self.after is not None and (self.after.suppressed or self.after.score is None)

    @property
    def reason(self) -> Reason | None:
        """Why this theme is not compared; None when it is."""
        if self.before is None:
            return "missing_before"
        if self.after is None:
            return "missing_after"
        if self.suppressed_before and self.suppressed_after:
            return "suppressed_both"
        if self.suppressed_before:
            return "suppressed_before"
        if self.suppressed_after:
            return "suppressed_after"
        return None

    @property
    def compared(self) -> bool:
        return self.reason is None

    @property
    def difference(self) -> float | None:
        """after − before of the shown scores; None when the theme is not compared."""
        if self.reason is not None:
            return None
        return shown_difference(self.score_after, self.score_before)

    @property
    def meaningful(self) -> bool | None:
        difference = self.difference
        return None if difference is None else is_meaningful(difference, self.profile)


@dataclass(frozen=True)
class Comparison:
    before: Side
    after: Side
    themes: tuple[ThemeComparison, ...]
    #: The names of all the session's measurements, for the series.
    measurements: tuple[str, ...]
    profile: OrgProfile = DEFAULT_PROFILE

    @property
    def overall_difference(self) -> float | None:
        return shown_difference(self.after.overall, self.before.overall)

    @property
    def overall_meaningful(self) -> bool | None:
        difference = self.overall_difference
        return None if difference is None else is_meaningful(difference, self.profile)

    @property
    def not_compared(self) -> tuple[ThemeComparison, ...]:
        return tuple(theme for theme in self.themes if not theme.compared)

    def to_json(self) -> dict:
        """Plain data (every number as shown), for exports and scripts."""

        def side(s: Side) -> dict:
            return {
                "index": s.index,
                "measurement": s.summary.report.measurement,
                "overall": s.overall,
                "colour": s.colour,
                "track": s.track,
                "remeasure": s.remeasure,
                "exposed": s.exposed,
            }

        return {
            "before": side(self.before),
            "after": side(self.after),
            "overall_difference": self.overall_difference,
            "overall_meaningful": self.overall_meaningful,
            "themes": [
                {
                    "name": th.name,
                    "before": th.score_before,
                    "after": th.score_after,
                    "colour_before": th.colour_before,
                    "colour_after": th.colour_after,
                    "difference": th.difference,
                    "meaningful": th.meaningful,
                    "not_compared": th.reason,
                    "series": list(th.series),
                }
                for th in self.themes
            ],
        }


# --- which measurements --------------------------------------------------------


def measurement_dates(session: Session) -> list[dt.date]:
    """The day each measurement entered the session: the session's own date
    for the first, the opening day of the round that added a later one (the
    session's date again if no round names it, say after a hand edit)."""
    dates = [session.created.date()] * len(session.measurements)
    for round_ in session.rounds:
        if round_.measurement is not None and round_.measurement < len(dates):
            dates[round_.measurement] = round_.opened
    return dates


def default_pair(session: Session) -> tuple[int, int] | None:
    """The measurement added in the open round (else the last one) and the
    one before it; None while the session has only one measurement."""
    count = len(session.measurements)
    if count < 2:
        return None
    after = count - 1
    rounds = session.rounds
    if rounds and rounds[-1].is_open and rounds[-1].measurement is not None:
        after = min(max(rounds[-1].measurement, 1), count - 1)
    return after - 1, after


def pairs(session: Session) -> list[tuple[int, int]]:
    """Every pair (before, after) with before < after, in time order of the
    later measurement, then of the earlier: (0, 1), (0, 2), (1, 2), …"""
    count = len(session.measurements)
    return [(before, after) for after in range(1, count) for before in range(after)]


# --- the comparison --------------------------------------------------------------


def summaries(session: Session, profile: OrgProfile = DEFAULT_PROFILE) -> list[ReportSummary]:
    """Every measurement scored under `profile`, counted from its own date."""
    return [
        summarise(report, profile, day)
        for report, day in zip(session.measurements, measurement_dates(session))
    ]


def compare(
    session: Session,
    profile: OrgProfile = DEFAULT_PROFILE,
    before: int | None = None,
    after: int | None = None,
    *,
    scored: list[ReportSummary] | None = None,
) -> Comparison | None:
    """Measurement `before` against measurement `after` (indexes into
    `session.measurements`; by default `default_pair`). None when the session
    has a single measurement. `scored` may pass `summaries(session, profile)`
    computed once, for a screen that switches pairs."""
    count = len(session.measurements)
    if before is None or after is None:
        pair = default_pair(session)
        if pair is None:
            return None
        before = pair[0] if before is None else before
        after = pair[1] if after is None else after
    for index in (before, after):
        if not 0 <= index < count:
            raise IndexError(f"no measurement {index} (the session has {count})")
    if before == after:
        raise ValueError("a measurement is not compared with itself")
    all_scored = scored if scored is not None else summaries(session, profile)
    first, second = all_scored[before], all_scored[after]

    # Each measurement's themes by (name key, occurrence), for the series.
    by_key = [dict(_keyed(summary.themes)) for summary in all_scored]

    def series(key: tuple[str, int]) -> tuple[float | None, ...]:
        points = []
        for themes in by_key:
            theme = themes.get(key)
            points.append(None if theme is None or theme.suppressed else theme.score)
        return tuple(points)

    earlier = dict(_keyed(first.themes))
    rows: list[ThemeComparison] = []
    later_keys = set()
    for key, theme in _keyed(second.themes):
        later_keys.add(key)
        rows.append(ThemeComparison(theme.name, earlier.get(key), theme, series(key), before, after, profile))
    for key, theme in _keyed(first.themes):
        if key not in later_keys:
            rows.append(ThemeComparison(theme.name, theme, None, series(key), before, after, profile))
    return Comparison(
        before=Side(before, first),
        after=Side(after, second),
        themes=tuple(rows),
        measurements=tuple(s.report.measurement or s.report.unit for s in all_scored),
        profile=profile,
    )
