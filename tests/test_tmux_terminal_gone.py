"""The terminal goes away without a SIGHUP (issue 13, SPEC §7): kompas run
under `setsid` (or `su -c`) is not in the terminal's session, so killing
its tmux sends it no signal. It must notice the dead terminal itself, save
what was typed, release the lock and exit — not spin and hold the lock for
ever. Real tmux at 80x24; the process is found through its lock file.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import Dialog
from kompas_tui.storage import ballot_box
from kompas_tui.storage.session_file import load_session
from tmux_terminal import needs_tmux, process_alive, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]

NOTE = "Sidste ord før forbindelsen døde æøå"

WRAPPERS = {
    # -w: setsid waits for kompas (else the pane's process exits and tmux
    # closes the terminal at once).
    "setsid": ("setsid", "-w"),
    # su -c runs the command in a session of its own; as root it needs no password.
    "su -c": ("su", "-s", "/bin/sh", "-c", 'exec "$0" "$@"', "root", "--"),
}


def _wrapper(name: str) -> tuple[str, ...]:
    if name == "su -c" and (os.geteuid() != 0 or shutil.which("su") is None):
        pytest.skip("su -c without a password needs root")
    if shutil.which(WRAPPERS[name][0]) is None:
        pytest.skip(f"{WRAPPERS[name][0]} is not installed")
    return WRAPPERS[name]


def _note(dialog: Dialog) -> str:
    return dialog.prompts[0].notes if dialog.prompts else ""


@pytest.fixture
def survivors():
    """Processes a failing test would leave running: killed afterwards."""
    pids: list[int] = []
    yield pids
    for pid in pids:
        if process_alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("wrapper", list(WRAPPERS))
def test_kompas_saves_unlocks_and_exits_when_its_terminal_dies_without_sighup(
    tmp_path: Path, terminals, survivors, wrapper
):
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    term = terminals(["--sessions-dir", str(folder), "demo"], wrapper=_wrapper(wrapper))
    term.wait_for("Hjemmeplejen Nord")
    [path] = [p for p in folder.glob("*.toml")]
    lock = path.with_name(path.name + ".lock")
    pid = json.loads(lock.read_text())["pid"]
    survivors.append(pid)
    term.press("F3")
    term.wait_for("Punkt 1 af 9")  # the record of the meeting first (issue 11), then the prompts
    term.press("C-n")
    term.wait_for("Punkt 2 af 9")
    term.press("C-n")
    term.wait_for("Punkt 3 af 9")
    for char in NOTE:
        term.type(char)
        time.sleep(0.02)
    term.wait_for(NOTE)
    term.hang_up()  # tmux killed: the pseudo-terminal is gone, and no SIGHUP reaches kompas
    assert wait_until(lambda: not process_alive(pid), timeout=60), "kompas kept running after its terminal died"
    assert not lock.exists(), "the lock was left behind"
    assert _note(load_session(path).dialog) == NOTE


def test_kompas_join_exits_when_its_terminal_dies_without_sighup(tmp_path: Path, terminals, survivors):
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.session import Session
    from kompas_tui.storage.session_file import save_session

    session = tmp_path / "enhed.toml"
    save_session(Session.start(demo_report()), session, backup=False)
    ballot_box.open_ballot(session, unit="Enhed", themes=("Trivsel",), votes_per_person=1, max_per_theme=None,
                           participants=None)
    term = terminals(["join", str(session)], wrapper=WRAPPERS["setsid"])
    term.wait_for("Trivsel")
    term.press("+")
    term.wait_for("Afgivet")
    pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and _runs_join(int(p), session)]
    assert pids, "kompas join is not running"
    survivors.extend(pids)
    term.hang_up()
    assert wait_until(lambda: not any(process_alive(pid) for pid in pids), timeout=60)
    assert ballot_box.own_ballot(session).dots == {"Trivsel": 1}


def _runs_join(pid: int, session: Path) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = fh.read().split(b"\0")
    except OSError:
        return False
    return b"join" in argv and str(session).encode() in argv and b"kompas_tui" in argv
