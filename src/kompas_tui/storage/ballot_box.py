"""Live voting through the shared folder (SPEC §5): no daemon, no port.

THE CONTRACT (the UI is built against it; the implementation fills it in):

A ballot box is a folder next to the session, `NAME.ballot/` for
`NAME.toml`, created by the facilitator with `open_ballot` (setgid and
sticky: those who reach the session folder can add their own file, and
nobody can replace or remove another's; blind: see below). In it:

- `ballot.toml`, the facilitator's: the ballot's id, state
  (`open`/`closed`), the themes, votes per person, the cap per theme, the
  number of participants expected, when it was opened. Readable by those
  who reach the session folder.
- `USER.toml`, one per participant (their login name), written atomically
  by `cast` as that user: the ballot id, the user, the dots per theme.

The facilitator's app polls (`count_ballots`) and sees how many have voted,
never what; `close_ballot` stops voting, `reopen_ballot` lets it go on,
`reveal_ballot` returns the totals (and the number of ballots) and removes
the box with every individual ballot; `discard_ballot` removes it without
totals. A ballot file that is malformed, oversized, for another ballot, or
not owned by the user it is named after is ignored, with a note.

HOW IT IS DONE (docs/live-voting.md has the server setup):

- The box appears whole: it is built under a hidden temporary name (with its
  `ballot.toml`) and renamed into place; a rename onto an existing box fails,
  so two ballots never open at once. In a setgid team folder the box is
  *blind*: its group is the facilitator's private group (`_private_group`:
  their own group, nobody else's) and its mode 0o3773 (setgid, sticky,
  others `wx`): participants create and open their own file by name but
  cannot list the box, and each ballot (0o640, the private group) is
  readable by its owner and the facilitator only; `ballot.toml` is 0o644.
  Without a private group it falls back to the team group, 0o3770, and the
  ballots are group-readable (`ballots_group_readable`). In a private
  folder 0o1700. The participant's side never lists the box.
- `cast` writes `.USER.HEX.tmp` (O_EXCL, O_NOFOLLOW, 0o640 in a team box,
  else 0o600), fsyncs it, and renames it onto `USER.toml`: a killed
  participant leaves their previous ballot or the new one, never half of
  one. The sticky bit stops anyone replacing or removing another's file.
- A file counts only when it is `USER.toml` for a safe login name, a regular
  file (never followed through a symlink), at most `MAX_BALLOT_BYTES`, owned
  by that login's uid, valid TOML for this ballot's id and user, and passes
  `check_ballot`. Hidden files (temporaries) are skipped silently; every
  other file gets a `BallotNote`. Reading a file never raises.
- `reveal_ballot` and `discard_ballot` first rename the box to a hidden
  name: a cast that lands before that counts, one after it fails (the
  ballot has closed), so the totals are of one exact set of files. Then
  every file is removed (the box's owner may remove others' files in a
  sticky folder) and the box itself.
"""

from __future__ import annotations

import datetime as dt
import errno
import grp
import os
import pwd
import re
import secrets
import shutil
import stat
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import tomli_w

from kompas_tui.domain.session import now
from kompas_tui.domain.voting import Ballot, VotingMessage, VotingSettings, check_ballot, tally_ballots
from kompas_tui.os_errors import os_reason
from kompas_tui.storage.atomic import TEMP_SUFFIX, atomic_write, fsync_dir
from kompas_tui.storage.folder import PRIVATE_FILE_MODE, TEAM_FILE_MODE, file_mode_for

State = Literal["open", "closed"]


class BallotError(Exception):
    """A ballot operation that cannot be done; `key` is its i18n key, `fields` its values."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields

    def text(self, lang: str | None = None) -> str:
        return message_text(self.key, self.fields, lang)


@dataclass(frozen=True)
class BallotInfo:
    """What `ballot.toml` says."""

    id: str
    state: State
    themes: tuple[str, ...]
    votes_per_person: int
    max_per_theme: int | None
    participants: int | None
    opened: dt.datetime
    unit: str


@dataclass(frozen=True)
class BallotNote:
    """A file in the box that was not counted, and why (an i18n key and its fields)."""

    file: str
    key: str
    fields: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        """The note worded, with `{file}` the file's name."""
        return message_text(self.key, {"file": self.file, **self.fields}, lang)


@dataclass(frozen=True)
class BallotCount:
    """How many have voted (never what), and the files not counted."""

    voted: int
    voters: tuple[str, ...]
    notes: tuple[BallotNote, ...]


def box_path(session_path: Path) -> Path:
    """`NAME.ballot/` next to `NAME.toml`."""
    session_path = Path(session_path)
    return session_path.with_name(session_path.stem + ".ballot")


def open_ballot(
    session_path: Path,
    *,
    unit: str,
    themes: Sequence[str],
    votes_per_person: int,
    max_per_theme: int | None,
    participants: int | None,
) -> BallotInfo:
    """Create the box and its `ballot.toml`; `BallotError("ballot.error.already_open")`
    when a box exists (two ballots never open at once on one session)."""
    box = box_path(session_path)
    folder = box.parent
    if votes_per_person < 1 or (max_per_theme is not None and max_per_theme < 1):
        raise ValueError("votes_per_person and max_per_theme must be at least 1")
    if _exists(box):
        raise BallotError("ballot.error.already_open")
    info = BallotInfo(
        id=secrets.token_hex(16),
        state="open",
        themes=tuple(dict.fromkeys(themes)),
        votes_per_person=votes_per_person,
        max_per_theme=max_per_theme,
        participants=participants,
        opened=now(),
        unit=unit,
    )
    team = _is_team_folder(folder)
    private_gid = _private_group(folder) if team else None
    temp = folder / f".{box.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        os.mkdir(temp, 0o700)
    except OSError as exc:
        raise BallotError("ballot.error.cannot_open", reason=os_reason(exc)) from None
    try:
        # mkdir's mode is cut by the umask; set it exactly. In a setgid
        # folder the new folder already has the folder's group; a blind box
        # gets the facilitator's private group instead (before any file is
        # in it, so every file made in it inherits that group).
        if private_gid is not None:
            os.chown(temp, -1, private_gid)
            os.chmod(temp, BOX_BLIND_MODE)
        else:
            os.chmod(temp, BOX_TEAM_MODE if team else BOX_PRIVATE_MODE)
        atomic_write(temp / BALLOT_FILE, _info_bytes(info), _info_mode(temp), backup=False)
        # rename(2) onto an existing box fails (it is never empty: it has
        # its ballot.toml), so of two facilitators opening at once one wins.
        os.rename(temp, box)
    except OSError as exc:
        _remove_tree(temp)
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY) or _exists(box):
            raise BallotError("ballot.error.already_open") from None
        raise BallotError("ballot.error.cannot_open", reason=os_reason(exc)) from None
    except BaseException:
        _remove_tree(temp)
        raise
    fsync_dir(folder)
    return info


def read_ballot(session_path: Path) -> BallotInfo | None:
    """The box's ballot, or None when no ballot is open or closed (no box).
    `BallotError` when it cannot be read (permissions: "ballot.error.unreadable")."""
    return _read_info(box_path(session_path))


def cast(session_path: Path, ballot: Ballot, *, user: str | None = None) -> Path:
    """Write this user's ballot (the login user by default), atomically,
    replacing their earlier one. Checked against the ballot's themes, votes
    and cap first (`BallotError("ballot.error.invalid", problems=...)`);
    `BallotError("ballot.error.closed")` when the ballot is closed,
    `("ballot.error.none")` when there is none."""
    user = _checked_user(user)
    box = box_path(session_path)
    info = _read_info(box)
    if info is None:
        raise BallotError("ballot.error.none")
    if info.state != "open":
        raise BallotError("ballot.error.closed")
    problems = check_ballot(ballot, settings_of(info), info.themes)
    if problems:
        raise BallotError("ballot.error.invalid", problems=tuple(problems))
    data = tomli_w.dumps(
        {"ballot": info.id, "user": user, "dots": {theme: n for theme, n in ballot.dots.items() if n}}
    ).encode("utf-8")
    target = box / f"{user}.toml"
    try:
        mode = TEAM_FILE_MODE if os.stat(box).st_mode & stat.S_ISGID else PRIVATE_FILE_MODE
        temp = _write_own_temp(box, user, data, mode)
        try:
            os.replace(temp, target)
        except BaseException:
            _unlink_quietly(temp)
            raise
    except FileNotFoundError:
        # The box was revealed or discarded while this ballot was cast.
        raise BallotError("ballot.error.closed") from None
    except PermissionError as exc:
        if _owner(target) not in (None, os.geteuid()):
            raise BallotError("ballot.error.name_taken", user=user) from None
        raise BallotError("ballot.error.cannot_cast", reason=os_reason(exc)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_cast", reason=os_reason(exc)) from None
    fsync_dir(box)
    return target


def ballots_group_readable(session_path: Path) -> bool:
    """True when the open box is a team box whose ballots the whole team
    group can read (no private group was found for the facilitator when it
    was opened): the facilitator should be told. False for a blind box, a
    private one, or no box."""
    try:
        mode = os.stat(box_path(session_path)).st_mode
    except OSError:
        return False
    return bool(mode & 0o070) and not mode & 0o003


def own_ballot(session_path: Path, *, user: str | None = None) -> Ballot | None:
    """The user's ballot as cast so far (to resume after a disconnect)."""
    user = _checked_user(user)
    box = box_path(session_path)
    info = _read_info(box)
    if info is None:
        return None
    result = _read_ballot_file(box, f"{user}.toml", info)
    return result if isinstance(result, Ballot) else None


def count_ballots(session_path: Path) -> BallotCount:
    """Who has a valid ballot in the box (names only), and notes on files ignored."""
    box = box_path(session_path)
    info = _read_info(box)
    if info is None:
        raise BallotError("ballot.error.none")
    ballots, notes = _scan(box, info)
    return BallotCount(len(ballots), tuple(sorted(ballots)), notes)


def close_ballot(session_path: Path) -> BallotInfo:
    return _set_state(session_path, "closed")


def reopen_ballot(session_path: Path) -> BallotInfo:
    return _set_state(session_path, "open")


def reveal_ballot(session_path: Path) -> tuple[dict[str, int], int, tuple[BallotNote, ...]]:
    """Close (if open), tally the valid ballots, remove the box with every
    ballot in it. Returns (dots per theme, ballots counted, notes)."""
    box = box_path(session_path)
    if _read_info(box) is None:
        raise BallotError("ballot.error.none")
    taken = _take_away(box)
    try:
        info = _read_info(taken)
        if info is None:  # cannot happen: the box was just renamed whole
            raise BallotError("ballot.error.none")
        ballots, notes = _scan(taken, info)
        totals = tally_ballots(ballots.values())
    except BaseException:
        try:
            os.rename(taken, box)  # put it back as it was
        except OSError:
            pass
        raise
    leftovers = _remove_tree(taken)
    notes = notes + tuple(BallotNote(name, "ballot.note.not_removed") for name in leftovers)
    return totals, len(ballots), notes


def discard_ballot(session_path: Path) -> None:
    """Remove the box and every ballot in it, counting nothing."""
    box = box_path(session_path)
    if not _exists(box):
        return
    leftovers = _remove_tree(_take_away(box))
    if leftovers:
        raise BallotError("ballot.error.not_removed", files=", ".join(leftovers))


# --- messages ----------------------------------------------------------------


def message_text(key: str, fields: Mapping[str, object], lang: str | None = None) -> str:
    """A `BallotError`'s or `BallotNote`'s text: problems (VotingMessages)
    worded and joined with a space."""
    from kompas_tui.i18n import t

    def word(value: object) -> object:
        if isinstance(value, VotingMessage):
            return value.text(lang)
        if isinstance(value, (tuple, list)) and all(isinstance(item, VotingMessage) for item in value):
            return " ".join(item.text(lang) for item in value)
        return value

    return t(key, lang, **{name: word(value) for name, value in fields.items()})


# --- internals ---------------------------------------------------------------

BALLOT_FILE = "ballot.toml"
#: A ballot is a few hundred bytes; anything bigger is not one.
MAX_BALLOT_BYTES = 64 * 1024
#: setgid (files get the folder's group), sticky (nobody removes or replaces
#: another's file), the group may add files; others nothing. The fallback in
#: a team folder when the facilitator has no private group: the ballots are
#: readable by the whole team group.
BOX_TEAM_MODE = 0o3770
#: The blind box: group = the facilitator's private group (setgid: every
#: file made in it gets that group, so `0640` ballots are readable by their
#: owner and the facilitator only), sticky, others `wx`: a participant (who
#: reaches the box only through the team folder) can make and open files by
#: name but cannot list the box.
BOX_BLIND_MODE = 0o3773
#: `ballot.toml` in a blind box: participants read it as "others".
BLIND_INFO_MODE = 0o644
BOX_PRIVATE_MODE = 0o1700
#: Login names that can be a file name here (POSIX portable user names).
_SAFE_USER = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
_RESERVED = {Path(BALLOT_FILE).stem}


def settings_of(info: BallotInfo) -> VotingSettings:
    """The voting settings a ballot is checked under."""
    return VotingSettings.model_construct(
        votes_per_person=info.votes_per_person, max_per_theme=info.max_per_theme, participants=None
    )


def login_user() -> str:
    """The login name of the effective user."""
    return pwd.getpwuid(os.geteuid()).pw_name


def is_safe_user(name: str) -> bool:
    return bool(_SAFE_USER.fullmatch(name)) and name not in _RESERVED and not name.endswith(".")


def _uid_for_user(name: str) -> int | None:
    """The uid of login `name`; None when there is no such user. Tests
    replace it to let fake users be the test's own uid."""
    try:
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        return None


def _checked_user(user: str | None) -> str:
    user = login_user() if user is None else user
    if not is_safe_user(user):
        raise BallotError("ballot.error.bad_user", user=user)
    return user


def _exists(path: Path) -> bool:
    try:
        os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


def _owner(path: Path) -> int | None:
    try:
        return os.lstat(path).st_uid
    except OSError:
        return None


def _private_group(folder: Path) -> int | None:
    """The facilitator's private group: the effective user's primary group
    when this process is in it, nobody else is a member of it (no `gr_mem`
    but the user, no other user's primary group), and it is not the team
    folder's group. None when there is no such group (the box then falls
    back to the team group). Tests replace it."""
    uid = os.geteuid()
    try:
        me = pwd.getpwuid(uid)
        gid = me.pw_gid
        if gid not in (os.getegid(), *os.getgroups()) or gid == os.stat(folder).st_gid:
            return None
        if set(grp.getgrgid(gid).gr_mem) - {me.pw_name}:
            return None
        if any(user.pw_gid == gid and user.pw_uid != uid for user in pwd.getpwall()):
            return None
    except (KeyError, OSError):
        return None
    return gid


def _info_mode(box: Path) -> int:
    """The mode of `ballot.toml` in `box`: world-readable in a blind box
    (participants are "others" there), else as the session folder's files."""
    try:
        if os.stat(box).st_mode & 0o003 == 0o003:
            return BLIND_INFO_MODE
    except OSError:
        pass
    return file_mode_for(box.parent)


def _is_team_folder(folder: Path) -> bool:
    try:
        return bool(os.stat(folder).st_mode & stat.S_ISGID)
    except OSError:
        return False


def _info_bytes(info: BallotInfo) -> bytes:
    doc: dict[str, object] = {
        "id": info.id,
        "state": info.state,
        "unit": info.unit,
        "opened": info.opened,
        "votes_per_person": info.votes_per_person,
    }
    if info.max_per_theme is not None:
        doc["max_per_theme"] = info.max_per_theme
    if info.participants is not None:
        doc["participants"] = info.participants
    doc["themes"] = list(info.themes)
    return tomli_w.dumps(doc).encode("utf-8")


def _read_info(box: Path) -> BallotInfo | None:
    path = box / BALLOT_FILE
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except PermissionError:
        raise BallotError("ballot.error.unreadable", path=str(box)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_read", reason=os_reason(exc)) from None
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
        info = BallotInfo(
            id=_typed(doc["id"], str),
            state=_typed(doc["state"], str),  # type: ignore[arg-type]
            themes=tuple(_typed(name, str) for name in _typed(doc["themes"], list)),
            votes_per_person=_typed(doc["votes_per_person"], int),
            max_per_theme=_typed(doc["max_per_theme"], int) if "max_per_theme" in doc else None,
            participants=_typed(doc["participants"], int) if "participants" in doc else None,
            opened=_typed(doc["opened"], dt.datetime),
            unit=_typed(doc.get("unit", ""), str),
        )
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, RecursionError):
        raise BallotError("ballot.error.damaged", path=str(path)) from None
    if info.state not in ("open", "closed"):
        raise BallotError("ballot.error.damaged", path=str(path))
    return info


def _typed(value: object, kind: type) -> object:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(kind)
    return value


def _set_state(session_path: Path, state: State) -> BallotInfo:
    box = box_path(session_path)
    info = _read_info(box)
    if info is None:
        raise BallotError("ballot.error.none")
    info = replace(info, state=state)
    try:
        atomic_write(box / BALLOT_FILE, _info_bytes(info), _info_mode(box), backup=False)
    except FileNotFoundError:
        raise BallotError("ballot.error.none") from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_change", reason=os_reason(exc)) from None
    return info


def _write_own_temp(box: Path, user: str, data: bytes, mode: int) -> Path:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(20):
        temp = box / f".{user}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            fd = os.open(temp, flags, mode)
        except FileExistsError:
            continue
        try:
            try:
                os.fchmod(fd, mode)  # exactly, whatever the umask
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            _unlink_quietly(temp)
            raise
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(box))


def _read_ballot_file(box: Path, name: str, info: BallotInfo) -> Ballot | BallotNote | None:
    """The ballot in `box/name`, a note on why it does not count, or None for
    a file skipped silently. Never raises."""
    if name.startswith(".") or name == BALLOT_FILE:
        return None
    user = name.removesuffix(".toml")
    if not name.endswith(".toml") or not is_safe_user(user):
        return BallotNote(name, "ballot.note.not_a_ballot")
    uid = _uid_for_user(user)
    if uid is None:
        return BallotNote(name, "ballot.note.foreign", {"user": user})
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(box / name, flags)
    except FileNotFoundError:
        return None  # gone since it was listed: the participant's own business
    except OSError:
        # ELOOP: a symbolic link; EACCES: not readable to the facilitator.
        if os.path.islink(box / name):
            return BallotNote(name, "ballot.note.not_a_ballot")
        return BallotNote(name, "ballot.note.unreadable", {"user": user})
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return BallotNote(name, "ballot.note.not_a_ballot")
        if st.st_uid != uid:
            return BallotNote(name, "ballot.note.foreign", {"user": user})
        if st.st_size > MAX_BALLOT_BYTES:
            return BallotNote(name, "ballot.note.oversized", {"user": user})
        raw = os.read(fd, MAX_BALLOT_BYTES + 1)
    except OSError:
        return BallotNote(name, "ballot.note.unreadable", {"user": user})
    finally:
        os.close(fd)
    if len(raw) > MAX_BALLOT_BYTES:
        return BallotNote(name, "ballot.note.oversized", {"user": user})
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
        ballot_id = _typed(doc["ballot"], str)
        owner = _typed(doc["user"], str)
        dots = _typed(doc.get("dots", {}), dict)
        for theme, count in dots.items():
            _typed(theme, str)
            _typed(count, int)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, RecursionError, ValueError):
        return BallotNote(name, "ballot.note.malformed", {"user": user})
    if ballot_id != info.id:
        return BallotNote(name, "ballot.note.other_ballot", {"user": user})
    if owner != user:
        return BallotNote(name, "ballot.note.malformed", {"user": user})
    if any(count < 0 for count in dots.values()):
        return BallotNote(name, "ballot.note.invalid", {"user": user, "problems": ()})
    ballot = Ballot(dots=dots)
    problems = check_ballot(ballot, settings_of(info), info.themes)
    if problems:
        return BallotNote(name, "ballot.note.invalid", {"user": user, "problems": tuple(problems)})
    return ballot


def _scan(box: Path, info: BallotInfo) -> tuple[dict[str, Ballot], tuple[BallotNote, ...]]:
    try:
        names = sorted(entry.name for entry in os.scandir(box))
    except FileNotFoundError:
        raise BallotError("ballot.error.none") from None
    except PermissionError:
        raise BallotError("ballot.error.unreadable", path=str(box)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_read", reason=os_reason(exc)) from None
    ballots: dict[str, Ballot] = {}
    notes: list[BallotNote] = []
    for name in names:
        result = _read_ballot_file(box, name, info)
        if isinstance(result, Ballot):
            ballots[name.removesuffix(".toml")] = result
        elif result is not None:
            notes.append(result)
    return ballots, tuple(notes)


def _take_away(box: Path) -> Path:
    """Rename the box to a hidden name so no ballot lands in it any more."""
    taken = box.with_name(f".{box.name}.{secrets.token_hex(6)}.closing")
    try:
        os.rename(box, taken)
    except FileNotFoundError:
        raise BallotError("ballot.error.none") from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_change", reason=os_reason(exc)) from None
    fsync_dir(box.parent)
    return taken


def _remove_tree(folder: Path) -> list[str]:
    """Remove `folder` and everything in it, never following a link; the
    names (relative to `folder`) that could not be removed."""
    leftovers: list[str] = []

    def failed(_function: object, path: str, _error: object) -> None:
        leftovers.append(os.path.relpath(path, folder))

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=failed)
    else:
        shutil.rmtree(folder, onerror=failed)
    return leftovers


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
