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
from rich.segment import Segment
from rich.style import Style as RichStyle
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


@settings(max_examples=120, deadline=None)
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
    from kompas_tui.widgets.plan_list import Card, _card_height, _card_lines

    text = "\n".join(lead + words * repeat for lead, words in lines)
    counted = _card_height(text, width)
    if counted is not None:
        assert counted == len(_card_lines(Content(text), marked, width))
    # The lines drawn: the card's own, or, where it is too narrow to lay
    # itself out (width - SPARE), those the list wraps them into.
    card = Card(Content(text), marked)
    assert card.get_height({}, width) == card.laid(width).get_height({}, width)


def cells(strip) -> list[tuple[object, ...]]:
    """How each cell of `strip` looks: a character in its colours and
    weight; a blank by its background and what is drawn through it."""
    looks = []
    for segment in strip:
        style = segment.style or RichStyle()
        for char in segment.text:
            if char == " ":
                looks.append((" ", style.bgcolor, style.reverse, style.underline, style.strike, style.overline,
                              style.color if style.reverse else None))
            else:
                looks.append((char, style.clear_meta_and_links()))
    return looks


async def test_a_list_row_is_sent_in_as_few_runs_as_look_the_same(make_app, big_handle):
    """Each run of one style costs the terminal a colour code and a reset,
    and a list that scrolls is sent again row by row: a card's id and what
    are one run, the blanks around a word and at the end of a line join
    the word's run, and every cell looks as before."""
    from textual.widgets import OptionList

    from kompas_tui.widgets.plan_list import merged_runs

    app = make_app(big_handle)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.__class__.__name__ == "EvaluationScreen")
        await pilot.pause()
        actions = shown_list(app)
        rows = [OptionList.render_line(actions, y) for y in range(actions.scrollable_content_region.height)]
        sent = [actions.render_line(y) for y in range(len(rows))]
    assert [cells(row) for row in sent] == [cells(row) for row in rows]
    assert sum(len(list(row)) for row in sent) < 0.7 * sum(len(list(row)) for row in rows)


def test_blanks_under_a_line_or_on_another_background_keep_their_run():
    from textual.strip import Strip

    from kompas_tui.widgets.plan_list import merged_runs

    plain, bold, underlined = RichStyle(bgcolor="black"), RichStyle(bold=True, bgcolor="black"), RichStyle(underline=True, bgcolor="black")
    grey = RichStyle(bgcolor="grey0")
    strip = Strip([Segment("  ", plain), Segment("a1", bold), Segment("  ", plain), Segment("Mål", underlined),
                   Segment("  ", plain), Segment(" ", grey)])
    merged = merged_runs(strip)
    assert [s.text for s in merged] == ["  a1  ", "Mål", "  ", " "]
    assert cells(merged) == cells(strip)


async def test_a_move_to_an_entry_with_fewer_keys_keeps_the_footers_height(make_app, big_handle):
    """On an action Evaluering offers more keys (1-5, n, o/d/f) than on an
    add entry: the Footer needs three lines there, two here. Were it to
    shrink, the screen would be laid out again and sent whole (18 KB for
    one arrow key) and the list would jump; it keeps its height while the
    width stays, the keys on its last lines."""
    from kompas_tui.widgets.footer import KompasFooter

    app = make_app(big_handle)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.__class__.__name__ == "EvaluationScreen")
        await pilot.pause()
        actions, footer = shown_list(app), app.screen.query_one(KompasFooter)
        assert actions.current_id and actions.current_id.startswith("add:")
        await pilot.press("down")
        assert actions.current_action_id is not None
        tall = footer.size.height
        assert tall == len(footer.lines()) and "1-5 Status" in str(footer.render())
        await pilot.press("up")
        await pilot.pause()
        assert actions.current_id.startswith("add:") and len(footer.lines()) < tall
        assert footer.size.height == tall
        shown = str(footer.render()).splitlines()
        assert shown[0] == "" and "a Tilføj" in shown[1] and "1-5 Status" not in str(footer.render())
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        assert footer.size.height == len(footer.lines())  # a new width: as many lines as it needs


async def test_the_rounds_head_is_there_before_the_screen_is_mounted(make_app, big_handle, monkeypatch):
    """The head is composed with its text, not filled in on mount: on mount
    it was empty in the first frame `kompas open` painted, and the round's
    title came in a second one (the first paint's marker waited for it)."""
    from kompas_tui.screens.evaluation import EvaluationScreen

    heads: list[str] = []
    real = EvaluationScreen.on_mount

    def on_mount(screen) -> None:
        heads.append(str(screen.query_one("#round-head").render()))
        real(screen)

    monkeypatch.setattr(EvaluationScreen, "on_mount", on_mount)
    app = make_app(big_handle)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: heads)
        assert "Evalueringsrunde 20" in heads[0] and "200 handlinger" in heads[0]
