"""`kompas due`: deadlines as plain text, grouped by unit and owner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rich.cells import cell_len

from kompas_tui.cli import main
from kompas_tui.cli_overview import wrap
from kompas_tui.domain.plan import Action
from test_folder_scan import make_session, write

TODAY = dt.date(2027, 3, 10)
HOSTILE = "[/] [bold]x[/bold] \x1b[31mrød 🙂 æøå"


def action(
    id_: str, days: int, owner: str = "Ali", what: str = "", status: str = "not_started", follow_up: str = "Jonas"
) -> Action:
    return Action(id=id_, theme="T", what=what or f"Handling {id_}", owner=owner, follow_up=follow_up,
                  deadline=TODAY + dt.timedelta(days=days), status=status)


def due(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    code = main(["due", str(folder), "--date", TODAY.isoformat(), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path / "nord.toml", make_session("Nord", [
        action("a1", -1),  # yesterday: overdue
        action("a2", 0, owner="Bo"),  # today
        action("a3", 7, owner="", follow_up=""),  # today + 7: included by default
        action("a4", 8),  # today + 8: not
        action("a5", -30, status="done"),  # done: never listed
        action("a6", -5, status="dropped"),
    ]))
    write(tmp_path / "sub" / "syd.toml", make_session("Syd", [action("b1", 3, owner="Cille")]))
    return tmp_path


def test_overdue_first_then_due_soon_grouped_by_unit_and_owner(folder: Path, capsys) -> None:
    code, out, err = due(capsys, folder)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Frister pr. 10. mar. 2027, 7 dage frem (til og med 17. mar. 2027)"
    assert lines[1] == ""
    overdue = lines.index("OVERSKREDET (1)")
    soon = next(i for i, line in enumerate(lines) if line.startswith("FRIST TIL OG MED 17. mar. 2027"))
    assert overdue < soon
    assert lines[overdue + 1:overdue + 4] == [
        "  Nord",
        "    Ali",
        "      9. mar. 2027, 1 dag over: Handling a1 (opfølgning: Jonas) [a1 i nord.toml]",
    ]
    assert lines[soon + 1:] == [
        "  Nord",
        "    Bo",
        "      10. mar. 2027, i dag: Handling a2 (opfølgning: Jonas) [a2 i nord.toml]",
        "    (ingen ansvarlig)",
        "      17. mar. 2027, om 7 dage: Handling a3 (ingen opfølgningsansvarlig) [a3 i",
        "          nord.toml]",
        "  Syd",
        "    Cille",
        "      13. mar. 2027, om 3 dage: Handling b1 (opfølgning: Jonas) [b1 i",
        "          sub/syd.toml]",
    ]
    assert "a4" not in out and "a5" not in out and "a6" not in out


def test_days_zero_lists_only_today_and_the_overdue(folder: Path, capsys) -> None:
    code, out, _ = due(capsys, folder, "--days", "0")
    assert code == 1
    assert "a1" in out and "a2" in out and "a3" not in out and "b1" not in out
    assert "0 dage frem" in out


def test_days_bounds(folder: Path, capsys) -> None:
    assert "a4" in due(capsys, folder, "--days", "8")[1]
    _, out, _ = due(capsys, folder, "--days", "1")
    assert "1 dag frem" in out and "a2" in out and "b1" not in out


def test_only_due_soon_exits_0(tmp_path: Path, capsys) -> None:
    write(tmp_path / "s.toml", make_session("S", [action("a1", 2)]))
    code, out, _ = due(capsys, tmp_path)
    assert code == 0 and "OVERSKREDET" not in out and "om 2 dage" in out


def test_nothing_due_is_one_line_and_exit_0(tmp_path: Path, capsys) -> None:
    write(tmp_path / "s.toml", make_session("S", [action("a1", 30)]))
    code, out, err = due(capsys, tmp_path)
    assert code == 0 and err == ""
    assert out == "Intet overskredet pr. 10. mar. 2027 og intet med frist til og med 17. mar. 2027.\n"
    code = main(["--lang", "en", "due", str(tmp_path), "--date", "2027-03-28", "--days", "0"])
    out = capsys.readouterr().out
    assert code == 0 and out == "Nothing overdue as of 28 Mar 2027 and nothing due up to 28 Mar 2027 inclusive.\n"


def test_in_english(folder: Path, capsys) -> None:
    code = main(["--lang", "en", "due", str(folder), "--date", TODAY.isoformat(), "--days", "3"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("Deadlines as of 10 Mar 2027, 3 days ahead (up to and including 13 Mar 2027)\n")
    assert "OVERDUE (1)" in out
    assert "      9 Mar 2027, 1 day overdue: Handling a1 (follow-up: Jonas) [a1 in\n          nord.toml]" in out
    assert "      10 Mar 2027, today: Handling a2 (follow-up: Jonas) [a2 in nord.toml]" in out
    assert "      13 Mar 2027, in 3 days: Handling b1 (follow-up: Jonas) [b1 in\n          sub/syd.toml]" in out


def test_hostile_text_is_shown_literally_without_escape_codes(tmp_path: Path, capsys) -> None:
    write(tmp_path / "s.toml", make_session(HOSTILE, [action("a1", -2, owner=HOSTILE, what=HOSTILE * 3)]))
    code, out, _ = due(capsys, tmp_path)
    assert code == 1
    assert "\x1b" not in out
    assert "[/] [bold]x[/bold]" in out and "🙂" in out and "æøå" in out
    for line in out.splitlines():
        assert cell_len(line) <= 80, line


def test_long_lines_wrap_with_a_hanging_indent(tmp_path: Path, capsys) -> None:
    long = "Lav en plan for " + "meget " * 20 + "og " + "x" * 120
    write(tmp_path / "s.toml", make_session("S", [action("a1", -2, what=long)]))
    _, out, _ = due(capsys, tmp_path)
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("      8. mar. 2027"))
    assert lines[start + 1].startswith("          ") and all(cell_len(line) <= 80 for line in lines)
    assert "x" * 60 in out.replace("\n          ", "")


def test_wrap_counts_wide_characters() -> None:
    lines = wrap("🙂" * 50, "  ", "    ", width=20)
    assert all(cell_len(line) <= 20 for line in lines) and "".join(lines).count("🙂") == 50


def test_problems_are_warnings_on_stderr_and_do_not_change_the_exit_code(tmp_path: Path, capsys) -> None:
    write(tmp_path / "s.toml", make_session("S", [action("a1", 2)]))
    (tmp_path / "oedelagt.toml").write_text("unit = [\n")
    (tmp_path / "kompas.toml").write_text("green_min = [\n")  # a broken profile does not stop reminders
    code, out, err = due(capsys, tmp_path)
    assert code == 0 and "a1" in out
    assert err.splitlines() == [err.splitlines()[0]] and err.startswith("advarsel: oedelagt.toml: ")


def test_a_missing_folder_exits_1(tmp_path: Path, capsys) -> None:
    code, out, err = due(capsys, tmp_path / "findes-ikke")
    assert code == 1 and out == "" and "findes-ikke" in err


def test_bad_days_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["due", str(tmp_path), "--days", "-1"]) == 2
    assert main(["due", str(tmp_path), "--days", "x"]) == 2


def test_the_sessions_folder_is_the_default(tmp_path: Path, capsys, monkeypatch) -> None:
    write(tmp_path / "s.toml", make_session("S", [action("a1", -1)]))
    monkeypatch.setenv("KOMPAS_SESSIONS_DIR", str(tmp_path))
    assert main(["due", "--date", TODAY.isoformat()]) == 1
    assert "a1" in capsys.readouterr().out


def test_only_each_units_latest_session_counts(tmp_path: Path, capsys) -> None:
    """Last year's plan is history: its open actions are not reminded of
    once the unit has a newer session in the same folder."""
    old = make_session("Nord", [action("a1", -300, what="Sidste års handling")])
    old.created = dt.datetime(2026, 3, 1, 9, 0).astimezone()
    new = make_session("Nord", [action("a1", 2, what="Årets handling")])
    new.created = dt.datetime(2027, 3, 1, 9, 0).astimezone()
    new.measurements[0].measurement = "Trivselsmåling 2027"  # the next year's measurement
    write(tmp_path / "nord-2026.toml", old)
    write(tmp_path / "nord-2027.toml", new)
    code, out, _ = due(capsys, tmp_path)
    assert code == 0
    assert "Årets handling" in out and "Sidste års handling" not in out


def test_a_long_file_path_is_never_cut(tmp_path: Path, capsys) -> None:
    """A path too long for the line gets a line of its own, whole, so cron
    mail can be searched and the path pasted into `kompas open`."""
    deep = tmp_path / ("omraade-med-et-meget-langt-navn/" * 3)
    write(deep / "en-enhed-med-et-langt-filnavn-2026-10-28.toml", make_session("E", [action("a1", -1)]))
    _, out, _ = due(capsys, tmp_path)
    assert "en-enhed-med-et-langt-filnavn-2026-10-28.toml]" in out
    line = next(line for line in out.splitlines() if line.endswith("2026-10-28.toml]"))
    assert "omraade-med-et-meget-langt-navn/" * 3 in line


# --- who follows up, and which session counts (issue 11) ---------------------------


def test_a_plan_whose_next_follow_up_has_passed_is_overdue(tmp_path: Path, capsys) -> None:
    """Nothing overdue among the actions, but the plan's follow-up date has
    passed: listed first with who follows up, and exit 1."""
    late = make_session("Nord", [action("a1", 20)])
    late.plan.next_follow_up = TODAY - dt.timedelta(days=6)
    late.plan.follow_up_by = f"Mette {HOSTILE}"
    nobody = make_session("Syd", [action("b1", 20)])
    nobody.plan.next_follow_up = TODAY - dt.timedelta(days=1)
    on_time = make_session("Vest", [action("c1", 20)])
    on_time.plan.next_follow_up = TODAY  # today is not passed
    write(tmp_path / "nord.toml", late)
    write(tmp_path / "syd.toml", nobody)
    write(tmp_path / "vest.toml", on_time)
    code, out, _ = due(capsys, tmp_path)
    assert code == 1
    lines = out.splitlines()
    start = lines.index("OPFØLGNING PÅ PLANEN OVERSKREDET (2)")
    assert lines[start + 1] == "  Nord" and lines[start + 2].startswith("    Næste opfølgning 4. mar. 2027")
    section = " ".join(" ".join(lines[start + 1 :]).split())
    assert section == (
        "Nord Næste opfølgning 4. mar. 2027, 6 dage over; følges op af Mette [/] [bold]x[/bold] "
        "␛[31mrød 🙂 æøå [nord.toml] "
        "Syd Næste opfølgning 9. mar. 2027, 1 dag over; ingen følger op på planen [syd.toml]"
    )
    assert all(cell_len(line) <= 80 for line in lines)
    assert "Vest" not in out and "OVERSKREDET (" not in out.replace("OVERSKREDET (2)", "")
    code = main(["--lang", "en", "due", str(tmp_path), "--date", TODAY.isoformat()])
    english = capsys.readouterr().out
    assert "FOLLOW-UP OF THE PLAN OVERDUE (2)" in english and "nobody follows up the plan" in english


def test_an_empty_later_session_never_hides_the_units_plan(tmp_path: Path, capsys) -> None:
    """Someone opened the same report again by mistake (nothing entered):
    the real plan, with its overdue action, still counts."""
    real = make_session("Nord", [action("a1", -3, what="Den rigtige plan")])
    real.created = dt.datetime(2026, 11, 26, 9, 0).astimezone()
    empty = make_session("Nord", [])
    empty.plan.actions = []
    empty.created = dt.datetime(2027, 3, 1, 9, 0).astimezone()
    write(tmp_path / "nord-2026-11-26.toml", real)
    write(tmp_path / "nord-2027-03-01.toml", empty)  # saved last, created last
    code, out, _ = due(capsys, tmp_path)
    assert code == 1 and "Den rigtige plan" in out and "nord-2026-11-26.toml" in out
    # Nor does an empty session of a newer measurement: nothing entered never counts.
    empty.measurements[0].measurement = "Trivselsmåling 2027"
    write(tmp_path / "nord-2027-03-01.toml", empty)
    code, out, _ = due(capsys, tmp_path)
    assert code == 1 and "Den rigtige plan" in out


def test_of_one_measurements_sessions_the_one_with_the_most_entered_counts(tmp_path: Path, capsys) -> None:
    """A plan beats a session with only dialogue notes, whatever the dates;
    a newer measurement with something entered is the new cycle."""
    from kompas_tui.domain.dialog import Dialog, PromptNotes

    plan = make_session("Nord", [action("a1", -3, what="Planens handling")])
    plan.created = dt.datetime(2026, 11, 26, 9, 0).astimezone()
    notes = make_session("Nord", [])
    notes.plan.actions = []
    notes.dialog = Dialog(prompts=[PromptNotes(prompt="concerns", notes="Kun noter")])
    notes.created = dt.datetime(2027, 1, 10, 9, 0).astimezone()
    write(tmp_path / "a-plan.toml", plan)
    write(tmp_path / "b-noter.toml", notes)
    code, out, _ = due(capsys, tmp_path)
    assert code == 1 and "Planens handling" in out
    notes.measurements[0].measurement = "Genmåling januar 2027"
    write(tmp_path / "b-noter.toml", notes)
    code, out, _ = due(capsys, tmp_path)
    assert code == 0 and "Planens handling" not in out  # last cycle's plan is history now
