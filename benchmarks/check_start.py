"""`kompas check` where no TUI is needed, against `python -c pass` and the
imports that lie on its path, in the same run (issue 14: ≤ 3x `python -c
pass`).

Run: python benchmarks/check_start.py [--runs N] [--compare SRC]

kompas runs as the installed `kompas` command does (its console script).
Each command runs as a child process, interleaved with the others; per
command the median wall time and CPU time (user + system, from the kernel's
accounting of the child: steadier than wall time on a busy machine) and
the ratio of each to `python -c pass`. The reference lines say what the
floor would be with each import on the path: pydantic itself, one pydantic
model (its class machinery and the plugin loader's importlib.metadata),
Textual's App, and the standard library modules any kompas command
imports (argparse, dataclasses with the inspect it imports, pathlib,
datetime). `--compare SRC` also runs the kompas commands from another
checkout's `src` (an older commit: `git archive COMMIT src | tar -x -C
DIR`), interleaved with these, so before and after come from one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pty_terminal import ensure_bytecode
from tmux_harness import HERE

REPORT = HERE.parent / "tests" / "fixtures" / "reports" / "example-report.csv"
ONE_MODEL = "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int\nA(x=1)"
STDLIB = "import argparse, dataclasses, pathlib, datetime"
#: The environment variable that runs a command from another checkout.
SOURCE = "PYTHONPATH"


def kompas_command() -> list[str]:
    """The `kompas` command as installed (its console script, beside this
    Python), else `python -m kompas_tui` (which also imports runpy)."""
    script = Path(sys.executable).with_name("kompas")
    return [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "kompas_tui"]


def commands(session: Path, compare: Path | None = None) -> dict[str, list[str]]:
    python = sys.executable
    kompas = kompas_command()
    cases = {
        "python -c pass": [python, "-c", "pass"],
        "ref import pydantic": [python, "-c", "import pydantic"],
        "ref one pydantic model": [python, "-c", ONE_MODEL],
        "ref import textual.app": [python, "-c", "import textual.app"],
        "ref stdlib of the cli": [python, "-c", STDLIB],
        "kompas --version": [*kompas, "--version"],
        "kompas check REPORT": [*kompas, "check", str(REPORT)],
        "kompas check SESSION": [*kompas, "check", str(session)],
    }
    if compare is not None:
        for name in ("kompas --version", "kompas check REPORT", "kompas check SESSION"):
            cases[f"compared: {name[7:]}"] = [f"{SOURCE}={compare}", *cases[name]]
    return cases


def run(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; a leading "NAME=VALUE" is
    set in the command's environment."""
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    if "=" in argv[0]:
        name, value = argv[0].split("=", 1)
        env[name] = value
        argv = argv[1:]
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--compare", type=Path, metavar="SRC", help="another checkout's src, run beside this one")
    args = parser.parse_args()
    ensure_bytecode()
    if args.compare is not None:
        import compileall

        compileall.compile_dir(args.compare / "kompas_tui", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        from kompas_tui.demo import demo_report
        from kompas_tui.storage.session_file import new_session

        handle = new_session(demo_report(), folder)
        handle.close()
        cases = commands(handle.path, args.compare)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for argv in cases.values():  # warm-up
            run(argv)
        for _ in range(args.runs):
            for name, argv in cases.items():
                times[name].append(run(argv))
    wall = {name: statistics.median(t[0] for t in values) for name, values in times.items()}
    cpu = {name: statistics.median(t[1] for t in values) for name, values in times.items()}
    base = "python -c pass"
    print(f"runs: {args.runs} each, interleaved (budget: kompas check ≤ 3x python -c pass)")
    for name in cases:
        print(
            f"{name:30} wall {wall[name] * 1000:6.0f} ms ({wall[name] / wall[base]:5.1f}x)   "
            f"cpu {cpu[name] * 1000:6.0f} ms ({cpu[name] / cpu[base]:5.1f}x)"
        )


if __name__ == "__main__":
    main()
