"""The Evaluering screen's part of the record (docs/meeting.md): who follows
up the plan and the work group, changed in the round (each change recorded
before → after); and, when the measurement the round added reports exposure
again, the zero-tolerance point open again in the round, with the
organisation's policy links and help contacts and the round's own record of
how it is handled (a text and a date).

The widget posts `Changed(kind, value)`; the screen runs the round's
operation (`set_follow_up_by`, `set_work_group`, `set_round_zero_tolerance`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, Static, TextArea

from kompas_tui.domain.meeting import clean_name, names_text, parse_names
from kompas_tui.domain.plan import Plan, ZeroToleranceRecord
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.formatting import help_lines
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.names import name_field
from kompas_tui.widgets.plan_date_field import DateField


class RoundRecordFields(Vertical):
    DEFAULT_CSS = """
    RoundRecordFields {
        height: auto;
    }
    RoundRecordFields #round-zt {
        height: auto;
        border: solid $error;
        padding: 0 1;
        margin: 1 0 0 0;
    }
    RoundRecordFields #round-zt-status.-unanswered {
        color: $text-error;
    }
    """

    class Changed(Message):
        """`kind` is "follow_up_by" (a name), "work_group" (names) or
        "zero_tolerance" (a `ZeroToleranceRecord`)."""

        def __init__(self, kind: str, value: object) -> None:
            super().__init__()
            self.kind = kind
            self.value = value

    def __init__(
        self,
        plan: Plan,
        record: ZeroToleranceRecord | None,
        *,
        exposed: int,
        profile: OrgProfile,
        lang: str,
        names: Callable[[], Sequence[str]],
        today: dt.date,
        editable: bool,
    ) -> None:
        super().__init__(id="round-record")
        self.plan = plan
        self.record = record or ZeroToleranceRecord()
        #: Exposure the round's new measurement reports (0: the point is not open again).
        self.exposed = exposed
        self.profile = profile
        self.lang = lang
        self.names = names
        self.today = today
        self.editable = editable

    def compose(self) -> ComposeResult:
        locked = not self.editable
        yield Label(t("ui_meeting.plan.follow_up_by"), classes="round-label", markup=False)
        yield name_field(
            self.plan.follow_up_by, id="round-follow-up-by", names=self.names, disabled=locked,
            placeholder=t("ui_meeting.plan.follow_up_by.placeholder"),
        )
        yield Label(t("ui_meeting.plan.work_group"), classes="round-label", markup=False)
        yield name_field(
            names_text(self.plan.work_group), id="round-work-group", names=self.names, several=True,
            disabled=locked, placeholder=t("ui_meeting.plan.work_group.placeholder"),
        )
        if self.exposed:
            with Vertical(id="round-zt"):
                yield Static(Content.styled(t("ui_meeting.round.zt.title"), "bold"))
                yield Static(t("ui_meeting.round.zt.explain", count=self.exposed), markup=False)
                yield Static(t("meeting.help.title") + ":", markup=False)
                for line in help_lines(self.profile, self.lang):
                    yield Static(safe_text(f"- {line.text}"), markup=False)
                yield Label(t("ui_plan.zt.text"), classes="round-label", markup=False)
                yield NotesArea(self.record.text, prompt_id="round-zt", read_only=locked, id="round-zt-text")
                yield Label(t("ui_plan.zt.date"), classes="round-label", markup=False)
                yield DateField(self.record.recorded, today=self.today, id="round-zt-date", disabled=locked)
                yield Static("", id="round-zt-status")

    def show_answered(self, answered: bool) -> None:
        """The point's state in words (not colour alone)."""
        for status in self.query("#round-zt-status").results(Static):
            key = "ui_meeting.round.zt.answered" if answered else "ui_meeting.round.zt.unanswered"
            status.update(Content.styled(t(key), "bold"))
            status.set_class(not answered, "-unanswered")

    @on(Input.Changed, "#round-follow-up-by")
    def _follow_up_by(self, event: Input.Changed) -> None:
        event.stop()
        if event.input.has_focus:
            self.post_message(self.Changed("follow_up_by", clean_name(event.value)))

    @on(Input.Changed, "#round-work-group")
    def _work_group(self, event: Input.Changed) -> None:
        event.stop()
        if event.input.has_focus:
            self.post_message(self.Changed("work_group", parse_names(event.value)))

    @on(TextArea.Changed, "#round-zt-text")
    def _zt_text(self, event: TextArea.Changed) -> None:
        event.stop()
        if self.editable and event.text_area.text != self.record.text:
            self.record = self.record.model_copy(update={"text": event.text_area.text})
            self.post_message(self.Changed("zero_tolerance", self.record))

    @on(DateField.Changed, "#round-zt-date")
    def _zt_date(self, event: DateField.Changed) -> None:
        event.stop()
        if self.editable and event.value != self.record.recorded:
            self.record = self.record.model_copy(update={"recorded": event.value})
            self.post_message(self.Changed("zero_tolerance", self.record))
