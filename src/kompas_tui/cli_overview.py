"""A folder of sessions from the command line (issue 5): `kompas overview
DIR --format csv|json` (`print_overview`), `kompas due` (`print_due`), and
the Overblik and Gennemsyn screens (`run_overview_app`, `run_review_app`).
Each returns the exit code.
"""

from __future__ import annotations

import argparse
from pathlib import Path


# --- kompas overview --format csv|json -------------------------------------


def print_overview(args: argparse.Namespace, folder: Path) -> int:
    """The overview table on stdout as CSV or JSON."""
    raise NotImplementedError


# --- kompas due -------------------------------------------------------------


def print_due(args: argparse.Namespace, folder: Path) -> int:
    """Overdue and due-soon actions as plain text."""
    raise NotImplementedError


# --- kompas overview [DIR] --------------------------------------------------


def run_overview_app(args: argparse.Namespace, folder: Path) -> int:
    """The Overblik screen on `folder` (read-only: nothing is locked or
    saved); `--date` is the day overdue is counted from."""
    from kompas_tui.app import KompasApp
    from kompas_tui.cli_commands import _profile

    app = KompasApp(
        None, sessions_dir=Path(folder or args.sessions_dir), profile=_profile(args), lang=args.lang,
        today=getattr(args, "date", None), start_on="overview",
    )
    app.run()
    return app.return_code or 0


# --- kompas review [DIR] ----------------------------------------------------


def run_review_app(args: argparse.Namespace, folder: Path) -> int:
    """The Gennemsyn screen on `folder` (read-only: nothing is locked or saved)."""
    from kompas_tui.app import KompasApp
    from kompas_tui.cli_commands import _profile

    app = KompasApp(
        None, sessions_dir=Path(folder or args.sessions_dir), profile=_profile(args), lang=args.lang,
        start_on="review",
    )
    app.run()
    return app.return_code or 0
