"""Overblik (`kompas overview`): HR's view of every unit in a folder, at
80x24 with Pilot. A folder with subfolders and eight sessions (colours,
tracks, complete and incomplete plans, overdue actions, zero tolerance
answered and not, a hostile unit name), a corrupt file, a lock file and a
backup."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain.plan import Action, Goal, Plan, ZeroToleranceRecord
from kompas_tui.domain.report import Report, report_adapter
from kompas_tui.domain.session import Session
from kompas_tui.domain.voting import Voting
from kompas_tui.storage.session_file import save_session
from kompas_tui.widgets import overview_parts as parts

TODAY = dt.date(2026, 11, 26)
SIZE = (80, 24)
HOSTILE = "[bold]Æble[/] 🙂 \x1b[31m"


def _report(shift: float, incidents: bool, few: bool = False) -> Report:
    data = asdict(demo_report())
    for theme in data["themes"]:
        if few:  # too few answers: every theme hidden, no colour
            theme["n"] = 3
        for question in theme["questions"]:
            if few:
                question["n"] = 3
            if question.get("mean") is not None:
                question["mean"] = max(1.0, min(5.0, question["mean"] + shift))
            if question.get("kind") == "incident" and not incidents:
                question["count_yes"] = 0
    return report_adapter().validate_python(data)


def _session(
    unit: str,
    shift: float,
    *,
    incidents: bool = False,
    complete: bool = False,
    overdue: int = 0,
    answered: bool = False,
    rounds: int = 0,
    few: bool = False,
) -> Session:
    """A session on the demo report moved by `shift` (green at +0.8, yellow
    at 0, red at -1). `complete`: a plan with nothing missing (no chosen
    themes, one action per kind, a follow-up date); `overdue` actions past
    their deadline; `answered`: the zero-tolerance point recorded."""
    session = Session.start(_report(shift, incidents, few), language="da", unit=unit)
    session.created = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone.utc)
    actions = [
        Action(id=f"H{n}", theme="Samarbejde med kolleger", what=f"Gammel aftale {n}", owner="Mette",
               follow_up="Jonas", deadline=TODAY - dt.timedelta(days=10 + n))
        for n in range(1, overdue + 1)
    ]
    actions.append(Action(id="H9", theme="Samarbejde med kolleger", what="Fælles morgenmøde", owner="Ole",
                          follow_up="Jonas", deadline=TODAY + dt.timedelta(days=30)))
    if not complete:
        actions.append(Action(id="H10", theme="Samarbejde med kolleger", what="", owner=""))
    session.voting = Voting(chosen=["Samarbejde med kolleger"])
    session.plan = Plan(
        goals=[Goal(theme="Samarbejde med kolleger", target="Vi hjælper hinanden")],
        actions=actions,
        zero_tolerance=ZeroToleranceRecord(text="Efter politikken", recorded=TODAY) if answered
        else ZeroToleranceRecord(),
        next_follow_up=TODAY + dt.timedelta(days=60),
        follow_up_by="Mette",
    )
    if rounds:
        from kompas_tui.domain.evaluation import start_round

        for _ in range(rounds):
            for name, value in start_round(session, TODAY).items():
                setattr(session, name, value)
    return session


UNITS = [
    # path, unit, shift, options
    ("nord/hjemmeplejen.toml", "Hjemmeplejen Nord", 0.8, {"complete": True}),
    ("nord/koekkenet.toml", "Køkkenet", 0.8, {"overdue": 2}),
    ("syd/boernehuset.toml", "Børnehuset Solsikken", 0.0, {"complete": True, "incidents": True, "answered": True}),
    ("syd/skolen.toml", "Skolen ved Søen", 0.0, {"incidents": True, "overdue": 1}),
    ("syd/dybt/tandplejen.toml", "Tandplejen", -1.0, {"incidents": True}),
    ("hr.toml", "HR og Løn", -1.0, {"complete": True, "overdue": 3, "rounds": 1}),
    ("borgerservice.toml", "Borgerservice", 0.0, {"complete": True, "few": True, "answered": True}),
    ("hostile.toml", HOSTILE, -1.0, {"incidents": True, "answered": True}),
]
#: Last year's session of Køkkenet (red then): history, not counted.
OLDER = ("nord/koekkenet-2025.toml", "Køkkenet", -1.0, {"incidents": True})


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    top = tmp_path / "org"
    for relative, unit, shift, options in UNITS:
        path = top / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        save_session(_session(unit, shift, **options), path, backup=False)
    relative, unit, shift, options = OLDER
    older = _session(unit, shift, **options)
    older.created = dt.datetime(2025, 11, 1, 9, 0, tzinfo=dt.timezone.utc)
    older.measurements[0].measurement = "Trivsels- og APV-måling 2025"
    save_session(older, top / relative, backup=False)
    (top / "syd" / "broken.toml").write_text("schema_version = 1\nunit = [\n", encoding="utf-8")
    (top / "nord" / "hjemmeplejen.toml.lock").write_text("", encoding="utf-8")
    (top / "hr.toml.bak").write_bytes((top / "hr.toml").read_bytes())
    return top


def _text(app: Any) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips)


async def _loaded(app: Any, pilot: Any) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _app(folder: Path, lang: str = "da", start_on: str | None = "overview") -> Any:
    from kompas_tui.app import KompasApp
    from kompas_tui.domain.profile import OrgProfile

    return KompasApp(None, sessions_dir=folder, profile=OrgProfile(), lang=lang, today=TODAY, start_on=start_on)


def _shown_units(app: Any) -> list[str]:
    from kompas_tui.widgets.overview_table import OverviewTable

    return [row.status.unit for row in app.screen.query_one(OverviewTable).shown]


# -- the parts, without a terminal ------------------------------------------------


def test_rows_views_and_sorts(folder: Path, profile) -> None:
    from kompas_tui.storage.folder_scan import scan_folder

    scan = scan_folder(folder, profile)
    assert len(scan.units) == 9 and len(scan.problems) == 1
    rows = parts.current(parts.rows(scan.units, folder, TODAY), history=False)
    assert len(rows) == 8
    by_unit = {r.status.unit: r for r in rows}
    assert by_unit["Tandplejen"].folder == "syd/dybt"
    assert by_unit["HR og Løn"].folder == ""
    counts = parts.view_counts(rows)
    assert counts == {"all": 8, "january": 6, "incomplete": 4, "overdue": 3, "unanswered": 2}
    assert {r.status.unit for r in rows if parts.in_view(r, "unanswered")} == {"Skolen ved Søen", "Tandplejen"}
    assert [r.status.unit for r in parts.select(rows, "overdue", "", "overdue")] == [
        "HR og Løn", "Køkkenet", "Skolen ved Søen",
    ]
    assert [r.status.unit for r in parts.select(rows, "all", "SØEN", "unit")] == ["Skolen ved Søen"]
    assert [r.status.colour for r in parts.select(rows, "all", "", "colour")][:3] == ["red"] * 3


# -- the screen ----------------------------------------------------------------------


async def test_totals_table_and_problems_on_screen(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        text = _text(app)
        assert "8 enheder" in text
        assert "grøn 2" in text and "gul 2" in text and "rød 3" in text and "ukendt 1" in text
        assert "lokalt 2" in text and "med afdelingschef 3" in text and "med afdelingschef og HR 3" in text
        assert "j januar-listen 6" in text
        assert "1 fil kunne ikke læses — tryk p" in text
        assert "Viser alle 8 enheder" in text
        assert "1 session, der ikke tæller, skjult (h)" in " ".join(text.split())  # the line wraps
        # The table: headers and words, not only colours.
        assert "Enhed" in text and "Farve" in text and "Nultol." in text
        assert "IKKE BESVARET" in text and "besvaret" in text and "jan. 2027" in text and "nej (" in text
        # The hostile name is shown literally.
        assert "[bold]Æble[/] 🙂" in text and "␛[31m" in text and "\x1b" not in text
        # Every line fits 80 columns.
        assert all(len(line) <= 80 for line in text.splitlines())
        # Problems with their reason, behind p.
        await pilot.press("p")
        await pilot.pause()
        text = _text(app)
        assert "syd/broken.toml" in text
        assert "lock" not in text and ".bak" not in text
        await pilot.press("escape")
        await pilot.pause()
        assert "Overblik" in _text(app)


@pytest.mark.parametrize(
    ("key", "expected", "words"),
    [
        ("j", 6, "kun januar-listen"),
        ("u", 4, "kun planer, der ikke er færdige"),
        ("o", 3, "kun enheder med handlinger for sent"),
        ("n", 2, "kun nultolerance ikke besvaret"),
    ],
)
async def test_each_view_key_narrows(folder: Path, key: str, expected: int, words: str) -> None:
    app = _app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        shown = app.screen.query_one("#overview-table").shown
        assert len(shown) == expected
        assert all(parts.in_view(row, app.screen.view) for row in shown)
        text = _text(app)
        assert f"Viser {expected} af 8: {words}" in text
        await pilot.press("a")
        await pilot.pause()
        assert len(_shown_units(app)) == 8


async def test_search_and_sort(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        await pilot.press("slash", *"søen")
        await pilot.pause()
        assert _shown_units(app) == ["Skolen ved Søen"]
        assert "navn med “søen”" in _text(app)
        await pilot.press("enter")  # back to the list, the search stays
        await pilot.pause()
        assert _shown_units(app) == ["Skolen ved Søen"]
        await pilot.press("escape")  # clears the search
        await pilot.pause()
        assert len(_shown_units(app)) == 8
        await pilot.press("s")
        await pilot.pause()
        assert "sorteret efter farve (rød først)" in _text(app)
        assert [r.status.colour for r in app.screen.query_one("#overview-table").shown][:3] == ["red"] * 3
        await pilot.press("s")
        await pilot.pause()
        assert _shown_units(app)[0] == "HR og Løn"  # most overdue first


async def test_older_sessions_behind_h(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        await pilot.press("slash", *"køkken", "enter")
        await pilot.pause()
        assert _shown_units(app) == ["Køkkenet"]
        await pilot.press("h")
        await pilot.pause()
        assert _shown_units(app) == ["Køkkenet", "Køkkenet"]
        text = _text(app)
        assert "9 enheder" in text and "(tæller ikke)" in text
        assert "med sessioner, der ikke tæller" in " ".join(text.split())  # the line wraps
        # The one under the cursor says the unit has two sessions, and this one counts.
        assert "2 sessioner: denne tæller" in text


async def test_drill_in_is_read_only(folder: Path) -> None:
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    app = _app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        await pilot.press("slash", *"Tandpl", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        from kompas_tui.screens.review_session import ReviewSessionScreen

        assert isinstance(app.screen, ReviewSessionScreen)
        assert "Tandplejen" in _text(app)
        assert app.store.session is None  # nothing opened for writing
        await pilot.press("escape")
        await pilot.pause()
        assert _shown_units(app) == ["Tandplejen"]
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before


async def test_english(folder: Path) -> None:
    app = _app(folder, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        text = _text(app)
        assert "8 units" in text and "green 2" in text and "unknown 1" in text
        assert "with department head and HR 3" in text
        assert "1 file could not be read — press p" in text
        assert "NOT ANSWERED" in text and "Jan 2027" in text
        await pilot.press("n")
        await pilot.pause()
        text = _text(app)
        assert "Showing 2 of 8: only zero tolerance not answered" in text
        assert "Skolen ved Søen" in text
        # The unit under the cursor in full on the detail line, with its subfolder.
        # (the table has the focus: down moves its cursor)
        for _ in range(2):
            if "Skolen ved Søen" in str(app.screen.query_one("#overview-detail").content):
                break
            await pilot.press("down")
        detail = str(app.screen.query_one("#overview-detail").content)
        assert "Skolen ved Søen  ·  syd/skolen.toml" in detail and "0 evaluation rounds" in detail


async def test_empty_folder(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(app, pilot)
        assert "Ingen kompas-sessioner" in _text(app)
        await pilot.press("j", "s", "enter", "p")
        await pilot.pause()
        assert "Alle filer kunne læses." in _text(app)


async def test_start_screen_key(folder: Path) -> None:
    from kompas_tui.screens.overview import OverviewScreen
    from kompas_tui.screens.start import StartScreen

    app = _app(folder, start_on=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("v")
        await _loaded(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert "8 enheder" in _text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
