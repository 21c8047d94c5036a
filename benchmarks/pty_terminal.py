"""A real pseudo-terminal for the benchmarks: start an app at 80x24, press
keys, and count what it sends back and how long it takes.

The terminal is a modern one: truecolor (COLORTERM), and it answers
Textual's query for synchronized output (mode 2026), so each frame comes
wrapped in `ESC[?2026h` … `ESC[?2026l` and can be counted (`frames`)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time

SYNC_QUERY = b"\x1b[?2026$p"
SYNC_REPLY = b"\x1b[?2026;2$y"  # "supported, currently reset"
FRAME_START = b"\x1b[?2026h"


def frames(output: bytes) -> int:
    """How many frames (synchronized updates) `output` holds."""
    return output.count(FRAME_START)


class PtyApp:
    def __init__(self, argv: list[str], env: dict[str, str] | None = None, cols: int = 80, rows: int = 24):
        pid, fd = pty.fork()
        if pid == 0:  # the child: becomes the app
            os.execvpe(argv[0], argv, {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})})
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.seen = b""
        self.usage: os.struct_rusage | None = None

    def read_until(self, marker: str, timeout: float = 30.0) -> None:
        """Read output until `marker` has been sent (as text, in one piece)."""
        deadline = time.monotonic() + timeout
        wanted = marker.encode()
        while wanted not in self.seen:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{marker!r} never came")
            self.seen += self._read(0.1)
        self.seen = b""

    def settle(self, quiet: float = 0.15, limit: float = 3.0) -> None:
        """Read until the app has been quiet for `quiet` seconds (or for
        `limit` seconds at most: a blinking cursor is never quiet for long)."""
        end = time.monotonic() + limit
        while self._read(quiet) and time.monotonic() < end:
            pass

    def press(self, key: bytes, quiet: float = 0.05) -> tuple[float, int]:
        """Send `key`; return (seconds until the last byte of the repaint,
        bytes sent back), the repaint being over after `quiet` s of silence."""
        self.settle(0.05)
        start = time.perf_counter()
        os.write(self.fd, key)
        total, last = 0, start
        while True:
            chunk = self._read(quiet)
            if not chunk:
                break
            total += len(chunk)
            last = time.perf_counter()
        return last - start, total

    def _read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return b""
        if SYNC_QUERY in data:
            os.write(self.fd, SYNC_REPLY)
        return data

    def cpu_seconds(self) -> float:
        """CPU time (user + system, all threads) the app has used so far."""
        with open(f"/proc/{self.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        try:
            os.write(self.fd, b"\x11")  # ctrl+q
            time.sleep(0.3)
            os.kill(self.pid, signal.SIGTERM)
        except OSError:
            pass
        try:
            self.usage = os.wait4(self.pid, 0)[2]
        except ChildProcessError:
            pass
        os.close(self.fd)


def ensure_bytecode() -> None:
    """Compile kompas' modules to bytecode, as an installed package has them:
    with PYTHONDONTWRITEBYTECODE set (as in some shells and CI) an editable
    checkout would otherwise be compiled from source on every start, which
    the minimal app (Textual, installed compiled) never pays."""
    import compileall

    import kompas_tui

    compileall.compile_dir(os.path.dirname(kompas_tui.__file__), quiet=1)
