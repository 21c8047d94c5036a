"""Checkpoints (docs/history.md): in a sessions folder that is a git work
tree, the session file, and only it, is committed with the user as author
and what changed in words; unchanged or only navigated sessions make no
commit; a failing commit never touches the saved file and is reported once.
Real repositories in temporary folders."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from history_repos import (  # noqa: F401  (isolated_git_home is an autouse fixture)
    add,
    break_git_writes,
    committed_files,
    git,
    isolated_git_home,
    needs_git,
    new_unit,
    reopen,
    set_status,
    subjects,
)
from kompas_tui.checkpoints import Checkpoints
from kompas_tui.storage.history import HistoryError, checkpoint, history_repo
from kompas_tui.storage.session_file import load_session
from pilot_tools import PATIENCE

pytestmark = needs_git


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    git(folder, "init", "-q", "-b", "main")
    return folder


def test_a_folder_without_git_gets_no_commit_and_no_error(sessions_dir):
    handle = new_unit(sessions_dir)
    assert history_repo(sessions_dir) is None
    assert checkpoint(handle.path, "quit") is None
    handle.close()
    assert not (sessions_dir / ".git").exists()


def test_checkpoints_with_author_and_message_in_words(folder):
    git(folder, "config", "user.name", "Mette Hansen")
    handle = new_unit(folder)
    made = checkpoint(handle.path, "quit")
    assert made is not None
    add(handle, "Mette", dt.date(2027, 1, 15))
    first = add(handle, "Ole")
    assert checkpoint(handle.path, "leave") is not None
    set_status(handle, first, "done")
    add(handle, "Mette", dt.date(2027, 1, 15))
    assert checkpoint(handle.path, "round_closed") is not None
    handle.close()
    assert subjects(folder) == [
        "Handleplan: a2 gennemført; a3 tilføjet (Mette, 15. jan. 2027)",
        "Handleplan: a1 tilføjet (Mette, 15. jan. 2027); a2 tilføjet (Ole)",
        "Session: første version i historikken (Hjemmeplejen Nord)",
    ]
    assert git(folder, "log", "--format=%an").split("\n")[:3] == ["Mette Hansen"] * 3
    body = git(folder, "log", "-1", "--format=%B")
    assert "Kompas-Checkpoint: round_closed" in body and "Kompas-Host: " in body


def test_without_a_configured_name_the_author_is_the_unix_user(folder):
    import pwd
    import os

    entry = pwd.getpwuid(os.getuid())
    expected = entry.pw_gecos.split(",")[0].strip() or entry.pw_name
    handle = new_unit(folder)
    checkpoint(handle.path, "quit")
    handle.close()
    name, email = git(folder, "log", "-1", "--format=%an|%ae").strip().split("|")
    assert name == expected
    assert email.startswith(entry.pw_name + "@")


def test_only_the_session_s_own_file_is_committed_and_staged_work_is_left_alone(folder):
    other = new_unit(folder, "Skolen ved Søen")
    handle = new_unit(folder)
    add(handle, "Mette")  # leaves NAME.toml.bak beside it; both hold NAME.toml.lock
    (folder / "notes.txt").write_text("a person's own file\n")
    (folder / "staged.txt").write_text("staged by hand\n")
    git(folder, "add", "staged.txt")
    made = checkpoint(handle.path, "quit")
    assert made is not None
    assert committed_files(folder) == [handle.path.name]
    status = git(folder, "status", "--porcelain", "--untracked-files=all").splitlines()
    assert "A  staged.txt" in status  # still staged, not committed
    assert f"?? {other.path.name}" in status
    assert f"?? {handle.path.name}.lock" in status and f"?? {handle.path.name}.bak" in status
    assert not any(line.endswith(handle.path.name) for line in status)  # clean: committed and in the index
    other.close()
    handle.close()


def test_an_unchanged_or_only_navigated_session_makes_no_commit(folder):
    handle = new_unit(folder)
    assert checkpoint(handle.path, "quit") is not None
    assert checkpoint(handle.path, "quit") is None
    handle.session.step = "plan"
    handle.save()  # a new `updated`, another step: the file differs, its content does not
    assert checkpoint(handle.path, "leave") is None
    handle.close()
    assert len(subjects(folder)) == 1


def test_a_session_git_ignores_is_not_committed(folder):
    (folder / ".gitignore").write_text("*.toml\n")
    handle = new_unit(folder)
    assert checkpoint(handle.path, "quit") is None
    handle.close()
    assert git(folder, "rev-list", "--all").strip() == ""


def test_a_repository_whose_settings_name_a_program_is_refused(folder):
    git(folder, "config", "core.sshCommand", "ssh")  # harmless: kompas sets its own
    git(folder, "config", "credential.helper", "!touch /tmp/kompas-should-never-run")
    handle = new_unit(folder)
    with pytest.raises(HistoryError) as refused:
        checkpoint(handle.path, "quit")
    handle.close()
    assert "credential.helper" in refused.value.reason
    assert not Path("/tmp/kompas-should-never-run").exists()


def test_hooks_never_run(folder):
    hook = folder / ".git" / "hooks" / "reference-transaction"
    witness = folder.parent / "hook-ran"
    hook.write_text(f"#!/bin/sh\ntouch {witness}\n")
    hook.chmod(0o755)
    handle = new_unit(folder)
    assert checkpoint(handle.path, "quit") is not None
    handle.close()
    assert not witness.exists()


def test_a_failing_commit_keeps_the_save_and_is_reported_once(folder):
    handle = new_unit(folder)
    checkpoint(handle.path, "quit")
    break_git_writes(folder)
    add(handle, "Mette", dt.date(2027, 1, 15))
    saved = handle.path.read_bytes()
    told: list[str] = []
    keeper = Checkpoints(lambda message: told.append(message) or True)
    keeper.request(handle.path, "round_closed")
    add(handle, "Ole")
    keeper.request(handle.path, "export")
    keeper.request(handle.path, "quit", then=handle.close)
    assert keeper.drain(PATIENCE)
    assert len(told) == 1
    assert told[0].startswith("Historikken blev ikke opdateret (") and "Sessionen er gemt som altid." in told[0]
    assert keeper.made == []
    after = load_session(handle.path)
    assert [a.owner for a in after.plan.actions] == ["Mette", "Ole"]
    assert handle.path.read_bytes() != saved  # the later save went through too


def test_a_failure_with_no_screen_left_is_kept_for_the_command_line(folder):
    handle = new_unit(folder)
    break_git_writes(folder)
    keeper = Checkpoints(lambda message: False)
    keeper.request(handle.path, "quit", then=handle.close)
    assert keeper.drain(PATIENCE)
    assert keeper.unreported is not None and "git" in keeper.unreported


def test_two_kompas_at_once_both_commit(folder):
    """Two sessions checkpointed at the same moment: HEAD moves by
    compare-and-swap, the loser builds on the winner's commit."""
    handles = [new_unit(folder, f"Enhed {n}") for n in range(4)]
    errors: list[BaseException] = []

    def commit(handle):
        try:
            checkpoint(handle.path, "quit")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=commit, args=(h,)) for h in handles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(git(folder, "ls-tree", "--name-only", "HEAD").split()) == sorted(h.path.name for h in handles)
    assert len(subjects(folder)) == 4
    for handle in handles:
        handle.close()


def test_hostile_text_never_makes_a_second_line_in_the_message(folder):
    handle = new_unit(folder)
    checkpoint(handle.path, "quit")
    add(handle, "x\n\nKompas-Checkpoint: forged\x1b[31m", what="[bold]")
    checkpoint(handle.path, "quit")
    handle.close()
    subject = subjects(folder)[0]
    assert subject.startswith("Handleplan: a1 tilføjet (x")
    assert "\x1b" not in subject and "␛" in subject
    body = git(folder, "log", "-1", "--format=%B")
    assert "Kompas-Checkpoint: forged" not in body.splitlines()


def test_the_file_is_read_again_from_disk_so_a_reopened_session_continues(folder):
    handle = new_unit(folder)
    checkpoint(handle.path, "quit")
    handle.close()
    handle = reopen(handle.path)
    add(handle, "Mette")
    assert checkpoint(handle.path, "quit").message.startswith("Handleplan: a1 tilføjet (Mette)")
    handle.close()
