"""The Evaluering screen's changes to the plan, in the open round: an
action's status, note, owner, deadline and follow-up person; a new action;
a new goal; a goal reached. Mixed into `EvaluationScreen` (kept apart so
each file stays small).

Each change is an operation of `domain/evaluation.py` run through
`SessionStore.change_round`, which records it in the round and says a
refusal in words; a read-only session is refused here first, naming the
holder, before any dialog opens.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from kompas_tui.domain import evaluation as rounds_
from kompas_tui.domain.meeting import session_names
from kompas_tui.domain.plan import Action, Goal, find_action, goal_for
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.evaluation_list import ACTION, ADD, EvaluationList
from kompas_tui.widgets.evaluation_parts import one_line, was_added
from kompas_tui.widgets.plan_parts import vote_theme_names

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session
    from kompas_tui.screens.base import KompasHost
    from kompas_tui.session_store import SessionStore


class PlanChanges:
    """Mixed into `EvaluationScreen` (a `StepScreen`)."""

    kompas: KompasHost
    store: SessionStore
    session: Session
    # Textual's, through the screen.
    app: Any
    notify: Any
    query_one: Any

    def _refresh(self) -> None:
        raise NotImplementedError

    def _writable(self) -> bool:
        """False, with the holder named, when the session is read-only."""
        if self.store.read_only:
            self.notify(safe_text(self.store.read_only_notice()), severity="warning", markup=False)
            return False
        return True

    def _current_action(self) -> Action | None:
        action_id = self.query_one(EvaluationList).current_action_id
        action = find_action(self.session.plan, action_id) if action_id else None
        if action is None:
            self.notify(t("ui_evaluation.no_action"), markup=False)
        return action

    # -- an action -------------------------------------------------------------------

    def action_status(self, status: str) -> None:
        if not self._writable() or (action := self._current_action()) is None:
            return
        if self.store.change_round(rounds_.review_action, action.id, status=status) is not None:
            self._refresh()  # now, in the key's own frame, not a frame later from the signal

    def action_note(self) -> None:
        self._open_review("note")

    def action_edit(self, field: str) -> None:
        self._open_review(field)

    def choose_entry(self, option_id: str) -> None:
        """Enter on the list: an action in its dialog (one added in this
        round in the full action editor), or add one to the group."""
        if rounds_.open_round(self.session) is None:
            return
        if option_id.startswith(ACTION):
            action = find_action(self.session.plan, option_id[len(ACTION) :])
            if action is not None and was_added(rounds_.open_round(self.session), action.id):
                self._open_action_editor(action)
            elif action is not None:
                self._open_review("status", action)
        elif (theme := self.query_one(EvaluationList).group_of(option_id)) is not None:
            self.action_add_action(theme)

    def _open_review(self, focus: str, action: Action | None = None) -> None:
        from kompas_tui.screens.evaluation_editors import ReviewEditor

        if not self._writable() or (action := action or self._current_action()) is None:
            return
        this = rounds_.open_round(self.session)
        review = this.review_of(action.id) if this is not None else None
        editor = ReviewEditor(
            action,
            note=review.note if review is not None else "",
            names=session_names(self.session),
            today=self.kompas.today,
            focus=focus,
            on_change=partial(self._review_change, action.id),
        )
        self.app.push_screen(editor)

    def _review_change(self, action_id: str, kind: str, value: object) -> bool:
        store = self.store
        if kind == "status":
            result = store.change_round(rounds_.review_action, action_id, status=value)
        elif kind == "note":
            result = store.change_round(rounds_.review_action, action_id, note=value)
        else:
            result = store.change_round(rounds_.change_action, action_id, kind, value)
        return result is not None

    # -- adding to the plan ----------------------------------------------------------

    def _groups(self) -> list[str]:
        return self.query_one(EvaluationList).groups

    def action_add_action(self, theme: str | None = None) -> None:
        if not self._writable():
            return
        groups = self._groups() or list(vote_theme_names(self.session))
        theme = theme or self.query_one(EvaluationList).current_theme or (groups[0] if groups else "")
        self._open_action_editor(Action(id="", theme=theme))

    def _open_action_editor(self, action: Action) -> None:
        from kompas_tui.screens.action_editor import ActionEditor

        if not self._writable():
            return
        editor = ActionEditor(
            action,
            themes=self._groups(),
            names=session_names(self.session),
            today=self.kompas.today,
            on_change=self._store_added,
        )
        self.app.push_screen(editor, self._editor_closed)

    def _store_added(self, action: Action) -> str | None:
        """A new action goes into the plan with its first change (recorded
        as added in the round); later changes replace it."""
        store = self.store
        if not action.id:
            fields = action.model_dump(exclude={"id", "theme"})
            result = store.change_round(rounds_.add_round_action, action.theme, **fields)
            return result[1] if result is not None else None
        return action.id if store.change_round(rounds_.update_added_action, action) is not None else None

    def _editor_closed(self, result: Action | None) -> None:
        if result is not None:
            self._refresh()
            self.query_one(EvaluationList).select_id(ACTION + result.id)

    def action_remove_action(self) -> None:
        """Delete an action added in this round, after asking; the domain
        refuses an older one in words (it is set to dropped instead)."""
        from kompas_tui.screens.confirm_delete import ConfirmDelete
        from kompas_tui.widgets.plan_parts import action_card

        if not self._writable() or (action := self._current_action()) is None:
            return
        if not was_added(rounds_.open_round(self.session), action.id):
            self.store.change_round(rounds_.remove_added_action, action.id)  # says why not
            return
        card = action_card(action, self.kompas.lang)
        self.app.push_screen(ConfirmDelete(card), partial(self._remove_confirmed, action.id))

    def _remove_confirmed(self, action_id: str, confirmed: bool | None) -> None:
        if confirmed and self.store.change_round(rounds_.remove_added_action, action_id) is not None:
            self._refresh()

    def action_add_goal(self) -> None:
        from kompas_tui.screens.evaluation_editors import GoalEditor

        if not self._writable():
            return
        taken = [g.theme for g in self.session.plan.goals]
        offered = [theme for theme in vote_theme_names(self.session) if theme not in taken]
        self.app.push_screen(GoalEditor(themes=offered, taken=taken, today=self.kompas.today), self._goal_made)

    def _goal_made(self, goal: Goal | None) -> None:
        if goal is None or self.store.change_round(rounds_.add_round_goal, goal) is None:
            return
        self._refresh()
        groups = self._groups()
        if goal.theme in groups:  # the cursor on its "+ Tilføj handling"
            self.query_one(EvaluationList).select_id(f"{ADD}{groups.index(goal.theme)}")

    def action_goal_reached(self) -> None:
        if not self._writable():
            return
        theme = self.query_one(EvaluationList).current_theme
        goal = goal_for(self.session.plan, theme) if theme is not None else None
        if theme is None or goal is None:
            self.notify(t("ui_evaluation.no_goal_here"), markup=False)
            return
        reached = None if goal.reached is not None else self.kompas.today
        if self.store.change_round(rounds_.mark_goal_reached, theme, reached) is not None:
            key = "ui_evaluation.goal_reached" if reached else "ui_evaluation.goal_not_reached"
            self.notify(safe_text(t(key, theme=one_line(theme))), markup=False)
