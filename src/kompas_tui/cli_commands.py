"""The commands on one session or report: `kompas` (the start screen),
`demo`, `new`, `open`, `check`, `export` and `join`. `cli.py` parses; these
functions act (the folder commands are in `cli_overview.py`, the history's
in `cli_history.py`; what they share in `cli_shared.py`).

Each returns the exit code. Readers raise `InputError`, which `cli.main`
turns into one line per problem and exit code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kompas_tui.cli_shared import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    dump_json,
    has_terminal,
    holds_session,
    org_profile,
    run_app,
    warn,
    write_bytes,
    write_out,
)
from kompas_tui.domain.report import Report
from kompas_tui.domain.scoring import summarise
from kompas_tui.i18n import t
from kompas_tui.text import printable


def _is_session_file(path: Path) -> bool:
    if path.suffix.lower() != ".toml":
        return False
    from kompas_tui.errors import InputError
    from kompas_tui.safe_read import SESSION, read_toml

    try:
        # Read as safely as any file (no FIFO, within a session's bounds,
        # the larger); a link the user owns is looked at here, and refused
        # by load_session if a session. A session without its
        # schema_version is still one: load_session says what is missing.
        return holds_session(read_toml(path, SESSION, links="own")[0])
    except InputError:
        # Let the report importer name the problem precisely.
        return False



# --- non-interactive commands ---------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    path = Path(args.file)
    profile = org_profile(args)
    if _is_session_file(path):
        from kompas_tui.storage.session_file import load_session

        session = load_session(path)
        if args.format == "json":
            sys.stdout.write(dump_json(session.model_dump(mode="json")))
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
        sys.stdout.write(dump_json(summary.to_check_json()))
    else:
        from kompas_tui.exporters.report_text import render_text

        sys.stdout.write(printable(render_text(summary, args.lang)))
    return EXIT_OK


#: The formats of the minutes (the others are tables and data).
MINUTES_FORMATS = ("md", "html")


def run_export(args: argparse.Namespace) -> int:
    from kompas_tui.storage.session_file import load_session

    if args.round is not None and args.format not in MINUTES_FORMATS:
        print(t("cli.export.round.needs_minutes"), file=sys.stderr)
        return EXIT_USAGE
    path = Path(args.session)
    session = load_session(path)
    code = _export(args, path, session)
    if code == EXIT_OK and args.output is not None:
        export_checkpoint(path)  # an export to a file is a checkpoint (docs/history.md)
    return code


def export_checkpoint(path: Path) -> None:
    """The session an export was made from, kept in the folder's history,
    unless someone has it open (their own checkpoint keeps it, under their
    name). A failure is one line on stderr; the export stands."""
    from kompas_tui.storage.git import find_repo

    if find_repo(path) is None:
        return  # no history: not even a lock taken for a moment
    from kompas_tui.storage.history import HistoryError, checkpoint
    from kompas_tui.storage.sync import locked_for_a_moment

    try:
        with locked_for_a_moment(path) as held:
            if held:
                checkpoint(path, "export")
    except HistoryError as error:
        warn([t("history.checkpoint_failed", reason=error.reason)])


def _export(args: argparse.Namespace, path: Path, session) -> int:
    if args.format == "json":
        return write_out(dump_json(session.model_dump(mode="json")), args.output, path)
    lang = args.explicit_lang or session.language
    if args.format == "csv":
        from kompas_tui.exporters.csv_export import session_csv

        return write_bytes(session_csv(session, org_profile(args), lang), args.output, path)
    if args.round is not None:
        count = len(session.rounds)
        if not 1 <= args.round <= count:
            key = "cli.export.round.out_of_range" if count else "cli.export.round.none"
            print(printable(t(key, file=path.name, number=args.round, count=count)), file=sys.stderr)
            return EXIT_USAGE
        from kompas_tui.exporters.rounds_markdown import round_document

        minutes = round_document(session, org_profile(args), args.round - 1, lang, source=path.name)
    else:
        from kompas_tui.exporters.markdown import session_markdown

        minutes = session_markdown(session, org_profile(args), lang)
    if args.format == "html":
        from kompas_tui.exporters.html_minutes import minutes_html

        minutes = minutes_html(minutes, lang)
    return write_out(minutes, args.output, path)


# --- interactive commands -------------------------------------------------


def _folder_warnings(folder: Path) -> list[str]:
    from kompas_tui.storage.folder import ensure_sessions_dir

    return ensure_sessions_dir(folder)


def _start_with(args: argparse.Namespace, report: Report, unit: str | None = None) -> int:
    from kompas_tui.storage.session_file import new_session

    warnings: list[str] = []
    profile = org_profile(args, warnings)  # a broken profile is refused before anything is created
    warnings += _folder_warnings(args.sessions_dir)
    try:
        handle = new_session(report, args.sessions_dir, language=args.lang, unit=unit)
    except OSError as error:
        if not error.filename:  # a write that failed (a full disk): say where
            error.filename = str(args.sessions_dir)
        raise
    return run_app(args, profile, handle, warnings)


def run_start(args: argparse.Namespace) -> int:
    if not has_terminal():
        return EXIT_USAGE
    warnings: list[str] = []
    profile = org_profile(args, warnings)
    return run_app(args, profile, None, warnings + _folder_warnings(args.sessions_dir))


def run_demo(args: argparse.Namespace) -> int:
    if not has_terminal():
        return EXIT_USAGE
    from kompas_tui.demo import demo_report

    return _start_with(args, demo_report())


def run_new(args: argparse.Namespace) -> int:
    from kompas_tui.importers import load_report

    report = load_report(Path(args.report))  # bad files are refused even without a terminal
    if not has_terminal():
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
        if not has_terminal():
            handle.close()
            return EXIT_USAGE
        warnings: list[str] = []
        profile = org_profile(args, warnings)
        warnings += _folder_warnings(path.parent)
        refusal = _add_measurement(handle, report) if report is not None else None
    except BaseException:
        handle.close()
        raise
    if report is None:
        # A read-only handle says by whom on the report screen itself.
        return run_app(args, profile, handle, warnings)
    if refusal is not None:
        handle.close()
        print(printable(refusal), file=sys.stderr)
        return EXIT_INVALID
    return run_app(args, profile, handle, warnings, open_on="comparison")


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

    from kompas_tui.domain.session import with_changes

    # All or nothing, as the session store changes a session: the handle
    # takes the changed copy only when every change took, and gets the
    # session back when the save fails (the file is written atomically).
    changed = session
    if current is None:
        changed = with_changes(changed, evaluation.start_round(changed, dt.date.today()))
    changed = with_changes(changed, evaluation.add_measurement(changed, report))
    handle.session = changed
    try:
        handle.save()
    except BaseException:
        handle.session = session
        raise
    return None


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
    if not has_terminal():
        return EXIT_USAGE
    from kompas_tui.join_app import JoinApp

    app = JoinApp(path, lang=args.lang)
    app.run()
    return app.return_code or EXIT_OK
