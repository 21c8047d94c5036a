"""The effort/benefit 2×2 of the plan's actions (the deck: weigh effort
against benefit). Benefit high on top, effort low on the left; "medium"
counts as high (domain/plan.py, `quadrant`). Actions without effort or
benefit are listed apart, below."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompas_tui.domain.plan import Plan, Quadrant, quadrants
from kompas_tui.i18n import t
from kompas_tui.screens.base import KompasModal
from kompas_tui.widgets.plan_parts import action_line
from kompas_tui.widgets.footer import KompasFooter


class EffortBenefit(KompasModal[None]):
    CSS_PATH = "../styles/effort_benefit.tcss"
    HELP = "ui_plan.help.effort_benefit"
    AUTO_FOCUS = "#matrix-body"

    def __init__(self, plan: Plan) -> None:
        super().__init__()
        self.plan = plan

    def compose(self) -> ComposeResult:
        groups = quadrants(self.plan)
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_plan.matrix.title"))
            with VerticalScroll(id="matrix-body"):
                yield Static(t("ui_plan.matrix.axes"), classes="note", markup=False)
                for row in (("quick_win", "big_bet"), ("fill_in", "reconsider")):
                    with Horizontal(classes="matrix-row"):
                        for key in row:
                            yield Static(self._cell(key, groups[key]), id=f"quadrant-{key}", classes="quadrant")
                yield Static(self._cell(None, groups[None]), id="quadrant-unrated", classes="unrated")
        yield KompasFooter()

    def _cell(self, key: Quadrant | None, actions: list) -> Content:
        lang = self.kompas.lang
        name = key or "unrated"
        lines = [
            Content.styled(t(f"plan.quadrant.{name}"), "bold"),
            Content.styled(t(f"plan.quadrant.{name}.hint"), "italic"),
        ]
        lines += [action_line(action, lang) for action in actions]
        if not actions:
            lines.append(Content("–"))
        return Content("\n").join(lines)
