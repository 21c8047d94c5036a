"""The record of the meeting on the Dialog step (docs/meeting.md): the
preparation (the deck's step 2) and the meeting (step 3), each a group of
fields shown as one item before the discussion prompts.

`PreparationFields`: when, who prepared it (names, comma-separated), notes.
`MeetingFields`: the date, the place and the participants, typed as one
line "Mette (leder), Jonas (AMR), Ali" and shown back underneath as they
are stored, each with the role in words, so a missing or unknown role is
seen at once.

The widgets post `Changed` with the new `Preparation` or `Meeting`; the
screen puts it in the session. Names known in the session are offered as
you type. Text typed is never rewritten under the typist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea

from kompas_tui.domain.meeting import (
    ROLES,
    Meeting,
    Preparation,
    names_text,
    parse_names,
    parse_participants,
    participants_text,
    role_word,
)
from kompas_tui.domain.message import plural
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.names import SHOWN_AS_TEXT, name_field
from kompas_tui.widgets.plan_date_field import DateField

_CSS = """
{name} {{
    height: auto;
}}
{name} .record-row {{
    height: auto;
}}
{name} .record-label {{
    width: 16;
    padding: 1 1 0 0;
    text-style: bold;
}}
{name} .record-row > Input, {name} .record-row > DateField {{
    width: 1fr;
}}
/* Plain box-drawing borders, double when focused: focus shows without
   colour too (NO_COLOR, the Linux console). */
{name} Input, {name} TextArea {{
    border: solid $secondary;
}}
{name} Input:focus, {name} TextArea:focus {{
    border: double $accent;
}}
{name} .record-hint {{
    color: $text-muted;
    padding: 0 0 0 16;
}}
{name} .notes-label {{
    margin: 1 0 0 0;
    text-style: bold;
}}
"""


def _row(label_key: str, field: Widget) -> Horizontal:
    return Horizontal(Label(t(label_key), classes="record-label", markup=False), field, classes="record-row")


def participants_shown(meeting: Meeting, lang: str | None = None) -> Content:
    """"3 deltagere: Mette — leder · Jonas — AMR · Ali — rolle mangler"."""
    people = meeting.participants
    if not people:
        return Content(t("ui_meeting.participants.none", lang))
    parts: list[str | tuple[str, str]] = [plural("ui_meeting.participants.count", len(people), lang), " "]
    for index, person in enumerate(people):
        if index:
            parts.append(" · ")
        parts += [safe_text(person.name), " — "]
        parts.append((role_word(person.role, lang), "" if person.role else "bold"))
    return Content.assemble(*parts)


class PreparationFields(Vertical):
    """When, by whom and how the dialogue was prepared."""

    DEFAULT_CSS = _CSS.format(name="PreparationFields")

    class Changed(Message):
        def __init__(self, preparation: Preparation) -> None:
            super().__init__()
            self.preparation = preparation

    def __init__(
        self, preparation: Preparation, *, today: dt.date, names: Callable[[], Sequence[str]], read_only: bool
    ) -> None:
        super().__init__(id="record-preparation")
        self.preparation = preparation
        self.today = today
        self.names = names
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        prep = self.preparation
        locked = self.read_only
        yield _row("ui_meeting.preparation.date", DateField(prep.date, today=self.today, id="prep-date", disabled=locked))
        yield _row(
            "ui_meeting.preparation.by",
            name_field(
                names_text(prep.by), id="prep-by", names=self.names, several=True, disabled=locked,
                placeholder=t("ui_meeting.preparation.by.placeholder"),
            ),
        )
        yield Label(t("ui_meeting.preparation.notes"), classes="notes-label", markup=False)
        yield NotesArea(prep.notes, prompt_id="preparation", read_only=locked, id="prep-notes")

    def _post(self, **changes: object) -> None:
        draft = self.preparation.model_copy(update=changes)
        if draft != self.preparation:
            self.preparation = draft
            self.post_message(self.Changed(draft))

    @on(DateField.Changed, "#prep-date")
    def _date(self, event: DateField.Changed) -> None:
        event.stop()
        self._post(date=event.value)

    @on(Input.Changed, "#prep-by")
    def _by(self, event: Input.Changed) -> None:
        event.stop()
        self._post(by=parse_names(event.value))

    @on(TextArea.Changed, "#prep-notes")
    def _notes(self, event: TextArea.Changed) -> None:
        event.stop()
        if not self.read_only:
            self._post(notes=event.text_area.text)


class MeetingFields(Vertical):
    """The dialogue meeting: date, place, participants with roles."""

    DEFAULT_CSS = _CSS.format(name="MeetingFields")

    class Changed(Message):
        def __init__(self, meeting: Meeting) -> None:
            super().__init__()
            self.meeting = meeting

    def __init__(
        self, meeting: Meeting, *, today: dt.date, names: Callable[[], Sequence[str]], read_only: bool
    ) -> None:
        super().__init__(id="record-meeting")
        self.meeting = meeting
        self.today = today
        self.names = names
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        meeting = self.meeting
        locked = self.read_only
        yield _row("ui_meeting.date", DateField(meeting.date, today=self.today, id="meeting-date", disabled=locked))
        place = Input(meeting.place, id="meeting-place", highlighter=SHOWN_AS_TEXT, disabled=locked)
        yield _row("ui_meeting.place", place)
        yield _row(
            "ui_meeting.participants",
            name_field(
                participants_text(meeting.participants), id="meeting-participants", names=self.names,
                several=True, disabled=locked, placeholder=t("ui_meeting.participants.placeholder"),
            ),
        )
        yield Static(participants_shown(meeting), classes="record-hint", id="meeting-people")
        roles = ", ".join(role_word(role) for role in ROLES)
        yield Static(t("ui_meeting.participants.roles", roles=roles), classes="record-hint", markup=False)

    def _post(self, **changes: object) -> None:
        draft = self.meeting.model_copy(update=changes)
        if draft != self.meeting:
            self.meeting = draft
            self.query_one("#meeting-people", Static).update(participants_shown(draft))
            self.post_message(self.Changed(draft))

    @on(DateField.Changed, "#meeting-date")
    def _date(self, event: DateField.Changed) -> None:
        event.stop()
        self._post(date=event.value)

    @on(Input.Changed, "#meeting-place")
    def _place(self, event: Input.Changed) -> None:
        event.stop()
        self._post(place=event.value)

    @on(Input.Changed, "#meeting-participants")
    def _participants(self, event: Input.Changed) -> None:
        event.stop()
        self._post(participants=parse_participants(event.value))
