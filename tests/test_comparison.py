"""Two measurements compared theme by theme (domain/comparison.py): matching,
differences, the meaningful-change mark, themes never compared, series, and
which two measurements by default."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompas_tui.demo import demo_report
from kompas_tui.domain.comparison import compare, default_pair, measurement_dates, pairs, theme_key
from kompas_tui.domain.evaluation import Round
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.report import IncidentSources, Question, Report, Theme
from kompas_tui.domain.scoring import is_meaningful
from kompas_tui.domain.session import Session

CREATED = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


def report(name: str, themes: list[tuple[str, float | None, int]], **extra) -> Report:
    """A report that gives its theme scores (0-100) itself; n < 5 is suppressed."""
    return Report(
        unit="Enheden",
        measurement=name,
        themes=[Theme(name=theme, score=score, n=n) for theme, score, n in themes],
        **extra,
    )


def session(*reports: Report, rounds: list[Round] | None = None) -> Session:
    return Session(unit="Enheden", created=CREATED, measurements=list(reports), rounds=rounds or [])


def row(comparison, name: str):
    return next(th for th in comparison.themes if theme_key(th.name) == theme_key(name))


# --- matching and order -------------------------------------------------------------


def test_themes_match_ignoring_case_and_runs_of_spaces_in_the_later_order():
    before = report("2026", [("Trivsel", 60.0, 20), ("Nærmeste  leder", 40.0, 20), ("Kun før", 50.0, 20)])
    after = report("2027", [("NÆRMESTE LEDER ", 50.0, 20), ("trivsel", 62.0, 20), ("Kun efter", 70.0, 20)])
    result = compare(session(before, after))
    assert [th.name for th in result.themes] == ["NÆRMESTE LEDER ", "trivsel", "Kun efter", "Kun før"]
    leader = row(result, "nærmeste leder")
    assert leader.score_before == 40.0 and leader.score_after == 50.0
    assert leader.difference == 10.0 and leader.meaningful is True
    assert row(result, "Trivsel").difference == pytest.approx(2.0) and row(result, "Trivsel").meaningful is False


def test_a_theme_in_only_one_measurement_is_not_compared_and_says_why():
    before = report("2026", [("A", 60.0, 20), ("Gammel", 50.0, 20)])
    after = report("2027", [("A", 61.0, 20), ("Ny", 70.0, 20)])
    result = compare(session(before, after))
    new, old = row(result, "Ny"), row(result, "Gammel")
    assert (new.reason, new.difference, new.meaningful) == ("missing_before", None, None)
    assert (old.reason, old.difference, old.meaningful) == ("missing_after", None, None)
    assert new.score_after == 70.0 and old.score_before == 50.0
    assert {th.name for th in result.not_compared} == {"Ny", "Gammel"}


@pytest.mark.parametrize(
    ("n_before", "n_after", "reason"),
    [(4, 20, "suppressed_before"), (20, 4, "suppressed_after"), (3, 2, "suppressed_both")],
)
def test_a_theme_suppressed_in_either_measurement_is_never_compared(n_before, n_after, reason):
    before = report("2026", [("Nattevagter", 40.0, n_before)])
    after = report("2027", [("Nattevagter", 90.0, n_after)])
    (theme,) = compare(session(before, after)).themes
    assert theme.reason == reason
    assert theme.difference is None and theme.meaningful is None and not theme.compared
    # A suppressed score is never shown either.
    assert theme.score_before is None if n_before < 5 else theme.score_before == 40.0
    assert theme.score_after is None if n_after < 5 else theme.score_after == 90.0


def test_a_name_given_twice_is_matched_occurrence_by_occurrence():
    before = report("2026", [("Trivsel", 50.0, 20), ("Trivsel", 60.0, 20)])
    after = report("2027", [("trivsel", 55.0, 20), ("TRIVSEL", 70.0, 20)])
    result = compare(session(before, after))
    assert [th.difference for th in result.themes] == [5.0, 10.0]


# --- the meaningful-change rule (SPEC §2) -----------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "shown", "meaningful"),
    [
        (50.0, 54.94, 4.9, False),  # 50.0 → 54.9
        (50.0, 54.95, 5.0, True),  # 50.0 → 55.0
        (50.05, 55.0, 4.9, False),  # 50.1 → 55.0: 4.95 unrounded, 4.9 as shown
        (85.0, 89.95, 5.0, True),  # 85.0 → 90.0 is never "+4.9, no real difference"
        (83.25, 86.65, 3.4, False),  # 83.3 → 86.7 (86.65 is 86.6499… in floats)
        (50.0, 55.0, 5.0, True),
        (60.0, 55.0, -5.0, True),
        (60.0, 56.0, -4.0, False),
        (70.04, 69.96, 0.0, False),  # 70.0 → 70.0: no "−0.0"
    ],
)
def test_the_difference_is_of_the_shown_scores(before, after, shown, meaningful):
    result = compare(session(report("a", [("T", before, 20)]), report("b", [("T", after, 20)])))
    theme = result.themes[0]
    assert theme.difference == shown
    assert theme.meaningful is meaningful
    assert result.to_json()["themes"][0]["difference"] == shown
    assert result.overall_difference == shown and result.overall_meaningful is meaningful


def test_the_profile_sets_the_meaningful_threshold():
    reports = report("a", [("T", 50.0, 20)]), report("b", [("T", 53.0, 20)])
    assert compare(session(*reports)).themes[0].meaningful is False
    assert compare(session(*reports), OrgProfile(meaningful_change=3)).themes[0].meaningful is True


def test_min_respondents_from_the_profile_decides_suppression():
    reports = report("a", [("T", 50.0, 6)]), report("b", [("T", 60.0, 8)])
    assert compare(session(*reports)).themes[0].compared
    assert compare(session(*reports), OrgProfile(min_respondents=7)).themes[0].reason == "suppressed_before"


# --- overall, colour, track ---------------------------------------------------------------


def test_overall_colour_and_track_before_and_after():
    before = report("2026", [("A", 40.0, 20), ("B", 48.0, 20)])
    after = report("2027", [("A", 75.0, 20), ("B", 71.0, 20)])
    rounds = [Round(opened=dt.date(2027, 3, 1), measurement=1)]
    result = compare(session(before, after, rounds=rounds))
    assert result.before.overall == 44.0 and result.after.overall == 73.0
    assert (result.before.colour, result.after.colour) == ("red", "green")
    assert (result.before.track, result.after.track) == ("department_head_and_hr", "local")
    assert result.before.remeasure == "2027-01" and result.after.remeasure is None
    assert result.overall_difference == 29.0 and result.overall_meaningful is True
    assert [th.colour_before for th in result.themes] == ["red", "red"]
    assert [th.colour_after for th in result.themes] == ["green", "green"]


def test_the_remeasurement_counts_from_the_day_the_measurement_entered_the_session():
    before = report("2026", [("A", 60.0, 20)])
    after = report("2027", [("A", 55.0, 20)])
    rounds = [Round(opened=dt.date(2027, 2, 1), closed=dt.date(2027, 2, 1), measurement=1)]
    s = session(before, after, rounds=rounds)
    assert measurement_dates(s) == [dt.date(2026, 11, 26), dt.date(2027, 2, 1)]
    result = compare(s)
    # Yellow with no organisation average: with the department head, next January.
    assert result.before.remeasure == "2027-01" and result.after.remeasure == "2028-01"


def test_zero_tolerance_counts_before_and_after():
    def incident(count: int) -> Theme:
        sources = IncidentSources(colleagues=count)
        question = Question(kind="incident", text="Mobning", count_yes=count, by_source=sources)
        return Theme(name="Krænkende adfærd", questions=[question])

    scale = Theme(name="A", score=60.0, n=20)
    before = Report(unit="Enheden", measurement="a", themes=[scale, incident(3)])
    after = Report(unit="Enheden", measurement="b", themes=[scale, incident(1)])
    result = compare(session(before, after))
    assert (result.before.exposed, result.after.exposed) == (3, 1)
    # Incident themes are not compared as scores.
    assert [th.name for th in result.themes] == ["A"]


# --- series and pairs -----------------------------------------------------------------------


def test_series_over_every_measurement_with_gaps_where_suppressed_or_missing():
    first = report("2025", [("A", 50.0, 20), ("B", 40.0, 20)])
    second = report("2026", [("A", 55.0, 3), ("B", 45.0, 20)])
    third = report("2027", [("a", 65.0, 20)])
    result = compare(session(first, second, third))
    assert (result.before.index, result.after.index) == (1, 2)
    assert row(result, "A").series == (50.0, None, 65.0)
    assert row(result, "A").reason == "suppressed_before"
    assert row(result, "B").series == (40.0, 45.0, None)
    assert result.measurements == ("2025", "2026", "2027")


def test_any_pair_by_index():
    first = report("2025", [("A", 50.0, 20)])
    second = report("2026", [("A", 52.0, 20)])
    third = report("2027", [("A", 58.0, 20)])
    s = session(first, second, third)
    assert pairs(s) == [(0, 1), (0, 2), (1, 2)]
    assert compare(s, before=0, after=2).themes[0].difference == 8.0
    assert compare(s, before=2, after=0).themes[0].difference == -8.0
    with pytest.raises(IndexError):
        compare(s, before=0, after=3)
    with pytest.raises(ValueError):
        compare(s, before=1, after=1)


def test_default_pair_is_the_open_rounds_measurement_else_the_last():
    reports = [report(str(year), [("A", 50.0, 20)]) for year in (2025, 2026, 2027)]
    assert default_pair(session(reports[0])) is None
    assert compare(session(reports[0])) is None
    assert default_pair(session(*reports)) == (1, 2)
    rounds = [Round(opened=dt.date(2026, 3, 1), measurement=1)]
    assert default_pair(session(*reports, rounds=rounds)) == (0, 1)
    closed = [Round(opened=dt.date(2026, 3, 1), closed=dt.date(2026, 3, 2), measurement=1)]
    assert default_pair(session(*reports, rounds=closed)) == (1, 2)


def test_the_demo_report_against_itself_changes_nothing_and_keeps_its_hidden_theme_out():
    result = compare(session(demo_report(), demo_report()))
    night = [th for th in result.themes if not th.compared]
    assert [th.reason for th in night] == ["suppressed_both"]
    assert all(th.difference == 0 for th in result.themes if th.compared)
    assert result.to_json()["themes"][0]["difference"] == 0.0


# --- properties -------------------------------------------------------------------------------

NAMES = ("Trivsel", "Nærmeste leder", "Tempo", "[bold]x[/]", "Nat  vagter")


@st.composite
def reports(draw, name: str) -> Report:
    chosen = draw(st.lists(st.sampled_from(NAMES), max_size=5))
    themes = []
    for theme in chosen:
        spelled = draw(st.sampled_from([theme, theme.upper(), f" {theme} ", theme.replace(" ", "   ")]))
        score = draw(st.floats(0, 100, allow_nan=False))
        n = draw(st.integers(0, 30))
        themes.append((spelled, score, n))
    return report(name, themes)


@settings(max_examples=150, deadline=None)
@given(reports("a"), reports("b"))
def test_properties_of_a_comparison(before, after):
    result = compare(session(before, after))
    profile = result.profile
    themes = result.themes
    # Every theme of either report has exactly one row.
    later_only = len(after.themes)
    keys_after = [theme_key(t.name) for t in after.themes]
    earlier_left = list(keys_after)
    earlier_only = 0
    for theme in before.themes:
        key = theme_key(theme.name)
        if key in earlier_left:
            earlier_left.remove(key)
        else:
            earlier_only += 1
    assert len(themes) == later_only + earlier_only
    for theme in themes:
        suppressed = theme.before is None or theme.after is None or theme.suppressed_before or theme.suppressed_after
        if suppressed:
            assert theme.difference is None and theme.meaningful is None and theme.reason is not None
        else:
            assert theme.difference == round(theme.score_after - theme.score_before, 1)
            assert theme.meaningful == is_meaningful(theme.difference, profile)
    # Swapping the two measurements negates every difference and keeps every mark.
    reverse = compare(session(before, after), before=1, after=0)
    swapped = {(theme_key(t.name), t.score_before, t.score_after): t for t in reverse.themes}
    for theme in themes:
        if theme.compared:
            mirror = swapped[(theme_key(theme.name), theme.score_after, theme.score_before)]
            assert mirror.difference == -theme.difference
            assert mirror.meaningful == theme.meaningful
