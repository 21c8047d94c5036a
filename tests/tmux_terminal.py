"""A real terminal for tests: kompas running in tmux at 80x24."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

#: How long to wait for kompas in a real terminal before calling it broken:
#: generous, as a loaded machine (CI beside other work) may start it slowly;
#: a passing test waits only as long as kompas takes.
PATIENCE = 60.0


class Terminal:
    """One tmux server of its own per terminal, so tests never share state."""

    def __init__(
        self,
        args: list[str],
        env: dict[str, str] | None = None,
        width: int = 80,
        height: int = 24,
        wrapper: tuple[str, ...] = (),
    ):
        """`wrapper`: a command kompas is run under (`("setsid",)`)."""
        self.socket = f"kompas-test-{uuid.uuid4().hex[:10]}"
        environment = {"TERM": "xterm-256color", **(env or {})}
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in environment.items())
        # Without COLUMNS and LINES: the test process may have them (GNU
        # readline exports them when loaded), and a program that sees them
        # takes them for the terminal's size and never follows a resize.
        command = f"env -u COLUMNS -u LINES {exports} {shlex.join([*wrapper, sys.executable, '-m', 'kompas_tui', *args])}"
        self._tmux("new-session", "-d", "-s", "main", "-x", str(width), "-y", str(height), command)
        self._tmux("set-option", "-t", "main", "remain-on-exit", "on")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True)
        return result.stdout

    def screen(self, *, styles: bool = False) -> str:
        """What the terminal shows; with `styles`, its colours and
        attributes too (as escape sequences)."""
        return self._tmux("capture-pane", "-p", *(["-e"] if styles else []), "-t", "main")

    def history(self) -> str:
        """Everything the terminal has shown, scrolled-off lines included,
        with wrapped lines joined: for what is printed after kompas leaves."""
        return self._tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "main")

    def wait_for(self, *texts: str, timeout: float = PATIENCE) -> str:
        """The screen once every one of `texts` is on it (a screen filling
        in, say a folder being read, shows its parts one by one)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            screen = self.screen()
            if all(text in screen for text in texts):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{texts!r} never all appeared on screen:\n{self.screen()}")

    def press(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "main", *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "main", "-l", text)

    def resize(self, width: int, height: int) -> None:
        """The window is made `width`x`height`, as a user drags it."""
        self._tmux("resize-window", "-t", "main", "-x", str(width), "-y", str(height))

    def pane_pid(self) -> int:
        return int(self._tmux("display-message", "-p", "-t", "main", "#{pane_pid}").strip())

    def hang_up(self) -> None:
        """Like an SSH drop: the terminal goes away under the running app."""
        self._tmux("kill-server")

    def close(self) -> None:
        self._tmux("kill-server")


def wait_until(predicate, timeout: float = PATIENCE) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def saved_session(path: Path):
    """The session as its file holds it now, or None while the app is
    saving: an atomic save renames a new file over the old, and a read that
    meets the rename is refused ("replaced while opened"); the next look
    reads the new file. For `wait_until(lambda: ...)` on what the app saved."""
    from kompas_tui.safe_read import RefusedFile
    from kompas_tui.storage.session_file import load_session

    try:
        return load_session(path)
    except RefusedFile as refusal:
        if refusal.reason != "not_regular" or not path.is_file():
            raise
        return None


def process_alive(pid: int) -> bool:
    """True while `pid` runs. A zombie counts as dead: in a container whose
    first process does not reap orphans, a killed app may linger as one."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")
