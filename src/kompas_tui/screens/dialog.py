"""Dialog: the discussion at the table (SPEC §3.3), one item at a time.

The items are the record of the meeting first (the TRIO's preparation and
the meeting itself: date, place, participants with roles; see
docs/meeting.md), then the prompts of `prompts_for(profile)` (the deck's,
then the organisation's), then the guidance cards the report triggers, with
the same texts as the report screen and the organisation's policy links and
help contacts under them. The record's items are fields; every other item
has a notes field, saved as it is typed (a guidance card's under
`guidance_notes_id`), so typing always lands in a field and never in a key;
each prompt also has an advisory timer that never moves on by itself. The timers run
on the screen side only; they are kept per open session, so a look at the
report (F2) and back does not stop them. Only the chosen minutes are saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import monotonic
from typing import ClassVar
from weakref import WeakKeyDictionary

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import ContentSwitcher, Input, Label, Static, TextArea

from kompas_tui.domain.dialog import guidance_notes_id, notes_for, prompts_for, set_notes, set_timer, timer_for
from kompas_tui.domain.meeting import meeting_entered, preparation_entered, session_names
from kompas_tui.domain.profile_texts import Prompt
from kompas_tui.domain.scoring import summarise
from kompas_tui.formatting import guidance_text, help_lines
from kompas_tui.i18n import t
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.dialog_timer import DEFAULT_MINUTES, MAX_MINUTES, AdvisoryTimer, TimerLine
from kompas_tui.widgets.evaluation_notice import compose_history_notice
from kompas_tui.widgets.meeting_fields import MeetingFields, PreparationFields
from kompas_tui.widgets.plan_parts import field_keys

#: Running timers per open session (by its handle), prompt id → timer. Not
#: in the file: a timer is only advice for the meeting in progress.
_TIMERS: WeakKeyDictionary[object, dict[str, AdvisoryTimer]] = WeakKeyDictionary()

#: Seconds of quiet before typing into a read-only notes field is told again.
REFUSAL_PAUSE = 5.0
#: How often the advisory timer's line is brought up to date.
TICK_SECONDS = 1.0

#: The record of the meeting, before the prompts (the deck's steps 2 and 3).
RECORD_ITEMS = ("preparation", "meeting")


@dataclass(frozen=True)
class DialogItem:
    """A prompt (with notes and timer), a guidance card (with notes) or a
    part of the record of the meeting (fields)."""

    #: The prompt's id, or the guidance key.
    key: str
    title: str
    body: str
    #: The prompt's suggested minutes; None for guidance.
    minutes: int | None = None
    guidance: bool = False
    #: A part of the record of the meeting ("preparation", "meeting"): fields, no timer.
    record: bool = False

    @property
    def has_timer(self) -> bool:
        return not (self.guidance or self.record)

    @classmethod
    def from_prompt(cls, prompt: Prompt, lang: str) -> DialogItem:
        return cls(prompt.id, prompt.title.get(lang), prompt.body.get(lang), prompt.minutes or DEFAULT_MINUTES)

    @property
    def notes_id(self) -> str:
        """Where this item's notes are kept in the session (every item but
        the record's has notes)."""
        return guidance_notes_id(self.key) if self.guidance else self.key


def _lines(text: str) -> Content:
    """Profile and catalog text as text: each line made safe, none parsed."""
    return Content("\n").join(Content(safe_text(line)) for line in text.splitlines())


class DialogScreen(StepScreen):
    STEP: ClassVar[str] = "dialog"
    HELP = "ui_dialog.help.dialog"
    AUTO_FOCUS = "#dialog-page"  # set per item in __init__

    BINDINGS = [
        Binding("ctrl+n", "move(1)", "ui_dialog.key.next", tooltip="ui_dialog.key.next.tip", id="dialog.next"),
        Binding("f9", "move(1)", "ui_dialog.key.next", tooltip="ui_dialog.key.next.tip", show=False, id="dialog.next_f9"),
        # Not ctrl+b: that is tmux's prefix key.
        Binding("ctrl+r", "move(-1)", "ui_dialog.key.previous", tooltip="ui_dialog.key.previous.tip", id="dialog.previous"),
        # F10, not F8: F8 is the Evaluering step's key.
        Binding(
            "f10",
            "move(-1)",
            "ui_dialog.key.previous",
            tooltip="ui_dialog.key.previous.tip",
            show=False,
            id="dialog.previous_f10",
        ),
        # One key starts and stops the timer: the Footer offers what fits now.
        Binding(
            "ctrl+g",
            "timer_start",
            "ui_dialog.key.timer_start",
            tooltip="ui_dialog.key.timer_start.tip",
            id="dialog.timer_start",
        ),
        Binding(
            "ctrl+g", "timer_off", "ui_dialog.key.timer_off", tooltip="ui_dialog.key.timer_off.tip", id="dialog.timer_off"
        ),
        Binding(
            "ctrl+l",
            "timer_extend",
            "ui_dialog.key.timer_extend",
            tooltip="ui_dialog.key.timer_extend.tip",
            id="dialog.timer_extend",
        ),
        # The record's fields: Tab moves on before the next key is delivered.
        *field_keys("dialog"),
    ]

    def __init__(self) -> None:
        super().__init__()
        app, store = self.kompas, self.store
        session = store.session
        assert session is not None, "the dialog screen needs an open session"
        lang = app.lang
        summary = summarise(session.report, app.profile, session.created.date())
        self.items: list[DialogItem] = [
            DialogItem(key, t(f"ui_meeting.{key}.title"), t(f"ui_meeting.{key}.body"), record=True)
            for key in RECORD_ITEMS
        ]
        self.items += [DialogItem.from_prompt(prompt, lang) for prompt in prompts_for(app.profile)]
        help_text = "\n".join([t("meeting.help.title") + ":", *(line.text for line in help_lines(app.profile, lang))])
        for key in summary.guidance:
            title, body = guidance_text(summary, key, lang)
            self.items.append(DialogItem(key, title, f"{body}\n\n{help_text}", guidance=True))
        # Back at the prompt the session was left at (`kompas open`).
        keys = [item.key for item in self.items]
        self.index = keys.index(session.dialog.current) if session.dialog.current in keys else self._first_index()
        # The first field of the item shown (the others are hidden, but Textual would focus them).
        self.AUTO_FOCUS = f"#item-{self.index} Input, #item-{self.index} NotesArea"
        self.timers: dict[str, AdvisoryTimer] = _TIMERS.setdefault(store.handle, {})
        # Timers already up when the screen opens were announced before.
        self._announced = {key for key, timer in self.timers.items() if timer.done}
        self._refused_at = -REFUSAL_PAUSE

    def _first_index(self) -> int:
        """Where a session not left on an item opens: at the first part of
        the record not entered yet, unless the discussion has begun (notes
        written), then at the first prompt."""
        session = self.store.session
        assert session is not None
        first_prompt = len(RECORD_ITEMS)
        if any(p.notes.strip() for p in session.dialog.prompts):
            return first_prompt
        if not preparation_entered(session.preparation):
            return 0
        return 1 if not meeting_entered(session.meeting) else first_prompt

    # -- layout ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        store = self.store
        session = store.session
        assert session is not None
        yield from self.compose_step_bar()
        # Above the page, not on it: "Punkt 1 af 9" stays in view however
        # far down the item's fields the focus goes.
        yield Static(id="dialog-nav")
        with VerticalScroll(id="dialog-page"):
            yield from self.compose_read_only_notice()
            yield from compose_history_notice(store.workshop_locked, store.read_only)
            with ContentSwitcher(initial=f"item-{self.index}", id="dialog-items"):
                for index, item in enumerate(self.items):
                    with Vertical(id=f"item-{index}", classes="dialog-item"):
                        yield Static(self._heading(index, item), classes="item-title")
                        yield Static(_lines(item.body), classes="item-body")
                        if item.record:
                            yield self._record_fields(item.key)
                        else:
                            yield from self._notes(index, item)
        yield from self.compose_footer()

    def _notes(self, index: int, item: DialogItem) -> ComposeResult:
        """A prompt's timer and notes; a guidance card's notes too: what is
        typed while people talk always lands in a field."""
        store = self.store
        assert store.session is not None
        if not item.guidance:
            yield TimerLine(classes="timer")
        locked = store.read_only or store.workshop_locked
        label = "ui_dialog.notes.read_only" if locked else "ui_dialog.notes"
        yield Label(t(label), classes="notes-label", markup=False)
        yield NotesArea(
            notes_for(store.session.dialog, item.notes_id),
            prompt_id=item.notes_id,
            read_only=locked,
            id=f"notes-{index}",
        )

    def _record_fields(self, key: str) -> PreparationFields | MeetingFields:
        """The fields of a part of the record. They stay open to changes
        after the workshop (a round exists): the record of a meeting held
        is corrected, not planned, and an older file gets its record late."""
        app, store = self.kompas, self.store
        session = store.session
        assert session is not None
        names = lambda: session_names(store.session) if store.session is not None else []  # noqa: E731
        kind = PreparationFields if key == "preparation" else MeetingFields
        value = session.preparation if key == "preparation" else session.meeting
        return kind(value, today=app.today, names=names, read_only=store.read_only)  # type: ignore[arg-type]

    def _heading(self, index: int, item: DialogItem) -> Content:
        title = safe_text(item.title)
        if item.guidance:
            return Content.assemble((t("ui_dialog.guidance"), "bold"), ": ", (title, "bold"))
        if item.record:
            return Content.assemble((title, "bold"))
        # The prompts are numbered among themselves, as the deck's questions.
        return Content.assemble((f"{index + 1 - len(RECORD_ITEMS)}. {title}", "bold"))

    def on_mount(self) -> None:
        super().on_mount()
        self._show_nav()
        self._show_timer()
        self.set_interval(TICK_SECONDS, self.tick, name="dialog-timers")

    # -- moving between items --------------------------------------------------

    @property
    def item(self) -> DialogItem:
        return self.items[self.index]

    def action_move(self, step: int) -> None:
        self.show_item(max(0, min(len(self.items) - 1, self.index + step)))

    def show_item(self, index: int) -> None:
        if index == self.index:
            return
        self.index = index
        key = self.items[index].key
        self.store.remember(lambda session: setattr(session.dialog, "current", key))
        self.query_one("#dialog-items", ContentSwitcher).current = f"item-{index}"
        page = self.query_one("#dialog-page", VerticalScroll)
        page.scroll_home(animate=False, immediate=True)
        self._show_nav()
        self._show_timer()
        fields = self.query(f"#item-{index} Input, #notes-{index}")
        self.set_focus(fields.first() if fields else page, scroll_visible=False)
        self.refresh_bindings()

    def _show_nav(self) -> None:
        where = t("ui_dialog.position", number=self.index + 1, count=len(self.items))
        if self.index + 1 < len(self.items):
            after = t("ui_dialog.next", title=safe_text(self.items[self.index + 1].title))
        else:
            after = t("ui_dialog.last")
        self.query_one("#dialog-nav", Static).update(Content.assemble((where, "bold"), " · ", after))

    # -- notes -----------------------------------------------------------------

    @on(TextArea.Changed, ".notes")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        session = self.store.session
        if not isinstance(area, NotesArea) or session is None or area.read_only:
            return
        if notes_for(session.dialog, area.prompt_id) == area.text:
            return
        dialog = session.dialog.model_copy(deep=True)
        set_notes(dialog, area.prompt_id, area.text)
        self.store.update(dialog=dialog)

    def on_preparation_fields_changed(self, event: PreparationFields.Changed) -> None:
        self.store.update(preparation=event.preparation)

    def on_meeting_fields_changed(self, event: MeetingFields.Changed) -> None:
        self.store.update(meeting=event.meeting)

    @on(Input.Submitted, "#dialog-items Input")
    def _next_field(self, event: Input.Submitted) -> None:
        # Enter in a field of the record goes on to the next field, as Tab does.
        event.stop()
        self.focus_next()

    def on_notes_area_refused(self, event: NotesArea.Refused) -> None:
        # Once per burst of typing, not per key.
        moment = monotonic()
        if moment - self._refused_at > REFUSAL_PAUSE:
            self.notify(safe_text(self.store.locked_notice()), severity="warning", markup=False)
        self._refused_at = moment

    # -- the advisory timer ----------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Only the timer keys that make sense for this item are offered.
        if action in ("timer_start", "timer_extend", "timer_off"):
            if not self.item.has_timer:
                return False
            timer = self.timers.get(self.item.key)
            # Start when there is none; once started, extend or switch off.
            return (timer is None) == (action == "timer_start")
        return True

    def _minutes(self, item: DialogItem) -> int:
        """The chosen length (saved), else the prompt's suggestion."""
        session = self.store.session
        chosen = timer_for(session.dialog, item.key) if session is not None else None
        return chosen or item.minutes or DEFAULT_MINUTES

    def action_timer_start(self) -> None:
        item = self.item
        if not item.has_timer:
            return
        timer = AdvisoryTimer.start(self._minutes(item))
        self._set_timer(item.key, timer)

    def action_timer_extend(self) -> None:
        timer = self.timers.get(self.item.key)
        if timer is None:
            return
        if not timer.can_extend():
            self.notify(t("ui_dialog.timer.max", max=MAX_MINUTES), markup=False)
            return
        self._set_timer(self.item.key, timer.extended())

    def action_timer_off(self) -> None:
        self._set_timer(self.item.key, None)

    def _set_timer(self, key: str, timer: AdvisoryTimer | None) -> None:
        if timer is None:
            self.timers.pop(key, None)
        else:
            self.timers[key] = timer
        self._announced.discard(key)
        # The chosen minutes are kept with the notes; a read-only viewer may
        # still time the discussion, but nothing is saved.
        session = self.store.session
        if session is not None and not (self.store.read_only or self.store.workshop_locked):
            dialog = session.dialog.model_copy(deep=True)
            set_timer(dialog, key, timer.minutes if timer is not None else None)
            if dialog != session.dialog:
                self.store.update(dialog=dialog)
        self._show_timer()
        self.refresh_bindings()

    def _show_timer(self) -> None:
        item = self.item
        if not item.has_timer:
            return
        line = self.query_one(f"#item-{self.index} TimerLine", TimerLine)
        line.show_timer(self.timers.get(item.key), self._minutes(item))

    def tick(self) -> None:
        """Once a second: the time left, and a calm word when a timer is up
        (nothing else happens; the group moves on when it is ready)."""
        for key, timer in list(self.timers.items()):
            if timer.done and key not in self._announced:
                self._announced.add(key)
                title = next((item.title for item in self.items if item.key == key), key)
                self.notify(safe_text(t("ui_dialog.timer.done_notice", title=title)), markup=False, timeout=8)
                self.refresh_bindings()
        self._show_timer()
