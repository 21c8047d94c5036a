"""One session's history read back: `kompas log` and the log in Gennemsyn
(docs/history.md).

`history_log(path)` lists the commits that changed the session, newest
first, with who made them, when, on which server, and what changed in
words, computed from each version and the one before it (never from git's
line diff). A sync that found the session changed on two servers at once
(`storage/sync.py`) is listed too, with where the other server's version
was kept, and the checkpoints made on both sides since they parted are
marked as parallel; each side's changes are worded against its own
earlier version, not against the other side's.

All versions are read with one `git cat-file --batch`, each at most
`MAX_VERSION_BYTES`, and parsed as `load_session` parses a file; a
version that does not read is listed with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kompas_tui.i18n import t
from kompas_tui.storage.git import LITERAL, Repo
from kompas_tui.storage.history import (
    MAX_VERSION_BYTES,
    TRAILER_BASE,
    TRAILER_CHECKPOINT,
    TRAILER_CONFLICT,
    TRAILER_COPY,
    TRAILER_HERE,
    TRAILER_HOST,
    TRAILER_OTHER_HOST,
    TRAILER_THERE,
    HistoryError,
    git_errors,
    head_commit,
    history_repo,
    parse_version,
)
from kompas_tui.text import safe_text

if TYPE_CHECKING:
    from kompas_tui.domain.changes import Section
    from kompas_tui.domain.session import Session

#: One commit in `git log` output: fields apart, then the raw diff lines.
_FORMAT = "%x1e%H%x1f%an%x1f%aI%x1f%B%x1d"
_TRAILER = re.compile(r"^(Kompas-[A-Za-z-]+): (.*)$", re.M)
_RAW = re.compile(rb"^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]", re.M)


@dataclass
class LogEntry:
    """One version of a session in its history (or a sync that kept
    another server's version beside it)."""

    commit: str
    date: dt.datetime
    author: str
    #: The server the checkpoint was made on ("" for a commit kompas did
    #: not make).
    host: str
    #: What made it: quit, leave, round_closed, ballot_revealed, export,
    #: sync, start ("" for a commit kompas did not make).
    checkpoint: str
    #: The version's blob (None: the commit removed the file, or it is a
    #: sync note that did not change it).
    blob: str | None
    #: The version this one is compared with (None: the first).
    previous: str | None = None
    sections: list[Section] = field(default_factory=list)
    #: Why the version could not be read, when it could not.
    problem: str | None = None
    #: This checkpoint was made while the session was also changed on
    #: another server; that server's name.
    parallel_with: str | None = None
    #: On a sync note: the other server, and where its version was kept.
    conflict: tuple[str, str] | None = None

    def words(self, lang: str | None = None) -> str:
        """What changed, in words (plain text; user text inside)."""
        from kompas_tui.domain.changes import describe

        if self.conflict is not None:
            host, copy = self.conflict
            return t("history.log.conflict", lang, host=host, copy=copy)
        if self.problem is not None:
            return t("history.log.unreadable", lang, reason=self.problem)
        if self.blob is None:
            return t("history.log.removed", lang)
        return describe(self.sections, lang)

    def when(self, lang: str) -> str:
        from kompas_tui.formatting import timestamp

        return timestamp(self.date, lang)

    def who(self, lang: str | None = None, *, show_host: bool = True) -> str:
        """The author, and the server when asked and known (plain text, safe)."""
        name = safe_text(self.author)
        if show_host and self.host:
            return t("history.log.on_host", lang, who=name, host=safe_text(self.host))
        return name

    def what(self, lang: str | None = None) -> str:
        """`words`, marked when made in parallel with another server (safe)."""
        words = safe_text(self.words(lang))
        if self.parallel_with:
            words += " " + t("history.log.parallel", lang, host=safe_text(self.parallel_with))
        return words

    def to_json(self, lang: str | None = None) -> dict[str, object]:
        return {
            "commit": self.commit,
            "date": self.date.isoformat(),
            "author": self.author,
            "host": self.host or None,
            "checkpoint": self.checkpoint or None,
            "changes": self.words(lang),
            "sections": [{"part": t(s.key, lang), "changes": [c.text(lang) for c in s.changes]}
                         for s in self.sections],
            "unreadable": self.problem,
            "parallel_with": self.parallel_with,
            "conflict_copy": self.conflict[1] if self.conflict else None,
        }


@dataclass
class _Commit:
    sha: str
    author: str
    date: dt.datetime
    trailers: dict[str, str]
    old: str | None = None
    new: str | None = None


def history_log(path: Path | str) -> list[LogEntry]:
    """The history of the session at `path`, newest first. Raises
    `HistoryError` when its folder keeps no history."""
    repo = history_repo(path)
    if repo is None:
        raise HistoryError(t("history.error.not_kept", file=safe_text(path)))
    with git_errors():
        rel = repo.relative(path)
        if head_commit(repo) is None:
            return []  # a new history: nothing committed yet
        commits = _commits(repo, "--no-merges", "--raw", "--no-abbrev", "--no-renames", "--", rel)
        notes = [
            note for note in _commits(repo, "--fixed-strings", f"--grep={TRAILER_CONFLICT}: {rel}")
            if note.trailers.get(TRAILER_CONFLICT) == rel
        ]
        entries = _entries(commits, notes)
        versions = _read_versions(repo, {b for e in entries for b in (e.blob, e.previous) if b}, Path(path).name)
    for entry in entries:
        _describe(entry, versions)
    return entries


def _commits(repo: Repo, *args: str) -> list[_Commit]:
    out = repo.run("log", f"--format={_FORMAT}", *args, env=LITERAL).stdout
    found = []
    for record in out.split(b"\x1e")[1:]:
        head, _, raw = record.partition(b"\x1d")
        sha, author, date, body = head.decode("utf-8", "replace").split("\x1f", 3)
        commit = _Commit(sha, author, dt.datetime.fromisoformat(date), dict(_TRAILER.findall(body)))
        match = _RAW.search(raw)
        if match is not None:
            commit.old, commit.new = (_blob(match.group(1)), _blob(match.group(2)))
        found.append(commit)
    return found


def _blob(sha: bytes) -> str | None:
    return None if not sha.strip(b"0") else sha.decode()


def _entry(commit: _Commit) -> LogEntry:
    return LogEntry(
        commit.sha, commit.date, commit.author, commit.trailers.get(TRAILER_HOST, ""),
        commit.trailers.get(TRAILER_CHECKPOINT, ""), commit.new, commit.old,
    )


def _entries(commits: list[_Commit], notes: list[_Commit]) -> list[LogEntry]:
    """The versions and the sync notes, newest first, the parallel ones
    marked and each compared with its own side's earlier version."""
    entries = {commit.sha: _entry(commit) for commit in commits}
    order = [commit.sha for commit in commits]
    for note in notes:
        trailers = note.trailers
        here = trailers.get(TRAILER_HERE, "").split()
        there = trailers.get(TRAILER_THERE, "").split()
        other, syncer = trailers.get(TRAILER_OTHER_HOST, "?"), trailers.get(TRAILER_HOST, "?")
        for sha in here:
            if sha in entries:
                entries[sha].parallel_with = other
        for sha in there:
            if sha in entries:
                entries[sha].parallel_with = syncer
        if here and here[0] in entries:
            base = trailers.get(TRAILER_BASE, "-")
            entries[here[0]].previous = None if base == "-" else base
        note_entry = _entry(note)
        note_entry.blob = None
        note_entry.previous = None
        note_entry.conflict = (other, trailers.get(TRAILER_COPY, ""))
        # A note follows the last of its own side's versions.
        anchor = next((sha for sha in reversed(here) if sha in order), None)
        order.insert(order.index(anchor) if anchor else 0, note.sha)
        entries[note.sha] = note_entry
    return [entries[sha] for sha in order]


def _read_versions(repo: Repo, blobs: set[str], name: str) -> dict[str, Session | str]:
    """Every version asked for, as a session or the reason it does not read."""
    from kompas_tui.errors import InputError

    wanted = sorted(blobs)
    if not wanted:
        return {}
    sizes = _sizes(repo, wanted)
    result: dict[str, Session | str] = {}
    small = [blob for blob in wanted if 0 <= sizes.get(blob, -1) <= MAX_VERSION_BYTES]
    for blob in wanted:
        if blob not in small:
            result[blob] = t("history.error.too_big", size=max(sizes.get(blob, 0), 0) // 2**20)
    out = repo.run("cat-file", "--batch", input="".join(f"{blob}\n" for blob in small).encode()).stdout
    position = 0
    for blob in small:
        header_end = out.index(b"\n", position)
        size = sizes[blob]
        raw = out[header_end + 1 : header_end + 1 + size]
        position = header_end + 1 + size + 1
        try:
            result[blob] = parse_version(raw, f"{name}@{blob[:10]}")
        except InputError as error:
            result[blob] = safe_text(error.problems[0] if error.problems else error)
    return result


def _sizes(repo: Repo, blobs: list[str]) -> dict[str, int]:
    out = repo.text("cat-file", "--batch-check=%(objectname) %(objectsize)",
                    input="".join(f"{blob}\n" for blob in blobs).encode())
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            sizes[parts[0]] = int(parts[1])
    return sizes


def _describe(entry: LogEntry, versions: dict[str, Session | str]) -> None:
    from kompas_tui.domain.changes import session_changes
    from kompas_tui.domain.session import Session

    if entry.blob is None:
        return
    new = versions.get(entry.blob)
    if not isinstance(new, Session):
        entry.problem = new if isinstance(new, str) else "?"
        return
    old = versions.get(entry.previous) if entry.previous else None
    entry.sections = session_changes(old if isinstance(old, Session) else None, new)
