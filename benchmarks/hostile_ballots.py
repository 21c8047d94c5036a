"""What a hostile file in a ballot box costs (issue 13, SPEC §7: a hostile
file cannot stall kompas, and polling a folder never blocks the screen).

Run: python benchmarks/hostile_ballots.py [--runs N] [--seconds S] [--kinds a,b]

Part 1, per hostile file: a box is made in a fresh folder with that file in
it, and a fresh child process does what the facilitator's poll does
(`watch_box`: check the box, list it, read and check every ballot) or, for a
hostile `ballot.toml`, what a participant's `kompas join` does
(`read_ballot`). Printed: the time of one look (median of N, ms) and the
child's peak memory above the same child looking at a box with one good
ballot (MB). The kinds are the attacks of the issue (a 64 KB ballot of one
32,000-part dotted key; a FIFO) and their neighbours (deep nesting, many
keys or tables, a long string, a device, a 100 MB sparse file).

Part 2, the screen while the box is hostile: the real app runs headless at
80x24 with the Live afstemning dialog open on a box holding the dotted-key
ballot, polling it once a second, for S seconds; once as it is, and once
with every file read in the box taking 500 ms more (a slow disk: the look
runs in a worker, so the screen must not notice). A 10 ms timer on the app
records every gap between its ticks (a gap is the UI thread busy); the same
timer runs in the minimal Textual app for the yardstick. Printed: the
largest and the p99 gap of each, and how many looks at the box came back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

THEMES = ("Trivsel", "Ledelse", "Samarbejde")
KB64 = 64 * 1024 - 64


def _ballot_text(kind: str, ballot_id: str) -> bytes | None:
    """The hostile content of `anna.toml` (None: the kind is not a file's text)."""
    head = f'ballot = "{ballot_id}"\nuser = "anna"\n'
    body = {
        "good": '[dots]\nTrivsel = 2\n',
        "dotted_key": ".".join(["a"] * 32000) + " = 1\n",
        "deep_array": "x = " + "[" * 16000 + "]" * 16000 + "\n",
        "deep_inline": "x = " + "{a = " * 6000 + "1" + "}" * 6000 + "\n",
        "many_keys": "".join(f"k{i} = {i}\n" for i in range(5000)),
        "many_tables": "".join(f"[t{i}]\n" for i in range(8000)),
        "long_string": 'x = "' + "a" * 64000 + '"\n',
        "nan": "[dots]\nTrivsel = nan\n",
    }.get(kind)
    if body is None:
        return None
    text = (head + body).encode()
    assert len(text) <= KB64, (kind, len(text))  # under the size bound: the parse itself is what is tested
    return text


KINDS = ["dotted_key", "deep_array", "deep_inline", "many_keys", "many_tables", "long_string", "nan",
         "fifo", "device", "sparse_100mb", "info_dotted_key", "info_fifo"]


def _anna_is_me(bb) -> None:
    """The participant "anna" is this process's user (as in the tests)."""
    real = bb._uid_for_user
    bb._uid_for_user = lambda name: os.geteuid() if name == "anna" else real(name)


def make_box(session: Path, kind: str) -> None:
    """A ballot open on `session` with the hostile file in its box."""
    from kompas_tui.storage import ballot_box as bb

    info = bb.open_ballot(session, unit="Enhed", themes=THEMES, votes_per_person=3, max_per_theme=2,
                          participants=5)
    box = bb.box_path(session)
    target = box / ("ballot.toml" if kind.startswith("info_") else "anna.toml")
    kind = kind.removeprefix("info_")
    if target.name == "ballot.toml":
        target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero's numbers: endless
    elif kind == "sparse_100mb":
        with open(target, "wb") as fh:
            fh.truncate(100 * 1024 * 1024)
    else:
        text = _ballot_text(kind, info.id)
        assert text is not None, kind
        target.write_bytes(text)


def one_look(kind: str, runs: int) -> None:
    """In a child process: look at a fresh box `runs` times; print JSON."""
    from kompas_tui.storage import ballot_box as bb

    _anna_is_me(bb)
    with tempfile.TemporaryDirectory() as folder:
        session = Path(folder) / "enhed.toml"
        session.write_text("# a session\n")
        make_box(session, kind)
        look = (lambda: bb.read_ballot(session)) if kind.startswith("info_") else (lambda: bb.watch_box(session))
        times, outcome = [], ""
        for _ in range(runs):
            start = time.perf_counter()
            try:
                view = look()
                outcome = "ok" if kind.startswith("info_") else ",".join(n.key for n in view.count.notes) or "counted"
            except bb.BallotError as error:
                outcome = error.key
            times.append(time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": statistics.median(times) * 1000, "rss": rss, "outcome": outcome}))


def child(kind: str, runs: int, timeout: float) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--one", kind, "--runs", str(runs)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"ms": float("inf"), "rss": float("nan"), "outcome": f"HUNG > {timeout:.0f} s"}
    return json.loads(done.stdout.splitlines()[-1])


def part_one(kinds: list[str], runs: int) -> None:
    base = child("good", runs, 60)
    print(f"one look at a box, median of {runs} (ms); peak memory above a box with one good ballot (MB)")
    print(f"{'file':<18}{'ms':>9}{'MB':>8}  outcome")
    print(f"{'good (yardstick)':<18}{base['ms']:>9.2f}{0:>8.1f}  {base['outcome']}")
    for kind in kinds:
        if kind == "device" and os.geteuid() != 0:
            print(f"{kind:<18}{'':>9}{'':>8}  (skipped: mknod needs root)")
            continue
        got = child(kind, runs, 120)
        extra = float(got["rss"]) - float(base["rss"])
        print(f"{kind:<18}{float(got['ms']):>9.2f}{extra:>8.1f}  {got['outcome']}")


async def _gaps(app, seconds: float, before=None) -> list[float]:
    """Run `app` headless and record the gaps between 10 ms ticks."""
    gaps: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        if before is not None:
            await before(pilot)
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        app.set_interval(0.01, tick)
        await asyncio.sleep(seconds)
    return gaps


def _kompas_gaps(seconds: float, slow_read: float) -> tuple[list[float], int]:
    """The real app with the live dialog open on a box holding the worst
    ballot; every file read in the box takes `slow_read` more seconds (a
    slow disk). The tick gaps, and how many looks at the box came back."""
    from kompas_tui.app import KompasApp
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.profile import OrgProfile
    from kompas_tui.screens import live_ballot
    from kompas_tui.storage import ballot_box as bb
    from kompas_tui.storage.ballot_folder import OpenBox
    from kompas_tui.storage.session_file import new_session

    _anna_is_me(bb)
    folder = Path(tempfile.mkdtemp())
    polls = [0]
    watch, read = bb.watch_box, OpenBox.read

    def counted_watch(path, expect=None):
        view = watch(path, expect)
        polls[0] += 1
        return view

    def slow(self, name, limit, owner=None):
        time.sleep(slow_read)
        return read(self, name, limit, owner)

    bb.watch_box, OpenBox.read = counted_watch, slow
    try:
        handle = new_session(demo_report(), folder)
        make_box(handle.path, "dotted_key")
        app = KompasApp(handle, sessions_dir=folder, profile=OrgProfile(), lang="da")

        async def open_dialog(pilot) -> None:
            app.push_screen(live_ballot.LiveBallotDialog())
            await pilot.pause()

        gaps = asyncio.run(_gaps(app, seconds, open_dialog))
        handle.close()
    finally:
        bb.watch_box, OpenBox.read = watch, read
        shutil.rmtree(folder, ignore_errors=True)
    return gaps, polls[0]


def part_two(seconds: float) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from minimal_app import MinimalApp

    rows = [("minimal Textual app", asyncio.run(_gaps(MinimalApp(), seconds)), None)]
    for slow_read in (0.0, 0.5):
        gaps, polls = _kompas_gaps(seconds, slow_read)
        disk = "" if not slow_read else f", each file read +{slow_read * 1000:.0f} ms"
        rows.append((f"kompas, live dialog on the dotted-key ballot{disk}", gaps, polls))
    print()
    print(f"the screen for {seconds:.0f} s: gaps between the 10 ms ticks of a timer on the UI thread (ms)")
    for name, gaps, polls in rows:
        ordered = sorted(gaps)
        p99 = ordered[int(len(ordered) * 0.99) - 1] * 1000 if ordered else float("nan")
        looks = "" if polls is None else f"  looks {polls}"
        print(f"  {name:<68} max {max(gaps) * 1000:6.1f}  p99 {p99:5.1f}{looks}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--one")
    args = parser.parse_args()
    if args.one:
        one_look(args.one, args.runs)
        return
    part_one([k for k in args.kinds.split(",") if k], args.runs)
    if args.seconds > 0:
        part_two(args.seconds)


if __name__ == "__main__":
    main()
