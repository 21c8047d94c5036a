"""The voting rules (Afstemning), by example. Properties: test_voting_properties.py."""

from __future__ import annotations

import tomllib
from decimal import ROUND_HALF_UP, Decimal

import pytest
import tomli_w

from kompas_tui.demo import demo_report
from kompas_tui.domain.scoring import summarise
from kompas_tui.domain.voting import (
    Ballot,
    DefaultChoice,
    Voting,
    VotingRefused,
    VotingSettings,
    check_ballot,
    default_choice,
    default_votes,
    effective_chosen,
    problems,
    ranking,
    tally_ballots,
    total_dots,
    vote_themes,
    voting_message,
)

HOSTILE = ("[/]", "[/", "[bold]", "\x1b[31m", "🙂 Trivsel", "Æblegrød på ø og å")


def voting(**settings: object) -> Voting:
    return Voting(settings=VotingSettings(**settings))


def refused(key: str, call, *args, **kwargs) -> VotingRefused:
    with pytest.raises(VotingRefused) as info:
        call(*args, **kwargs)
    assert info.value.key == key
    return info.value


# --- themes ------------------------------------------------------------------


def test_the_vote_has_every_scale_theme_of_the_report_suppressed_ones_too_then_the_added():
    report = demo_report()
    v = Voting(added_themes=["Kaffemaskinen"])
    themes = vote_themes(report, v)
    assert "Aften- og nattevagter" in themes  # suppressed in the demo
    assert "Krænkende adfærd" not in themes  # the incident theme is not voted on
    assert themes[-1] == "Kaffemaskinen"
    assert vote_themes(summarise(report), v) == themes
    assert themes[:-1] == tuple(t.name for t in report.themes if not t.is_incident_theme)


def test_adding_a_theme_trims_it_and_keeps_the_order_added():
    v = Voting().add_theme(["A"], "  Kantine  ")
    v = v.add_theme(vote_themes(["A"], v), "[bold]")
    assert v.added_themes == ["Kantine", "[bold]"]
    assert vote_themes(["A"], v) == ("A", "Kantine", "[bold]")


@pytest.mark.parametrize("name", ["a", " A ", "Æble", "æble ", "ÆBLE"])
def test_adding_a_theme_that_is_there_is_refused_whatever_its_case_and_spaces(name):
    themes = ["A", "Æble"]
    v = Voting()
    error = refused("voting.refused.duplicate_theme", v.add_theme, themes, name)
    assert error.fields["theme"] in themes
    assert v.added_themes == []


def test_an_added_theme_is_compared_with_the_other_added_ones_too():
    v = Voting().add_theme(["A"], "Kantine")
    refused("voting.refused.duplicate_theme", v.add_theme, vote_themes(["A"], v), "KANTINE")


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_a_theme_needs_a_name(name):
    refused("voting.refused.empty_name", Voting().add_theme, ["A"], name)


def test_removing_an_added_theme_drops_its_dots_and_its_place_in_chosen():
    v = Voting(added_themes=["X", "Y"], dots={"A": 2, "X": 3, "Y": 1}, chosen=["X", "A"])
    after = v.remove_theme(vote_themes(["A"], v), "X")
    assert after.added_themes == ["Y"]
    assert after.dots == {"A": 2, "Y": 1}
    assert after.chosen == ["A"]
    assert v.dots["X"] == 3  # the original is untouched


def test_a_report_theme_cannot_be_removed():
    v = Voting(dots={"A": 1})
    refused("voting.refused.report_theme", v.remove_theme, ["A"], "A")
    refused("voting.refused.unknown_theme", v.remove_theme, ["A"], "Z")


def test_removing_a_theme_that_would_lower_the_budget_below_the_dots_is_refused():
    # 13 themes give 4 votes each by default, 12 give 3.
    report = [f"T{i}" for i in range(12)]
    v = voting(participants=2).add_theme(report, "Ny")
    themes = vote_themes(report, v)
    assert v.settings.budget(len(themes)) == 8
    v = v.set_dots(themes, "T0", 7)
    error = refused("voting.refused.over_budget", v.remove_theme, themes, "Ny")
    assert error.fields == {"total": 7, "budget": 6, "participants": 2, "votes": 3}


# --- votes per person and budget -------------------------------------------------


@pytest.mark.parametrize(
    ("n", "votes"),
    [(0, 3), (1, 3), (9, 3), (12, 3), (13, 4), (20, 4), (21, 5), (30, 5), (31, 6), (100, 10), (110, 10), (111, 11)],
)
def test_default_votes_is_the_square_root_rounded_half_up_and_at_least_3(n, votes):
    assert default_votes(n) == votes


def test_default_votes_rounds_half_up_exactly_at_the_boundaries():
    # √(k² + k) is just below k + ½ and √(k² + k + 1) just above it, closer
    # and closer as k grows: the integer computation never misrounds.
    for k in range(1, 5000):
        assert default_votes(k * k + k) == max(3, k)
        assert default_votes(k * k + k + 1) == max(3, k + 1)
    for n in range(0, 2000):
        half_up = int(Decimal(n).sqrt().quantize(Decimal(1), rounding=ROUND_HALF_UP))
        assert default_votes(n) == max(3, half_up)
    assert round(2.5) == 2 and default_votes(6) == 3  # not banker's rounding (√6 ≈ 2.45 anyway)


def test_default_votes_refuses_a_negative_count():
    with pytest.raises(ValueError):
        default_votes(-1)


def test_votes_per_person_the_setting_wins_over_the_default():
    assert VotingSettings().votes(16) == 4
    assert VotingSettings(votes_per_person=2).votes(16) == 2


def test_budget_is_participants_times_votes_and_unknown_without_participants():
    assert VotingSettings().budget(16) is None
    assert VotingSettings(participants=7).budget(16) == 28
    assert VotingSettings(participants=7, votes_per_person=5).budget(16) == 35


def test_the_cap_per_theme_is_per_participant():
    assert VotingSettings(max_per_theme=2).theme_cap() is None
    assert VotingSettings(participants=5).theme_cap() is None
    assert VotingSettings(participants=5, max_per_theme=2).theme_cap() == 10


# --- tally entry ---------------------------------------------------------------------

THEMES = ("A", "B", "C")


def test_set_and_step_dots():
    v = voting(participants=4).set_dots(THEMES, "A", 5)
    v = v.add_dots(THEMES, "A", +1).add_dots(THEMES, "B", +1).add_dots(THEMES, "B", -1)
    assert v.dots == {"A": 6}  # a theme without dots has no entry
    assert total_dots(v, THEMES) == 6


def test_below_zero_is_refused():
    v = Voting()
    refused("voting.refused.negative", v.add_dots, THEMES, "A", -1)
    refused("voting.refused.negative", v.set_dots, THEMES, "A", -3)


def test_an_unknown_theme_is_refused():
    refused("voting.refused.unknown_theme", Voting().set_dots, THEMES, "Z", 1)


def test_over_the_cap_is_refused_with_the_numbers():
    v = voting(participants=3, max_per_theme=2).set_dots(THEMES, "A", 6)
    error = refused("voting.refused.over_cap", v.add_dots, THEMES, "A", 1)
    assert error.fields == {"theme": "A", "wanted": 7, "cap": 6, "participants": 3, "per_person": 2}
    assert v.dots == {"A": 6}


def test_over_the_budget_is_refused_with_the_numbers():
    v = voting(participants=2).set_dots(THEMES, "A", 4).set_dots(THEMES, "B", 2)
    error = refused("voting.refused.over_budget", v.add_dots, THEMES, "C", 1)
    assert error.fields == {"total": 7, "budget": 6, "participants": 2, "votes": 3}
    refused("voting.refused.over_budget", v.set_dots, THEMES, "A", 5)
    assert v.set_dots(THEMES, "A", 3).dots == {"A": 3, "B": 2}


def test_without_participants_only_the_sign_is_checked():
    v = voting(max_per_theme=1).set_dots(THEMES, "A", 400)
    assert v.dots == {"A": 400}


def test_a_tally_out_of_bounds_after_a_settings_change_can_be_brought_back_but_not_made_worse():
    v = voting(participants=10, max_per_theme=3).set_dots(THEMES, "A", 20).set_dots(THEMES, "B", 10)
    v.settings.participants = 2  # now: cap 6, budget 6
    assert [p.key for p in problems(v, THEMES)] == [
        "voting.problem.over_cap",
        "voting.problem.over_cap",
        "voting.problem.over_budget",
    ]
    refused("voting.refused.over_cap", v.add_dots, THEMES, "A", 1)
    refused("voting.refused.over_budget", v.add_dots, THEMES, "C", 1)
    fixed = v.add_dots(THEMES, "A", -1).set_dots(THEMES, "A", 4).set_dots(THEMES, "B", 2)
    assert problems(fixed, THEMES) == []


def test_add_counts_adds_and_follows_the_same_rules():
    v = voting(participants=3).set_dots(THEMES, "A", 1)
    assert v.add_counts(THEMES, {"A": 2, "C": 4}).dots == {"A": 3, "C": 4}
    refused("voting.refused.over_budget", v.add_counts, THEMES, {"B": 9})
    refused("voting.refused.unknown_theme", v.add_counts, THEMES, {"Z": 1})
    refused("voting.refused.negative", v.add_counts, THEMES, {"A": -2})


@pytest.mark.parametrize("name", HOSTILE)
def test_any_theme_name_can_hold_dots_and_survives_toml(name):
    themes = ("A", name)
    v = Voting().add_theme(["A"], name)
    v = v.set_dots(themes, name, 2).choose(themes, name)
    data = tomllib.loads(tomli_w.dumps(v.model_dump(exclude_none=True)))
    assert Voting.model_validate(data) == v
    assert ranking(v, themes)[0].theme == name


def test_an_unset_choice_is_left_out_of_toml():
    data = Voting(dots={"A": 1}).model_dump(exclude_none=True)
    assert "chosen" not in data
    assert Voting.model_validate(tomllib.loads(tomli_w.dumps(data))).chosen is None


def test_negative_dots_do_not_load():
    with pytest.raises(ValueError):
        Voting.model_validate({"dots": {"A": -1}})


# --- problems --------------------------------------------------------------------


def test_problems_lists_every_problem():
    v = Voting(
        settings=VotingSettings(participants=1, max_per_theme=1),
        dots={"A": 2, "B": 2, "Gone": 3},
        chosen=["A", "Gone"],
    )
    found = problems(v, THEMES)
    assert [(p.key, p.fields.get("theme")) for p in found] == [
        ("voting.problem.unknown_theme", "Gone"),
        ("voting.problem.over_cap", "A"),
        ("voting.problem.over_cap", "B"),
        ("voting.problem.over_budget", None),
        ("voting.problem.chosen_unknown", "Gone"),
    ]


def test_a_good_tally_has_no_problems():
    assert problems(voting(participants=2).set_dots(THEMES, "A", 6), THEMES) == []


# --- wording ---------------------------------------------------------------------


def test_messages_read_naturally_in_danish_and_english():
    error = refused(
        "voting.refused.over_budget", voting(participants=1, votes_per_person=1).set_dots, THEMES, "A", 2
    )
    assert error.text("da") == (
        "Det ville give 2 prikker i alt, men der er kun 1 prik at fordele (1 deltager med 1 stemme hver)."
    )
    assert error.text("en") == (
        "That would make 2 dots in all, but only 1 dot can be given (1 participant with 1 vote each)."
    )
    cap = voting_message(
        "voting.refused.over_cap", theme="[bold]", wanted=7, cap=6, participants=3, per_person=2
    )
    assert cap.text("da") == "'[bold]' kan højst have 6 prikker (3 deltagere med højst 2 prikker hver), ikke 7 prikker."
    assert cap.text("en") == "'[bold]' can have at most 6 dots (3 participants with at most 2 dots each), not 7 dots."


def test_str_of_a_refusal_is_in_the_interface_language(english):
    error = refused("voting.refused.negative", Voting().add_dots, THEMES, "A", -1)
    assert str(error) == "'A' cannot have fewer than 0 dots."


def test_the_tie_notice_names_the_themes_and_the_places():
    one = DefaultChoice(("A",), ("B", "C", "D"), 1)
    assert one.notice().text("da") == (
        "Stemmelighed om den sidste plads: 'B', 'C' og 'D' har lige mange prikker. "
        "Vælg selv, hvilke I vil arbejde med."
    )
    two = DefaultChoice((), ("[/]", "æøå"), 2)
    assert two.notice().text("en") == (
        "A tie for the last 2 places: '[/]' and 'æøå' have the same number of dots. Choose which ones to work on."
    )
    assert DefaultChoice(("A",)).notice() is None


# --- ranking ---------------------------------------------------------------------


def test_ranking_is_competition_ranking_with_ties_marked_and_theme_order_kept():
    themes = ("A", "B", "C", "D", "E")
    v = Voting(dots={"B": 5, "C": 3, "D": 3, "E": 1})
    result = [(r.theme, r.dots, r.rank, r.tied) for r in ranking(v, themes)]
    assert result == [
        ("B", 5, 1, False),
        ("C", 3, 2, True),
        ("D", 3, 2, True),
        ("E", 1, 4, False),
        ("A", 0, 5, False),
    ]


def test_ranking_ignores_dots_on_names_that_are_not_themes():
    assert [r.theme for r in ranking(Voting(dots={"Gone": 9}), ("A",))] == ["A"]


# --- chosen themes -------------------------------------------------------------------


def test_the_default_choice_is_the_top_n():
    v = Voting(settings=VotingSettings(top_n=2), dots={"A": 1, "B": 4, "C": 2})
    assert default_choice(v, THEMES) == DefaultChoice(("B", "C"))
    assert effective_chosen(v, THEMES) == ("B", "C")


def test_themes_without_dots_are_never_chosen_by_default():
    v = Voting(settings=VotingSettings(top_n=3), dots={"B": 1})
    assert default_choice(v, THEMES) == DefaultChoice(("B",))
    assert effective_chosen(Voting(), THEMES) == ()


def test_a_tie_across_the_cut_stops_before_the_tie_and_names_it():
    themes = ("A", "B", "C", "D", "E")
    v = Voting(settings=VotingSettings(top_n=3), dots={"A": 5, "B": 3, "C": 3, "D": 3, "E": 1})
    choice = default_choice(v, themes)
    assert choice == DefaultChoice(("A",), ("B", "C", "D"), 2)
    assert effective_chosen(v, themes) == ("A",)


def test_a_tie_inside_the_top_n_is_no_problem():
    v = Voting(settings=VotingSettings(top_n=2), dots={"A": 3, "B": 3, "C": 1})
    assert default_choice(v, THEMES) == DefaultChoice(("A", "B"))


def test_a_tie_at_the_very_top():
    v = Voting(settings=VotingSettings(top_n=1), dots={"A": 3, "B": 3, "C": 3})
    assert default_choice(v, THEMES) == DefaultChoice((), ("A", "B", "C"), 1)


def test_the_facilitator_adds_and_removes_chosen_themes():
    v = Voting(settings=VotingSettings(top_n=1), dots={"A": 3, "B": 2})
    assert v.chosen is None
    v = v.choose(THEMES, "C")
    assert v.chosen == ["A", "C"]
    v = v.unchoose(THEMES, "A")
    assert v.chosen == ["C"]
    v = v.set_dots(THEMES, "B", 9)  # an explicit choice stays as set
    assert effective_chosen(v, THEMES) == ("C",)
    assert v.choose(THEMES, "C") == v
    assert effective_chosen(v.reset_choice(), THEMES) == ("B",)
    refused("voting.refused.unknown_theme", v.choose, THEMES, "Z")
    assert v.set_chosen(THEMES, ["B", "A", "B"]).chosen == ["B", "A"]
    refused("voting.refused.unknown_theme", v.set_chosen, THEMES, ["A", "Z"])


def test_effective_chosen_leaves_out_names_no_longer_in_the_vote():
    v = Voting(chosen=["Gone", "B", "B"])
    assert effective_chosen(v, THEMES) == ("B",)


# --- live voting ---------------------------------------------------------------------


def test_a_good_ballot_has_no_problems():
    settings = VotingSettings(max_per_theme=2)
    assert check_ballot(Ballot(dots={"A": 2, "B": 1}), settings, THEMES) == []


def test_a_ballot_lists_every_problem():
    settings = VotingSettings(votes_per_person=3, max_per_theme=2)
    found = check_ballot(Ballot(dots={"A": 3, "Z": 1}), settings, THEMES)
    assert [(p.key, p.fields) for p in found] == [
        ("voting.ballot.over_cap", {"theme": "A", "wanted": 3, "cap": 2}),
        ("voting.refused.unknown_theme", {"theme": "Z"}),
        ("voting.ballot.over_budget", {"total": 4, "own": 3}),
    ]
    assert found[2].text("da") == "Du har sat 4 prikker, men har kun 3 prikker at give."


def test_a_ballots_own_budget_is_the_default_votes_per_person():
    many = tuple(f"T{i}" for i in range(25))  # √25 = 5
    assert check_ballot(Ballot(dots={"T0": 5}), VotingSettings(), many) == []
    assert check_ballot(Ballot(dots={"T0": 6}), VotingSettings(), many)[0].key == "voting.ballot.over_budget"


def test_tally_ballots_sums_per_theme():
    ballots = [Ballot(dots={"A": 2, "B": 1}), Ballot(dots={"A": 1, "C": 0}), Ballot()]
    assert tally_ballots(ballots) == {"A": 3, "B": 1}


def test_ballots_feed_the_same_tally_as_the_wall():
    v = voting(participants=3, max_per_theme=2).set_dots(THEMES, "A", 1)  # one voted at the wall
    ballots = [Ballot(dots={"A": 2, "B": 1}), Ballot(dots={"C": 2, "B": 1})]
    after = v.with_ballots(THEMES, ballots)
    assert after.dots == {"A": 3, "B": 2, "C": 2}
    assert v.add_counts(THEMES, tally_ballots(ballots)) == after


def test_a_bad_ballot_or_too_many_ballots_are_refused():
    v = voting(participants=2, max_per_theme=2)
    refused("voting.refused.unknown_theme", v.with_ballots, THEMES, [Ballot(dots={"Z": 1})])
    refused("voting.ballot.over_cap", v.with_ballots, THEMES, [Ballot(dots={"A": 3})])
    error = refused("voting.refused.too_many_ballots", v.with_ballots, THEMES, [Ballot()] * 3)
    assert error.text("da") == "Der er 3 stemmesedler, men kun 2 deltagere."


def test_the_session_keeps_only_totals():
    assert set(Voting.model_fields) == {"settings", "added_themes", "dots", "chosen"}
