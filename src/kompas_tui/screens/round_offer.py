"""A question about an evaluation round, answered with Enter or Escape:
the offer when a session with a plan is opened ("Start evalueringsrunde 2
(3. feb. 2027)?"), and closing, reopening or starting a round from the
Evaluering screen.

Enter (the focused button) says yes; Escape (or the other button) says no.
Every answer can be undone (a closed round reopens; a round started by
mistake can be closed), so yes is the default. Closes with True for yes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from kompas_tui.domain.dates import format_date
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.widgets.evaluation_parts import names_text
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session


class RoundQuestion(KompasModal[bool]):
    # Its look is in the evaluation stylesheet, read when it is first shown
    # (the offer comes before the Evaluering screen ever was).
    CSS_PATH = "../styles/evaluation.tcss"
    HELP = "ui_evaluation.help.round_question"
    AUTO_FOCUS = "#round-yes"

    def __init__(self, title: str, question: str, explain: str, yes: str, no: str) -> None:
        super().__init__()
        self.title_text, self.question, self.explain = title, question, explain
        self.yes, self.no = yes, no

    @classmethod
    def offer(cls, session: Session, today: dt.date, *, on_opening: bool = True) -> RoundQuestion:
        """The offer on opening a session whose plan is due an evaluation
        (or, `on_opening` False, asked from the Evaluering screen: "not now")."""
        number = len(session.rounds) + 1
        names = session.rounds[-1].participants if session.rounds else []
        explain = t("ui_evaluation.offer.explain")
        if names:
            explain += " " + t("ui_evaluation.offer.participants", names=names_text(names))
        return cls(
            t("ui_evaluation.offer.title"),
            t("ui_evaluation.offer.question", number=number, date=format_date(today)),
            explain,
            t("ui_evaluation.offer.yes", number=number),
            t("ui_evaluation.offer.no" if on_opening else "ui_evaluation.offer.not_now"),
        )

    @classmethod
    def closing(cls, number: int) -> RoundQuestion:
        return cls(
            t("ui_evaluation.close.title"),
            t("ui_evaluation.close.question", number=number),
            t("ui_evaluation.close.explain"),
            t("ui_evaluation.close.yes"),
            t("ui_evaluation.close.no"),
        )

    @classmethod
    def reopening(cls, number: int) -> RoundQuestion:
        return cls(
            t("ui_evaluation.reopen.title"),
            t("ui_evaluation.reopen.question", number=number),
            t("ui_evaluation.reopen.explain"),
            t("ui_evaluation.reopen.yes"),
            t("ui_evaluation.reopen.no"),
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(self.title_text)
            yield Static(Content.styled(self.question, "bold"), id="round-question")
            yield Static(Content(self.explain), id="round-explain", classes="note")
            with Horizontal(id="round-buttons"):
                yield Button(self.yes, id="round-yes", variant="primary", compact=True)
                yield Button(self.no, id="round-no", compact=True)
        yield KompasFooter()

    def action_close(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#round-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#round-no")
    def _no(self) -> None:
        self.dismiss(False)
