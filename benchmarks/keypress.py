"""Key-to-repaint latency and bytes sent per cursor move (SPEC §8: ≤ 50 ms
p95, < 2 KB), on kompas' step screens against a minimal Textual app with a
table, in the same run, in a real pseudo-terminal at 80x24.

Run: python benchmarks/keypress.py [--moves N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile

from pty_terminal import PtyApp
from tmux_harness import HERE

DOWN, UP = b"\x1b[B", b"\x1b[A"
TAB = b"\t"
#: screen → keys that open it and put the cursor in its table: F2 for the
#: report; F4, then Tab past the four settings fields, for the voting tally;
#: F6 for the action plan.
SCREENS = {
    "report": [b"\x1bOQ"],
    "voting": [b"\x1bOS", TAB, TAB, TAB, TAB],
    "plan": [b"\x1b[17~"],
}


def measure(app: PtyApp, moves: int) -> tuple[list[float], list[int]]:
    times, sizes = [], []
    for i in range(moves):
        elapsed, size = app.press(DOWN if (i // 4) % 2 == 0 else UP)
        times.append(elapsed * 1000)
        sizes.append(size)
    return times, sizes


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def report(name: str, times: list[float], sizes: list[int]) -> None:
    print(
        f"{name:16} p50 {statistics.median(times):5.1f} ms  p95 {p95(times):5.1f} ms  "
        f"bytes/move median {statistics.median(sizes):6.0f}  max {max(sizes):6d}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=40)
    parser.add_argument("--screens", default=",".join(SCREENS))
    args = parser.parse_args()
    results = {}
    minimal = PtyApp([sys.executable, str(HERE / "minimal_table_app.py")])
    try:
        minimal.read_until("MINIMAL READY")
        minimal.settle(0.5)
        results["minimal table"] = measure(minimal, args.moves)
    finally:
        minimal.close()
    for screen in args.screens.split(","):
        keys = SCREENS[screen]
        with tempfile.TemporaryDirectory() as sessions:
            app = PtyApp([sys.executable, "-m", "kompas_tui", "--sessions-dir", sessions, "demo"])
            try:
                app.read_until("Hjemmeplejen Nord")
                app.settle(0.5)
                for key in keys:
                    app.press(key)
                app.settle(0.5)
                results[f"kompas {screen}"] = measure(app, args.moves)
            finally:
                app.close()
    print(f"{args.moves} cursor moves each, pty 80x24")
    for name, (times, sizes) in results.items():
        report(name, times, sizes)
    base_times, base_sizes = results["minimal table"]
    for name, (times, sizes) in results.items():
        if name != "minimal table":
            print(
                f"{name:16} ratio p95 {p95(times) / p95(base_times):.2f}x, "
                f"bytes {statistics.median(sizes) / max(1, statistics.median(base_sizes)):.2f}x "
                "(budget: p95 ≤ 50 ms, < 2048 bytes)"
            )


if __name__ == "__main__":
    main()
