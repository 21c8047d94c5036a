"""Every rule reads the number as shown (SPEC §2): one decimal, half away
from zero, and a difference is the difference of the two shown numbers.
The boundaries, one by one, and properties that no shown number contradicts
its colour, mark or track: in a report, between measurements, in the
overview, in `kompas check` and in the exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompas_tui import formatting as fmt
from kompas_tui.cli import main
from kompas_tui.domain.comparison import compare
from kompas_tui.domain.overview import unit_status
from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.domain.report import Question, Report, Theme
from kompas_tui.domain.scoring import (
    colour_for,
    is_leadership_theme,
    is_meaningful,
    rounded,
    shown,
    shown_difference,
    summarise,
    track_for,
)
from kompas_tui.domain.session import Session
from kompas_tui.exporters.report_text import render_markdown, render_text
from kompas_tui.storage.profile import read_profile

TODAY = dt.date(2026, 11, 26)
CREATED = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


def items(*means: float, scale: str = "1-5", org: float | None = None, prev: float | None = None) -> list[Question]:
    return [Question(scale=scale, n=20, mean=m, org_mean=org, previous_mean=prev) for m in means]


def given_theme(name: str, score: float, org: float | None = None, prev: float | None = None) -> Theme:
    """A theme whose 0-100 scores the report gives itself (one row per theme)."""
    return Theme(name=name, score=score, org_score=org, previous_score=prev, n=20)


def report(*themes: Theme, invited: int = 20, answered: int = 20) -> Report:
    return Report(unit="Enheden", measurement="M", invited=invited, answered=answered, themes=list(themes))


def read_back(text: str) -> float:
    """A number as the Danish screen writes it ("−4,9", "70,0"), as a float."""
    return float(text.replace(",", ".").replace("−", "-").replace("+", ""))


# --- the one rounding ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (71.25, 71.3),  # Python's round() says 71.2 (half to even)
        (83.25, 83.3),
        (69.95, 70.0),
        (69.94999999999999, 70.0),  # a mean that is 69.95 on paper
        (54.949999999999996, 55.0),  # 1-5 item 3.198
        (69.9499, 69.9),
        (-4.95, -5.0),  # half away from zero, both ways
        (-0.04, 0.0),
        (0.0, 0.0),
        (100.0, 100.0),
    ],
)
def test_shown_is_one_decimal_half_away_from_zero_after_float_noise(value, expected):
    assert shown(value) == expected
    assert str(shown(value)) != "-0.0"
    assert shown(shown(value)) == shown(value)


def test_a_difference_is_of_the_shown_numbers():
    assert shown_difference(86.7, 83.3) == 3.4  # 3.4000000000000057 in floats
    assert shown_difference(86.65, 83.25) == 3.4  # 86.7 − 83.3, not 3.4 from 3.4000000000000057
    assert shown_difference(50.05, 55.0) == -4.9  # 50.1 − 55.0
    assert shown_difference(70.04, 69.96) == 0.0 and str(shown_difference(70.04, 69.96)) == "0.0"
    assert shown_difference(None, 1.0) is None


def test_formatting_writes_what_the_rules_read():
    assert fmt.number(71.25, "da") == "71,3" and fmt.number(71.25, "en") == "71.3"
    assert fmt.number(-0.04, "da") == "0,0"
    assert fmt.signed(-0.04, "da") == "0,0" and fmt.signed(-4.95, "da") == "−5,0"
    assert fmt.whole(62.5, "da") == "62,5" and fmt.whole(60, "da") == "60"


# --- the boundaries through summarise ---------------------------------------------------


@pytest.mark.parametrize(
    ("theme", "score", "colour"),
    [
        (given_theme("A", 69.95), 70.0, "green"),
        (Theme(name="A", questions=items(40.05, 99.85, scale="0-100")), 70.0, "green"),  # 69.94999999999999
        (Theme(name="A", questions=items(2.61, 4.986)), 70.0, "green"),  # 1-5 items, 69.94999999999999
        (given_theme("A", 69.94), 69.9, "yellow"),
        (given_theme("A", 49.95), 50.0, "yellow"),
        (Theme(name="A", questions=items(1.005, 4.991)), 50.0, "yellow"),  # 49.949999999999996
        (given_theme("A", 49.94), 49.9, "red"),
    ],
)
def test_colour_boundaries_read_the_shown_score(theme, score, colour):
    summary = summarise(report(theme), today=TODAY)
    result = summary.themes[0]
    assert (result.score, result.colour) == (score, colour)
    assert (summary.overall_score, summary.colour) == (score, colour)
    row = summary.to_check_json()
    assert (row["overall"]["score"], row["overall"]["colour"]) == (score, colour)
    word = {"green": "grøn", "yellow": "gul", "red": "rød"}[colour]
    number = fmt.number(score, "da")
    lines = render_text(summary, "da").splitlines()
    assert f"Samlet: {number} (organisationen –), {word}" in lines
    assert lines[lines.index("Tema  Score  Org.  Forskel  Forrige  Ændring  Farve") + 1].split() == [
        "A", number, "–", "–", "–", "–", word
    ]


@pytest.mark.parametrize(
    ("answered", "invited", "rate", "low"),
    [(1199, 2000, 60.0, False), (1198, 2000, 59.9, True), (3, 5, 60.0, False), (2398, 4000, 60.0, False)],
)
def test_the_response_rate_warning_reads_the_shown_rate(answered, invited, rate, low):
    summary = summarise(report(given_theme("A", 80.0), invited=invited, answered=answered), today=TODAY)
    assert summary.response_rate == rate
    assert summary.low_response is low
    assert ("low_response_rate" in summary.guidance) is low
    assert summary.to_check_json()["response_rate"] == rate
    text = fmt.response_text(summary, "da")
    assert f"({fmt.number(rate, 'da')} %)" in text


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
@pytest.mark.parametrize(
    ("unit", "org", "difference", "meaningful"),
    [
        (3.198, 3.0, 5.0, True),  # 54.95 (54.949999999999996) − 50.0: shown 55.0 − 50.0
        (3.2, 3.002, 4.9, False),  # 55.0 − 50.05: shown 55.0 − 50.1, though 4.95 unrounded
        (3.598, 3.4, 5.0, True),  # 64.95 − 60.0
        (3.4, 3.598, -5.0, True),
        (3.0, 3.198, -5.0, True),
        (3.2, 3.0, 5.0, True),
        (3.196, 3.0, 4.9, False),  # 54.9 − 50.0
    ],
)
def test_a_difference_of_4_95_and_of_5_0_from_1_to_5_items(count, unit, org, difference, meaningful):
    """The same 1-5 item `count` times: the theme's mean has float noise of
    its own, and the mark still reads the difference of the shown scores."""
    theme = Theme(name="A", questions=items(*[unit] * count, org=org, prev=org))
    summary = summarise(report(theme), today=TODAY)
    result = summary.themes[0]
    assert result.difference_org == difference and result.change == difference
    row = summary.to_check_json()["themes"][0]
    assert row["difference_org"] == difference and row["meaningful_org"] is meaningful
    assert row["change"] == difference and row["meaningful_change"] is meaningful
    assert round(row["score"] - row["org_score"], 1) == difference
    # The same difference between two measurements of a session.
    before = report(Theme(name="A", questions=items(*[org] * count)))
    after = report(Theme(name="A", questions=items(*[unit] * count)))
    compared = compare(Session(unit="Enheden", created=CREATED, measurements=[before, after])).themes[0]
    assert compared.difference == difference and compared.meaningful is meaningful


def test_equal_shown_scores_keep_a_yellow_unit_local():
    # 59.96 and 60.04 both show 60.0: "60,0 (organisationen 60,0)" is at the average.
    summary = summarise(report(given_theme("A", 59.96, org=60.04)), today=TODAY)
    assert (summary.overall_score, summary.org_overall_score, summary.colour) == (60.0, 60.0, "yellow")
    assert summary.track == "local" and summary.remeasure is None
    assert "worse_than_expected" not in summary.guidance
    # 59.94 shows 59.9: below the organisation's 60.0.
    below = summarise(report(given_theme("A", 59.94, org=59.95)), today=TODAY)
    assert below.track == "department_head"


def test_the_organisation_average_is_shown_half_away_from_zero():
    # The shared example: theme averages 73.75 … 80.0, mean 71.25 → 71.3.
    summary = summarise(
        report(*(given_theme(str(i), 70.0, org=org) for i, org in enumerate((73.75, 68.75)))), today=TODAY
    )
    assert summary.org_overall_score == 71.3


def test_no_minus_zero_anywhere():
    summary = summarise(report(given_theme("A", 70.04, org=69.96, prev=70.02)), today=TODAY)
    theme = summary.themes[0]
    assert theme.difference_org == 0.0 and theme.change == 0.0
    text = render_text(summary, "da") + "\n".join(render_markdown(summary, "da"))
    assert "−0,0" not in text and "-0,0" not in text


# --- leadership themes by words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "leadership"),
    [
        ("Nærmeste chef", True),
        ("Topledelsen", True),
        ("Team leader", True),
        ("Supervisor", True),
        ("Nærmeste LEDER", True),
        ("Ledelse og samarbejde", True),
        ("Management/ressourcer", True),
        ("Vejleder og oplæring", False),
        ("Selvledelse i teamet", False),
        ("Vejledning, selvledende teams", False),
        ("Samarbejde", False),
        ("", False),
    ],
)
def test_leadership_themes_are_found_by_words_with_exclusions(name, leadership):
    assert is_leadership_theme(name) is leadership


def test_an_excluded_word_does_not_hide_another_word_of_the_name():
    assert is_leadership_theme("Vejleder og leder")
    profile = OrgProfile(leadership_words=["Leder"], leadership_exclude=["TEAMLEDER"])
    assert is_leadership_theme("Min LEDER", profile)
    assert not is_leadership_theme("Teamleder", profile)


def test_a_red_leadership_theme_by_words_gives_the_guidance():
    red = summarise(report(given_theme("Topledelsen", 40.0), given_theme("B", 80.0)), today=TODAY)
    assert "leadership_low" in red.guidance
    not_leadership = summarise(report(given_theme("Vejleder og oplæring", 40.0), given_theme("B", 80.0)), today=TODAY)
    assert "leadership_low" not in not_leadership.guidance
    # 5.0 below the organisation as shown (65.05 → 65.1, 70.05 → 70.1).
    below = summarise(report(given_theme("Nærmeste chef", 65.05, org=70.05)), today=TODAY)
    assert below.themes[0].difference_org == -5.0 and "leadership_low" in below.guidance
    near = summarise(report(given_theme("Nærmeste chef", 65.05, org=70.0)), today=TODAY)
    assert near.themes[0].difference_org == -4.9 and "leadership_low" not in near.guidance


def test_an_old_leadership_pattern_is_read_with_a_warning(tmp_path: Path, danish):
    path = tmp_path / "kompas.toml"
    path.write_text('green_min = 72\n\nleadership_pattern = "chef|(a+)+$"\n', encoding="utf-8")
    profile, warnings = read_profile(None, tmp_path)
    assert profile.green_min == 72
    assert profile.leadership_words == DEFAULT_PROFILE.leadership_words
    (warning,) = warnings
    assert warning.startswith(f"{path}:3: felt 'leadership_pattern': bruges ikke længere")
    assert "leadership_words" in warning


def test_kompas_check_says_the_old_pattern_is_not_used(tmp_path: Path, capsys, english):
    profile = tmp_path / "org.toml"
    profile.write_text('leadership_pattern = "leder"\n', encoding="utf-8")
    example = Path(__file__).parent / "fixtures" / "reports" / "example-report.csv"
    assert main(["check", str(example), "--profile", str(profile), "--format", "json", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["kind"] == "report"
    assert f"{profile}:1: field 'leadership_pattern': is no longer used" in err


def test_the_app_is_given_the_warning_instead_of_stderr(tmp_path: Path, capsys, danish):
    import argparse

    from kompas_tui.cli_shared import org_profile

    (tmp_path / "kompas.toml").write_text('leadership_pattern = "leder"\n', encoding="utf-8")
    warnings: list[str] = []
    org_profile(argparse.Namespace(profile=None, sessions_dir=tmp_path), warnings)
    assert len(warnings) == 1 and "leadership_pattern" in warnings[0]
    assert capsys.readouterr().err == ""


def test_a_profile_without_the_old_pattern_warns_nothing(tmp_path: Path):
    (tmp_path / "kompas.toml").write_text("leadership_words = ['formand']\n", encoding="utf-8")
    profile, warnings = read_profile(None, tmp_path)
    assert warnings == [] and profile.leadership_words == ["formand"]


# --- worse than expected when the overall fell -------------------------------------------


def test_a_green_unit_whose_overall_fell_5_or_more_gets_the_guidance():
    themes = given_theme("A", 80.0, org=70.0, prev=85.0), given_theme("B", 70.0, org=70.0, prev=75.0)
    summary = summarise(report(*themes), today=TODAY)
    assert (summary.colour, summary.track) == ("green", "local")
    assert summary.previous_overall_score == 80.0 and summary.overall_change == -5.0
    assert "worse_than_expected" in summary.guidance
    assert summary.to_check_json()["guidance"] == ["worse_than_expected"]
    title, body = fmt.guidance_text(summary, "worse_than_expected", "da")
    assert body.startswith("Den samlede score er faldet 5,0 point siden sidste måling (80,0 → 75,0).")
    assert "fælles ansvar" in body


@pytest.mark.parametrize(
    ("now", "previous", "fell"),
    [
        (75.0, 79.95, True),  # 75.0 against 80.0
        (75.04, 79.95, True),  # 75.0 against 80.0, though 4.91 unrounded
        (75.05, 79.95, False),  # 75.1 against 80.0: 4.9
        (75.0, 80.04, True),
        (80.0, 75.0, False),  # rose
    ],
)
def test_the_fall_reads_the_shown_overall_scores(now, previous, fell):
    summary = summarise(report(given_theme("A", now, prev=previous)), today=TODAY)
    assert summary.overall_fell is fell
    assert ("worse_than_expected" in summary.guidance) is fell


def test_the_previous_overall_needs_every_visible_theme():
    partly = summarise(report(given_theme("A", 70.0, prev=90.0), given_theme("B", 70.0)), today=TODAY)
    assert partly.previous_overall_score is None and not partly.overall_fell
    assert "worse_than_expected" not in partly.guidance
    # A suppressed theme takes no part: its previous score is not needed (nor shown).
    hidden = Theme(name="C", score=10.0, previous_score=90.0, n=2)
    with_hidden = summarise(report(given_theme("A", 70.0, prev=90.0), hidden), today=TODAY)
    assert with_hidden.previous_overall_score == 90.0 and with_hidden.overall_fell


def test_the_fall_threshold_is_the_profiles_meaningful_change():
    r = report(given_theme("A", 80.0, prev=83.0))
    assert "worse_than_expected" not in summarise(r, today=TODAY).guidance
    assert "worse_than_expected" in summarise(r, OrgProfile(meaningful_change=3), TODAY).guidance


# --- properties: nothing shown contradicts its colour, mark or track --------------------------

#: Scores that sit on or near a rounding boundary as often as anywhere.
SCORES = st.one_of(
    st.floats(0, 100, allow_nan=False),
    st.integers(0, 2000).map(lambda i: i / 20),  # x.x5 and x.x0
    st.integers(0, 10000).map(lambda i: i / 100),
    st.integers(400, 600).map(lambda i: i / 10 + st_noise(i)),
)


def st_noise(i: int) -> float:
    """A hair either side of a value, as float arithmetic leaves it."""
    return (-1e-12, 0.0, 1e-12)[i % 3]


ITEM_MEANS = st.integers(1000, 5000).map(lambda i: i / 1000)


@st.composite
def themes(draw, name: str) -> Theme:
    if draw(st.booleans()):
        return Theme(
            name=name,
            score=draw(SCORES),
            org_score=draw(st.none() | SCORES),
            previous_score=draw(st.none() | SCORES),
            n=draw(st.sampled_from([3, 20])),
        )
    count = draw(st.integers(1, 5))
    org, prev = draw(st.none() | ITEM_MEANS), draw(st.none() | ITEM_MEANS)
    means = draw(st.lists(ITEM_MEANS, min_size=count, max_size=count))
    questions = [Question(scale="1-5", n=20, mean=m, org_mean=org, previous_mean=prev) for m in means]
    return Theme(name=name, questions=questions)


@st.composite
def reports(draw) -> Report:
    names = draw(st.lists(st.sampled_from(["Trivsel", "Nærmeste leder", "Tempo", "Vejleder", "Mening"]),
                          min_size=1, max_size=4, unique=True))
    invited = draw(st.integers(1, 4000))
    answered = draw(st.integers(0, invited))
    return Report(unit="Enheden", measurement=draw(st.sampled_from(["2026", "2027"])), invited=invited,
                  answered=answered, themes=[draw(themes(name)) for name in names])


def colour_of_text(text: str, profile: OrgProfile = DEFAULT_PROFILE) -> str:
    """The colour a reader works out from the number on the screen."""
    value = read_back(text)
    return "green" if value >= profile.green_min else "red" if value < profile.red_below else "yellow"


def assert_mark_agrees(before: str, after: str, difference: float | None, meaningful: bool | None) -> None:
    """The difference shown is the difference of the numbers shown, and the mark says what it is."""
    assert difference is not None
    written = read_back(fmt.signed(difference, "da"))
    assert written == round(read_back(after) - read_back(before), 1)
    assert meaningful is (abs(written) >= DEFAULT_PROFILE.meaningful_change)
    assert "−0,0" not in fmt.signed(difference, "da")


@settings(max_examples=150, deadline=None)
@given(reports())
def test_nothing_in_a_report_contradicts_its_colour_mark_or_track(r: Report):
    summary = summarise(r, today=TODAY)
    for theme in summary.themes:
        if theme.suppressed:
            continue
        score = fmt.number(theme.score, "da")
        assert theme.colour == colour_of_text(score)
        if theme.org_score is not None:
            org = fmt.number(theme.org_score, "da")
            assert_mark_agrees(org, score, theme.difference_org, is_meaningful(theme.difference_org))
        if theme.previous_score is not None:
            previous = fmt.number(theme.previous_score, "da")
            assert_mark_agrees(previous, score, theme.change, is_meaningful(theme.change))
        for question in theme.questions:
            assert question.score is None or question.score == shown(question.score)
    if summary.overall_score is not None:
        overall = fmt.number(summary.overall_score, "da")
        assert summary.colour == colour_of_text(overall)
        if summary.colour == "yellow":
            org_text = fmt.number(summary.org_overall_score, "da")
            local = summary.org_overall_score is not None and read_back(overall) >= read_back(org_text)
            assert (summary.track == "local") is local
        if summary.previous_overall_score is not None:
            before = fmt.number(summary.previous_overall_score, "da")
            fell = read_back(overall) - read_back(before) <= -DEFAULT_PROFILE.meaningful_change + 1e-9
            assert summary.overall_fell is fell
            assert ("worse_than_expected" in summary.guidance) is (fell or summary.track != "local")
    if summary.response_rate is not None:
        rate = fmt.percent(summary.response_rate, "da").removesuffix(" %")
        assert summary.low_response is (read_back(rate) < DEFAULT_PROFILE.response_rate_warning)
    # `kompas check` carries exactly the numbers the screen writes.
    data = summary.to_check_json()
    for row, theme in zip(data["themes"], summary.themes):
        pairs = (("score", theme.score), ("org_score", theme.org_score), ("difference_org", theme.difference_org))
        for key, value in pairs:
            assert row[key] == (None if value is None else read_back(fmt.number(value, "da")))


@settings(max_examples=100, deadline=None)
@given(reports(), reports())
def test_nothing_between_two_measurements_contradicts_its_mark(first: Report, second: Report):
    comparison = compare(Session(unit="Enheden", created=CREATED, measurements=[first, second]))
    assert comparison is not None
    for row in comparison.themes:
        if not row.compared:
            continue
        before, after = fmt.number(row.score_before, "da"), fmt.number(row.score_after, "da")
        assert_mark_agrees(before, after, row.difference, row.meaningful)
        assert row.colour_after == colour_of_text(after) or row.after is None
        assert row.series[-1] == read_back(after)
    sides = comparison.before.overall, comparison.after.overall
    if None not in sides:
        before, after = (fmt.number(value, "da") for value in sides)
        assert_mark_agrees(before, after, comparison.overall_difference, comparison.overall_meaningful)
    data = comparison.to_json()
    assert data["overall_difference"] == comparison.overall_difference


@settings(max_examples=50, deadline=None)
@given(reports())
def test_an_overview_row_never_contradicts_its_colour_or_track(r: Report):
    from kompas_tui.storage.session_summary import status_from_summary, summary_line

    session = Session(unit="Enheden", created=CREATED, measurements=[r])
    summary = summarise(r, DEFAULT_PROFILE, CREATED.date())
    status = unit_status(session, DEFAULT_PROFILE)
    # The fast path (the summary line in the file) says the same.
    line = summary_line(session, b"")
    data = json.loads(line.split(b": ", 1)[1])
    assert status_from_summary(data, DEFAULT_PROFILE) == status
    if status.overall is None:
        return
    overall = fmt.number(status.overall, "da")
    assert status.overall == read_back(overall)
    assert status.colour == colour_of_text(overall)
    org = summary.org_overall_score
    org_text = None if org is None else read_back(fmt.number(org, "da"))
    assert status.track == track_for(status.colour, read_back(overall), org_text)


def test_an_old_summary_line_with_unrounded_means_is_shown_on_reading():
    from kompas_tui.storage.session_summary import status_from_summary, summary_line

    session = Session(unit="Enheden", created=CREATED, measurements=[report(given_theme("A", 59.96, org=60.04))])
    data = json.loads(summary_line(session, b"").split(b": ", 1)[1])
    data["overall"] = [[1, 59.96, 60.04]]  # as a kompas before this rule wrote it
    status = status_from_summary(data, DEFAULT_PROFILE)
    assert (status.overall, status.colour, status.track) == (60.0, "yellow", "local")


def test_colour_for_and_track_for_read_shown_numbers_whatever_they_are_given():
    assert colour_for(69.95) == "green" and colour_for(49.949999999999996) == "yellow"
    assert track_for("yellow", 59.95, 60.04) == "local"
    assert rounded(2.675, 2) == 2.68  # 2.67499999999999982 in floats
