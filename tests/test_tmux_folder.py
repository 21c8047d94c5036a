"""HR's overview and the review list in a real terminal (tmux, 80x24): a
small organisation in subfolders with a corrupt file and a backup;
`kompas overview` shows the totals and narrows to the January list;
`kompas review` filters by typing, opens a session read-only (its file
untouched) and comes back to the filtered list.

Keys go one at a time with a small pause, as a person types.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain.plan import Action
from kompas_tui.domain.session import Session
from kompas_tui.storage.session_file import save_session
from tmux_terminal import Terminal, needs_tmux, process_alive, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]


def session(unit: str, shift: float, created: dt.date) -> Session:
    """The demo report moved up or down by `shift` on its own scale, so
    colours and tracks differ; one overdue action."""
    report = demo_report()
    for theme in report.themes:
        for question in theme.questions:
            if question.mean is not None:
                low, high = (0.0, 100.0) if question.scale == "0-100" else (1.0, float(question.scale[-1]))
                question.mean = min(high, max(low, question.mean + shift))
    made = Session.start(report, unit=unit)
    made.created = dt.datetime.combine(created, dt.time(9, 0)).astimezone()
    made.plan.actions = [Action(id="a1", theme="Nærmeste leder", what="Fast morgenmøde", owner="Mette",
                                deadline=dt.date(2026, 1, 15))]
    return made


@pytest.fixture
def organisation(tmp_path: Path) -> Path:
    root = tmp_path / "org"
    for folder, unit, shift in (("aeldre", "Hjemmeplejen Nord", -1.5), ("aeldre", "Plejecenter Lyng", 0.0),
                                ("skole", "Skolen ved Søen", 1.5)):
        (root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        save_session(session(unit, shift, dt.date(2026, 3, 1)), root / folder / f"{unit.split()[0].lower()}.toml")
    (root / "skole" / "ødelagt.toml").write_text("schema_version = 3\nunit = \n", encoding="utf-8")
    (root / "skole" / "skolen.toml.bak").write_text("not a session", encoding="utf-8")
    return root


def press(term: Terminal, *keys: str, pause: float = 0.25) -> None:
    for key in keys:
        term.press(key)
        time.sleep(pause)


def test_overview_totals_and_the_january_list(organisation: Path, terminals):
    term = terminals(["overview", str(organisation), "--date", "2026-11-26"])
    # The corrupt file is one problem; the .bak is not counted.
    term.wait_for("3 enheder", "1 fil kunne ikke læses")
    press(term, "j")
    term.wait_for("kun januar-listen", "Hjemmeplejen Nord")
    assert wait_until(lambda: "Skolen ved Søen" not in term.screen()), term.screen()
    press(term, "p")
    assert "ødelagt.toml" in term.wait_for("ødelagt.toml")


def test_review_filters_opens_read_only_and_comes_back(organisation: Path, terminals):
    target = organisation / "skole" / "skolen.toml"
    before = target.read_bytes()
    term = terminals(["review", str(organisation)])
    term.wait_for("3 af 3 sessioner")
    for key in "søen":
        press(term, key)
    term.wait_for("1 af 3 sessioner")
    press(term, "Down", "Enter")
    term.wait_for("skrivebeskyttet", "Skolen ved Søen")
    press(term, "Escape")
    # Back on the list (its title says Gennemsyn too; the count is the list's).
    assert "skrivebeskyttet" not in term.wait_for("1 af 3 sessioner")
    pid = term.pane_pid()
    press(term, "C-q")
    assert wait_until(lambda: not process_alive(pid)), "kompas did not quit"
    assert target.read_bytes() == before
    assert not list(organisation.rglob("*.lock"))
