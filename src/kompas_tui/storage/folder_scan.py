"""Every session in a folder (and its subfolders), each as a `UnitStatus`,
for the review list, HR's overview and `kompas due`. A messy real folder
never breaks it: a file that is not a readable kompas session is listed as
a `FolderProblem` with its reason; locks, backups and temporary files are
not sessions and are skipped.

`scan_folder` reports progress through a callback, so a screen can run it
in a worker and show how far it has come.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kompas_tui.domain.overview import UnitStatus, unit_status

if TYPE_CHECKING:
    from kompas_tui.domain.profile import OrgProfile

#: progress(done, total): called now and then while scanning.
Progress = Callable[[int, int], None]

SESSION_SUFFIX = ".toml"
PROFILE_FILENAME = "kompas.toml"


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


def session_files(folder: Path | str, *, recursive: bool = True) -> Iterator[Path]:
    """Candidate session files (`*.toml`, not hidden, not the org profile),
    in a stable order (sorted by path). Hidden folders are not entered.
    Unlistable folders are skipped."""
    stack = [Path(folder)]
    found: list[Path] = []
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if recursive and not entry.name.startswith("."):
                                stack.append(Path(entry.path))
                        elif _is_session_name(entry.name) and entry.is_file():
                            found.append(Path(entry.path))
                    except OSError:
                        continue
        except OSError:
            continue
    yield from sorted(found)


def scan_folder(
    folder: Path | str,
    profile: OrgProfile,
    *,
    recursive: bool = True,
    progress: Progress | None = None,
) -> FolderScan:
    """Every session under `folder` as a `UnitStatus` (sorted by path);
    every other `*.toml` with its reason. Never raises for a file."""
    from kompas_tui.errors import InputError
    from kompas_tui.storage.session_file import load_session

    result = FolderScan(str(folder))
    paths = list(session_files(folder, recursive=recursive))
    total = len(paths)
    for done, path in enumerate(paths, 1):
        try:
            session = load_session(path)
            result.units.append(unit_status(session, profile, str(path)))
        except InputError as exc:
            reason = str(exc.problems[0]) if exc.problems else str(exc)
            result.problems.append(FolderProblem(str(path), reason))
        except OSError as exc:
            result.problems.append(FolderProblem(str(path), f"{path}: {exc.strerror or exc}"))
        except Exception as exc:  # one odd file never breaks the overview
            result.problems.append(FolderProblem(str(path), f"{path}: {exc!r}"))
        if progress is not None and (done % 50 == 0 or done == total):
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)
    return result
