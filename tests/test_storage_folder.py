"""The sessions folder: privacy warnings, file modes, file names (SPEC §6, §7)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from kompas_tui import i18n
from kompas_tui.errors import InputError
from kompas_tui.storage.folder import (
    MAX_SLUG_LENGTH,
    ensure_sessions_dir,
    file_mode_for,
    lock_mode_for,
    session_filename,
    slugify,
)

DAY = dt.date(2026, 11, 26)


# Assert on the English texts (conftest puts the language back).
pytestmark = pytest.mark.usefixtures("english")


def test_missing_folder_is_created_private(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "sessions"
    old = os.umask(0o022)
    try:
        assert ensure_sessions_dir(folder) == []
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_world_readable_folder_is_warned_about(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    (warning,) = ensure_sessions_dir(tmp_path)
    assert str(tmp_path) in warning and "Every user" in warning


def test_world_writable_folder_gets_both_warnings(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o777)
    warnings = ensure_sessions_dir(tmp_path)
    assert len(warnings) == 2
    assert any("change and delete" in w for w in warnings)


def test_warnings_are_localized(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    i18n.set_language("da")
    (warning,) = ensure_sessions_dir(tmp_path)
    assert "Alle brugere" in warning


def test_private_and_sticky_team_folders_are_quiet(tmp_path: Path) -> None:
    for mode in (0o700, 0o2750, 0o3770, 0o1770):
        os.chmod(tmp_path, mode)
        assert ensure_sessions_dir(tmp_path) == [], oct(mode)


@pytest.mark.parametrize("mode", [0o2770, 0o770, 0o2730])
def test_a_group_writable_folder_without_the_sticky_bit_is_warned_about(tmp_path: Path, mode: int) -> None:
    """Any member may rename or delete another's session or ballot box
    there (issue 13): the warning says how to fix it."""
    os.chmod(tmp_path, mode)
    (warning,) = ensure_sessions_dir(tmp_path)
    assert "sticky bit" in warning and f"chmod +t {tmp_path}" in warning
    i18n.set_language("da")
    (warning,) = ensure_sessions_dir(tmp_path)
    assert "mangler sticky-bit" in warning


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("")
    with pytest.raises(InputError, match="not a folder"):
        ensure_sessions_dir(tmp_path / "f")


def test_file_modes(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o700)
    assert file_mode_for(tmp_path) == 0o600
    os.chmod(tmp_path, 0o2750)
    assert file_mode_for(tmp_path) == 0o640
    assert lock_mode_for(0o600) == 0o600
    assert lock_mode_for(0o640) == 0o660


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Hjemmeplejen Nord", "hjemmeplejen-nord"),
        ("Ældreplejen Østerå", "aeldreplejen-oesteraa"),
        ("ÆØÅ æøå", "aeoeaa-aeoeaa"),
        ("Café Müller / Straße", "cafe-muller-strasse"),
        ("  --Team   42!!  ", "team-42"),
        ("🙂 Glade 🚀 hold", "glade-hold"),
        ("🙂🚀", "session"),
        ("", "session"),
        ("[bold]x[/]", "bold-x"),
        ("\x1b[31mRød\x1b[0m", "31mroed-0m"),
        ("../../etc/passwd", "etc-passwd"),
        ("日本語", "session"),
    ],
)
def test_slugs(unit: str, expected: str) -> None:
    assert slugify(unit) == expected
    assert session_filename(unit, DAY) == f"{expected}-2026-11-26.toml"


def test_long_units_are_cut_on_a_clean_edge() -> None:
    slug = slugify("Afdeling for " + "meget " * 30 + "lange navne")
    assert len(slug) <= MAX_SLUG_LENGTH
    assert not slug.endswith("-")
    assert slug.startswith("afdeling-for-meget-meget")
    assert len(session_filename("x" * 500, DAY)) == MAX_SLUG_LENGTH + len("-2026-11-26.toml")
