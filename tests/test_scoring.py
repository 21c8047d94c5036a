"""The rules of SPEC §2, one test per rule, on small hand-made reports."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompas_tui.domain.profile import OrgProfile, profile_adapter
from kompas_tui.domain.report import IncidentSources, Question, Report, Theme
from kompas_tui.domain.scoring import (
    colour_for,
    is_meaningful,
    next_remeasure,
    normalise,
    summarise,
    track_for,
)

TODAY = dt.date(2026, 11, 26)


def q(mean, org=None, prev=None, n=20, scale="1-5", direction="high", **kw) -> Question:
    return Question(scale=scale, direction=direction, n=n, mean=mean, org_mean=org, previous_mean=prev, **kw)


def report(*themes: Theme, invited=20, answered=20, **kw) -> Report:
    return Report(unit="Enhed", measurement="M", invited=invited, answered=answered, themes=list(themes), **kw)


def theme(name: str, *questions: Question, **kw) -> Theme:
    return Theme(name=name, questions=list(questions), **kw)


# --- normalisation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [(1, "1-5", 0.0), (5, "1-5", 100.0), (3, "1-5", 50.0), (1, "1-7", 0.0), (7, "1-7", 100.0),
     (4, "1-7", 50.0), (0, "0-100", 0.0), (73.5, "0-100", 73.5)],
)
def test_normalise_scales(value, scale, expected):
    assert normalise(value, scale) == pytest.approx(expected)


def test_low_is_good_items_are_reversed():
    assert normalise(2, "1-5", "low") == pytest.approx(75.0)
    assert normalise(80, "0-100", "low") == pytest.approx(20.0)


@given(st.floats(min_value=1, max_value=7), st.sampled_from(["high", "low"]))
def test_normalised_scores_stay_on_0_to_100(value, direction):
    assert 0.0 <= normalise(value, "1-7", direction) <= 100.0


def test_reversed_theme_is_marked():
    summary = summarise(report(theme("Tempo", q(4.0, direction="low"))), today=TODAY)
    assert summary.themes[0].score == pytest.approx(25.0)
    assert summary.themes[0].has_reversed


# --- theme and overall scores, suppression ---------------------------------------


def test_theme_score_is_mean_of_question_scores():
    summary = summarise(report(theme("A", q(5.0), q(3.0))), today=TODAY)
    assert summary.themes[0].score == pytest.approx(75.0)


def test_given_theme_score_wins_over_questions():
    t = theme("A", q(5.0), score=42.0, org_score=50.0)
    summary = summarise(report(t), today=TODAY)
    assert summary.themes[0].score == 42.0
    assert summary.themes[0].org_score == 50.0


def test_suppressed_question_takes_no_part():
    summary = summarise(report(theme("A", q(5.0), q(1.0, n=4))), today=TODAY)
    assert summary.themes[0].score == pytest.approx(100.0)


def test_theme_with_all_questions_suppressed_is_suppressed_and_shows_nothing():
    summary = summarise(report(theme("A", q(4.0, org=4.0, prev=3.0, n=4)), theme("B", q(3.0))), today=TODAY)
    hidden = summary.themes[0]
    assert hidden.suppressed and hidden.score is None and hidden.colour is None
    assert hidden.org_score is None and hidden.previous_score is None
    assert summary.overall_score == pytest.approx(50.0)
    assert summary.to_check_json()["themes"][0]["difference_org"] is None


def test_min_respondents_comes_from_profile():
    profile = OrgProfile(min_respondents=10)
    summary = summarise(report(theme("A", q(4.0, n=9))), profile, TODAY)
    assert summary.themes[0].suppressed


def test_missing_n_falls_back_to_answered():
    summary = summarise(report(theme("A", q(4.0, n=None)), invited=10, answered=3), today=TODAY)
    assert summary.themes[0].suppressed


def test_overall_weighs_every_theme_the_same_and_org_uses_same_themes():
    r = report(
        theme("A", q(5.0, org=3.0), q(5.0, org=3.0), q(5.0, org=3.0)),
        theme("B", q(1.0, org=3.0)),
        theme("C", q(2.0, org=5.0, n=2)),  # suppressed: its org average is left out too
    )
    summary = summarise(r, today=TODAY)
    assert summary.overall_score == pytest.approx(50.0)
    assert summary.org_overall_score == pytest.approx(50.0)


def test_incident_themes_are_not_scale_themes():
    incidents = theme("Krænkende adfærd", Question(kind="incident", text="Vold?", count_yes=2))
    summary = summarise(report(theme("A", q(4.0)), incidents), today=TODAY)
    assert [t.name for t in summary.themes] == ["A"]
    assert summary.zero_tolerance[0].count == 2


# --- colours ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "colour"),
    [(70, "green"), (69.95, "green"), (69.94, "yellow"), (50, "yellow"), (49.95, "yellow"), (49.94, "red")],
)
def test_colour_thresholds_read_the_score_as_shown(score, colour):
    assert colour_for(score) == colour


def test_colour_thresholds_come_from_profile():
    assert colour_for(65, OrgProfile(green_min=60, red_below=40)) == "green"


def test_report_colour_wins():
    summary = summarise(report(theme("A", q(5.0), colour="red"), colour="green"), today=TODAY)
    assert summary.themes[0].colour == "red"
    assert summary.colour == "green"


# --- meaningful change ----------------------------------------------------------


@pytest.mark.parametrize(
    ("diff", "meaningful"),
    [(5.0, True), (-5.0, True), (4.96, True), (4.95, True), (-4.95, True), (4.94, False), (-4.9, False), (0, False)],
)
def test_meaningful_change_reads_the_difference_as_shown(diff, meaningful):
    assert is_meaningful(diff) is meaningful


def test_meaningful_change_points_from_profile():
    assert is_meaningful(3.0, OrgProfile(meaningful_change=3))


def test_change_and_org_difference_in_check_json():
    summary = summarise(report(theme("A", q(3.0, org=3.4, prev=2.6))), today=TODAY)
    row = summary.to_check_json()["themes"][0]
    assert row["difference_org"] == -10.0 and row["meaningful_org"] is True
    assert row["change"] == 10.0 and row["meaningful_change"] is True


# --- follow-up track and re-measurement -------------------------------------------


@pytest.mark.parametrize(
    ("colour", "overall", "org", "track"),
    [
        ("green", 80, 90, "local"),
        ("yellow", 60, 60, "local"),
        ("yellow", 60, 59.9, "local"),
        ("yellow", 59.9, 60, "department_head"),
        ("yellow", 59.95, 60, "local"),  # 60.0 against 60.0
        ("yellow", 59.96, 60.04, "local"),
        ("yellow", 59.94, 59.95, "department_head"),  # 59.9 against 60.0
        ("yellow", 60, None, "department_head"),
        ("red", 40, 30, "department_head_and_hr"),
    ],
)
def test_track(colour, overall, org, track):
    assert track_for(colour, overall, org) == track


@pytest.mark.parametrize(
    ("today", "month", "expected"),
    [((2026, 11, 26), 1, "2027-01"), ((2027, 1, 10), 1, "2028-01"), ((2026, 12, 31), 1, "2027-01"),
     ((2026, 3, 1), 6, "2026-06"), ((2026, 6, 1), 6, "2027-06")],
)
def test_next_remeasure(today, month, expected):
    assert next_remeasure(dt.date(*today), month) == expected


def test_local_track_has_no_remeasure():
    summary = summarise(report(theme("A", q(5.0, org=4.0))), today=TODAY)
    assert summary.track == "local" and summary.remeasure is None
    assert "worse_than_expected" not in summary.guidance


def test_red_unit_goes_with_hr_and_is_remeasured():
    summary = summarise(report(theme("A", q(2.0, org=4.0))), today=TODAY)
    assert (summary.colour, summary.track, summary.remeasure) == ("red", "department_head_and_hr", "2027-01")
    assert "worse_than_expected" in summary.guidance


# --- guidance -----------------------------------------------------------------


def test_zero_tolerance_triggers_on_any_exposure_with_sources():
    item = Question(kind="incident", text="Mobning?", count_yes=1, by_source=IncidentSources(colleagues=1))
    summary = summarise(report(theme("A", q(5.0)), theme("K", item)), today=TODAY)
    assert "zero_tolerance" in summary.guidance
    assert summary.zero_tolerance[0].by_source == {
        "leader": None, "colleagues": 1, "subordinates": None, "citizens": None
    }


def test_zero_tolerance_not_triggered_by_zero_counts():
    item = Question(kind="incident", text="Vold?", count_yes=0)
    summary = summarise(report(theme("A", q(5.0)), theme("K", item)), today=TODAY)
    assert "zero_tolerance" not in summary.guidance
    assert len(summary.zero_tolerance) == 1


@pytest.mark.parametrize(
    ("name", "mean", "org", "low"),
    [
        ("Nærmeste leder", 2.5, 2.5, True),  # red
        ("LEDELSE", 3.4, 3.6, True),  # 5 below org
        ("Ledelse", 3.5, 3.6, False),  # 2.5 below org, yellow
        ("Samarbejde", 2.0, 4.0, False),  # not a leadership theme
        ("Management", 2.0, None, True),
    ],
)
def test_leadership_low(name, mean, org, low):
    summary = summarise(report(theme(name, q(mean, org=org)), theme("X", q(5.0, org=5.0))), today=TODAY)
    assert ("leadership_low" in summary.guidance) is low


def test_leadership_words_from_profile():
    profile = OrgProfile(leadership_words=["formand"], leadership_exclude=[])
    assert "leadership_low" in summarise(report(theme("Formandskabet", q(1.5))), profile, TODAY).guidance
    assert "leadership_low" not in summarise(report(theme("Nærmeste leder", q(1.5))), profile, TODAY).guidance


def test_suppressed_leadership_theme_does_not_trigger():
    summary = summarise(report(theme("Leder", q(1.0, n=3)), theme("X", q(5.0))), today=TODAY)
    assert "leadership_low" not in summary.guidance


@pytest.mark.parametrize(("answered", "low"), [(14, True), (15, False), (12, True)])
def test_low_response_rate_below_60_percent(answered, low):
    summary = summarise(report(theme("A", q(5.0)), invited=25, answered=answered), today=TODAY)
    assert summary.low_response is low
    assert ("low_response_rate" in summary.guidance) is low


def test_response_rate_warning_from_profile():
    profile = OrgProfile(response_rate_warning=80)
    summary = summarise(report(theme("A", q(5.0)), invited=10, answered=7), profile, TODAY)
    assert summary.low_response


def test_guidance_order_is_fixed():
    item = Question(kind="incident", text="Vold?", count_yes=1)
    r = report(theme("Leder", q(1.5, org=4.0)), theme("K", item), invited=10, answered=5)
    assert summarise(r, today=TODAY).guidance == (
        "zero_tolerance", "leadership_low", "worse_than_expected", "low_response_rate"
    )


def test_everything_suppressed_has_no_colour_and_goes_to_department_head():
    summary = summarise(report(theme("A", q(4.0, n=2))), today=TODAY)
    assert summary.overall_score is None and summary.colour is None
    assert summary.track == "department_head"


def test_profile_rejects_inverted_thresholds_and_what_is_not_a_word():
    """Where a profile is validated (read from its file: storage/profile.py)."""
    validate = profile_adapter().validate_python
    assert validate({"green_min": 60, "red_below": 60, "leadership_words": ["Leder", "æ1"]}) == OrgProfile(
        green_min=60, red_below=60, leadership_words=["Leder", "æ1"]
    )
    with pytest.raises(ValueError):
        validate({"green_min": 40, "red_below": 60})
    for word in ("team leader", "leder|chef", "", "x" * 41):
        with pytest.raises(ValueError):
            validate({"leadership_words": [word]})
    with pytest.raises(ValueError):
        validate({"leadership_exclude": ["a"] * 101})


def test_given_theme_score_from_a_low_is_good_item_is_marked_reversed():
    summary = summarise(report(theme("Tempo", score=40.0, direction="low")), today=TODAY)
    assert summary.themes[0].has_reversed
