"""The sessions folder: creating it privately, warning when it is not, the
mode new files get, and file names made from the unit's name."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
from pathlib import Path

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t
from kompas_tui.os_errors import os_reason

#: Profile file that lives in the sessions folder; never a session.
PROFILE_FILENAME = "kompas.toml"

PRIVATE_FILE_MODE = 0o600
#: In a setgid team folder the team group may read; others never.
TEAM_FILE_MODE = 0o640

MAX_SLUG_LENGTH = 60
FALLBACK_SLUG = "session"

# Letters NFKD does not take apart; the Danish ones spelled the Danish way.
_TRANSLITERATION = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d"}
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def ensure_sessions_dir(path: Path | str) -> list[str]:
    """Create the sessions folder (private to the user) if missing; return
    localized warnings about who else can read or change it."""
    path = Path(path)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError([Problem(file=str(path), message=t("storage.not_a_folder"))]) from None
    except OSError as exc:
        raise InputError(
            [Problem(file=str(path), message=t("storage.cannot_create_folder", reason=os_reason(exc)))]
        ) from None
    return folder_warnings(path)


def folder_warnings(path: Path) -> list[str]:
    mode = path.stat().st_mode
    warnings = []
    if mode & stat.S_IROTH:
        warnings.append(t("storage.folder_world_readable", path=str(path)))
    if mode & stat.S_IWOTH:
        warnings.append(t("storage.folder_world_writable", path=str(path)))
    elif mode & stat.S_IWGRP and not mode & stat.S_ISVTX:
        # A team folder without the sticky bit: any member may rename or
        # delete another's session or ballot box (SPEC §7).
        warnings.append(t("storage.folder_not_sticky", path=str(path)))
    return warnings


def file_mode_for(folder: Path | str) -> int:
    """The mode for new files in `folder`: private, or group-readable in a
    setgid folder (the usual way to set up a shared team folder)."""
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return PRIVATE_FILE_MODE
    return TEAM_FILE_MODE if mode & stat.S_ISGID else PRIVATE_FILE_MODE


def lock_mode_for(file_mode: int) -> int:
    """Lock files are written by whoever opens the session, so in a team
    folder the group may write them too. They hold no survey content."""
    return file_mode | ((file_mode & 0o040) >> 1)


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """ASCII file-name part: lowercase letters, digits and single hyphens."""
    text = text.lower().translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    slug = _NOT_ALNUM.sub("-", text).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or FALLBACK_SLUG


def session_filename(unit: str, date: dt.date) -> str:
    """`hjemmeplejen-nord-2026-11-26.toml` for unit "Hjemmeplejen Nord"."""
    return f"{slugify(unit)}-{date.isoformat()}.toml"


#: `kompas sync` keeps another server's version of a session changed on
#: both as "NAME.conflict-HOST-DATE.toml" beside "NAME.toml".
#: The ending of a live ballot's box, `NAME.ballot/` beside `NAME.toml`
#: (storage/ballot_box.py): kompas's own, holding ballots, never sessions.
BALLOT_BOX_SUFFIX = ".ballot"


def is_ballot_box(name: str) -> bool:
    """Whether a folder named `name` is a ballot box: the session walkers
    do not look inside (its files are ballots, not sessions)."""
    return name.endswith(BALLOT_BOX_SUFFIX)


CONFLICT_MARK = ".conflict-"


def conflict_original(name: str) -> str | None:
    """For a conflict copy's file name, the session's ("NAME.toml"); None
    for any other name."""
    if not name.endswith(".toml") or CONFLICT_MARK not in name:
        return None
    return name.split(CONFLICT_MARK, 1)[0] + ".toml"
