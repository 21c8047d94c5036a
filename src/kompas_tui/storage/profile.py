"""Loading the organisation profile (SPEC §6).

`--profile FILE` wins; else `kompas.toml` in the sessions folder; else the
spec's defaults. A bad profile is an `InputError` naming file, line and
field, never a silent fallback to defaults: the numbers decide which units
get which follow-up.

A profile from an older kompas with `leadership_pattern` (a regular
expression) is read with a warning naming file, line and field: the key is
left out, and the leadership words apply (SPEC §6).
"""

from __future__ import annotations

import os
from pathlib import Path

from kompas_tui.domain.profile import DEFAULT_PROFILE, OLD_LEADERSHIP_KEY, OrgProfile
from kompas_tui.storage.folder import PROFILE_FILENAME


def profile_path(path: Path | str | None, sessions_dir: Path | str) -> Path | None:
    """The profile file that applies, or None for the defaults."""
    if path is not None:
        return Path(path)
    in_folder = Path(sessions_dir) / PROFILE_FILENAME
    # lexists, not is_file: a FIFO, a folder or a link under that name is
    # refused with its reason by the reader, never silently skipped.
    return in_folder if os.path.lexists(in_folder) else None


def read_profile(path: Path | str | None, sessions_dir: Path | str) -> tuple[OrgProfile, list[str]]:
    """The profile that applies and its warnings (each naming file, line
    and field), in the interface language. The defaults need no file, and
    no pydantic: it is imported only to validate a profile file."""
    chosen = profile_path(path, sessions_dir)
    if chosen is None:
        return DEFAULT_PROFILE, []
    from pydantic import ValidationError

    from kompas_tui.domain.profile import profile_adapter
    from kompas_tui.errors import InputError, Problem
    from kompas_tui.i18n import t
    from kompas_tui.safe_read import PROFILE
    from kompas_tui.storage.problems import TomlLineIndex, read_toml, validation_problems

    data, text = read_toml(chosen, PROFILE, links="own")
    warnings = []
    if OLD_LEADERSHIP_KEY in data:
        del data[OLD_LEADERSHIP_KEY]
        line = TomlLineIndex(text).line_of((OLD_LEADERSHIP_KEY,))
        problem = Problem(str(chosen), line, OLD_LEADERSHIP_KEY, message=t("storage.profile_pattern_unused"))
        warnings.append(str(problem))
    try:
        return profile_adapter().validate_python(data), warnings
    except ValidationError as exc:
        raise InputError(validation_problems(exc, str(chosen), text)) from None


def load_profile(path: Path | str | None, sessions_dir: Path | str) -> OrgProfile:
    """`read_profile` without its warnings (for callers that show none)."""
    return read_profile(path, sessions_dir)[0]
