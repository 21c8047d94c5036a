"""Who does what by when: the plan's actions as a table that fits 80
columns (the "what" column takes what is left and wraps).

Overdue is said by a word under the deadline ("OVERSKREDET"), not by colour
alone; a missing owner, deadline or follow-up person says "(mangler)". All
user text is made safe and put in as `Text`, never as markup.
"""

from __future__ import annotations

import datetime as dt

from rich import box
from rich.table import Table
from rich.text import Text
from textual import events
from textual.widgets import Static

from kompas_tui.domain.dates import format_date
from kompas_tui.domain.plan import CLOSED, Action, is_overdue
from kompas_tui.i18n import t
from kompas_tui.text import safe_text

WARNING_STYLE = "bold reverse"
MISSING_STYLE = "bold"


def _missing(lang: str) -> Text:
    return Text(t("ui_summary.missing_value", lang), style=MISSING_STYLE)


def _name(name: str, lang: str, *, required: bool) -> Text:
    if name.strip():
        return Text(safe_text(name.strip()))
    return _missing(lang) if required else Text("–")


def _deadline(action: Action, today: dt.date, lang: str) -> Text:
    if action.deadline is None:
        return _missing(lang)
    text = Text(format_date(action.deadline, lang))
    if is_overdue(action, today):
        text.append("\n")
        text.append(f" {t('ui_summary.overdue', lang)} ", style=WARNING_STYLE)
    return text


#: The widest the "what" column gets, however wide the terminal.
WHAT_WIDTH = 50
#: The widest a name column (who, who follows up) gets: at 80 columns 10,
#: so "what" keeps its room; from `WIDE` columns on, room for a full name
#: with a role ("Mette Hansen (leder)").
NAME_WIDTH, WIDE_NAME_WIDTH, WIDE = 10, 22, 110


def actions_table(actions: list[Action], today: dt.date, lang: str, width: int = 80) -> Table:
    """The table of `actions`, in the order given (see `who_does_what`),
    for a place `width` columns wide."""
    names = WIDE_NAME_WIDTH if width >= WIDE else NAME_WIDTH
    table = Table(
        box=box.SIMPLE_HEAD,
        # As wide as its content (what wraps at `WHAT_WIDTH`), so on a wide
        # terminal who and when stay beside what.
        expand=False,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        header_style="bold",
    )
    table.add_column(t("ui_summary.col.deadline", lang), no_wrap=True)
    table.add_column(t("ui_summary.col.what", lang), min_width=12, max_width=WHAT_WIDTH, overflow="fold")
    table.add_column(t("ui_summary.col.owner", lang), max_width=names, overflow="fold")
    table.add_column(t("ui_summary.col.follow_up", lang), max_width=names, overflow="fold")
    table.add_column(t("ui_summary.col.status", lang), max_width=12)
    for action in actions:
        what = action.what.strip()
        table.add_row(
            _deadline(action, today, lang),
            Text(safe_text(" ".join(what.split()))) if what else _missing(lang),
            _name(action.owner, lang, required=True),
            _name(action.follow_up, lang, required=action.status != "dropped"),
            Text(t(f"plan.status.{action.status}", lang)),
            style="dim" if action.status in CLOSED else None,
        )
    return table


class ActionsOverview(Static):
    """The who-does-what table, or a sentence when there are no actions."""

    DEFAULT_CSS = """
    ActionsOverview {
        height: auto;
    }
    """

    _shown: tuple[list[Action], dt.date, str] | None = None
    _wide: bool = False

    def show(self, actions: list[Action], today: dt.date, lang: str) -> None:
        self._shown = (actions, today, lang)
        width = self.size.width or 80
        self._wide = width >= WIDE
        if actions:
            self.update(actions_table(actions, today, lang, width))
        else:
            self.update(Text(t("ui_summary.no_actions", lang)))

    def on_resize(self, event: events.Resize) -> None:
        # The name columns widen or narrow with the place (`WIDE`).
        if self._shown is not None and (event.size.width >= WIDE) != self._wide:
            self.show(*self._shown)
