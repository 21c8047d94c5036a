"""Live afstemning: the facilitator's side of live voting (SPEC §5).

A dialog over the Afstemning screen (key `l`). It opens a ballot box next to
the session with the vote's themes, votes per person and cap
(`storage.ballot_box`), then polls the box once a second and shows how many
have voted and who (login names; never what), the files not counted and
the command the participants type. `c` closes, `o` (re)opens, `r` closes
and reveals: the totals are added to the vote's dots, saved at once, and
the box with every single ballot is gone. `d` (twice) discards. Escape
leaves the ballot running; the dialog shows it again when reopened (the
box is the state: nothing about an open ballot lives in the app but which
folder it is).

The screen never waits on the disk: every look at the box and every key's
box operation runs in a thread worker (one at a time, `_BOX_LOCK`), which
posts a `BoxRead` that the dialog applies. The box is counted only while
it is the facilitator's own and the very folder this run opened (or first
saw): `KompasApp.ballot_boxes` keeps it; a replaced box is shown as such
and never counted or revealed.
"""

from __future__ import annotations

import shlex
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from kompas_tui.domain import message as messages
from kompas_tui.domain.message import plural
from kompas_tui.domain.voting import VotingRefused, VotingSettings, total_dots, vote_themes
from kompas_tui.i18n import catalog, t
from kompas_tui.os_errors import os_reason
from kompas_tui.screens.base import KompasModal
from kompas_tui.storage import ballot_box
from kompas_tui.storage.ballot_box import BallotCount, BallotError, BallotInfo, BallotNote, BoxIdentity, BoxView
from kompas_tui.text import safe_text
from kompas_tui.widgets.footer import KompasFooter

#: Seconds between two looks at the box.
POLL_SECONDS = 1.0

#: One box operation at a time in this process: a poll waits for a reveal.
_BOX_LOCK = threading.Lock()

#: Storage refusals the dialog words in its own terms.
_REFUSALS = {
    "ballot.error.already_open": "ui_live.refused.already_open",
    "ballot.error.none": "ui_live.refused.none",
    "ballot.error.nobody": "ui_live.refused.nobody",
    "ballot.error.too_many": "ui_live.refused.too_many",
}


def _message(said: messages.Message) -> str:
    """A storage message (`ballot.*`), or a plain word about an unknown key
    (never a crash on an unexpected error or note)."""
    if said.catalog_key in catalog():
        try:
            return said.text()
        except (KeyError, IndexError, ValueError):
            pass
    return t("ui_live.note.unknown", key=said.key)


def _cap(cap: int | None) -> str:
    return t("ui_live.no_cap") if cap is None else t("ui_live.cap", cap=cap)


@dataclass(frozen=True)
class Outcome:
    """What a key's box operation came to (worded in the worker)."""

    done: str = ""
    refused: str = ""
    #: Revealed: the totals and the number of ballots counted.
    revealed: tuple[dict[str, int], int] | None = None


def _refusal(error: BaseException) -> Outcome:
    if isinstance(error, BallotError):
        key = _REFUSALS.get(error.key)
        reason = _message(replace(error.message, key=key) if key else error.message)
        return Outcome(refused=t("ui_live.refused", reason=reason))
    if isinstance(error, OSError):
        return Outcome(refused=t("ui_live.error", reason=os_reason(error)))
    raise error


class BoxRead(Message):
    """The box as a worker read it (after a key's operation, if any)."""

    def __init__(self, view: BoxView | None, problem: str, outcome: Outcome | None) -> None:
        super().__init__()
        #: The facilitator's box (None: no box, or `problem`).
        self.view = view
        #: Why the box there cannot be shown ("" for none): replaced, damaged, unreadable.
        self.problem = problem
        self.outcome = outcome


#: A key's box operation, run in the worker: given the folder expected
#: (None: none known yet), what came of it.
Operation = Callable[[BoxIdentity | None], Outcome]


def _look(path: Path, known: dict[Path, BoxIdentity]) -> tuple[BoxView | None, str]:
    """Read the box (in the worker): the view, or why not. The first box
    seen is remembered in `known`; later looks count only that folder."""
    try:
        view = ballot_box.watch_box(path, known.get(path))
    except BallotError as error:
        return None, _message(error.message)
    except OSError as error:
        return None, t("ui_live.error", reason=os_reason(error))
    if view is not None:
        known.setdefault(path, view.identity)
    return view, ""


class LiveBallotDialog(KompasModal[None]):
    HELP = "ui_live.help"
    #: The dialog itself: the arrows scroll it when the notes make it long.
    AUTO_FOCUS = "#dialog"

    BINDINGS: ClassVar = [
        Binding("o", "open_ballot", "ui_live.key.open_ballot", tooltip="ui_live.key.open_ballot.tip", id="live.open"),
        Binding(
            "c", "close_ballot", "ui_live.key.close_ballot", tooltip="ui_live.key.close_ballot.tip", id="live.close"
        ),
        Binding("r", "reveal", "ui_live.key.reveal", tooltip="ui_live.key.reveal.tip", id="live.reveal"),
        Binding("d", "discard", "ui_live.key.discard", tooltip="ui_live.key.discard.tip", id="live.discard"),
    ]

    def __init__(self) -> None:
        super().__init__()
        #: The box as last read (None: no ballot, or `problem`).
        self.info: BallotInfo | None = None
        self.count: BallotCount | None = None
        self.identity: BoxIdentity | None = None
        #: Why the box there is not shown (replaced, damaged, unreadable); "" for none.
        self.problem = ""
        #: A refusal, confirmation or outcome under the state ("" for none).
        self._message: tuple[str, str] = ("", "")
        #: An action waiting for its key a second time ("discard", "reveal").
        self._armed: str | None = None
        #: Box jobs started and not yet read back (the poll waits for them).
        self._jobs = 0
        #: Whether the box has been read once (until then the dialog says it is reading).
        self._looked = False

    # -- layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = Content(t("ui_live.title"))
            yield Static(id="live-state")
            yield Static(id="live-count")
            yield Static(id="live-join")
            yield Static(id="live-notes")
            yield Static(id="live-message")
            yield Static(id="live-keys", classes="note")
        yield KompasFooter()

    def on_mount(self) -> None:
        self._draw()
        self.refresh_box()
        self.set_interval(POLL_SECONDS, self._poll, name="live-ballot-poll")

    # -- the session and the box (in a worker) ----------------------------------------

    @property
    def _path(self) -> Path:
        handle = self.store.handle
        assert handle is not None, "the live ballot needs an open session"
        return handle.path

    def _settings(self) -> tuple[tuple[str, ...], VotingSettings]:
        session = self.store.session
        assert session is not None
        return vote_themes(session.report, session.voting), session.voting.settings

    def _poll(self) -> None:
        if not self._jobs:  # a look still on its way (a slow disk) is not doubled
            self.refresh_box()

    def refresh_box(self, operation: Operation | None = None) -> None:
        """Read the box again in a worker (after `operation`, when given):
        its state, who has voted, the notes. Shown when the worker posts it."""
        self._jobs += 1
        path, known = self._path, self.kompas.ballot_boxes
        self.run_worker(
            lambda: self._box_job(path, known, operation),
            thread=True,
            group="live-ballot",
            exit_on_error=False,
        )

    def _box_job(self, path: Path, known: dict[Path, BoxIdentity], operation: Operation | None) -> None:
        """In the worker thread: the operation, then a look; posted back whatever happens."""
        outcome = None
        view, problem = None, ""
        with _BOX_LOCK:
            try:
                if operation is not None:
                    try:
                        outcome = operation(known.get(path))
                    except (BallotError, OSError) as error:
                        outcome = _refusal(error)
                    if outcome.revealed is not None:
                        known.pop(path, None)
                view, problem = _look(path, known)
            finally:
                self.post_message(BoxRead(view, problem, outcome))

    @on(BoxRead)
    def _box_read(self, message: BoxRead) -> None:
        self._jobs = max(0, self._jobs - 1)
        self._looked = True
        view = message.view
        self.info = view.info if view else None
        self.count = view.count if view else None
        self.identity = view.identity if view else None
        self.problem = message.problem
        outcome = message.outcome
        if message.problem and self._message[0] == "done":
            self._message = ("", "")  # "the ballot is open" is not about the box now there
        if outcome is not None:
            if outcome.refused:
                self._message = ("refused", outcome.refused)
            elif outcome.done:
                self._message = ("done", outcome.done)
            else:
                self._message = ("", "")
            if outcome.revealed is not None:
                self._apply(*outcome.revealed)
                return
        self._draw()

    # -- drawing -------------------------------------------------------------------

    def _update(self, selector: str, content: Content) -> None:
        widget = self.query_one(selector, Static)
        widget.update(content)
        widget.display = bool(content.plain)

    def _draw(self) -> None:
        info = self.info
        if not self._looked:
            self._draw_reading()
        elif self.problem:
            self._draw_problem()
        elif info is None:
            self._draw_none()
        else:
            since = info.opened.astimezone().strftime("%H:%M")
            head = t("ui_live.state.open", time=since) if info.state == "open" else t("ui_live.state.closed")
            rules = t(
                "ui_live.rules",
                themes=len(info.themes),
                votes=info.votes_per_person,
                cap=_cap(info.max_per_theme),
            )
            state_lines = [Content.styled(head, "bold"), Content.styled(rules, "$text-muted")]
            if self.identity is not None and self.identity.group_readable:
                # No private group for the facilitator: the team can read the ballots.
                state_lines.append(Content.styled(t("ballot.group_readable"), "$text-warning"))
            self._update("#live-state", Content("\n").join(state_lines))
            self._draw_count(info, self.count)
            join = Content("\n").join(
                [
                    Content(t("ui_live.join")),
                    # The full path: participants run it from their own login and folder.
                    Content.styled("  kompas join " + safe_text(shlex.quote(str(self._path.absolute()))), "bold"),
                ]
            )
            self._update("#live-join", join if info.state == "open" else Content(""))
            self._draw_notes(self.count.notes if self.count is not None else ())
            keys = "ui_live.keys.open" if info.state == "open" else "ui_live.keys.closed"
            self._update("#live-keys", Content(t(keys)))
        self._show_message()

    def _draw_none(self) -> None:
        themes, settings = self._settings()
        participants = (
            t("ui_live.participants_unknown")
            if settings.participants is None
            else t("ui_live.participants", n=settings.participants)
        )
        will_open = t(
            "ui_live.will_open",
            themes=len(themes),
            votes=settings.votes(len(themes)),
            cap=_cap(settings.max_per_theme),
            participants=participants,
        )
        self._update("#live-state", Content("\n").join([Content.styled(t("ui_live.none"), "bold"), Content(will_open)]))
        for selector in ("#live-count", "#live-join", "#live-notes"):
            self._update(selector, Content(""))
        self._update("#live-keys", Content(t("ui_live.keys.none")))

    def _draw_reading(self) -> None:
        """Before the first look at the box has come back (a slow disk): say so, offer nothing."""
        self._update("#live-state", Content.styled(t("ui_live.reading"), "bold"))
        for selector in ("#live-count", "#live-join", "#live-notes", "#live-keys"):
            self._update(selector, Content(""))

    def _draw_problem(self) -> None:
        """A box that cannot be shown: replaced, damaged or unreadable. Only discarding helps."""
        self._update("#live-state", Content.styled(safe_text(self.problem), "bold $text-error"))
        for selector in ("#live-count", "#live-join", "#live-notes"):
            self._update(selector, Content(""))
        self._update("#live-keys", Content(t("ui_live.keys.problem")))

    def _draw_count(self, info: BallotInfo, count: BallotCount | None) -> None:
        voted = count.voted if count is not None else 0
        if info.participants is not None:
            line = plural("ui_live.count.of", voted, participants=info.participants)
        else:
            line = plural("ui_live.count", voted)
        lines = [Content.styled(line, "bold $success" if voted else "bold")]
        if count is not None and count.voters:
            lines.append(Content(safe_text(t("ui_live.voters", names=", ".join(count.voters)))))
        self._update("#live-count", Content("\n").join(lines))

    def _draw_notes(self, notes: tuple[BallotNote, ...]) -> None:
        if not notes:
            self._update("#live-notes", Content(""))
            return
        head = plural("ui_live.notes", len(notes))
        lines = [Content.styled(head, "$text-warning")]
        lines += [
            Content.styled(
                safe_text(_message(note.message)),
                "$text-warning",
            )
            for note in notes
        ]
        self._update("#live-notes", Content("\n").join(lines))

    def _say(self, kind: str, text: str) -> None:
        self._message = (kind, text)
        self._show_message()

    def _show_message(self) -> None:
        kind, text = self._message
        style = {"refused": "bold $text-error", "confirm": "bold $text-warning"}.get(kind, "bold")
        self._update("#live-message", Content.styled(safe_text(text), style) if text else Content(""))

    # -- keys ----------------------------------------------------------------------
    # Each key decides what it can from the last look, and leaves the box work
    # to the worker, which looks at the box again first (it may have changed).

    def _refuse(self, reason: str) -> None:
        self._say("refused", t("ui_live.refused", reason=reason))

    def _writable(self) -> bool:
        """Refuse in words when the session cannot be changed."""
        if self.store.read_only or self.store.workshop_locked:
            self._refuse(self.store.locked_notice())
            return False
        return True

    def _disarm(self, keep: str | None = None) -> None:
        if self._armed != keep:
            self._armed = None

    def action_open_ballot(self) -> None:
        self._disarm()
        if not self._writable():
            return
        themes, settings = self._settings()
        if self.info is None and not themes:
            self._refuse(t("ui_live.refused.no_themes"))
            return
        session = self.store.session
        assert session is not None
        path, unit = self._path, session.report.unit
        votes, cap, participants = settings.votes(len(themes)), settings.max_per_theme, settings.participants
        known = self.kompas.ballot_boxes

        def open_or_reopen(expect: BoxIdentity | None) -> Outcome:
            view = ballot_box.watch_box(path, expect)
            if view is None:
                if not themes:
                    return Outcome(refused=t("ui_live.refused", reason=t("ui_live.refused.no_themes")))
                info = ballot_box.open_ballot(
                    path, unit=unit, themes=themes, votes_per_person=votes, max_per_theme=cap, participants=participants
                )
                assert info.box is not None
                known[path] = info.box  # from now on only this folder is counted
                return Outcome(done=t("ui_live.opened"))
            if view.info.state == "open":
                return Outcome(refused=t("ui_live.refused", reason=t("ui_live.refused.is_open")))
            ballot_box.reopen_ballot(path, view.identity)
            return Outcome(done=t("ui_live.reopened"))

        self.refresh_box(open_or_reopen)

    def action_close_ballot(self) -> None:
        self._disarm()
        if not self._writable():
            return
        if self.info is not None and self.info.state == "closed":
            self._refuse(t("ui_live.refused.is_closed"))
            return
        path = self._path

        def close(expect: BoxIdentity | None) -> Outcome:
            view = ballot_box.watch_box(path, expect)
            if view is None:
                return Outcome(refused=t("ui_live.refused", reason=t("ui_live.refused.none")))
            if view.info.state == "closed":
                return Outcome(refused=t("ui_live.refused", reason=t("ui_live.refused.is_closed")))
            ballot_box.close_ballot(path, view.identity)
            return Outcome(done=t("ui_live.closed"))

        self.refresh_box(close)

    def action_discard(self) -> None:
        self._disarm("discard")
        if not self._writable():
            return
        # A damaged or replaced box can still be discarded: otherwise only
        # deleting it by hand would let a new ballot open.
        if self.info is None and not self.problem:
            self._refuse(t("ui_live.refused.none"))
            return
        if self._armed != "discard":
            self._armed = "discard"
            voted = self.count.voted if self.count is not None else 0
            self._say("confirm", t("ui_live.confirm.discard", voted=voted))
            return
        self._armed = None
        path, known = self._path, self.kompas.ballot_boxes

        def discard(_expect: BoxIdentity | None) -> Outcome:
            known.pop(path, None)  # whatever happens, the next box is a new one
            ballot_box.discard_ballot(path)
            return Outcome(done=t("ui_live.discarded"))

        self.refresh_box(discard)

    def action_reveal(self) -> None:
        self._disarm("reveal")
        if not self._writable():
            return
        if self.problem:  # replaced, damaged, unreadable: never revealed
            self._refuse(self.problem)
            return
        if self.info is None:
            self._refuse(t("ui_live.refused.none"))
            return
        themes, settings = self._settings()
        session = self.store.session
        assert session is not None
        already = total_dots(session.voting, themes)
        if already and self._armed != "reveal":
            self._armed = "reveal"
            self._say("confirm", t("ui_live.confirm.reveal", dots=already))
            return
        self._armed = None
        path, most = self._path, settings.participants

        # Nobody voted, or more than the participants set: refused by the
        # storage on the exact set of ballots taken away, and put back.
        def reveal(expect: BoxIdentity | None) -> Outcome:
            totals, counted, _notes = ballot_box.reveal_ballot(path, expect=expect, least=1, most=most)
            return Outcome(revealed=(totals, counted))

        self.refresh_box(reveal)

    def _apply(self, totals: dict[str, int], counted: int) -> None:
        """Put the revealed totals into the vote and save at once: the box is
        gone, so the session is now the only place they are."""
        app, store = self.kompas, self.store
        session = store.session
        assert session is not None
        voting = session.voting
        if voting.settings.participants is None and counted:
            settings = voting.settings.model_copy(update={"participants": min(counted, 500)})
            voting = voting.model_copy(update={"settings": settings})
        themes = vote_themes(session.report, voting)
        problem = None
        try:
            new = voting.add_counts(themes, totals)
        except VotingRefused as refusal:
            # Never lose a revealed vote: keep the totals as they are; the
            # Afstemning screen shows what is wrong with the tally.
            problem = refusal.text(app.lang)
            dots = dict(voting.dots)
            for theme, count in totals.items():
                if count:
                    dots[theme] = dots.get(theme, 0) + count
            new = voting.model_copy(update={"dots": dots})
        if not (store.update(voting=new) and store.save_now()):
            listed = ", ".join(f"{theme}: {count}" for theme, count in totals.items())
            self._refuse(t("ui_live.revealed.unsaved", totals=listed))
            self.refresh_box()
            return
        app.checkpoint("ballot_revealed")
        app.notify(safe_text(plural("ui_live.revealed", counted)), markup=False, timeout=10)
        if problem is not None:
            app.notify(
                safe_text(t("ui_live.revealed.problem", reason=problem)), severity="warning", markup=False, timeout=15
            )
        self.dismiss(None)
