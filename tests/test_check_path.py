"""`kompas check` where no TUI is needed starts at Python's pace (issue 14):
what makes it cheap is asserted as behaviour, never as time. The report
and the org profile are plain dataclasses, so checking a CSV or XLSX report
imports neither pydantic nor Textual; a catalog area is imported when one
of its keys is first looked up. The numbers are in benchmarks/check_start.py
and docs/speed.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kompas_tui import i18n

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
EXAMPLE = FIXTURES / "example-report.csv"
#: The libraries that must stay off the path, by their top-level package.
HEAVY = ("pydantic", "pydantic_core", "annotated_types", "textual", "rich")
#: Also off the command line's own path: argparse imports shutil (and zlib,
#: bz2 and lzma with it) to find the terminal's width; kompas gives it.
#: (Reading an XLSX report imports it, through zipfile.)
ARGPARSE_EXTRA = "shutil"

#: Runs kompas as `python -m kompas_tui` does, then prints (on stderr, after
#: the command's own output) the exit code and the modules it imported.
RUN_AND_LIST = """
import json, runpy, sys
sys.argv = ["kompas", *json.loads(sys.argv[1])]
try:
    runpy.run_module("kompas_tui", run_name="__main__", alter_sys=True)
except SystemExit as exit_:
    code = exit_.code
sys.stdout.flush()
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def run_kompas(*args: str, cwd: Path) -> tuple[int, str, list[str], str]:
    """(exit code, standard output, the modules imported, standard error
    without that list) of `kompas ARGS`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("KOMPAS_")}
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, json.dumps(args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=env, timeout=120,
    )
    *errors, last = result.stderr.strip().splitlines()
    found = json.loads(last)
    return found["code"], result.stdout, found["modules"], "\n".join(errors).strip()


def heavy(modules: list[str]) -> list[str]:
    return [name for name in modules if name.split(".")[0] in HEAVY]


def xlsx_copy(tmp_path: Path) -> Path:
    """The example report as an .xlsx file."""
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    with EXAMPLE.open(encoding="utf-8-sig", newline="") as source:
        for row in csv.reader(source, delimiter=";"):
            sheet.append(row)
    path = tmp_path / "example-report.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("form", [[], ["--format", "json"]])
def test_checking_a_csv_report_imports_no_pydantic_and_no_textual(tmp_path: Path, lang: str, form: list[str]):
    code, out, modules, _ = run_kompas("--lang", lang, "check", str(EXAMPLE), "--date", "2026-11-26", *form, cwd=tmp_path)
    assert code == 0
    assert "Eksempelenheden" in out and ("67,2" in out or "67.2" in out)  # read, scored and printed
    assert heavy(modules) == []
    assert ARGPARSE_EXTRA not in modules


def test_checking_an_xlsx_report_imports_no_pydantic(tmp_path: Path):
    code, out, modules, _ = run_kompas("check", str(xlsx_copy(tmp_path)), "--date", "2026-11-26", cwd=tmp_path)
    assert code == 0 and "Eksempelenheden" in out
    assert heavy(modules) == []


def test_a_bad_report_is_refused_without_pydantic(tmp_path: Path):
    """The importer checks every cell itself (no model validation behind it):
    a negative count is named by file, line and column."""
    bad = tmp_path / "bad.csv"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8-sig").replace("1-5;hoej;21;3,9", "1-5;hoej;-21;3,9", 1), encoding="utf-8")
    code, out, modules, errors = run_kompas("--lang", "en", "check", str(bad), cwd=tmp_path)
    assert (code, out) == (1, "")
    assert errors == f"{bad}:2: field 'n': expected a whole number, 0 or more, found '-21'"
    assert heavy(modules) == []


def test_the_version_imports_no_pydantic_and_not_every_catalog(tmp_path: Path):
    code, out, modules, _ = run_kompas("--version", cwd=tmp_path)
    assert code == 0 and out.startswith("kompas ")
    assert heavy(modules) == []
    assert ARGPARSE_EXTRA not in modules
    loaded = {name.rsplit(".", 1)[1] for name in modules if name.startswith("kompas_tui.i18n.")}
    assert loaded == {"cli"}


def test_check_imports_only_the_catalog_areas_it_uses(tmp_path: Path):
    _code, _out, modules, _ = run_kompas("check", str(EXAMPLE), cwd=tmp_path)
    loaded = {name.rsplit(".", 1)[1] for name in modules if name.startswith("kompas_tui.i18n.")}
    assert "cli" in loaded and not loaded >= {"ui_plan", "ui_voting", "ui_evaluation", "ballot"}
    assert loaded < set(i18n.areas())


def test_a_profile_file_is_still_validated_at_the_file(tmp_path: Path):
    """Plain data on the path, pydantic where a profile enters from its file:
    a bad profile is refused with file, line and field."""
    (tmp_path / "kompas.toml").write_text("green_min = 40\nred_below = 60\nmin_respondents = 0\n", encoding="utf-8")
    code, out, modules, errors = run_kompas(
        "--lang", "en", "--sessions-dir", str(tmp_path), "check", str(EXAMPLE), cwd=tmp_path
    )
    assert (code, out) == (1, "")
    assert f"{tmp_path / 'kompas.toml'}:3: field 'min_respondents': expected a number of at least 1, found 0" in errors
    assert "pydantic" in modules


def test_a_profile_file_applies_to_the_check(tmp_path: Path):
    (tmp_path / "kompas.toml").write_text("min_respondents = 100\n", encoding="utf-8")
    code, out, _modules, _ = run_kompas(
        "--sessions-dir", str(tmp_path), "check", str(EXAMPLE), "--format", "json", cwd=tmp_path
    )
    assert code == 0
    assert json.loads(out)["overall"]["score"] is None  # every answer hidden under 100 respondents


#: Command lines of every command, good and bad, with global options before
#: and after the command.
COMMAND_LINES = [
    ["check", "x.csv"], ["--lang", "en", "check", "x.csv", "--format", "json", "--date", "2026-11-26"],
    ["check", "x.csv", "--format", "xml"], ["check"], ["check", "--help"], ["--sess", "demo", "check", "x.csv"],
    ["--sessions-dir", "check", "check", "x.csv", "--lang", "en"], ["--profile=p.toml", "export", "s.toml", "--format", "md"],
    ["export", "s.toml"], ["new", "r.csv", "--unit", "U"], ["open", "s.toml", "--measurement", "r.csv"],
    ["review"], ["overview", "--format", "csv", "--date", "2027-01-01"], ["join", "s.toml"], ["due", "--days", "-1"],
    ["log", "s.toml", "--format", "json"], ["sync", "DIR"], ["init-history", "--bare", "--remote", "u"], ["demo"],
    ["demo", "extra"], [], ["--version"], ["--help"], ["-h", "check"], ["bogus"], ["--", "check", "x.csv"],
]


def parsed(parser, argv: list[str], capsys) -> tuple[object, str, str]:
    """What the parser makes of `argv`: the namespace or the exit code,
    and what it printed."""
    try:
        result: object = vars(parser.parse_args(argv))
    except SystemExit as exit_:
        result = exit_.code
    out, err = capsys.readouterr()
    return result, out, err


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=" ".join)
def test_the_parser_built_for_the_command_parses_as_the_whole_one(argv: list[str], capsys, monkeypatch):
    """`kompas CMD` builds the arguments of CMD alone (cli.command_in):
    every command line parses, fails and helps as with every command's."""
    from kompas_tui.cli import build_parser, command_in

    monkeypatch.setenv("COLUMNS", "80")
    assert parsed(build_parser(command_in(argv)), argv, capsys) == parsed(build_parser(), argv, capsys)


def test_only_the_command_run_gets_its_arguments():
    from kompas_tui.cli import build_parser, command_in

    assert command_in(["--lang", "en", "check", "x.csv"]) == "check"
    assert command_in(["--sess", "demo", "check", "x.csv"]) == "check"
    assert command_in(["--help", "check"]) is None and command_in(["x.csv"]) is None
    parser = build_parser("check")
    [commands] = [action for action in parser._actions if action.dest == "command"]
    given = {name: {option for action in sub._actions for option in action.option_strings}
             for name, sub in commands.choices.items()}
    assert given["check"] >= {"--format", "--date", "--help"}
    assert all(options == set() for name, options in given.items() if name != "check")


@pytest.mark.parametrize("columns", ["40", "100", None])
def test_help_is_as_wide_as_argparse_makes_it(columns: str | None, monkeypatch):
    """kompas gives argparse the terminal's width (so argparse does not
    import shutil to find it); the help is what argparse's own formatter
    writes at that width, for kompas and for every command."""
    import argparse

    from kompas_tui.cli import build_parser

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    [commands] = [action for action in parser._actions if action.dest == "command"]
    for each in (parser, *commands.choices.values()):
        ours = each.format_help()
        each.formatter_class = argparse.HelpFormatter
        assert each.format_help() == ours, each.prog
