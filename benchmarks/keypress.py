"""Key-to-repaint latency and bytes sent per cursor move (SPEC §8: ≤ 50 ms
p95, < 2 KB), on every kompas screen against a minimal Textual app with a
table, in the same run, in a real pseudo-terminal at 80x24, truecolor.

Also: a page down on the report, a typed character in the Dialog's notes
(issue 14: ≤ 1 KB), and what each screen sends while nobody types
(nothing but the cursor's blink).

Run: python benchmarks/keypress.py [--moves N] [--screens report,plan,...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time

from pathlib import Path

from pty_terminal import PtyApp, ensure_bytecode
from tmux_harness import HERE

DOWN, UP = b"\x1b[B", b"\x1b[A"
PGDN, PGUP = b"\x1b[6~", b"\x1b[5~"
TAB = b"\t"
#: Seconds of idling measured per screen.
IDLE = 3.0
#: screen → keys that open it and put the cursor in its table: F2 for the
#: report; F3 and ctrl+n twice for the dialogue's first prompt (past the
#: record of the meeting), its notes field; F4 for the voting tally (the cursor starts there once the group size is set);
#: F6 for the action plan; F8, n and Enter for an evaluation round started on it.
SCREENS = {
    "report": [b"\x1bOQ"],
    "dialog": [b"\x1bOR", b"\x0e", b"\x0e"],
    "voting": [b"\x1bOS"],
    "plan": [b"\x1b[17~"],
    "evaluation": [b"\x1b[19~", b"n", b"\r"],
}
#: Screens of a folder, each its own command on a generated organisation:
#: argv after `kompas`, and a marker of the first screen.
FOLDER_SCREENS = {
    "start": (["--sessions-dir", "{folder}"], "Ny session fra demo-rapporten"),
    "overview": (["overview", "{folder}"], "Enhed"),
    "review": (["review", "{folder}"], "Enhed"),
}
#: Moves down before turning back up: the plan's list scrolls.
PERIOD = {"plan": 10, "evaluation": 10, "overview": 8, "review": 12, "start": 2}
#: screen → (keys pressed in turn, label): beyond the cursor.
OTHER_KEYS = {
    "report": ((PGDN, PGUP), "page"),
    "dialog": ((b"a", b"b"), "typed char"),
}


def workshop_session(folder: str) -> str:
    """A demo session part-way through the meeting: dots on three themes and
    six actions for each chosen theme, so the plan has a list that scrolls."""
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
        for n in range(6):
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


def idle_bytes(app: PtyApp, seconds: float = IDLE) -> int:
    """Bytes the app sends while nobody types (the cursor's blink aside:
    in a field it is a few bytes a half second)."""
    app.settle(0.3)
    total, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        total += len(app._read(0.1))
    return total


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def report(name: str, times: list[float], sizes: list[int]) -> None:
    print(
        f"{name:22} p50 {statistics.median(times):5.1f} ms  p95 {p95(times):5.1f} ms  "
        f"bytes/key median {statistics.median(sizes):6.0f}  max {max(sizes):6d}"
    )


Results = dict[str, tuple[list[float], list[int]]]


def session_screen(screen: str, sessions: str, path: str, moves: int, results: Results, idle: dict[str, int]) -> None:
    app = PtyApp([sys.executable, "-m", "kompas_tui", "--sessions-dir", sessions, "open", path])
    try:
        app.read_until("Hjemmeplejen Nord")
        app.settle(0.5)
        for key in SCREENS[screen]:
            app.press(key)
        app.settle(0.5)
        idle[screen] = idle_bytes(app)
        if screen != "dialog":  # in the notes field the arrows move the text cursor
            results[f"{screen}"] = measure(app, moves, period=PERIOD.get(screen, 4))
        if screen in OTHER_KEYS:
            keys, label = OTHER_KEYS[screen]
            results[f"{screen} {label}"] = measure(app, moves, keys, period=1)
        if screen in CHANGES:
            to_action, changes = CHANGES[screen]
            for key in to_action:
                app.press(key)
            results[f"{screen} change"] = measure(app, moves, changes, period=1)
    finally:
        app.close()


def folder_screen(screen: str, folder: str, moves: int, results: Results, idle: dict[str, int]) -> None:
    extra, marker = FOLDER_SCREENS[screen]
    app = PtyApp([sys.executable, "-m", "kompas_tui", *(arg.format(folder=folder) for arg in extra)])
    try:
        app.read_until(marker)
        app.settle(1.0)
        idle[screen] = idle_bytes(app)
        results[screen] = measure(app, moves, period=PERIOD.get(screen, 4))
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=40)
    parser.add_argument("--screens", default=",".join([*SCREENS, *FOLDER_SCREENS]))
    args = parser.parse_args()
    ensure_bytecode()
    results: Results = {}
    idle: dict[str, int] = {}
    minimal = PtyApp([sys.executable, str(HERE / "minimal_table_app.py")])
    try:
        minimal.read_until("MINIMAL READY")
        minimal.settle(0.5)
        idle["minimal table"] = idle_bytes(minimal)
        results["minimal table"] = measure(minimal, args.moves)
    finally:
        minimal.close()
    with tempfile.TemporaryDirectory() as tmp:
        from make_sessions import generate

        organisation = Path(tmp) / "organisation"
        generate(organisation, 60, seed=3, jobs=1)
        for screen in args.screens.split(","):
            if screen in FOLDER_SCREENS:
                folder_screen(screen, str(organisation), args.moves, results, idle)
                continue
            sessions = Path(tmp) / screen
            sessions.mkdir()
            session_screen(screen, str(sessions), workshop_session(str(sessions)), args.moves, results, idle)
    print(f"{args.moves} keys each, pty 80x24 truecolor")
    for name, (times, sizes) in results.items():
        report(name, times, sizes)
    print(f"idle {IDLE:.0f} s: " + ", ".join(f"{name} {size} B" for name, size in idle.items()))
    base_times, base_sizes = results["minimal table"]
    for name, (times, sizes) in results.items():
        if name != "minimal table":
            print(
                f"{name:22} ratio p95 {p95(times) / p95(base_times):.2f}x, "
                f"bytes {statistics.median(sizes) / max(1, statistics.median(base_sizes)):.2f}x "
                "(budget: p95 ≤ 50 ms, < 2048 bytes; a typed char ≤ 1024)"
            )


if __name__ == "__main__":
    main()
