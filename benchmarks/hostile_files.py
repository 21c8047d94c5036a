"""What each hostile file of issue 13 costs (SPEC §7: at most a clear line).

Run: python benchmarks/hostile_files.py [--runs N] [--keep DIR] [--only NAME,...]

Each file is made in a temporary folder (or `--keep DIR`), then read by the
command a user would run on it, in a fresh process: `kompas check FILE`
(sessions, reports), `kompas overview DIR --format json` (a team folder
with the file dropped in it beside one good session), and for ballots the
box's parser. Printed per file: the wall time from spawn to exit and the
process's peak RSS (wait4), the exit code, and the first line told; beside
them the same for a good file of the kind, and `python -c pass`, on the same
machine in the same run (the machine is shared: compare, don't trust
absolutes). Medians of `--runs`.

Before issue 13 (2 cores, for comparison): a 30 KB session with a
15,000-part dotted header took 6.5 s and 920 MB (100 KB: 102 s, 9.8 GB); a
64 KB ballot of one 32,000-part dotted key 9 s and 3.9 GB; a 100,000-deep
array printed a 3,000-line traceback; a FIFO hung `check` for ever; an XLSX
of 2.5 MB unpacking to 740 MB ran for minutes past 1 GB.

Not a test: it prints numbers. The files themselves are made by the
functions below, which tests/test_hostile_reports.py uses too.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Spawns the command and reports wall time, peak RSS and exit code; the
#: child's first line of stderr is kept (the refusal), and its output (an
#: overview's JSON, where a folder's problems are listed).
LAUNCHER = """
import json, os, subprocess, sys, time
report, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
child = subprocess.Popen(command, stdout=open(report + ".out", "wb"), stderr=open(report + ".err", "wb"))
_, status, usage = os.wait4(child.pid, 0)
with open(report, "w") as fh:
    json.dump([time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status)], fh)
"""
#: A hung read is stopped here and reported as such.
TIMEOUT = 120


# --- the files -------------------------------------------------------------


def good_session_bytes() -> bytes:
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.session import Session
    from kompas_tui.storage.session_file import session_to_bytes

    return session_to_bytes(Session.start(demo_report(), unit="Hjemmeplejen Nord"))


def dotted_header(parts: int = 15_000) -> bytes:
    return ("schema_version = 3\n[" + ".".join(["a"] * parts) + "]\n").encode()


def dotted_key(parts: int = 32_000) -> bytes:
    return (".".join(["k"] * parts) + " = 1\n").encode()


def deep_array(depth: int = 100_000) -> bytes:
    return ("schema_version = 3\nx = " + "[" * depth + "]" * depth + "\n").encode()


def deep_inline_table(depth: int = 50_000) -> bytes:
    return ("schema_version = 3\nx = " + "{a = " * depth + "1" + "}" * depth + "\n").encode()


def many_items(count: int = 1_000_000) -> bytes:
    return ("schema_version = 3\nx = [" + "{}," * count + "]\n").encode()


def session_with(old: bytes, new: bytes) -> bytes:
    good = good_session_bytes()
    assert old in good
    return good.replace(old, new, 1)


def forged_summary() -> bytes:
    """A body that does not load (answered above invited) with the summary
    line a healthy session would have, digest matching."""
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.session import Session
    from kompas_tui.storage.session_summary import PREFIX, summary_line

    raw = session_with(b"answered = 29", b"answered = 99")
    body = raw[: raw.index(PREFIX)]
    return body + summary_line(Session.start(demo_report(), unit="Hjemmeplejen Nord"), body) + (
        b"\n# end of kompas session\n")


def xlsx_bomb(unpacked_mb: int = 740) -> bytes:
    """A workbook whose one sheet unpacks to `unpacked_mb` MB of empty rows
    (2.5 MB packed for 740 MB, as in the issue)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _WORKBOOK_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD)
            chunk = b"<row><c><v>1</v></c></row>" * 40_000  # about 1 MB
            for _ in range(unpacked_mb):
                sheet.write(chunk)
            sheet.write(_SHEET_TAIL)
    return out.getvalue()


def xlsx_many_cells(rows: int = 20_000, columns: int = 12) -> bytes:
    """A workbook small enough unpacked (about 8 MB) but with 240,000 cells:
    a few minutes of openpyxl on a loaded machine."""
    out = io.BytesIO()
    row = b"<row>" + b"".join(b'<c t="n"><v>%d</v></c>' % c for c in range(columns)) + b"</row>"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _WORKBOOK_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", _SHEET_HEAD + row * rows + _SHEET_TAIL)
    return out.getvalue()


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_WORKBOOK_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<?xml version="1.0"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Rapport" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}
_SHEET_HEAD = f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'.encode()
_SHEET_TAIL = b"</sheetData></worksheet>"


def good_xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["enhed", "tema", "spørgsmål", "skala", "gns"])
    for n in range(40):
        sheet.append(["Hjemmeplejen Nord", f"Tema {n // 4}", f"Spørgsmål {n}", "1-5", 3.5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- running them ------------------------------------------------------------


def cases() -> dict[str, tuple[str, Callable[[Path], list[str]]]]:
    """name -> (what it is, make(folder) -> the kompas arguments)."""

    def file(name: str, data: Callable[[], bytes], command: str = "check") -> Callable[[Path], list[str]]:
        def make(folder: Path) -> list[str]:
            path = folder / name
            path.write_bytes(data())
            return [command, str(path)]

        return make

    def in_team_folder(name: str, data: Callable[[], bytes]) -> Callable[[Path], list[str]]:
        def make(folder: Path) -> list[str]:
            team = folder / "team"
            team.mkdir()
            (team / "good.toml").write_bytes(good_session_bytes())
            (team / name).write_bytes(data())
            return ["overview", str(team), "--format", "json"]

        return make

    def fifo(folder: Path) -> list[str]:
        path = folder / "x.toml"
        os.mkfifo(path)
        return ["check", str(path)]

    return {
        "good session": ("reference: the demo session, 30 KB", file("good.toml", good_session_bytes)),
        "dotted header": ("session, [a.a.a…] of 15,000 parts (30 KB)", file("dotted.toml", dotted_header)),
        "dotted header 100k": ("the same, 50,000 parts (100 KB)",
                               file("dotted100.toml", lambda: dotted_header(50_000))),
        "deep array": ("session, 100,000 nested arrays", file("deep.toml", deep_array)),
        "deep inline tables": ("session, 50,000 nested inline tables", file("inline.toml", deep_inline_table)),
        "many items": ("session, an array of 1,000,000 tables (3 MB)", file("items.toml", many_items)),
        "inf mean": ("session, mean = inf", file("inf.toml", lambda: session_with(b"mean = 4.1", b"mean = inf"))),
        "FIFO": ("a FIFO named x.toml", fifo),
        "team: dotted header": ("overview of a team folder with the 30 KB file",
                                in_team_folder("dotted.toml", dotted_header)),
        "team: forged summary": ("overview, valid summary line on an invalid body",
                                 in_team_folder("forged.toml", forged_summary)),
        "good xlsx": ("reference: a 40-row report", file("good.xlsx", good_xlsx)),
        "xlsx bomb": ("2.5 MB packed, 740 MB sheet", file("bomb.xlsx", xlsx_bomb)),
        "xlsx cells": ("8 MB unpacked, 240,000 cells", file("cells.xlsx", xlsx_many_cells)),
    }


def ballot_cases() -> dict[str, bytes]:
    return {"ballot: dotted key": dotted_key(), "ballot: deep array": b"dots = " + b"[" * 30_000}


BALLOT_CHILD = """
import sys
from pathlib import Path
from kompas_tui.i18n import set_language
from kompas_tui.storage.ballot_box import _parse_toml
set_language("en")
try:
    _parse_toml(Path(sys.argv[1]).read_bytes())
except ValueError as exc:
    print(str(exc).splitlines()[0], file=sys.stderr)
    sys.exit(1)
"""


def measure(command: list[str]) -> tuple[float, int, int, str]:
    """(seconds, peak RSS in KB, exit code, first line of stderr)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = str(Path(tmp) / "report.json")
        try:
            subprocess.run([sys.executable, "-c", LAUNCHER, report, *command], check=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return float(TIMEOUT), 0, -1, f"did not finish in {TIMEOUT} s"
        seconds, rss, code = json.loads(Path(report).read_text())
        err = Path(report + ".err").read_text(errors="replace").strip().splitlines()
        return seconds, rss, code, err[0] if err else _first_folder_problem(Path(report + ".out"))


def _first_folder_problem(output: Path) -> str:
    """What `kompas overview --format json` lists first among the folder's
    problems (a team folder's hostile file costs that line); else ""."""
    try:
        problems = json.loads(output.read_bytes())["problems"]
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    return f"{Path(problems[0]['path']).name}: {problems[0]['reason']}" if problems else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="make the files here (and leave them)")
    parser.add_argument("--only", help="names, comma-separated")
    args = parser.parse_args()
    only = {name.strip() for name in args.only.split(",")} if args.only else None
    temp = None if args.keep else tempfile.TemporaryDirectory(prefix="kompas-hostile-")
    base = args.keep or Path(temp.name)  # type: ignore[union-attr]
    env_cache = tempfile.TemporaryDirectory(prefix="kompas-hostile-cache-")
    os.environ["XDG_CACHE_HOME"] = env_cache.name  # kept out of the user's own cache
    kompas = [sys.executable, "-m", "kompas_tui", "--lang", "en"]
    rows: list[tuple[str, str, list[tuple[float, int, int, str]]]] = []
    try:
        rows.append(("python -c pass", "reference", [measure([sys.executable, "-c", "pass"]) for _ in range(args.runs)]))
        for name, (what, make) in cases().items():
            if only and name not in only:
                continue
            folder = base / name.replace(" ", "-").replace(":", "")
            folder.mkdir(parents=True, exist_ok=True)
            command = [*kompas, *make(folder)]
            rows.append((name, what, [measure(command) for _ in range(args.runs)]))
        for name, data in ballot_cases().items():
            if only and name not in only:
                continue
            path = base / (name.replace(" ", "-").replace(":", "") + ".toml")
            path.write_bytes(data)
            rows.append((name, f"{len(data) // 1024} KB, the box's parser",
                         [measure([sys.executable, "-c", BALLOT_CHILD, str(path)]) for _ in range(args.runs)]))
    finally:
        env_cache.cleanup()
        if temp is not None:
            temp.cleanup()
    print(f"runs: {args.runs} each (median), {os.cpu_count()} cores; each in a fresh process, spawn to exit")
    print(f"{'file':22} {'time':>9} {'peak RSS':>10} {'exit':>5}  told")
    for name, what, samples in rows:
        seconds = statistics.median(s[0] for s in samples)
        rss = statistics.median(s[1] for s in samples) / 1024
        code, told = samples[-1][2], samples[-1][3]
        print(f"{name:22} {seconds * 1000:7.0f} ms {rss:7.1f} MiB {code:5}  {told[:90]}")
        print(f"{'':22} ({what})")


if __name__ == "__main__":
    main()
