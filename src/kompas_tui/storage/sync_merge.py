"""Bringing two servers' histories together, a whole file at a time
(`kompas sync`, docs/history.md).

`integrate(repo, local, remote)` returns the commit the folder should be
at: the other server's history with this server's new checkpoints replayed
on top (as `git pull --rebase` would), but never a line-by-line merge of a
session file, which could make a session neither side wrote (two actions
"a3", a round closed twice). A file changed on both servers since they
last met keeps this server's version, and the other's is kept beside it as
`NAME.conflict-HOST-DATE.toml`, in a commit of its own whose trailers say
which checkpoints ran in parallel (read back by `history_log`). A file one
side deleted and the other changed keeps the changed version.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from kompas_tui.i18n import t
from kompas_tui.storage.git import LITERAL, Repo
from kompas_tui.storage.history import (
    TRAILER_BASE,
    TRAILER_CHECKPOINT,
    TRAILER_CONFLICT,
    TRAILER_COPY,
    TRAILER_HERE,
    TRAILER_HOST,
    TRAILER_OTHER_HOST,
    TRAILER_THERE,
    Identity,
    blob_at,
    commit_tree,
    compose_message,
)

_AUTHOR = re.compile(r"^author (.*) <(.*)> (\d+ [+-]\d{4})$", re.M)


@dataclass
class Integration:
    commit: str
    #: Paths of the copies kept beside a session changed on both sides.
    copies: list[str] = field(default_factory=list)
    #: One line each for what a person should know (a deletion undone).
    notes: list[str] = field(default_factory=list)


def changed_paths(repo: Repo, old: str | None, new: str) -> dict[str, str | None]:
    """Each path that differs from `old` (None: nothing) to `new`, with its
    blob in `new` (None: removed)."""
    if old is None:
        return tree_files(repo, new)
    out = repo.run("diff-tree", "-r", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", old, new).stdout
    parts = out.split(b"\0")
    changes: dict[str, str | None] = {}
    for info, path in zip(parts[0::2], parts[1::2]):
        if not info.startswith(b":"):
            continue
        fields = info.split()
        blob = fields[3].decode()
        changes[path.decode("utf-8", "surrogateescape")] = None if not blob.strip("0") else blob
    return changes


def tree_files(repo: Repo, commit: str) -> dict[str, str | None]:
    out = repo.run("ls-tree", "-r", "-z", commit).stdout
    files: dict[str, str | None] = {}
    for record in out.split(b"\0"):
        if not record:
            continue
        info, _, path = record.partition(b"\t")
        mode, kind, blob = info.split()
        if kind == b"blob":
            files[path.decode("utf-8", "surrogateescape")] = blob.decode()
    return files


def integrate(repo: Repo, local: str, remote: str, who: Identity, lang: str) -> Integration:
    """This server's commits since `local` and `remote` parted, replayed
    on `remote`; sessions changed on both sides resolved whole (see the
    module's docstring)."""
    base = repo.text("merge-base", local, remote, ok=(0, 1)) or None
    mine = changed_paths(repo, base, local)
    theirs = changed_paths(repo, base, remote)
    both = sorted(path for path in mine.keys() & theirs.keys() if mine[path] != theirs[path])
    head, here = _replay(repo, base, local, remote, set(both), who)
    result = Integration(head)
    for path in both:
        if mine[path] is None:
            head = commit_tree(repo, head, {path: theirs[path]}, _kept_message(path, lang), who)
            result.notes.append(t("history.sync.deleted_here", file=path))
        elif theirs[path] is None:
            result.notes.append(t("history.sync.deleted_there", file=path))
        else:
            head = _keep_beside(repo, head, path, base, remote, here.get(path, []), theirs[path], who, lang, result)
    result.commit = head
    return result


def _replay(
    repo: Repo, base: str | None, local: str, onto: str, watched: set[str], who: Identity
) -> tuple[str, dict[str, list[str]]]:
    """Each of this side's commits since `base`, oldest first, made again
    on `onto` with its author, date and message. Returns the last, and for
    each watched path the new commits that touched it."""
    span = f"{base}..{local}" if base else local
    shas = repo.text("rev-list", "--reverse", "--topo-order", "--no-merges", span).split()
    head, here = onto, {}
    for sha in shas:
        parent = repo.text("rev-parse", "--quiet", "--verify", f"{sha}^", ok=(0, 1)) or None
        files = changed_paths(repo, parent, sha)
        if not files:
            continue
        raw = repo.run("cat-file", "commit", sha).stdout.decode("utf-8", "replace")
        message = raw.split("\n\n", 1)[1] if "\n\n" in raw else ""
        commit = commit_tree(repo, head, files, message, who, extra_env=_author_of(raw))
        if _tree(repo, commit) == _tree(repo, head):
            continue  # the other side has made the same change (the same .gitignore)
        head = commit
        for path in watched & files.keys():
            here.setdefault(path, []).append(head)
    return head, here


def _tree(repo: Repo, commit: str) -> str:
    return repo.text("rev-parse", f"{commit}^{{tree}}")


def _author_of(raw: str) -> dict[str, str]:
    match = _AUTHOR.search(raw)
    if match is None:
        return {}
    name, email, date = match.groups()
    return {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date}


def _kept_message(path: str, lang: str) -> str:
    return compose_message(t("history.sync.kept_deleted", lang, file=path), {TRAILER_CHECKPOINT: "sync"})


def _keep_beside(
    repo: Repo, head: str, path: str, base: str | None, remote: str, here: list[str],
    their_blob: str | None, who: Identity, lang: str, result: Integration,
) -> str:
    """A commit adding the other side's version of `path` beside it."""
    assert their_blob is not None
    host, date = _other_side(repo, remote, path)
    copy = _free_name(repo, head, conflict_copy_name(path, host, date))
    span = f"{base}..{remote}" if base else remote
    there = list(reversed(repo.text("log", "--format=%H", "--no-merges", span, "--", path, env=LITERAL).split()))
    trailers = {
        TRAILER_CHECKPOINT: "sync",
        TRAILER_CONFLICT: path,
        TRAILER_COPY: copy,
        TRAILER_OTHER_HOST: host,
        TRAILER_BASE: blob_at(repo, base, path) or "-",
        TRAILER_HERE: " ".join(here),
        TRAILER_THERE: " ".join(there),
    }
    subject = t("history.sync.conflict", lang, file=path, host=host, copy=copy)
    result.copies.append(copy)
    return commit_tree(repo, head, {copy: their_blob}, compose_message(subject, trailers), who)


def _other_side(repo: Repo, remote: str, path: str) -> tuple[str, dt.date]:
    """The server that made the other side's last change to `path`, and its day."""
    out = repo.text("log", "-1", f"--format=%aI%x1f%(trailers:key={TRAILER_HOST},valueonly)", remote, "--", path,
                    env=LITERAL)
    date_text, _, host = out.partition("\x1f")
    try:
        date = dt.datetime.fromisoformat(date_text.strip()).date()
    except ValueError:
        date = dt.date.today()
    return host.strip() or "remote", date


def conflict_copy_name(path: str, host: str, date: dt.date) -> str:
    """`dir/NAME.conflict-HOST-DATE.toml` for `dir/NAME.toml`."""
    from kompas_tui.storage.folder import CONFLICT_MARK, slugify

    pure = PurePosixPath(path)
    name = f"{pure.stem}{CONFLICT_MARK}{slugify(host)}-{date.isoformat()}{pure.suffix}"
    return str(pure.with_name(name))


def _free_name(repo: Repo, head: str, wanted: str) -> str:
    pure = PurePosixPath(wanted)
    candidate, number = wanted, 2
    while blob_at(repo, head, candidate) is not None:
        candidate = str(pure.with_name(f"{pure.stem}-{number}{pure.suffix}"))
        number += 1
    return candidate
