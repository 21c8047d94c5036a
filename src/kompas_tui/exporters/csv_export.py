"""The action plan as CSV (`kompas export --format csv`, and `e` on the
summary screen): one row per action with every field, its theme and its
goal, headers in the session's language. Made to open cleanly in Danish
Excel and to be entered in Defgo.

Choices:

- **UTF-8 with a BOM.** Excel reads a CSV without one in the Windows code
  page, which garbles æ, ø and å. There is no "sep=;" first line: with it,
  Excel ignores the BOM.
- **';' between fields.** Danish Excel's list separator (its decimal mark is
  the comma), so a double-click opens the file in columns.
- **CRLF line ends** (RFC 4180). A field holding ';', '"' or a line break is
  quoted, with '"' doubled; line breaks inside a field are kept (as LF,
  which Excel shows as a line break in the cell).
- **Dates** are dd-mm-yyyy in Danish, which Danish Excel reads as dates, and
  ISO yyyy-mm-dd in English. Effort, benefit and status are words.
- **Formula injection.** A spreadsheet runs a field that starts with =, +,
  - or @ as a formula (`=HYPERLINK(...)`, `@SUM(...)`), and some also after
  a tab or carriage return. Every field of user text whose first non-blank
  character is one of those gets a leading apostrophe, which spreadsheets
  take as "this is text" (OWASP's advice). The apostrophe may show in the
  cell; a visible apostrophe is the price of never running a formula from a
  name someone typed. Our own values (dates, words) never start with them.
- **Control characters** (an escape sequence in a name) are made visible by
  `text.printable`, as in every other output.
- **The zero-tolerance point answered by a record** (SPEC §2: "a point
  answered by a dated record is still a row of the CSV for Defgo"): after
  the actions on the point, a row for the plan's record (id `zt`) and one
  for each round's own record (`zt-r2` for round 2), with the point as
  theme, the record's text as what, its date under the deadline and the
  status "registreret"/"recorded", so every answer reaches Defgo.
- **Evaluation rounds.** Once the session has a round, four columns follow
  the first eleven (`ROUND_COLUMNS`): the day the action's goal was reached,
  the round that added the action (its number; blank: the workshop), the
  day of the last round that reviewed or changed it, and the note that round
  wrote on it. They come last so a mapping of the workshop's columns keeps
  working, and only with rounds so the workshop's file keeps the shape it
  is entered in Defgo with (docs/exports.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from kompas_tui.domain.dates import format_input
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Action, Goal, ZeroToleranceRecord, theme_label
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.session import Session
from kompas_tui.exporters.summary_data import NO_THEME, RoundHistory, plan_view
from kompas_tui.i18n import t
from kompas_tui.text import printable

#: The columns, in order; their headers are `export.col.<name>`.
COLUMNS = (
    "id",
    "theme",
    "goal",
    "what",
    "owner",
    "deadline",
    "follow_up",
    "first_step",
    "effort",
    "benefit",
    "status",
)
#: Added after `COLUMNS` when the session has evaluation rounds.
ROUND_COLUMNS = ("goal_reached", "added_in_round", "last_round", "last_round_note")
#: A field starting with one of these is taken for a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@")
BOM = "\ufeff"


def guard_formula(value: str) -> str:
    """`value` with a leading apostrophe when a spreadsheet would run it:
    its first non-blank character starts a formula, or it starts with a tab
    or carriage return."""
    if value.startswith(("\t", "\r")) or value.lstrip().startswith(FORMULA_START):
        return "'" + value
    return value


def cell_text(value: str) -> str:
    """User text for a field: line breaks kept (as LF), other control
    characters made visible, formulas defused."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return guard_formula(printable(value))


def _row(action: Action, theme: str, goal: str, lang: str) -> list[str]:
    level = lambda value: t(f"plan.level.{value}", lang) if value else ""  # noqa: E731
    return [
        cell_text(action.id),
        cell_text(theme_label(theme, lang) if theme != NO_THEME else ""),
        cell_text(goal),
        cell_text(action.what),
        cell_text(action.owner),
        _date(action.deadline, lang),
        cell_text(action.follow_up),
        cell_text(action.first_step),
        level(action.effort),
        level(action.benefit),
        t(f"plan.status.{action.status}", lang),
    ]


def _date(value: dt.date | None, lang: str) -> str:
    return format_input(value, lang) if value is not None else ""


def _round_cells(history: RoundHistory, action: Action, goal: Goal | None, lang: str) -> list[str]:
    added = history.round_adding(action.id)
    last = history.last_round_touching(action.id)
    review = history.review(last, action.id) if last is not None else None
    return [
        _date(goal.reached if goal is not None else None, lang),
        str(added + 1) if added is not None else "",
        _date(history.session.rounds[last].opened, lang) if last is not None else "",
        cell_text(review.note) if review is not None else "",
    ]


def _record_row(record_id: str, record: ZeroToleranceRecord, lang: str) -> list[str]:
    """A row for a zero-tolerance record: what is its text, the deadline
    column its date (see the module)."""
    row = [""] * len(COLUMNS)
    row[COLUMNS.index("id")] = record_id
    row[COLUMNS.index("theme")] = cell_text(theme_label(ZERO_TOLERANCE_THEME, lang))
    row[COLUMNS.index("what")] = cell_text(record.text)
    row[COLUMNS.index("deadline")] = _date(record.recorded, lang)
    row[COLUMNS.index("status")] = t("export.zero_tolerance.recorded", lang)
    return row


def _record_rows(session: Session, lang: str) -> list[list[str]]:
    """The plan's zero-tolerance record and each round's, when written."""
    rows = []
    if session.plan.zero_tolerance.text.strip():
        row = _record_row("zt", session.plan.zero_tolerance, lang)
        rows.append(row + ["", "", "", ""] if session.rounds else row)
    for index, round_ in enumerate(session.rounds):
        if round_.zero_tolerance is not None and round_.zero_tolerance.text.strip():
            number = str(index + 1)
            row = _record_row(f"zt-r{number}", round_.zero_tolerance, lang)
            rows.append(row + ["", number, _date(round_.opened, lang), ""])
    return rows


def csv_rows(session: Session, profile: OrgProfile, lang: str) -> list[list[str]]:
    """The header and one row per action, and per zero-tolerance record,
    as the CSV holds them."""
    view = plan_view(session, profile)
    columns = COLUMNS + ROUND_COLUMNS if session.rounds else COLUMNS
    rows = [[t(f"export.col.{column}", lang) for column in columns]]
    history = RoundHistory(session) if session.rounds else None
    records = _record_rows(session, lang)
    for theme, actions in view.action_groups():
        if theme == NO_THEME:  # the records come with the point, before these
            rows += records
            records = []
        goal = view.goal_for(theme)
        target = goal.target if goal is not None else ""
        for action in actions:
            row = _row(action, theme, target, lang)
            if history is not None:
                row += _round_cells(history, action, goal, lang)
            rows.append(row)
    return rows + records


def session_csv(session: Session, profile: OrgProfile, lang: str) -> bytes:
    """The CSV file's bytes: UTF-8 with BOM, ';', CRLF (see the module)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(csv_rows(session, profile, lang))
    return (BOM + out.getvalue()).encode("utf-8")
