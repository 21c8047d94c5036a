"""Evaluering (an evaluation round, SPEC §3.8 and the deck's "løbende
opfølgning og evaluering"): the group goes through the plan's actions, says
how each stands, adjusts what cannot be done, celebrates what is done, sets
new goals and the next follow-up date.

The round's head stays in view (number, date, open or closed,
participants, next follow-up, how the actions stand); below it one
scrolling page: the actions per goal (`EvaluationList`), then the round's
fields (participants with their roles, next follow-up, notes, who follows
up the plan and the work group; the zero-tolerance point when the round's
new measurement reports exposure again: `widgets/round_record.py`). The
Footer shows every key that works where the cursor is. On an action: `1`–`5` set its status, `n` a note, `o`/`d`/`f` a new
owner, deadline or follow-up person (each recorded in the round, before →
after), Enter all of them at once; `a` adds an action, `g` a goal, `r`
marks the goal the cursor is in reached. `c` celebrates, `h` shows the
rounds so far, `x` closes the round (or reopens the last one), `n` starts
a new one when none is open, `m` compares a new measurement.

Every change is an operation of `domain/evaluation.py`, run through
`SessionStore.change_round`: refused in words when the rounds' rules say no
(a closed round is history), or with the holder named when the session is
read-only. Which keys work follows the round: a closed round offers none
that would change it. See docs/evaluation.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, OptionList, Static, TextArea

from kompas_tui.domain import evaluation as rounds_
from kompas_tui.domain.meeting import parse_participants, participants_text, session_names
from kompas_tui.domain.plan import goal_for
from kompas_tui.domain.scoring import summarise
from kompas_tui.i18n import t
from kompas_tui.screens.base import EnterMovesOn
from kompas_tui.screens.evaluation_changes import PlanChanges
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.evaluation_list import EvaluationList
from kompas_tui.widgets.evaluation_parts import groups_for, head, round_entries, state_text, was_added
from kompas_tui.widgets.plan_date_field import DateField
from kompas_tui.widgets.names import name_field
from kompas_tui.widgets.plan_parts import chosen_themes, field_keys
from kompas_tui.widgets.round_record import RoundRecordFields

if TYPE_CHECKING:
    from kompas_tui.domain.evaluation import Round
    from kompas_tui.domain.session import Session

#: The status keys, in the order of the plan's statuses.
STATUS_KEYS = {"1": "not_started", "2": "in_progress", "3": "done", "4": "adjusted", "5": "dropped"}

#: Actions that change the open round (hidden when no round is open).
_IN_ROUND = frozenset(
    {
        *("status", "note", "edit", "add_action", "remove_action", "add_goal", "goal_reached"),
        *("close_round", "participants", "next_date"),
    }
)

#: Actions about the action under the cursor (offered only on an action).
_ON_ACTION = frozenset({"status", "note", "edit", "remove_action"})

#: The Footer's one entry for o, d and f (a catalog key, put in words there).
ACTION_FIELDS = Binding.Group("ui_evaluation.key.fields", compact=True)

COMPARISON = "kompas_tui.screens.comparison"


class EvaluationScreen(EnterMovesOn, PlanChanges, StepScreen):
    STEP = "evaluation"
    HELP = "ui_evaluation.help.evaluation"
    AUTO_FOCUS = "#evaluation-actions"

    BINDINGS = [
        Binding("1", "status('not_started')", "ui_evaluation.key.status", key_display="1-5",
                tooltip="ui_evaluation.key.status.tip", id="evaluation.status"),
        *(Binding(key, f"status('{status}')", show=False, id=f"evaluation.status{key}")
          for key, status in list(STATUS_KEYS.items())[1:]),
        Binding("n", "note", "ui_evaluation.key.note", tooltip="ui_evaluation.key.note.tip", id="evaluation.note"),
        Binding("n", "new_round", "ui_evaluation.key.new_round", tooltip="ui_evaluation.key.new_round.tip",
                id="evaluation.new_round"),
        # One Footer entry for the three ("o/d/f Ansvarlig/frist/opf."), each in the help.
        Binding("o", "edit('owner')", "ui_evaluation.key.owner", tooltip="ui_evaluation.key.owner.tip",
                id="evaluation.owner", group=ACTION_FIELDS),
        Binding("d", "edit('deadline')", "ui_evaluation.key.deadline", tooltip="ui_evaluation.key.deadline.tip",
                id="evaluation.deadline", group=ACTION_FIELDS),
        Binding("f", "edit('follow_up')", "ui_evaluation.key.follow_up", tooltip="ui_evaluation.key.follow_up.tip",
                id="evaluation.follow_up", group=ACTION_FIELDS),
        Binding("delete", "remove_action", "ui_evaluation.key.remove", tooltip="ui_evaluation.key.remove.tip",
                id="evaluation.remove"),
        Binding("a", "add_action", "ui_evaluation.key.add", tooltip="ui_evaluation.key.add.tip", id="evaluation.add"),
        Binding("g", "add_goal", "ui_evaluation.key.goal", tooltip="ui_evaluation.key.goal.tip", id="evaluation.goal"),
        Binding("r", "goal_reached", "ui_evaluation.key.reached", tooltip="ui_evaluation.key.reached.tip",
                id="evaluation.reached"),
        # Priority: the focus moves before the next key is handed on (see voting.py).
        Binding("p", "participants", "ui_evaluation.key.participants", tooltip="ui_evaluation.key.participants.tip",
                id="evaluation.participants", priority=True),
        Binding("u", "next_date", "ui_evaluation.key.next_date", tooltip="ui_evaluation.key.next_date.tip",
                id="evaluation.next_date", priority=True),
        Binding("c", "celebrate", "ui_evaluation.key.celebrate", tooltip="ui_evaluation.key.celebrate.tip",
                id="evaluation.celebrate"),
        Binding("h", "history", "ui_evaluation.key.history", tooltip="ui_evaluation.key.history.tip",
                id="evaluation.history"),
        Binding("m", "comparison", "ui_evaluation.key.comparison", tooltip="ui_evaluation.key.comparison.tip",
                id="evaluation.comparison"),
        Binding("x", "close_round", "ui_evaluation.key.close", tooltip="ui_evaluation.key.close.tip",
                id="evaluation.close"),
        Binding("x", "reopen_round", "ui_evaluation.key.reopen", tooltip="ui_evaluation.key.reopen.tip",
                id="evaluation.reopen"),
        *field_keys("evaluation"),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.store.session
        assert session is not None, "the evaluation screen needs an open session"
        summary = summarise(session.report, self.kompas.profile, session.created.date())
        #: The session's own report triggers the zero-tolerance point.
        self.first_exposed = summary.exposed if "zero_tolerance" in summary.guidance else 0
        #: What the page was composed for: the round shown, open or not, read-only.
        self._state = self._state_now()
        self._shown: tuple[object, ...] = ()
        self._actions: EvaluationList | None = None

    # -- the session -----------------------------------------------------------------

    @property
    def session(self) -> Session:
        session = self.store.session
        assert session is not None
        return session

    @property
    def this(self) -> Round | None:
        """The round the page shows: the open one, else the last one."""
        rounds = self.session.rounds
        return rounds[-1] if rounds else None

    @property
    def zero_tolerance(self) -> bool:
        """The point is in the plan: the session's report, or a measurement
        a round added, reports exposure (then an action can answer it)."""
        return self.exposed > 0

    @property
    def exposed(self) -> int:
        session = self.session
        later = [
            rounds_.exposed_count(session.measurements[r.measurement])
            for r in session.rounds
            if r.measurement is not None and r.measurement < len(session.measurements)
        ]
        return max([self.first_exposed, *later])

    @property
    def is_open(self) -> bool:
        return rounds_.open_round(self.session) is not None

    def _state_now(self) -> tuple[object, ...]:
        session = self.store.session
        if session is None:
            return ()
        return (len(session.rounds), rounds_.open_round(session) is not None, self.store.read_only,
                rounds_.has_plan(session), session.rounds[-1].measurement if session.rounds else None)

    # -- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        app, store, session, this = self.kompas, self.store, self.session, self.this
        editable = self.is_open and not store.read_only
        yield from self.compose_step_bar()
        # Above the page, so it stays in view while the list scrolls.
        yield from self.compose_read_only_notice()
        # Filled in now, not on mount: the first frame shows the whole screen.
        state = state_text(session, app.lang, app.today)
        yield Static(head(session, app.lang, app.today), id="round-head")
        yield Static(Content(state), id="round-state").set_styles(display="block" if state else "none")
        # Not a Tab stop of its own: the list, the fields and the keys read it.
        with VerticalScroll(id="evaluation-page", can_focus=False):
            yield EvaluationList(id="evaluation-actions")
            if this is not None:
                yield Label(t("ui_evaluation.participants.label"), classes="round-label", markup=False)
                yield name_field(
                    participants_text(this.participants), id="round-participants", several=True,
                    names=lambda: session_names(self.session), disabled=not editable,
                    placeholder=t("ui_evaluation.participants.placeholder"),
                )
                yield Label(t("ui_evaluation.next_follow_up.label"), classes="round-label", markup=False)
                yield DateField(session.plan.next_follow_up, today=app.today, id="round-next", disabled=not editable)
                yield Label(t("ui_evaluation.notes.label"), classes="round-label", markup=False)
                yield NotesArea(this.notes, prompt_id="round", read_only=not editable, id="round-notes")
                exposed = rounds_.round_reports_exposure(session, len(session.rounds) - 1)
                yield RoundRecordFields(
                    session.plan, this.zero_tolerance, profile=app.profile, lang=app.lang,
                    exposed=rounds_.exposed_count(session.measurements[this.measurement or 0]) if exposed else 0,
                    names=lambda: session_names(self.session), today=app.today, editable=editable,
                )
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
        session = self.store.session
        if not self.query("#round-head") or session is None:
            return
        lang, today = self.kompas.lang, self.kompas.today
        self._update("#round-head", head(session, lang, today))
        state = state_text(session, lang, today)
        self._update("#round-state", Content(state))
        self.query_one("#round-state").display = bool(state)
        self.query_one(EvaluationList).display = rounds_.has_plan(session)
        self._show_list()
        this = self.this
        for field in self.query("#round-participants").results(Input):
            if not field.has_focus and this is not None and parse_participants(field.value) != this.participants:
                field.value = participants_text(this.participants)
        for record in self.query(RoundRecordFields):
            record.show_answered(rounds_.zero_tolerance_reopened(session) is None)

    def _update(self, selector: str, content: Content) -> None:
        """Update a Static only when its text changed (no needless relayout)."""
        widget = self.query_one(selector, Static)
        if widget.content == content:
            return
        # The same number of lines: repaint it alone, not the page's layout.
        width = widget.content_region.width
        before = widget.content if isinstance(widget.content, Content) else None
        same = width > 0 and before is not None and len(before.wrap(width)) == len(content.wrap(width))
        widget.update(content, layout=not same)

    def _show_list(self) -> None:
        session = self.session
        groups = groups_for(session, chosen_themes(session), self.zero_tolerance)
        entries = round_entries(
            session,
            groups,
            exposed=self.exposed,
            adding=self.is_open and not self.store.read_only,
            lang=self.kompas.lang,
            today=self.kompas.today,
        )
        key = (tuple(groups), tuple((e[0].plain, tuple(e[0].spans), e[1]) for e in entries))
        if key == self._shown:
            return  # typing in the round's fields does not redraw the list
        self._shown = key
        self.query_one(EvaluationList).show_entries(groups, entries)

    # -- which keys work -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that do something here and now are offered: those
        that change the round while one is open and may be written, those
        about an action while the cursor is on one."""
        session = self.store.session
        if session is None:
            return True
        this = rounds_.open_round(session)
        if action in _IN_ROUND:
            if this is None or self.store.read_only:
                return False
            if action in _ON_ACTION:
                return self._action_under_cursor(added_only=action == "remove_action", round_=this)
            if action == "goal_reached":
                return self._goal_under_cursor()
            return True
        if action == "new_round":
            return this is None and rounds_.has_plan(session) and not self.store.read_only
        if action == "reopen_round":
            return this is None and bool(session.rounds) and not self.store.read_only
        if action in ("celebrate", "history"):
            return bool(session.rounds)
        return True

    def _action_list(self) -> EvaluationList | None:
        """The list of actions, looked up once per composition of the page:
        the Footer asks `check_action` about every key on every cursor move,
        and a query walks the whole page."""
        actions = self._actions
        if actions is None or not actions.is_attached:
            lists = self.query(EvaluationList)
            actions = self._actions = lists.first() if lists else None
        return actions

    def _action_under_cursor(self, *, added_only: bool, round_: Round) -> bool:
        actions = self._action_list()
        action_id = actions.current_action_id if actions is not None else None
        if action_id is None:
            return False
        return was_added(round_, action_id) if added_only else True

    def _goal_under_cursor(self) -> bool:
        actions = self._action_list()
        theme = actions.current_theme if actions is not None else None
        return theme is not None and goal_for(self.session.plan, theme) is not None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # The keys offered follow the cursor (an action, a goal, an add entry).
        self.refresh_bindings()

    def _after_change(self) -> None:
        # Keys shown depend on the round (closed: none that change it).
        if self.app.screen is self:
            self.refresh_bindings()

    @on(OptionList.OptionSelected, "#evaluation-actions")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose_entry(event.option.id or "")

    # -- the round -------------------------------------------------------------------

    @on(Input.Changed, "#round-participants")
    def _participants(self, event: Input.Changed) -> None:
        this = rounds_.open_round(self.session)
        people = parse_participants(event.value)
        if this is not None and event.input.has_focus and people != this.participants:
            self.store.change_round(rounds_.set_participants, people)

    def on_round_record_fields_changed(self, event: RoundRecordFields.Changed) -> None:
        if rounds_.open_round(self.session) is None:
            return
        if event.kind == "follow_up_by" and event.value != self.session.plan.follow_up_by:
            self.store.change_round(rounds_.set_follow_up_by, event.value)
        elif event.kind == "work_group" and event.value != self.session.plan.work_group:
            self.store.change_round(rounds_.set_work_group, event.value)
        elif event.kind == "zero_tolerance":
            record = event.value
            self.store.change_round(rounds_.set_round_zero_tolerance, record.text, record.recorded)  # type: ignore[attr-defined]

    @on(TextArea.Changed, "#round-notes")
    def _notes(self, event: TextArea.Changed) -> None:
        this = rounds_.open_round(self.session)
        if this is not None and event.text_area.text != this.notes:
            self.store.change_round(rounds_.set_notes, event.text_area.text)

    @on(DateField.Changed, "#round-next")
    def _next_follow_up(self, event: DateField.Changed) -> None:
        if rounds_.open_round(self.session) is not None and event.value != self.session.plan.next_follow_up:
            self.store.change_round(rounds_.set_next_follow_up, event.value)

    def action_participants(self) -> None:
        if self._writable():
            self.set_focus(self.query_one("#round-participants"))

    def action_next_date(self) -> None:
        if self._writable():
            self.query_one("#round-next", DateField).focus()

    def action_close_round(self) -> None:
        from kompas_tui.screens.round_offer import RoundQuestion

        if not self._writable():
            return
        self.app.push_screen(RoundQuestion.closing(len(self.session.rounds)), self._close_answered)

    def _close_answered(self, yes: bool | None) -> None:
        if yes:
            self.kompas.commit_pending_input()  # a date still settling belongs to this round
            if self.store.change_round(rounds_.close_round, self.kompas.today) is not None:
                self.kompas.checkpoint("round_closed")
            self._after_change()

    def action_reopen_round(self) -> None:
        from kompas_tui.screens.round_offer import RoundQuestion

        if not self._writable():
            return
        self.app.push_screen(RoundQuestion.reopening(len(self.session.rounds)), self._reopen_answered)

    def _reopen_answered(self, yes: bool | None) -> None:
        if yes:
            self.store.change_round(rounds_.reopen_round)
            self._after_change()

    def action_new_round(self) -> None:
        from kompas_tui.screens.round_offer import RoundQuestion

        if not self._writable():
            return
        self.app.push_screen(RoundQuestion.offer(self.session, self.kompas.today, on_opening=False), self._new_answered)

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
            self.notify(t("ui_evaluation.no_comparison"), markup=False)
            return
        self.app.push_screen(import_module(COMPARISON).ComparisonScreen())
