"""The Afstemning step at 80x24, driven the way a facilitator keys in the
dots counted from the wall: settings on top, +/−/digits on the tally, the
budget and the cap refusing with the reason, themes the group adds, the
ranked result with its ties, and the themes chosen to work on."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from kompas_tui.domain.voting import Voting, VotingSettings, vote_themes
from kompas_tui.i18n import catalog
from kompas_tui.screens.help import HelpScreen
from kompas_tui.screens.voting import VotingScreen
from kompas_tui.storage.session_file import load_session, open_session
from kompas_tui.widgets import voting_tables
from kompas_tui.screens.voting_add_theme import AddThemeDialog
from kompas_tui.widgets.voting_tables import RankingTable, TallyTable
from pilot_tools import autosave, fire

SIZE = (80, 24)
FIRST, SECOND, THIRD, FOURTH = (
    "Trivsel og arbejdsglæde",
    "Meningsfuldt arbejde",
    "Samarbejde med kolleger",
    "Indflydelse på arbejdsdagen",
)
HOSTILE = "[bold]x [/] [/ \x1b[31m 🙂 æøå"
HOSTILE_SHOWN = "[bold]x [/] [/ ␛[31m 🙂 æøå"


#: The page's scrollbar, drawn in the last column.
SCROLLBAR = str.maketrans("", "", "▁▂▃▄▅▆▇█▔")


def flat(text: str) -> str:
    return " ".join(text.translate(SCROLLBAR).split())


def preset(handle, **voting: object) -> None:
    """Start the test with this voting in the session."""
    handle.session.voting = Voting.model_validate(voting)


async def open_voting(pilot) -> VotingScreen:
    await pilot.press("f4")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, VotingScreen)
    return screen


async def read_page(pilot, screen_text) -> str:
    """The whole page, scrolled through from the top, as one flat text."""
    page = pilot.app.screen.query_one("#voting-page")
    region = page.region
    lines: dict[int, str] = {}
    y = 0
    while True:
        page.scroll_to(y=y, animate=False, immediate=True)
        await pilot.pause()
        top = round(page.scroll_y)
        for offset, line in enumerate(screen_text(pilot.app).splitlines()[region.y : region.bottom]):
            lines.setdefault(top + offset, line)
        if top >= page.max_scroll_y:
            break
        y = top + region.height
    page.scroll_home(animate=False, immediate=True)
    return flat("\n".join(lines[i] for i in sorted(lines)))


def saved(handle) -> Voting:
    return load_session(handle.path).voting


async def test_settings_typed_in_and_dots_keyed_with_plus_minus_and_digits(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_voting(pilot)
        text = flat(screen_text(app))
        assert "Deltagere" in text and "Stemmer pr. person std. 3" in text
        assert "Højst pr. tema pr. deltager ingen" in text
        assert "0 prikker talt · tryk p og skriv antallet af deltagere" in text
        # The tally has the focus, as the hint says; p goes to the group's size.
        assert isinstance(app.focused, TallyTable)
        await pilot.press("p")
        assert app.focused.id == "setting-participants"
        await pilot.press("1", "0", "tab", "tab", "3", "escape")  # Escape: back to the tally
        assert isinstance(app.focused, TallyTable)
        text = flat(screen_text(app))
        assert "0 af 30 prikker brugt · 30 tilbage" in text
        assert "3 stemmer pr. person (standard ved 11 temaer) · højst 30 pr. tema (3 pr. deltager)" in text

        await pilot.press("plus", "plus", "equals_sign", "minus")  # 2 on the first theme
        await pilot.press("down", "1", "2")  # typing: shown in the cell, not yet saved
        assert "Prikker til 'Meningsfuldt arbejde': 12 · Enter gemmer" in flat(screen_text(app))
        assert "12_" in screen_text(app)
        await pilot.press("enter")  # saves 12 and moves on
        assert screen.query_one(TallyTable).current_theme == THIRD
        await pilot.press("4")
        assert "4_" in screen_text(app)  # still typing
        await fire(pilot, "voting-pending")  # a moment's quiet commits it
        await pilot.press("down", "9", "escape")  # dropped: nothing on the fourth theme
        await pilot.press("up", "backspace")  # Backspace without a number changes nothing
        text = flat(screen_text(app))
        assert "18 af 30 prikker brugt · 12 tilbage" in text
        assert f"{FIRST} 2 3 valgt" in text
        assert f"{SECOND} 12 1 valgt" in text
        assert f"{THIRD} 4 2 valgt" in text
        assert f"{FOURTH} · –" in text
        assert isinstance(app.screen, VotingScreen)  # Escape dropped the number, did not go back
        await autosave(pilot)
        voting = saved(demo_handle)
    assert voting.settings == VotingSettings(participants=10, max_per_theme=3)
    assert voting.dots == {FIRST: 2, SECOND: 12, THIRD: 4}
    assert load_session(demo_handle.path).step == "voting"


async def test_an_invalid_setting_is_refused_with_the_range(make_app, demo_handle, screen_text):
    preset(demo_handle, settings={"participants": 10})
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_voting(pilot)
        await pilot.press("shift+tab", "backspace")  # "Temaer at vælge" emptied
        assert "Ikke ændret: Temaer at vælge skal være et tal fra 1 til 20." in flat(screen_text(app))
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "0")  # participants: "0"
        assert "Deltagere skal være et tal fra 1 til 500." in flat(screen_text(app))
    assert saved(demo_handle).settings == VotingSettings(participants=10, top_n=3)


async def test_the_cap_and_the_budget_refuse_with_the_reason_and_change_nothing(make_app, demo_handle, screen_text):
    # 2 participants × 3 votes = 6 dots; at most 2 per participant = 4 on a theme.
    preset(demo_handle, settings={"participants": 2, "votes_per_person": 3, "max_per_theme": 2})
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_voting(pilot)
        tally = screen.query_one(TallyTable)
        assert app.focused is tally
        await pilot.press("5", "enter")
        text = flat(screen_text(app))
        assert (
            f"Ikke ændret: '{FIRST}' kan højst have 4 prikker (2 deltagere med højst 2 prikker hver), "
            "ikke 5 prikker." in text
        )
        assert tally.current_theme == FIRST  # a refused number stays where it was typed
        assert "0 af 6 prikker brugt" in text
        await pilot.press("4", "enter", "2", "enter")
        app.store.save_now()
        before = demo_handle.path.read_bytes()
        await pilot.press("plus")  # 7 > 6
        text = flat(screen_text(app))
        assert (
            "Ikke ændret: Det ville give 7 prikker i alt, men der er kun 6 prikker at fordele "
            "(2 deltagere med 3 stemmer hver)." in text
        )
        assert "6 af 6 prikker brugt · 0 tilbage" in text
        await pilot.press("up", "up", "plus")  # 5 > 4 on the first theme
        assert f"'{FIRST}' kan højst have 4 prikker" in flat(screen_text(app))
        await pilot.press("down", "down", "minus")  # 0 − 1
        assert "kan ikke have færre end 0 prikker" in flat(screen_text(app))
        app.store.save_now()
        assert demo_handle.path.read_bytes() == before
        # A change that is allowed clears the refusal.
        await pilot.press("up", "minus")
        text = flat(screen_text(app))
        assert "Ikke ændret" not in text and "5 af 6 prikker brugt · 1 tilbage" in text
    assert saved(demo_handle).dots == {FIRST: 4, SECOND: 1}


async def test_fewer_participants_after_counting_shows_the_excess_and_lets_it_be_brought_back(
    make_app, demo_handle, screen_text
):
    preset(demo_handle, settings={"participants": 3}, dots={FIRST: 6, SECOND: 3})
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_voting(pilot)
        screen.query_one("#setting-participants").focus()
        await pilot.press("backspace", "2")  # 2 × 3 = 6 < 9
        text = flat(screen_text(app))
        assert "9 af 6 prikker brugt · 3 for mange" in text
        assert "Bemærk: Der er talt 9 prikker, men der er kun 6 prikker at fordele" in text
        await pilot.press("tab", "tab", "tab", "tab", "minus")  # less excess: allowed
        assert "8 af 6 prikker brugt · 2 for mange" in flat(screen_text(app))
    assert saved(demo_handle).dots == {FIRST: 5, SECOND: 3}


async def test_a_hostile_named_theme_is_added_shown_as_text_voted_on_and_removed(make_app, demo_handle, screen_text):
    preset(demo_handle, settings={"participants": 10})
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_voting(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, AddThemeDialog)
        name = app.screen.query_one("#theme-name")
        name.value = "  trivsel OG arbejdsglæde "
        await pilot.press("enter")
        assert isinstance(app.screen, AddThemeDialog)  # refused, stays open with the reason
        assert f"Temaet '{FIRST}' er der allerede." in flat(screen_text(app))
        name.value = f"  {HOSTILE}  "
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        tally = screen.query_one(TallyTable)
        assert tally.current_theme == HOSTILE and app.focused is tally
        await pilot.press("plus", "plus")
        text = flat(screen_text(app))
        assert f"{HOSTILE_SHOWN} (tilføjet) 2 1 valgt" in text
        assert "2 af 30 prikker brugt" in text
        app.store.save_now()
        voting = saved(demo_handle)
        assert voting.added_themes == [HOSTILE] and voting.dots == {HOSTILE: 2}

        await pilot.press("home")
        tally.move_cursor(row=0)
        await pilot.pause()
        # A report theme cannot be removed: x is offered on an added theme only.
        assert "Fjern tema" not in flat("\n".join(screen_text(app).splitlines()[-2:]))
        await pilot.press("x")
        assert FIRST in vote_themes(app.store.session.report, app.store.session.voting)
        tally.move_to(HOSTILE)
        await pilot.press("x")  # it has dots: asked first
        assert f"Tryk x igen for at fjerne '{HOSTILE_SHOWN}' og dets 2 prikker." in flat(screen_text(app))
        assert HOSTILE in saved(demo_handle).added_themes
        await pilot.press("x")
        text = flat(screen_text(app))
        assert f"'{HOSTILE_SHOWN}' er fjernet." in text and "(tilføjet)" not in text
    voting = saved(demo_handle)
    assert voting.added_themes == [] and voting.dots == {}


async def test_ties_share_a_rank_and_a_tie_at_the_cut_is_left_to_the_group(make_app, demo_handle, screen_text):
    preset(
        demo_handle,
        settings={"participants": 10, "top_n": 3},
        dots={FIRST: 5, SECOND: 5, THIRD: 3, FOURTH: 3, "Nærmeste leder": 1},
    )
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_voting(pilot)
        text = await read_page(pilot, screen_text)
        assert f"{FIRST} 5 1 delt valgt" in text  # the tally, in theme order
        assert f"{THIRD} 3 3 delt" in text
        assert "Nærmeste leder 1 5" in text
        # The result, most dots first, ties shown as ties.
        assert (
            f"Resultat Plads Tema Prikker Valgt 1 delt {FIRST} 5 valgt 1 delt {SECOND} 5 valgt "
            f"3 delt {THIRD} 3 3 delt {FOURTH} 3 5 Nærmeste leder 1"
        ) in text
        assert (
            f"Stemmelighed om den sidste plads: '{THIRD}' og '{FOURTH}' har lige mange prikker. "
            "Vælg selv, hvilke I vil arbejde med."
        ) in text
        assert f"1. {FIRST} (5 prikker) 2. {SECOND} (5 prikker)" in text
        assert [row.theme for row in screen.query_one(RankingTable).shown][:2] == [FIRST, SECOND]


async def test_choosing_and_unchoosing_themes_and_back_to_the_default(make_app, demo_handle, screen_text):
    preset(demo_handle, settings={"participants": 10, "top_n": 2}, dots={FIRST: 5, SECOND: 4, THIRD: 3})
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_voting(pilot)
        await pilot.press("down", "down", "v")  # add the third
        await pilot.press("up", "up", "space")  # take the first out
        text = await read_page(pilot, screen_text)
        assert "Valgt af jer; n går tilbage til de 2 temaer med flest prikker." in text
        assert f"1. {SECOND} (4 prikker) 2. {THIRD} (3 prikker)" in text
        app.store.save_now()
        assert saved(demo_handle).chosen == [SECOND, THIRD]
        # From the ranked result too.
        await pilot.press("tab")
        assert isinstance(app.focused, RankingTable)
        assert screen.query_one(RankingTable).current_theme == FIRST
        await pilot.press("v")
        app.store.save_now()
        assert saved(demo_handle).chosen == [SECOND, THIRD, FIRST]
        await pilot.press("n")
        text = await read_page(pilot, screen_text)
        assert "Som standard de 2 temaer med flest prikker" in text
        assert f"1. {FIRST} (5 prikker) 2. {SECOND} (4 prikker)" in text
    assert saved(demo_handle).chosen is None


async def test_in_english(make_app, handles, sessions_dir, screen_text):
    from kompas_tui.demo import demo_report

    handle = handles(demo_report(), sessions_dir, "en")
    preset(handle, settings={"participants": 4, "max_per_theme": 1}, dots={FIRST: 4, SECOND: 4, THIRD: 1})
    app = make_app(handle, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_voting(pilot)
        await pilot.press("plus")
        text = await read_page(pilot, screen_text)
        footer = flat(screen_text(app)).split(" ")
    assert "Participants 4" in text and "Votes per person default 3" in text
    assert "9 of 12 dots used · 3 left" in text
    assert "at most 4 per theme (1 per participant)" in text
    assert (
        f"Not changed: '{FIRST}' can have at most 4 dots (4 participants with at most 1 dot each), not 5 dots." in text
    )
    assert f"{FIRST} 4 1 tied chosen" in text
    assert "Themes you will work on" in text and f"1. {FIRST} (4 dots)" in text
    assert "+/=/-/0-9 Dots" in " ".join(footer)


async def test_read_only_refuses_every_change_and_says_why(demo_handle, make_app, screen_text):
    demo_handle.session.voting = Voting(settings=VotingSettings(participants=5), dots={FIRST: 2})
    demo_handle.save()
    second = open_session(demo_handle.path)  # the lock is held by demo_handle
    assert second.read_only
    before = demo_handle.path.read_bytes()
    try:
        app = make_app(second)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_voting(pilot)
            text = flat(screen_text(app))
            assert "Skrivebeskyttet — åbnet af" in text
            assert all(field.disabled for field in screen.query("Input"))
            assert isinstance(app.focused, TallyTable)
            # The keys that would change the vote are not offered; pressing them changes nothing.
            footer = flat("\n".join(screen_text(app).splitlines()[-2:]))
            assert "Prikker" not in footer and "Nyt tema" not in footer and "Vælg" not in footer
            await pilot.press("plus", "7", "enter", "v", "n", "x", "a", "p")
            assert isinstance(app.screen, VotingScreen)  # no dialog to add a theme
            assert f"{FIRST} 2 1" in flat(screen_text(app))
    finally:
        second.close()
    assert demo_handle.path.read_bytes() == before


async def test_help_lists_the_voting_keys(make_app, demo_handle, screen_text):
    preset(demo_handle, settings={"participants": 5})
    app = make_app(demo_handle)
    async with app.run_test(size=(80, 50)) as pilot:
        await open_voting(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = flat(screen_text(app))
    assert "Afstemning med prikker" in text
    for line in (
        "+, = Prik til",
        "- Prik fra",
        "0–9 Skriv antal",
        "a Nyt tema",
        "v, space Vælg til/fra",
        "n Standardvalg",
    ):
        assert line in text, line


@pytest.mark.parametrize("owner", [VotingScreen, TallyTable, RankingTable, voting_tables.VotingTable])
def test_every_voting_binding_has_an_id_and_a_description_in_both_languages(owner):
    for binding in owner.BINDINGS:
        assert isinstance(binding, Binding)
        assert binding.id, binding
        assert binding.description in catalog(), binding
        if binding.tooltip:
            assert binding.tooltip in catalog(), binding


async def test_dots_typed_just_before_quitting_are_saved(make_app, demo_handle):
    from kompas_tui.storage.session_file import load_session

    app = make_app(demo_handle)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("p", "5", "escape")  # p: the group's size; Escape: back to the tally
        await pilot.press("7", "ctrl+q")
    saved = load_session(demo_handle.path).voting
    assert saved.settings.participants == 5
    assert sum(saved.dots.values()) == 7
