"""The Evaluering screen's dialogs for changing the plan in a round.

`ReviewEditor` (Enter, or `n`, `o`, `d`, `f` on an action): the action's
status and the round's note on it, a new owner, deadline or follow-up
person. Saved as you type, through the screen (`on_change`), which runs
the round's operation: a status or note becomes the round's review of the
action, a new owner, deadline or follow-up person a change recorded with
its value before and after (several edits in one round are one change).
The dialog shows what the round has recorded for the action, live.

`GoalEditor` (`g`): a new goal — the theme (typed, any theme the report
or the group names; the report's themes are offered), where the group
wants to be, and by when. Added when the dialog is closed with ctrl+j (or
Enter in its last field); Escape adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Select, Static, TextArea

from kompas_tui.domain.evaluation import open_round
from kompas_tui.domain.plan import STATUSES, Action, Goal, find_action
from kompas_tui.i18n import t
from kompas_tui.screens.base import EnterMovesOn, KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.evaluation_parts import action_changes, change_text, one_line, status_word
from kompas_tui.widgets.names import NAMES_SHOWN, NameSuggester, names_hint
from kompas_tui.widgets.plan_date_field import DateField
from kompas_tui.widgets.plan_parts import field_keys
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from textual.widget import Widget

#: What a `ReviewEditor` passes on: ("status", status), ("note", text),
#: ("owner" | "follow_up", name), ("deadline", date or None).
ReviewChange = Callable[[str, object], bool]


def _row(label_key: str, field: Widget) -> Horizontal:
    return Horizontal(Label(t(label_key), classes="editor-label", markup=False), field, classes="editor-row")


class ReviewEditor(EnterMovesOn, KompasModal[None]):
    CSS_PATH = "../styles/evaluation.tcss"
    HELP = "ui_evaluation.help.review_editor"

    BINDINGS = [
        Binding("ctrl+j", "done", "ui_plan.key.editor.done", tooltip="ui_plan.key.editor.done.tip", id="review.done"),
        Binding("ctrl+enter", "done", "ui_plan.key.editor.done", show=False, id="review.done_enter"),
        *field_keys("review"),
    ]

    def __init__(
        self,
        action: Action,
        *,
        note: str,
        names: Sequence[str],
        today: dt.date,
        focus: str = "status",
        on_change: ReviewChange,
    ) -> None:
        super().__init__()
        self.action = action
        self.note = note
        self.known_names = list(names)
        self.today = today
        # The date's own text field, not the DateField around it.
        self.AUTO_FOCUS = f"#review-{focus}" + (" Input" if focus == "deadline" else "")
        self.on_change = on_change

    def compose(self) -> ComposeResult:
        action = self.action
        suggester = NameSuggester(lambda: self.known_names)
        title = t("ui_evaluation.review.title", id=action.id, what=one_line(action.what) or "–")
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(title)
            # Two fields a row where they fit, so the whole action fits 80x24.
            with VerticalScroll(id="editor-body"):
                statuses = [(Content(status_word(s, self.kompas.lang)), s) for s in STATUSES]
                with Horizontal(classes="editor-row"):
                    yield Label(t("ui_evaluation.review.status"), classes="editor-label", markup=False)
                    yield Select(statuses, value=action.status, allow_blank=False, id="review-status")
                    yield Static(id="review-was", classes="editor-hint")
                with Horizontal(classes="editor-row"):
                    yield Label(t("ui_plan.editor.owner"), classes="editor-label", markup=False)
                    yield Input(action.owner, suggester=suggester, id="review-owner")
                    yield Label(t("ui_plan.editor.follow_up"), classes="editor-label second", markup=False)
                    yield Input(action.follow_up, suggester=suggester, id="review-follow_up")
                yield _row("ui_plan.editor.deadline", DateField(action.deadline, today=self.today, id="review-deadline"))
                yield Static(self._names_hint(), classes="editor-hint", id="review-names")
                yield Label(t("ui_evaluation.review.note"), classes="review-note-label", markup=False)
                yield NotesArea(self.note, prompt_id=action.id, id="review-note")
                yield Static(id="review-changes")
        yield KompasFooter()

    def on_mount(self) -> None:
        self._show_recorded()

    def _names_hint(self) -> Content:
        return names_hint(self.known_names)

    def _show_recorded(self) -> None:
        """What the round has recorded for the action: the status it was
        found in, and each change (before → after)."""
        session = self.store.session
        this = open_round(session) if session is not None else None
        review = this.review_of(self.action.id) if this is not None else None
        lang = self.kompas.lang
        was = ""
        if review is not None and review.was != review.status:
            was = t("ui_evaluation.review.was", status=status_word(review.was, lang))
        self.query_one("#review-was", Static).update(Content(was))
        changes = [change_text(c, lang, with_id=False) for c in action_changes(this, self.action.id)]
        lines = [Content.styled(t("ui_evaluation.review.changes"), "bold"), *(Content("- " + c) for c in changes)]
        shown = self.query_one("#review-changes", Static)
        shown.update(Content("\n").join(lines) if changes else Content(""))
        shown.display = bool(changes)

    # -- saving as you type ------------------------------------------------------

    def _pass_on(self, kind: str, value: object) -> None:
        if self.on_change(kind, value):
            session = self.store.session
            found = find_action(session.plan, self.action.id) if session is not None else None
            if found is not None:
                self.action = found
        self._show_recorded()

    @on(Select.Changed, "#review-status")
    def _status(self, event: Select.Changed) -> None:
        if self.is_mounted and event.value is not Select.NULL and event.value != self.action.status:
            self._pass_on("status", event.value)

    @on(TextArea.Changed, "#review-note")
    def _note(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        if text != self.note:
            self.note = text
            self._pass_on("note", text)

    @on(Input.Changed, "#review-owner, #review-follow_up")
    def _person_changed(self, event: Input.Changed) -> None:
        field = (event.input.id or "").removeprefix("review-")
        if event.value != getattr(self.action, field):
            self._pass_on(field, event.value)

    @on(DateField.Changed, "#review-deadline")
    def _deadline(self, event: DateField.Changed) -> None:
        if event.value != self.action.deadline:
            self._pass_on("deadline", event.value)

    def action_done(self) -> None:
        self.action_close()

    def action_close(self) -> None:
        deadline = self.query_one("#review-deadline", DateField)
        deadline.flush_on_closing()  # a date typed a moment ago: passed on now, not after closing
        if deadline.value != self.action.deadline:
            self._pass_on("deadline", deadline.value)
        self.dismiss(None)


class GoalEditor(KompasModal[Goal | None]):
    CSS_PATH = "../styles/evaluation.tcss"
    HELP = "ui_evaluation.help.goal_editor"
    AUTO_FOCUS = "#goal-theme"

    BINDINGS = [
        Binding("ctrl+j", "add", "ui_evaluation.key.goal.add", tooltip="ui_evaluation.key.goal.add.tip", id="goal.add"),
        Binding("ctrl+enter", "add", "ui_evaluation.key.goal.add", show=False, id="goal.add_enter"),
        *field_keys("goal"),
    ]

    def __init__(self, *, themes: Sequence[str], taken: Sequence[str], today: dt.date) -> None:
        super().__init__()
        #: Themes offered (the report's and the vote's without a goal yet).
        self.themes = list(themes)
        self.taken = {theme.casefold() for theme in taken}
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_evaluation.goal.title"))
            with VerticalScroll(id="editor-body"):
                yield Static(t("ui_evaluation.goal.intro"), classes="note", markup=False)
                suggester = SuggestFromList(self.themes, case_sensitive=False)
                yield _row("ui_evaluation.goal.theme", Input(suggester=suggester, id="goal-theme"))
                yield Static(self._themes_hint(), classes="editor-hint", id="goal-themes")
                yield _row(
                    "ui_evaluation.goal.target",
                    Input(placeholder=t("ui_evaluation.goal.target.placeholder"), id="goal-target"),
                )
                yield _row("ui_evaluation.goal.by_when", DateField(None, today=self.today, id="goal-by_when"))
                yield Static(id="goal-problem")
        yield KompasFooter()

    def _themes_hint(self) -> Content:
        if not self.themes:
            return Content("")
        shown = ", ".join(one_line(theme) for theme in self.themes[:NAMES_SHOWN])
        if len(self.themes) > NAMES_SHOWN:
            shown += ", …"
        return Content(t("ui_evaluation.goal.themes", themes=shown))

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        # Enter goes on to the next field, and in the last one adds the goal.
        event.stop()
        if event.input in self.query_one("#goal-by_when").query(Input):
            self.action_add()
        else:
            self.focus_next()

    def _problem(self, key: str, **fields: object) -> None:
        self.query_one("#goal-problem", Static).update(Content.styled(safe_text(t(key, **fields)), "bold"))

    def action_close(self) -> None:
        """Escape keeps what was typed, as in every other dialog: the goal
        is added when it can be; with nothing typed the dialog just closes."""
        typed = [self.query_one(f"#goal-{name}", Input).value for name in ("theme", "target")]
        date = self.query_one("#goal-by_when", DateField)
        date.flush()
        if not any(v.strip() for v in typed) and date.value is None and date.error is None:
            self.dismiss(None)
            return
        self.action_add()

    def action_add(self) -> None:
        theme = " ".join(self.query_one("#goal-theme", Input).value.split())
        date = self.query_one("#goal-by_when", DateField)
        date.flush()
        if not theme:
            self._problem("ui_evaluation.goal.no_theme")
            self.query_one("#goal-theme").focus()
            return
        if theme.casefold() in self.taken:
            self._problem("evaluation.refused.goal_exists", theme=theme)
            self.query_one("#goal-theme").focus()
            return
        if date.error is not None:
            self._problem("ui_plan.editor.deadline_not_saved", reason=date.error)
            date.focus()
            return
        target = self.query_one("#goal-target", Input).value.strip()
        self.dismiss(Goal(theme=theme, target=target, by_when=date.value))
