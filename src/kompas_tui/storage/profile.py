"""Loading the organisation profile (SPEC §6).

`--profile FILE` wins; else `kompas.toml` in the sessions folder; else the
spec's defaults. A bad profile is an `InputError` naming file, line and
field, never a silent fallback to defaults: the numbers decide which units
get which follow-up.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.errors import InputError
from kompas_tui.storage.folder import PROFILE_FILENAME
from kompas_tui.storage.problems import read_toml, validation_problems


def profile_path(path: Path | str | None, sessions_dir: Path | str) -> Path | None:
    """The profile file that applies, or None for the defaults."""
    if path is not None:
        return Path(path)
    in_folder = Path(sessions_dir) / PROFILE_FILENAME
    return in_folder if in_folder.is_file() else None


def load_profile(path: Path | str | None, sessions_dir: Path | str) -> OrgProfile:
    chosen = profile_path(path, sessions_dir)
    if chosen is None:
        return DEFAULT_PROFILE
    data, text = read_toml(chosen)
    try:
        return OrgProfile.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, str(chosen), text)) from None
