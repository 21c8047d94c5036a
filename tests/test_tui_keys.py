"""Keys: help on ? and F1 everywhere, Escape goes back, ctrl+p offers the
screen's actions, and every binding is described in both languages."""

from __future__ import annotations

import pytest
from textual.binding import Binding
from textual.command import CommandPalette

from kompas_tui.app import KompasApp
from kompas_tui.i18n import catalog
from kompas_tui.screens.base import KompasModal
from kompas_tui.screens.help import HelpScreen
from kompas_tui.screens.report import ReportScreen
from kompas_tui.screens.start import StartScreen
from kompas_tui.screens.theme_detail import ThemeDetail
from kompas_tui.widgets.theme_table import ThemeTable
from pilot_tools import fire, settle_workers

SIZE = (80, 24)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_opens_on_question_mark_and_f1_and_escape_closes_it(make_app, demo_handle, key, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        text = flat(screen_text(app))
        # Generated from the report screen's bindings, with the screen's story.
        for line in ("esc Tilbage", "enter Spørgsmål", "?, f1 Hjælp", "ctrl+q Afslut", "ctrl+p Kommandoer"):
            assert line in text
        assert "Rapporten: svarprocent" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReportScreen)


async def test_help_in_english(make_app, demo_handle, screen_text):
    app = make_app(demo_handle, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        text = flat(screen_text(app))
    assert "esc Back" in text and "?, f1 Help" in text and "ctrl+q Quit" in text


async def test_help_inside_a_dialog(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, ThemeDetail)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "esc Luk" in flat(screen_text(app))
        await pilot.press("escape")
        assert isinstance(app.screen, ThemeDetail)
        await pilot.press("escape")
        assert isinstance(app.screen, ReportScreen)


async def test_escape_goes_from_the_report_to_the_start_screen_and_back(make_app, demo_handle):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("escape")  # nothing to go back to: stays, hints at ctrl+q
        assert isinstance(app.screen, StartScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        for _ in range(3):
            await pilot.press("r", "escape")
        # Going back and forth never piles screens up.
        assert len(app.screen_stack) == 2


async def test_ctrl_p_offers_the_screens_actions(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"hjælp")
        await settle_workers(pilot)  # the palette's search
        assert "Hjælp" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_p_start_command(make_app, demo_handle):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"start")
        await settle_workers(pilot)  # the palette's search
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


BOUND = [KompasApp, StartScreen, ReportScreen, KompasModal, ThemeTable]


@pytest.mark.parametrize("owner", BOUND, ids=lambda cls: cls.__name__)
def test_every_binding_has_an_id_and_a_description_in_both_languages(owner):
    for binding in owner.BINDINGS:
        assert isinstance(binding, Binding)
        if binding.system or binding.action in {"quit_hint"}:
            continue
        assert binding.id, binding
        assert binding.description in catalog(), binding
        entry = catalog()[binding.description]
        assert entry["da"] and entry["en"]


async def test_the_palette_says_no_matches_in_danish(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"qqqqzz")
        await settle_workers(pilot)  # the palette's search: nothing
        await fire(pilot, "no-matches")
        text = screen_text(app)
        assert "Ingen kommandoer passer" in text and "No matches" not in text
