"""Upgrading session files written by older versions of kompas.

This is the one place older schema versions are read. Each change to the
saved shape bumps `SCHEMA_VERSION` (domain/session.py) and adds
`MIGRATIONS[old] = function` here, taking a version-`old` document to
version `old + 1` as plain TOML data (dicts, lists, scalars), before
validation. Files are upgraded in memory; the file on disk changes at the
first save of a handle opened for writing (`open_session`), which first
keeps the file as it was as `NAME.toml.vN.bak` (`keep_original`), N being
its old version. Loading alone (`kompas check`, `export`, read-only opens)
never writes.

A file from a newer kompas is refused rather than guessed at: saving it
with this version would drop whatever the newer version added.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kompas_tui.domain.session import SCHEMA_VERSION
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.storage.atomic import atomic_write
from kompas_tui.storage.problems import TomlLineIndex, describe_value

Document = dict[str, Any]

#: The first schema version kompas ever wrote.
FIRST_SCHEMA_VERSION = 1


def _v1_to_v2(data: Document) -> Document:
    """Schema 2 (the workshop) adds `dialog` (notes per discussion prompt),
    `voting` (settings, dots, chosen themes) and `plan` (goals, actions, the
    zero-tolerance record, the next follow-up date), and the steps after
    "report" for `step`.

    A version-1 file has none of them, and the meeting has not started, so
    the new tables are left out here and come from the model's defaults
    (empty notes, no dots, no goals or actions). Nothing of version 1 is
    renamed or removed: every measurement, `step` and the timestamps are
    kept as they are. Only the version changes."""
    data["schema_version"] = 2
    return data


def _v2_to_v3(data: Document) -> Document:
    """Schema 3 (evaluation rounds) adds `rounds` (each round's date,
    participants, notes, reviews of actions and changes to the plan),
    `reached` on a goal, and the step "evaluation". A version-2 file has no
    rounds and no goal reached, which is what the defaults say, so only the
    version changes."""
    data["schema_version"] = 3
    return data


def _v3_to_v4(data: Document) -> Document:
    """Schema 4 (the record of the meeting) adds `preparation` (when, by
    whom, notes), `meeting` (date, place, participants with roles),
    `plan.follow_up_by`, `plan.work_group` and a round's own
    `zero_tolerance` record; a version-3 file has none of them, which the
    defaults say (empty). A round's `participants` were names; they become
    tables with a `name` and, when the name ended in a role in parentheses
    ("Jonas (AMR)"), that `role` (`domain.meeting.parse_participant`); a
    name without one gets none (shown as "rolle mangler"), never a guess.
    Anything that is not a list of names is left for validation to report
    with its line."""
    from kompas_tui.domain.meeting import parse_participant

    rounds = data.get("rounds")
    for item in rounds if isinstance(rounds, list) else ():
        names = item.get("participants") if isinstance(item, dict) else None
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            continue
        people = [parse_participant(name, default=None) for name in names]
        item["participants"] = [
            {"name": p.name, **({"role": p.role} if p.role else {})} for p in people if p is not None
        ]
    data["schema_version"] = 4
    return data


#: version -> function upgrading a document of that version to version + 1.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
}


def migrate(data: Document, file: str, *, text: str | None = None) -> Document:
    """`data` upgraded to `SCHEMA_VERSION`; `InputError` when its version is
    missing, not a number, unknown or newer. `text` (the TOML source) adds the
    line of `schema_version` to problems. `data` itself is never changed."""
    version = check_schema_version(data, file, text=text)
    if version < SCHEMA_VERSION:
        data = copy.deepcopy(data)  # migrations may change it freely
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def check_schema_version(data: Document, file: str, *, text: str | None = None) -> int:
    """The document's schema version, if this kompas can read it."""
    version = data.get("schema_version")
    message, found = _version_problem(version, present="schema_version" in data)
    if message:
        line = TomlLineIndex(text).line_of(("schema_version",)) if text is not None else None
        raise InputError(
            [Problem(file=file, line=line, field="schema_version", found=found, message=message)]
        )
    assert isinstance(version, int)
    return version


def _version_problem(version: object, *, present: bool) -> tuple[str, str]:
    """(message, found) describing what is wrong with `version`, or ("", "")."""
    if not present:
        return t("storage.schema_missing"), ""
    # bool is an int in Python, never a version.
    if not isinstance(version, int) or isinstance(version, bool):
        found = describe_value(version)
        return t("storage.schema_not_int", found=found), found
    if version > SCHEMA_VERSION:
        return t("storage.schema_newer", version=version, supported=SCHEMA_VERSION), str(version)
    readable = version >= FIRST_SCHEMA_VERSION and all(
        v in MIGRATIONS for v in range(version, SCHEMA_VERSION)
    )
    if not readable:
        return t("storage.schema_unknown", version=version, supported=SCHEMA_VERSION), str(version)
    return "", ""


def original_path(path: Path, version: int, number: int = 1) -> Path:
    """Where the original of a session file of schema `version` is kept
    when it is first saved in the current version: NAME.toml.v1.bak, or
    NAME.toml.v1-2.bak … when that name holds another file."""
    suffix = f".v{version}.bak" if number == 1 else f".v{version}-{number}.bak"
    return path.with_name(path.name + suffix)


def keep_original(path: Path | str, version: int, mode: int) -> Path:
    """Copy the session file `path`, still as written with schema
    `version`, to `original_path` before it is first saved in the current
    version; the copy where it is kept. An existing copy is never
    overwritten: the same bytes are not copied again, other bytes get the
    next free number. Call it only while holding the session's lock.
    Raises OSError; then the caller must not save (the original would be
    lost when the backup turns over)."""
    from kompas_tui.safe_read import SESSION, read_file_or_oserror

    # Never through a link, never waiting on a FIFO (safe_read.py).
    path = Path(path)
    data = read_file_or_oserror(path, SESSION)
    number = 1
    while True:
        kept = original_path(path, version, number)
        try:
            if read_file_or_oserror(kept, SESSION) == data:
                return kept
        except FileNotFoundError:
            atomic_write(kept, data, mode, backup=False)
            return kept
        number += 1

