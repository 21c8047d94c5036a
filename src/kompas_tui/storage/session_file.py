"""Session files: loading, saving, creating, and opening them for writing.

`load_session` only reads (check, export, review). `open_session` and
`new_session` give a `SessionHandle` holding the session's write lock, or a
read-only one when another kompas has it. A file that fails to load never
gets a handle, so it is never overwritten.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from kompas_tui.domain.report import Report
from kompas_tui.domain.session import SCHEMA_VERSION, Language, Session, now
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.storage.atomic import atomic_write, remove_stale_temps
from kompas_tui.storage.folder import (
    PROFILE_FILENAME,
    conflict_original,
    file_mode_for,
    is_ballot_box,
    lock_mode_for,
    session_filename,
)
from kompas_tui.problem_text import report_rule_problems
from kompas_tui.safe_read import SESSION, decode_utf8, parse_toml
from kompas_tui.storage.lock import LockInfo, SessionLock
from kompas_tui.storage.migrations import keep_original, migrate
from kompas_tui.storage.problems import TomlLineIndex, read_toml, validation_problems
from kompas_tui.storage.toml_io import dumps, model_to_data

SESSION_SUFFIX = ".toml"


class ReadOnlyError(PermissionError):
    """Saving a session this process may not write (locked elsewhere, no
    permission, or already closed)."""


def load_session(path: Path | str) -> Session:
    """Read and validate a session file, upgrading older schema versions in
    memory. Raises `InputError` naming file, line and field."""
    return _load_session(path)[0]


def _load_session(path: Path | str) -> tuple[Session, int]:
    """The session and the schema version its file was written with."""
    data, text = read_toml(path)
    return _session_from_document(data, text, str(path))


def session_from_bytes(raw: bytes, file: str) -> Session:
    """A session from a file's bytes read elsewhere (an earlier version out
    of the history, `git show`; a folder scan, which reads each file once),
    checked as `load_session` checks a file; `file` names it in problems.
    Parsed within the bounds of a session file (`safe_read.SESSION`:
    structure, no NaN or infinity); the caller bounds the size before
    reading (storage/history.py, safe_read.read_file)."""
    text = decode_utf8(raw, file)
    return _session_from_document(parse_toml(text, file, SESSION), text, file)[0]


def _session_from_document(data: dict, text: str, file: str) -> tuple[Session, int]:
    """The session in a parsed file, upgraded, validated and checked (every
    measurement keeps the rules on numbers its report was imported under),
    and the schema version the file was written with."""
    if "schema_version" not in data and "measurements" not in data:
        raise InputError([Problem(file=file, message=t("storage.not_a_session"))])
    original = data.get("schema_version")
    data = migrate(data, file, text=text)
    try:
        session = Session.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, file, text)) from None
    lines = functools.cache(lambda: TomlLineIndex(text))
    rules = [
        problem
        for number, report in enumerate(session.measurements)
        for problem in report_rule_problems(report, file, lines, ("measurements", number), numbers_only=True)
    ]
    if rules:
        raise InputError(rules)
    if not _ends_with_trailer(text):
        # A file cut off at a line break is still valid TOML, only shorter:
        # without this check it would show a report with themes missing.
        line = text.count("\n") + (0 if text.endswith("\n") else 1)
        raise InputError([Problem(file=file, line=line, message=t("storage.truncated", trailer=TRAILER))])
    assert isinstance(original, int)  # migrate() refuses anything else
    return session, original


def save_session(
    session: Session, path: Path | str, mode: int | None = None, *, backup: bool = True
) -> None:
    """Stamp `session.updated` and write the file atomically, keeping the
    previous version as NAME.bak. `mode` defaults to the folder's
    (`file_mode_for`). Raises OSError with the file untouched."""
    path = Path(path)
    session.updated = now()
    atomic_write(path, session_to_bytes(session), file_mode_for(path.parent) if mode is None else mode, backup=backup)


def session_to_bytes(session: Session) -> bytes:
    """The file's content: the session as TOML, then the summary line that
    lets a folder scan skip parsing (storage/session_summary.py), then the
    trailer line."""
    from kompas_tui.storage.session_summary import summary_fields

    return file_bytes(model_to_data(session), summary_fields(session))


def file_bytes(data: dict[str, Any], summary: dict[str, Any]) -> bytes:
    """The file's content from the session as plain data (`model_to_data`)
    and its summary's fields (`summary_fields`): the slow part of a save
    (TOML text, digest), which needs no session and may run on any thread."""
    from kompas_tui.storage.session_summary import summary_bytes

    body = dumps(data).encode("utf-8") + b"\n"
    return body + summary_bytes(summary, body) + f"\n{TRAILER}\n".encode()


#: The last line of every session file. Its absence means the file was cut
#: off (a copy that stopped, a full disk outside kompas, a hand edit).
TRAILER = "# end of kompas session"


def _ends_with_trailer(text: str) -> bool:
    """The last non-blank line (as `splitlines` cuts lines) is the trailer.
    Only the end is looked at: stripping every line of a big session took
    longer than validating it."""
    last_lines = text.rstrip().rsplit("\n", 1)[-1].splitlines()
    return bool(last_lines) and last_lines[-1].strip() == TRAILER


@dataclass(eq=False)
class SessionHandle:
    """An open session. Writable while it holds the lock; else `read_only`,
    with `holder` telling who has it (None when nobody could be named, e.g.
    no write access to the folder)."""

    path: Path
    session: Session
    read_only: bool = False
    holder: LockInfo | None = None
    mode: int = 0o600
    #: The older schema version the file on disk still has; its first save
    #: keeps that file as NAME.toml.vN.bak (storage/migrations.py). None
    #: when the file is in the current version.
    migrated_from: int | None = None
    _lock: SessionLock | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    def save(self) -> None:
        self.prepare_save()()

    def prepare_save(self) -> Callable[[], None]:
        """Stamp `session.updated` and take the file's bytes now, on the
        thread that changes the session; return the write, which any one
        thread may run (`storage/session_writer.py`). Raises
        `ReadOnlyError` when this handle may not save."""
        if self.read_only or self._closed:
            raise ReadOnlyError(self.read_only_message() or t("storage.read_only_closed", path=str(self.path)))
        from kompas_tui.storage.session_summary import summary_fields

        self.session.updated = now()
        # Plain copies, taken now: the session may change while they are written.
        data, summary = model_to_data(self.session), summary_fields(self.session)
        path, mode, migrated_from = self.path, self.mode, self.migrated_from

        def write() -> None:
            content = file_bytes(data, summary)
            if migrated_from is not None:
                keep_original(path, migrated_from, mode)
            atomic_write(path, content, mode, backup=True)
            self.migrated_from = None

        return write

    def close(self) -> None:
        """Release the lock; the handle can no longer save. Idempotent."""
        self._closed = True
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def read_only_message(self) -> str | None:
        """Why this handle cannot save, for the user; None when it can."""
        path = str(self.path)
        if self._closed:
            return t("storage.read_only_closed", path=path)
        if not self.read_only:
            return None
        if self.holder is None:
            return t("storage.read_only_no_permission", path=path)
        if not self.holder.user and not self.holder.host:
            return t("storage.read_only_unknown_holder", path=path)
        holder = t("storage.holder", user=self.holder.user, host=self.holder.host, pid=self.holder.pid)
        since = self.holder.since.strftime("%Y-%m-%d %H:%M") if self.holder.since else t("storage.unknown_since")
        return t("storage.read_only_locked", path=path, holder=holder, since=since)

    def __enter__(self) -> SessionHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_session(path: Path | str) -> SessionHandle:
    """Open a session for writing, or read-only when another process holds
    its lock (or the folder cannot be written). Raises `InputError` if the
    file does not load; then nothing is locked or written. A file of an
    older schema is upgraded in memory and stays as it is on disk until the
    first save, which keeps it as NAME.toml.vN.bak (`migrated_from`)."""
    path = Path(path)
    mode = file_mode_for(path.parent)
    lock = SessionLock(path, lock_mode_for(mode))
    try:
        holder = lock.acquire()
    except OSError:
        # No lock file possible (read-only folder or file system): reading
        # is still fine, writing is not.
        return SessionHandle(path, load_session(path), read_only=True, holder=None, mode=mode)
    if holder is not None:
        return SessionHandle(path, load_session(path), read_only=True, holder=holder, mode=mode)
    # Loaded while holding the lock, so it is the latest saved version.
    try:
        session, version = _load_session(path)
    except BaseException:
        lock.release()
        raise
    remove_stale_temps(path)
    migrated_from = version if version < SCHEMA_VERSION else None
    return SessionHandle(path, session, mode=mode, migrated_from=migrated_from, _lock=lock)


def new_session(
    report: Report, sessions_dir: Path | str, language: Language = "da", unit: str | None = None
) -> SessionHandle:
    """Start a session on `report`, create its file at once (named from unit
    and date, with -2, -3 … when taken) and hold its lock."""
    sessions_dir = Path(sessions_dir)
    sessions_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    session = Session.start(report, language=language, unit=unit)
    mode = file_mode_for(sessions_dir)
    stem = session_filename(session.unit, session.created.date()).removesuffix(SESSION_SUFFIX)
    number = 1
    while True:
        path = sessions_dir / (f"{stem}{SESSION_SUFFIX}" if number == 1 else f"{stem}-{number}{SESSION_SUFFIX}")
        number += 1
        if not _create_exclusively(path, mode):
            continue
        lock = SessionLock(path, lock_mode_for(mode))
        try:
            holder = lock.acquire()
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        if holder is not None:
            continue  # someone locked the name we just created: leave it to them
        try:
            # The empty placeholder is not a version worth keeping.
            save_session(session, path, mode, backup=False)
        except BaseException:
            path.unlink(missing_ok=True)
            lock.release()
            raise
        return SessionHandle(path, session, mode=mode, _lock=lock)


def _create_exclusively(path: Path, mode: int) -> bool:
    """Reserve a file name; False when it exists (O_EXCL: no race with
    another kompas picking the same name)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
    except FileExistsError:
        return False
    os.close(fd)
    return True


class RecentSession(NamedTuple):
    path: Path
    #: None when the file could not be loaded; `problem` says why.
    session: Session | None
    problem: str | None


def recent_sessions(sessions_dir: Path | str, limit: int = 10) -> list[RecentSession]:
    """The `limit` most recently changed session files, newest first, for
    the start screen. Files that do not load are listed with the reason;
    nothing here raises."""
    candidates = sorted(session_paths(sessions_dir), key=lambda pm: (-pm[1], pm[0].name))
    recent = []
    for path, _mtime in candidates[:limit]:
        try:
            recent.append(RecentSession(path, load_session(path), None))
        except InputError as exc:
            problem = str(exc.problems[0]) if exc.problems else str(exc)
            recent.append(RecentSession(path, None, problem))
        except Exception as exc:  # never let one odd file break the start screen
            recent.append(RecentSession(path, None, f"{path}: {exc}"))
    return recent


def session_paths(sessions_dir: Path | str) -> list[tuple[Path, float]]:
    """Candidate session files in a folder and its subfolders (an
    organisation's folder keeps its units in subfolders), and their mtimes:
    `*.toml` except the profile and hidden files and folders (locks, backups
    and temporary files have other endings). Symlinked folders are not
    followed (no loops). Unlistable folders are skipped."""
    found = []
    stack = [str(sessions_dir)]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith("."):
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if not is_ballot_box(name):  # ballots, not sessions
                                stack.append(entry.path)
                        elif (
                            name.endswith(SESSION_SUFFIX) and name != PROFILE_FILENAME
                            and conflict_original(name) is None and entry.is_file()
                        ):
                            found.append((Path(entry.path), entry.stat().st_mtime))
                    except OSError:
                        continue
        except OSError:
            continue
    return found
