"""What each `kompas` command does. `cli.py` parses; these functions act.

Each returns the exit code. Readers raise `InputError`, which `cli.main`
turns into one line per problem and exit code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from kompas_tui.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kompas_tui.cli_history import run_init_history, run_log, run_sync  # noqa: F401  (commands, by name)
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.report import Report
from kompas_tui.domain.scoring import summarise
from kompas_tui.i18n import t
from kompas_tui.text import printable, safe_text


def os_error_text(error: OSError) -> str:
    """"kan ikke bruge FILE: REASON", in the interface language."""
    from kompas_tui.os_errors import os_reason

    return safe_text(t("cli.cannot_use", file=error.filename or "", reason=os_reason(error)))


def _profile(args: argparse.Namespace, warnings: list[str] | None = None) -> OrgProfile:
    """The profile that applies. Its warnings (an old `leadership_pattern`)
    go to `warnings` when given (the app shows them), else to stderr."""
    from kompas_tui.storage.profile import read_profile

    profile, found = read_profile(Path(args.profile) if args.profile else None, args.sessions_dir)
    if warnings is not None:
        warnings.extend(found)
    else:
        warn(found)
    return profile


def warn(lines: list[str]) -> None:
    """Warnings on stderr, one line each, made safe for the terminal."""
    for line in lines:
        print(printable(line), file=sys.stderr)


def _is_session_file(path: Path) -> bool:
    if path.suffix.lower() != ".toml":
        return False
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import SESSION, read_toml

    try:
        # Read as safely as any file (no FIFO, within a session's bounds,
        # the larger); a link the user owns is looked at here, and refused
        # by load_session if a session.
        return "schema_version" in read_toml(path, SESSION, links="own")[0]
    except InputError:
        # Let the report importer name the problem precisely.
        return False


#: Characters JSON may carry raw but a terminal would obey: C1 controls,
#: bidi and line controls. They are written as \\uXXXX escapes instead.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _dump_json(data: object) -> str:
    text = json.dumps(data, indent=1, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _write_out(text: str, output: str | None, source: Path | None = None) -> int:
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    return _write_file(Path(output), text.encode("utf-8"), source)


def _write_bytes(data: bytes, output: str | None, source: Path | None = None) -> int:
    """Like `_write_out`, for a file that must keep its exact bytes (the
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
    if "schema_version" in data or "measurements" in data or raw.rstrip().endswith(TRAILER.encode()):
        return t("cli.export.onto_session", file=file)
    return None


# --- non-interactive commands ---------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    path = Path(args.file)
    profile = _profile(args)
    if _is_session_file(path):
        from kompas_tui.storage.session_file import load_session

        session = load_session(path)
        if args.format == "json":
            sys.stdout.write(_dump_json(session.model_dump(mode="json")))
            return EXIT_OK
        from kompas_tui.exporters.report_text import render_text

        lang = args.lang
        head = t(
            "cli.session",
            lang,
            unit=session.unit,
            created=session.created.date().isoformat(),
            count=len(session.measurements),
        )
        summary = summarise(session.report, profile, args.date or session.created.date())
        sys.stdout.write(printable(head + "\n\n" + render_text(summary, lang)))
        return EXIT_OK

    from kompas_tui.importers import load_report

    report = load_report(path)
    summary = summarise(report, profile, args.date or dt.date.today())
    if args.format == "json":
        sys.stdout.write(_dump_json(summary.to_check_json()))
    else:
        from kompas_tui.exporters.report_text import render_text

        sys.stdout.write(printable(render_text(summary, args.lang)))
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from kompas_tui.storage.session_file import load_session

    if args.round is not None and args.format != "md":
        print(t("cli.export.round.needs_md"), file=sys.stderr)
        return EXIT_USAGE
    path = Path(args.session)
    session = load_session(path)
    code = _export(args, path, session)
    if code == EXIT_OK and args.output is not None:
        from kompas_tui.cli_history import export_checkpoint

        export_checkpoint(path)  # an export to a file is a checkpoint (docs/history.md)
    return code


def _export(args: argparse.Namespace, path: Path, session) -> int:
    if args.format == "json":
        return _write_out(_dump_json(session.model_dump(mode="json")), args.output, path)
    lang = args.explicit_lang or session.language
    if args.format == "csv":
        from kompas_tui.exporters.csv_export import session_csv

        return _write_bytes(session_csv(session, _profile(args), lang), args.output, path)
    if args.round is not None:
        count = len(session.rounds)
        if not 1 <= args.round <= count:
            key = "cli.export.round.out_of_range" if count else "cli.export.round.none"
            print(printable(t(key, file=path.name, number=args.round, count=count)), file=sys.stderr)
            return EXIT_USAGE
        from kompas_tui.exporters.rounds_markdown import round_document

        minutes = round_document(session, _profile(args), args.round - 1, lang, source=path.name)
        return _write_out(minutes, args.output, path)
    from kompas_tui.exporters.markdown import session_markdown

    return _write_out(session_markdown(session, _profile(args), lang), args.output, path)


# --- interactive commands -------------------------------------------------


def _has_terminal() -> bool:
    if sys.stdin.isatty() and sys.stdout.isatty():
        return True
    print(t("cli.no_terminal"), file=sys.stderr)
    return False


def _run_app(
    args: argparse.Namespace, profile: OrgProfile, handle=None, warnings=(), open_on: str | None = None
) -> int:
    from kompas_tui.app import KompasApp

    app = KompasApp(
        handle, sessions_dir=args.sessions_dir, profile=profile, lang=args.lang, warnings=list(warnings),
        open_on=open_on,
    )
    try:
        app.run()
    finally:
        if handle is not None:
            handle.close()
    return app.return_code or EXIT_OK


def _folder_warnings(folder: Path) -> list[str]:
    from kompas_tui.storage.folder import ensure_sessions_dir

    return ensure_sessions_dir(folder)


def _start_with(args: argparse.Namespace, report: Report, unit: str | None = None) -> int:
    from kompas_tui.storage.session_file import new_session

    warnings: list[str] = []
    profile = _profile(args, warnings)  # a broken profile is refused before anything is created
    warnings += _folder_warnings(args.sessions_dir)
    try:
        handle = new_session(report, args.sessions_dir, language=args.lang, unit=unit)
    except OSError as error:
        if not error.filename:  # a write that failed (a full disk): say where
            error.filename = str(args.sessions_dir)
        raise
    return _run_app(args, profile, handle, warnings)


def run_start(args: argparse.Namespace) -> int:
    if not _has_terminal():
        return EXIT_USAGE
    warnings: list[str] = []
    profile = _profile(args, warnings)
    return _run_app(args, profile, None, warnings + _folder_warnings(args.sessions_dir))


def run_demo(args: argparse.Namespace) -> int:
    if not _has_terminal():
        return EXIT_USAGE
    from kompas_tui.demo import demo_report

    return _start_with(args, demo_report())


def run_new(args: argparse.Namespace) -> int:
    from kompas_tui.importers import load_report

    report = load_report(Path(args.report))  # bad files are refused even without a terminal
    if not _has_terminal():
        return EXIT_USAGE
    return _start_with(args, report, unit=args.unit)


def run_open(args: argparse.Namespace) -> int:
    from kompas_tui.storage.session_file import open_session

    path = Path(args.session)
    report = None
    if args.measurement is not None:
        from kompas_tui.importers import load_report

        # The new report first: a bad one is refused before the session is touched.
        report = load_report(Path(args.measurement))
    # Read once, under its lock; a bad file is refused even without a terminal.
    handle = open_session(path)
    try:
        if not _has_terminal():
            handle.close()
            return EXIT_USAGE
        warnings: list[str] = []
        profile = _profile(args, warnings)
        warnings += _folder_warnings(path.parent)
        refusal = _add_measurement(handle, report) if report is not None else None
    except BaseException:
        handle.close()
        raise
    if report is None:
        # A read-only handle says by whom on the report screen itself.
        return _run_app(args, profile, handle, warnings)
    if refusal is not None:
        handle.close()
        print(printable(refusal), file=sys.stderr)
        return EXIT_INVALID
    return _run_app(args, profile, handle, warnings, open_on="comparison")


def _add_measurement(handle, report: Report) -> str | None:
    """`kompas open SESSION --measurement REPORT`: the report as a new
    measurement in the open evaluation round (started today if none is
    open), saved before the app starts. Returns why it cannot be done
    (nothing changed), or None."""
    from kompas_tui.domain import evaluation

    session, file = handle.session, handle.path.name
    if handle.read_only:
        # Someone else is writing the session: adding here would be lost or clash.
        reason = handle.read_only_message() or ""
        return reason + "\n" + t("cli.measurement.read_only", file=file)
    if not evaluation.has_plan(session):
        return t("cli.measurement.no_plan", file=file)
    current = evaluation.open_round(session)
    if current is not None and current.measurement is not None:
        earlier = session.measurements[current.measurement] if current.measurement < len(session.measurements) else None
        name = (earlier.measurement or earlier.unit) if earlier is not None else ""
        return t("cli.measurement.has_measurement", file=file, name=name)

    def apply(fields: dict) -> None:
        for name, value in fields.items():
            setattr(session, name, value)  # validated as it is set

    if current is None:
        apply(evaluation.start_round(session, dt.date.today()))
    apply(evaluation.add_measurement(session, report))
    handle.save()
    return None


# --- a folder of sessions (issue 5) ----------------------------------------


def _folder(args: argparse.Namespace) -> Path:
    """DIR, or the sessions folder."""
    return Path(args.folder) if args.folder else args.sessions_dir


def run_overview(args: argparse.Namespace) -> int:
    """With --format: the table on stdout (cli_overview.py); without: the Overblik screen."""
    if args.format:
        from kompas_tui.cli_overview import print_overview

        return print_overview(args, _folder(args))
    if not _has_terminal():
        return EXIT_USAGE
    from kompas_tui.cli_overview import run_overview_app

    return run_overview_app(args, _folder(args))


def run_due(args: argparse.Namespace) -> int:
    from kompas_tui.cli_overview import print_due

    return print_due(args, _folder(args))


def run_review(args: argparse.Namespace) -> int:
    if not _has_terminal():
        return EXIT_USAGE
    from kompas_tui.cli_overview import run_review_app

    return run_review_app(args, _folder(args))


# --- kompas join SESSION.toml (issue 6) ---------------------------------------


def _join_refusal(path: Path) -> str | None:
    """Why this user cannot join `path`, or None. Only the session's folder
    and the file's readability are looked at: the file itself is never
    opened (it is the facilitator's)."""
    import os

    folder = path.parent
    if os.path.isdir(folder) and not os.access(folder, os.X_OK):
        return t("ui_join.cli.unreadable", file=str(path))
    if not os.path.lexists(path) or os.path.isdir(path):
        # A FIFO, device or link is named as such by load_session.
        return t("ui_join.cli.missing", file=str(path))
    if not os.access(path, os.R_OK):
        return t("ui_join.cli.unreadable", file=str(path))
    return None


def run_join(args: argparse.Namespace) -> int:
    """The participant's voting screen: reads and writes only the ballot box."""
    path = Path(args.session)
    refusal = _join_refusal(path)
    if refusal is not None:
        print(printable(refusal), file=sys.stderr)
        return EXIT_INVALID
    from kompas_tui.storage.session_file import load_session

    load_session(path)  # not a kompas session (a typo, a report): its problems, exit 1 — never waits forever
    if not _has_terminal():
        return EXIT_USAGE
    from kompas_tui.join_app import JoinApp

    app = JoinApp(path, lang=args.lang)
    app.run()
    return app.return_code or EXIT_OK
