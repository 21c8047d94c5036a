"""The summaries of session files this user's kompas has loaded in full
(SPEC §7, §8): what lets a folder scan skip parsing without believing a
file's own summary line.

The summary line every save writes (storage/session_summary.py) is a
comment anyone who can write the file can write, digest included: a valid
line on a body that does not load, or a line saying "green" on a body that
says red, would show as a healthy unit in the overview. So a folder scan
never believes it. It loads a file it has not seen in full, as `kompas
open` would (every rule applied), and keeps the summary it computes itself
from what it loaded, under the SHA-256 of all the file's bytes, in the
user's own cache folder. The next scan finds the unchanged file's summary
there and parses nothing; any change to the file (a save, a hand edit, a
forgery) is a new hash, loaded in full once.

Parsing is nine tenths of a scan's cost (about 2 ms for a session of 10 KB),
so the first scan of a folder costs what loading every file costs; later
scans cost what reading the files and the cache does (SPEC §8: 1,000 files
under 1 s, 10,000 under 5 s; benchmarks/folder_scale.py measures both).

The cache: `$XDG_CACHE_HOME/kompas/checked-sessions-v2-s4` (else
`~/.cache/kompas/...`; the summary format and session schema are in the
name), one line per file: the hash in hex, a space, the summary's ASCII
JSON. Lines are appended (`O_APPEND`, one write per scan); a line cut short
spoils only itself. The folder is made `0700` and the file `0600`, and
both must be the user's own and writable by no one else, or the cache is
neither read nor written (every scan then loads every file). Past
`MAX_BYTES` it is rewritten with the files of the latest scan only.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any

#: About 30,000 files' summaries (about 1 KB each): three 10,000-file folders.
MAX_BYTES = 32 * 1024 * 1024


def cache_path() -> Path | None:
    from kompas_tui.domain.session import SCHEMA_VERSION
    from kompas_tui.storage.session_summary import VERSION

    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        base = os.path.join(home, ".cache") if home != "~" else ""
    return Path(base) / "kompas" / f"checked-sessions-v{VERSION}-s{SCHEMA_VERSION}" if base else None


def key(raw: bytes) -> bytes:
    """The cache's name for a file's exact bytes (hex, as the file holds it)."""
    return hashlib.sha256(raw).hexdigest().encode("ascii")


class CheckedSummaries:
    """Summaries by `key`: those in the cache, and those added this scan."""

    def __init__(self, path: Path | None, entries: dict[bytes, bytes] | None = None, *, damaged: bool = False):
        self.path = path
        self.entries = entries or {}
        self.added: list[bytes] = []
        self.seen: set[bytes] = set()
        self.damaged = damaged

    @classmethod
    def load(cls) -> CheckedSummaries:
        """The user's cache; empty (and never written) when there is none
        that is safely theirs. Never raises."""
        path = cache_path()
        if path is None:
            return cls(None)
        entries, damaged = _read_entries(path)
        return cls(path if entries is not None else None, entries, damaged=damaged)

    def get(self, raw_key: bytes) -> dict[str, Any] | None:
        from kompas_tui.storage.session_summary import parse_summary

        self.seen.add(raw_key)
        text = self.entries.get(raw_key)
        return None if text is None else parse_summary(text)

    def put(self, raw_key: bytes, summary: bytes) -> None:
        """`summary`: `session_summary.summary_json` of the session this
        user's kompas loaded from the bytes named `raw_key`."""
        self.seen.add(raw_key)
        if self.entries.get(raw_key) != summary:
            self.entries[raw_key] = summary
            self.added.append(raw_key + b" " + summary + b"\n")

    def save(self) -> None:
        """Keep what this scan added. Never raises: the cache only ever
        makes a scan faster."""
        if self.path is None or not self.added:
            return
        try:
            folder = self.path.parent
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _safely_mine(os.lstat(folder), folder=True):
                return
            size = _size(self.path)
            if self.damaged or size + sum(map(len, self.added)) > MAX_BYTES:
                _rewrite(self.path, {k: v for k, v in self.entries.items() if k in self.seen})
            else:
                _append(self.path, b"".join(self.added))
            self.added = []
        except OSError:
            pass


def _safely_mine(info: os.stat_result, *, folder: bool = False) -> bool:
    kind = stat.S_ISDIR if folder else stat.S_ISREG
    return kind(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o022


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except FileNotFoundError:
        return 0


def _read_entries(path: Path) -> tuple[dict[bytes, bytes] | None, bool]:
    """The cache's entries, and whether some line was damaged; (None, _)
    when the cache is not safely the user's (do not use it at all)."""
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import Limit, read_file

    try:
        if not _safely_mine(os.lstat(path.parent), folder=True):
            return None, False
        if not _safely_mine(os.lstat(path)):
            return None, False
        data = read_file(path, Limit("safe_read.kind.session", MAX_BYTES * 2))
    except FileNotFoundError:
        return {}, False
    except (OSError, InputError):
        return {}, True  # unreadable or too big: start again
    entries: dict[bytes, bytes] = {}
    damaged = False
    for line in data.split(b"\n"):
        raw_key, _, summary = line.partition(b" ")
        if len(raw_key) == 64 and summary.startswith(b"{") and summary.endswith(b"}"):
            entries[raw_key] = summary
        elif line:
            damaged = True
    return entries, damaged


_FLAGS = os.O_WRONLY | os.O_CLOEXEC | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)


def _append(path: Path, data: bytes) -> None:
    fd = os.open(path, _FLAGS | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if _safely_mine(os.fstat(fd)):
            os.write(fd, data)
    finally:
        os.close(fd)


def _rewrite(path: Path, entries: dict[bytes, bytes]) -> None:
    from kompas_tui.storage.atomic import atomic_write

    atomic_write(path, b"".join(k + b" " + v + b"\n" for k, v in entries.items()), 0o600, backup=False)
