"""A sessions folder's history: checkpoints committed to git, and read back
(docs/history.md).

When a session file is inside a git work tree, `checkpoint(path, kind)`
commits that file, and only that file, at the moments that matter (quitting
or leaving the session, closing a round, revealing a ballot, an export).
The commit's message says what changed in words (`domain/changes.py`),
computed from the last committed version and this one; its author is the
user (git's `user.name`, else the name in the password database, else the
login). Nothing else in the folder or in git's index is touched: the
commit is made with plumbing on a private index (`hash-object`,
`commit-tree`) and HEAD moves with a compare-and-swap (`update-ref NEW
OLD`), retried when another kompas committed at the same moment. A version
whose only difference is where the facilitator was (step, time of saving)
is not committed.

`history_log(path)` reads the history of one session back, newest first,
each entry with the words of its change in the language asked for;
`version_of(path, blob)` is the session as it was in one entry.

Every failure is a `HistoryError` with one line for the user; the session
file itself is never touched here, so a failing commit loses nothing.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from kompas_tui.i18n import t
from kompas_tui.safe_read import SESSION
from kompas_tui.storage.git import LITERAL, GitError, Repo, find_repo, unsafe_settings
from kompas_tui.text import safe_text

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session

Checkpoint = Literal["quit", "leave", "round_closed", "ballot_revealed", "export", "sync", "start"]

#: A version bigger than this is not read out of the history: the bound
#: of a session file (kompas_tui/safe_read.py).
MAX_VERSION_BYTES = SESSION.max_bytes
#: Tries to move HEAD when other kompas processes commit at the same time.
_ATTEMPTS = 8

TRAILER_CHECKPOINT = "Kompas-Checkpoint"
TRAILER_HOST = "Kompas-Host"
#: On a sync commit that kept the other side's version beside a session.
TRAILER_CONFLICT = "Kompas-Conflict"
TRAILER_COPY = "Kompas-Conflict-Copy"
TRAILER_OTHER_HOST = "Kompas-Conflict-Other"
TRAILER_BASE = "Kompas-Conflict-Base"
TRAILER_HERE = "Kompas-Conflict-Here"
TRAILER_THERE = "Kompas-Conflict-There"


class HistoryError(Exception):
    """A checkpoint or a history read failed; `reason` is one line for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@contextmanager
def git_errors() -> Iterator[None]:
    try:
        yield
    except GitError as error:
        if error.missing:
            raise HistoryError(t("history.error.no_git")) from None
        raise HistoryError(t("history.error.git", reason=safe_text(error.reason))) from None


def history_repo(path: Path | str) -> Repo | None:
    """The repository `path` is kept in, or None when its folder is not in
    a git work tree. Raises `HistoryError` for a repository kompas will not
    run git on (`storage/git.py`: settings that name a program)."""
    repo = find_repo(path)
    if repo is None:
        return None
    with git_errors():
        unsafe = unsafe_settings(repo)
    if unsafe:
        raise HistoryError(t("history.error.unsafe", setting=", ".join(unsafe), config=repo.git_dir / "config"))
    return repo


# --- who -------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    name: str
    email: str

    def environment(self) -> dict[str, str]:
        return {
            "GIT_AUTHOR_NAME": self.name, "GIT_AUTHOR_EMAIL": self.email,
            "GIT_COMMITTER_NAME": self.name, "GIT_COMMITTER_EMAIL": self.email,
        }


def identity(repo: Repo) -> Identity:
    """The user as git names them: `user.name` and `user.email` when
    configured, else the name in the password database (or the login) and
    login@host. A configured email is never required."""
    login, full_name = _unix_user()
    name = config_value(repo, "user.name") or full_name or login
    email = config_value(repo, "user.email") or f"{login}@{socket.gethostname()}"
    # Newlines or angle brackets would make git refuse the identity.
    return Identity(_identity_text(name) or login, _identity_text(email).strip("<>") or login)


def _identity_text(text: str) -> str:
    return " ".join(safe_text(text).replace("<", "").replace(">", "").split())


def _unix_user() -> tuple[str, str]:
    try:
        entry = pwd.getpwuid(os.getuid())
    except KeyError:
        return str(os.getuid()), ""
    return entry.pw_name, entry.pw_gecos.split(",")[0].strip()


def config_value(repo: Repo, name: str) -> str:
    return repo.text("config", "--get", name, ok=(0, 1)).strip()


# --- reading versions ------------------------------------------------------------


def head_commit(repo: Repo) -> str | None:
    head = repo.text("rev-parse", "--quiet", "--verify", "HEAD^{commit}", ok=(0, 1))
    return head or None


def blob_at(repo: Repo, commit: str | None, rel: str) -> str | None:
    """The blob id of `rel` in `commit`, or None when it is not there."""
    if commit is None:
        return None
    listing = repo.run("ls-tree", "-z", commit, "--", rel, env=LITERAL).stdout
    for record in listing.split(b"\0"):
        if not record:
            continue
        info, _, name = record.partition(b"\t")
        parts = info.split()
        if name.decode("utf-8", "replace") == rel and len(parts) == 3 and parts[1] == b"blob":
            return parts[2].decode()
    return None


def read_blob(repo: Repo, blob: str) -> bytes:
    """A version's bytes, refused above `MAX_VERSION_BYTES`."""
    size = int(repo.text("cat-file", "-s", blob))
    if size > MAX_VERSION_BYTES:
        raise HistoryError(t("history.error.too_big", size=size // 2**20))
    return repo.run("cat-file", "blob", blob).stdout


def parse_version(raw: bytes, name: str) -> Session:
    from kompas_tui.storage.session_file import session_from_bytes

    return session_from_bytes(raw, name)


def version_of(path: Path | str, blob: str) -> Session:
    """The session as one version in its history was (`LogEntry.blob`).
    Raises `HistoryError`, or `InputError` for a version that does not
    read as a session."""
    repo = history_repo(path)
    if repo is None:
        raise HistoryError(t("history.error.not_kept", file=safe_text(path)))
    with git_errors():
        raw = read_blob(repo, blob)
    return parse_version(raw, f"{Path(path).name}@{blob[:10]}")


# --- committing ------------------------------------------------------------------


@dataclass(frozen=True)
class Committed:
    commit: str
    message: str


def checkpoint(path: Path | str, kind: Checkpoint, *, data: bytes | None = None) -> Committed | None:
    """Commit the session file at `path` as it is on disk (or `data`, its
    bytes already read), if its folder is in a git work tree, git does not
    ignore it, and its content changed since its last commit. Returns the
    commit, or None when there was nothing to commit. Raises `HistoryError`."""
    repo = history_repo(path)
    if repo is None:
        return None
    with git_errors():
        rel = repo.relative(path)
        if repo.run("check-ignore", "--quiet", "--", rel, ok=(0, 1)).returncode == 0:
            return None
        if data is None:
            data = _read_session_file(path)
        return commit_version(repo, rel, data, kind)


def _read_session_file(path: Path | str) -> bytes:
    """The session file's bytes, read as any session file is (no link, FIFO
    or device; at most `SESSION.max_bytes`)."""
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import read_file

    try:
        return read_file(path, SESSION)
    except InputError as error:
        raise HistoryError(safe_text(error.problems[0] if error.problems else error)) from None


def commit_version(repo: Repo, rel: str, data: bytes, kind: Checkpoint) -> Committed | None:
    """Commit `data` as the version of `rel`, on top of HEAD, touching
    nothing else. None when it is the committed version already, or
    differs from it only where the facilitator was."""
    from kompas_tui.errors import InputError

    try:
        new = parse_version(data, rel)
    except InputError as error:
        raise HistoryError(t("history.error.not_session", file=safe_text(rel), reason=safe_text(error))) from None
    blob = repo.text("hash-object", "-w", "--no-filters", "--stdin", input=data)
    who = identity(repo)
    for _ in range(_ATTEMPTS):
        head = head_commit(repo)
        old_blob = blob_at(repo, head, rel)
        if old_blob == blob:
            return None
        message = _checkpoint_message(repo, rel, old_blob, new, kind)
        if message is None:
            return None
        commit = commit_tree(repo, head, {rel: blob}, message, who)
        if move_head(repo, commit, head):
            update_index(repo, {rel: blob})
            return Committed(commit, message)
    raise HistoryError(t("history.error.busy"))


def _checkpoint_message(repo: Repo, rel: str, old_blob: str | None, new: Session, kind: Checkpoint) -> str | None:
    from kompas_tui.domain.changes import describe, session_changes

    old = None
    if old_blob is not None:
        old = _readable_version(repo, old_blob, rel)
    sections = session_changes(old, new)
    if old is not None and not sections:
        return None
    return compose_message(describe(sections, new.language), {TRAILER_CHECKPOINT: kind})


def _readable_version(repo: Repo, blob: str, rel: str) -> Session | None:
    """A committed version, or None when it does not read (a hand edit
    committed by someone): the next version is then described as a first."""
    from kompas_tui.errors import InputError

    try:
        return parse_version(read_blob(repo, blob), rel)
    except (InputError, HistoryError):
        return None


def compose_message(subject: str, trailers: dict[str, str], body: list[str] | None = None) -> str:
    """A commit message: the subject on one line (user text in it cannot
    start a new line, so it cannot forge a trailer), an optional body, and
    kompas's trailers, the host among them."""
    lines = [safe_text(subject), ""]
    if body:
        lines += [safe_text(line) for line in body] + [""]
    trailers = {**trailers, TRAILER_HOST: socket.gethostname()}
    lines += [f"{key}: {safe_text(value)}" for key, value in trailers.items()]
    return "\n".join(lines) + "\n"


def commit_tree(
    repo: Repo,
    parent: str | None,
    files: dict[str, str | None],
    message: str,
    who: Identity,
    *,
    extra_env: dict[str, str] | None = None,
) -> str:
    """A commit of `parent`'s tree with `files` set (path → blob id, None
    to remove), built on a private index so git's own index and every other
    file are left alone."""
    workdir = tempfile.mkdtemp(prefix="kompas-git-")
    try:
        env = {"GIT_INDEX_FILE": os.path.join(workdir, "index")}
        if parent is not None:
            repo.run("read-tree", parent, env=env)
        repo.run("update-index", "-z", "--index-info", input=_index_info(repo, files), env=env)
        tree = repo.text("write-tree", env=env)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    args = ["commit-tree", "--no-gpg-sign", tree, *(["-p", parent] if parent else []), "-F", "-"]
    return repo.text(*args, input=message.encode("utf-8"), env={**who.environment(), **(extra_env or {})})


def _index_info(repo: Repo, files: dict[str, str | None]) -> bytes:
    """`update-index -z --index-info` records: set each path, or remove it."""
    zero = "0" * len(repo.text("hash-object", "--stdin", input=b"")) if None in files.values() else ""
    lines = [f"0 {zero}\t{rel}" if blob is None else f"100644 {blob}\t{rel}" for rel, blob in files.items()]
    return "".join(line + "\0" for line in lines).encode("utf-8", "surrogateescape")


def move_head(repo: Repo, commit: str, expected: str | None) -> bool:
    """Point HEAD (its branch) at `commit` if it is still at `expected`
    (None: no commit yet). False when someone moved it meanwhile."""
    done = repo.run("update-ref", "-m", "kompas", "HEAD", commit, expected or "", ok=(0, 1, 128))
    if done.returncode == 0:
        return True
    if head_commit(repo) != expected:
        return False
    # HEAD is where it was: the update failed for another reason (a
    # read-only folder, a lock left behind).
    stderr = done.stderr.decode("utf-8", "replace")
    raise GitError(stderr.strip().splitlines()[-1] if stderr.strip() else "update-ref failed", code=done.returncode)


def update_index(repo: Repo, files: dict[str, str | None]) -> None:
    """Bring git's own index up to date for `files`, so `git status` shows
    them clean. Best effort: another git may hold the index for a moment,
    and nothing kompas does depends on it."""
    try:
        repo.run("update-index", "-z", "--index-info", input=_index_info(repo, files), ok=(0, 1, 128))
    except GitError:
        pass
