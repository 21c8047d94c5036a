"""Handleplan (the action plan, SPEC §3.6): the actions grouped per goal,
each with every field of SPEC §2; the zero-tolerance point when the report
triggers it, with the organisation's policy links and help contacts; the
next follow-up date, who follows up the plan as a whole and the work group;
and, always in view at the bottom, the completeness check that says what is
missing.

`a` adds an action (to the group the cursor is in), Enter edits the one
under the cursor, `d` deletes it after asking, `m` shows the
effort/benefit 2×2. The action dialog saves as you type, like every other
field here. The list and the check are redrawn from the session on every
change; the text fields are the user's and are never rewritten under them.
"""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, OptionList, Static, TextArea

from kompas_tui.domain.meeting import clean_name, names_text, parse_names, session_names
from kompas_tui.domain.plan import (
    Action,
    Plan,
    completeness,
    find_action,
    new_action_id,
    zero_tolerance_answered,
)
from kompas_tui.domain.scoring import ReportSummary, summarise
from kompas_tui.formatting import help_lines
from kompas_tui.i18n import t
from kompas_tui.screens.base import EnterMovesOn
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.evaluation_notice import compose_history_notice
from kompas_tui.widgets.names import name_field
from kompas_tui.widgets.plan_date_field import DateField
from kompas_tui.widgets.plan_list import ACTION, PlanList
from kompas_tui.widgets.plan_parts import (
    action_card,
    check_summary,
    chosen_themes,
    field_keys,
    missing_lines,
    plan_groups,
    vote_theme_names,
)


class PlanScreen(EnterMovesOn, StepScreen):
    STEP = "plan"
    HELP = "ui_plan.help.plan"
    AUTO_FOCUS = "#plan-actions"

    BINDINGS = [
        Binding("a", "add_action", "ui_plan.key.add", tooltip="ui_plan.key.add.tip", id="plan.add"),
        Binding("m", "matrix", "ui_plan.key.matrix", tooltip="ui_plan.key.matrix.tip", id="plan.matrix"),
        # Priority, like Evaluering's p and u: the focus moves before the next
        # key is handed on ("fMette" lands in the field); a field with the
        # focus still takes a typed f.
        Binding(
            "f", "follow_up_by", "ui_plan.key.follow_up_by", tooltip="ui_plan.key.follow_up_by.tip",
            id="plan.follow_up_by", priority=True,
        ),
        *field_keys("plan"),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.store.session
        assert session is not None, "the plan screen needs an open session"
        self.summary: ReportSummary = summarise(session.report, self.kompas.profile, session.created.date())

    @property
    def zero_tolerance(self) -> bool:
        """The report triggers the zero-tolerance point."""
        return "zero_tolerance" in self.summary.guidance

    @property
    def plan(self) -> Plan:
        session = self.store.session
        assert session is not None
        return session.plan

    # -- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        app, store, plan = self.kompas, self.store, self.plan
        read_only = store.read_only or store.workshop_locked
        yield from self.compose_step_bar()
        with VerticalScroll(id="plan-page"):
            yield from self.compose_read_only_notice()
            yield from compose_history_notice(store.workshop_locked, store.read_only)
            yield Static(t("ui_plan.intro"), classes="note", markup=False)
            yield PlanList(id="plan-actions")
            if self.zero_tolerance:
                with Vertical(id="zt-record"):
                    yield Static(t("ui_plan.zt.title"), classes="section-title", markup=False)
                    yield Static(t("ui_plan.zt.explain", n=self.summary.exposed), markup=False)
                    yield Static(t("meeting.help.title") + ":", classes="zt-link", markup=False)
                    for line in help_lines(app.profile, app.lang):
                        yield Static(safe_text(f"- {line.text}"), classes="zt-link", markup=False)
                    yield Label(t("ui_plan.zt.text"), markup=False, classes="plan-question")
                    yield TextArea(
                        plan.zero_tolerance.text,
                        id="zt-text",
                        disabled=read_only,
                        show_line_numbers=False,
                        highlight_cursor_line=False,
                    )
                    yield Label(t("ui_plan.zt.date"), markup=False, classes="plan-question")
                    yield DateField(plan.zero_tolerance.recorded, today=app.today, id="zt-date", disabled=read_only)
                    yield Static("", id="zt-status")
            yield Label(t("ui_plan.next_follow_up"), markup=False, classes="section-title")
            yield DateField(plan.next_follow_up, today=app.today, id="next-follow-up", disabled=read_only)
            yield Label(t("ui_meeting.plan.follow_up_by"), markup=False, classes="section-title")
            yield name_field(
                plan.follow_up_by, id="follow-up-by", names=self._names, disabled=read_only,
                placeholder=t("ui_meeting.plan.follow_up_by.placeholder"),
            )
            yield Label(t("ui_meeting.plan.work_group"), markup=False, classes="plan-question")
            yield name_field(
                names_text(plan.work_group), id="work-group", names=self._names, several=True, disabled=read_only,
                placeholder=t("ui_meeting.plan.work_group.placeholder"),
            )
            yield Static(t("ui_plan.missing_title"), classes="section-title", markup=False)
            yield Static("", id="plan-missing")
        yield Static("", id="plan-check")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        # StepScreen's own on_mount (subscribing to session changes) runs too.
        self.query_one(PlanList).locked = self.locked
        self._refresh()

    @property
    def locked(self) -> bool:
        return self.store.read_only or self.store.workshop_locked

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Adding is not offered where it would be refused (read-only, or a round exists).
        if action in ("add_action", "follow_up_by"):
            return not self.locked
        if action == "delete_action":
            lists = self.query(PlanList)
            return not self.locked and bool(lists) and lists.first().current_action_id is not None
        return True

    async def on_session_changed(self) -> None:
        # Also called once when the screen comes back into view (StepScreen):
        # after the action dialog, which saves on every key, or after the
        # voting screen changed the chosen themes.
        self._refresh()

    def _refresh(self) -> None:
        """Redraw the list, the zero-tolerance status and the check from the
        session (the text fields are left as typed)."""
        session = self.store.session
        if session is None or not self.query("#plan-actions"):
            return
        lang, plan = self.kompas.lang, session.plan
        chosen = chosen_themes(session)
        groups = plan_groups(plan, chosen, self.zero_tolerance)
        self.query_one(PlanList).show(plan, groups, lang, exposed=self.summary.exposed)
        missing = completeness(plan, self.summary, chosen)
        self.query_one("#plan-check", Static).update(check_summary(missing, lang))
        self.query_one("#plan-check").set_class(any(m.blocking for m in missing), "-incomplete")
        lines = missing_lines(missing, lang) or [Content(t("ui_plan.check.nothing", lang))]
        self.query_one("#plan-missing", Static).update(Content("\n").join(lines))
        if self.zero_tolerance:
            answered = zero_tolerance_answered(plan)
            status = self.query_one("#zt-status", Static)
            status.update(Content.styled(t("ui_plan.zt.answered" if answered else "ui_plan.zt.unanswered"), "bold"))
            status.set_class(not answered, "-unanswered")

    def action_follow_up_by(self) -> None:
        """To the field of who follows up the plan (four Tabs away)."""
        if not self.locked:
            self.set_focus(self.query_one("#follow-up-by"))

    # -- changing the plan ---------------------------------------------------------

    def _refuse(self) -> bool:
        """True, with the reason shown, when the session is read-only or
        the workshop is history (an evaluation round exists)."""
        if self.store.read_only or self.store.workshop_locked:
            self.notify(safe_text(self.store.locked_notice()), severity="warning", markup=False)
            return True
        return False

    def _change_plan(self, **fields: object) -> None:
        plan = self.plan
        if all(getattr(plan, name) == value for name, value in fields.items()):
            return
        self.store.update(plan=plan.model_copy(update=fields))

    @on(TextArea.Changed, "#zt-text")
    def _record_text(self, event: TextArea.Changed) -> None:
        record = self.plan.zero_tolerance.model_copy(update={"text": event.text_area.text})
        self._change_plan(zero_tolerance=record)

    @on(DateField.Changed, "#zt-date")
    def _record_date(self, event: DateField.Changed) -> None:
        record = self.plan.zero_tolerance.model_copy(update={"recorded": event.value})
        self._change_plan(zero_tolerance=record)

    @on(DateField.Changed, "#next-follow-up")
    def _next_follow_up(self, event: DateField.Changed) -> None:
        self._change_plan(next_follow_up=event.value)

    @on(Input.Changed, "#follow-up-by")
    def _follow_up_by(self, event: Input.Changed) -> None:
        if event.input.has_focus:
            self._change_plan(follow_up_by=clean_name(event.value))

    @on(Input.Changed, "#work-group")
    def _work_group(self, event: Input.Changed) -> None:
        if event.input.has_focus:
            self._change_plan(work_group=parse_names(event.value))

    def _names(self) -> list[str]:
        session = self.store.session
        return session_names(session) if session is not None else []

    # -- actions -------------------------------------------------------------------

    def _editor_themes(self) -> list[str]:
        session = self.store.session
        assert session is not None
        groups = plan_groups(self.plan, chosen_themes(session), self.zero_tolerance)
        return groups or list(vote_theme_names(session))

    def action_add_action(self, theme: str | None = None) -> None:
        if self._refuse():
            return
        themes = self._editor_themes()
        theme = theme or self.query_one(PlanList).current_group or (themes[0] if themes else "")
        self._open_editor(Action(id="", theme=theme))

    def _open_editor(self, action: Action) -> None:
        from kompas_tui.screens.action_editor import ActionEditor

        editor = ActionEditor(
            action,
            themes=self._editor_themes(),
            names=self._names(),
            today=self.kompas.today,
            on_change=self._store_action,
        )
        self.app.push_screen(editor, partial(self._editor_closed, editor.is_new))

    def _store_action(self, action: Action) -> str | None:
        """Put `action` in the plan (a new one gets its id now); its id, or
        None when the session refused the change."""
        plan = self.plan.model_copy(deep=True)
        if not action.id:
            action = action.model_copy(update={"id": new_action_id(plan)})
            plan.actions.append(action)
        else:
            index = next((i for i, known in enumerate(plan.actions) if known.id == action.id), None)
            if index is None:
                plan.actions.append(action)
            else:
                plan.actions[index] = action
        return action.id if self.store.update(plan=plan) else None

    def _editor_closed(self, is_new: bool, result: Action | None) -> None:
        from kompas_tui.screens.action_editor import is_blank

        if result is None:
            return
        if is_new and is_blank(result):
            self._remove(result.id)
            return
        self._refresh()
        self.query_one(PlanList).select_id(ACTION + result.id)

    def _remove(self, action_id: str) -> None:
        plan = self.plan
        actions = [action for action in plan.actions if action.id != action_id]
        if len(actions) != len(plan.actions):
            self.store.update(plan=plan.model_copy(update={"actions": actions}))

    @on(OptionList.OptionSelected, "#plan-actions")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        plan_list = self.query_one(PlanList)
        if option_id.startswith(ACTION):
            if self._refuse():
                return
            action = find_action(self.plan, option_id[len(ACTION) :])
            if action is not None:
                self._open_editor(action)
        elif (theme := plan_list.group_of(option_id)) is not None:
            self.action_add_action(theme)

    def action_delete_action(self) -> None:
        from kompas_tui.screens.confirm_delete import ConfirmDelete

        if self._refuse():
            return
        action_id = self.query_one(PlanList).current_action_id
        action = find_action(self.plan, action_id) if action_id else None
        if action is None:
            self.notify(t("ui_plan.nothing_to_delete"), markup=False)
            return
        card = action_card(action, self.kompas.lang)
        self.app.push_screen(ConfirmDelete(card), partial(self._delete_confirmed, action.id))

    def _delete_confirmed(self, action_id: str, confirmed: bool | None) -> None:
        if confirmed:
            self._remove(action_id)

    def action_matrix(self) -> None:
        from kompas_tui.screens.effort_benefit import EffortBenefit

        self.app.push_screen(EffortBenefit(self.plan))
