"""`kompas sync [DIR]`: the folder's history fetched from and sent to its
remote, so each server works alone and HR's server sees every unit
(docs/history.md).

In order:

1. Sessions changed on disk since their last checkpoint (a dropped
   connection, a failed commit) are committed first, each under its lock;
   a session someone has open is left as it is.
2. The remote's branch is fetched and brought together with this one
   (`sync_merge.integrate`: this server's checkpoints replayed on the
   other's, a session changed on both kept whole, the other's version
   beside it).
3. The folder is brought to the result: each file that changes is written
   atomically (a session keeps its `.bak`) while kompas holds its lock.
   Nothing is written, and the branch does not move, if any of those files
   is open here or changed here without a checkpoint: that is reported and
   the next sync tries again.
4. The result is pushed; if another server pushed meanwhile, from 2 again.

No prompts (storage/git.py): ssh uses the user's keys without asking, so
it runs from cron. Every problem is one line in `SyncReport.problems`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kompas_tui.i18n import t
from kompas_tui.storage.git import NETWORK_TIMEOUT, GitError, Repo
from kompas_tui.storage.history import (
    Checkpoint,
    HistoryError,
    Identity,
    config_value,
    head_commit,
    update_index,
    commit_version,
    git_errors,
    history_repo,
    identity,
    move_head,
    parse_version,
)
from kompas_tui.storage.sync_merge import Integration, changed_paths, integrate, tree_files
from kompas_tui.text import safe_text

#: Rounds of fetch, integrate, push when other servers push meanwhile.
_ROUNDS = 3


class SyncRefused(HistoryError):
    """Nothing to sync with: no history, no remote, no branch (a usage error)."""


@dataclass
class SyncReport:
    remote: str = ""
    #: Commits that came from the remote.
    received: int = 0
    #: Commits the remote got.
    sent: int = 0
    #: Sessions changed on disk that were committed first.
    committed: int = 0
    #: One line each, for the user (conflict copies among them).
    problems: list[str] = field(default_factory=list)
    #: The other side's versions kept beside sessions changed on both.
    copies: list[str] = field(default_factory=list)


def sync_folder(folder: Path | str, lang: str) -> SyncReport:
    """Sync the history `folder` is kept in with its remote. Raises
    `SyncRefused` when there is nothing to sync with, `HistoryError` when
    git cannot be run there; everything else is in the report."""
    folder = Path(folder)
    repo = history_repo(folder)
    if repo is None:
        raise SyncRefused(t("history.sync.not_kept", folder=safe_text(folder)))
    with git_errors():
        remote, branch = _remote(repo)
        report = SyncReport(remote=remote)
        who = identity(repo)
        report.committed, problems = commit_pending(repo, folder, "sync")
        report.problems += problems
        for _ in range(_ROUNDS):
            try:
                theirs = _fetch(repo, remote, branch)
            except GitError as error:
                report.problems.append(t("history.sync.unreachable", remote=remote, reason=safe_text(error.reason)))
                return report
            brought = _bring_in(repo, theirs, who, lang, report)
            if brought is None:
                return report  # blocked: said in the report
            if _push(repo, remote, branch, theirs, brought, report):
                return report
        report.problems.append(t("history.sync.busy", remote=remote))
    return report


def _remote(repo: Repo) -> tuple[str, str]:
    """The remote and its branch: the branch's upstream, else `origin`,
    else the only remote."""
    branch = repo.text("symbolic-ref", "--quiet", "--short", "HEAD", ok=(0, 1))
    if not branch:
        raise SyncRefused(t("history.sync.detached", folder=safe_text(repo.top)))
    remote = config_value(repo, f"branch.{branch}.remote")
    merge = config_value(repo, f"branch.{branch}.merge")
    if not remote or remote == ".":
        remotes = repo.text("remote").split()
        remote = "origin" if "origin" in remotes else (remotes[0] if len(remotes) == 1 else "")
        merge = ""
    if not remote:
        raise SyncRefused(t("history.sync.no_remote", folder=safe_text(repo.top)))
    return remote, merge.removeprefix("refs/heads/") or branch


# --- 1. what changed on disk ---------------------------------------------------------


def commit_pending(repo: Repo, folder: Path, kind: Checkpoint) -> tuple[int, list[str]]:
    """Commit each session under `folder` whose file differs from its last
    commit (or has none), unless someone has it open. Returns how many were
    committed, and a line per one that failed."""
    from kompas_tui.errors import InputError
    from kompas_tui.storage.folder_scan import session_files

    head = head_commit(repo)
    committed = tree_files(repo, head) if head else {}
    # Regular files only: git would wait for ever on a FIFO someone named x.toml.
    paths = [path for path in session_files(folder) if _regular(path) and _inside(repo, path)]
    hashes = _hashes(repo, [repo.relative(path) for path in paths])
    count, problems = 0, []
    for path in paths:
        rel = repo.relative(path)
        if hashes.get(rel) in (None, committed.get(rel)) or _ignored(repo, rel):
            continue
        with _Locked(path) as lock:
            data = _read(path) if lock.held else None  # open here: its own checkpoint commits it
            if data is None:
                continue
            try:
                parse_version(data, rel)
            except InputError:
                continue  # not a session (a report, a profile): not kompas's to commit
            try:
                count += commit_version(repo, rel, data, kind) is not None
            except HistoryError as error:
                problems.append(f"{safe_text(rel)}: {error.reason}")
    return count, problems


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _inside(repo: Repo, path: Path) -> bool:
    try:
        repo.relative(path)
    except ValueError:
        return False
    return True


def _hashes(repo: Repo, rels: list[str]) -> dict[str, str]:
    """The blob id each file in the folder would have (no filters)."""
    if not rels:
        return {}
    out = repo.text("hash-object", "--no-filters", "--stdin-paths", input="".join(f"{r}\n" for r in rels).encode())
    return dict(zip(rels, out.split()))


def _ignored(repo: Repo, rel: str) -> bool:
    return repo.run("check-ignore", "--quiet", "--", rel, ok=(0, 1)).returncode == 0


def _read(path: Path) -> bytes | None:
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import SESSION, read_file

    try:
        return read_file(path, SESSION)
    except InputError:
        return None


@contextmanager
def locked_for_a_moment(path: Path) -> Iterator[bool]:
    """The session's lock while the block runs, if nobody else has it
    (True); False when someone has the session open."""
    with _Locked(path) as lock:
        yield lock.held


class _Locked:
    """A session's lock, held for a moment if nobody has it (`held`)."""

    def __init__(self, path: Path):
        from kompas_tui.storage.folder import file_mode_for, lock_mode_for
        from kompas_tui.storage.lock import SessionLock

        self.lock = SessionLock(path, lock_mode_for(file_mode_for(path.parent)))
        self.holder = None
        self.held = False

    def __enter__(self) -> _Locked:
        try:
            self.holder = self.lock.acquire()
        except OSError:
            from kompas_tui.storage.lock import UNKNOWN_HOLDER

            self.holder = UNKNOWN_HOLDER
        self.held = self.holder is None
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


# --- 2. and 3. bringing the remote's work in ------------------------------------------


def _fetch(repo: Repo, remote: str, branch: str) -> str | None:
    """The remote branch's commit after fetching it; None when the remote
    has no such branch yet (a new, empty remote)."""
    tracking = f"refs/remotes/{remote}/{branch}"
    done = repo.run(
        "fetch", "--quiet", "--no-tags", remote, f"+refs/heads/{branch}:{tracking}",
        ok=(0, 1, 128), timeout=NETWORK_TIMEOUT,
    )
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace")
        if "couldn't find remote ref" in stderr:
            return None
        raise GitError(stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {done.returncode}")
    return repo.text("rev-parse", "--quiet", "--verify", f"{tracking}^{{commit}}", ok=(0, 1)) or None


def _is_ancestor(repo: Repo, older: str, newer: str) -> bool:
    return repo.run("merge-base", "--is-ancestor", older, newer, ok=(0, 1)).returncode == 0


def _target(repo: Repo, local: str | None, theirs: str | None, who: Identity, lang: str) -> tuple[str | None, Integration | None]:
    """The commit the branch should be at, and how it was made when both
    sides had new work."""
    if theirs is None or theirs == local:
        return local, None
    if local is None or _is_ancestor(repo, local, theirs):
        return theirs, None
    if _is_ancestor(repo, theirs, local):
        return local, None
    integration = integrate(repo, local, theirs, who, lang)
    return integration.commit, integration


def _bring_in(repo: Repo, theirs: str | None, who: Identity, lang: str, report: SyncReport) -> str | None:
    """Move the branch and the folder to the remote's work brought
    together with this server's. Returns the commit the branch is at, or
    None when it could not move (the reasons in the report)."""
    for _ in range(_ROUNDS):
        local = head_commit(repo)
        target, integration = _target(repo, local, theirs, who, lang)
        if target is None or target == local:
            return target
        files = changed_paths(repo, local, target)
        with _Folder(repo, files, local) as folder:
            if folder.blocked:
                report.problems += folder.blocked
                return None
            if not move_head(repo, target, local):
                continue  # a checkpoint came in meanwhile: again from its commit
            folder.write(report)
        update_index(repo, files)
        report.received += _count(repo, local, theirs)
        if integration is not None:
            report.problems += integration.notes
            report.copies += integration.copies
        return target
    report.problems.append(t("history.sync.busy", remote="HEAD"))
    return None


def _count(repo: Repo, since: str | None, until: str | None) -> int:
    if until is None:
        return 0
    span = f"{since}..{until}" if since else until
    return int(repo.text("rev-list", "--count", span) or 0)


class _Folder:
    """The files a sync changes, each locked (sessions) and checked before
    anything is written, then written in one go."""

    def __init__(self, repo: Repo, files: dict[str, str | None], local: str | None):
        self.repo, self.files, self.local = repo, files, local
        self.blocked: list[str] = []
        self._locks: list[_Locked] = []

    def __enter__(self) -> _Folder:
        committed = tree_files(self.repo, self.local) if self.local else {}
        present = [rel for rel in self.files if _regular(self.repo.top / rel)]
        on_disk = _hashes(self.repo, present)
        for rel, blob in self.files.items():
            path = self.repo.top / rel
            if rel.endswith(".toml"):
                lock = _Locked(path).__enter__()
                self._locks.append(lock)
                if not lock.held:
                    self.blocked.append(_open_here(rel, lock.holder))
                    continue
            if rel in on_disk and on_disk[rel] not in (committed.get(rel), blob):
                self.blocked.append(t("history.sync.uncommitted", file=safe_text(rel)))
            elif not _replaceable(path):
                self.blocked.append(t("history.sync.not_yours", file=safe_text(rel)))
        return self

    def __exit__(self, *exc: object) -> None:
        for lock in self._locks:
            lock.__exit__()

    def write(self, report: SyncReport) -> None:
        for rel, blob in self.files.items():
            try:
                _write(self.repo, rel, blob)
            except (OSError, GitError) as error:
                report.problems.append(t("history.sync.write_failed", file=safe_text(rel), reason=_reason(error)))


def _open_here(rel: str, holder: object) -> str:
    user = getattr(holder, "user", "") or "?"
    host = getattr(holder, "host", "") or "?"
    return t("history.sync.open_here", file=safe_text(rel), user=safe_text(user), host=safe_text(host))


def _replaceable(path: Path) -> bool:
    """Whether this user can replace (or create) `path`: a sticky folder
    lets only a file's owner, or the folder's, replace it."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        info, folder_info = path.lstat(), folder.stat()
    except FileNotFoundError:
        return True
    if folder_info.st_mode & stat.S_ISVTX and os.geteuid() not in (0, info.st_uid, folder_info.st_uid):
        return False
    return True


def _write(repo: Repo, rel: str, blob: str | None) -> None:
    from kompas_tui.storage.atomic import atomic_write
    from kompas_tui.storage.folder import file_mode_for
    from kompas_tui.storage.history import read_blob

    path = repo.top / rel
    if blob is None:
        path.unlink(missing_ok=True)
        return
    _make_folders(path.parent)
    data = read_blob(repo, blob)
    atomic_write(path, data, file_mode_for(path.parent), backup=rel.endswith(".toml") and path.exists())


def _make_folders(folder: Path) -> None:
    """Subfolders the other server has: made like their parent (a setgid
    team folder's group and mode)."""
    if folder.exists():
        return
    _make_folders(folder.parent)
    folder.mkdir(mode=stat.S_IMODE(folder.parent.stat().st_mode) & 0o777)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        from kompas_tui.os_errors import os_reason

        return os_reason(error)
    return safe_text(getattr(error, "reason", error))


# --- 4. sending ----------------------------------------------------------------------


def _push(repo: Repo, remote: str, branch: str, theirs: str | None, ours: str | None, report: SyncReport) -> bool:
    """Send `ours` to the remote's branch. False when the remote moved
    meanwhile (fetch and try again); True when done or failed for good."""
    if ours is None or ours == theirs:
        return True
    done = repo.run("push", "--quiet", remote, f"{ours}:refs/heads/{branch}", ok=(0, 1, 128), timeout=NETWORK_TIMEOUT)
    if done.returncode == 0:
        repo.run("update-ref", f"refs/remotes/{remote}/{branch}", ours, ok=(0, 1, 128))
        report.sent += _count(repo, theirs, ours)
        return True
    stderr = done.stderr.decode("utf-8", "replace")
    if "fetch first" in stderr or "non-fast-forward" in stderr:
        return False
    reason = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {done.returncode}"
    report.problems.append(t("history.sync.push_failed", remote=remote, reason=safe_text(reason)))
    return True
