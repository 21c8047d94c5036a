"""The field for the next follow-up date: typed the Danish way
(`domain.dates.parse_date`), saved on Enter or when Tab leaves it; Escape
puts back the saved date and leaves the field."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input



class DateInput(Input):
    BINDINGS = [
        Binding("enter", "submit", "ui_summary.key.save_date", tooltip="ui_summary.key.save_date.tip", id="summary.date.save"),
        Binding("ctrl+j", "submit", "ui_summary.key.save_date", show=False, id="summary.date.save_j"),
        Binding("escape", "cancel", "ui_summary.key.cancel_date", tooltip="ui_summary.key.cancel_date.tip", id="summary.date.cancel"),
    ]

    class Cancelled(Message):
        """Escape: the typing is to be undone."""

        def __init__(self, field: DateInput) -> None:
            super().__init__()
            self.field = field

        @property
        def control(self) -> DateInput:
            return self.field

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled(self))
