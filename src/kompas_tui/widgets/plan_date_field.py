"""A date typed the Danish way, shown back unambiguously.

An `Input` for the text and, beside it, what the text was read as
("= 24. dec. 2026") or why it cannot be read, in a few words, with "not
saved" (and the date still saved on a second line): never more than the
field's own height, so nothing below it moves. Only a
date that reads (or an emptied field: no date) is passed on, as
`DateField.Changed`; a wrong one never is, so the session keeps the last
good value while the reason is on screen (and says which it is).

A good date is passed on once typing has paused for `SETTLE` seconds, or
at once when the field loses focus or `flush()` is called: typing
"24-12-2026" goes through "24-1" (24 January), which should not reach the
file on the way.
"""

from __future__ import annotations

import datetime as dt

from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static

from kompas_tui.domain.dates import DateError, format_date, format_input, parse_date
from kompas_tui.i18n import language, t
from kompas_tui.text import safe_text

#: Seconds of quiet before a good date is passed on (well within SPEC §7's second).
SETTLE = 0.3


class DateField(Widget):
    DEFAULT_CSS = """
    DateField {
        layout: horizontal;
        height: auto;
    }
    DateField > Input {
        width: 18;
    }
    /* As high as the field, whatever it says: a wrong date never pushes
       the fields below down (the reason is short, `_feedback`). */
    DateField > .date-feedback {
        width: 1fr;
        height: 3;
        overflow: hidden;
        padding: 1 0 0 1;
    }
    DateField > .date-feedback.-hint {
        color: $text-muted;
    }
    DateField.-error > .date-feedback {
        color: $text-error;
        text-style: bold;
    }
    """

    class Changed(Message):
        """The field holds a new good date, or none (emptied)."""

        def __init__(self, field: DateField, value: dt.date | None) -> None:
            super().__init__()
            self.field = field
            self.value = value

        @property
        def control(self) -> DateField:
            return self.field

    def __init__(
        self,
        value: dt.date | None,
        *,
        today: dt.date,
        lang: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, classes=classes, disabled=disabled)
        #: The date passed on last (what the session holds).
        self.value = value
        self._pending: dt.date | None = value
        self._timer: Timer | None = None
        self.today = today
        self.lang = lang or language()
        #: Why the text cannot be read (None: it can, or it is empty).
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        text = format_input(self.value, self.lang) if self.value else ""
        yield Input(text, placeholder=t("ui_plan.date.placeholder", self.lang), classes="date-input")
        yield Static(self._feedback(text), classes="date-feedback", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def _feedback(self, text: str) -> Content:
        """What the text was read as, or why not (and that it was not saved)."""
        self.error = None
        self.remove_class("-error")
        if not text.strip():
            return Content(t("ui_plan.date.hint", self.lang))
        try:
            value = parse_date(text, self.today)
        except DateError as error:
            # The whole sentence for a notice (`flush_on_closing`); beside
            # the field a few words, on one line at 80 columns, and the date
            # still saved on the next.
            self.error = error.text(self.lang)
            self.add_class("-error")
            lines = [t("ui_plan.date.not_saved", self.lang, reason=error.short_text(self.lang))]
            if self.value is not None:
                lines.append(t("ui_plan.date.kept", self.lang, date=format_date(self.value, self.lang)))
            return Content(safe_text(lines[0])) if len(lines) == 1 else Content("\n").join(map(Content, map(safe_text, lines)))
        return Content("= " + format_date(value, self.lang))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        text = event.value
        self.query_one(".date-feedback", Static).update(self._feedback(text))
        self.query_one(".date-feedback").set_class(not text.strip(), "-hint")
        self._stop_timer()
        if self.error is not None:
            return
        self._pending = parse_date(text, self.today) if text.strip() else None
        if self._pending != self.value:
            self._timer = self.set_timer(SETTLE, self.flush, name="date-settle")

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def flush(self) -> None:
        """Pass on the good date typed, now."""
        self._stop_timer()
        if self.error is None and self._pending != self.value:
            self.value = self._pending
            self.post_message(self.Changed(self, self.value))

    def flush_on_closing(self) -> None:
        """`flush` as its dialog closes: a date that cannot be read is not
        saved, and the user is told so (the field is gone a moment later)."""
        self.flush()
        if self.error is not None:
            self.notify(
                safe_text(t("ui_plan.editor.deadline_not_saved", reason=self.error)),
                severity="warning",
                markup=False,
                timeout=8,
            )

    def on_descendant_blur(self) -> None:
        self.flush()

    def on_mount(self) -> None:
        self.query_one(".date-feedback").set_class(self.value is None, "-hint")

    def focus(self, scroll_visible: bool = True) -> DateField:
        self.input.focus(scroll_visible)
        return self
