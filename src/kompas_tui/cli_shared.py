"""What every `kompas` command module uses: the exit codes, the profile,
warnings, JSON and file output, the terminal check and starting the app.

The command modules (`cli_commands`, `cli_overview`, `cli_history`) import
this and never each other; `cli.py` parses and hands each command to its
module. This module stays light at import (no Textual, no pydantic) so
`kompas --help` stays fast: the rest is imported where it is used.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kompas_tui.i18n import t
from kompas_tui.text import printable, safe_text

if TYPE_CHECKING:
    from kompas_tui.domain.profile import OrgProfile

#: Exit codes (SPEC §4): 0 ok, 1 invalid input (one line per problem on
#: stderr), 2 usage error (also: no terminal for an interactive command).
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def os_error_text(error: OSError) -> str:
    """"kan ikke bruge FILE: REASON", in the interface language."""
    from kompas_tui.os_errors import os_reason

    return safe_text(t("cli.cannot_use", file=error.filename or "", reason=os_reason(error)))


def warn(lines: Iterable[str]) -> None:
    """Warnings on stderr, one line each, made safe for the terminal."""
    for line in lines:
        print(printable(line), file=sys.stderr)


def org_profile(args: argparse.Namespace, warnings: list[str] | None = None) -> OrgProfile:
    """The profile that applies (--profile, else the sessions folder's
    kompas.toml, else the defaults). Its warnings (an old
    `leadership_pattern`) go to `warnings` when given (the app shows them),
    else to stderr."""
    from kompas_tui.storage.profile import read_profile

    profile, found = read_profile(Path(args.profile) if args.profile else None, args.sessions_dir)
    if warnings is not None:
        warnings.extend(found)
    else:
        warn(found)
    return profile


def folder_of(args: argparse.Namespace) -> Path:
    """The folder a folder command works on: DIR, or the sessions folder."""
    return Path(args.folder) if args.folder else args.sessions_dir


def has_terminal() -> bool:
    """True when kompas can draw its screens; else it says so on stderr."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        return True
    print(t("cli.no_terminal"), file=sys.stderr)
    return False


def run_app(
    args: argparse.Namespace, profile: OrgProfile, handle=None, warnings: Iterable[str] = (), **options: Any
) -> int:
    """Run the kompas app on `handle` (None: no session open) until it
    quits; the handle is closed afterwards whatever happened. `options` go
    to `KompasApp` (`open_on`, `start_on`, `today`, `sessions_dir`)."""
    from kompas_tui.app import KompasApp

    options.setdefault("sessions_dir", args.sessions_dir)
    app = KompasApp(handle, profile=profile, lang=args.lang, warnings=list(warnings), **options)
    try:
        app.run()
    finally:
        if handle is not None:
            handle.close()
    return app.return_code or EXIT_OK


# --- output ------------------------------------------------------------------------------

#: Characters JSON may carry raw but a terminal would obey: C1 controls,
#: bidi and line controls. They are written as \\uXXXX escapes instead.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def dump_json(data: object) -> str:
    """`data` as indented JSON, safe to print on a terminal, ending in a newline."""
    import json

    text = json.dumps(data, indent=1, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def write_out(text: str, output: str | None, source: Path | None = None) -> int:
    """`text` on standard output, or written to the file `output` (see
    `write_bytes`). Returns the exit code."""
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    return _write_file(Path(output), text.encode("utf-8"), source)


def write_bytes(data: bytes, output: str | None, source: Path | None = None) -> int:
    """Like `write_out`, for a file that must keep its exact bytes (the
    CSV's BOM and CRLF), also on standard output."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    return _write_file(Path(output), data, source)


def _write_file(output: Path, data: bytes, source: Path | None) -> int:
    """An export written to `-o FILE`: atomically, 0600, and never over a
    session (the one exported or any other), a file kompas holds open, or a
    link or special file; a file it replaces is kept as FILE.bak, unless it
    held these very bytes (the same export again)."""
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import SESSION, read_file
    from kompas_tui.storage.atomic import atomic_write

    refusal = _output_refusal(output, source)
    if refusal is not None:
        print(safe_text(refusal), file=sys.stderr)
        return EXIT_INVALID
    try:
        unchanged = read_file(output, SESSION) == data
    except InputError:
        unchanged = False
    atomic_write(output, data, 0o600, backup=not unchanged)
    return EXIT_OK


def holds_session(data: dict[str, Any]) -> bool:
    """A parsed TOML document is a kompas session (whole or damaged), not a
    report: it has a session's own keys (a report has neither)."""
    return "schema_version" in data or "measurements" in data


def _output_refusal(output: Path, source: Path | None) -> str | None:
    """Why an export may not be written to `output`; None when it may."""
    import os
    import stat

    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import SESSION, parse_toml_bytes, read_file
    from kompas_tui.storage.lock import lock_path
    from kompas_tui.storage.session_file import TRAILER

    file = str(output)
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        return None
    except OSError:
        return None  # the write says what is wrong with the folder
    if not stat.S_ISREG(info.st_mode):
        return t("cli.export.onto_special", file=file)
    if source is not None and os.path.lexists(source) and os.path.samefile(output, source):
        return t("cli.export.onto_session", file=file)
    if os.path.lexists(lock_path(output)):
        return t("cli.export.onto_locked", file=file)
    try:
        raw = read_file(output, SESSION)
    except InputError:
        return None  # bigger than any session, or unreadable: the write says so
    try:
        data = parse_toml_bytes(raw, file, SESSION)
    except InputError:
        data = {}
    if holds_session(data) or raw.rstrip().endswith(TRAILER.encode()):
        return t("cli.export.onto_session", file=file)
    return None

