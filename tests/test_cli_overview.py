"""`kompas overview DIR --format csv|json`: the Overblik table for HR's tools."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kompas_tui.cli import main
from kompas_tui.domain.plan import Action
from test_folder_scan import make_session, write

HOSTILE = "[/] [bold]x[/bold] \x1b[31mrød 🙂 æøå"
UNIT_KEYS = {
    "unit", "file", "measurement", "colour", "track", "remeasure", "plan_complete", "missing", "actions_done",
    "actions_total", "next_follow_up", "overdue", "zero_tolerance", "zero_tolerance_answered", "rounds",
    "last_round", "holder", "latest", "overall", "created", "updated", "round_open", "open_actions",
    "sessions", "follow_up_by", "follow_up_overdue", "remeasure_overdue",
}


@pytest.fixture
def org(tmp_path: Path) -> Path:
    folder = tmp_path / "org"
    write(folder / "nord.toml", make_session("Hjemmeplejen Nord", [
        Action(id="a1", theme="T", what="Før", owner="Ali", deadline=dt.date(2027, 3, 1)),
        Action(id="a2", theme="T", what="Senere", owner="Ali", deadline=dt.date(2027, 6, 1)),
        Action(id="a3", theme="T", what="Gjort", owner="Ali", deadline=dt.date(2027, 1, 1), status="done"),
    ]))
    write(folder / "aeldre" / "syd.toml", make_session("=HYPERLINK(\"x\")", [
        Action(id="b1", theme="T", what=HOSTILE, owner=HOSTILE, deadline=dt.date(2027, 2, 1)),
    ]))
    (folder / "oedelagt.toml").write_text("unit = [\n")
    (folder / "nord.toml.lock").write_text('{"user": "anna", "host": "server-7", "pid": 12, "since": null}\n')
    return folder


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["overview", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_keys(org: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(org), "--date", "2027-03-10")
    assert set(data) == {"folder", "date", "units", "problems", "totals", "remeasure"}
    assert data["folder"] == str(org) and data["date"] == "2027-03-10"
    assert [u["file"] for u in data["units"]] == ["aeldre/syd.toml", "nord.toml"]
    for unit in data["units"]:
        assert set(unit) == UNIT_KEYS
    syd, nord = data["units"]
    assert nord["unit"] == "Hjemmeplejen Nord"
    assert (nord["actions_done"], nord["actions_total"], nord["overdue"]) == (1, 3, 1)
    assert nord["holder"] is not None and "server-7" in nord["holder"]
    assert syd["open_actions"][0]["what"] == HOSTILE and syd["holder"] is None
    assert nord["colour"] in ("green", "yellow", "red", None)
    assert data["problems"] == [{"path": "oedelagt.toml", "reason": data["problems"][0]["reason"]}]
    assert data["totals"]["units"] == data["totals"]["files"] == 2
    assert sum(data["totals"]["colour"].values()) == 2 and set(data["totals"]["colour"]) == {
        "green", "yellow", "red", "none"}
    assert set(data["totals"]["track"]) == {"local", "department_head", "department_head_and_hr"}
    assert sum(data["totals"]["track"].values()) == 2
    on_list = {u["file"] for u in data["units"] if u["remeasure"]}
    assert {r["file"] for r in data["remeasure"]} == on_list
    for entry in data["remeasure"]:
        assert set(entry) == {"unit", "file", "remeasure"}


def test_the_date_decides_what_is_overdue(org: Path, capsys: pytest.CaptureFixture[str]) -> None:
    early = run_json(capsys, str(org), "--date", "2027-01-15")
    late = run_json(capsys, str(org), "--date", "2027-07-01")
    assert [u["overdue"] for u in early["units"]] == [0, 0]
    assert [u["overdue"] for u in late["units"]] == [1, 2]


def test_json_escapes_terminal_controls(org: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(org), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\u001b[31m" in out


def test_csv_for_danish_excel(org: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["overview", str(org), "--format", "csv", "--date", "2027-03-10"]) == 0
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"\xef\xbb\xbf") and b"\r\n" in out
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:5] == ["Enhed", "Fil", "Måling", "Farve", "Spor"]
    assert len(rows) == 3 and all(len(r) == len(rows[0]) for r in rows)
    syd, nord = rows[1], rows[2]
    assert syd[0] == "'=HYPERLINK(\"x\")"  # formula defused
    assert nord[0] == "Hjemmeplejen Nord" and nord[1] == "nord.toml"
    assert nord[3] in ("grøn", "gul", "rød", "ingen farve")
    assert nord[rows[0].index("Overskredne")] == "1"
    assert nord[rows[0].index("Plan færdig")] in ("ja", "nej")
    assert "server-7" in nord[rows[0].index("Åben hos")]
    # The problem is a warning on stderr, not a row.
    assert err.decode().splitlines() == [line for line in err.decode().splitlines() if "oedelagt.toml" in line]
    assert len(err.decode().splitlines()) == 1 and err.decode().startswith("advarsel: oedelagt.toml: ")


def test_csv_in_english(org: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["--lang", "en", "overview", str(org), "--format", "csv"]) == 0
    out, err = capsysbinary.readouterr()
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:4] == ["Unit", "File", "Measurement", "Colour"]
    assert rows[2][3] in ("green", "yellow", "red", "no colour")
    assert err.decode().startswith("warning: oedelagt.toml: ")
    assert "\x1b" not in out.decode()


def test_a_missing_folder_exits_1_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "findes-ikke"
    assert main(["overview", str(missing), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and str(missing) in err and "findes ikke" in err
    file = tmp_path / "fil.txt"
    file.write_text("x")
    assert main(["--lang", "en", "overview", str(file), "--format", "csv"]) == 1
    assert "is not a folder" in capsys.readouterr().err


def test_an_empty_folder_is_an_empty_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(tmp_path))
    assert data["units"] == [] and data["problems"] == [] and data["totals"]["units"] == 0


def test_totals_and_the_january_list_count_each_units_latest_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for year in (2025, 2026):
        session = make_session("Nord")
        session.created = session.created.replace(year=year)
        session.measurements[0].measurement = f"Trivselsmåling {year}"
        write(tmp_path / f"nord-{year}.toml", session)
    write(tmp_path / "andet" / "nord.toml", make_session("Nord"))  # another folder: another unit
    data = run_json(capsys, str(tmp_path))
    latest = {u["file"]: u["latest"] for u in data["units"]}
    assert latest == {"andet/nord.toml": True, "nord-2025.toml": False, "nord-2026.toml": True}
    assert (data["totals"]["units"], data["totals"]["files"]) == (2, 3)
    assert sum(data["totals"]["colour"].values()) == 2
    assert "nord-2025.toml" not in {r["file"] for r in data["remeasure"]}


def test_the_folders_profile_is_used(org: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (org / "kompas.toml").write_text("green_min = 1.0\nred_below = 0.5\n")
    data = run_json(capsys, str(org))
    assert {u["colour"] for u in data["units"]} == {"green"}
    assert data["problems"] == [{"path": "oedelagt.toml", "reason": data["problems"][0]["reason"]}]


def test_a_passed_follow_up_and_a_missing_january_measurement_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo report asks for a January re-measurement; past January
    without a later measurement in the session, it is missing. The plan's
    follow-up date passed, and who follows it up is named."""
    session = make_session("Nord")
    session.created = dt.datetime(2026, 11, 26, 9, 0).astimezone()
    session.plan.next_follow_up = dt.date(2027, 2, 3)
    session.plan.follow_up_by = "Mette"
    write(tmp_path / "nord.toml", session)
    january = run_json(capsys, str(tmp_path), "--date", "2027-01-31")["units"][0]
    assert january["remeasure"] == "2027-01" and not january["remeasure_overdue"]
    assert not january["follow_up_overdue"] and january["follow_up_by"] == "Mette"
    february = run_json(capsys, str(tmp_path), "--date", "2027-02-04")["units"][0]
    assert february["remeasure_overdue"] and february["follow_up_overdue"] and february["sessions"] == 1
    assert main(["overview", str(tmp_path), "--format", "csv", "--date", "2027-02-04"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"), newline=""), delimiter=";"))
    header, row = rows
    assert header[-4:] == ["Følger op", "Opfølgning overskredet", "Genmåling mangler", "Sessioner for enheden"]
    assert row[-4:] == ["Mette", "ja", "ja", "1"]
