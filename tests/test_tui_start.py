"""The start screen: a new session from the demo or a report file, and the
recent sessions to resume."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import OptionList

import kompas_tui.importers
from kompas_tui.demo import demo_report
from kompas_tui.errors import InputError, Problem
from kompas_tui.screens.open_report import OpenReport
from kompas_tui.screens.report import ReportScreen
from kompas_tui.screens.start import StartScreen
from kompas_tui.storage.session_file import load_session
from pilot_tools import report_in_full, settle_workers

SIZE = (80, 24)


def flat(text: str) -> str:
    return " ".join(text.split())


def session_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml"))


async def settle(app, pilot) -> None:
    await settle_workers(pilot)


async def test_without_sessions_the_demo_is_highlighted_and_enter_starts_it(make_app, sessions_dir, screen_text):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
        menu = app.screen.query_one(OptionList)
        assert app.focused is menu
        assert menu.highlighted_option.id == "demo"
        assert "Ingen gemte sessioner endnu" in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportScreen)
        assert "Hjemmeplejen Nord" in screen_text(app)
    [saved] = session_files(sessions_dir)
    assert load_session(saved).unit == "Hjemmeplejen Nord"
    assert saved.stat().st_mode & 0o077 == 0


async def test_d_chooses_the_demo_says_what_enter_does_and_enter_starts_it(make_app, sessions_dir, screen_text):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # One letter never makes a session: d chooses the entry, the screen says so first.
        await pilot.press("down", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen) and not session_files(sessions_dir)
        assert app.screen.query_one(OptionList).highlighted_option.id == "demo"
        assert "Enter opretter en ny session (en ny fil) på demo-rapporten." in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportScreen)
        assert app.store.handle is not None and not app.store.read_only
    assert len(session_files(sessions_dir)) == 1


async def test_the_footer_shows_the_letter_shortcuts(make_app, screen_text):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
    assert "d Demo" in footer and "f Rapportfil" in footer and "f1 Hjælp" in footer


async def test_recent_sessions_are_listed_and_a_digit_opens_one(make_app, handles, sessions_dir, screen_text):
    handles(demo_report(), sessions_dir).close()
    (sessions_dir / "ødelagt.toml").write_text("schema_version = [", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "Hjemmeplejen Nord" in text
        assert "ødelagt.toml" in text and "Kan ikke åbnes" in text
        menu = app.screen.query_one(OptionList)
        # Resuming is the usual case once there are sessions.
        assert menu.highlighted_option.id.startswith("recent-")
        broken = next(n for n, e in enumerate(app.screen.recent, 1) if e.session is None)
        good = next(n for n, e in enumerate(app.screen.recent, 1) if e.session is not None)
        # Only the openable one has a digit in the Footer ("1 Session", or "1-2 …").
        footer = " ".join(screen_text(app).splitlines()[-2:])
        assert f"{good} Session" in footer and f"{broken} Session" not in footer
        await pilot.press(str(broken))
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)  # not openable
        await pilot.press(str(good))
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)  # the digit chooses it
        assert "Enter åbner Hjemmeplejen Nord." in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportScreen)
        assert app.store.session.unit == "Hjemmeplejen Nord"
        assert not app.store.read_only


async def test_back_on_start_the_open_session_resumes_without_locking_itself_out(make_app, demo_handle):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, StartScreen)
        await pilot.press("1", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportScreen)
        assert app.store.handle is demo_handle and not app.store.read_only


async def test_report_file_problems_are_shown_in_the_dialog(make_app, sessions_dir, monkeypatch, screen_text):
    def bad(path):
        raise InputError(
            [
                Problem(file=str(path), line=3, field="gns", expected="et tal", found="[bold]x"),
                Problem(file=str(path), line=7, message="\x1b[31mmangler tema"),
            ]
        )

    monkeypatch.setattr(kompas_tui.importers, "load_report", bad, raising=False)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, OpenReport)
        await pilot.press(*"rapport.csv", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, OpenReport)  # still open, nothing imported
        text = flat(screen_text(app))
        assert "rapport.csv:3: felt 'gns': forventede et tal, fandt [bold]x" in text
        assert "rapport.csv:7: ␛[31mmangler tema" in text
        await pilot.press("escape")
        assert isinstance(app.screen, StartScreen)
    assert session_files(sessions_dir) == []


async def test_a_good_report_file_starts_a_session(make_app, sessions_dir, monkeypatch):
    seen: list[Path] = []

    def good(path):
        seen.append(path)
        return replace(demo_report(), unit="Tandplejen")

    monkeypatch.setattr(kompas_tui.importers, "load_report", good, raising=False)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", *"~/rapport.csv", "enter")
        await settle(app, pilot)
        await settle(app, pilot)
        assert isinstance(app.screen, ReportScreen)
        assert app.store.session.unit == "Tandplejen"
    assert seen == [Path.home() / "rapport.csv"]
    [saved] = session_files(sessions_dir)
    assert load_session(saved).unit == "Tandplejen"


@pytest.mark.parametrize("lang, word", [("da", "Seneste sessioner"), ("en", "Recent sessions")])
async def test_start_screen_language(make_app, lang, word, screen_text):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert word in screen_text(app)


async def test_opening_another_session_redraws_the_report(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("d")  # a second session on the demo, under another file name
        await settle(app, pilot)
        # The session open is left: said before Enter.
        assert "Enter opretter en ny session" in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportScreen)
        assert app.store.handle is not demo_handle
        assert len(app.screen_stack) <= 2
        await report_in_full(pilot)
        page = app.screen.query_one("#report-page")
        page.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert "Lav score på ledelse" in screen_text(app)  # the part mounted after the first paint


async def test_help_without_a_session_offers_no_step_keys(make_app, demo_handle, screen_text):
    """F2–F8 are a session's steps: the start screen's help leaves them out
    until a session is open, and lists them then."""
    from kompas_tui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "f2–f8" not in screen_text(app)
    app = make_app(demo_handle)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "f2–f8" in " ".join(screen_text(app).split())
