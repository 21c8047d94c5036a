"""The advisory timer of a discussion prompt, and the line that shows it.

The timer only informs: when the time is up it says so, calmly, and nothing
else happens; the group moves on when it is ready. Its running state is
kept on the screen side (never in the session file); only the minutes the
facilitator chose are saved with the prompt's notes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from textual.content import Content
from textual.widgets import Static

from kompas_tui.i18n import t

#: Minutes added by "extend".
EXTEND_MINUTES = 5
#: The longest timer a prompt can keep (the session model's limit).
MAX_MINUTES = 240
#: When neither the facilitator nor the prompt names a length.
DEFAULT_MINUTES = 10


def now() -> float:
    """The timer's clock (monotonic: a changed wall clock cannot end a
    discussion early). Tests replace it."""
    return time.monotonic()


@dataclass(frozen=True)
class AdvisoryTimer:
    #: The length it was set to, extensions included (what is saved).
    minutes: int
    #: When the time is up, on the `now()` clock.
    ends_at: float

    @classmethod
    def start(cls, minutes: int) -> AdvisoryTimer:
        return cls(minutes, now() + minutes * 60)

    def seconds_left(self) -> float:
        return max(0.0, self.ends_at - now())

    @property
    def done(self) -> bool:
        return self.seconds_left() <= 0

    def can_extend(self) -> bool:
        return self.minutes + EXTEND_MINUTES <= MAX_MINUTES

    def extended(self) -> AdvisoryTimer:
        """Five minutes more: from now when the time was up, else on top of
        what is left."""
        return AdvisoryTimer(self.minutes + EXTEND_MINUTES, max(self.ends_at, now()) + EXTEND_MINUTES * 60)


def clock_text(seconds: float) -> str:
    """ "7:05": minutes and seconds left, rounded up so 0:00 means done."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


class TimerLine(Static):
    """One line under a prompt: off (with the minutes it would start with),
    the time left, or that the time is up."""

    _shown: str | None = None

    def show_timer(self, timer: AdvisoryTimer | None, minutes: int) -> None:
        if timer is None:
            text = t("ui_dialog.timer.off", minutes=minutes)
        elif timer.done:
            text = t("ui_dialog.timer.done", minutes=timer.minutes)
        else:
            text = t("ui_dialog.timer.running", left=clock_text(timer.seconds_left()), minutes=timer.minutes)
        self.set_class(timer is not None and not timer.done, "-running")
        self.set_class(timer is not None and timer.done, "-done")
        if text != self._shown:
            # Redrawn only when it reads differently: the screen's tick comes
            # every second, also when no timer runs (nothing to send then).
            # The running clock keeps its length from tick to tick: no layout then.
            same_size = self._shown is not None and len(text) == len(self._shown)
            self._shown = text
            self.update(Content(text), layout=not same_size)
