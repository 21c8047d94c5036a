"""Live afstemning: the facilitator's side of live voting (SPEC §5).

A dialog over the Afstemning screen (key `l`). It opens a ballot box next to
the session with the vote's themes, votes per person and cap
(`storage.ballot_box`), then polls the box once a second and shows how many
have voted and who (login names; never what), the files not counted and
the command the participants type. `c` closes, `o` (re)opens, `r` closes
and reveals: the totals are added to the vote's dots, saved at once, and
the box with every single ballot is gone. `d` (twice) discards. Escape
leaves the ballot running; the dialog shows it again when reopened (the
box is the state: nothing about an open ballot lives in the app).
"""

from __future__ import annotations

import shlex
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Static

from kompas_tui.domain.voting import VotingRefused, VotingSettings, total_dots, vote_themes
from kompas_tui.i18n import catalog, t
from kompas_tui.os_errors import os_reason
from kompas_tui.screens.base import KompasModal
from kompas_tui.storage import ballot_box
from kompas_tui.storage.ballot_box import BallotCount, BallotError, BallotInfo, BallotNote
from kompas_tui.text import safe_text

#: Seconds between two looks at the box.
POLL_SECONDS = 1.0


def _message(key: str, fields: dict[str, object]) -> str:
    """A storage message (`ballot.*`), or a plain word about an unknown key
    (never a crash on an unexpected error or note)."""
    if key in catalog():
        try:
            return ballot_box.message_text(key, fields)
        except (KeyError, IndexError, ValueError):
            pass
    return t("ui_live.note.unknown", key=key)


def _cap(cap: int | None) -> str:
    return t("ui_live.no_cap") if cap is None else t("ui_live.cap", cap=cap)


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
        #: The box as last read (None: no ballot).
        self.info: BallotInfo | None = None
        self.count: BallotCount | None = None
        #: A refusal, confirmation or outcome under the state ("" for none).
        self._message: tuple[str, str] = ("", "")
        #: An action waiting for its key a second time ("discard", "reveal").
        self._armed: str | None = None

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
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_box()
        self.set_interval(POLL_SECONDS, self.refresh_box, name="live-ballot-poll")

    # -- the session and the box -------------------------------------------------------

    @property
    def _path(self):  # type: ignore[no-untyped-def]
        handle = self.kompas.handle
        assert handle is not None, "the live ballot needs an open session"
        return handle.path

    def _settings(self) -> tuple[tuple[str, ...], VotingSettings]:
        session = self.kompas.session
        assert session is not None
        return vote_themes(session.report, session.voting), session.voting.settings

    def refresh_box(self) -> None:
        """Read the box again (the poll): its state, who has voted, the notes."""
        try:
            self.info = ballot_box.read_ballot(self._path)
            self.count = ballot_box.count_ballots(self._path) if self.info is not None else None
        except BallotError as error:
            self.info, self.count = None, None
            self._say("refused", t("ui_live.error", reason=_message(error.key, dict(error.fields))))
        except OSError as error:
            self.info, self.count = None, None
            self._say("refused", t("ui_live.error", reason=os_reason(error)))
        self._draw()

    # -- drawing -------------------------------------------------------------------

    def _update(self, selector: str, content: Content) -> None:
        widget = self.query_one(selector, Static)
        widget.update(content)
        widget.display = bool(content.plain)

    def _draw(self) -> None:
        info, count = self.info, self.count
        if info is None:
            themes, settings = self._settings()
            participants = (
                t("ui_live.participants_unknown")
                if settings.participants is None
                else t("ui_live.participants", n=settings.participants)
            )
            state = Content("\n").join(
                [
                    Content.styled(t("ui_live.none"), "bold"),
                    Content(
                        t(
                            "ui_live.will_open",
                            themes=len(themes),
                            votes=settings.votes(len(themes)),
                            cap=_cap(settings.max_per_theme),
                            participants=participants,
                        )
                    ),
                ]
            )
            self._update("#live-state", state)
            for selector in ("#live-count", "#live-join", "#live-notes"):
                self._update(selector, Content(""))
            self._update("#live-keys", Content(t("ui_live.keys.none")))
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
            if ballot_box.ballots_group_readable(self._path):
                # No private group for the facilitator: the team can read the ballots.
                state_lines.append(Content.styled(t("ballot.group_readable"), "$text-warning"))
            self._update("#live-state", Content("\n").join(state_lines))
            self._draw_count(info, count)
            join = Content("\n").join(
                [
                    Content(t("ui_live.join")),
                    # The full path: participants run it from their own login and folder.
                    Content.styled("  kompas join " + safe_text(shlex.quote(str(self._path.absolute()))), "bold"),
                ]
            )
            self._update("#live-join", join if info.state == "open" else Content(""))
            self._draw_notes(count.notes if count is not None else ())
            keys = "ui_live.keys.open" if info.state == "open" else "ui_live.keys.closed"
            self._update("#live-keys", Content(t(keys)))
        self._show_message()

    def _draw_count(self, info: BallotInfo, count: BallotCount | None) -> None:
        voted = count.voted if count is not None else 0
        if info.participants is not None:
            key = "ui_live.count.of_one" if voted == 1 else "ui_live.count.of"
            line = t(key, voted=voted, participants=info.participants)
        else:
            line = t("ui_live.count.one") if voted == 1 else t("ui_live.count", voted=voted)
        lines = [Content.styled(line, "bold $success" if voted else "bold")]
        if count is not None and count.voters:
            lines.append(Content(safe_text(t("ui_live.voters", names=", ".join(count.voters)))))
        self._update("#live-count", Content("\n").join(lines))

    def _draw_notes(self, notes: tuple[BallotNote, ...]) -> None:
        if not notes:
            self._update("#live-notes", Content(""))
            return
        head = t("ui_live.notes.one") if len(notes) == 1 else t("ui_live.notes.other", n=len(notes))
        lines = [Content.styled(head, "$text-warning")]
        lines += [
            Content.styled(
                safe_text(_message(note.key, {"file": note.file, **note.fields})),
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

    def _refuse(self, reason: str) -> None:
        self._say("refused", t("ui_live.refused", reason=reason))

    def _writable(self) -> bool:
        """Refuse in words when the session cannot be changed."""
        if self.kompas.read_only or self.kompas.workshop_locked:
            self._refuse(self.kompas.locked_notice())
            return False
        return True

    def _run(self, operation, done: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Do a box operation; its refusal in words, else `done` said."""
        try:
            operation()
        except BallotError as error:
            if error.key == "ballot.error.already_open":
                self._refuse(t("ui_live.refused.already_open"))
            else:
                self._refuse(_message(error.key, dict(error.fields)))
            self.refresh_box()
            return False
        except OSError as error:
            self._say("refused", t("ui_live.error", reason=os_reason(error)))
            self.refresh_box()
            return False
        self._message = ("done", done) if done else ("", "")
        self.refresh_box()
        return True

    def _disarm(self, keep: str | None = None) -> None:
        if self._armed != keep:
            self._armed = None

    def action_open_ballot(self) -> None:
        self._disarm()
        if not self._writable():
            return
        self.refresh_box()
        if self.info is not None:
            if self.info.state == "open":
                self._refuse(t("ui_live.refused.is_open"))
                return
            self._run(lambda: ballot_box.reopen_ballot(self._path), t("ui_live.reopened"))
            return
        themes, settings = self._settings()
        if not themes:
            self._refuse(t("ui_live.refused.no_themes"))
            return
        session = self.kompas.session
        assert session is not None
        self._run(
            lambda: ballot_box.open_ballot(
                self._path,
                unit=session.report.unit,
                themes=themes,
                votes_per_person=settings.votes(len(themes)),
                max_per_theme=settings.max_per_theme,
                participants=settings.participants,
            ),
            t("ui_live.opened"),
        )

    def action_close_ballot(self) -> None:
        self._disarm()
        if not self._writable():
            return
        self.refresh_box()
        if self.info is None:
            self._refuse(t("ui_live.refused.none"))
        elif self.info.state == "closed":
            self._refuse(t("ui_live.refused.is_closed"))
        else:
            self._run(lambda: ballot_box.close_ballot(self._path), t("ui_live.closed"))

    def action_discard(self) -> None:
        self._disarm("discard")
        if not self._writable():
            return
        self.refresh_box()
        # A damaged box (its ballot.toml unreadable) can still be discarded:
        # otherwise only deleting it by hand would let a new ballot open.
        if self.info is None and not ballot_box.box_path(self._path).exists():
            self._refuse(t("ui_live.refused.none"))
            return
        if self._armed != "discard":
            self._armed = "discard"
            voted = self.count.voted if self.count is not None else 0
            self._say("confirm", t("ui_live.confirm.discard", voted=voted))
            return
        self._armed = None
        self._run(lambda: ballot_box.discard_ballot(self._path), t("ui_live.discarded"))

    def action_reveal(self) -> None:
        self._disarm("reveal")
        if not self._writable():
            return
        self.refresh_box()
        info, count = self.info, self.count
        if info is None:
            self._refuse(t("ui_live.refused.none"))
            return
        voted = count.voted if count is not None else 0
        if not voted:
            self._refuse(t("ui_live.refused.nobody"))
            return
        themes, settings = self._settings()
        # Checked before the box is gone: refused here, nothing is lost.
        if settings.participants is not None and voted > settings.participants:
            self._refuse(t("ui_live.refused.too_many", voted=voted, participants=settings.participants))
            return
        session = self.kompas.session
        assert session is not None
        already = total_dots(session.voting, themes)
        if already and self._armed != "reveal":
            self._armed = "reveal"
            self._say("confirm", t("ui_live.confirm.reveal", dots=already))
            return
        self._armed = None
        try:
            totals, counted, _notes = ballot_box.reveal_ballot(self._path)
        except BallotError as error:
            self._refuse(_message(error.key, dict(error.fields)))
            self.refresh_box()
            return
        except OSError as error:
            self._say("refused", t("ui_live.error", reason=os_reason(error)))
            self.refresh_box()
            return
        self._apply(totals, counted)

    def _apply(self, totals: dict[str, int], counted: int) -> None:
        """Put the revealed totals into the vote and save at once: the box is
        gone, so the session is now the only place they are."""
        app = self.kompas
        session = app.session
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
        if not (app.update_session(voting=new) and app.save_now()):
            listed = ", ".join(f"{theme}: {count}" for theme, count in totals.items())
            self._refuse(t("ui_live.revealed.unsaved", totals=listed))
            self.refresh_box()
            return
        key = "ui_live.revealed.one" if counted == 1 else "ui_live.revealed.other"
        app.notify(safe_text(t(key, n=counted)), markup=False, timeout=10)
        if problem is not None:
            app.notify(
                safe_text(t("ui_live.revealed.problem", reason=problem)), severity="warning", markup=False, timeout=15
            )
        self.dismiss(None)
