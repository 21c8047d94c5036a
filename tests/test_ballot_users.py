"""Live voting with real Unix users (issue 6, SPEC §5): run as root, the test
creates a group and five users, a setgid team folder, and runs the
facilitator and every participant as a separate process as that user. They
cast, change and cast again; one is killed (SIGKILL) in the middle of a loop
of casts; one tries to overwrite, remove and forge another's ballot. The
facilitator reveals, and the totals equal the sum of the final ballots
exactly, with nothing of the ballots left on disk.

The users cannot read root's Python install (/root is private), so the test
copies kompas_tui and the packages it imports into a world-readable folder
and runs them with a Python the users can execute (the system's python3.X of
the same version); without one it skips, saying why.
"""

from __future__ import annotations

import grp
import importlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kompas_tui.i18n import t
from kompas_tui.storage import ballot_box as bb

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="needs root to create Unix users"),
    pytest.mark.skipif(shutil.which("useradd") is None, reason="needs useradd (Debian: passwd)"),
]

# Names of this process's own: two test runs at once (pytest -n) never
# share users. Removed after the test, even when it fails.
_TAG = f"kt{os.getpid() % 100000}"
GROUP = f"{_TAG}-group"
FACILITATOR = f"{_TAG}-f"
PARTICIPANTS = tuple(f"{_TAG}-p{n}" for n in range(1, 5))
#: A facilitator without a private group (the team group is their primary).
SHARED_FACILITATOR = f"{_TAG}-g"
THEMES = ["[/]", "\x1b[31mrød", "🔥 Travlt", "Æble & Øl 'x' \"y\"", "Samarbejde"]

#: The process each user runs: argv = runtime folder, session, action, JSON.
SCRIPT = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from kompas_tui.domain.voting import Ballot
from kompas_tui.storage import ballot_box as bb
from kompas_tui.storage.ballot_box import BallotError
session, action = sys.argv[2], sys.argv[3]
arg = json.loads(sys.argv[4]) if len(sys.argv) > 4 else None
box = bb.box_path(session)
def expected(arg):
    from kompas_tui.storage.ballot_folder import BoxIdentity
    return None if not arg else BoxIdentity(*arg)
if action == "open":
    info = bb.open_ballot(session, **arg)
    b = info.box
    print(json.dumps([info.id, [b.device, b.inode, b.owner, b.group, b.mode]]))
elif action == "read":
    try:
        info = bb.read_ballot(session)
        print(json.dumps(None if info is None else info.state))
    except BallotError as error:
        print(json.dumps(error.key))
elif action == "cast":
    for dots in arg:
        bb.cast(session, Ballot(dots=dots))
    print(json.dumps(bb.own_ballot(session).dots))
elif action == "loop":
    i = 0
    while True:
        bb.cast(session, Ballot(dots=arg[i % len(arg)]))
        print(i, flush=True)
        i += 1
elif action == "attack":
    victim = box / (arg["victim"] + ".toml")
    refused = []
    try:
        victim.read_bytes()
    except PermissionError:
        refused.append("read")
    try:
        os.listdir(box)
    except PermissionError:
        refused.append("list")
    try:
        with open(victim, "r+b") as f:
            f.write(b"x")
    except PermissionError:
        refused.append("write")
    mine = box / ".forged.tmp"
    mine.write_text('ballot = "x"\n')
    try:
        os.replace(mine, victim)
    except PermissionError:
        refused.append("replace")
        mine.unlink()
    try:
        os.unlink(victim)
    except PermissionError:
        refused.append("unlink")
    info = bb.read_ballot(session)
    forged = {"ballot": info.id, "user": arg["as"], "dots": {info.themes[0]: 1}}
    import tomli_w
    (box / (arg["as"] + ".toml")).write_text(tomli_w.dumps(forged))
    print(json.dumps(refused))
elif action == "count":
    try:
        count = bb.count_ballots(session, expected(arg))
    except BallotError as error:
        print(json.dumps(error.key))
    else:
        print(json.dumps([count.voted, list(count.voters), [[n.file, n.message.key] for n in count.notes]]))
elif action == "try_cast":
    try:
        bb.cast(session, Ballot(dots=arg))
        print(json.dumps("cast"))
    except BallotError as error:
        print(json.dumps(error.key))
elif action == "steal":
    # The attack on a team folder without the sticky bit (issue 13).
    import shutil
    refused = []
    try:
        os.rename(box, box.with_name(".stolen"))
        box.mkdir()
        os.chmod(box, 0o3777)
        shutil.copyfile(box.with_name(".stolen") / "ballot.toml", box / "ballot.toml")
    except PermissionError:
        refused.append("rename")
    try:
        os.unlink(session)
    except PermissionError:
        refused.append("delete session")
    print(json.dumps(refused))
elif action == "squat":
    # A box of one's own with a FIFO for ballot.toml, before the ballot opens.
    box.mkdir()
    os.chmod(box, 0o3777)
    os.mkfifo(box / "ballot.toml")
    os.chmod(box / "ballot.toml", 0o666)
    print(json.dumps("squatted"))
elif action == "peek":
    try:
        print(json.dumps([sorted(os.listdir(box)), (box / (arg + ".toml")).read_text()]))
    except PermissionError:
        print(json.dumps("refused"))
elif action == "reveal":
    try:
        totals, counted, notes = bb.reveal_ballot(session, expect=expected(arg))
    except BallotError as error:
        print(json.dumps(error.key))
    else:
        print(json.dumps([totals, counted, [[n.file, n.message.key] for n in notes]]))
elif action == "discard":
    try:
        bb.discard_ballot(session)
        print(json.dumps("discarded"))
    except BallotError as error:
        print(json.dumps(error.key))
"""


def _run(cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, check=check)


def _remove_users() -> None:
    for user in (FACILITATOR, SHARED_FACILITATOR, *PARTICIPANTS):
        _run(["userdel", user], check=False)
        _run(["groupdel", user], check=False)  # the user's own group, if userdel left it
    _run(["groupdel", GROUP], check=False)


@pytest.fixture(scope="module")
def users() -> Iterator[None]:
    """The group and the users, made once for this module's tests (in this
    process: the names carry its pid)."""
    _remove_users()  # a run that was killed may have left them
    try:
        _run(["groupadd", GROUP])
        for user in (FACILITATOR, *PARTICIPANTS):
            _run(["useradd", "--no-create-home", "--user-group", "--groups", GROUP, "--shell", "/bin/false", user])
        _run(
            [
                "useradd",
                "--no-create-home",
                "--no-user-group",
                "--gid",
                GROUP,
                "--shell",
                "/bin/false",
                SHARED_FACILITATOR,
            ]
        )
        yield
    finally:
        _remove_users()


@pytest.fixture(scope="module")
def runtime_python(users) -> Iterator[tuple[Path, str | None]]:
    """kompas copied where the users can read it (once for the module), and
    the Python they can run it with (None: there is none)."""
    folder = Path(tempfile.mkdtemp(prefix="kompas-runtime-", dir="/tmp"))
    try:
        os.chmod(folder, 0o755)
        runtime = _runtime(folder)
        yield runtime, _python_for(PARTICIPANTS[0], runtime)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def base() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kompas-users-", dir="/tmp"))
    try:
        os.chmod(folder, 0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _runtime(base: Path) -> Path:
    """A world-readable copy of kompas_tui and what `ballot_box` imports."""
    probe = (
        "import json, sys, kompas_tui.storage.ballot_box, tomli_w\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    names = json.loads(_run([sys.executable, "-c", probe]).stdout)
    stdlib = Path(os.__file__).resolve().parent
    runtime = base / "runtime"
    runtime.mkdir()
    for name in names:
        module = sys.modules.get(name) or importlib.import_module(name)
        paths = list(getattr(module, "__path__", []) or [])
        origin = paths[0] if paths else getattr(module, "__file__", None)
        if origin is None:
            continue  # built in
        origin_path = Path(origin).resolve()
        if name != "kompas_tui" and (stdlib in origin_path.parents and "site-packages" not in origin_path.parts):
            continue  # the standard library: every Python has its own
        if paths:
            shutil.copytree(origin_path, runtime / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin_path, runtime / origin_path.name)
    for folder, _dirs, files in os.walk(runtime):
        os.chmod(folder, 0o755)
        for file in files:
            os.chmod(os.path.join(folder, file), 0o644)
    return runtime


def _python_for(user: str, runtime: Path) -> str | None:
    """A Python `user` can run that imports the copied packages."""
    minor = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, f"/usr/bin/python{minor}", f"/usr/local/bin/python{minor}", "/usr/bin/python3"]
    check = f"import sys; sys.path.insert(0, {str(runtime)!r}); import kompas_tui.storage.ballot_box"
    for python in dict.fromkeys(candidates):
        if not os.path.exists(python):
            continue
        try:
            done = subprocess.run([python, "-I", "-c", check], user=user, capture_output=True, cwd=runtime, env=_env())
        except OSError:
            continue  # not executable for the user (root's private Python)
        if done.returncode == 0:
            return python
    return None


def _env() -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent"}


class World:
    def __init__(self, python: str, runtime: Path, session: Path):
        self.python, self.runtime, self.session = python, runtime, session

    def command(self, action: str, arg: object = None) -> list[str]:
        cmd = [self.python, "-I", "-c", SCRIPT, str(self.runtime), str(self.session), action]
        return cmd if arg is None else [*cmd, json.dumps(arg)]

    def spawn(self, user: str, action: str, arg: object = None, *, in_group: bool = True) -> subprocess.Popen:
        return subprocess.Popen(
            self.command(action, arg),
            user=user,
            group=GROUP if user == SHARED_FACILITATOR else user,
            extra_groups=[GROUP] if in_group else [],
            umask=0o022,  # deliberately loose: kompas sets its own modes
            env=_env(),
            cwd=self.runtime,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, user: str, action: str, arg: object = None, *, in_group: bool = True) -> object:
        process = self.spawn(user, action, arg, in_group=in_group)
        try:
            out, err = process.communicate(timeout=60)  # a hang (a FIFO opened) fails, never blocks the run
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise AssertionError(f"{user} {action} hung") from None
        assert process.returncode == 0, err
        return json.loads(out)


def _sum(ballots: list[dict[str, int]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for dots in ballots:
        for theme, n in dots.items():
            if n:
                totals[theme] = totals.get(theme, 0) + n
    return totals


def _team_world(base: Path, runtime_python: tuple[Path, str | None], mode: int) -> World:
    runtime, python = runtime_python
    if python is None:
        pytest.skip("no Python the test users can run (root's is private and there is no system python3.X)")
    team = base / "team"
    team.mkdir()
    shutil.chown(team, group=GROUP)
    os.chmod(team, mode)
    session = team / "enhed.toml"
    session.write_text("# the facilitator's session\n")
    shutil.chown(session, user=FACILITATOR, group=GROUP)
    os.chmod(session, 0o640)
    return World(python, runtime, session)


def _private_box_listing(box: Path) -> dict[str, str]:
    """What is in a box, read as root: name -> content."""
    return {p.name: p.read_text() for p in sorted(box.iterdir())}


def test_participants_as_unix_users_vote_and_the_totals_are_exact(users, runtime_python, base):
    world = _team_world(base, runtime_python, 0o3770)  # the documented setup: setgid, sticky, the group only
    session, team = world.session, world.session.parent

    # The facilitator, a member of the group like everyone else.
    setup = {"unit": "Enhed", "themes": THEMES, "votes_per_person": 3, "max_per_theme": 2, "participants": 4}
    world.run(FACILITATOR, "open", setup)
    box = bb.box_path(session)
    # Blind: the facilitator's private group (useradd --user-group), others wx.
    private_gid = grp.getgrnam(FACILITATOR).gr_gid
    assert (box.stat().st_mode & 0o7777, box.stat().st_gid, box.stat().st_uid) == (
        0o3773,
        private_gid,
        pwd.getpwnam(FACILITATOR).pw_uid,
    )
    assert (box / "ballot.toml").stat().st_mode & 0o7777 == 0o644

    # Someone outside the group is refused clearly.
    assert world.run(PARTICIPANTS[0], "read", in_group=False) == "ballot.error.unreadable"
    assert world.run(PARTICIPANTS[0], "read") == "open"

    # Three participants at once, each casting, changing and casting again.
    first = [{THEMES[0]: 2, THEMES[1]: 1}, {THEMES[2]: 1}, {THEMES[3]: 2}]
    final = [{THEMES[1]: 1, THEMES[4]: 2}, {THEMES[0]: 1, THEMES[2]: 2}, {THEMES[3]: 1, THEMES[0]: 1}]
    voters = [world.spawn(user, "cast", [a, b]) for user, a, b in zip(PARTICIPANTS[:3], first, final)]

    # The fourth casts in a loop and is killed in the middle of it.
    cycle = [{THEMES[i % 5]: 2, THEMES[(i + 1) % 5]: 1} for i in range(5)]
    looper = world.spawn(PARTICIPANTS[3], "loop", cycle)
    seen = -1
    while seen < 30:
        line = looper.stdout.readline()
        assert line, looper.stderr.read()
        seen = int(line)
    looper.send_signal(signal.SIGKILL)
    looper.wait()
    assert looper.returncode == -signal.SIGKILL
    # It may have reported more casts than were read before the kill.
    for line in looper.stdout.read().splitlines():
        seen = int(line)

    for process, dots in zip(voters, final):
        out, err = process.communicate()
        assert process.returncode == 0, err
        assert json.loads(out) == dots

    # The killed one's ballot is their last complete cast: the last one it
    # reported, or the one after it if the kill came before the report.
    killed = bb.own_ballot(session, user=PARTICIPANTS[3])
    assert killed is not None
    assert killed.dots in (cycle[seen % 5], cycle[(seen + 1) % 5])

    # Each ballot is readable by its owner and the facilitator only.
    for user in PARTICIPANTS:
        st = (box / f"{user}.toml").stat()
        assert (st.st_mode & 0o7777, st.st_gid, st.st_uid) == (0o640, private_gid, pwd.getpwnam(user).pw_uid)

    # An attack: read another's ballot, list the box (who voted), overwrite,
    # replace and remove another's ballot; forge one named after someone else.
    refused = world.run(PARTICIPANTS[0], "attack", {"victim": PARTICIPANTS[1], "as": FACILITATOR})
    assert refused == ["read", "list", "write", "replace", "unlink"]

    count = world.run(FACILITATOR, "count")
    assert count == [4, list(PARTICIPANTS), [[f"{FACILITATOR}.toml", "ballot.note.foreign"]]]

    # Temporary files a kill may leave are never counted; all else goes too.
    totals, counted, notes = world.run(FACILITATOR, "reveal")
    assert totals == _sum([*final, killed.dots])
    assert counted == 4
    assert notes == [[f"{FACILITATOR}.toml", "ballot.note.foreign"]]
    assert not box.exists()
    assert sorted(p.name for p in team.iterdir()) == [session.name]  # no ballot, no hidden leftover
    assert world.run(PARTICIPANTS[0], "read") is None


def test_without_a_private_group_the_box_falls_back_to_the_team_group(users, runtime_python, base):
    """The documented fallback: a facilitator whose primary group is the team
    group has no private group, so the box is the team's (0o3770) and the
    ballots are group-readable; it still counts and reveals exactly."""
    world = _team_world(base, runtime_python, 0o3770)
    session, team = world.session, world.session.parent
    setup = {"unit": "Enhed", "themes": THEMES, "votes_per_person": 3, "max_per_theme": 2, "participants": 2}
    world.run(SHARED_FACILITATOR, "open", setup)
    box = bb.box_path(session)
    assert (box.stat().st_mode & 0o7777, box.stat().st_gid) == (0o3770, team.stat().st_gid)
    assert bb.ballots_group_readable(session)
    ballots = [{THEMES[0]: 2, THEMES[1]: 1}, {THEMES[0]: 1}]
    for user, dots in zip(PARTICIPANTS[:2], ballots):
        assert world.run(user, "cast", [dots]) == dots
    # What the warning is about: a group member can read another's ballot.
    names, text = world.run(PARTICIPANTS[1], "peek", PARTICIPANTS[0])
    assert f"{PARTICIPANTS[0]}.toml" in names and "dots" in text
    totals, counted, notes = world.run(SHARED_FACILITATOR, "reveal")
    assert (totals, counted, notes) == (_sum(ballots), 2, [])
    assert not box.exists()


# --- the team folder and the box, attacked by a member (issue 13) ----------------

SETUP = {"unit": "Enhed", "themes": THEMES, "votes_per_person": 3, "max_per_theme": 2, "participants": 4}


def test_a_replaced_box_in_a_folder_without_sticky_is_refused_by_all(users, runtime_python, base):
    """The issue's attack on the old `2770` setup: a member moves the
    facilitator's box aside and puts their own in its place with a copy of
    ballot.toml. Participants refuse to vote into it, the facilitator refuses
    to count or reveal it, and the ballots cast before are intact."""
    from kompas_tui.storage.folder import folder_warnings

    world = _team_world(base, runtime_python, 0o2770)
    assert any("sticky" in warning for warning in folder_warnings(world.session.parent))
    box = bb.box_path(world.session)
    _id, identity = world.run(FACILITATOR, "open", SETUP)
    before = [{THEMES[0]: 2}, {THEMES[1]: 1, THEMES[2]: 1}]
    for user, dots in zip(PARTICIPANTS[:2], before):
        assert world.run(user, "cast", [dots]) == dots
    cast_before = _private_box_listing(box)

    attacker = PARTICIPANTS[3]
    assert world.run(attacker, "steal") == []  # nothing stops it in 2770
    assert (box.stat().st_uid, box.stat().st_mode & 0o7777) == (pwd.getpwnam(attacker).pw_uid, 0o3777)

    # A participant changing their vote now: refused, nothing lands in it.
    assert world.run(PARTICIPANTS[1], "try_cast", {THEMES[3]: 1}) == "ballot.error.not_genuine"
    assert world.run(PARTICIPANTS[2], "try_cast", {THEMES[3]: 1}) == "ballot.error.not_genuine"
    assert sorted(p.name for p in box.iterdir()) == ["ballot.toml"]
    # The facilitator counts and reveals nothing from it, with or without
    # the folder they opened to compare with (the owner is not theirs).
    for expect in (identity, None):
        assert world.run(FACILITATOR, "count", expect) == "ballot.error.replaced"
        assert world.run(FACILITATOR, "reveal", expect) == "ballot.error.replaced"
    # The ballots cast before the attack are intact in the real box.
    stolen = box.with_name(".stolen")
    assert _private_box_listing(stolen) == cast_before


def test_a_sticky_team_folder_stops_the_attack(users, runtime_python, base):
    """The documented `3770`: a member can neither move the facilitator's
    box nor delete their session; the reveal is exact."""
    from kompas_tui.storage.folder import folder_warnings

    world = _team_world(base, runtime_python, 0o3770)
    assert not any("sticky" in warning for warning in folder_warnings(world.session.parent))
    _id, identity = world.run(FACILITATOR, "open", SETUP)
    ballots = [{THEMES[0]: 2}, {THEMES[4]: 1, THEMES[2]: 1}]
    for user, dots in zip(PARTICIPANTS[:2], ballots):
        world.run(user, "cast", [dots])
    assert world.run(PARTICIPANTS[3], "steal") == ["rename", "delete session"]
    assert world.session.read_text() == "# the facilitator's session\n"
    totals, counted, notes = world.run(FACILITATOR, "reveal", identity)
    assert (totals, counted, notes) == (_sum(ballots), 2, [])


def test_a_box_squatted_before_the_ballot_opens_hangs_nobody(users, runtime_python, base):
    """A member makes the box first, with a FIFO for ballot.toml: opening is
    refused (a box is there), the facilitator's look says it is not theirs,
    a participant's says it is not kompas's, and nobody opens the FIFO."""
    world = _team_world(base, runtime_python, 0o3770)
    squatter = PARTICIPANTS[3]
    assert world.run(squatter, "squat") == "squatted"
    process = world.spawn(FACILITATOR, "open", SETUP)
    _out, err = process.communicate(timeout=60)
    assert process.returncode != 0 and f"BallotError: {t('ballot.error.already_open', 'da')}" in err
    assert world.run(FACILITATOR, "count") == "ballot.error.replaced"
    assert world.run(PARTICIPANTS[0], "read") == "ballot.error.not_genuine"
    assert world.run(PARTICIPANTS[0], "try_cast", {THEMES[0]: 1}) == "ballot.error.not_genuine"
    # In a sticky folder the facilitator cannot remove it either: told so.
    assert world.run(FACILITATOR, "discard") == "ballot.error.cannot_change"
