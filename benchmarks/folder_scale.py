"""A whole organisation's folder: 1,000 and 10,000 sessions (SPEC §8: the
overview and the review list open in under 1 s and 5 s).

Run: python benchmarks/folder_scale.py [--counts 1000,10000] [--runs 3]
     [--keep DIR] [--seed S] [--no-ui]

The folders are made by benchmarks/make_sessions.py (with its messy files),
in a temporary folder, or in `--keep DIR` and reused from there on the next
run. Each measurement runs in a fresh process, so imports and caches start
cold (the disk cache is warm: the files were just written or read), and its
peak memory is its own:

- `scan_folder(folder, DEFAULT_PROFILE)` the first time ever ("first
  scan": no file checked yet, so every one is loaded in full; not held to
  the budget, which is for the folder as HR and the facilitators meet it
  day to day) and then as every later run finds it ("scan": only files
  changed since are loaded; storage/checked_summaries.py): its wall time
  inside the process (after imports), the process's peak RSS, and the
  whole process's time;
- `kompas overview DIR --format json > /dev/null` and `kompas due DIR`
  end to end (spawn to exit), with their peak RSS;
- the references of the same run, for ratios on a noisy machine: a bare
  `python -c pass`, `python -c "import textual.app"`, and the first paint
  of a minimal Textual app in tmux (benchmarks/minimal_app.py);
- unless `--no-ui`, in a real terminal (tmux, 80x24), the time from spawn
  until `kompas overview DIR` shows its totals line ("3512 enheder:") and
  `kompas review DIR` its count line ("10000 af 10000 sessioner"), i.e.
  until every row is in the list.

Medians of `--runs` runs, interleaved. Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: SPEC §8: seconds to open the overview and the review list, by folder size.
BUDGET = {1000: 1.0, 10000: 5.0}
MARK = ".make_sessions.json"

SCAN_CHILD = """
import json, resource, sys, time
started = time.perf_counter()
from kompas_tui.domain.profile import DEFAULT_PROFILE
from kompas_tui.storage.folder_scan import scan_folder
imported = time.perf_counter()
scan = scan_folder(sys.argv[1], DEFAULT_PROFILE)
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "scan": done - imported, "units": len(scan.units),
                  "problems": len(scan.problems), "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


@dataclass
class Sample:
    seconds: float
    rss_kb: int
    code: int = 0


@dataclass
class Series:
    samples: list[Sample] = field(default_factory=list)
    error: str = ""

    def median(self) -> float | None:
        return statistics.median(s.seconds for s in self.samples) if self.samples else None

    def rss_mib(self) -> float | None:
        return statistics.median(s.rss_kb for s in self.samples) / 1024 if self.samples else None


#: Spawns the command from a small process and reports its wall time and
#: peak RSS. Linux keeps a process's peak RSS across exec, so a child forked
#: straight from this (bigger) process would start with this one's.
LAUNCHER = """
import json, os, subprocess, sys, time
report, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
child = subprocess.Popen(command, stderr=open(report + ".err", "wb"))
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - started
with open(report, "w") as fh:
    json.dump([seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status)], fh)
"""


def run(
    command: list[str], *, stdout: int | None = subprocess.DEVNULL, env: dict[str, str] | None = None
) -> tuple[Sample, bytes, str]:
    """Spawn to exit, the child's peak RSS (wait4), its output (unless
    `stdout`) and its stderr."""
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryFile() as out:
        report = str(Path(tmp) / "report.json")
        subprocess.run([sys.executable, "-c", LAUNCHER, report, *command],
                       stdout=out if stdout is None else stdout, check=True, env=env)
        seconds, rss, code = json.loads(Path(report).read_text())
        err = Path(report + ".err").read_text(errors="replace")
        out.seek(0)
        return Sample(seconds, rss, code), out.read(), err


def folder_for(base: Path, count: int, seed: int) -> Path:
    """The folder of `count` sessions, made unless `base` already has it."""
    from make_sessions import generate

    folder = base / f"sessions-{count}"
    mark = folder / MARK
    wanted = {"count": count, "seed": seed, "messy": True}
    if mark.exists() and json.loads(mark.read_text()) == wanted:
        print(f"reusing {folder}", flush=True)
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    seconds = generate(folder, count, seed=seed, messy=True)
    mark.write_text(json.dumps(wanted))
    print(f"generated {count} sessions in {seconds:.1f} s ({count / seconds:.0f} files/s) in {folder}", flush=True)
    return folder


def measure_folder(folder: Path, runs: int, *, ui: bool) -> dict[str, Series]:
    """The first scan ever (no file checked yet: every one loaded in full,
    storage/checked_summaries.py), then everything with the cache a scan
    of the unchanged folder leaves."""
    kompas = [sys.executable, "-m", "kompas_tui"]
    results = {name: Series() for name in ("first scan", "scan", "scan process", "overview json", "due",
                                            "ui overview", "ui review")}
    units = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kompas-cold-cache-") as cold:
            sample, out, err = run([sys.executable, "-c", SCAN_CHILD, str(folder)], stdout=None,
                                   env={**os.environ, "XDG_CACHE_HOME": cold})
        if sample.code == 0:
            numbers = json.loads(out)
            results["first scan"].samples.append(Sample(numbers["scan"], numbers["rss_kb"]))
        else:
            results["first scan"].error = _failure(sample, err)
    run([sys.executable, "-c", SCAN_CHILD, str(folder)])  # leaves the cache the rows below use
    for _ in range(runs):
        sample, out, err = run([sys.executable, "-c", SCAN_CHILD, str(folder)], stdout=None)
        if sample.code == 0:
            numbers = json.loads(out)
            units = numbers["units"]
            results["scan"].samples.append(Sample(numbers["scan"], numbers["rss_kb"]))
            results["scan process"].samples.append(sample)
        else:
            results["scan"].error = _failure(sample, err)
        for name, command in (("overview json", [*kompas, "overview", str(folder), "--format", "json"]),
                              ("due", [*kompas, "due", str(folder)])):
            sample, _, err = run(command)
            # due exits 1 when something is overdue: that is an answer, not a failure.
            if sample.code in ((0, 1) if name == "due" else (0,)) and "Traceback" not in err:
                results[name].samples.append(sample)
            else:
                results[name].error = _failure(sample, err)
    if ui and units:
        measure_ui(folder, units, runs, results)
    return results


def _failure(sample: Sample, err: str) -> str:
    last = err.strip().splitlines()[-1] if err.strip() else ""
    return f"exit {sample.code}: {last[:70]}"


def markers(units: int) -> dict[str, str]:
    """What each screen shows once every row is in (Danish, the default)."""
    from kompas_tui.domain.message import plural
    from kompas_tui.i18n import t

    # The overview counts units (a unit's newest session, fewer than the
    # sessions scanned), so its totals line is waited for as "enheder:"
    # (it is shown once every row is in); the review list counts sessions.
    return {
        "ui overview": plural("ui_overview.units", 2, "da").removeprefix("2 ") + ":",
        "ui review": t("ui_review.count", "da", shown=units, total=units).strip(),
    }


def measure_ui(folder: Path, units: int, runs: int, results: dict[str, Series]) -> None:
    from tmux_harness import measure, start_server, stop_server

    kompas = [sys.executable, "-m", "kompas_tui"]
    commands = {"ui overview": [*kompas, "overview", str(folder)], "ui review": [*kompas, "review", str(folder)]}
    wanted = markers(units)
    start_server()
    try:
        for _ in range(runs):
            for name, command in commands.items():
                if name not in wanted:
                    results[name].error = "no marker"
                    continue
                try:
                    got = measure(command, wanted[name], timeout=60)
                except RuntimeError as exc:
                    results[name].error = str(exc).splitlines()[0][:60]
                    continue
                results[name].samples.append(Sample(got.first_paint, got.peak_rss_kb))
    finally:
        stop_server()


def references(runs: int, *, ui: bool) -> dict[str, Series]:
    results = {"python -c pass": Series(), "kompas --help": Series(), "import textual.app": Series(), "minimal app paint": Series()}
    for _ in range(runs):
        results["python -c pass"].samples.append(run([sys.executable, "-c", "pass"])[0])
        results["kompas --help"].samples.append(run([sys.executable, "-m", "kompas_tui", "--help"])[0])
        results["import textual.app"].samples.append(run([sys.executable, "-c", "import textual.app"])[0])
    if ui:
        from tmux_harness import measure, start_server, stop_server

        start_server()
        try:
            for _ in range(runs):
                got = measure([sys.executable, str(HERE / "minimal_app.py")], "MINIMAL READY")
                results["minimal app paint"].samples.append(Sample(got.first_paint, got.peak_rss_kb))
        finally:
            stop_server()
    return results


def _git_head() -> str:
    try:
        return subprocess.run(["git", "-C", str(HERE), "log", "--oneline", "-1"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1000,10000", help="folder sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR", help="make (or reuse) the folders here")
    parser.add_argument("--no-ui", action="store_true", help="skip the tmux measurements")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",") if c.strip()]
    ui = not args.no_ui and shutil.which("tmux") is not None
    temp = None if args.keep else tempfile.TemporaryDirectory(prefix="kompas-scale-")
    base = args.keep or Path(temp.name)  # type: ignore[union-attr]
    base.mkdir(parents=True, exist_ok=True)
    # The checked summaries of these runs (and of tmux's children) stay out
    # of the user's own cache.
    cache = tempfile.TemporaryDirectory(prefix="kompas-scale-cache-")
    os.environ["XDG_CACHE_HOME"] = cache.name
    try:
        folders = {count: folder_for(base, count, args.seed) for count in counts}
        refs = references(args.runs, ui=ui)
        measured = {count: measure_folder(folder, args.runs, ui=ui) for count, folder in folders.items()}
    finally:
        if temp is not None:
            temp.cleanup()
        cache.cleanup()

    print(f"\n{_git_head()}   runs: {args.runs} each (median), {os.cpu_count()} cores")
    print(f"{'reference':28} {'time':>9} {'peak RSS':>10}")
    for name, series in refs.items():
        if series.samples:
            print(f"{name:28} {series.median() * 1000:7.0f} ms {series.rss_mib():7.1f} MiB")
    textual = refs["import textual.app"].median() or 1.0
    app = refs["minimal app paint"].median()
    print("ratio: to `import textual.app`; for the ui rows to the minimal app's first paint")
    for count, results in measured.items():
        budget = BUDGET.get(count)
        print(f"\n{count} sessions (budget {budget if budget else '-'} s)")
        print(f"{'measure':28} {'time':>9} {'peak RSS':>10} {'ratio':>7}  budget")
        for name, series in results.items():
            if not series.samples:
                print(f"{name:28} {'n/a':>9}   {series.error or 'not measured'}")
                continue
            median = series.median() or 0.0
            verdict = "" if budget is None or name in ("scan process", "first scan") else (
                "ok" if median < budget else "OVER")
            ref = app if name.startswith("ui ") and app else textual
            extra = f"  ({(median - app) * 1000:.0f} ms after the minimal app's paint)" if ref is app else ""
            print(f"{name:28} {median * 1000:7.0f} ms {series.rss_mib():7.1f} MiB "
                  f"{median / ref:6.1f}x  {verdict}{extra}")


if __name__ == "__main__":
    main()
