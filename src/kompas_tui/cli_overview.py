"""The commands on a folder of sessions (issue 5): `kompas overview`
(`--format csv|json`: the table on stdout; without: the Overblik screen),
`kompas due` and `kompas review` (the Gennemsyn screen). Each `run_*`
returns the exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kompas_tui.cli_shared import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    dump_json,
    folder_of,
    has_terminal,
    org_profile,
    run_app,
    warn,
    write_bytes,
    write_out,
)

if TYPE_CHECKING:
    from kompas_tui.domain.overview import Counted, OpenAction, UnitStatus
    from kompas_tui.storage.folder_scan import FolderScan


# --- kompas overview --format csv|json -------------------------------------
#
# The same table as the Overblik screen, one row per session file
# (docs/overview.md, "kompas overview --format"). Problems go into the JSON;
# with CSV they are warnings on stderr (one line each).

#: The CSV's columns and the JSON's unit keys, in order; CSV headers are
#: `cli_overview.col.<name>`.
COLUMNS = (
    "unit",
    "file",
    "measurement",
    "colour",
    "track",
    "remeasure",
    "plan_complete",
    "missing",
    "actions_done",
    "actions_total",
    "next_follow_up",
    "overdue",
    "zero_tolerance",
    "zero_tolerance_answered",
    "rounds",
    "last_round",
    "holder",
    "latest",
    "follow_up_by",
    "follow_up_overdue",
    "remeasure_overdue",
    "sessions",
)
_COLOURS = ("green", "yellow", "red")
_TRACKS = ("local", "department_head", "department_head_and_hr")


def _folder_missing(folder: Path) -> bool:
    """True (with a message naming it on stderr) when `folder` is no folder."""
    import sys

    from kompas_tui.i18n import t
    from kompas_tui.text import printable

    if folder.is_dir():
        return False
    key = "cli_overview.not_a_folder" if folder.exists() else "cli_overview.no_folder"
    print(printable(t(key, folder=str(folder))), file=sys.stderr)
    return True


def _relative(path: str, folder: Path) -> str:
    try:
        return Path(path).relative_to(folder).as_posix()
    except ValueError:
        return path


def _warn_problems(scan: FolderScan, folder: Path) -> None:
    import sys

    from kompas_tui.i18n import t
    from kompas_tui.text import safe_text

    for problem in scan.problems:
        line = t("cli_overview.warning", file=_relative(problem.path, folder), reason=problem.reason)
        print(safe_text(line), file=sys.stderr)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _counted(scan: FolderScan, folder: Path) -> dict[str, Counted]:
    """Which session counts for each unit (SPEC §2: the latest
    measurement's; of one measurement's, the one with the most entered),
    as the Overblik screen and Gennemsyn count them
    (`domain.overview.counted_sessions`)."""
    from kompas_tui.domain.overview import counted_sessions, folder_unit

    return counted_sessions(scan.units, lambda unit: folder_unit(unit, str(folder)))


def overview_data(scan: FolderScan, folder: Path, today: dt.date) -> dict[str, Any]:
    """What `--format json` prints (documented in docs/overview.md). Every
    session file is a unit entry; totals and the January list count only
    the session that counts for each unit (`latest`), as the screen does."""
    from collections import Counter

    counted = _counted(scan, folder)
    latest = {path for path, entry in counted.items() if entry.counts(path)}
    units = []
    for unit in scan.units:
        units.append(
            {
                "unit": unit.unit,
                "file": _relative(unit.path, folder),
                "measurement": unit.measurement,
                "colour": unit.colour,
                "track": unit.track,
                "remeasure": unit.remeasure,
                "plan_complete": unit.plan_complete,
                "missing": unit.missing,
                "actions_done": unit.actions_done,
                "actions_total": unit.actions_total,
                "next_follow_up": _iso(unit.next_follow_up),
                "overdue": len(unit.overdue(today)),
                "zero_tolerance": unit.zero_tolerance,
                "zero_tolerance_answered": unit.zero_tolerance_answered,
                "rounds": unit.rounds,
                "last_round": _iso(unit.last_round),
                "holder": unit.holder,
                "latest": unit.path in latest,
                "sessions": counted[unit.path].sessions,
                "follow_up_by": unit.follow_up_by,
                "follow_up_overdue": unit.follow_up_overdue(today),
                "remeasure_overdue": unit.remeasure_overdue(today),
                "overall": unit.overall,
                "created": _iso(unit.created),
                "updated": unit.updated.isoformat(),
                "round_open": unit.round_open,
                "open_actions": [
                    {
                        "id": a.id,
                        "what": a.what,
                        "owner": a.owner,
                        "follow_up": a.follow_up,
                        "deadline": _iso(a.deadline),
                        "theme": a.theme,
                    }
                    for a in unit.open_actions
                ],
            }
        )
    counted = [u for u in scan.units if u.path in latest]
    colours = Counter(u.colour for u in counted)
    tracks = Counter(u.track for u in counted)
    january = sorted(
        (u for u in units if u["latest"] and u["remeasure"] is not None),
        key=lambda u: (u["unit"].casefold(), u["file"]),
    )
    return {
        "folder": str(folder),
        "date": today.isoformat(),
        "units": units,
        "problems": [{"path": _relative(p.path, folder), "reason": p.reason} for p in scan.problems],
        "totals": {
            "units": len(counted),
            "files": len(units),
            "colour": {**{c: colours[c] for c in _COLOURS}, "none": colours[None]},
            "track": {k: tracks[k] for k in _TRACKS},
        },
        "remeasure": [{"unit": u["unit"], "file": u["file"], "remeasure": u["remeasure"]} for u in january],
    }


def overview_csv(data: dict[str, Any], lang: str) -> bytes:
    """The units as CSV for Danish Excel, as `kompas export --format csv`
    writes (exporters/csv_export.py): BOM, ';', CRLF, formulas defused,
    headers and words in `lang`."""
    import csv
    import io

    from kompas_tui.domain.dates import format_input
    from kompas_tui.exporters.csv_export import BOM, cell_text
    from kompas_tui.i18n import t

    def date(value: str | None) -> str:
        return format_input(dt.date.fromisoformat(value), lang) if value else ""

    def yes_no(value: bool) -> str:
        return t("cli_overview.yes" if value else "cli_overview.no", lang)

    rows = [[t(f"cli_overview.col.{name}", lang) for name in COLUMNS]]
    for unit in data["units"]:
        rows.append(
            [
                cell_text(unit["unit"]),
                cell_text(unit["file"]),
                cell_text(unit["measurement"]),
                t(f"domain.colour.{unit['colour'] or 'none'}", lang),
                t(f"domain.track.short.{unit['track']}", lang),
                unit["remeasure"] or "",
                yes_no(unit["plan_complete"]),
                str(unit["missing"]),
                str(unit["actions_done"]),
                str(unit["actions_total"]),
                date(unit["next_follow_up"]),
                str(unit["overdue"]),
                yes_no(unit["zero_tolerance"]),
                yes_no(unit["zero_tolerance_answered"]) if unit["zero_tolerance"] else "",
                str(unit["rounds"]),
                date(unit["last_round"]),
                cell_text(unit["holder"] or ""),
                yes_no(unit["latest"]),
                cell_text(unit["follow_up_by"]),
                yes_no(unit["follow_up_overdue"]),
                yes_no(unit["remeasure_overdue"]),
                str(unit["sessions"]),
            ]
        )
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return (BOM + out.getvalue()).encode("utf-8")


def print_overview(args: argparse.Namespace, folder: Path) -> int:
    """The overview table on stdout as CSV or JSON. Exit 0; 1 when the
    folder is not there. The profile is --profile, else the folder's own
    kompas.toml, else the defaults."""
    from kompas_tui.storage.folder_scan import scan_folder
    from kompas_tui.storage.profile import read_profile

    folder = Path(folder)
    if _folder_missing(folder):
        return EXIT_INVALID
    profile, warnings = read_profile(args.profile, folder)
    warn(warnings)
    scan = scan_folder(folder, profile)
    today = getattr(args, "date", None) or dt.date.today()
    data = overview_data(scan, folder, today)
    if args.format == "json":
        write_out(dump_json(data), None)
        return EXIT_OK
    _warn_problems(scan, folder)
    write_bytes(overview_csv(data, args.lang), None)
    return EXIT_OK


# --- kompas due -------------------------------------------------------------


#: Plain text fits this many columns; longer lines wrap with a hanging indent.
WIDTH = 80


def wrap(text: str, indent: str, hanging: str, width: int = WIDTH) -> list[str]:
    """`text` in lines of at most `width` terminal cells (wide characters
    count two), the first after `indent`, the rest after `hanging`; a word
    longer than a line is cut, except a session file's path (it ends in
    `.toml]`), which gets a line of its own, whole, even if longer: cut, it
    could not be found with grep or pasted into `kompas open`."""
    from rich.cells import cell_len, chop_cells

    lines: list[str] = []
    line, room = indent, width - cell_len(indent)
    fresh = True  # nothing on the line yet but its indent
    for word in text.split(" "):
        size = cell_len(word)
        if not fresh and size + 1 <= room:
            line, room = f"{line} {word}", room - size - 1
            continue
        if not fresh:
            lines.append(line)
            line, room = hanging, width - cell_len(hanging)
        while size > room and not word.endswith(".toml]"):
            head, *_rest = chop_cells(word, room)
            lines.append(line + head)
            word = word[len(head) :]
            size = cell_len(word)
            line, room = hanging, width - cell_len(hanging)
        line, room, fresh = line + word, room - size, False
    lines.append(line)
    return [item.rstrip().replace(_NBSP, " ") for item in lines]


#: Holds a date's words together on one line while wrapping.
_NBSP = "\u00a0"


def _date_text(value: dt.date, lang: str) -> str:
    from kompas_tui.domain.dates import format_date

    return format_date(value, lang).replace(" ", _NBSP)


def _days_text(deadline: dt.date, today: dt.date, lang: str) -> str:
    from kompas_tui.domain.message import plural
    from kompas_tui.i18n import t

    days = (deadline - today).days
    if days < 0:
        return plural("cli_overview.due.over", -days, lang)
    if days == 0:
        return t("cli_overview.due.today", lang)
    return plural("cli_overview.due.left", days, lang)


def _by_unit(items: list[tuple[UnitStatus, Any]]) -> dict[str, list[tuple[UnitStatus, Any]]]:
    """Grouped by unit name (alphabetically), in the order given within one."""
    units: dict[tuple[str, str], list[tuple[UnitStatus, Any]]] = {}
    for item in sorted(items, key=lambda i: (i[0].unit.casefold(), i[0].unit)):
        units.setdefault((item[0].unit.casefold(), item[0].unit), []).append(item)
    return {name: unit_items for (_fold, name), unit_items in units.items()}


def _due_section(
    items: list[tuple[UnitStatus, OpenAction]], folder: Path, today: dt.date, lang: str
) -> list[str]:
    """Grouped by unit, then owner (no owner last), earliest deadline first;
    each action names its follow-up person."""
    from kompas_tui.i18n import t
    from kompas_tui.text import safe_text

    def owner_key(item: tuple[UnitStatus, OpenAction]) -> tuple[bool, str, str]:
        owner = item[1].owner.strip()
        return (not owner, owner.casefold(), owner)

    lines: list[str] = []
    for name, unit_items in _by_unit(items).items():
        lines += wrap(safe_text(name.strip() or t("cli_overview.due.no_unit", lang)), "  ", "    ")
        owners: dict[tuple[bool, str, str], list[tuple[UnitStatus, OpenAction]]] = {}
        for item in sorted(unit_items, key=owner_key):
            owners.setdefault(owner_key(item), []).append(item)
        for (none, _fold_owner, owner), owner_items in owners.items():
            label = t("cli_overview.due.no_owner", lang) if none else owner
            lines += wrap(safe_text(label), "    ", "      ")
            owner_items.sort(key=lambda i: (i[1].deadline or today, i[1].id, i[0].path))
            for status, action in owner_items:
                deadline = action.deadline or today  # overdue and due-soon ones all have one
                follow_up = action.follow_up.strip()
                text = t(
                    "cli_overview.due.line",
                    lang,
                    deadline=_date_text(deadline, lang),
                    days=_days_text(deadline, today, lang),
                    what=action.what.strip() or t("cli_overview.due.no_what", lang),
                    follow_up=(
                        t("cli_overview.due.follow_up", lang, name=follow_up) if follow_up
                        else t("cli_overview.due.no_follow_up", lang)
                    ),
                    id=action.id,
                    file=_relative(status.path, folder),
                )
                lines += wrap(safe_text(text), "      ", "          ")
    return lines


def _plans_section(units: list[UnitStatus], folder: Path, today: dt.date, lang: str) -> list[str]:
    """Plans whose next follow-up date has passed, by unit, with who
    follows them up."""
    from kompas_tui.i18n import t
    from kompas_tui.text import safe_text

    lines: list[str] = []
    for name, unit_items in _by_unit([(unit, None) for unit in units]).items():
        lines += wrap(safe_text(name.strip() or t("cli_overview.due.no_unit", lang)), "  ", "    ")
        for status, _ in unit_items:
            date = status.next_follow_up or today
            who = status.follow_up_by.strip()
            text = t(
                "cli_overview.due.plan_line",
                lang,
                date=_date_text(date, lang),
                days=_days_text(date, today, lang),
                who=t("cli_overview.due.plan_by", lang, name=who) if who else t("cli_overview.due.plan_nobody", lang),
                file=_relative(status.path, folder),
            )
            lines += wrap(safe_text(text), "    ", "        ")
    return lines


def due_text(scan: FolderScan, folder: Path, today: dt.date, days: int, lang: str) -> tuple[str, bool]:
    """The report and whether anything is overdue (an action, or a plan's
    next follow-up date). Only the session that counts for each unit does,
    as in the overview: an earlier year's plan is history, followed up in
    the plan that came after it, and an empty session never hides a plan."""
    from kompas_tui.domain.message import plural
    from kompas_tui.domain.plan import due_by
    from kompas_tui.i18n import t

    counted = _counted(scan, folder)
    current = [u for u in scan.units if counted[u.path].counts(u.path)]
    plans = [u for u in current if u.follow_up_overdue(today)]
    overdue = [(u, a) for u in current for a in u.overdue(today)]
    soon = [(u, a) for u in current for a in u.due_within(today, days)]
    last = due_by(today, days) or today  # `kompas due` refuses negative days
    span = {
        "today": _date_text(today, lang),
        "last": _date_text(last, lang),
        "span": plural("cli_overview.due.span", days, lang),
    }
    if not plans and not overdue and not soon:
        return "\n".join(wrap(t("cli_overview.due.nothing", lang, **span), "", "  ")) + "\n", False
    lines = wrap(t("cli_overview.due.header", lang, **span), "", "  ")
    if plans:
        lines += ["", *wrap(t("cli_overview.due.plans", lang, count=len(plans)), "", "  ")]
        lines += _plans_section(plans, folder, today, lang)
    if overdue:
        lines += ["", *wrap(t("cli_overview.due.overdue", lang, count=len(overdue)), "", "  ")]
        lines += _due_section(overdue, folder, today, lang)
    if soon:
        lines += ["", *wrap(t("cli_overview.due.soon", lang, count=len(soon), **span), "", "  ")]
        lines += _due_section(soon, folder, today, lang)
    return "\n".join(lines) + "\n", bool(overdue or plans)


def print_due(args: argparse.Namespace, folder: Path) -> int:
    """Plans whose follow-up date has passed, overdue and due-soon actions
    as plain text (docs/overview.md, "kompas due"). Exit 0 when nothing is
    overdue, 1 when something is or the folder is not there. Problems in the folder are warnings on stderr and
    do not change the exit code. The profile plays no part in deadlines, so
    none is read (a broken kompas.toml never silences the reminders)."""
    import sys

    from kompas_tui.domain.profile import DEFAULT_PROFILE
    from kompas_tui.storage.folder_scan import scan_folder

    folder = Path(folder)
    if _folder_missing(folder):
        return EXIT_INVALID
    scan = scan_folder(folder, DEFAULT_PROFILE)
    today = getattr(args, "date", None) or dt.date.today()
    text, overdue = due_text(scan, folder, today, args.days, args.lang)
    _warn_problems(scan, folder)
    sys.stdout.write(text)
    sys.stdout.flush()
    return EXIT_INVALID if overdue else EXIT_OK


# --- the commands --------------------------------------------------------------


def run_overview(args: argparse.Namespace) -> int:
    """With --format: the table on stdout; without: the Overblik screen on
    the folder (read-only: nothing is locked or saved), `--date` the day
    overdue is counted from."""
    if args.format:
        return print_overview(args, folder_of(args))
    if not has_terminal():
        return EXIT_USAGE
    warnings: list[str] = []
    profile = org_profile(args, warnings)
    return run_app(
        args, profile, None, warnings, sessions_dir=folder_of(args), today=args.date, start_on="overview"
    )


def run_due(args: argparse.Namespace) -> int:
    return print_due(args, folder_of(args))


def run_review(args: argparse.Namespace) -> int:
    """The Gennemsyn screen on the folder (read-only: nothing is locked or saved)."""
    if not has_terminal():
        return EXIT_USAGE
    warnings: list[str] = []
    profile = org_profile(args, warnings)
    return run_app(args, profile, None, warnings, sessions_dir=folder_of(args), start_on="review")
