"""Evaluering (an evaluation round, SPEC §3.8 and the deck's "løbende
opfølgning og evaluering"): the group goes through the plan's actions, says
how each stands, adjusts what cannot be done, celebrates what is done, sets
new goals and the next follow-up date.

One scrolling page: the round (number, date, open or closed, participants,
next follow-up, how the actions stand), the actions per goal
(`EvaluationList`), then the round's fields (participants, next follow-up,
notes). On an action: `1`–`5` set its status, `n` a note, `o`/`d`/`f` a new
owner, deadline or follow-up person (each recorded in the round, before →
after), Enter all of them at once; `a` adds an action, `g` a goal, `r`
marks the goal the cursor is in reached. `c` celebrates, `h` shows the
rounds so far, `x` closes the round (or reopens the last one), `n` starts
a new one when none is open, `m` compares a new measurement.

Every change is an operation of `domain/evaluation.py`, run through
`KompasApp.change_round`: refused in words when the rounds' rules say no
(a closed round is history), or with the holder named when the session is
read-only. Which keys work follows the round: a closed round offers none
that would change it. See docs/evaluation.md.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, OptionList, Static, TextArea

from kompas_tui.domain import evaluation as rounds_
from kompas_tui.domain.dates import format_date
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Action, find_action, goal_for, known_names
from kompas_tui.domain.scoring import summarise
from kompas_tui.i18n import t
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.evaluation_list import ACTION, ADD, EvaluationList
from kompas_tui.widgets.evaluation_parts import (
    action_entry,
    counts_line,
    goal_heading,
    groups_for,
    names_text,
    one_line,
    round_title,
    was_added,
)
from kompas_tui.widgets.plan_date_field import DateField
from kompas_tui.widgets.plan_parts import chosen_themes, field_keys, group_title, vote_theme_names

if TYPE_CHECKING:
    from kompas_tui.domain.evaluation import Round
    from kompas_tui.domain.session import Session
    from kompas_tui.widgets.evaluation_list import Entry

#: The status keys, in the order of the plan's statuses.
STATUS_KEYS = {"1": "not_started", "2": "in_progress", "3": "done", "4": "adjusted", "5": "dropped"}

#: Actions that change the open round (hidden when no round is open).
_IN_ROUND = frozenset(
    {"status", "note", "edit", "add_action", "add_goal", "goal_reached", "close_round", "participants", "next_date"}
)

COMPARISON = "kompas_tui.screens.comparison"


class EvaluationScreen(StepScreen):
    STEP = "evaluation"
    HELP = "ui.help.evaluation"
    AUTO_FOCUS = "#evaluation-actions"

    BINDINGS = [
        Binding("1", "status('not_started')", "key.evaluation.status", key_display="1-5",
                tooltip="key.evaluation.status.tip", id="evaluation.status"),
        *(Binding(key, f"status('{status}')", show=False, id=f"evaluation.status{key}")
          for key, status in list(STATUS_KEYS.items())[1:]),
        Binding("n", "note", "key.evaluation.note", tooltip="key.evaluation.note.tip", id="evaluation.note"),
        Binding("n", "new_round", "key.evaluation.new_round", tooltip="key.evaluation.new_round.tip",
                id="evaluation.new_round"),
        Binding("a", "add_action", "key.evaluation.add", tooltip="key.evaluation.add.tip", id="evaluation.add"),
        Binding("c", "celebrate", "key.evaluation.celebrate", tooltip="key.evaluation.celebrate.tip",
                id="evaluation.celebrate"),
        Binding("x", "close_round", "key.evaluation.close", tooltip="key.evaluation.close.tip",
                id="evaluation.close"),
        Binding("x", "reopen_round", "key.evaluation.reopen", tooltip="key.evaluation.reopen.tip",
                id="evaluation.reopen"),
        Binding("o", "edit('owner')", "key.evaluation.owner", show=False, tooltip="key.evaluation.owner.tip",
                id="evaluation.owner"),
        Binding("d", "edit('deadline')", "key.evaluation.deadline", show=False,
                tooltip="key.evaluation.deadline.tip", id="evaluation.deadline"),
        Binding("f", "edit('follow_up')", "key.evaluation.follow_up", show=False,
                tooltip="key.evaluation.follow_up.tip", id="evaluation.follow_up"),
        Binding("g", "add_goal", "key.evaluation.goal", show=False, tooltip="key.evaluation.goal.tip",
                id="evaluation.goal"),
        Binding("r", "goal_reached", "key.evaluation.reached", show=False, tooltip="key.evaluation.reached.tip",
                id="evaluation.reached"),
        Binding("h", "history", "key.evaluation.history", show=False, tooltip="key.evaluation.history.tip",
                id="evaluation.history"),
        Binding("m", "comparison", "key.evaluation.comparison", show=False,
                tooltip="key.evaluation.comparison.tip", id="evaluation.comparison"),
        Binding("p", "participants", "key.evaluation.participants", show=False,
                tooltip="key.evaluation.participants.tip", id="evaluation.participants"),
        Binding("u", "next_date", "key.evaluation.next_date", show=False, tooltip="key.evaluation.next_date.tip",
                id="evaluation.next_date"),
        *field_keys("evaluation"),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.kompas.session
        assert session is not None, "the evaluation screen needs an open session"
        summary = summarise(session.report, self.kompas.profile, session.created.date())
        self.zero_tolerance = "zero_tolerance" in summary.guidance
        self.exposed = summary.exposed
        #: What the page was composed for: the round shown, open or not, read-only.
        self._state = self._state_now()
        self._shown: tuple[object, ...] = ()

    # -- the session -----------------------------------------------------------------

    @property
    def session(self) -> Session:
        session = self.kompas.session
        assert session is not None
        return session

    @property
    def this(self) -> Round | None:
        """The round the page shows: the open one, else the last one."""
        rounds = self.session.rounds
        return rounds[-1] if rounds else None

    @property
    def is_open(self) -> bool:
        return rounds_.open_round(self.session) is not None

    def _state_now(self) -> tuple[object, ...]:
        session = self.kompas.session
        if session is None:
            return ()
        return (len(session.rounds), rounds_.open_round(session) is not None, self.kompas.read_only,
                rounds_.has_plan(session))

    # -- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        app, session, this = self.kompas, self.session, self.this
        editable = self.is_open and not app.read_only
        yield from self.compose_step_bar()
        # Above the page, so it stays in view while the list scrolls.
        yield from self.compose_read_only_notice()
        yield Static(id="round-head")
        yield Static(id="round-state")
        with VerticalScroll(id="evaluation-page"):
            yield Static(t("ui.evaluation.keys"), id="round-keys", classes="note", markup=False)
            yield EvaluationList(id="evaluation-actions")
            if this is not None:
                yield Label(t("ui.evaluation.participants.label"), classes="round-label", markup=False)
                yield Input(
                    ", ".join(this.participants),
                    placeholder=t("ui.evaluation.participants.placeholder"),
                    id="round-participants",
                    disabled=not editable,
                )
                yield Label(t("ui.evaluation.next_follow_up.label"), classes="round-label", markup=False)
                yield DateField(session.plan.next_follow_up, today=app.today, id="round-next", disabled=not editable)
                yield Label(t("ui.evaluation.notes.label"), classes="round-label", markup=False)
                yield NotesArea(this.notes, prompt_id="round", read_only=not editable, id="round-notes")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        self._refresh()

    async def on_session_changed(self) -> None:
        # A round started, closed or reopened, or write access regained:
        # the page's fields are composed anew; otherwise only what is shown.
        if self not in self.app.screen_stack:
            return  # left behind (the first round starts on a fresh stack)
        if self._state_now() != self._state:
            self._state = self._state_now()
            await self.recompose()
            for actions in self.query(EvaluationList):
                actions.focus()
        self._refresh()

    def _refresh(self) -> None:
        if not self.query("#round-head") or self.kompas.session is None:
            return
        self._show_head()
        self._show_list()
        participants = self.query("#round-participants").results(Input)
        for field in participants:
            if not field.has_focus and self.this is not None:
                shown = [n.strip() for n in field.value.split(",") if n.strip()]
                if [" ".join(n.split()) for n in shown] != self.this.participants:
                    field.value = ", ".join(self.this.participants)

    def _show_head(self) -> None:
        session, this, lang, today = self.session, self.this, self.kompas.lang, self.kompas.today
        rounds = session.rounds
        lines: list[Content] = []
        if this is None:
            lines.append(Content.styled(t("ui.evaluation.no_round_title"), "bold"))
        else:
            lines.append(Content.styled(round_title(rounds, len(rounds) - 1, lang), "bold"))
            next_date = session.plan.next_follow_up
            lines.append(
                Content.assemble(
                    (t("ui.evaluation.participants") + " ", "bold"),
                    names_text(this.participants, lang),
                    " · ",
                    (t("ui.evaluation.next_follow_up") + " ", "bold"),
                    format_date(next_date, lang) if next_date else t("ui.evaluation.no_date"),
                )
            )
        if rounds_.has_plan(session):
            lines.append(counts_line(session.plan, today, lang))
        self._update("#round-head", Content("\n").join(lines))
        state = self._state_text()
        self._update("#round-state", Content(state))
        self.query_one("#round-state").display = bool(state)
        self.query_one("#round-keys").display = self.is_open
        self.query_one(EvaluationList).display = rounds_.has_plan(session)

    def _state_text(self) -> str:
        session, this = self.session, self.this
        number = len(session.rounds)
        if not rounds_.has_plan(session):
            return t("ui.evaluation.state.no_plan")
        if this is None:
            return t("ui.evaluation.state.no_round", date=format_date(self.kompas.today))
        if this.closed is not None:
            return t("ui.evaluation.state.closed", number=number, next=number + 1)
        return ""

    def _update(self, selector: str, content: Content) -> None:
        """Update a Static only when its text changed (no needless relayout)."""
        widget = self.query_one(selector, Static)
        if widget.content != content:
            widget.update(content)

    def _show_list(self) -> None:
        groups, entries = self._entries()
        key = (tuple(groups), tuple((e[0].plain, tuple(e[0].spans), e[1]) for e in entries))
        if key == self._shown:
            return  # typing in the round's fields does not redraw the list
        self._shown = key
        self.query_one(EvaluationList).show_entries(groups, entries)

    def _entries(self) -> tuple[list[str], list[Entry]]:
        session, this, lang, today = self.session, self.this, self.kompas.lang, self.kompas.today
        plan = session.plan
        groups = groups_for(session, chosen_themes(session), self.zero_tolerance)
        adding = self.is_open and not self.kompas.read_only
        entries: list[Entry] = []
        for number, theme in enumerate(groups):
            if theme == ZERO_TOLERANCE_THEME:
                title = Content.styled(group_title(theme, lang), "bold underline")
                heading = Content("\n").join([title, Content(t("ui.plan.zero_tolerance.group", n=self.exposed))])
            else:
                heading = goal_heading(plan, theme, this, lang)
            entries.append((heading, f"head:{number}", True))
            for action in plan.actions:
                if action.theme == theme:
                    entries.append((action_entry(action, this=this, today=today, lang=lang), ACTION + action.id, False))
            if adding:
                entries.append((Content(t("ui.plan.add_entry")), f"{ADD}{number}", False))
        return groups, entries

    # -- which keys work -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.kompas.session
        if session is None:
            return True
        if action in _IN_ROUND:
            return rounds_.open_round(session) is not None
        if action == "new_round":
            return rounds_.open_round(session) is None and rounds_.has_plan(session)
        if action == "reopen_round":
            return rounds_.open_round(session) is None and bool(session.rounds)
        if action in ("celebrate", "history"):
            return bool(session.rounds)
        return True

    def _writable(self) -> bool:
        """False, with the holder named, when the session is read-only."""
        if self.kompas.read_only:
            self.notify(safe_text(self.kompas.read_only_notice()), severity="warning", markup=False)
            return False
        return True

    def _current_action(self) -> Action | None:
        action_id = self.query_one(EvaluationList).current_action_id
        action = find_action(self.session.plan, action_id) if action_id else None
        if action is None:
            self.notify(t("ui.evaluation.no_action"), markup=False)
        return action

    def _after_change(self) -> None:
        # Keys shown depend on the round (closed: none that change it).
        if self.app.screen is self:
            self.refresh_bindings()

    # -- an action -------------------------------------------------------------------

    def action_status(self, status: str) -> None:
        if not self._writable() or (action := self._current_action()) is None:
            return
        self.kompas.change_round(rounds_.review_action, action.id, status=status)

    def action_note(self) -> None:
        self._open_review("note")

    def action_edit(self, field: str) -> None:
        self._open_review(field)

    def _open_review(self, focus: str, action: Action | None = None) -> None:
        from kompas_tui.screens.evaluation_editors import ReviewEditor

        if not self._writable() or (action := action or self._current_action()) is None:
            return
        this = rounds_.open_round(self.session)
        review = this.review_of(action.id) if this is not None else None
        editor = ReviewEditor(
            action,
            note=review.note if review is not None else "",
            names=known_names(self.session.plan),
            today=self.kompas.today,
            focus=focus,
            on_change=partial(self._review_change, action.id),
        )
        self.app.push_screen(editor)

    def _review_change(self, action_id: str, kind: str, value: object) -> bool:
        app = self.kompas
        if kind == "status":
            result = app.change_round(rounds_.review_action, action_id, status=value)
        elif kind == "note":
            result = app.change_round(rounds_.review_action, action_id, note=value)
        else:
            result = app.change_round(rounds_.change_action, action_id, kind, value)
        return result is not None

    @on(OptionList.OptionSelected, "#evaluation-actions")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if not self.is_open:
            return
        if option_id.startswith(ACTION):
            action = find_action(self.session.plan, option_id[len(ACTION):])
            if action is not None and was_added(rounds_.open_round(self.session), action.id):
                self._open_action_editor(action)
            elif action is not None:
                self._open_review("status", action)
        elif (theme := self.query_one(EvaluationList).group_of(option_id)) is not None:
            self.action_add_action(theme)

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
            names=known_names(self.session.plan),
            today=self.kompas.today,
            on_change=self._store_added,
        )
        self.app.push_screen(editor, self._editor_closed)

    def _store_added(self, action: Action) -> str | None:
        """A new action goes into the plan with its first change (recorded
        as added in the round); later changes replace it."""
        app = self.kompas
        if not action.id:
            fields = action.model_dump(exclude={"id", "theme"})
            result = app.change_round(rounds_.add_round_action, action.theme, **fields)
            return result[1] if result is not None else None
        return action.id if app.change_round(rounds_.update_added_action, action) is not None else None

    def _editor_closed(self, result: Action | None) -> None:
        if result is not None:
            self._refresh()
            self.query_one(EvaluationList).select_id(ACTION + result.id)

    def action_add_goal(self) -> None:
        from kompas_tui.screens.evaluation_editors import GoalEditor

        if not self._writable():
            return
        session = self.session
        taken = [g.theme for g in session.plan.goals]
        offered = [theme for theme in vote_theme_names(session) if theme not in taken]
        self.app.push_screen(GoalEditor(themes=offered, taken=taken, today=self.kompas.today), self._goal_made)

    def _goal_made(self, goal: object) -> None:
        if goal is None:
            return
        if self.kompas.change_round(rounds_.add_round_goal, goal) is not None:
            self._refresh()
            groups = self._groups()
            theme = getattr(goal, "theme", "")
            if theme in groups:
                self.query_one(EvaluationList).select_id(f"{ADD}{groups.index(theme)}")

    def action_goal_reached(self) -> None:
        if not self._writable():
            return
        theme = self.query_one(EvaluationList).current_theme
        goal = goal_for(self.session.plan, theme) if theme is not None else None
        if theme is None or goal is None:
            self.notify(t("ui.evaluation.no_goal_here"), markup=False)
            return
        reached = None if goal.reached is not None else self.kompas.today
        if self.kompas.change_round(rounds_.mark_goal_reached, theme, reached) is not None:
            key = "ui.evaluation.goal_reached" if reached else "ui.evaluation.goal_not_reached"
            self.notify(safe_text(t(key, theme=one_line(theme))), markup=False)

    # -- the round -------------------------------------------------------------------

    @on(Input.Changed, "#round-participants")
    def _participants(self, event: Input.Changed) -> None:
        this = rounds_.open_round(self.session)
        names = [" ".join(n.split()) for n in event.value.split(",") if n.strip()]
        if this is not None and event.input.has_focus and names != this.participants:
            self.kompas.change_round(rounds_.set_participants, names)

    @on(TextArea.Changed, "#round-notes")
    def _notes(self, event: TextArea.Changed) -> None:
        this = rounds_.open_round(self.session)
        if this is not None and event.text_area.text != this.notes:
            self.kompas.change_round(rounds_.set_notes, event.text_area.text)

    @on(DateField.Changed, "#round-next")
    def _next_follow_up(self, event: DateField.Changed) -> None:
        if rounds_.open_round(self.session) is not None and event.value != self.session.plan.next_follow_up:
            self.kompas.change_round(rounds_.set_next_follow_up, event.value)

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_participants(self) -> None:
        if self._writable():
            self.query_one("#round-participants").focus()

    def action_next_date(self) -> None:
        if self._writable():
            self.query_one("#round-next", DateField).focus()

    def action_close_round(self) -> None:
        from kompas_tui.screens.round_offer import RoundQuestion

        if not self._writable():
            return
        number = len(self.session.rounds)
        question = RoundQuestion(
            t("ui.evaluation.close.title"),
            t("ui.evaluation.close.question", number=number),
            t("ui.evaluation.close.explain"),
            t("ui.evaluation.close.yes"),
            t("ui.evaluation.close.no"),
        )
        self.app.push_screen(question, self._close_answered)

    def _close_answered(self, yes: bool | None) -> None:
        if yes:
            self.kompas.commit_pending_input()  # a date still settling belongs to this round
            self.kompas.change_round(rounds_.close_round, self.kompas.today)
            self._after_change()

    def action_reopen_round(self) -> None:
        from kompas_tui.screens.round_offer import RoundQuestion

        if not self._writable():
            return
        number = len(self.session.rounds)
        question = RoundQuestion(
            t("ui.evaluation.reopen.title"),
            t("ui.evaluation.reopen.question", number=number),
            t("ui.evaluation.reopen.explain"),
            t("ui.evaluation.reopen.yes"),
            t("ui.evaluation.reopen.no"),
        )
        self.app.push_screen(question, self._reopen_answered)

    def _reopen_answered(self, yes: bool | None) -> None:
        if yes:
            self.kompas.change_round(rounds_.reopen_round)
            self._after_change()

    def action_new_round(self) -> None:
        from kompas_tui.screens.round_offer import RoundQuestion

        if not self._writable():
            return
        self.app.push_screen(RoundQuestion.offer(self.session, self.kompas.today), self._new_answered)

    def _new_answered(self, yes: bool | None) -> None:
        if yes:
            self.kompas.start_round()
            self._after_change()

    # -- looking back and ahead ------------------------------------------------------

    def action_celebrate(self) -> None:
        from kompas_tui.screens.evaluation_history import CelebrateView

        self.app.push_screen(CelebrateView(self.session, len(self.session.rounds) - 1))

    def action_history(self) -> None:
        from kompas_tui.screens.evaluation_history import HistoryView

        self.app.push_screen(HistoryView(self.session))

    def action_comparison(self) -> None:
        from importlib import import_module
        from importlib.util import find_spec

        if find_spec(COMPARISON) is None:
            self.notify(t("ui.evaluation.no_comparison"), markup=False)
            return
        self.app.push_screen(import_module(COMPARISON).ComparisonScreen())
