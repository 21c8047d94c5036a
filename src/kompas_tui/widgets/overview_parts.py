"""The Overblik screen's pieces that are not widgets: which units a view
shows, their order, the totals and each table cell, as plain text or
`Content`/`Text` (user text through `safe_text`, never markup).

Colour is never the only signal: the colour chip carries its word, the
plan says "nej (3)", zero tolerance says "IKKE BESVARET", overdue actions
are counted in words, and the active view is named and bracketed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content

from kompas_tui.domain.dates import format_date, month_short
from kompas_tui.domain.message import plural
from kompas_tui.domain.overview import UnitStatus, counted_sessions, folder_unit
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import CHIP_STYLES

#: The views, in the order of their keys on the screen.
VIEWS = ("all", "january", "incomplete", "overdue", "unanswered")
VIEW_KEYS = {"all": "a", "january": "j", "incomplete": "u", "overdue": "o", "unanswered": "n"}
SORTS = ("unit", "colour", "overdue", "january")
COLOURS = ("green", "yellow", "red", None)
TRACKS = ("local", "department_head", "department_head_and_hr")

_COLOUR_RANK = {"red": 0, "yellow": 1, "green": 2, None: 3}


@dataclass(frozen=True)
class Row:
    """One unit as the screen shows it: the status and what is worked out
    from it once (the day is fixed while the screen is open)."""

    status: UnitStatus
    folder: str  # the subfolder under the scanned folder, "" at the top
    overdue: int
    #: The session that counts for the unit (SPEC §2: the latest
    #: measurement's, of one measurement's the most entered); the others are
    #: history or a stray copy.
    latest: bool = True
    #: How many sessions the unit has in its folder.
    sessions: int = 1
    #: The plan's next follow-up date has passed.
    follow_up_overdue: bool = False
    #: The January re-measurement was due and is missing.
    remeasure_overdue: bool = False

    @property
    def on_january_list(self) -> bool:
        return self.status.remeasure is not None

    @property
    def zero_unanswered(self) -> bool:
        return self.status.zero_tolerance and not self.status.zero_tolerance_answered


def rows(units: Iterable[UnitStatus], folder: Path | str, today: dt.date) -> list[Row]:
    """One row per session file; of several sessions of one unit (same
    name, same folder) only the one that counts is `latest`
    (`domain.overview.counted_sessions`)."""
    top = Path(folder)
    units = list(units)
    counted = counted_sessions(units, lambda unit: folder_unit(unit, str(top)))
    result = []
    for unit in units:
        try:
            parent = Path(unit.path).parent.relative_to(top).as_posix()
        except ValueError:
            parent = ""
        entry = counted[unit.path]
        result.append(
            Row(
                unit,
                "" if parent == "." else parent,
                len(unit.overdue(today)),
                latest=entry.counts(unit.path),
                sessions=entry.sessions,
                follow_up_overdue=unit.follow_up_overdue(today),
                remeasure_overdue=unit.remeasure_overdue(today),
            )
        )
    return result


def current(all_rows: Sequence[Row], history: bool) -> list[Row]:
    """The rows the screen counts: each unit's latest session, or every
    session with `history`."""
    return list(all_rows) if history else [r for r in all_rows if r.latest]


def in_view(row: Row, view: str) -> bool:
    if view == "january":
        return row.on_january_list
    if view == "incomplete":
        return not row.status.plan_complete
    if view == "overdue":
        return row.overdue > 0 or row.follow_up_overdue
    if view == "unanswered":
        return row.zero_unanswered
    return True


def matches(row: Row, search: str) -> bool:
    """Case-insensitive, in the unit name or its subfolder."""
    needle = search.strip().casefold()
    return not needle or needle in row.status.unit.casefold() or needle in row.folder.casefold()


def _unit_key(row: Row) -> tuple[str, str, str]:
    return (row.status.unit.casefold(), row.folder.casefold(), row.status.path)


def ordered(rows_: Iterable[Row], sort: str) -> list[Row]:
    by_unit = sorted(rows_, key=_unit_key)
    if sort == "colour":
        return sorted(by_unit, key=lambda r: _COLOUR_RANK[r.status.colour])
    if sort == "overdue":
        return sorted(by_unit, key=lambda r: (-r.overdue, not r.follow_up_overdue))
    if sort == "january":
        return sorted(by_unit, key=lambda r: (not r.on_january_list, r.status.remeasure or ""))
    return by_unit


def select(all_rows: Sequence[Row], view: str, search: str, sort: str) -> list[Row]:
    return ordered((r for r in all_rows if in_view(r, view) and matches(r, search)), sort)


def view_counts(all_rows: Sequence[Row]) -> dict[str, int]:
    return {view: sum(1 for r in all_rows if in_view(r, view)) for view in VIEWS}


# -- texts ----------------------------------------------------------------------


def units_text(count: int) -> str:
    return plural("ui_overview.units", count)


def colour_name(colour: str | None) -> str:
    return t(f"domain.colour.{colour}") if colour else t("ui_overview.colour.unknown")


Item = tuple[str, str]  # text, style


def flow(head: str, items: Sequence[Item], width: int, gap: str = "  ") -> Content:
    """`head` in bold, then the items separated by `gap`; lines break
    between items, never inside one, and go on under the first item."""
    parts: list[str | tuple[str, str]] = [(head, "bold")]
    indent = cell_len(head)
    used = indent
    for index, (text, style) in enumerate(items):
        if index and used + cell_len(gap) + cell_len(text) > width:
            parts.append("\n" + " " * indent)
            used = indent
        elif index:
            parts.append(gap)
            used += cell_len(gap)
        parts.append((text, style))
        used += cell_len(text)
    return Content.assemble(*parts)


def colour_totals(all_rows: Sequence[Row], width: int = 78) -> Content:
    """"12 enheder: grøn 4 · gul 3 · rød 4 · ukendt 1" (each colour's word
    and count as its chip)."""
    counts = Counter(r.status.colour for r in all_rows)
    items = []
    for colour in COLOURS:
        label = f"{colour_name(colour)} {counts.get(colour, 0)}"
        items.append((f" {label} ", CHIP_STYLES[colour]) if colour else (label, ""))
    return flow(f"{units_text(len(all_rows))}: ", items, width)


def track_totals(all_rows: Sequence[Row], width: int = 78) -> Content:
    counts = Counter(r.status.track for r in all_rows)
    items = [(f"{t(f'ui_overview.track.{track}')} {counts.get(track, 0)}", "") for track in TRACKS]
    return flow(f"{t('ui_overview.tracks')}: ", items, width, gap=" · ")


def views_line(counts: dict[str, int], active: str, width: int = 78) -> Content:
    """Each view with its key and count; the active one bracketed and
    reversed, so it shows without colour too."""
    items = []
    for view in VIEWS:
        label = f"{VIEW_KEYS[view]} {t(f'ui_overview.view_short.{view}')} {counts[view]}"
        items.append((f"[{label}]", "bold reverse") if view == active else (f" {label} ", ""))
    return flow(f"{t('ui_overview.views')}: ", items, width, gap=" ")


def showing_line(shown: int, total: int, view: str, search: str, sort: str, older: int = 0) -> str:
    wanted = []
    if view != "all":
        wanted.append(t(f"ui_overview.view.{view}"))
    if search.strip():
        wanted.append(t("ui_overview.search_for", text=safe_text(search.strip())))
    if wanted:
        head = t("ui_overview.showing.some", shown=shown, count=total, view=", ".join(wanted))
    else:
        head = t("ui_overview.showing.all", count=total)
    line = f"{head}  ·  {t('ui_overview.sorted', order=t(f'ui_overview.sort.{sort}'))}"
    if not older:
        return line
    hidden = plural("ui_overview.older_hidden", older)
    return f"{line}  ·  {hidden}"


def problems_line(count: int) -> str:
    if count == 0:
        return ""
    return plural("ui_overview.problems", count)


def january_text(remeasure: str | None, lang: str) -> str:
    """'2027-01' → 'jan. 2027'; '–' when not on the list."""
    if not remeasure:
        return "–"
    year, month = remeasure.split("-")
    return f"{month_short(int(month), lang)} {year}"


def january_cell(row: Row, lang: str) -> Text:
    """The month, or "MANGLER" in words once it is over without a later
    measurement in the session (the month is on the detail line)."""
    if row.remeasure_overdue:
        return Text(t("ui_overview.cell.remeasure_missing", lang), style="bold")
    return Text(january_text(row.status.remeasure, lang))


# -- cells ----------------------------------------------------------------------


def unit_cell(row: Row, width: int = 30) -> Text:
    """The unit; a session that does not count (shown with `h`) says so in
    words, after the name cut to leave room for it. Its subfolder is on the
    detail line under the table (`detail_line`), so a unit takes one line
    when its name fits."""
    name = safe_text(row.status.unit) or "–"
    if row.latest:
        return Text(name)
    mark = f" ({t('ui_overview.not_counted')})"
    text = Text(name)
    text.truncate(max(1, width - cell_len(mark)), overflow="ellipsis")
    text.append(mark, style="dim")
    return text


def detail_line(row: Row | None, lang: str) -> Text:
    """The unit under the cursor in full: name, subfolder, measurement and
    rounds held; on a second line, in words, what needs acting on: the
    plan's follow-up date passed, the January re-measurement missing, and
    which of the unit's sessions counts when it has several."""
    if row is None:
        return Text("")
    status = row.status
    where = (row.folder + "/" if row.folder else "") + Path(status.path).name
    parts_: list[str] = [safe_text(status.unit) or "–", safe_text(where)]
    if status.measurement:
        parts_.append(safe_text(status.measurement))
    parts_.append(t("ui_overview.detail.rounds", lang, n=status.rounds))
    text = Text("  ·  ".join(parts_), style="dim")
    state: list[tuple[str, str]] = []
    if row.sessions > 1:  # first: short, and nowhere else on the line
        key = "ui_overview.detail.counts" if row.latest else "ui_overview.detail.not_counted"
        state.append((t(key, lang, count=row.sessions), ""))
    if row.follow_up_overdue and status.next_follow_up is not None:
        date = format_date(status.next_follow_up, lang)
        state.append((t("ui_overview.detail.follow_up_overdue", lang, date=date), "bold"))
    if row.remeasure_overdue:
        state.append((t("ui_overview.detail.remeasure_missing", lang, month=january_text(status.remeasure, lang)), "bold"))
    if state:
        text.append("\n")
        for index, (words, style) in enumerate(state):
            text.append(("  ·  " if index else "") + words, style=style)
    return text


def colour_cell(colour: str | None) -> Text:
    word = colour_name(colour)
    return Text(f" {word} ", style=CHIP_STYLES[colour]) if colour else Text(word)


def track_cell(track: str) -> Text:
    return Text(t(f"ui_overview.cell.track.{track}"))


def plan_cell(status: UnitStatus) -> Text:
    if status.plan_complete:
        return Text(t("ui_overview.cell.yes"))
    if status.missing:
        return Text(t("ui_overview.cell.no_missing", count=status.missing), style="bold")
    return Text(t("ui_overview.cell.no"), style="bold")


def overdue_cell(count: int, follow_up: bool = False) -> Text:
    """Overdue actions, counted; "opf." in words before the count when the
    plan's next follow-up date has passed too (in full on the detail line)."""
    if follow_up:
        word = t("ui_overview.cell.follow_up_overdue")
        return Text(f"{word} {count}" if count else word, style="bold")
    return Text(str(count), style="bold") if count else Text("–")


def zero_cell(status: UnitStatus) -> Text:
    if not status.zero_tolerance:
        return Text("–")
    if status.zero_tolerance_answered:
        return Text(t("ui_overview.cell.zero.answered"))
    return Text(t("ui_overview.cell.zero.unanswered"), style="bold")


def cells(row: Row, lang: str, unit_width: int = 30) -> list[Text]:
    status = row.status
    return [
        unit_cell(row, unit_width),
        colour_cell(status.colour),
        track_cell(status.track),
        january_cell(row, lang),
        plan_cell(status),
        overdue_cell(row.overdue, row.follow_up_overdue),
        zero_cell(status),
    ]
