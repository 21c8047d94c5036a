"""Gennemsyn at 80x24: a folder of six sessions (hostile unit names, dates,
colours, overdue actions, a round with a second measurement) plus a corrupt
file and a newer-schema file. The list loads in a worker, filters by typing,
sorts, opens a session read-only (timeline and themes across measurements;
the file's bytes unchanged), comes back with its filter, exports the
minutes, lists the problems with their reasons; English; the start screen's
key and `kompas review`'s start option open it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input

from kompas_tui.domain.session import SCHEMA_VERSION
from kompas_tui.screens.review import ReviewProblems, ReviewScreen
from kompas_tui.screens.review_session import ReviewSessionScreen
from kompas_tui.widgets.footer import KompasFooter
from kompas_tui.widgets.review_table import ReviewTable, fold, sort_units

SIZE = (80, 24)
TODAY = dt.date(2026, 11, 26)
HOSTILE = "[bold]Æble[/] 🙂 \x1b[31m"
HOSTILE_SHOWN = "[bold]Æble[/] 🙂 ␛[31m"


def _report(unit: str, measurement: str, shift: float):
    """The demo report under another unit name, every score moved by `shift`."""
    from kompas_tui.demo import demo_report

    report = demo_report()
    report.unit = unit
    report.measurement = measurement
    for theme in report.themes:
        if theme.score is not None:
            theme.score = max(0.0, min(100.0, theme.score + 25 * shift))
        for question in theme.questions:
            if question.kind == "scale" and question.mean is not None:
                question.mean = max(1.0, min(5.0, question.mean + shift))
    return report


def _session(
    unit: str, created: dt.date, shift: float = 0.0, deadlines: tuple[dt.date | None, ...] = (),
    follow_up: dt.date | None = None,
):
    from kompas_tui.domain.plan import Action, Goal, Plan
    from kompas_tui.domain.session import Session

    report = _report(unit, f"Trivsel {created.year}", shift)
    actions = [
        Action(id=f"a{n}", theme=report.themes[0].name, what=f"Handling {n}", owner="Mette", deadline=deadline)
        for n, deadline in enumerate(deadlines, 1)
    ]
    plan = Plan(
        goals=[Goal(theme=report.themes[0].name, target="Bedre")], actions=actions, next_follow_up=follow_up
    )
    return Session(
        unit=unit,
        created=dt.datetime.combine(created, dt.time(9, 0)).astimezone(),
        measurements=[report],
        plan=plan,
    )


def make_folder(folder: Path) -> dict[str, Path]:
    """Six sessions, a corrupt file and one from a newer kompas."""
    from kompas_tui.domain.evaluation import add_measurement, review_action, start_round
    from kompas_tui.domain.meeting import parse_participants
    from kompas_tui.storage.session_file import save_session

    folder.mkdir(parents=True, exist_ok=True)
    late = TODAY - dt.timedelta(days=10)
    soon = TODAY + dt.timedelta(days=20)
    sessions = {
        "hostile": _session(HOSTILE, dt.date(2025, 11, 3), 0.0, (late, late, soon)),
        "cafe": _session("Café Solsikken", dt.date(2026, 2, 1), 0.6, (soon,), TODAY - dt.timedelta(days=3)),
        "nord": _session("Hjemmeplejen Nord", dt.date(2026, 9, 15), -0.8, (late,), TODAY + dt.timedelta(days=40)),
        "syd": _session("Hjemmeplejen Syd", dt.date(2024, 10, 1), 0.3),
        "skole": _session("Åskolen", dt.date(2026, 5, 20), -0.2, (soon, soon)),
        "rounds": _session("Biblioteket", dt.date(2025, 6, 1), 0.0, (late, soon)),
    }
    # Biblioteket: a round in which a1 is reviewed done and a second measurement added.
    session = sessions["rounds"]
    steps = (
        lambda: start_round(session, dt.date(2025, 9, 1), parse_participants("Ann (leder), Bo, Cai")),
        lambda: review_action(session, "a1", status="done"),
        lambda: add_measurement(session, _report("Biblioteket", "Genmåling 2026", 0.7)),
    )
    for step in steps:
        for name, value in step().items():
            setattr(session, name, value)
    paths = {}
    for key, value in sessions.items():
        paths[key] = folder / f"{key}.toml"
        save_session(value, paths[key], backup=False)
    (folder / "broken.toml").write_text('schema_version = 3\nunit = "x\n', encoding="utf-8")
    newer = paths["syd"].read_text(encoding="utf-8").replace(f"schema_version = {SCHEMA_VERSION}", "schema_version = 99", 1)
    (folder / "future.toml").write_text(newer, encoding="utf-8")
    return paths


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "alle"
    make_folder(target)
    return target


def review_app(make_app, folder: Path, lang: str = "da"):
    app = make_app(lang=lang, sessions_dir=folder, today=TODAY, start_on="review")
    app.animation_level = "none"
    return app


async def loaded(pilot) -> ReviewTable:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    table = pilot.app.screen.query_one(ReviewTable)
    assert table.row_count
    return table


def units(table: ReviewTable) -> list[str]:
    return [unit.unit for unit in table.units]


async def type_text(pilot, text: str) -> None:
    for char in text:
        await pilot.press(char if char != " " else "space")


def test_fold():
    assert fold("Café ÅSKOLEN") == fold("cafe askolen")


async def test_list_filter_sort_problems(folder, make_app, screen_text):
    app = review_app(make_app, folder)
    async with app.run_test(size=SIZE) as pilot:
        table = await loaded(pilot)
        text = screen_text(app)
        assert "6 af 6 sessioner" in text
        assert "2 ulæselige filer (p)" in text
        assert "[bold]Æble[/] 🙂 " in text  # literal, not markup (cut to fit the column)
        # Overdue actions counted under the column's word.
        assert "For sent" in text
        assert [line.rstrip()[-1] for line in text.splitlines() if "[bold]Æble" in line][0] == "2"
        assert "sorteret: enhed" in text
        assert max(len(line) for line in text.splitlines()) <= 80
        # Sorted by unit at first, case and accents folded.
        assert units(table) == sorted(units(table), key=fold)
        # Filter by typing (the field has focus), case and accents ignored.
        assert isinstance(app.focused, Input)
        await type_text(pilot, "hjemme")
        assert units(table) == ["Hjemmeplejen Nord", "Hjemmeplejen Syd"]
        assert "2 af 6 sessioner" in screen_text(app)
        await pilot.press("ctrl+u")
        await type_text(pilot, "CAFE")
        assert units(table) == ["Café Solsikken"]
        await pilot.press("ctrl+u")
        # Down to the list; s cycles the sort: date, newest first.
        await pilot.press("down", "s")
        assert "sorteret: dato (nyeste først)" in screen_text(app)
        created = [unit.created for unit in table.units]
        assert created == sorted(created, reverse=True)
        await pilot.press("s", "s", "s")
        assert "sorteret: overskredne (flest først)" in screen_text(app)
        assert table.units[0].unit == HOSTILE
        await pilot.press("S")
        assert table.units[-1].unit == HOSTILE
        # A letter typed on the list goes to the filter.
        await pilot.press("n", "o", "r")
        assert isinstance(app.focused, Input) and app.focused.value == "nor"
        assert units(table) == ["Hjemmeplejen Nord"]
        await pilot.press("ctrl+u", "down")
        table.move_cursor(row=table.row_count - 1)
        assert "sorteret: overskredne (færrest først)" in screen_text(app)
        # The hostile one opens with its name shown literally.
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewSessionScreen)
        assert f"{HOSTILE_SHOWN}  Oprettet 3. nov. 2025" in screen_text(app)
        await pilot.press("escape")
        # The problems, with their reasons.
        await pilot.press("p")
        assert isinstance(app.screen, ReviewProblems)
        text = screen_text(app)
        assert "broken.toml" in text and "future.toml" in text
        assert "99" in text  # the newer schema named
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_open_read_only_and_back_keeps_filter(folder, make_app, screen_text, monkeypatch, tmp_path):
    path = folder / "rounds.toml"
    before = path.read_bytes()
    app = review_app(make_app, folder)
    async with app.run_test(size=SIZE) as pilot:
        table = await loaded(pilot)
        await type_text(pilot, "bibl")
        assert units(table) == ["Biblioteket"]
        await pilot.press("enter", "enter")
        assert isinstance(app.screen, ReviewSessionScreen)
        assert app.screen.path == path
        assert app.store.handle is None  # nothing opened, nothing locked
        assert not list(folder.glob("*.lock")) and not list(folder.glob(".*lock*"))
        full = ""
        for _ in range(8):
            full += screen_text(app) + "\n"
            await pilot.press("pagedown")
        assert "Gennemsyn · skrivebeskyttet · rounds.toml" in full
        assert "Runde 1" in full and "3 deltagere" in full
        assert "1 af 2 handlinger gennemgået" in full and "måling 2 tilføjet" in full
        assert "1. jun. 2025  Workshop: start på forløbet" in full
        assert "Temaer på tværs af målinger" in full
        assert "1 · 1. jun. 2025" in full and "2 · 1. sep. 2025" in full  # one column per measurement
        assert "70,5 ·  grøn" in full  # the second measurement, its colour in words
        assert "a1 Handling 1 [gennemført]" in full
        # Export the minutes next to the session.
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        minutes = folder / "rounds.md"
        assert minutes.exists() and "Biblioteket" in minutes.read_text(encoding="utf-8")
        assert "Handling 1" in (folder / "rounds.csv").read_text(encoding="utf-8-sig")  # and the table
        # Back: the filter and the row are kept.
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.query_one("#review-filter", Input).value == "bibl"
        assert units(app.screen.query_one(ReviewTable)) == ["Biblioteket"]
    assert path.read_bytes() == before


async def test_export_elsewhere_when_folder_not_writable(folder, make_app, monkeypatch, tmp_path, screen_text):
    import kompas_tui.screens.review_session as module

    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setattr(module.os, "access", lambda *args, **kwargs: False)
    app = review_app(make_app, folder)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await type_text(pilot, "nord")
        await pilot.press("enter", "enter")
        text = screen_text(app)
        assert "Hjemmeplejen Nord  Oprettet 15. sep. 2026" in text
        assert "a1 Handling 1 [ikke startet]  OVERSKREDET" in text  # overdue in words
        assert "Næste opfølgning: 5. jan. 2027" in text
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert all((here / f"nord.{suffix}").exists() for suffix in ("md", "html", "csv"))
    assert not any((folder / f"nord.{suffix}").exists() for suffix in ("md", "html", "csv"))


@pytest.mark.parametrize("lang", ["da", "en"])
async def test_export_asks_before_overwriting_and_writes_every_file(folder, make_app, screen_text, lang):
    from kompas_tui.screens.confirm_overwrite import ConfirmOverwrite

    minutes, page, table = folder / "rounds.md", folder / "rounds.html", folder / "rounds.csv"
    minutes.write_text("Mine egne noter [bold]x[/]\n", encoding="utf-8")  # edited by hand; no CSV yet
    app = review_app(make_app, folder, lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        await type_text(pilot, "bibl")
        await pilot.press("enter", "enter")
        session_screen = app.screen
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        text = screen_text(app)
        assert "rounds.md" in text and "rounds.csv" not in text and "rounds.html" not in text  # the one replaced
        footer = app.screen.query_one(KompasFooter)
        if lang == "da":
            assert "findes allerede" in text and "Ja, overskriv" in text and "Nej, behold" in text
        else:
            assert "already in" in text and "Yes, overwrite" in text and "No, keep them" in text
        assert footer.display
        # Typing is not a command: other letters do nothing, the dialog stays.
        for key in ("x", "e", "o", "q", "s"):
            await pilot.press(key)
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is session_screen
        assert minutes.read_text(encoding="utf-8") == "Mine egne noter [bold]x[/]\n"
        assert not table.exists() and not page.exists()
        said = lambda: " ".join(str(n.message) for n in app._notifications)  # noqa: E731
        assert ("filerne er som før" if lang == "da" else "as they were") in said()
        # Again, and overwrite: every file is written, the minutes fresh.
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("j" if lang == "da" else "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is session_screen
        assert "Mine egne noter" not in minutes.read_text(encoding="utf-8")
        assert "Biblioteket" in minutes.read_text(encoding="utf-8")
        assert "Handling 1" in table.read_text(encoding="utf-8-sig")
        assert "<h1>" in page.read_text(encoding="utf-8") and "Biblioteket" in page.read_text(encoding="utf-8")
        names = "rounds.md, rounds.html og rounds.csv" if lang == "da" else "rounds.md, rounds.html and rounds.csv"
        assert names in said()
        # A third time all exist, and all are named; Escape keeps them.
        before = (minutes.read_bytes(), page.read_bytes(), table.read_bytes())
        await pilot.press("e")
        await pilot.pause()
        text = screen_text(app)
        assert "rounds.md" in text and "rounds.html" in text and "rounds.csv" in text
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        after = (minutes.read_bytes(), page.read_bytes(), table.read_bytes())
        assert app.screen is session_screen and after == before


async def test_english(folder, make_app, screen_text):
    app = review_app(make_app, folder, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        text = screen_text(app)
        assert "6 of 6 sessions" in text and "2 unreadable files (p)" in text
        assert "sorted: unit" in text
        assert "Unit" in text and "Overdue" in text
        await type_text(pilot, "bibl")
        await pilot.press("enter", "enter")
        full = ""
        for _ in range(8):
            full += screen_text(app) + "\n"
            await pilot.press("pagedown")
        assert "Review · read-only · rounds.toml" in full
        assert "Round 1" in full and "Timeline (newest first)" in full
        assert "Themes across measurements" in full


async def test_start_screen_key_opens_review(folder, make_app, screen_text):
    app = make_app(sessions_dir=folder, today=TODAY)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("g")
        assert isinstance(app.screen, ReviewScreen)
        await loaded(pilot)
        assert "6 af 6 sessioner" in screen_text(app)
        # Escape from the field goes to the list, then back to the start screen.
        await pilot.press("escape", "escape")
        assert not isinstance(app.screen, ReviewScreen)


def test_sort_units_ties_by_unit(folder, profile):
    from kompas_tui.storage.folder_scan import scan_folder

    scan = scan_folder(folder, profile)
    ordered = sort_units(scan.units, "colour", TODAY)
    ranks = [{"red": 0, "yellow": 1, "green": 2, None: 3}[u.colour] for u in ordered]
    assert ranks == sorted(ranks)


async def test_a_long_list_pages_and_keeps_the_cursor_in_view(folder, make_app, screen_text):
    """Only the lines on screen are drawn: paging, End and Home move the
    cursor and the view together; the full name of the row is under the list."""
    import dataclasses

    from kompas_tui.widgets.review_table import search_text

    app = review_app(make_app, folder)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        many = [
            dataclasses.replace(unit, path=f"{unit.path}.{n:03d}", unit=f"{unit.unit} {n:03d}")
            for n in range(50)
            for unit in screen.scan.units
        ]
        screen.scan.units = many
        screen._haystacks = [search_text(unit) for unit in many]
        screen._names = {unit.path: fold(unit.unit) for unit in many}
        screen._fill()
        await pilot.pause()
        assert "300 af 300 sessioner" in screen_text(app)
        table = screen.query_one(ReviewTable)
        await pilot.press("down", "pagedown", "pagedown")
        assert table.cursor_row > 20
        await pilot.press("end")
        assert table.cursor_row == 299
        last = table.current.unit
        text = screen_text(app)
        footer = len(screen.query_one(KompasFooter).lines())
        assert safe(last) in text.splitlines()[-footer - 1]  # the full name under the list, above the keys
        await pilot.press("home")
        assert table.cursor_row == 0
        assert safe(table.current.unit)[:10] in screen_text(app)


def safe(text: str) -> str:
    from kompas_tui.text import safe_text

    return safe_text(text)
