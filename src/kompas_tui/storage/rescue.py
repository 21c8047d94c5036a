"""A copy of a session that cannot be saved in its place (a full disk, a
folder gone read-only): written somewhere else, as a new file that never
replaces anything (SPEC §7: nothing typed is lost without the user
knowing). `kompas open COPY` opens it like any session."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from kompas_tui.storage.atomic import fsync_dir, write_synced
from kompas_tui.storage.folder import PRIVATE_FILE_MODE

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def rescue_copy(data: bytes, folder: Path, stem: str, when: dt.datetime) -> Path:
    """Write `data` to a new private file `kompas-STEM-YYYYmmdd-HHMMSS.toml`
    in `folder` (`-2`, `-3` … when taken), fsynced; its path. An `OSError`
    (named with the file) when it cannot be written: then nothing is left."""
    base = f"kompas-{stem}-{when:%Y%m%d-%H%M%S}"
    for number in range(1, 100):
        path = Path(folder) / (f"{base}.toml" if number == 1 else f"{base}-{number}.toml")
        try:
            fd = os.open(path, _FLAGS, PRIVATE_FILE_MODE)
        except FileExistsError:
            continue
        try:
            try:
                write_synced(fd, data)
            finally:
                os.close(fd)
        except OSError as exc:
            path.unlink(missing_ok=True)  # never half a copy
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        fsync_dir(path.parent)
        return path
    raise FileExistsError(17, "no free name", str(Path(folder) / base))
