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
- Every look at a box goes through one descriptor of the folder
  (`ballot_folder.OpenBox`), and the box is checked first. The
  facilitator's side (`watch_box`, `count_ballots`, `close_ballot`,
  `reopen_ballot`, `reveal_ballot`) counts only a box that is their own:
  owned by them, a mode kompas makes, its `ballot.toml` theirs and for this
  session, and, given `expect`, the very folder (device and inode), owner,
  group and mode they opened; anything else is `ballot.error.replaced`, and
  nothing is counted or revealed from it. The participant's side
  (`read_ballot`, `cast`, `own_ballot`) checks what it can know: the box,
  its `ballot.toml` and the facilitator named in it are one user, and the
  mode and group are those kompas gives a box (`ballot.error.not_genuine`).
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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import tomli_w

from kompas_tui.domain.session import now
from kompas_tui.domain.message import Message, Refusal
from kompas_tui.domain.voting import Ballot, VotingSettings, check_ballot, tally_ballots
from kompas_tui.os_errors import os_reason
from kompas_tui.storage.atomic import TEMP_SUFFIX, atomic_write, fsync_dir
from kompas_tui.storage.ballot_folder import BoxIdentity, NotABox, OpenBox, Unfit, open_box
from kompas_tui.storage.folder import BALLOT_BOX_SUFFIX, PRIVATE_FILE_MODE, TEAM_FILE_MODE, file_mode_for

State = Literal["open", "closed"]


class BallotError(Refusal):
    """A ballot operation that cannot be done; `message` says why (a
    ballot that breaks the rules holds the rules' messages, `problems`)."""


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
    #: The login name of who opened it, and the session file's name ("" in a
    #: box from a kompas that did not write them).
    facilitator: str = ""
    session: str = ""
    #: The box folder it was read from (or made in, by `open_ballot`).
    box: BoxIdentity | None = field(default=None, compare=False)


@dataclass(frozen=True)
class BallotNote:
    """A file in the box that was not counted, and why (its `{file}` is the
    file's name)."""

    file: str
    message: Message

    def text(self, lang: str | None = None) -> str:
        return self.message.text(lang)


def _note(file: str, key: str, **fields: object) -> BallotNote:
    return BallotNote(file, Message(key, {"file": file, **fields}))


@dataclass(frozen=True)
class BallotCount:
    """How many have voted (never what), and the files not counted."""

    voted: int
    voters: tuple[str, ...]
    notes: tuple[BallotNote, ...]


@dataclass(frozen=True)
class BoxView:
    """The facilitator's look at their box: the ballot, the count, the folder."""

    info: BallotInfo
    count: BallotCount
    identity: BoxIdentity


def box_path(session_path: Path) -> Path:
    """`NAME.ballot/` next to `NAME.toml`."""
    session_path = Path(session_path)
    return session_path.with_name(session_path.stem + BALLOT_BOX_SUFFIX)


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
    when a box exists (two ballots never open at once on one session). The
    returned info's `box` is the folder made: give it as `expect` to the
    facilitator's calls after."""
    session_path = Path(session_path)
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
        facilitator=_user_name(os.geteuid()),
        session=session_path.name,
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
        made = BoxIdentity.of(os.lstat(temp))
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
    return replace(info, box=made)


def read_ballot(session_path: Path) -> BallotInfo | None:
    """The box's ballot as a participant sees it, or None when no ballot is
    open or closed (no box). `BallotError` when it cannot be read
    (permissions: "ballot.error.unreadable") or is not a box kompas made for
    this session ("ballot.error.not_genuine")."""
    opened = _open(box_path(session_path), facilitator=False)
    if opened is None:
        return None
    with opened:
        return _genuine_info(opened, session_path)


def cast(session_path: Path, ballot: Ballot, *, user: str | None = None) -> Path:
    """Write this user's ballot (the login user by default), atomically,
    replacing their earlier one. Checked against the ballot's themes, votes
    and cap first (`BallotError("ballot.error.invalid", problems=...)`);
    `BallotError("ballot.error.closed")` when the ballot is closed,
    `("ballot.error.none")` when there is none."""
    user = _checked_user(user)
    box = box_path(session_path)
    opened = _open(box, facilitator=False)
    if opened is None:
        raise BallotError("ballot.error.none")
    with opened:
        info = _genuine_info(opened, session_path)
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
        mode = TEAM_FILE_MODE if opened.identity.mode & stat.S_ISGID else PRIVATE_FILE_MODE
        _cast_into(opened, user, data, mode)
    fsync_dir(box)
    return box / f"{user}.toml"


def ballots_group_readable(session_path: Path) -> bool:
    """True when the open box is a team box whose ballots the whole team
    group can read (no private group was found for the facilitator when it
    was opened): the facilitator should be told. False for a blind box, a
    private one, or no box."""
    try:
        return BoxIdentity.of(os.lstat(box_path(session_path))).group_readable
    except OSError:
        return False


def own_ballot(session_path: Path, *, user: str | None = None) -> Ballot | None:
    """The user's ballot as cast so far (to resume after a disconnect)."""
    user = _checked_user(user)
    opened = _open(box_path(session_path), facilitator=False)
    if opened is None:
        return None
    with opened:
        info = _genuine_info(opened, session_path)
        if info is None:
            return None
        result = _read_ballot_file(opened, f"{user}.toml", info)
    return result if isinstance(result, Ballot) else None


def watch_box(session_path: Path, expect: BoxIdentity | None = None) -> BoxView | None:
    """The facilitator's look at their box (the poll): the ballot, who has a
    valid ballot in it (names only), notes on files ignored, and the folder.
    None when there is no box. `BallotError("ballot.error.replaced")` when
    the box is not the facilitator's own (or not `expect`): nothing in it is
    counted."""
    opened = _open(box_path(session_path), facilitator=True)
    if opened is None:
        return None
    with opened:
        info = _own_info(opened, session_path, expect)
        ballots, notes = _scan(opened, info)
        identity = opened.identity
    count = BallotCount(len(ballots), tuple(sorted(ballots)), notes)
    return BoxView(replace(info, box=identity), count, identity)


def count_ballots(session_path: Path, expect: BoxIdentity | None = None) -> BallotCount:
    """Who has a valid ballot in the facilitator's box (names only), and notes on files ignored."""
    view = watch_box(session_path, expect)
    if view is None:
        raise BallotError("ballot.error.none")
    return view.count


def close_ballot(session_path: Path, expect: BoxIdentity | None = None) -> BallotInfo:
    return _set_state(session_path, "closed", expect)


def reopen_ballot(session_path: Path, expect: BoxIdentity | None = None) -> BallotInfo:
    return _set_state(session_path, "open", expect)


def reveal_ballot(
    session_path: Path, *, expect: BoxIdentity | None = None, least: int = 0, most: int | None = None
) -> tuple[dict[str, int], int, tuple[BallotNote, ...]]:
    """Close (if open), tally the valid ballots, remove the box with every
    ballot in it. Returns (dots per theme, ballots counted, notes). Refused,
    with the box left as it was, when it is not the facilitator's own
    (`ballot.error.replaced`), or when fewer than `least`
    (`ballot.error.nobody`) or more than `most` (`ballot.error.too_many`)
    ballots are in it when it is taken away."""
    box = box_path(session_path)
    opened = _open(box, facilitator=True)
    if opened is None:
        raise BallotError("ballot.error.none")
    with opened:
        _own_info(opened, session_path, expect)
        checked = opened.identity
    taken = _take_away(box)
    try:
        # The folder taken away must be the one just checked.
        held = _open(taken, facilitator=True)
        if held is None:
            raise BallotError("ballot.error.none")
        with held:
            info = _own_info(held, session_path, checked)
            ballots, notes = _scan(held, info)
        if len(ballots) < least:
            raise BallotError("ballot.error.nobody")
        if most is not None and len(ballots) > most:
            raise BallotError("ballot.error.too_many", voted=len(ballots), participants=most)
        totals = tally_ballots(ballots.values())
    except BaseException:
        try:
            os.rename(taken, box)  # put it back as it was
        except OSError:
            pass
        raise
    leftovers = _remove_tree(taken)
    notes = notes + tuple(_note(name, "ballot.note.not_removed") for name in leftovers)
    return totals, len(ballots), notes


def discard_ballot(session_path: Path) -> None:
    """Remove the box and every ballot in it, counting nothing. Whatever is
    at the box's name goes, also a box that is not the facilitator's (it is
    taken out of the participants' way; what cannot be removed is named)."""
    box = box_path(session_path)
    if not _exists(box):
        return
    taken = _take_away(box)
    if not os.path.isdir(taken) or os.path.islink(taken):
        _unlink_quietly(taken)  # a file or link put at the box's name
        leftovers = [taken.name] if _exists(taken) else []
    else:
        leftovers = _remove_tree(taken)
    if leftovers:
        raise BallotError("ballot.error.not_removed", files=", ".join(leftovers))


# --- internals ---------------------------------------------------------------

BALLOT_FILE = "ballot.toml"
#: A ballot is a few hundred bytes; anything bigger is not one.
MAX_BALLOT_BYTES = 64 * 1024
#: `ballot.toml` is a few hundred bytes plus the themes' names.
MAX_INFO_BYTES = 64 * 1024
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
    if info.facilitator:
        doc["facilitator"] = info.facilitator
    if info.session:
        doc["session"] = info.session
    doc["themes"] = list(info.themes)
    return tomli_w.dumps(doc).encode("utf-8")


def _parse_toml(raw: bytes) -> dict[str, object]:
    """A small file's TOML, its structure bounded before parsing and NaN
    and infinity refused (safe_read.py: a 64 KB ballot of one 32,000-part
    dotted key cost 9 s and 3.9 GB to parse). `ValueError` when it is not
    such a file."""
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import BALLOT, parse_toml_bytes

    try:
        return parse_toml_bytes(raw, BALLOT_FILE, BALLOT)
    except InputError as exc:
        raise ValueError(str(exc)) from None


def _parse_info(raw: bytes, path: Path) -> BallotInfo:
    try:
        doc = _parse_toml(raw)
        info = BallotInfo(
            id=_typed(doc["id"], str),
            state=_typed(doc["state"], str),  # type: ignore[arg-type]
            themes=tuple(_typed(name, str) for name in _typed(doc["themes"], list)),
            votes_per_person=_typed(doc["votes_per_person"], int),
            max_per_theme=_typed(doc["max_per_theme"], int) if "max_per_theme" in doc else None,
            participants=_typed(doc["participants"], int) if "participants" in doc else None,
            opened=_typed(doc["opened"], dt.datetime),
            unit=_typed(doc.get("unit", ""), str),
            facilitator=_typed(doc.get("facilitator", ""), str),
            session=_typed(doc.get("session", ""), str),
        )
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, RecursionError, ValueError):
        raise BallotError("ballot.error.damaged", path=str(path)) from None
    if info.state not in ("open", "closed"):
        raise BallotError("ballot.error.damaged", path=str(path))
    return info


def _typed(value: object, kind: type) -> object:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(kind)
    return value


# --- the box as held open, and whether it is genuine -------------------------


def _open(box: Path, *, facilitator: bool) -> OpenBox | None:
    """The box held open (None: no box); what goes wrong as a `BallotError`."""
    try:
        return open_box(box)
    except NotABox:
        raise _not_genuine(box, None, facilitator) from None
    except PermissionError:
        raise BallotError("ballot.error.unreadable", path=str(box)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_read", reason=os_reason(exc)) from None


def _not_genuine(box: Path, identity: BoxIdentity | None, facilitator: bool) -> BallotError:
    key = "ballot.error.replaced" if facilitator else "ballot.error.not_genuine"
    owner = _user_name(identity.owner) if identity else "?"
    mode = f"{identity.mode:04o}" if identity else "?"
    return BallotError(key, path=str(box), owner=owner, mode=mode)


def _info_in(opened: OpenBox, facilitator: bool) -> BallotInfo | None:
    """The box's `ballot.toml`, which must be the box owner's regular file;
    None when it has none."""
    path = opened.path / BALLOT_FILE
    try:
        raw = opened.read(BALLOT_FILE, MAX_INFO_BYTES, owner=opened.identity.owner)
    except FileNotFoundError:
        return None
    except Unfit as unfit:
        if unfit.kind == "foreign":  # someone else's file in the box
            raise _not_genuine(opened.path, opened.identity, facilitator) from None
        raise BallotError("ballot.error.damaged", path=str(path)) from None
    except PermissionError:
        raise BallotError("ballot.error.unreadable", path=str(opened.path)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_read", reason=os_reason(exc)) from None
    return _parse_info(raw, path)


def _genuine_info(opened: OpenBox, session_path: Path) -> BallotInfo | None:
    """The participant's check: the box's mode and group are those kompas
    gives a box (before anything in it is read), and the box, its
    `ballot.toml` and the facilitator named in it are one user, for this
    session. A box this user may not enter at all is said to be unreadable
    (what they can act on), not judged by its mode."""
    if not os.access(opened.path, os.X_OK):
        raise BallotError("ballot.error.unreadable", path=str(opened.path))
    if not _mode_fits(opened.identity, opened.path.parent):
        raise _not_genuine(opened.path, opened.identity, facilitator=False)
    info = _info_in(opened, facilitator=False)
    if info is not None and not _genuine(opened, info, session_path):
        raise _not_genuine(opened.path, opened.identity, facilitator=False)
    return info


def _own_info(opened: OpenBox, session_path: Path, expect: BoxIdentity | None) -> BallotInfo:
    """The facilitator's check: the box is theirs (and `expect`, when given)
    before anything in it is read; then its `ballot.toml` is too."""
    identity = opened.identity
    mine = identity.owner == os.geteuid() and _mode_fits(identity, opened.path.parent)
    if not mine or (expect is not None and expect != identity):
        raise _not_genuine(opened.path, identity, facilitator=True)
    info = _info_in(opened, facilitator=True)
    if info is None:
        raise BallotError("ballot.error.damaged", path=str(opened.path / BALLOT_FILE))
    if not _genuine(opened, info, session_path):
        raise _not_genuine(opened.path, identity, facilitator=True)
    return info


def _genuine(opened: OpenBox, info: BallotInfo, session_path: Path) -> bool:
    identity = opened.identity
    if info.session and info.session != Path(session_path).name:
        return False  # another session's box renamed into this one's place
    if info.facilitator and _uid_for_user(info.facilitator) != identity.owner:
        return False
    return _mode_fits(identity, opened.path.parent)


def _mode_fits(identity: BoxIdentity, folder: Path) -> bool:
    """The mode (and group) is one kompas gives a box: private `1700`; the
    team fallback `3770` with the folder's group; blind `3773` with the
    owner's own primary group."""
    if identity.mode == BOX_PRIVATE_MODE:
        return True
    if identity.mode == BOX_TEAM_MODE:
        try:
            return identity.group == os.stat(folder).st_gid
        except OSError:
            return False
    if identity.mode == BOX_BLIND_MODE:
        try:
            return identity.group == pwd.getpwuid(identity.owner).pw_gid
        except KeyError:
            return False
    return False


def _user_name(uid: int) -> str:
    """The login name of `uid` (its number when it has none)."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _set_state(session_path: Path, state: State, expect: BoxIdentity | None) -> BallotInfo:
    box = box_path(session_path)
    opened = _open(box, facilitator=True)
    if opened is None:
        raise BallotError("ballot.error.none")
    with opened:
        info = replace(_own_info(opened, session_path, expect), state=state)
        mode = _info_mode(box)
    try:
        atomic_write(box / BALLOT_FILE, _info_bytes(info), mode, backup=False)
    except FileNotFoundError:
        raise BallotError("ballot.error.none") from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_change", reason=os_reason(exc)) from None
    return info


def _cast_into(opened: OpenBox, user: str, data: bytes, mode: int) -> None:
    """Write the ballot as a temporary file through the checked box's
    descriptor, then rename it by the box's path: when the box has been
    taken away (revealed, discarded) or another folder put in its place,
    the temporary is not found there and the cast fails as closed."""
    target = f"{user}.toml"
    try:
        temp = opened.write_temp(user, data, mode)
        try:
            os.replace(opened.path / temp, opened.path / target)
        except BaseException:
            opened.unlink_quietly(temp)
            raise
    except FileNotFoundError:
        raise BallotError("ballot.error.closed") from None
    except PermissionError as exc:
        try:
            taken = opened.lstat(target).st_uid != os.geteuid()
        except OSError:
            taken = False
        if taken:
            raise BallotError("ballot.error.name_taken", user=user) from None
        raise BallotError("ballot.error.cannot_cast", reason=os_reason(exc)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_cast", reason=os_reason(exc)) from None


def _read_ballot_file(opened: OpenBox, name: str, info: BallotInfo) -> Ballot | BallotNote | None:
    """The ballot in the box's file `name`, a note on why it does not count,
    or None for a file skipped silently. Never raises."""
    if name.startswith(".") or name == BALLOT_FILE:
        return None
    user = name.removesuffix(".toml")
    if not name.endswith(".toml") or not is_safe_user(user):
        return _note(name, "ballot.note.not_a_ballot")
    uid = _uid_for_user(user)
    if uid is None:
        return _note(name, "ballot.note.foreign", user=user)
    try:
        raw = opened.read(name, MAX_BALLOT_BYTES, owner=uid)
    except FileNotFoundError:
        return None  # gone since it was listed: the participant's own business
    except Unfit as unfit:
        key = {"foreign": "ballot.note.foreign", "oversized": "ballot.note.oversized"}.get(unfit.kind)
        return _note(name, key or "ballot.note.not_a_ballot", user=user)
    except OSError:
        return _note(name, "ballot.note.unreadable", user=user)
    try:
        doc = _parse_toml(raw)
        ballot_id = _typed(doc["ballot"], str)
        owner = _typed(doc["user"], str)
        dots = _typed(doc.get("dots", {}), dict)
        for theme, count in dots.items():
            _typed(theme, str)
            _typed(count, int)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, RecursionError, ValueError):
        return _note(name, "ballot.note.malformed", user=user)
    if ballot_id != info.id:
        return _note(name, "ballot.note.other_ballot", user=user)
    if owner != user:
        return _note(name, "ballot.note.malformed", user=user)
    if any(count < 0 for count in dots.values()):
        return _note(name, "ballot.note.invalid", user=user, problems=())
    ballot = Ballot(dots=dots)
    problems = check_ballot(ballot, settings_of(info), info.themes)
    if problems:
        return _note(name, "ballot.note.invalid", user=user, problems=tuple(problems))
    return ballot


def _scan(opened: OpenBox, info: BallotInfo) -> tuple[dict[str, Ballot], tuple[BallotNote, ...]]:
    try:
        names = opened.names()
    except PermissionError:
        raise BallotError("ballot.error.unreadable", path=str(opened.path)) from None
    except OSError as exc:
        raise BallotError("ballot.error.cannot_read", reason=os_reason(exc)) from None
    ballots: dict[str, Ballot] = {}
    notes: list[BallotNote] = []
    for name in names:
        result = _read_ballot_file(opened, name, info)
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
