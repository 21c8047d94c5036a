"""`kompas log SESSION.toml`: a session's history in words, newest first,
in Danish and English, as text and JSON; a version read back; hostile text
shown, never obeyed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from history_repos import add, git, isolated_git_home, kept, needs_git, new_unit, set_status  # noqa: F401
from kompas_tui.cli import main
from kompas_tui.storage.history import checkpoint, version_of
from kompas_tui.storage.history_log import history_log

pytestmark = needs_git

HOSTILE = "[/] [bold]x[/bold] \x1b[31mrød \x1b]0;title\x07 🙂 æøå"




@pytest.fixture
def year(kept: Path) -> Path:
    """A session through three checkpoints: the workshop's plan, an action
    done, a new one."""
    handle = new_unit(kept)
    add(handle, "Mette", dt.date(2027, 1, 15))
    checkpoint(handle.path, "quit")
    add(handle, "Ole")
    set_status(handle, "a1", "done")
    checkpoint(handle.path, "round_closed")
    add(handle, HOSTILE, what=HOSTILE)
    checkpoint(handle.path, "export")
    handle.close()
    return handle.path


def log(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["log", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_log_in_danish(capsys, year):
    code, out, err = log(capsys, str(year))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Historik for {year.name}: 3 versioner, nyeste først"
    assert lines[2].endswith("Mette Hansen: Handleplan: a1 gennemført; a2 tilføjet (Ole)")
    assert lines[3].endswith(
        "Mette Hansen: Session: første version i historikken (Hjemmeplejen Nord); 1 handling"
    )
    assert len(lines) == 4


def test_the_log_in_english(capsys, year):
    code, out, _ = log(capsys, str(year), "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"History of {year.name}: 3 versions, newest first"
    assert lines[2].endswith("Mette Hansen: Action plan: a1 done; a2 added (Ole)")
    assert "first version in the history (Hjemmeplejen Nord); 1 action" in lines[3]


def test_hostile_text_is_shown_not_obeyed(capsys, year):
    _, out, _ = log(capsys, str(year))
    newest = out.splitlines()[1]
    assert "\x1b" not in out and "\x07" not in out
    # The name as typed, cut to 40 characters, every escape made visible.
    assert newest.endswith("Mette Hansen: Handleplan: a3 tilføjet ([/] [bold]x[/bold] ␛[31mrød ␛]0;title␇ …)")


def test_json_for_scripts(capsys, year):
    code, out, _ = log(capsys, str(year), "--format", "json", "--lang", "en")
    assert code == 0
    data = json.loads(out)
    assert data["session"] == str(year)
    history = data["history"]
    assert [entry["checkpoint"] for entry in history] == ["export", "round_closed", "quit"]
    assert history[1]["changes"] == "Action plan: a1 done; a2 added (Ole)"
    assert history[1]["sections"] == [{"part": "Action plan", "changes": ["a1 done", "a2 added (Ole)"]}]
    assert all(entry["author"] == "Mette Hansen" for entry in history)
    assert dt.datetime.fromisoformat(history[0]["date"]).tzinfo is not None
    assert "\x1b" not in out  # escapes as \u001b in JSON, never raw


def test_a_version_reads_back_as_it_was(year):
    entries = history_log(year)
    first = version_of(year, entries[-1].blob)
    assert [a.id for a in first.plan.actions] == ["a1"]
    assert first.plan.actions[0].status == "not_started"


def test_a_folder_without_history_says_so(capsys, sessions_dir):
    handle = new_unit(sessions_dir)
    handle.close()
    code, out, err = log(capsys, str(handle.path))
    assert code == 1 and out == ""
    assert "mappen har ingen historik" in err and handle.path.name in err


def test_a_session_not_yet_committed(capsys, kept):
    handle = new_unit(kept)
    handle.close()
    code, out, _ = log(capsys, str(handle.path), "--lang", "en")
    assert code == 0
    assert out == f"{handle.path.name}: no versions in the history yet (the first is kept when the session is closed)\n"


def test_a_version_that_does_not_read_is_listed_with_its_reason(capsys, kept):
    handle = new_unit(kept)
    checkpoint(handle.path, "quit")
    handle.close()
    handle.path.write_text("schema_version = 3\nunit = \n", encoding="utf-8")
    git(kept, "-c", "user.email=m@x", "commit", "-q", "-am", "hand edit", "--author", "Ole <ole@x>")
    code, out, _ = log(capsys, str(handle.path))
    assert code == 0
    assert "Ole: denne version kan ikke læses: " in out.splitlines()[1]


def test_a_hostile_version_in_the_history_costs_one_line(capsys, kept):
    handle = new_unit(kept)
    checkpoint(handle.path, "quit")
    handle.close()
    text = handle.path.read_text(encoding="utf-8")
    handle.path.write_text("x" + ".y" * 20000 + " = 1\n" + text, encoding="utf-8")
    git(kept, "-c", "user.email=m@x", "commit", "-q", "-am", "planted", "--author", "Ole <ole@x>")
    code, out, _ = log(capsys, str(handle.path))
    assert code == 0
    line = out.splitlines()[1]
    assert "Ole: denne version kan ikke læses: " in line and len(line) < 400
