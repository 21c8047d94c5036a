"""Upgrading session files written by older versions of kompas.

This is the one place older schema versions are read. Each change to the
saved shape bumps `SCHEMA_VERSION` (domain/session.py) and adds
`MIGRATIONS[old] = function` here, taking a version-`old` document to
version `old + 1` as plain TOML data (dicts, lists, scalars), before
validation. Files are upgraded in memory; the file on disk changes at the
next save, when the previous version is kept as NAME.bak.

A file from a newer kompas is refused rather than guessed at: saving it
with this version would drop whatever the newer version added.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from kompas_tui.domain.session import SCHEMA_VERSION
from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.storage.problems import TomlLineIndex, describe_value

Document = dict[str, Any]

#: The first schema version kompas ever wrote.
FIRST_SCHEMA_VERSION = 1

#: version -> function upgrading a document of that version to version + 1.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


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
