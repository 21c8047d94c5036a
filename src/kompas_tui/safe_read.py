"""Reading files nobody vouches for (SPEC §7: a hostile file cannot stall or
crash kompas, and kompas never follows a link to a session, backup or ballot).

Sessions, backups, locks and ballots live in folders other people may write
to (a team folder), and profiles and reports come from anywhere. Every
reader of such a file goes through here:

- `read_file(path, limit)`: the bytes of a regular file, at most
  `limit.max_bytes`. The name is looked at with `lstat` first, so a FIFO,
  a device or a socket is refused without being opened at all; the file is
  then opened with `O_NOFOLLOW | O_NONBLOCK` (a swap to a FIFO in between
  cannot make `open` wait) and `fstat`-ed, and must be the file `lstat` saw.
  A symbolic link is refused, except, where `links="own"` (reports), a link
  the user made themself (owned by them) to a regular file: reports are
  often reached through a link in one's own folders, while a link someone
  else planted (`report.csv -> /home/you/private.csv`) would make kompas
  copy what it points at into a session in the team folder.
- `parse_toml(text, file, limit)`: the document, after a linear pre-scan
  of the text has bounded its structure (nesting of arrays and inline
  tables, parts of one dotted key, number of keys, values and tables), so
  the parser never recurses deeply nor builds huge dotted structures; and
  NaN and infinity are refused wherever they appear.
- `read_toml(path, limit)`: both, with UTF-8 decoding (a BOM is accepted).

Every refusal is an `InputError` with one `Problem` naming the file and,
where there is one, the line and key; `RefusedFile.reason` says which kind
of refusal it was, for callers that word it themselves (ballots).

The limits, per kind of file, with the numbers that set them: the biggest
realistic session (200 actions, 20 rounds each reviewing all 200 actions;
benchmarks/session_io.py) is 0.55 MB, with 19,000 keys and about 30,000
structural tokens, nested 2 deep and 4 key parts long. See `LIMITS`.
"""

from __future__ import annotations

import errno
import functools
import itertools
import math
import operator
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    """How much of a file kompas reads and parses. `name` is the catalog key
    of the kind of file, for messages ("a session is at most 8 MB")."""

    name: str
    max_bytes: int
    #: Arrays and inline tables inside each other (a `[[table]]` header
    #: counts 2). tomllib recurses once or twice per level.
    max_depth: int = 32
    #: Parts of one dotted key or table header (`a.b.c` is 3).
    max_key_parts: int = 16
    #: Keys, values in arrays, tables and dotted parts all together: what
    #: the parser makes a Python object for.
    max_items: int = 0

    def __post_init__(self) -> None:
        if not self.max_items:
            # One item per 16 bytes: the biggest realistic session has one
            # per 18 (0.55 MB, 30,000 items), a hand-written report one per
            # 25; a file of "[]," is one per 1.5.
            object.__setattr__(self, "max_items", self.max_bytes // 16)


#: Sessions and their backups: 15× the biggest realistic session.
SESSION = Limit("safe_read.kind.session", 8 * MiB)
#: A profile is a screenful of settings.
PROFILE = Limit("safe_read.kind.profile", 1 * MiB)
#: Reports (CSV, XLSX, TOML) are a unit's: a 200-question report is about
#: 40 KB as CSV, 100 KB as TOML or XLSX (unpacked, the XLSX is bounded
#: again: importers/xlsx_report.py).
REPORT = Limit("safe_read.kind.report", 4 * MiB)
#: A ballot is a few hundred bytes; the box's ballot.toml a few KB.
BALLOT = Limit("safe_read.kind.ballot", 64 * 1024)
#: A lock file is one JSON line.
LOCK = Limit("safe_read.kind.lock", 4096)

Links = Literal["refuse", "own"]

Reason = Literal[
    "link", "not_regular", "folder", "too_big", "unreadable", "not_utf8", "syntax", "structure", "non_finite"
]


class RefusedFile(InputError):
    """A file refused by this module; `reason` says why, in one word. One
    problem, except for NaN and infinity: each place is named."""

    def __init__(self, problem: Problem | list[Problem], reason: Reason, cause: OSError | None = None):
        super().__init__(problem if isinstance(problem, list) else [problem])
        self.reason = reason
        #: The system's error, for "unreadable" (e.g. ENOENT: no such file).
        self.cause = cause


# --- bytes ---------------------------------------------------------------


#: How often a name replaced between the look and the open is looked at
#: again. A save replaces its file by a rename (storage/atomic.py), so a
#: reader that meets one save gets the new file on the second look; a name
#: swapped on every look is refused.
OPEN_ATTEMPTS = 3


def read_file(path: Path | str, limit: Limit, *, links: Links = "refuse", file: str | None = None) -> bytes:
    """The bytes of the regular file at `path`, at most `limit.max_bytes`.
    `file` names it in problems (default: `path` as given)."""
    file = str(path) if file is None else file
    for _attempt in range(OPEN_ATTEMPTS):
        fd = _open_as_seen(path, file, links)
        if fd is not None:
            break
    else:
        raise RefusedFile(Problem(file, message=t("safe_read.changed")), "not_regular")
    try:
        _check_size(os.fstat(fd).st_size, limit, file)
        data = _read_at_most(fd, limit.max_bytes + 1)
    except OSError as exc:
        raise _os_refusal(path, file, exc) from None
    finally:
        os.close(fd)
    _check_size(len(data), limit, file)
    return data


def _open_as_seen(path: Path | str, file: str, links: Links) -> int | None:
    """An open descriptor of the regular file the name is now (looked at
    without opening it first), or None when the name was replaced between
    the look and the open (nothing read)."""
    expected = _look(path, file, links)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not stat.S_ISLNK(expected.link_mode):
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_refusal(path, file, exc, no_follow=bool(flags & getattr(os, "O_NOFOLLOW", 0))) from None
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise _os_refusal(path, file, exc) from None
    if (info.st_dev, info.st_ino) != (expected.dev, expected.ino) or not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return None
    return fd


def read_file_or_oserror(path: Path | str, limit: Limit) -> bytes:
    """`read_file` for the storage's own files (a session about to be backed
    up), where the callers handle `OSError`: a refusal is raised as one
    (ELOOP for a link, EINVAL for a FIFO or device, EFBIG when too big)."""
    try:
        return read_file(path, limit)
    except RefusedFile as exc:
        if exc.cause is not None:
            raise exc.cause from None
        code = {"link": errno.ELOOP, "too_big": errno.EFBIG}.get(exc.reason, errno.EINVAL)
        raise OSError(code, str(exc.problems[0].message), str(path)) from None


class _Seen(NamedTuple):  # a tuple: cheaper to define than a frozen dataclass
    dev: int
    ino: int
    #: The mode of the name itself (a link's, when it is one).
    link_mode: int


def _look(path: Path | str, file: str, links: Links) -> _Seen:
    """What the name is, without opening it: a regular file (or, where
    allowed, the user's own link to one), else a `RefusedFile`."""
    try:
        info = os.lstat(path)
        link_mode = info.st_mode
        if stat.S_ISLNK(info.st_mode):
            if links != "own" or info.st_uid != os.geteuid():
                raise RefusedFile(Problem(file, message=t(f"safe_read.link_{links}")), "link")
            info = os.stat(path)
    except OSError as exc:
        raise _os_refusal(path, file, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise RefusedFile(Problem(file, message=t("errors.file_is_folder")), "folder")
    if not stat.S_ISREG(info.st_mode):
        kind = "fifo" if stat.S_ISFIFO(info.st_mode) else "socket" if stat.S_ISSOCK(info.st_mode) else "device"
        message = t("safe_read.not_regular", kind=t(f"safe_read.special.{kind}"))
        raise RefusedFile(Problem(file, message=message), "not_regular")
    return _Seen(info.st_dev, info.st_ino, link_mode)


def _os_refusal(path: Path | str, file: str, exc: OSError, *, no_follow: bool = False) -> RefusedFile:
    from kompas_tui.problem_text import cannot_read_problem

    if no_follow and exc.errno == errno.ELOOP and os.path.islink(path):
        # O_NOFOLLOW met a link that appeared after the look.
        return RefusedFile(Problem(file, message=t("safe_read.link_refuse")), "link")
    return RefusedFile(cannot_read_problem(file, exc), "unreadable", exc)


def _check_size(size: int, limit: Limit, file: str) -> None:
    if size > limit.max_bytes:
        message = t("safe_read.too_big", kind=t(limit.name), limit=_megabytes(limit.max_bytes))
        raise RefusedFile(Problem(file, message=message), "too_big")


def _megabytes(size: int) -> str:
    if size < MiB:
        return f"{size // 1024} KB"
    return f"{size // MiB} MB"


def _read_at_most(fd: int, count: int) -> bytes:
    """Up to `count` bytes (a file may grow while it is read)."""
    chunks = []
    while count > 0:
        chunk = os.read(fd, min(count, MiB))
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


# --- TOML ----------------------------------------------------------------


def read_toml(
    path: Path | str, limit: Limit, *, links: Links = "refuse", file: str | None = None
) -> tuple[dict[str, Any], str]:
    """The parsed document and its text (a UTF-8 BOM removed)."""
    file = str(path) if file is None else file
    text = decode_utf8(read_file(path, limit, links=links, file=file), file)
    return parse_toml(text, file, limit), text


def parse_toml_bytes(raw: bytes, file: str, limit: Limit) -> dict[str, Any]:
    """`parse_toml` of bytes read elsewhere (a ballot read through its box's
    folder descriptor, storage/ballot_box.py)."""
    return parse_toml(decode_utf8(raw, file), file, limit)


def decode_utf8(raw: bytes, file: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise RefusedFile(Problem(file, line, message=t("storage.not_utf8")), "not_utf8") from None
    return text.removeprefix("\ufeff")


#: Strings and comments, each matched whole or, when unterminated, to the
#: end of its line (or of the text for a multi-line string): every
#: alternative matches once it starts, and the quantifiers are possessive,
#: so one pass over any text is linear. What is left is TOML's structure.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+(?:""""{0,2}|\Z)'
    r"|'''(?:[^']++|'(?!''))*+(?:''''{0,2}|\Z)"
    r'|"(?:[^"\\\n]++|\\[^\n])*+(?:"|\\?$)'
    r"|'[^'\n]*+(?:'|$)"
    r"|#[^\n]*+",
    re.M,
)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
#: "[" and "{" to 2, "]" and "}" to 0: minus one, the change in depth.
_DEPTH_STEP = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def parse_toml(text: str, file: str, limit: Limit) -> dict[str, Any]:
    """`text` parsed, once its structure is within `limit`; NaN and
    infinity refused. Raises `RefusedFile` (bounds, NaN, syntax)."""
    structure = _check_structure(text, file, limit)
    found: list[_NonFinite] = []
    # Only a structure with "nan" or "inf" in it (a value, or a key such as
    # `info`) is parsed through the slower float hook.
    maybe = "nan" in structure or "inf" in structure
    parse_float = _finite_floats(found) if maybe else float
    import tomllib  # here, not at import: a CSV report is read without it

    try:
        data = _parse(text, parse_float)
    except tomllib.TOMLDecodeError as exc:
        from kompas_tui.problem_text import toml_decode_problem

        raise RefusedFile(toml_decode_problem(exc, file, text), "syntax") from None
    except RecursionError:  # not reached within the bounds; kept as a last line
        raise RefusedFile(Problem(file, message=t("errors.toml_too_deep")), "structure") from None
    if found:
        raise _non_finite_refusal(data, text, file)
    return data


def _check_structure(text: str, file: str, limit: Limit) -> str:
    """Refuse a text whose structure is beyond `limit`; else return the
    structure (the text without strings and comments)."""
    structure = _OPAQUE.sub("0", text)
    items = sum(structure.count(char) for char in "=,[{.")
    if items > limit.max_items:
        message = t("safe_read.too_many_items", kind=t(limit.name), limit=limit.max_items)
        raise RefusedFile(Problem(file, message=message), "structure")
    brackets = _NOT_BRACKET.sub("", structure).encode("ascii")
    if brackets and max(_depths(brackets)) > limit.max_depth:
        line = _line_too_deep(text, limit.max_depth)
        raise RefusedFile(Problem(file, line, message=t("safe_read.too_deep", limit=limit.max_depth)), "structure")
    if _long_key(limit.max_key_parts).search(structure):
        match = _long_key(limit.max_key_parts).search(_structure_by_line(text))
        line = None if match is None else match.string.count("\n", 0, match.start()) + 1
        message = t("safe_read.key_too_long", limit=limit.max_key_parts)
        raise RefusedFile(Problem(file, line, message=message), "structure")
    return structure


def _depths(brackets: bytes) -> itertools.accumulate:
    """The depth after each bracket, all in C (a file of a million brackets
    takes 40 ms, not a second of Python)."""
    steps = brackets.translate(_DEPTH_STEP)
    return itertools.accumulate(map(operator.add, steps, itertools.repeat(-1)))


def _structure_by_line(text: str) -> str:
    """Like the structure in `_check_structure`, but every string keeps its
    line breaks, so positions give lines. Only for a file already refused."""
    return _OPAQUE.sub(lambda match: "0" + "\n" * match.group().count("\n"), text)


def _line_too_deep(text: str, max_depth: int) -> int:
    structure = _structure_by_line(text)
    depth = 0
    for match in re.finditer(r"[\[\]{}]", structure):
        depth += 1 if match.group() in "[{" else -1
        if depth > max_depth:
            return structure.count("\n", 0, match.start()) + 1
    return 1


_LONG_KEYS: dict[int, re.Pattern[str]] = {}


def _long_key(max_parts: int) -> re.Pattern[str]:
    """A dotted key of more than `max_parts` parts, i.e. `max_parts` dots
    with a part between each two (strings already replaced by a bare word;
    a number or date has one dot at most). It starts with a literal dot, so
    the search skips from dot to dot: 1 ms for a big session."""
    pattern = _LONG_KEYS.get(max_parts)
    if pattern is None:
        pattern = re.compile(r"\.(?:[ \t]*+[\w-]++[ \t]*+\.){%d}" % (max_parts - 1))
        _LONG_KEYS[max_parts] = pattern
    return pattern


class _NonFinite:
    """What the parser gets for `nan` or `inf`, so the walk below can tell
    where they were."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def _finite_floats(found: list[_NonFinite]):
    def parse_float(text: str) -> float | _NonFinite:
        value = float(text)
        if math.isfinite(value):
            return value
        marker = _NonFinite(text)
        found.append(marker)
        return marker

    return parse_float


#: At most this many places of NaN or infinity are named.
MAX_NON_FINITE_SHOWN = 10


def _non_finite_refusal(data: dict[str, Any], text: str, file: str) -> RefusedFile:
    from kompas_tui.toml_locations import TomlLineIndex, field_path

    lines = TomlLineIndex(text)
    problems = [
        Problem(file, lines.line_of(loc), field_path(loc) or None, expected=t("safe_read.expect_finite"),
                found=marker.text)
        for loc, marker in itertools.islice(_non_finite_places(data, ()), MAX_NON_FINITE_SHOWN)
    ]
    return RefusedFile(problems or [Problem(file, expected=t("safe_read.expect_finite"), found="nan")], "non_finite")


def _non_finite_places(value: Any, loc: tuple[str | int, ...]):
    """(loc, marker) of every NaN or infinity, in document order; a walk
    with its own stack (a document may be some hundreds of tables deep:
    32 levels of inline tables, each with a 16-part dotted key)."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(loc, value)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, _NonFinite):
            yield loc, value
        elif isinstance(value, dict):
            stack.extend(((*loc, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*loc, index), item) for index, item in reversed(list(enumerate(value))))


def _parse(text: str, parse_float) -> dict[str, Any]:
    """`tomllib.loads`, sped up by `tomli` when it is installed: the same
    parser (tomllib is tomli, vendored), but its wheels are compiled, about
    3× faster. Parsing is nine tenths of loading a session (a 200-action,
    20-round session: 28 of 32 ms; benchmarks/session_io.py). A document
    tomli refuses is parsed again by tomllib, so every problem is reported
    in tomllib's words (they are the catalog's keys)."""
    fast = _fast_loads()
    if fast is not None:
        try:
            return fast(text, parse_float=parse_float)
        except Exception:  # tomli's own error class: let tomllib tell it
            pass
    import tomllib

    return tomllib.loads(text, parse_float=parse_float)


@functools.cache
def _fast_loads() -> Callable[..., dict[str, Any]] | None:
    # Imported on the first file read, not at start-up.
    try:
        from tomli import loads
    except ImportError:
        return None
    return loads
