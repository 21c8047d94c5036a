"""One action of the plan, every field of SPEC §2, in a dialog.

Saved as you type: each change is handed to `on_change` (the plan screen
puts it in the session, which is in the file within a second), so a
hang-up in the middle of an action loses at most the last second. A new
action gets its id with its first real change; closing a new action that
is still empty leaves nothing behind. Escape (or ctrl+j) closes; the
dialog's result is the action as it stands, None when nothing was made.
The line at the bottom says, as the fields change, what Escape will leave
behind: nothing, a complete action, or one the check will call missing
until it is finished or deleted.

Names entered before (owners, follow-up persons, participants: every name
of the session, `domain.meeting.session_names`) are offered as you type
(→ takes the offer), and are listed under the owner; of the actions only
the complete ones count, so a half-typed name, here or in an action left
unfinished, is never offered. A deadline that cannot be read says why and
is not saved.
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
from textual.widgets import Input, Label, Select, Static

from kompas_tui.domain.plan import LEVELS, STATUSES, Action, action_gaps, theme_label
from kompas_tui.i18n import t
from kompas_tui.screens.base import EnterMovesOn, KompasModal
from kompas_tui.text import safe_text
from kompas_tui.widgets.names import NameSuggester, names_hint
from kompas_tui.widgets.plan_date_field import DateField
from kompas_tui.widgets.plan_parts import field_keys
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from textual.widget import Widget

def is_blank(action: Action) -> bool:
    """Nothing typed or chosen yet (the theme alone does not count)."""
    texts = (action.what, action.owner, action.follow_up, action.first_step)
    return (
        not any(text.strip() for text in texts)
        and action.deadline is None
        and action.effort is None
        and action.benefit is None
        and action.status == "not_started"
    )


class ActionEditor(EnterMovesOn, KompasModal[Action | None]):
    CSS_PATH = "../styles/action_editor.tcss"
    HELP = "ui_plan.help.action_editor"
    AUTO_FOCUS = "#edit-what"

    BINDINGS = [
        Binding("ctrl+j", "done", "ui_plan.key.editor.done", tooltip="ui_plan.key.editor.done.tip", id="editor.done"),
        Binding("ctrl+enter", "done", "ui_plan.key.editor.done", show=False, id="editor.done_enter"),
        *field_keys("editor"),
    ]

    def __init__(
        self,
        action: Action,
        *,
        themes: Sequence[str],
        names: Sequence[str],
        today: dt.date,
        on_change: Callable[[Action], str | None],
    ) -> None:
        super().__init__()
        self.action = action
        self.is_new = not action.id
        self.themes = list(dict.fromkeys([*themes, action.theme]))
        self.known_names = list(names)
        self.today = today
        self.on_change = on_change

    # -- layout ----------------------------------------------------------------

    def _row(self, label_key: str, field: Widget) -> Horizontal:
        return Horizontal(Label(t(label_key), classes="editor-label", markup=False), field, classes="editor-row")

    def compose(self) -> ComposeResult:
        action, lang = self.action, self.kompas.lang
        title = t("ui_plan.editor.title_new") if self.is_new else t("ui_plan.editor.title", id=action.id)
        levels = [(Content(t(f"plan.level.{level}")), level) for level in LEVELS]
        suggester = NameSuggester(self._names)
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(title)
            with VerticalScroll(id="editor-body"):
                yield Static(t("ui_plan.editor.intro"), classes="note", markup=False)
                yield self._row(
                    "ui_plan.editor.theme",
                    Select(
                        [(Content(safe_text(theme_label(theme, lang))), theme) for theme in self.themes],
                        value=action.theme,
                        allow_blank=False,
                        id="edit-theme",
                    ),
                )
                yield self._row(
                    "ui_plan.editor.what",
                    Input(action.what, placeholder=t("ui_plan.editor.what.placeholder"), id="edit-what"),
                )
                yield self._row("ui_plan.editor.owner", Input(action.owner, suggester=suggester, id="edit-owner"))
                yield Static(self._names_hint(), id="edit-names", classes="editor-hint")
                yield self._row("ui_plan.editor.deadline", DateField(action.deadline, today=self.today, id="edit-deadline"))
                yield self._row(
                    "ui_plan.editor.follow_up", Input(action.follow_up, suggester=suggester, id="edit-follow_up")
                )
                yield self._row(
                    "ui_plan.editor.first_step",
                    Input(action.first_step, placeholder=t("ui_plan.editor.first_step.placeholder"), id="edit-first_step"),
                )
                yield self._row(
                    "ui_plan.editor.effort",
                    Select(levels, value=action.effort or Select.NULL, prompt=t("ui_plan.not_rated"), id="edit-effort"),
                )
                yield self._row(
                    "ui_plan.editor.benefit",
                    Select(
                        levels, value=action.benefit or Select.NULL, prompt=t("ui_plan.not_rated"), id="edit-benefit"
                    ),
                )
                yield self._row(
                    "ui_plan.editor.status",
                    Select(
                        [(Content(t(f"plan.status.{status}")), status) for status in STATUSES],
                        value=action.status,
                        allow_blank=False,
                        id="edit-status",
                    ),
                )
            yield Static(self._on_escape(), id="edit-escape")
        yield KompasFooter()

    def _on_escape(self) -> Content:
        """What Escape leaves behind, said before it is pressed."""
        action = self.action
        if not action.id:
            return Content(t("ui_plan.editor.escape.nothing"))
        gaps = action_gaps(action)
        if not gaps:
            return Content(t("ui_plan.editor.escape.complete"))
        fields = ", ".join(t(f"ui_plan.editor.gap.{name}") for name in gaps)
        return Content.styled(t("ui_plan.editor.escape.incomplete", fields=fields), "bold")

    def _names(self) -> list[str]:
        """Names to offer: those of the plan's complete actions (never a
        name being typed, which may be half of one)."""
        return self.known_names

    def _names_hint(self) -> Content:
        return names_hint(self.known_names)

    # -- saving as you type ------------------------------------------------------

    def _draft(self) -> Action:
        def text(field: str) -> str:
            return self.query_one(f"#edit-{field}", Input).value

        def choice(field: str) -> str | None:
            value = self.query_one(f"#edit-{field}", Select).value
            return None if value is Select.NULL else str(value)

        return self.action.model_copy(
            update={
                "theme": choice("theme") or self.action.theme,
                "what": text("what"),
                "owner": text("owner"),
                "deadline": self.query_one("#edit-deadline", DateField).value,
                "follow_up": text("follow_up"),
                "first_step": text("first_step"),
                "effort": choice("effort"),
                "benefit": choice("benefit"),
                "status": choice("status") or self.action.status,
            }
        )

    @on(Input.Changed)
    @on(Select.Changed)
    @on(DateField.Changed)
    def _changed(self) -> None:
        if not self.is_mounted:
            return
        self._store(self._draft())
        self.query_one("#edit-escape", Static).update(self._on_escape())

    def _store(self, draft: Action) -> None:
        if draft == self.action:
            return
        if not draft.id and is_blank(draft):
            self.action = draft  # nothing to keep yet
            return
        action_id = self.on_change(draft)
        if action_id is not None:
            self.action = draft.model_copy(update={"id": action_id})

    # -- closing -----------------------------------------------------------------

    def action_done(self) -> None:
        self.action_close()

    def action_close(self) -> None:
        self.query_one("#edit-deadline", DateField).flush_on_closing()  # a date typed a moment ago
        self._changed()
        self.dismiss(self.action if self.action.id else None)
