"""Looking back, on the Evaluering screen: what was achieved (`c`, the
deck's "Fejr successerne!"), and the rounds held so far (`h`), each one
read-only: its date, participants, notes, how each action stood, what it
changed in the plan, what it celebrated, and a measurement it added.

Nothing here changes the session: a closed round is history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kompas_tui.domain.dates import format_date
from kompas_tui.domain.evaluation import celebrated, follow_up_of_round, status_in_round
from kompas_tui.domain.plan import find_action
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.evaluation_parts import (
    celebrated_lines,
    change_text,
    names_text,
    one_line,
    round_title,
    short,
    status_word,
)
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session


def _section(key: str) -> Content:
    return Content.styled(t(key), "bold underline")


class CelebrateView(KompasModal[None]):
    """What round `index` saw done (and goals it saw reached), warmly."""

    CSS_PATH = "../styles/evaluation.tcss"
    HELP = "ui_evaluation.help.celebrate"
    AUTO_FOCUS = "#celebrate-body"

    def __init__(self, session: Session, index: int) -> None:
        super().__init__()
        self.session = session
        self.index = index

    def compose(self) -> ComposeResult:
        lang = self.kompas.lang
        lines = celebrated_lines(self.session, self.index, lang)
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_evaluation.celebrate.title"))
            with VerticalScroll(id="celebrate-body"):
                yield Static(Content(round_title(self.session.rounds, self.index, lang)), classes="note")
                if lines:
                    yield Static(Content(t("ui_evaluation.celebrate.intro")), id="celebrate-intro")
                    yield Static(Content("\n").join(lines), id="celebrate-list")
                    yield Static(Content(t("ui_evaluation.celebrate.outro")), classes="note", id="celebrate-outro")
                else:
                    yield Static(Content(t("ui_evaluation.celebrate.empty")), id="celebrate-empty")
        yield KompasFooter()


class HistoryView(KompasModal[None]):
    """The rounds held so far; Enter shows one."""

    CSS_PATH = "../styles/evaluation.tcss"
    HELP = "ui_evaluation.help.history"
    AUTO_FOCUS = "#history-rounds"

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        lang = self.kompas.lang
        rounds = self.session.rounds
        options = []
        for index in reversed(range(len(rounds))):  # the newest first
            this = rounds[index]
            done = len(celebrated(self.session, index))
            summary = t(
                "ui_evaluation.history.summary",
                people=len(this.participants),
                reviews=len(this.reviews),
                changes=len(this.changes),
                done=done,
            )
            options.append(
                Option(Content.assemble((round_title(rounds, index, lang), "bold"), "\n  ", summary), id=f"round-{index}")
            )
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_evaluation.history.title"))
            yield Static(t("ui_evaluation.history.intro"), classes="note", markup=False)
            if options:
                yield OptionList(*options, id="history-rounds")
            else:
                yield Static(t("ui_evaluation.history.none"), id="history-rounds", markup=False)
        yield KompasFooter()

    @on(OptionList.OptionSelected, "#history-rounds")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = int((event.option.id or "round-0").removeprefix("round-"))
        self.app.push_screen(RoundDetail(self.session, index))


class RoundDetail(KompasModal[None]):
    """One round, read-only."""

    CSS_PATH = "../styles/evaluation.tcss"
    HELP = "ui_evaluation.help.round_detail"
    AUTO_FOCUS = "#round-detail-body"

    def __init__(self, session: Session, index: int) -> None:
        super().__init__()
        self.session = session
        self.index = index

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(round_title(self.session.rounds, self.index, self.kompas.lang))
            with VerticalScroll(id="round-detail-body"):
                yield Static(self._text(), id="round-detail")
        yield KompasFooter()

    def _text(self) -> Content:
        session, index, lang = self.session, self.index, self.kompas.lang
        this = session.rounds[index]
        plan = session.plan
        lines: list[Content] = [
            Content.assemble((t("ui_evaluation.participants") + " ", "bold"), names_text(this.participants, lang)),
        ]
        if (follow_up := follow_up_of_round(session, index)) is not None:
            lines.append(
                Content.assemble((t("ui_evaluation.next_follow_up") + " ", "bold"), format_date(follow_up, lang))
            )
        if this.measurement is not None and this.measurement < len(session.measurements):
            name = one_line(session.measurements[this.measurement].measurement) or "–"
            lines.append(Content.assemble((t("ui_evaluation.history.measurement") + " ", "bold"), name))
        lines += [Content(""), _section("ui_evaluation.history.reviews")]
        reviewed = set()
        for review in this.reviews:
            reviewed.add(review.action)
            action = find_action(plan, review.action)
            what = short(action.what, 50) if action is not None else "–"
            if review.status != review.was:
                how = t("ui_evaluation.history.status_change", was=status_word(review.was, lang),
                        now=status_word(review.status, lang))
            else:
                how = t("ui_evaluation.history.status_same", now=status_word(review.status, lang))
            lines.append(Content.assemble((review.action.ljust(4), "bold"), what, "  ", (how, "italic")))
            if review.note.strip():
                lines += [Content("    " + safe_text(line)) for line in review.note.splitlines() if line.strip()]
        added_here = {c.action for c in this.changes if c.field == "added" and c.action}
        others = [
            a for a in plan.actions
            if a.id not in reviewed and a.id not in added_here and not _added_later(session, index, a.id)
        ]
        if others:
            words = ", ".join(f"{a.id} ({status_word(status_in_round(session, index, a), lang)})" for a in others)
            lines.append(Content(t("ui_evaluation.history.not_reviewed", actions=words)))
        elif not this.reviews:
            lines.append(Content(t("ui_evaluation.history.no_reviews")))
        lines += [Content(""), _section("ui_evaluation.history.changes")]
        if this.changes:
            lines += [Content("- " + change_text(change, lang, plan)) for change in this.changes]
        else:
            lines.append(Content(t("ui_evaluation.history.no_changes")))
        lines += [Content(""), _section("ui_evaluation.celebrate.title")]
        lines += celebrated_lines(session, index, lang) or [Content(t("ui_evaluation.history.nothing_done"))]
        lines += [Content(""), _section("ui_evaluation.notes")]
        notes = [Content(safe_text(line)) for line in this.notes.splitlines()]
        lines += notes if this.notes.strip() else [Content(t("ui_evaluation.history.no_notes"))]
        return Content("\n").join(lines)


def _added_later(session: Session, index: int, action_id: str) -> bool:
    """The action was added in a later round (so this round never saw it)."""
    return any(
        c.action == action_id and c.field == "added" for later in session.rounds[index + 1 :] for c in later.changes
    )
