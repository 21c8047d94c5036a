"""A real pseudo-terminal for the benchmarks: start an app at 80x24, press
keys, and count what it sends back and how long it takes."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


class PtyApp:
    def __init__(self, argv: list[str], env: dict[str, str] | None = None, cols: int = 80, rows: int = 24):
        pid, fd = pty.fork()
        if pid == 0:  # the child: becomes the app
            os.execvpe(argv[0], argv, {**os.environ, "TERM": "xterm-256color", **(env or {})})
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.seen = b""

    def read_until(self, marker: str, timeout: float = 30.0) -> None:
        """Read output until `marker` has been sent (as text, in one piece)."""
        deadline = time.monotonic() + timeout
        wanted = marker.encode()
        while wanted not in self.seen:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{marker!r} never came")
            self.seen += self._read(0.1)
        self.seen = b""

    def settle(self, quiet: float = 0.15) -> None:
        """Read until the app has been quiet for `quiet` seconds."""
        while self._read(quiet):
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
            return os.read(self.fd, 65536)
        except OSError:
            return b""

    def close(self) -> None:
        try:
            os.write(self.fd, b"\x11")  # ctrl+q
            time.sleep(0.3)
            os.kill(self.pid, signal.SIGTERM)
        except OSError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)
