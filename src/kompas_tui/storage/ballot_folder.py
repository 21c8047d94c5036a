"""A ballot box held open by a file descriptor (used by `ballot_box`).

Every look at a box goes through one descriptor of the folder, taken without
following a link: what is checked about it (whose folder, which one, its
mode) is the folder that is then read and written, even when someone renames
another folder into its place meanwhile. A file in it is looked at
(`lstat`) before it is opened: a FIFO, a device, a link or a folder is
refused without being opened, and a regular file is opened non-blocking and
without following a link, checked again to be the same file, and read no
further than a bound.

On Linux the descriptor is `O_PATH`: search permission on the box is
enough, which is all a participant has on a blind box (others `wx`).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from kompas_tui.storage.atomic import TEMP_SUFFIX, write_synced

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIR_FLAGS = os.O_DIRECTORY | _NOFOLLOW | _CLOEXEC | getattr(os, "O_PATH", os.O_RDONLY)
_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC


@dataclass(frozen=True)
class BoxIdentity:
    """A box folder as the kernel knows it: which folder (device and inode),
    whose (owner, group) and its mode (permission bits)."""

    device: int
    inode: int
    owner: int
    group: int
    mode: int

    @classmethod
    def of(cls, st: os.stat_result) -> BoxIdentity:
        return cls(st.st_dev, st.st_ino, st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode))

    def same_folder(self, other: BoxIdentity) -> bool:
        return (self.device, self.inode) == (other.device, other.inode)

    @property
    def group_readable(self) -> bool:
        """A team box of the team group (no private group): the group reads the ballots."""
        return bool(self.mode & 0o070) and not self.mode & 0o003


class Unfit(Exception):
    """A file in the box that is not read: `kind` is "not_regular" (a link,
    FIFO, device or folder: never opened), "foreign" (another owner) or
    "oversized"."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class NotABox(Exception):
    """The box's name is something else than a folder (a link, a file)."""


class OpenBox:
    """A box folder held by a descriptor: read, list and write in it. A
    context manager: the descriptor is closed on leaving it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd
        self.identity = BoxIdentity.of(os.fstat(fd))

    def __enter__(self) -> OpenBox:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def names(self) -> list[str]:
        """The names in the box, sorted (needs read permission on it)."""
        fd = os.open(".", os.O_RDONLY | os.O_DIRECTORY | _CLOEXEC, dir_fd=self.fd)
        try:
            return sorted(os.listdir(fd))
        finally:
            os.close(fd)

    def lstat(self, name: str) -> os.stat_result:
        return os.stat(name, dir_fd=self.fd, follow_symlinks=False)

    def read(self, name: str, limit: int, owner: int | None = None) -> bytes:
        """The bytes of the regular file `name`, owned by `owner` when given,
        at most `limit` of them. `Unfit` otherwise; `FileNotFoundError`,
        `PermissionError` and other `OSError`s as they come."""
        before = self.lstat(name)
        _check_fit(before, limit, owner)
        fd = os.open(name, _READ_FLAGS, dir_fd=self.fd)
        try:
            now = os.fstat(fd)
            if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
                raise Unfit("not_regular")  # swapped between the look and the open
            _check_fit(now, limit, owner)
            chunks: list[bytes] = []
            size = 0
            while size <= limit:
                chunk = os.read(fd, limit + 1 - size)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
        if size > limit:
            raise Unfit("oversized")  # it grew after the look
        return b"".join(chunks)

    def write_temp(self, prefix: str, data: bytes, mode: int) -> str:
        """A new hidden file `.PREFIX.HEX.tmp` with `data` (created
        exclusively, never through a link, `mode` exactly, fsynced): its name."""
        for _ in range(20):
            name = f".{prefix}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
            try:
                fd = os.open(name, _CREATE_FLAGS, mode, dir_fd=self.fd)
            except FileExistsError:
                continue
            try:
                try:
                    os.fchmod(fd, mode)  # exactly, whatever the umask
                    write_synced(fd, data)
                finally:
                    os.close(fd)
            except BaseException:
                self.unlink_quietly(name)
                raise
            return name
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(self.path))

    def replace(self, source: str, target: str) -> None:
        os.replace(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd)

    def unlink_quietly(self, name: str) -> None:
        try:
            os.unlink(name, dir_fd=self.fd)
        except OSError:
            pass


def _check_fit(st: os.stat_result, limit: int, owner: int | None) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise Unfit("not_regular")
    if owner is not None and st.st_uid != owner:
        raise Unfit("foreign")
    if st.st_size > limit:
        raise Unfit("oversized")


def open_box(path: Path) -> OpenBox | None:
    """The box at `path` held open (None when there is none; use it in a
    `with`). `NotABox` when the name is a link or not a folder;
    `PermissionError` and other `OSError`s as they come."""
    try:
        fd = os.open(path, _DIR_FLAGS)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise NotABox(str(path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotABox(str(path)) from None
        raise
    try:
        return OpenBox(path, fd)
    except BaseException:
        os.close(fd)
        raise
