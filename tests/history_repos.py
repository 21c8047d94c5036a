"""Helpers for the history tests: real git repositories in temporary
folders, sessions changed the way the app changes them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain.plan import add_action
from kompas_tui.storage.session_file import SessionHandle, new_session, open_session

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder: Path, *args: str, check: bool = True) -> str:
    """Plain git, as a person would run it in the folder."""
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"}
    done = subprocess.run(["git", "-c", f"safe.directory={folder}", *args], cwd=folder, capture_output=True,
                          text=True, env=env, check=check)
    return done.stdout


def subjects(folder: Path) -> list[str]:
    """Commit subjects, newest first (none before the first commit)."""
    if not git(folder, "rev-parse", "--quiet", "--verify", "HEAD", check=False).strip():
        return []
    return git(folder, "log", "--format=%s").splitlines()


def committed_files(folder: Path, rev: str = "HEAD") -> list[str]:
    return git(folder, "show", "--name-only", "--format=", rev).split()


def new_unit(folder: Path, unit: str = "Hjemmeplejen Nord") -> SessionHandle:
    return new_session(demo_report(), folder, unit=unit)


def add(handle: SessionHandle, owner: str, deadline: dt.date | None = None, what: str = "Fast morgenmøde") -> str:
    """An action added and saved, as the Handleplan does; its id."""
    plan = handle.session.plan.model_copy(deep=True)
    action = add_action(plan, "Arbejdsmængde", what=what, owner=owner, deadline=deadline)
    handle.session.plan = plan
    handle.save()
    return action.id


def set_status(handle: SessionHandle, action_id: str, status: str) -> None:
    plan = handle.session.plan.model_copy(deep=True)
    next(a for a in plan.actions if a.id == action_id).status = status
    handle.session.plan = plan
    handle.save()


def reopen(path: Path) -> SessionHandle:
    handle = open_session(path)
    assert not handle.read_only
    return handle


def break_git_writes(folder: Path) -> None:
    """Make git unable to write in the folder's history. As a user: a
    read-only `.git`. As root, whom no mode stops: `.git/objects` is a file,
    so no object can be written (git fails the same way, at the same step)."""
    git_dir = folder / ".git"
    if os.geteuid() == 0:
        shutil.rmtree(git_dir / "objects")
        (git_dir / "objects").write_text("not a folder\n")
        return
    for root, dirs, files in os.walk(git_dir):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o555 if name in dirs else 0o444)
    os.chmod(git_dir, 0o555)


@pytest.fixture(autouse=True)
def isolated_git_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No ~/.gitconfig of the machine's: the author comes from the test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    """A sessions folder that is a git repository, with a name for the author."""
    folder = tmp_path / "kept"
    folder.mkdir(mode=0o700)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Mette Hansen")
    return folder
