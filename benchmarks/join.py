"""The participant's side of live voting (`kompas join`), in a real
pseudo-terminal at 80x24, against a minimal Textual app in the same run:
time from start to the ballot on screen, and per dot key (each one casts the
ballot to disk at once) the time to the last byte of the repaint and the
bytes sent. SPEC §8: a keypress repaints within 50 ms (p95), < 2 KB.

Run: python benchmarks/join.py [--presses N] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pty_terminal import PtyApp
from tmux_harness import HERE

RIGHT, LEFT, DOWN = b"\x1b[C", b"\x1b[D", b"\x1b[B"


def ballot_session(folder: str) -> Path:
    """A demo session with a live ballot open (3 votes each, 2 per theme)."""
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.voting import vote_themes
    from kompas_tui.storage.ballot_box import open_ballot
    from kompas_tui.storage.session_file import new_session

    handle = new_session(demo_report(), folder)
    session = handle.session
    themes = vote_themes(session.report, session.voting)
    open_ballot(handle.path, unit=session.unit, themes=themes, votes_per_person=3, max_per_theme=2, participants=8)
    handle.close()
    return handle.path


def started(argv: list[str], marker: str) -> tuple[PtyApp, float]:
    start = time.perf_counter()
    app = PtyApp(argv)
    app.read_until(marker)
    return app, time.perf_counter() - start


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    starts: dict[str, list[float]] = {"minimal": [], "join": []}
    times: list[float] = []
    sizes: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        path = ballot_session(folder)
        for _ in range(args.runs):
            minimal, seconds = started([sys.executable, str(HERE / "minimal_app.py")], "MINIMAL READY")
            starts["minimal"].append(seconds)
            minimal.close()
            join, seconds = started([sys.executable, "-m", "kompas_tui", "join", str(path)], "Dine prikker")
            starts["join"].append(seconds)
            join.settle(0.5)
            for i in range(args.presses // args.runs):
                # Up to the cap and back down on one theme: every press casts.
                elapsed, size = join.press(RIGHT if i % 4 < 2 else LEFT)
                times.append(elapsed * 1000)
                sizes.append(size)
            join.close()
    minimal_ms = statistics.median(starts["minimal"]) * 1000
    join_ms = statistics.median(starts["join"]) * 1000
    print(f"{args.runs} starts each, pty 80x24")
    print(f"minimal app   ready   median {minimal_ms:6.0f} ms")
    print(f"kompas join   ballot  median {join_ms:6.0f} ms   ratio {join_ms / minimal_ms:.2f}x")
    print(
        f"dot key (cast to disk): p50 {statistics.median(times):5.1f} ms  p95 {p95(times):5.1f} ms  "
        f"bytes median {statistics.median(sizes):5.0f}  max {max(sizes)}  (budget: p95 ≤ 50 ms, < 2048 bytes)"
    )


if __name__ == "__main__":
    main()
