"""What keeps the action lists (Handleplan, Evaluering) cheap on a long
plan (issue 14), asserted on behaviour, never on time: opening the
benchmarks' 200-action, 20-round session lays out only the cards in view,
and a resize lays out no card it has laid out at that width. The numbers are in benchmarks/ (first_paint.py
--only open, keypress.py --screens plan,evaluation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content

from pilot_tools import wait_until

from kompas_tui.storage.session_file import open_session, save_session

SIZE = (80, 24)


def big_session():
    """benchmarks/session_io.py's session: 200 actions, 20 rounds, the last open."""
    from test_benchmark_sessions import _session_io

    return _session_io().big_session()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.toml"
    save_session(big_session(), path)
    return path


@pytest.fixture
def big_handle(big_file, tmp_path):
    path = tmp_path / "big.toml"
    path.write_bytes(big_file.read_bytes())
    handle = open_session(path)
    yield handle
    handle.close()


class Wraps:
    """Counts Content's wrapping (how text is laid out in lines)."""

    def __init__(self, monkeypatch) -> None:
        self.calls = 0
        real = Content._wrap_and_format

        def counted(content, *args, **kwargs):
            self.calls += 1
            return real(content, *args, **kwargs)

        monkeypatch.setattr(Content, "_wrap_and_format", counted)


def shown_list(app):
    from kompas_tui.widgets.plan_list import PlanList

    return app.screen.query_one(PlanList)  # the Evaluering's list is one too


async def test_the_big_session_lays_out_the_cards_in_view_not_the_200(make_app, big_handle, monkeypatch):
    """Every entry's height is needed (to place them, and for the
    scrollbar), but a height is counted on the text, and only the cards in
    view are laid out and drawn: before, each of the ~230 entries was
    wrapped twice on the way to the first screen (compose, then the first
    resize), and then measured by wrapping it again."""
    from kompas_tui.widgets.plan_list import Card

    wraps = Wraps(monkeypatch)
    monkeypatch.setattr(Card, "layouts", 0)
    app = make_app(big_handle)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.__class__.__name__ == "EvaluationScreen")
        await pilot.pause()
        actions = shown_list(app)
        assert actions.option_count > 200 and "Evalueringsrunde 20" in str(app.screen.query_one("#round-head").render())
        assert wraps.calls < actions.option_count
        assert 0 < Card.layouts <= SIZE[1]  # no more cards than rows on the screen
        # Handleplan, the same 200 actions.
        wraps.calls, Card.layouts = 0, 0
        await pilot.press("f6")
        await wait_until(pilot, lambda: app.screen.__class__.__name__ == "PlanScreen")
        await pilot.pause()
        assert shown_list(app).option_count > 200
        assert wraps.calls < shown_list(app).option_count
        assert 0 < Card.layouts <= SIZE[1]


async def test_a_resize_lays_out_again_only_what_its_width_changes(make_app, big_handle, monkeypatch):
    """Taller, same width: no card is laid out again (the heights are kept
    per width). Wider: the cards in view are, not all ~230."""
    from kompas_tui.widgets.plan_list import Card

    app = make_app(big_handle)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.__class__.__name__ == "EvaluationScreen")
        await pilot.pause()
        entries = shown_list(app).option_count
        wraps = Wraps(monkeypatch)
        monkeypatch.setattr(Card, "layouts", 0)
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert Card.layouts <= 30 - SIZE[1]  # only the cards that came into view
        assert wraps.calls < 40
        Card.layouts = wraps.calls = 0
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert 0 < Card.layouts <= 30
        assert wraps.calls < entries / 4
        assert "Evalueringsrunde 20" in str(app.screen.query_one("#round-head").render())


_WORDS = st.text(alphabet=st.sampled_from("abcæøå 🎉漢-·[/]\t"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.tuples(st.sampled_from(["", "  ", "    ", "      "]), _WORDS), min_size=1, max_size=4),
    repeat=st.integers(1, 6),
    width=st.integers(1, 120),
    marked=st.booleans(),
)
def test_a_cards_height_counted_on_its_text_is_the_height_it_is_drawn(lines, repeat, width, marked):
    """The list places every card by the height counted on its text alone
    (cheap); that must be the number of lines the card is drawn in, or the
    entries would overlap or leave gaps."""
    from kompas_tui.widgets.plan_list import SPARE, Card, _card_height, _card_lines

    text = "\n".join(lead + words * repeat for lead, words in lines)
    counted = _card_height(text, width)
    if counted is not None:
        assert counted == len(_card_lines(Content(text), marked, width))
    # A card keeps SPARE columns free: it counts and lays out at width - SPARE.
    # Where that is too narrow to count, the list wraps the card itself, and
    # its laid-out lines are not the lines drawn.
    if _card_height(text, width - SPARE) is not None:
        drawn = Card(Content(text), marked).laid(width).plain.split("\n")
        assert len(drawn) == Card(Content(text)).get_height({}, width)
