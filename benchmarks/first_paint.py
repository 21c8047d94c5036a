"""First paint of kompas' three ways in, against a minimal Textual app in
the same run: `kompas demo`, `kompas` (the start screen) and `kompas open`
on a 200-action, 20-round session.

Run: python benchmarks/first_paint.py [--runs N] [--only demo,start,open]

Each app starts in a real pseudo-terminal at 80x24 (truecolor, with
synchronized output, see pty_terminal.py), the apps interleaved, because on
a noisy shared machine only the ratio to the minimal app holds. Per start:
the time from spawn to the first screen's marker arriving; then, until the
app has been quiet for half a second, the frames and bytes it sent (the
whole first screen, in one piece or not); and the peak resident memory.
SPEC §8: the first screen within 1.3x the minimal app; issue 14: in one or
two frames, ≤ 15 KB, peak memory ≤ 1.5x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pty_terminal import PtyApp, ensure_bytecode, frames
from tmux_harness import HERE

#: app → (argv after `python -m kompas_tui --sessions-dir DIR`, marker):
#: a theme row of the demo's table; the start screen's menu; the open
#: evaluation round of the big session (its last round is open).
KOMPAS = {
    "demo": (["demo"], "Meningsfuldt arbejde"),
    "start": ([], "Ny session fra demo-rapporten"),
    "open": (["open", "{big}"], "Evalueringsrunde 20"),
}
QUIET = 0.5


@dataclass
class Start:
    first_paint: float  # seconds from spawn to the marker
    cpu: float  # CPU seconds the app had used by then (steadier than wall time on a busy machine)
    settled: float  # seconds from spawn to the last byte before QUIET s of silence
    frames: int
    size: int  # bytes sent until settled
    peak_rss_kb: int


def start(argv: list[str], marker: str) -> Start:
    begin = time.perf_counter()
    app = PtyApp(argv)
    wanted, output = marker.encode(), b""
    while wanted not in output:
        if time.perf_counter() - begin > 30:
            app.close()
            raise TimeoutError(f"{marker!r} never came; got {output[-400:]!r}")
        output += app._read(0.05)
    painted = last = time.perf_counter()
    cpu = app.cpu_seconds()
    while chunk := app._read(QUIET):
        output += chunk
        last = time.perf_counter()
    app.close()
    rss = app.usage.ru_maxrss if app.usage else 0
    return Start(painted - begin, cpu, last - begin, frames(output), len(output), rss)


def big_session(folder: Path) -> Path:
    """The session of benchmarks/session_io.py: 200 actions, 20 rounds."""
    from session_io import big_session as build

    from kompas_tui.storage.session_file import save_session

    path = folder / "big.toml"
    save_session(build(), path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--only", default=",".join(KOMPAS))
    args = parser.parse_args()
    chosen = args.only.split(",")
    ensure_bytecode()
    results: dict[str, list[Start]] = {"minimal": [], **{name: [] for name in chosen}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = big_session(folder)
        commands = {"minimal": ([sys.executable, str(HERE / "minimal_app.py")], "MINIMAL READY")}
        for name in chosen:
            extra, marker = KOMPAS[name]
            argv = [arg.format(big=big) for arg in extra]
            commands[name] = ([sys.executable, "-m", "kompas_tui", "--sessions-dir", str(folder), *argv], marker)
        for argv, marker in commands.values():  # warm-up: every file in the disk cache
            start(argv, marker)
        for _ in range(args.runs):
            for name, (argv, marker) in commands.items():
                results[name].append(start(argv, marker))
    report(results, args.runs)


def report(results: dict[str, list[Start]], runs: int) -> None:
    def median(name: str, attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in results[name])

    print(f"runs: {runs} each, interleaved, pty 80x24 truecolor")
    for name in results:
        times = sorted(r.first_paint * 1000 for r in results[name])
        print(
            f"{name:8} first paint median {median(name, 'first_paint') * 1000:5.0f} ms "
            f"(min {times[0]:4.0f}, max {times[-1]:5.0f})  cpu {median(name, 'cpu') * 1000:4.0f} ms  settled {median(name, 'settled') * 1000:5.0f} ms  "
            f"frames {median(name, 'frames'):3.0f}  bytes {median(name, 'size') / 1024:5.1f} KB  "
            f"peak RSS {median(name, 'peak_rss_kb') / 1024:5.1f} MiB"
        )
    base_paint, base_rss = median("minimal", "first_paint"), median("minimal", "peak_rss_kb")
    for name in results:
        if name != "minimal":
            print(
                f"{name:8} ratio first paint {median(name, 'first_paint') / base_paint:.2f}x (SPEC 1.30x)  "
                f"cpu {median(name, 'cpu') / median('minimal', 'cpu'):.2f}x  "
                f"peak memory {median(name, 'peak_rss_kb') / base_rss:.2f}x (aim 1.50x)"
            )


if __name__ == "__main__":
    main()
