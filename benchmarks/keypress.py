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
#: report; F4 for the voting tally (the cursor starts there once the group size is set);
#: F6 for the action plan; F8, n and Enter for an evaluation round started on it.
SCREENS = {
    "report": [b"\x1bOQ"],
    "voting": [b"\x1bOS"],
    "plan": [b"\x1b[17~"],
    "evaluation": [b"\x1b[19~", b"n", b"\r"],
}


def workshop_session(folder: str) -> str:
    """A demo session part-way through the meeting: dots on three themes and
    three actions for each chosen theme, so the plan has a list to move in."""
    import datetime as dt

    from kompas_tui.demo import demo_report
    from kompas_tui.domain.plan import add_action
    from kompas_tui.domain.voting import VotingSettings, vote_themes
    from kompas_tui.storage.session_file import new_session

    handle = new_session(demo_report(), folder)
    session = handle.session
    themes = vote_themes(session.report, session.voting)
    voting = session.voting.model_copy(update={"settings": VotingSettings(participants=8)})
    for theme, dots in zip(themes[3:6], (7, 5, 4)):
        voting = voting.set_dots(themes, theme, dots)
    session.voting = voting
    for theme in themes[3:6]:
        for n in range(3):
            add_action(session.plan, theme, what=f"Handling {n + 1}", owner="Mette", deadline=dt.date(2027, 2, 1))
    handle.save()
    handle.close()
    return str(handle.path)


#: screen → (keys that put the cursor on an action, two keys that change the
#: session, pressed in turn): an evaluation round's status keys (in progress,
#: done) on its first action, each a change saved and the list and head redrawn.
CHANGES = {
    "evaluation": ([b"\x1b[H", DOWN], (b"2", b"3")),
}


def measure(
    app: PtyApp, moves: int, keys: tuple[bytes, bytes] = (DOWN, UP), period: int = 4
) -> tuple[list[float], list[int]]:
    """`moves` presses: `period` of the first key, then as many of the second."""
    times, sizes = [], []
    for i in range(moves):
        elapsed, size = app.press(keys[0] if (i // period) % 2 == 0 else keys[1])
        times.append(elapsed * 1000)
        sizes.append(size)
    return times, sizes


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def report(name: str, times: list[float], sizes: list[int]) -> None:
    print(
        f"{name:18} p50 {statistics.median(times):5.1f} ms  p95 {p95(times):5.1f} ms  "
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
            path = workshop_session(sessions)
            app = PtyApp([sys.executable, "-m", "kompas_tui", "--sessions-dir", sessions, "open", path])
            try:
                app.read_until("Hjemmeplejen Nord")
                app.settle(0.5)
                for key in keys:
                    app.press(key)
                app.settle(0.5)
                results[f"kompas {screen}"] = measure(app, args.moves)
                if screen in CHANGES:
                    to_action, changes = CHANGES[screen]
                    for key in to_action:
                        app.press(key)
                    results[f"{screen} change"] = measure(app, args.moves, changes, period=1)
            finally:
                app.close()
    print(f"{args.moves} cursor moves each, pty 80x24")
    for name, (times, sizes) in results.items():
        report(name, times, sizes)
    base_times, base_sizes = results["minimal table"]
    for name, (times, sizes) in results.items():
        if name != "minimal table":
            print(
                f"{name:18} ratio p95 {p95(times) / p95(base_times):.2f}x, "
                f"bytes {statistics.median(sizes) / max(1, statistics.median(base_sizes)):.2f}x "
                "(budget: p95 ≤ 50 ms, < 2048 bytes)"
            )


if __name__ == "__main__":
    main()
