"""Atomic file replacement with a backup of the previous version (SPEC §7).

The new content goes to a temporary file in the same folder, is fsynced, and
is renamed over the target, so the target is always either the old or the new
version, never half of one. Before the rename the current version becomes
`NAME.bak`. A kill or a full disk at any point leaves the target untouched
and, at worst, a hidden temporary file that `remove_stale_temps` cleans up.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return path.with_name(path.name + ".bak")


def _temp_prefix(path: Path) -> str:
    # Hidden, and named after the target, so leftovers are recognisable and
    # never mistaken for a session by folder listings.
    return f".{path.name}."


def atomic_write(path: Path | str, data: bytes, mode: int, *, backup: bool = True) -> None:
    """Replace `path` with `data`, atomically, keeping the old file as NAME.bak.

    `mode` is set on the new file (and on the backup) before any byte is
    written, so the content is never readable with looser permissions.
    Raises OSError with the target untouched and no temporary file left.
    """
    path = Path(path)
    folder = path.parent
    temp = _write_temp(folder, _temp_prefix(path), data, mode)
    try:
        if backup:
            _keep_backup(path, mode)
        os.replace(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    fsync_dir(folder)


def _write_temp(folder: Path, prefix: str, data: bytes, mode: int) -> str:
    """A fully written and fsynced temporary file in `folder`; its name."""
    fd, temp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=TEMP_SUFFIX)
    try:
        try:
            os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            # close() can report a delayed write error (NFS); it must count.
            os.close(fd)
    except BaseException:
        _remove_quietly(temp)
        raise
    return temp


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_synced(fd: int, data: bytes) -> None:
    """All of `data` to `fd`, then fsync (a new file's whole content)."""
    _write_all(fd, data)
    os.fsync(fd)


def _keep_backup(path: Path, mode: int) -> None:
    """Make the current `path` the backup without ever removing `path`.

    A hard link to a temporary name, renamed onto NAME.bak, keeps the main
    file in place throughout. Hard links fail on some file systems and, with
    `fs.protected_hardlinks`, for a file another user owns (a shared team
    folder); then the bytes are copied instead.

    No link is ever followed (SPEC §7): a `path` that is no longer a regular
    file (a symbolic link or FIFO put in its place) is not backed up but
    refused with an OSError, so nothing is saved over it; the backup's mode
    is set through a descriptor of the file kompas linked or wrote, never
    through its name, which someone could meanwhile point elsewhere.
    """
    backup = backup_path(path)
    if not _is_regular_file(path):
        return  # first write: nothing to keep
    temp = _link_to_temp(path)
    if temp is None:
        from kompas_tui.safe_read import SESSION, read_file_or_oserror

        try:
            data = read_file_or_oserror(path, SESSION)
        except FileNotFoundError:
            return
        temp = _write_temp(path.parent, _temp_prefix(backup), data, mode)
    try:
        _set_mode_of(temp, mode)
        os.replace(temp, backup)
    except BaseException:
        _remove_quietly(temp)
        raise


def _is_regular_file(path: Path) -> bool:
    """True for a regular file, False when there is nothing at `path`;
    anything else (a link, a FIFO, a folder) is an OSError."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISREG(info.st_mode):
        return True
    code = errno.ELOOP if stat.S_ISLNK(info.st_mode) else errno.EINVAL
    raise OSError(code, "not a regular file; not saved over", str(path))


def _set_mode_of(temp: str, mode: int) -> None:
    """The linked inode keeps the old file's mode; make it the one asked for,
    through a descriptor (O_NOFOLLOW). Not possible for another user's file,
    which is then already as strict as the folder made it."""
    fd = os.open(temp, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fchmod(fd, mode)
    except PermissionError:
        pass
    finally:
        os.close(fd)


def _link_to_temp(path: Path) -> str | None:
    """Hard-link `path` (itself, never what a link there points to) to a
    fresh temporary name; None when linking is not possible (no file, or
    the file system or its policy refuses)."""
    for _ in range(10):
        temp = os.path.join(path.parent, f"{_temp_prefix(path)}{secrets.token_hex(6)}{TEMP_SUFFIX}")
        try:
            os.link(path, temp, follow_symlinks=False)
            return temp
        except FileExistsError:
            continue  # a name another writer just used; draw again
        except FileNotFoundError:
            return None
        except OSError:
            return None  # EPERM, EXDEV, EMLINK, ENOTSUP …: copy instead
    return None


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Some file systems cannot fsync a
    directory; the rename has happened by then, so that is not an error."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(path: Path) -> None:
    """Remove temporary files a killed writer of `path` left behind. Call it
    only while holding the session's lock, when no one else writes `path`."""
    path = Path(path)
    prefixes = (_temp_prefix(path), _temp_prefix(backup_path(path)))
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name.endswith(TEMP_SUFFIX) and entry.name.startswith(prefixes):
            _remove_quietly(entry.path)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
