"""The `kompas` command line: parsing, global options, and which module
runs each command (`COMMANDS`).

Exit codes (SPEC §4, `cli_shared.py`): 0 ok, 1 invalid input (one line per
problem on stderr), 2 usage error. The commands live in `cli_commands.py`
(one session or report), `cli_overview.py` (a folder of sessions) and
`cli_history.py` (the folder's history); they share `cli_shared.py` and
never import each other or this module. This module stays small so
`kompas --help` and `--version` answer without importing the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kompas_tui import __version__
from kompas_tui.cli_shared import EXIT_INVALID
from kompas_tui.i18n import LANGUAGES, resolve_language, set_language, t

#: Each command and the module (in kompas_tui) whose `run_<command>` runs it
#: ("start": `kompas` with no command). A command is added here and in
#: `build_parser`.
COMMANDS: dict[str, str] = {
    "start": "cli_commands",
    "demo": "cli_commands",
    "new": "cli_commands",
    "open": "cli_commands",
    "check": "cli_commands",
    "export": "cli_commands",
    "join": "cli_commands",
    "overview": "cli_overview",
    "due": "cli_overview",
    "review": "cli_overview",
    "log": "cli_history",
    "sync": "cli_history",
    "init-history": "cli_history",
}


#: The global options that take a value as the next argument.
_GLOBAL_VALUES = ("--sessions-dir", "--lang", "--profile")


def command_in(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, when that is plain before parsing: the
    first argument that is no option or option value is a command, and
    no help was asked for before it. Otherwise None."""
    arguments = iter(argv)
    for arg in arguments:
        if arg in ("-h", "--help"):
            return None
        if arg.startswith("--") and "=" not in arg and any(option.startswith(arg) for option in _GLOBAL_VALUES):
            next(arguments, None)  # its value (argparse takes "--sess DIR" for --sessions-dir)
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS and arg != "start" else None
    return None


def _language_from_argv(argv: Sequence[str]) -> str | None:
    """Find --lang before parsing, so that --help itself is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.bad_date", value=value)) from None


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Global options are accepted before and after the command. On the
    sub-parsers their default is SUPPRESS so they don't undo an earlier value."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--sessions-dir", metavar="DIR", default=default, help=t("cli.opt.sessions_dir"))
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=t("cli.opt.lang"))
    parser.add_argument("--profile", metavar="FILE", default=default, help=t("cli.opt.profile"))


def _localise_argparse() -> None:
    """argparse looks its own words up through `argparse._` (gettext) at run
    time; answer from our catalog so usage errors are in the chosen language."""
    from kompas_tui.i18n import entry, language

    def lookup(message: str) -> str:
        texts = entry("cli.argparse:" + message)
        return texts[language()] if texts else message

    argparse._ = lookup  # type: ignore[attr-defined]


def _terminal_columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` finds it (COLUMNS,
    else the terminal of standard output, else 80), without importing
    shutil, which imports zlib, bz2 and lzma."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's own formatter at the width it would choose: given, so
    that argparse does not import shutil to find it (it makes a formatter
    for every argument added, to check the argument)."""
    return argparse.HelpFormatter(prog, width=_terminal_columns() - 2)


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = -1
    if days < 0:
        raise argparse.ArgumentTypeError(t("cli.bad_days", value=value))
    return days


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or, with `only`, a parser whose other
    commands are names without their arguments: it parses `only`'s command
    lines the same, at a fraction of the cost (argparse makes a help
    formatter for every argument added; `kompas check` runs near Python's
    own start-up time: docs/speed.md)."""
    _localise_argparse()
    parser = argparse.ArgumentParser(
        prog="kompas",
        description=t("cli.description"),
        epilog=t("cli.epilog"),
        add_help=False,
        formatter_class=_help_formatter,
    )
    parser.add_argument("-h", "--help", action="help", help=t("cli.opt.help"))
    parser.add_argument("--version", action="version", version=f"kompas {__version__}", help=t("cli.opt.version"))
    _add_global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str) -> argparse.ArgumentParser:
        text = t(f"cli.cmd.{name}")
        sub = commands.add_parser(name, help=text, description=text, add_help=False, formatter_class=_help_formatter)
        if only is not None and name != only:
            return _UNUSED  # its arguments are never parsed in this run
        sub.add_argument("-h", "--help", action="help", help=t("cli.opt.help"))
        _add_global_options(sub, suppress=True)
        return sub

    command("demo")
    new = command("new")
    new.add_argument("report", metavar="REPORT", help=t("cli.arg.report"))
    new.add_argument("--unit", metavar="NAME", help=t("cli.arg.unit"))
    open_ = command("open")
    open_.add_argument("session", metavar="SESSION.toml", help=t("cli.arg.session"))
    open_.add_argument("--measurement", metavar="REPORT", help=t("cli.arg.measurement"))
    check = command("check")
    check.add_argument("file", metavar="FILE", help=t("cli.arg.file"))
    check.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.arg.format"))
    check.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help=t("cli.arg.date"))
    export = command("export")
    export.add_argument("session", metavar="SESSION.toml", help=t("cli.arg.session"))
    export.add_argument("--format", choices=("json", "md", "html", "csv"), required=True, help=t("cli.arg.format"))
    export.add_argument("-o", "--output", metavar="FILE", help=t("cli.arg.output"))
    export.add_argument("--round", type=int, metavar="N", help=t("cli.arg.round"))
    review = command("review")
    review.add_argument("folder", metavar="DIR", nargs="?", help=t("cli.arg.folder"))
    overview = command("overview")
    overview.add_argument("folder", metavar="DIR", nargs="?", help=t("cli.arg.folder"))
    overview.add_argument("--format", choices=("csv", "json"), help=t("cli.arg.overview_format"))
    overview.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help=t("cli.arg.overview_date"))
    join = command("join")
    join.add_argument("session", metavar="SESSION.toml", help=t("cli.arg.session"))
    due = command("due")
    due.add_argument("folder", metavar="DIR", nargs="?", help=t("cli.arg.folder"))
    due.add_argument("--days", type=_days, default=7, metavar="N", help=t("cli.arg.days"))
    due.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help=t("cli.arg.due_date"))
    log = command("log")
    log.add_argument("session", metavar="SESSION.toml", help=t("cli.arg.session"))
    log.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.arg.log_format"))
    sync = command("sync")
    sync.add_argument("folder", metavar="DIR", nargs="?", help=t("cli.arg.folder"))
    init_history = command("init-history")
    init_history.add_argument("folder", metavar="DIR", nargs="?", help=t("cli.arg.folder"))
    init_history.add_argument("--remote", metavar="URL", help=t("cli.arg.remote"))
    init_history.add_argument("--bare", action="store_true", help=t("cli.arg.bare"))
    return parser


class _Unused:
    """Takes the arguments of a command this run does not parse."""

    def add_argument(self, *args: object, **kwargs: object) -> None:
        pass


_UNUSED: argparse.ArgumentParser = _Unused()  # type: ignore[assignment]


def command_handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs `command`, its module imported only now."""
    from importlib import import_module

    module = import_module(f"kompas_tui.{COMMANDS[command]}")
    return getattr(module, "run_" + command.replace("-", "_"))


def main(argv: Sequence[str] | None = None) -> int:
    # kompas uses no pydantic plugins; looking for them scans every installed
    # distribution's metadata, a noticeable part of start-up.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(resolve_language(_language_from_argv(argv)))
    try:
        args = build_parser(command_in(argv)).parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    explicit_lang = args.lang or (os.environ.get("KOMPAS_LANG") if os.environ.get("KOMPAS_LANG") in LANGUAGES else None)
    args.lang = resolve_language(args.lang)
    args.explicit_lang = explicit_lang
    set_language(args.lang)
    args.sessions_dir = Path(args.sessions_dir or os.environ.get("KOMPAS_SESSIONS_DIR") or "sessions")

    from kompas_tui.cli_shared import os_error_text
    from kompas_tui.errors import InputError
    from kompas_tui.text import safe_text

    handler = command_handler(args.command or "start")
    try:
        return handler(args)
    except InputError as error:
        for problem in error.problems:
            # One line, the file's name included, whatever it holds (an
            # escape sequence in a name is shown, never obeyed).
            print(safe_text(str(problem)), file=sys.stderr)
        return EXIT_INVALID
    except OSError as error:
        # A folder or file the system would not let us use: say which, no traceback.
        print(os_error_text(error), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
