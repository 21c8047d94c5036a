"""The participant's voting screen (`kompas join SESSION.toml`, SPEC §5).

It reads only the ballot box next to the session, never the session file.
Every second it reads the box's `ballot.toml` (`read_ballot`): no ballot
yet, open, closed, gone (revealed or discarded after this screen saw it), or
unreadable. While the ballot is open every change is cast at once
(`cast`), so a dropped connection loses nothing; on start, and whenever a
new ballot opens, the participant's own earlier ballot is taken up again
(`own_ballot`).

No key waits on the disk (issue 14): the box is read and written in thread
workers. One read at a time (a poll while one is out is skipped), and one
cast at a time: a dot key shows its dots at once, and a key pressed while a
cast is out waits for it and is cast after it, so the file always ends with
the last thing asked for. A refused cast puts back the dots last cast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from kompas_tui.domain.message import plural
from kompas_tui.i18n import catalog, t
from kompas_tui.storage import ballot_box
from kompas_tui.storage.participant_ballot import BoxLook, CastResult, cast_dots, look_at_box
from kompas_tui.text import safe_text
from kompas_tui.widgets.join_table import JoinTable
from kompas_tui.widgets.footer import KompasFooter

State = Literal["reading", "waiting", "open", "closed", "gone", "unreadable"]

#: Seconds between two readings of the box.
POLL_SECONDS = 1.0

#: The worker groups of the box's reads and casts.
READ_WORK, CAST_WORK = "join-read", "join-cast"




def dots_text(count: int) -> str:
    return plural("voting.unit.dot", count)


def error_text(error: ballot_box.BallotError) -> str:
    """The error's own words (its key, should the catalog lack them), safe
    to show (a path in it may hold anything)."""
    if error.key not in catalog():
        return safe_text(error.key)
    return safe_text(error.text())


class JoinScreen(Screen[None]):
    HELP = "ui_join.help"
    AUTO_FOCUS = "#join-table"
    BINDINGS: ClassVar[list[BindingType]] = []

    def __init__(self, session_path: Path) -> None:
        super().__init__()
        self.session_path = Path(session_path)
        self.state: State = "reading"
        self.info: ballot_box.BallotInfo | None = None
        #: The dots shown: the last cast, and any asked for since.
        self.dots: dict[str, int] = {}
        #: The dots the box has (the last cast that went through).
        self._cast_dots: dict[str, int] = {}
        #: Dots asked for while a cast was out: cast when it is back.
        self._next_cast: dict[str, int] | None = None
        self._reading = self._casting = False
        #: The ballot the dots belong to (its id), and whether this user has a ballot in it.
        self._ballot_id: str | None = None
        self.has_cast = False
        self.cast_at: dt.datetime | None = None
        self._seen_ballot = False
        self._unreadable_reason = ""
        self.message = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="join-page"):
            yield Static(t("ui_join.title"), id="join-title", markup=False)
            yield Static("", id="join-state", markup=False)
            yield Static("", id="join-budget", markup=False)
            yield JoinTable(id="join-table")
            yield Static("", id="join-message", markup=False)
            yield Static("", id="join-cast", markup=False)
        yield KompasFooter()

    def on_mount(self) -> None:
        self.poll()
        self.set_interval(POLL_SECONDS, self.poll, name="join-poll")

    # -- reading the box -----------------------------------------------------

    @property
    def box_busy(self) -> bool:
        """A read or a cast is out, or a cast waits for one."""
        return self._reading or self._casting or self._next_cast is not None

    def poll(self) -> None:
        """Read the ballot in a worker, unless a read is already out."""
        if self._reading:
            return
        self._reading = True
        path, known = self.session_path, self._ballot_id
        self.run_worker(lambda: look_at_box(path, known), thread=True, group=READ_WORK, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group not in (READ_WORK, CAST_WORK) or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        result = worker.result if event.state == WorkerState.SUCCESS else None
        if worker.group == READ_WORK:
            self._reading = False
            self._seen(result if isinstance(result, BoxLook) else BoxLook(error=OSError(str(worker.error))))
        else:
            self._casting = False
            error = worker.error if isinstance(worker.error, OSError) else OSError(str(worker.error))
            self._cast_back(result if isinstance(result, CastResult) else CastResult({}, failed=error))

    def _seen(self, look: BoxLook) -> None:
        """Show the ballot as a read found it (a new ballot takes up this user's own dots)."""
        error = look.error
        if error is not None:
            plain = not isinstance(error, ballot_box.BallotError) or error.key == "ballot.error.unreadable"
            self._unreadable("" if plain else error_text(error))
            return
        info = look.info
        self.info = info
        before = self.state
        if info is None:
            self.state = "gone" if self._seen_ballot else "waiting"
        else:
            self._seen_ballot = True
            if info.id != self._ballot_id and look.own is not None:
                self._take_up(info, look.own)
                self.message = ""  # a notice about the last ballot is not about this one
            self.state = info.state
        if self.state != before:
            self.message = ""  # "not open" and the like end with the state they were about
            self.refresh_bindings()  # the dot keys are offered only while the ballot is open
        self._show()

    def _unreadable(self, reason: str) -> None:
        self.state = "unreadable"
        self._unreadable_reason = reason
        self.info = None
        self._show()

    def _take_up(self, info: ballot_box.BallotInfo, own: dict[str, int]) -> None:
        self._ballot_id = info.id
        self.dots = {theme: count for theme, count in own.items() if theme in info.themes}
        self._cast_dots = dict(self.dots)
        self._next_cast = None
        self.has_cast = bool(own)
        self.cast_at = None

    # -- showing it ------------------------------------------------------------

    def _state_text(self) -> str:
        if self.state == "closed":
            return t("ui_join.state.closed_cast" if self.has_cast else "ui_join.state.closed")
        if self.state == "unreadable":
            return self._unreadable_reason or t("ui_join.state.unreadable")
        return t(f"ui_join.state.{self.state}")

    def left(self) -> int:
        return (self.info.votes_per_person if self.info else 0) - sum(self.dots.values())

    def _set(self, selector: str, content: Content | str) -> None:
        """Update a line only when its text changed, and without laying the
        screen out again when it keeps its number of lines: a dot key then
        repaints its own lines, not the whole screen (SSH bandwidth)."""
        widget = self.query_one(selector, Static)
        new = content if isinstance(content, Content) else Content(content)
        old = widget.content
        if isinstance(old, Content) and old == new:
            return
        width = widget.content_region.width
        same = width > 0 and isinstance(old, Content) and len(old.wrap(width)) == len(new.wrap(width))
        widget.update(new, layout=not same)

    def _show(self) -> None:
        info = self.info
        title = t("ui_join.title.unit", unit=safe_text(info.unit)) if info and info.unit else t("ui_join.title")
        if info and info.facilitator:
            # Who runs the ballot: the participant sees whose box they vote in.
            title = t("ui_join.title.by", title=title, facilitator=safe_text(info.facilitator))
        self._set("#join-title", Content(title))
        self._set("#join-state", Content(self._state_text()))
        self.query_one("#join-state", Static).set_class(self.state != "open", "-notice")
        table = self.query_one(JoinTable)
        budget = self.query_one("#join-budget", Static)
        cast = self.query_one("#join-cast", Static)
        shown = info is not None
        table.display = budget.display = cast.display = shown
        if info is None:
            self._set("#join-message", "")
            return
        table.show(info.themes, self.dots)
        if self.focused is None:
            # Hidden while there was no ballot, the table lost the focus.
            table.focus()
        line = t("ui_join.budget", left=self.left(), votes=dots_text(info.votes_per_person))
        cap = t("ui_join.cap", cap=dots_text(info.max_per_theme)) if info.max_per_theme else t("ui_join.no_cap")
        self._set("#join-budget", Content(f"{line} · {cap}"))
        self._set("#join-message", Content(self.message))
        if self.state != "open":
            # Closed: the state line says whether the vote was cast; no promise of changes.
            self._set("#join-cast", "")
        elif self.cast_at is not None:
            self._set("#join-cast", Content(t("ui_join.cast", time=self.cast_at.strftime("%H:%M"))))
        elif self.has_cast:
            self._set("#join-cast", Content(t("ui_join.cast_resumed")))
        else:
            self._set("#join-cast", Content(t("ui_join.not_cast") if self.state == "open" else ""))

    def _say(self, message: str) -> None:
        self.message = message
        self._set("#join-message", Content(message))

    # -- voting ----------------------------------------------------------------

    @on(JoinTable.Change)
    def change(self, event: JoinTable.Change) -> None:
        dots = event.dots if event.step is None else self.dots.get(event.theme, 0) + event.step
        self.want(event.theme, dots)

    def want(self, theme: str, dots: int) -> None:
        """Give `theme` `dots` dots and cast the ballot, or say why not."""
        info = self.info
        if info is None or self.state != "open":
            self._say(t("ui_join.not_open"))
            return
        current = self.dots.get(theme, 0)
        if dots < 0:
            self._say(t("ui_join.none_to_take", theme=safe_text(theme)))
            return
        if info.max_per_theme is not None and dots > info.max_per_theme:
            self._say(t("ui_join.over_cap", cap=dots_text(info.max_per_theme)))
            return
        if dots - current > self.left():
            left = self.left()
            self._say(t("ui_join.over_budget", left=dots_text(left)) if left else t("ui_join.no_budget_left"))
            return
        wanted = {**self.dots, theme: dots}
        self.dots = {name: count for name, count in wanted.items() if count}
        self.message = ""
        self._cast(self.dots)
        self._show()

    def _cast(self, dots: dict[str, int]) -> None:
        """Cast `dots` in a worker; after the one that is out, if one is."""
        if self._casting:
            self._next_cast = dict(dots)
            return
        self._casting, self._next_cast = True, None
        path, wanted = self.session_path, dict(dots)
        self.run_worker(lambda: cast_dots(path, wanted), thread=True, group=CAST_WORK, exit_on_error=False)

    def _cast_back(self, result: CastResult) -> None:
        """A cast is back: go on with the next, or say why it failed and
        show the dots the box has."""
        if result.refused is None and result.failed is None:
            self._cast_dots = result.dots
            self.has_cast = True
            self.cast_at = dt.datetime.now()
            if self._next_cast is not None:
                self._cast(self._next_cast)
            self._show()
            return
        self._next_cast = None
        self.dots = dict(self._cast_dots)
        error = result.refused
        if error is not None and error.key in ("ballot.error.closed", "ballot.error.none"):
            self.message = ""
            self._show()
            self.poll()
            return
        if error is not None:
            reason = error_text(error)
        else:
            from kompas_tui.os_errors import os_reason

            assert result.failed is not None
            reason = os_reason(result.failed)
        self._say(t("ui_join.cast_failed", reason=reason))
        self._show()
