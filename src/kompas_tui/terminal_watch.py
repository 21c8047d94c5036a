"""Noticing that the terminal has gone away, with or without a SIGHUP (SPEC §7).

An SSH drop normally sends SIGHUP, and `KompasApp` saves and leaves on it.
But a kompas started with `setsid`, or through `su -c`, is not in the
terminal's session: when its terminal goes (tmux killed, the window closed)
no SIGHUP comes, and Textual's input thread, reading end-of-file again and
again, keeps the process running at full speed, holding the session's lock
for ever.

`TerminalWatch` waits in a thread of its own on the terminal's input with
`poll()`: a hung-up terminal reports POLLHUP (or POLLERR, POLLNVAL) at
once, whoever its session leader is. It then asks the app, on the app's own
event loop, to leave as after a SIGHUP (take in what was typed, save,
unlock, exit); should the loop not get to it within `GRACE_SECONDS`, the
thread does the saving and leaving itself.
"""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable

#: What a terminal that has gone reports on its input.
_GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL
#: How long the app's event loop gets to leave in its own way.
GRACE_SECONDS = 0.5
#: How often the watch looks whether it should stop (the poll wakes at once on a hang-up).
_STOP_CHECK_MS = 500


def terminal_gone(fd: int) -> bool:
    """True when the terminal on `fd` has hung up (or `fd` is no terminal's any more)."""
    watch = select.poll()
    try:
        watch.register(fd, 0)
        return any(mask & _GONE for _fd, mask in watch.poll(0))
    except (OSError, ValueError):
        return True


class TerminalWatch:
    """A daemon thread watching `fd` (the terminal's input). When it hangs
    up: `in_loop` is scheduled with `call_soon` (a thread-safe scheduler
    of the app's event loop) and, if the process is still there after
    `GRACE_SECONDS`, `fallback` is called from the watch thread."""

    def __init__(
        self,
        fd: int,
        call_soon: Callable[[Callable[[], None]], object],
        in_loop: Callable[[], None],
        fallback: Callable[[], None],
    ) -> None:
        self._fd = fd
        self._call_soon = call_soon
        self._in_loop = in_loop
        self._fallback = fallback
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kompas-terminal-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()

    def _run(self) -> None:
        watch = select.poll()
        try:
            watch.register(self._fd, 0)  # no events asked for: hang-ups and errors are always reported
        except (OSError, ValueError):
            return
        while not self._stopped.is_set():
            try:
                events = watch.poll(_STOP_CHECK_MS)
            except InterruptedError:
                continue
            except OSError:
                events = [(self._fd, select.POLLERR)]
            if any(mask & _GONE for _fd, mask in events):
                break
        else:
            return
        try:
            self._call_soon(self._in_loop)
        except RuntimeError:
            pass  # the loop is closed: leave from here
        if not self._stopped.wait(GRACE_SECONDS):
            self._fallback()


def watch_terminal(
    call_soon: Callable[[Callable[[], None]], object],
    in_loop: Callable[[], None],
    fallback: Callable[[], None],
) -> TerminalWatch | None:
    """Start watching the terminal on standard input (None when standard
    input is no terminal: tests, pipes)."""
    try:
        fd = 0
        if not os.isatty(fd):
            return None
    except OSError:
        return None
    watch = TerminalWatch(fd, call_soon, in_loop, fallback)
    watch.start()
    return watch
