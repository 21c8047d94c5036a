"""Every session in a folder (and its subfolders), each as a `UnitStatus`,
for the review list, HR's overview and `kompas due`. A messy real folder
never breaks it: a file that is not a readable kompas session is listed as
a `FolderProblem` with its reason; locks, backups and temporary files are
not sessions and are skipped.

Which files (docs/overview.md, "The folder"):

- every `*.toml` under the folder, in subfolders too, except `kompas.toml`
  (the organisation's profile) and hidden files; hidden folders are not
  entered. Lock files (`NAME.toml.lock`), backups (`NAME.toml.bak`,
  `NAME.toml.vN.bak`) and temporary files (`.NAME.*.tmp`) do not end in
  `.toml` or are hidden, so they are never counted;
- a folder reached twice (a symbolic link to a folder already seen, a link
  loop) is read once; a file reached twice (a hard link) counts once, under
  its first path. A symbolic link to a file is never followed (SPEC §7): it
  is listed with its reason, as FIFOs, devices and files too big to be a
  session are, without being opened (kompas_tui/safe_read.py);
- a session another kompas has open is still a unit; `UnitStatus.holder`
  says who has it.

Fast, without believing what a file says about itself: a file this user's
kompas has loaded in full before, byte for byte the same, gets its status
from the summary kompas made of it then (storage/checked_summaries.py,
by SHA-256 of the bytes), without parsing the TOML. Any other file (new or
changed since, a hand edit, a forged summary line) is loaded fully, as
`load_session` does, and anything wrong with it becomes its problem.

`scan_folder` reports progress through a callback, so a screen can run it
in a worker and show how far it has come.
"""

from __future__ import annotations

import dataclasses
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kompas_tui.domain.overview import UnitStatus, unit_status
from kompas_tui.storage.checked_summaries import CheckedSummaries

if TYPE_CHECKING:
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.errors import Problem

#: progress(done, total): called now and then while scanning.
Progress = Callable[[int, int], None]

SESSION_SUFFIX = ".toml"
PROFILE_FILENAME = "kompas.toml"
LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class FolderProblem:
    """A file in the folder that could not be read as a session, and why
    (one line, plain text; the first problem of the file)."""

    path: str
    reason: str


@dataclass
class FolderScan:
    folder: str
    units: list[UnitStatus] = field(default_factory=list)
    problems: list[FolderProblem] = field(default_factory=list)


def _is_session_name(name: str) -> bool:
    return name.endswith(SESSION_SUFFIX) and not name.startswith(".") and name != PROFILE_FILENAME


@dataclass
class _Found:
    files: list[tuple[Path, bool]] = field(default_factory=list)  # (path, a lock file beside it)
    problems: list[FolderProblem] = field(default_factory=list)


def _walk(folder: Path, recursive: bool) -> _Found:
    """Candidate files and the folders or links that could not be read."""
    from kompas_tui.i18n import t
    from kompas_tui.problem_text import cannot_read_problem
    from kompas_tui.storage.folder import conflict_original, is_ballot_box

    found = _Found()
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen_dirs:
                continue  # a link back to a folder already read
            seen_dirs.add((info.st_dev, info.st_ino))
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            found.problems.append(FolderProblem(str(current), _reason(cannot_read_problem(str(current), exc))))
            continue
        names = {e.name for e in entries}
        subfolders = []
        for entry in entries:
            hidden = entry.name.startswith(".")
            try:
                if entry.is_dir():
                    if recursive and not hidden and not is_ballot_box(entry.name):  # ballots, not sessions
                        subfolders.append(Path(entry.path))
                    continue
                if not _is_session_name(entry.name):
                    continue
                if entry.is_symlink():
                    # Never followed (SPEC §7); a dangling one or a loop of
                    # links is named as such.
                    key = "folder.broken_link" if not entry.is_file() else "safe_read.link_refuse"
                    found.problems.append(FolderProblem(entry.path, t(key)))
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                found.problems.append(FolderProblem(entry.path, _reason(cannot_read_problem(entry.path, exc))))
                continue
            if (info.st_dev, info.st_ino) in seen_files:
                continue  # a hard link to a file already listed
            seen_files.add((info.st_dev, info.st_ino))
            original = conflict_original(entry.name)
            if original is not None:
                # Another server's version (kompas sync): a person compares
                # and deletes it; it is no second unit.
                found.problems.append(FolderProblem(entry.path, t("folder.conflict_copy", original=original)))
                continue
            # FIFOs, devices and oversized files are refused by read_unit
            # (safe_read), without being opened.
            found.files.append((Path(entry.path), entry.name + LOCK_SUFFIX in names))
        # Depth first, in name order.
        stack.extend(reversed(subfolders))
    found.files.sort()
    found.problems.sort(key=lambda p: p.path)
    return found


def session_files(folder: Path | str, *, recursive: bool = True) -> Iterator[Path]:
    """Candidate session files (`*.toml`, not hidden, not the org profile),
    in a stable order (sorted by path). Hidden folders are not entered.
    Unlistable folders are skipped."""
    for path, _locked in _walk(Path(folder), recursive).files:
        yield path


def _reason(problem: Problem) -> str:
    """A problem as one line without the file name (the list shows it)."""
    from kompas_tui.i18n import t
    from kompas_tui.text import safe_text

    parts = [t("folder.line", line=problem.line)] if problem.line is not None else []
    if problem.field:
        parts.append(t("errors.field", field=problem.field))
    parts.append(problem.message or t("errors.expected_found", expected=problem.expected, found=problem.found))
    return safe_text(": ".join(parts))


def _not_a_session_reason(raw: bytes, name: str) -> str | None:
    """What a TOML file that is no session looks like, when it is one of
    kompas's own other files."""
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.errors import InputError
    from kompas_tui.i18n import t
    from kompas_tui.safe_read import SESSION, parse_toml_bytes

    try:
        data = parse_toml_bytes(raw, name, SESSION)
    except InputError:
        return None
    if "themes" in data:
        return t("folder.a_report")
    if data and set(data) <= {item.name for item in dataclasses.fields(OrgProfile)}:
        return t("folder.a_profile")
    return None


def holder(session_path: Path) -> str | None:
    """Who has the session open for writing, as "anna på server (proces
    123)"; None when nobody does. Read from the lock file without taking
    the lock (taking it, even for a moment, could turn someone opening the
    session right then read-only). A lock left by a process that died on
    this machine is nobody's; one from another machine is believed."""
    from kompas_tui.i18n import t
    from kompas_tui.safe_read import LOCK, RefusedFile, read_file
    from kompas_tui.storage.lock import LockInfo, lock_path

    try:
        data = read_file(lock_path(session_path), LOCK)
    except RefusedFile as exc:
        if exc.reason == "unreadable":
            return None  # released meanwhile, or not ours to read
        return t("folder.holder_unknown")  # a link, a FIFO, a huge file: no lock of kompas's
    info = LockInfo.from_json(data)
    if info is None or not (info.user or info.host):
        return t("folder.holder_unknown")
    if info.host == socket.gethostname() and info.pid > 0:
        try:
            os.kill(info.pid, 0)
        except ProcessLookupError:
            return None
        except OSError:
            pass  # alive, someone else's
    return t("storage.holder", user=info.user, host=info.host, pid=info.pid)


def read_unit(
    path: Path, profile: OrgProfile, *, locked: bool = False, checked: CheckedSummaries | None = None
) -> UnitStatus | FolderProblem:
    """One file's status, or why it is no session. Never raises. The file's
    own summary line is never believed: when `checked` has loaded these
    very bytes before, its own summary of them is used; else the file is
    loaded in full, as `kompas open` would, and its summary kept in
    `checked` for next time (storage/checked_summaries.py)."""
    from kompas_tui.errors import InputError
    from kompas_tui.i18n import t
    from kompas_tui.safe_read import SESSION, read_file

    name = str(path)
    try:
        try:
            raw = read_file(path, SESSION)
        except InputError as exc:
            return FolderProblem(name, _reason(exc.problems[0]))
        status = _status_from_summary(raw, profile, name, checked)
        if status is None:
            status = _status_from_body(raw, profile, name, checked)
            if isinstance(status, FolderProblem):
                return status
        if locked:
            status = dataclasses.replace(status, holder=holder(path))
        return status
    except Exception as exc:  # one odd file never breaks the overview
        return FolderProblem(name, t("folder.unexpected", error=type(exc).__name__))


def _status_from_summary(
    raw: bytes, profile: OrgProfile, name: str, checked: CheckedSummaries | None
) -> UnitStatus | None:
    """The status from the summary kompas made when it loaded these very
    bytes before; else None."""
    from kompas_tui.storage.checked_summaries import key
    from kompas_tui.storage.session_summary import status_from_summary

    data = None if checked is None else checked.get(key(raw))
    if data is None:
        return None
    try:
        return status_from_summary(data, profile, name)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        return None


def _status_from_body(
    raw: bytes, profile: OrgProfile, name: str, checked: CheckedSummaries | None
) -> UnitStatus | FolderProblem:
    """The status from the whole file, loaded as `load_session` does; its
    summary is kept in `checked` for the next scan."""
    from kompas_tui.errors import InputError
    from kompas_tui.i18n import t
    from kompas_tui.storage.checked_summaries import key
    from kompas_tui.storage.session_file import session_from_bytes
    from kompas_tui.storage.session_summary import summary_json

    try:
        session = session_from_bytes(raw, name)
    except InputError as exc:
        first = exc.problems[0] if exc.problems else None
        if first is not None and first.message == t("storage.not_a_session"):
            return FolderProblem(name, _not_a_session_reason(raw, name) or _reason(first))
        return FolderProblem(name, _reason(first) if first else str(exc))
    status = unit_status(session, profile, name)
    if checked is not None:
        checked.put(key(raw), summary_json(session))
    return status


def scan_folder(
    folder: Path | str,
    profile: OrgProfile,
    *,
    recursive: bool = True,
    progress: Progress | None = None,
) -> FolderScan:
    """Every session under `folder` as a `UnitStatus` (sorted by path);
    every other `*.toml` with its reason, and folders that could not be
    read. Never raises for a file."""
    result = FolderScan(str(folder))
    found = _walk(Path(folder), recursive)
    problems = list(found.problems)
    total = len(found.files)
    checked = CheckedSummaries.load()
    for done, (path, locked) in enumerate(found.files, 1):
        item = read_unit(path, profile, locked=locked, checked=checked)
        if isinstance(item, FolderProblem):
            problems.append(item)
        else:
            result.units.append(item)
        if progress is not None and (done % 50 == 0 or done == total):
            progress(done, total)
    checked.save()
    if progress is not None and total == 0:
        progress(0, 0)
    result.problems = sorted(problems, key=lambda p: p.path)
    return result
