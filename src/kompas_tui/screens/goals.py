"""Mål (the compass, SPEC §3.5): per chosen theme, where we are, where we
want to be, what it looks like when we are there, how we will notice, and
by when.

"Where we are" is the report's score of the theme, read-only, and the
group's own rating from 1 to 10 if it wants one. Every field is saved as
it is typed; a rating or a date that cannot be read says why on the spot
and is not saved (the file keeps the last good value).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Static, TextArea

from kompas_tui.domain.plan import Goal, goal_for
from kompas_tui.domain.scoring import ReportSummary, summarise
from kompas_tui.formatting import number
from kompas_tui.i18n import t
from kompas_tui.screens.base import EnterMovesOn
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.chips import chip
from kompas_tui.widgets.evaluation_notice import compose_history_notice
from kompas_tui.widgets.plan_date_field import DateField
from kompas_tui.widgets.plan_parts import chosen_themes, field_keys

#: The goal's text fields, each a multi-line field with its question.
TEXT_FIELDS = ("target", "looks_like", "how_we_notice")


class GoalsScreen(EnterMovesOn, StepScreen):
    STEP = "goals"
    HELP = "ui_plan.help.goals"
    AUTO_FOCUS = ".goal-field"

    BINDINGS = field_keys("goals")

    def __init__(self) -> None:
        super().__init__()
        session = self.store.session
        assert session is not None, "the goals screen needs an open session"
        self.summary: ReportSummary = summarise(session.report, self.kompas.profile, session.created.date())
        #: The chosen themes as composed; goal number i is themes[i].
        self.themes: tuple[str, ...] = chosen_themes(session)

    def compose(self) -> ComposeResult:
        store = self.store
        session = store.session
        assert session is not None
        yield from self.compose_step_bar()
        with VerticalScroll(id="goals-page"):
            yield from self.compose_read_only_notice()
            yield from compose_history_notice(store.workshop_locked, store.read_only)
            yield Static(t("ui_plan.goals.intro"), classes="note", markup=False)
            if not self.themes:
                yield Static(t("ui_plan.goals.no_themes"), id="goals-empty", markup=False)
            for number_, theme in enumerate(self.themes):
                yield from self._compose_goal(number_, theme, goal_for(session.plan, theme) or Goal(theme=theme))
        yield from self.compose_footer()

    def _compose_goal(self, index: int, theme: str, goal: Goal) -> ComposeResult:
        disabled = self.store.read_only or self.store.workshop_locked
        with Vertical(classes="goal", id=f"goal-{index}"):
            yield Static(Content.styled(safe_text(theme), "bold"), classes="goal-title")
            yield Static(self._where_we_are(theme), classes="goal-score")
            with Horizontal(classes="goal-rating"):
                yield Label(t("ui_plan.goals.own_rating"), markup=False)
                yield Input(
                    str(goal.own_rating or ""),
                    restrict=r"[0-9]*",
                    max_length=2,
                    id=f"goal-{index}-own_rating",
                    classes="goal-field",
                    disabled=disabled,
                )
                yield Static(
                    t("ui_plan.goals.own_rating.of_10") if goal.own_rating else "",
                    id=f"goal-{index}-own_rating-feedback",
                    classes="goal-feedback",
                    markup=False,
                )
            for field in TEXT_FIELDS:
                yield Label(t(f"ui_plan.goals.{field}"), markup=False, classes="goal-question")
                yield TextArea(
                    getattr(goal, field),
                    id=f"goal-{index}-{field}",
                    classes="goal-field",
                    disabled=disabled,
                    show_line_numbers=False,
                    highlight_cursor_line=False,
                )
            yield Label(t("ui_plan.goals.by_when"), markup=False, classes="goal-question")
            yield DateField(
                goal.by_when,
                today=self.kompas.today,
                id=f"goal-{index}-by_when",
                classes="goal-field",
                disabled=disabled,
            )

    def _where_we_are(self, theme: str) -> Content:
        lang = self.kompas.lang
        result = next((r for r in self.summary.themes if r.name == theme), None)
        if result is None:
            return Content(t("ui_plan.goals.score_none"))
        if result.suppressed or result.score is None:
            return Content(t("ui_plan.goals.score_hidden", n=self.summary.profile.min_respondents))
        return Content.assemble(
            t("ui_plan.goals.score"),
            " ",
            (number(result.score, lang), "bold"),
            " ",
            t("ui_plan.goals.of_100"),
            "  ",
            chip(result.colour),
        )

    # -- saving --------------------------------------------------------------------

    def _theme_of(self, widget_id: str | None) -> tuple[str, str] | None:
        """("theme", "field") of a field id "goal-3-target"."""
        if not widget_id or not widget_id.startswith("goal-"):
            return None
        number_, _, field = widget_id[len("goal-") :].partition("-")
        if not number_.isdigit() or int(number_) >= len(self.themes):
            return None
        return self.themes[int(number_)], field

    def _save(self, theme: str, field: str, value: object) -> None:
        session = self.store.session
        if session is None:
            return
        current = goal_for(session.plan, theme)
        if getattr(current or Goal(theme=theme), field) == value:
            return
        plan = session.plan.model_copy(deep=True)
        goal = goal_for(plan, theme)
        if goal is None:
            goal = Goal(theme=theme)
            plan.goals.append(goal)
        setattr(goal, field, value)
        self.store.update(plan=plan)

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        found = self._theme_of(event.text_area.id)
        if found is not None:
            self._save(*found, event.text_area.text)

    @on(Input.Changed)
    def _rating_changed(self, event: Input.Changed) -> None:
        found = self._theme_of(event.input.id)
        if found is None or found[1] != "own_rating":
            return
        feedback = self.query_one(f"#{event.input.id}-feedback", Static)
        text = event.value.strip()
        if not text:
            feedback.update("")
            self._save(found[0], "own_rating", None)
        elif text.isdigit() and 1 <= int(text) <= 10:
            feedback.update(t("ui_plan.goals.own_rating.of_10"))
            self._save(found[0], "own_rating", int(text))
        else:
            feedback.update(t("ui_plan.goals.own_rating.invalid"))
        feedback.set_class(bool(text) and not (text.isdigit() and 1 <= int(text) <= 10), "-error")

    @on(DateField.Changed)
    def _date_changed(self, event: DateField.Changed) -> None:
        found = self._theme_of(event.field.id)
        if found is not None:
            self._save(found[0], "by_when", event.value)

    # -- the chosen themes may change on the voting screen --------------------------

    async def on_session_changed(self) -> None:
        # The fields hold what is typed; only a new choice of themes redraws.
        session = self.store.session
        if session is not None and chosen_themes(session) != self.themes:
            self.themes = chosen_themes(session)
            await self.recompose()
