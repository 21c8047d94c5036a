"""terminal_watch.py on a real pseudo-terminal: a hang-up (the other end
closed, as when tmux is killed) is noticed at once, the app's way of
leaving is scheduled on its loop, and when the loop does not run it the
watch leaves by itself after the grace period."""

from __future__ import annotations

import os
import pty
import threading

from kompas_tui import terminal_watch
from kompas_tui.terminal_watch import TerminalWatch, terminal_gone
from pilot_tools import PATIENCE


def _watch(fd: int, run_scheduled: bool):
    scheduled: list[object] = []
    fell_back = threading.Event()
    left_in_loop = threading.Event()

    def call_soon(callback):
        scheduled.append(callback)
        if run_scheduled:
            callback()

    watch = TerminalWatch(fd, call_soon, left_in_loop.set, fell_back.set)
    return watch, scheduled, left_in_loop, fell_back


def test_a_live_terminal_is_not_gone_and_a_hung_up_one_is():
    master, slave = pty.openpty()
    try:
        assert not terminal_gone(slave)
        os.close(master)
        assert terminal_gone(slave)
    finally:
        os.close(slave)


def test_a_hang_up_is_left_through_the_loop(monkeypatch):
    monkeypatch.setattr(terminal_watch, "GRACE_SECONDS", 0.2)
    master, slave = pty.openpty()
    watch, scheduled, left_in_loop, fell_back = _watch(slave, run_scheduled=True)
    watch.start()
    try:
        assert not left_in_loop.wait(0.3)  # nothing while the terminal lives
        os.close(master)
        assert left_in_loop.wait(PATIENCE)
        watch.stop()  # the app stops the watch as it leaves: no fallback
        assert not fell_back.wait(0.4)
        assert len(scheduled) == 1
    finally:
        watch.stop()
        os.close(slave)


def test_when_the_loop_does_not_leave_the_watch_does(monkeypatch):
    monkeypatch.setattr(terminal_watch, "GRACE_SECONDS", 0.2)
    master, slave = pty.openpty()
    watch, scheduled, left_in_loop, fell_back = _watch(slave, run_scheduled=False)
    watch.start()
    try:
        os.close(master)
        assert fell_back.wait(PATIENCE)
        assert len(scheduled) == 1 and not left_in_loop.is_set()
    finally:
        watch.stop()
        os.close(slave)


def test_stopping_a_watch_on_a_live_terminal_ends_its_thread():
    master, slave = pty.openpty()
    watch, _scheduled, left_in_loop, fell_back = _watch(slave, run_scheduled=True)
    watch.start()
    watch.stop()
    watch._thread.join(PATIENCE)
    assert not watch._thread.is_alive()
    assert not left_in_loop.is_set() and not fell_back.is_set()
    os.close(master)
    os.close(slave)


def test_no_watch_without_a_terminal_on_standard_input(monkeypatch):
    monkeypatch.setattr(os, "isatty", lambda fd: False)
    assert terminal_watch.watch_terminal(lambda cb: None, lambda: None, lambda: None) is None
