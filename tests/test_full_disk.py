"""A real full disk (issue 13): a tiny tmpfs mounted for the test (root
only; skipped otherwise), kompas in a real terminal (tmux, 80x24).

- `kompas demo` on a full disk says which file could not be written and
  leaves nothing behind (no empty `.lock`, no empty session).
- A note typed, the disk filled up, Ctrl+Q: kompas stays, says the session
  cannot be saved, and `h` writes a copy to the home folder (on another
  disk), names it on the terminal after leaving, and releases the lock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import notes_for
from kompas_tui.storage.session_file import load_session
from tmux_terminal import needs_tmux, wait_until

pytestmark = [needs_tmux, pytest.mark.tmux]

NOTE = "Noter der ikke maa forsvinde"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KB tmpfs of the test's own."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(disk: Path) -> None:
    """Fill the disk to the last block."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_demo_on_a_full_disk_names_the_file_and_leaves_nothing(small_disk: Path, terminals):
    folder = small_disk / "sessions"
    folder.mkdir(mode=0o700)
    fill(small_disk)
    term = terminals(["--sessions-dir", str(folder), "demo"])
    # The message, whatever the path's length wraps: "FILE: disken er fuld".
    # Read from the terminal's history: a long path wraps over lines that
    # tmux's "Pane is dead" line may scroll off the screen.
    assert wait_until(lambda: "diskenerfuld" in "".join(term.history().split())), term.history()
    said = "".join(term.history().split())
    assert "".join(str(folder).split()) in said and not said.startswith(":")
    assert sorted(p.name for p in folder.iterdir()) == []  # no lock, no empty session


def test_quit_on_a_full_disk_offers_a_copy_in_the_home_folder(small_disk: Path, tmp_path: Path, terminals):
    folder = small_disk / "sessions"
    folder.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    term = terminals(["--sessions-dir", str(folder), "demo"], env={"HOME": str(home)})
    term.wait_for("Hjemmeplejen Nord")
    [path] = list(folder.glob("*.toml"))
    term.press("F3")
    term.wait_for("Punkt 1 af 9")  # the record of the meeting first (issue 11), then the prompts
    term.press("C-n")
    term.wait_for("Punkt 2 af 9")
    term.press("C-n")
    term.wait_for("Punkt 3 af 9")
    fill(small_disk)
    for char in NOTE:
        term.type(char)
        time.sleep(0.02)
    term.wait_for(NOTE)
    term.press("C-q")
    screen = term.wait_for("kan ikke gemmes")
    # The dialog's line (its length does not depend on the test's folder):
    # "Sessionen NAME.toml kan ikke gemmes: disken er" / "fuld."
    assert f"{path.name} kan ikke gemmes: disken er" in screen and "fuld." in screen
    term.press("C-q")  # not a way out
    time.sleep(0.5)
    assert "kan ikke gemmes" in term.screen()
    term.press("h")
    assert wait_until(lambda: list(home.glob("kompas-*.toml")))
    [copy] = list(home.glob("kompas-*.toml"))
    # Said on the terminal after leaving (wrapped wherever the path's length puts it).
    def said() -> str:
        return "".join(term.history().split())

    assert wait_until(lambda: "kompasopen" in said()), term.screen()
    assert "".join(str(copy).split()) in said()
    assert notes_for(load_session(copy).dialog, "concerns") == NOTE
    assert wait_until(lambda: not path.with_name(path.name + ".lock").exists())
    assert notes_for(load_session(path).dialog, "concerns") == ""  # the file as it was saved last
