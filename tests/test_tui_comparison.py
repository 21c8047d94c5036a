"""The comparison screen at 80x24: a saved workshop with an evaluation round
and a later measurement, compared theme by theme (before/after, the
meaningful-change mark, hidden themes without a difference, colour and track
before and after, the sparkline); a measurement imported from the screen
(a broken CSV first); refusals; hostile theme names; English."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input

from kompas_tui.domain import evaluation
from kompas_tui.domain.plan import add_action
from kompas_tui.domain.report import Report
from kompas_tui.screens.comparison import ComparisonScreen, OpenMeasurement
from kompas_tui.storage.session_file import SessionHandle, load_session, new_session, open_session
from kompas_tui.widgets.comparison_sparkline import plain_glyphs, sparkline
from kompas_tui.widgets.comparison_table import ComparisonTable
from pilot_tools import autosave, settle_workers, unwrapped, widget_lines
from test_cli_measurement import FIXTURE, LATER, LEADER, PREDICTABILITY, TRIVSEL, later_report, report_csv

SIZE = (80, 24)
ROUND_DAY = dt.date(2027, 3, 1)
FIRST = "Trivsels- og APV-måling 2026"


@pytest.fixture(autouse=True)
def _blocks(monkeypatch) -> None:
    """The sparkline's blocks (TERM=linux gets digits, tested on its own)."""
    monkeypatch.setenv("TERM", "xterm-256color")


def test_sparkline_blocks_gaps_and_the_linux_console_digits(monkeypatch):
    series = [0.0, 49.9, None, 100.0]
    line = sparkline(series, highlight=(2, 3), plain=False)
    assert line.plain == "▁▄·█"
    assert [span.style for span in line.spans] == ["dim", "dim", "bold", "bold"]
    assert sparkline(series, plain=True).plain == "04·9"
    monkeypatch.setenv("TERM", "linux")
    assert plain_glyphs() and sparkline(series).plain == "04·9"


def apply(handle: SessionHandle, fields: dict) -> None:
    for name, value in fields.items():
        setattr(handle.session, name, value)


@pytest.fixture
def workshop(sessions_dir: Path) -> Iterator[Callable[..., SessionHandle]]:
    """`workshop(round=True, later=None)` → the saved schema-2 workshop,
    opened for writing, with an open round and `later` as its measurement."""
    opened: list[SessionHandle] = []

    def make(round: bool = True, later: Report | None = None) -> SessionHandle:
        path = sessions_dir / "hjemmeplejen-nord.toml"
        shutil.copyfile(FIXTURE, path)
        path.chmod(0o600)
        handle = open_session(path)
        opened.append(handle)
        if round:
            apply(handle, evaluation.start_round(handle.session, ROUND_DAY))
        if later is not None:
            apply(handle, evaluation.add_measurement(handle.session, later))
        handle.save()
        return handle

    yield make
    for handle in opened:
        handle.close()


def flat(text: str) -> str:
    return " ".join(text.split())


async def show(pilot) -> ComparisonScreen:
    screen = ComparisonScreen()
    await pilot.app.push_screen(screen)
    await pilot.pause()
    return screen


async def page_text(pilot, screen_text) -> str:
    """The whole page, screenful by screenful (the first one, then End)."""
    top = screen_text(pilot.app)
    await pilot.press("end")
    await pilot.pause()
    return top + "\n" + screen_text(pilot.app)


def line_with(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def last_notice(app) -> str:
    return list(app._notifications)[-1].message


async def test_two_measurements_compared_theme_by_theme(workshop, make_app, screen_text):
    handle = workshop(later=later_report())
    app = make_app(handle, today=ROUND_DAY)
    async with app.run_test(size=SIZE) as pilot:
        await show(pilot)
        top = screen_text(app)
        assert f"{FIRST} → {LATER}" in flat(top)
        overall = line_with(top, "Samlet")
        assert "gul" in overall and "→" in overall and "ingen reel forskel" in overall
        assert "Opfølgning før: med afdelingschef, måles igen i januar 2027" in top
        assert "Opfølgning efter: med afdelingschef, måles igen i januar 2028" in top
        assert "Nultolerance: svar om at have været udsat: før" in top
        # The table: theme, before, after, change, colour; with two
        # measurements no trend (it would repeat before and after), so
        # every theme name is on one line with its numbers at 80 columns.
        header = line_with(top, "Farve")
        for word in ("Tema", "Før", "Efter", "Forskel"):
            assert word in header
        assert "Forløb" not in top
        leader = line_with(top, LEADER)
        assert "▲ 10,0 reel" in leader and "rød → gul" in flat(leader)
        trivsel = line_with(top, "Trivsel og")
        assert "reel" not in trivsel and "+1," in trivsel and "gul → gul" in flat(trivsel)
        assert "Trivsel og arbejdsglæde" in trivsel
        whole = await page_text(pilot, screen_text)
        for row in app.screen.query_one(ComparisonTable).comparison.themes:
            assert row.name in whole and "→" in line_with(whole, row.name), row.name
        hidden = line_with(whole, PREDICTABILITY)
        assert "skjult" in hidden and "reel" not in hidden
        assert "Forløb" not in flat(whole)
        assert f"{PREDICTABILITY}: skjult i den senere måling (under 5 svar)" in whole
        assert "Aften- og nattevagter: skjult i begge målinger (under 5 svar)" in whole
        assert "Ikke sammenlignet:" in whole and "uden pil: ingen reel forskel" in flat(whole)
        # The table's rows are the domain's: a hidden theme has no difference.
        table = app.screen.query_one(ComparisonTable)
        rows = {row.name: row for row in table.comparison.themes}
        assert rows[PREDICTABILITY].difference is None and rows[LEADER].meaningful is True
        assert rows[TRIVSEL].meaningful is False


async def test_in_english(workshop, make_app, screen_text):
    handle = workshop(later=later_report())
    app = make_app(handle, lang="en", today=ROUND_DAY)
    async with app.run_test(size=SIZE) as pilot:
        await show(pilot)
        top = screen_text(app)
        assert "The measurements theme by theme" in top
        assert "Follow-up before: with department head, measured again in January 2027" in top
        assert "no real difference" in line_with(top, "Overall")
        header = line_with(top, "Colour")
        for word in ("Theme", "Before", "After", "Change"):
            assert word in header
        assert "Trend" not in top
        assert "▲ 10.0 real" in line_with(top, LEADER) and "red → yellow" in flat(line_with(top, LEADER))
        whole = await page_text(pilot, screen_text)
        assert f"{PREDICTABILITY}: hidden in the later measurement (fewer than 5 answers)" in whole
        assert "hidden" in line_with(whole, PREDICTABILITY)
        for forbidden in ("skjult", "Forskel", "reel"):
            assert forbidden not in whole
        footer = screen_text(app).splitlines()[-1]
        assert "esc Back" in footer and "i New measurement" in footer and "f1 Help" in footer


async def test_a_measurement_imported_from_the_screen_after_a_broken_csv(
    workshop, make_app, screen_text, tmp_path: Path
):
    handle = workshop()  # an open round, no new measurement yet
    bad = tmp_path / "bad.csv"
    lines = report_csv(later_report()).splitlines()
    lines[5] = lines[5].replace(";1-5;", ";1-9;", 1)
    bad.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    good = tmp_path / "later.csv"
    good.write_text(report_csv(later_report()), encoding="cp1252", errors="strict")
    app = make_app(handle, today=ROUND_DAY)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await show(pilot)
        empty = flat(screen_text(app))
        assert "Sessionen har indtil videre én måling: " + FIRST in empty
        assert "Tryk i for at indlæse en senere rapport" in empty
        assert "kompas open SESSION.toml --measurement RAPPORT" in empty

        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, OpenMeasurement)
        assert "Ny måling fra en rapportfil" in screen_text(app)
        app.screen.query_one(Input).value = str(bad)
        await pilot.press("enter")
        await settle_workers(pilot)  # the file is read
        assert isinstance(app.screen, OpenMeasurement)
        # The file and the line, wherever the dialog wraps a long path.
        problems = " ".join(widget_lines(app.screen.query_one("#problem-list")))
        assert unwrapped(f"{bad}:6") in unwrapped(problems) and "skala" in problems
        assert "skala" in screen_text(app)
        assert app.store.save_now()  # whatever is pending is written (nothing may be: the step was already saved)
        assert len(load_session(handle.path).measurements) == 1  # nothing half-imported

        app.screen.query_one(Input).value = str(good)
        await pilot.press("enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, ComparisonScreen) and app.screen.query(ComparisonTable)
        assert any(n.message == f"Ny måling tilføjet: {LATER}" for n in app._notifications)
        app.clear_notifications()  # the toast would cover the table
        await pilot.pause()
        text = screen_text(app)
        assert f"{FIRST} → {LATER}" in flat(text)
        assert "▲ 10,0 reel" in line_with(text, LEADER)

        # The round has its measurement now: a second one is refused.
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        assert "allerede en ny måling" in last_notice(app)
        await autosave(pilot)  # the import is in the file without quitting
        saved = load_session(handle.path)
    assert [m.measurement for m in saved.measurements] == [FIRST, LATER]
    assert saved.rounds[-1].is_open and saved.rounds[-1].measurement == 1


async def test_importing_without_an_open_round_is_refused(workshop, make_app, screen_text):
    handle = workshop(round=False)
    app = make_app(handle, today=ROUND_DAY)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await show(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        assert "hører til en evalueringsrunde" in last_notice(app)
        assert "Start en runde" in last_notice(app)


async def test_a_read_only_session_refuses_the_import_naming_the_holder(workshop, make_app, screen_text):
    writer = workshop()
    reader = open_session(writer.path)
    try:
        assert reader.read_only
        app = make_app(reader, today=ROUND_DAY)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await show(pilot)
            assert "Skrivebeskyttet" in screen_text(app)
            await pilot.press("i")
            await pilot.pause()
            assert isinstance(app.screen, ComparisonScreen)
            notice = last_notice(app)
            assert "Skrivebeskyttet" in notice and f"PID {os.getpid()}" in notice
    finally:
        reader.close()


HOSTILE = {
    "Trivsel og arbejdsglæde": "[/]",
    "Meningsfuldt arbejde": "[bold]Mening[/bold]",
    "Samarbejde med kolleger": "\x1b[31mSamarbejde",
    "Nærmeste leder": "Leder 🙂 æøå [/",
}


def _hostile(report: Report) -> Report:
    themes = [replace(t, name=HOSTILE.get(t.name, t.name)) for t in report.themes]
    return replace(report, themes=themes)


async def test_hostile_theme_names_three_measurements_and_choosing_the_pair(
    sessions_dir, make_app, screen_text
):
    from kompas_tui.demo import demo_report

    handle = new_session(_hostile(demo_report()), sessions_dir, language="en")
    try:
        plan = handle.session.plan.model_copy(deep=True)
        add_action(plan, "[/]", what="[bold]x", owner="Åse")
        handle.session.plan = plan
        for index, name in enumerate(("[red]Marts[/red] 2027", "\x1b[2JSeptember 2027")):
            apply(handle, evaluation.start_round(handle.session, ROUND_DAY + dt.timedelta(days=200 * index)))
            apply(handle, evaluation.add_measurement(handle.session, later_report(name, HOSTILE)))
            if index == 0:
                # The new measurement reports exposure again: answered anew before the round closes.
                apply(handle, evaluation.set_round_zero_tolerance(handle.session, "Gennemgået igen", ROUND_DAY))
                apply(handle, evaluation.close_round(handle.session, ROUND_DAY))
        handle.save()
        app = make_app(handle, lang="en", today=ROUND_DAY)
        async with app.run_test(size=SIZE) as pilot:
            await show(pilot)
            top = screen_text(app)
            # The open round's measurement against the one before it.
            assert "[red]Marts[/red] 2027 → ␛[2JSeptember 2027" in flat(top)
            assert "Measurements 2 and 3 of 3" in top
            for name in ("[/]", "[bold]Mening[/bold]", "␛[31mSamarbejde", "Leder 🙂 æøå [/"):
                assert name in top, name
            assert "\x1b" not in top
            # Three points per theme, the last two bold (compared).
            table = app.screen.query_one(ComparisonTable)
            spark = table.cells(table.comparison.themes[0])[-1]
            assert len(spark.plain) == 3
            footer = top.splitlines()[-1]
            assert "[ Earlier pair" in footer and "] Later pair" in footer

            await pilot.press("left_square_bracket")
            await pilot.pause()
            assert "Measurements 1 and 3 of 3" in screen_text(app)
            await pilot.press("less_than_sign")
            await pilot.pause()
            assert "Measurements 1 and 2 of 3" in screen_text(app)
            assert f"{FIRST} → [red]Marts[/red] 2027" in flat(screen_text(app))
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert "Measurements 1 and 3 of 3" in screen_text(app)

            await pilot.press("f1")
            await pilot.pause()
            help_text = flat(screen_text(app))
            assert "New measurement" in help_text and "Earlier pair" in help_text
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ComparisonScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, ComparisonScreen)
    finally:
        handle.close()


async def test_kompas_open_with_a_measurement_lands_on_the_comparison_over_evaluering(
    workshop, make_app, screen_text
):
    from kompas_tui.screens.evaluation import EvaluationScreen

    handle = workshop(later=later_report())
    app = make_app(handle, today=ROUND_DAY, open_on="comparison")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        assert "[8 Evaluering]" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationScreen)
        await pilot.press("m")  # and back again from Evaluering
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        assert "▲ 10,0 reel" in line_with(screen_text(app), LEADER)
