"""`kompas init-history`: a sessions folder made a git repository with the
right settings, or a bare repository made the remote on HR's server
(docs/history.md).

- Permissions follow the folder: a setgid team folder gets a history its
  group can write (`core.sharedRepository=0660`, folders `2770`), a
  private folder one only its owner can (`0600`, `0700`). Never anything
  for others: the history holds every version of every session.
- `.gitignore` names what is never history: locks, backups, ballot boxes,
  temporary files.
- The sessions already in the folder are committed, each as the first
  version of its history.
- `--remote URL` makes URL the remote `kompas sync` uses (`origin`).
- A bare repository (`--bare`) refuses rewritten or deleted branches, so
  no server can take back what it sent.

Running it again on a folder that has a history changes nothing that is
right already.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kompas_tui.domain.message import plural
from kompas_tui.i18n import t
from kompas_tui.storage.git import Repo, find_repo, git_available
from kompas_tui.storage.history import HistoryError, commit_tree, compose_message, git_errors, head_commit, history_repo
from kompas_tui.text import safe_text

#: What `.gitignore` keeps out of the history (kompas itself commits only
#: session files; this keeps a hand-made `git add -A` from taking more).
IGNORED = (
    "*.lock",
    "*.bak",
    "*.ballot/",
    ".*.tmp",
)
_IGNORE_HEADER = "# kompas: locks, backups, ballot boxes and temporary files are never history (docs/history.md)"


def _team(folder: Path) -> bool:
    return bool(folder.stat().st_mode & stat.S_ISGID)


def init_history(folder: Path | str, *, remote: str | None = None) -> list[str]:
    """Make `folder` (created if missing) keep a history; returns what was
    done, one line each. Raises `HistoryError`."""
    folder = Path(folder)
    if not git_available():
        raise HistoryError(t("history.error.no_git"))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    lines = []
    with git_errors():
        repo = history_repo(folder)
        shared = "0660" if _team(folder) else "0600"
        top = Path(os.path.realpath(folder))
        if repo is None or repo.top != top:
            # DIR becomes the top of its own history, also inside a bigger
            # work tree (whose own history is not the sessions').
            repo = Repo(top, top / ".git")
            repo.run("init", "--quiet", f"--shared={shared}", "--initial-branch=main")
            lines.append(t("history.init.created", folder=safe_text(folder)))
        else:
            lines.append(t("history.init.exists", folder=safe_text(repo.top)))
            if repo.git_dir.parent == repo.top and _owned(repo.git_dir):
                repo.run("config", "core.sharedRepository", shared)
        lines += _tighten(repo.git_dir, shared == "0660")
        if _write_gitignore(repo):
            lines.append(t("history.init.gitignore"))
        from kompas_tui.storage.sync import commit_pending

        count, problems = commit_pending(repo, folder, "start")
        lines += problems
        lines.append(t("history.init.committed.none") if count == 0 else plural("history.init.committed", count))
        if remote:
            _set_remote(repo, remote)
            lines.append(t("history.init.remote", remote=safe_text(remote)))
        elif not repo.text("remote"):
            lines.append(t("history.init.no_remote"))
    return lines


def _owned(path: Path) -> bool:
    return path.stat().st_uid == os.geteuid()


def _tighten(git_dir: Path, team: bool) -> list[str]:
    """No access for others to the history's folder; a warning when it
    cannot be made so (someone else's)."""
    mode = stat.S_IMODE(git_dir.stat().st_mode)
    if not mode & 0o007:
        return []
    if _owned(git_dir):
        os.chmod(git_dir, (0o2770 if team else 0o700))
        return []
    return [t("history.init.readable", folder=safe_text(git_dir))]


def _write_gitignore(repo: Repo) -> bool:
    """Add what is missing to the top `.gitignore`, and commit it. True
    when it changed."""
    from kompas_tui.storage.atomic import atomic_write
    from kompas_tui.storage.folder import file_mode_for

    path = repo.top / ".gitignore"
    try:
        current = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        current = ""
    present = {line.strip() for line in current.splitlines()}
    missing = [pattern for pattern in IGNORED if pattern not in present]
    if not missing:
        return False
    lead = current if not current or current.endswith("\n") else current + "\n"
    text = lead + "\n".join([_IGNORE_HEADER, *missing]) + "\n"
    atomic_write(path, text.encode("utf-8"), file_mode_for(repo.top), backup=False)
    from kompas_tui.storage.history import identity, move_head, update_index

    blob = repo.text("hash-object", "-w", "--no-filters", "--stdin", input=text.encode("utf-8"))
    head = head_commit(repo)
    message = compose_message(t("history.init.gitignore_commit"), {"Kompas-Checkpoint": "start"})
    commit = commit_tree(repo, head, {".gitignore": blob}, message, identity(repo))
    if move_head(repo, commit, head):
        update_index(repo, {".gitignore": blob})
    return True


def _set_remote(repo: Repo, url: str) -> None:
    if "origin" in repo.text("remote").split():
        repo.run("remote", "set-url", "origin", url)
    else:
        repo.run("remote", "add", "origin", url)
    branch = repo.text("symbolic-ref", "--quiet", "--short", "HEAD", ok=(0, 1)) or "main"
    repo.run("config", f"branch.{branch}.remote", "origin")
    repo.run("config", f"branch.{branch}.merge", f"refs/heads/{branch}")


def init_bare(folder: Path | str) -> list[str]:
    """Make `folder` the bare repository the servers sync with (HR's
    server). Returns what was done. Raises `HistoryError`."""
    folder = Path(folder)
    if not git_available():
        raise HistoryError(t("history.error.no_git"))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    top = Path(os.path.realpath(folder))
    repo = Repo(top, top, bare=True)
    team = _team(folder)
    with git_errors():
        if (top / "HEAD").is_file() and (top / "objects").is_dir():
            lines = [t("history.init.bare_exists", folder=safe_text(folder))]
        else:
            if find_repo(folder) is not None or any(top.iterdir()):
                raise HistoryError(t("history.init.bare_not_empty", folder=safe_text(folder)))
            repo.run("init", "--bare", "--quiet", f"--shared={'0660' if team else '0600'}", "--initial-branch=main")
            lines = [t("history.init.bare_created", folder=safe_text(folder))]
        repo.run("config", "receive.denyNonFastForwards", "true")
        repo.run("config", "receive.denyDeletes", "true")
    lines += _tighten(top, team)
    lines.append(t("history.init.bare_next", folder=safe_text(top)))
    return lines
