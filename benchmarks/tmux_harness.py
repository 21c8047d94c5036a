"""Drive commands in a real terminal (tmux, 80x24) and time what they show."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOCKET = f"kompas-bench-{os.getpid()}"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True).stdout


def start_server() -> None:
    tmux("new-session", "-d", "-s", "keepalive", "-x", "80", "-y", "24", "sleep 100000")


def stop_server() -> None:
    tmux("kill-server")


@dataclass
class Run:
    first_paint: float  # seconds from spawn to the marker on screen
    peak_rss_kb: int


def measure(command: list[str], marker: str, env: dict[str, str] | None = None, timeout: float = 30) -> Run:
    """Start `command` in a new 80x24 tmux window and wait for `marker`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "measure.txt"
        wrapped = ["python3", str(HERE / "run_measured.py"), str(out), "--", *command]
        env_prefix = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
        shell = f"{env_prefix} {shlex.join(wrapped)}".strip()
        name = f"run{time.monotonic_ns()}"
        tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", shell)
        deadline = time.time() + timeout
        seen = None
        while time.time() < deadline:
            if marker in tmux("capture-pane", "-p", "-t", name):
                seen = time.time()
                break
            time.sleep(0.005)
        if seen is None:
            screen = tmux("capture-pane", "-p", "-t", name)
            tmux("kill-session", "-t", name)
            raise RuntimeError(f"marker {marker!r} never appeared; screen:\n{screen}")
        tmux("send-keys", "-t", name, "C-q")
        while not out.exists() and time.time() < deadline:
            time.sleep(0.02)
        tmux("kill-session", "-t", name)
        started, rss, _ = out.read_text().split()
        return Run(seen - float(started), int(rss))
