"""`kompas log`, `kompas sync` and `kompas init-history` (docs/history.md).

Plain text for people and cron: one line per entry or problem, user text
made safe for the terminal (`printable`), `--format json` for scripts.
Exit codes: 0 ok; 1 a problem (one line each on stderr: a conflict kept,
a session open, the remote not reached); 2 nothing to do it with (no
history, no remote).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompas_tui.cli_shared import EXIT_INVALID, EXIT_OK, EXIT_USAGE, dump_json, folder_of
from kompas_tui.domain.message import plural
from kompas_tui.i18n import t
from kompas_tui.text import printable, safe_text


def _say(text: str, *, error: bool = False) -> None:
    print(printable(text), file=sys.stderr if error else sys.stdout)


# --- kompas log ---------------------------------------------------------------------


def run_log(args: argparse.Namespace) -> int:
    from kompas_tui.storage.history import HistoryError
    from kompas_tui.storage.history_log import history_log

    path = Path(args.session)
    if not path.is_file():
        _say(t("cli.history.no_file", file=safe_text(path)), error=True)
        return EXIT_INVALID
    try:
        entries = history_log(path)
    except HistoryError as error:
        _say(error.reason, error=True)
        return EXIT_INVALID
    if args.format == "json":
        data = {"session": str(path), "history": [entry.to_json(args.lang) for entry in entries]}
        sys.stdout.write(dump_json(data))
        return EXIT_OK
    sys.stdout.write(log_text(path, entries, args.lang))
    return EXIT_OK


def log_text(path: Path, entries: list, lang: str) -> str:
    """The history as plain text: a title, then one line per version,
    newest first; the server is named once there is more than one."""
    if not entries:
        return printable(t("cli.history.empty", lang, file=safe_text(path.name))) + "\n"
    show_host = len({entry.host for entry in entries if entry.host}) > 1
    lines = [plural("cli.history.title", len(entries), lang, file=safe_text(path.name))]
    for entry in entries:
        who = entry.who(lang, show_host=show_host)
        lines.append(t("cli.history.line", lang, when=entry.when(lang), who=who, what=entry.what(lang)))
    return printable("\n".join(lines)) + "\n"


# --- kompas sync ----------------------------------------------------------------------


def run_sync(args: argparse.Namespace) -> int:
    from kompas_tui.storage.history import HistoryError
    from kompas_tui.storage.sync import SyncRefused, sync_folder

    folder = folder_of(args)
    try:
        report = sync_folder(folder, args.lang)
    except SyncRefused as error:
        _say(error.reason, error=True)
        return EXIT_USAGE
    except HistoryError as error:
        _say(error.reason, error=True)
        return EXIT_INVALID
    for problem in report.problems:
        _say(problem, error=True)
    for copy in report.copies:
        _say(t("cli.sync.copy", copy=safe_text(copy)), error=True)
    _say(t("cli.sync.done", remote=safe_text(report.remote), received=report.received, sent=report.sent,
           committed=report.committed))
    return EXIT_INVALID if report.problems or report.copies else EXIT_OK


# --- kompas init-history -----------------------------------------------------------------


def run_init_history(args: argparse.Namespace) -> int:
    from kompas_tui.storage.history import HistoryError
    from kompas_tui.storage.history_setup import init_bare, init_history

    folder = folder_of(args)
    try:
        if args.bare:
            lines = init_bare(folder)
        else:
            lines = init_history(folder, remote=args.remote)
    except HistoryError as error:
        _say(error.reason, error=True)
        return EXIT_INVALID
    for line in lines:
        _say(line)
    return EXIT_OK
