"""Property tests for the voting rules (issue 3, item 9)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kompas_tui.domain.voting import (
    Ballot,
    Voting,
    VotingRefused,
    VotingSettings,
    default_choice,
    default_votes,
    ranking,
    tally_ballots,
    theme_key,
    total_dots,
    vote_themes,
)

FAST = settings(max_examples=100, deadline=None)

HOSTILE = ["[/]", "[/", "[bold]", "\x1b[31m", "🙂", "æøå", "ÆØÅ", "Ledelse", " ledelse "]
names = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=12))


def _unique(raw: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in raw:
        key = theme_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


report_themes = st.lists(names, min_size=1, max_size=16).map(_unique).filter(bool)

voting_settings = st.builds(
    VotingSettings,
    # Mostly set: an unset number checks nothing.
    participants=st.integers(0, 12).map(lambda n: n or None),
    votes_per_person=st.one_of(st.none(), st.integers(1, 6)),
    max_per_theme=st.integers(0, 4).map(lambda n: n or None),
    top_n=st.integers(1, 5),
)

# An operation: (kind, index into the current themes or a new name, amount).
operations = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.integers(0, 40), st.integers(-3, 30)),
        st.tuples(st.just("step"), st.integers(0, 40), st.sampled_from([1, 1, 1, -1])),
        st.tuples(st.just("add_theme"), names, st.just(0)),
        st.tuples(st.just("remove_theme"), st.integers(0, 40), st.just(0)),
        st.tuples(st.just("counts"), st.integers(0, 40), st.integers(-2, 8)),
        st.tuples(st.just("choose"), st.integers(0, 40), st.just(0)),
        st.tuples(st.just("unchoose"), st.integers(0, 40), st.just(0)),
    ),
    max_size=40,
)


def _apply(v: Voting, themes: tuple[str, ...], op: tuple) -> Voting:
    kind, target, amount = op
    theme = themes[target % len(themes)] if isinstance(target, int) else target
    if kind == "set":
        return v.set_dots(themes, theme, amount)
    if kind == "step":
        return v.add_dots(themes, theme, amount)
    if kind == "add_theme":
        return v.add_theme(themes, theme)
    if kind == "remove_theme":
        return v.remove_theme(themes, theme)
    if kind == "counts":
        return v.add_counts(themes, {theme: amount})
    if kind == "choose":
        return v.choose(themes, theme)
    return v.unchoose(themes, theme)


@FAST
@given(report_themes, voting_settings, operations)
def test_accepted_operations_keep_budget_and_caps_and_refused_ones_change_nothing(report, config, ops):
    v = Voting(settings=config)
    for op in ops:
        themes = vote_themes(report, v)
        before = v.model_dump()
        try:
            after = _apply(v, themes, op)
        except VotingRefused as refusal:
            assert v.model_dump() == before  # nothing changed
            assert refusal.text("da") and refusal.text("en")
            continue
        assert v.model_dump() == before  # the operation is pure
        v = after
        themes = vote_themes(report, v)
        budget = config.budget(len(themes))
        if budget is not None:
            assert total_dots(v, themes) <= budget
        cap = config.theme_cap()
        if cap is not None:
            assert all(count <= cap for count in v.dots.values())
        assert all(count > 0 for count in v.dots.values())
        assert set(v.dots) <= set(themes)
        assert len({theme_key(t) for t in themes}) == len(themes)
        Voting.model_validate(v.model_dump())  # still a valid model


dots_maps = st.dictionaries(st.integers(0, 15), st.integers(0, 6), max_size=16)


@FAST
@given(report_themes, dots_maps)
def test_ranking_is_a_permutation_non_increasing_and_equal_dots_share_a_rank(themes, raw):
    v = Voting(dots={themes[i % len(themes)]: n for i, n in raw.items() if n})
    result = ranking(v, themes)
    assert sorted(r.theme for r in result) == sorted(themes)
    counts = [r.dots for r in result]
    assert counts == sorted(counts, reverse=True)
    for a in result:
        assert a.dots == v.dots.get(a.theme, 0)
        for b in result:
            assert (a.dots == b.dots) == (a.rank == b.rank)
    for position, entry in enumerate(result, start=1):
        assert entry.rank == 1 + sum(1 for other in result if other.dots > entry.dots)
        assert entry.rank <= position
        assert entry.tied == (counts.count(entry.dots) > 1)
    # Ties keep the theme order.
    for a, b in zip(result, result[1:]):
        if a.dots == b.dots:
            assert themes.index(a.theme) < themes.index(b.theme)


@FAST
@given(report_themes, dots_maps, st.integers(1, 6))
def test_the_default_choice_never_picks_inside_a_tie(themes, raw, top_n):
    v = Voting(settings=VotingSettings(top_n=top_n), dots={themes[i % len(themes)]: n for i, n in raw.items() if n})
    choice = default_choice(v, themes)
    assert len(choice.themes) <= top_n
    assert all(v.dots.get(t, 0) > 0 for t in choice.themes)
    assert not set(choice.themes) & set(choice.tied_at_cut)
    if choice.tied_at_cut:
        cut = {v.dots[t] for t in choice.tied_at_cut}
        assert len(cut) == 1 and len(choice.tied_at_cut) > choice.places_left > 0
        assert len(choice.themes) + choice.places_left == top_n
        (at_cut,) = cut
        assert all(v.dots[t] > at_cut for t in choice.themes)
        assert not [t for t in themes if v.dots.get(t, 0) == at_cut and t not in choice.tied_at_cut]
    # Every theme with more dots than a chosen one is chosen too.
    chosen_min = min((v.dots[t] for t in choice.themes), default=None)
    if chosen_min is not None:
        assert all(t in choice.themes for t in themes if v.dots.get(t, 0) > chosen_min)


ballots = st.lists(
    st.builds(Ballot, dots=st.dictionaries(names, st.integers(0, 5), max_size=6)),
    max_size=8,
)


@FAST
@given(ballots)
def test_tallying_ballots_is_the_sum_per_theme(cast):
    totals = tally_ballots(cast)
    every_theme = {theme for ballot in cast for theme in ballot.dots}
    for theme in every_theme:
        expected = sum(ballot.dots.get(theme, 0) for ballot in cast)
        assert totals.get(theme, 0) == expected
    assert set(totals) <= every_theme
    assert all(count > 0 for count in totals.values())
    assert sum(totals.values()) == sum(ballot.total for ballot in cast)


@FAST
@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_default_votes_is_at_least_3_and_monotone(a, b):
    assert default_votes(a) >= 3
    low, high = sorted((a, b))
    assert default_votes(low) <= default_votes(high)
    assert abs(default_votes(a) - max(3, a**0.5)) <= 0.5 + 1e-9 or default_votes(a) == 3
