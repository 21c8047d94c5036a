"""Afstemning: theme voting by dots (SPEC §3.4), keyed in from the wall.

Settings on top, the budget line, a line for hints and refusals, the tally
(theme order, where the dots are keyed in), the ranked result and the
themes chosen to work on. The rules are in `domain/voting.py`: every change
is one of its operations, saved through `update_session(voting=...)`; a
refused operation changes nothing and its reason is shown beside the table.

Redraws are cheap: the tables update only the cells that changed and the
lines above them only when their text changed, so a key press repaints
little and a cursor move only the two rows it touches.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kompas_tui.domain.voting import (
    Voting,
    VotingRefused,
    VotingSettings,
    default_choice,
    effective_chosen,
    problems,
    ranking,
    total_dots,
    vote_themes,
)
from kompas_tui.domain.message import plural
from kompas_tui.i18n import t
from kompas_tui.screens.step_base import StepScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.evaluation_notice import compose_history_notice
from kompas_tui.widgets.voting_settings import VotingSettingsForm
from kompas_tui.widgets.voting_tables import RankingTable, Row, TallyTable, VotingTable


def _dots(n: int) -> str:
    return plural("voting.unit.dot", n)


class VotingScreen(StepScreen):
    STEP = "voting"
    HELP = "ui_voting.help"
    # Focus is set in on_mount without scrolling, so the page opens at its top.
    AUTO_FOCUS = ""

    BINDINGS = [
        # Priority, like Tab: the focus moves before the next key is handed
        # on, so "p8" typed in one go puts the 8 in the field. (A field that
        # has the focus still takes a typed p: Textual leaves it the key.)
        Binding(
            "p",
            "participants",
            "ui_voting.key.participants",
            tooltip="ui_voting.key.participants.tip",
            id="voting.participants",
            priority=True,
        ),
        Binding(
            "a", "add_theme", "ui_voting.key.add_theme", tooltip="ui_voting.key.add_theme.tip", id="voting.add_theme"
        ),
        Binding(
            "n",
            "reset_choice",
            "ui_voting.key.reset_choice",
            tooltip="ui_voting.key.reset_choice.tip",
            id="voting.reset_choice",
        ),
        Binding("l", "live_ballot", "ui_live.key.open", tooltip="ui_live.key.open.tip", id="voting.live_ballot"),
    ]

    #: The screen's keys that change the vote: not offered when it cannot change.
    _CHANGES = frozenset({"participants", "add_theme", "reset_choice", "live_ballot"})

    def __init__(self) -> None:
        super().__init__()
        session = self.store.session
        assert session is not None, "the voting screen needs an open session"
        #: The voting as last drawn (None: nothing drawn yet).
        self._shown: Voting | None = None
        self._themes: tuple[str, ...] = ()
        #: The lines beside the table: (kind, lines) with kind "hint", "pending", "refused" or "note".
        self._message: tuple[str, tuple[str, ...]] | None = None
        self._pending: tuple[str, str] = ("", "")
        #: A theme whose removal waits for a second x.
        self._remove_armed: str | None = None
        self._texts: dict[str, tuple[str, tuple[object, ...]]] = {}

    # -- layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        store = self.store
        voting = self._voting()
        themes = vote_themes(store.session.report, voting)  # type: ignore[union-attr]
        yield from self.compose_step_bar()
        with VerticalScroll(id="voting-page"):
            yield from self.compose_read_only_notice()
            yield from compose_history_notice(store.workshop_locked, store.read_only)
            yield VotingSettingsForm(
                voting.settings, len(themes), disabled=store.read_only or store.workshop_locked, id="voting-settings"
            )
            yield Static(id="voting-budget")
            yield Static(id="voting-message")
            yield TallyTable(id="voting-tally")
            yield Static(t("ui_voting.result.title"), classes="section-title", markup=False)
            # As tall as the ranking can get, from the start: a theme's first
            # dot adds a row without moving the rest of the page (a relayout
            # would repaint the whole screen on that key press).
            with Vertical(id="voting-result"):
                yield Static(t("ui_voting.result.empty"), id="voting-no-result", classes="note", markup=False)
                yield RankingTable(id="voting-ranking")
            yield Static(t("ui_voting.chosen.title"), classes="section-title", markup=False)
            yield Static(id="voting-chosen-note", classes="note")
            yield Static(id="voting-chosen")
        yield from self.compose_footer()

    @property
    def locked(self) -> bool:
        return self.store.read_only or self.store.workshop_locked

    def on_mount(self) -> None:
        super().on_mount()
        for table in self.query(VotingTable):
            table.locked = self.locked
        self._redraw()
        # The tally, as the hint above it says: arrows pick a theme, + adds a
        # dot. The group's size is typed after p (the budget line says so).
        self.set_focus(self.query_one(TallyTable), scroll_visible=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self._CHANGES and self.locked:
            return False
        return True

    def action_participants(self) -> None:
        self.query_one(TallyTable).commit()
        self.set_focus(self.query_one("#setting-participants"))

    def action_focus_tally(self) -> None:
        self.query_one(TallyTable).focus(scroll_visible=False)

    # -- the session ---------------------------------------------------------------

    def _voting(self) -> Voting:
        session = self.store.session
        assert session is not None
        return session.voting

    def _change(self, make: Callable[[Voting, tuple[str, ...]], Voting]) -> bool:
        """Apply one voting operation and save it; say why when it is refused."""
        self._remove_armed = None
        if self.store.read_only:
            self._say("refused", t("ui_voting.refused", reason=t("ui_voting.read_only")))
            return False
        voting = self._voting()
        themes = vote_themes(self.store.session.report, voting)  # type: ignore[union-attr]
        try:
            new = make(voting, themes)
        except VotingRefused as refusal:
            self._say("refused", t("ui_voting.refused", reason=refusal.text(self.kompas.lang)))
            return False
        self._message = None
        if new != voting and not self.store.update(voting=new):
            return False
        self._redraw()
        return True

    async def on_session_changed(self) -> None:
        if self.store.session is not None:
            self._redraw()

    # -- drawing -------------------------------------------------------------------

    def _set(self, selector: str, content: Content) -> None:
        """Update a line only when its text or style changed (no repaint otherwise)."""
        key = (content.plain, tuple(content.spans))
        if self._texts.get(selector) == key:
            return
        self._texts[selector] = key
        self.query_one(selector, Static).update(content)

    def _redraw(self) -> None:
        session = self.store.session
        if session is None:
            return
        voting = session.voting
        if voting == self._shown:
            self._show_message()
            return
        themes = vote_themes(session.report, voting)
        if self._shown is None or voting.settings != self._shown.settings or themes != self._themes:
            self.query_one(VotingSettingsForm).show(voting.settings, len(themes))
        if themes != self._themes:
            self.query_one("#voting-result").styles.height = len(themes) + 1  # + the header row
        self._shown, self._themes = voting, themes
        ranked = ranking(voting, themes)
        chosen = effective_chosen(voting, themes)
        rows = {
            entry.theme: Row(
                theme=entry.theme,
                dots=entry.dots,
                rank=entry.rank if entry.dots else None,
                tied=entry.tied,
                chosen=entry.theme in chosen,
                added=entry.theme in voting.added_themes,
            )
            for entry in ranked
        }
        tally = [rows[theme] for theme in themes]
        self.query_one(TallyTable).show(tally)
        with_dots = [rows[entry.theme] for entry in ranked if entry.dots]
        self.query_one(RankingTable).show(with_dots, widest_of=tally)
        self.query_one(RankingTable).display = bool(with_dots)
        self.query_one("#voting-no-result").display = not with_dots
        self._set("#voting-budget", self._budget(voting, themes))
        self._show_chosen(voting, themes, chosen, rows)
        self._show_message()

    def _budget(self, voting: Voting, themes: tuple[str, ...]) -> Content:
        settings = voting.settings
        used = total_dots(voting, themes)
        budget = settings.budget(len(themes))
        if budget is None:
            line = Content.styled(t("ui_voting.budget.unknown", used=_dots(used)), "bold")
        elif used > budget:
            text = t("ui_voting.budget.over", used=used, budget=_dots(budget), over=used - budget)
            line = Content.styled(text, "bold $text-error")
        else:
            line = Content.styled(
                t("ui_voting.budget.used", used=used, budget=_dots(budget), left=budget - used), "bold"
            )
        return Content("\n").join([line, Content.styled(self._rules(settings, len(themes)), "$text-muted")])

    @staticmethod
    def _rules(settings: VotingSettings, n_themes: int) -> str:
        votes = settings.votes(n_themes)
        worded = plural("voting.unit.vote", votes)
        if settings.votes_per_person is None:
            parts = [t("ui_voting.rule.votes_default", votes=worded, themes=n_themes)]
        else:
            parts = [t("ui_voting.rule.votes", votes=worded)]
        cap = settings.theme_cap()
        if settings.max_per_theme is None:
            parts.append(t("ui_voting.rule.no_cap"))
        elif cap is None:
            parts.append(t("ui_voting.rule.cap_unknown", per_person=settings.max_per_theme))
        else:
            parts.append(t("ui_voting.rule.cap", per_person=settings.max_per_theme, cap=cap))
        return " · ".join(parts)

    def _show_chosen(
        self, voting: Voting, themes: tuple[str, ...], chosen: tuple[str, ...], rows: dict[str, Row]
    ) -> None:
        top_n = voting.settings.top_n
        note = t("ui_voting.chosen.default" if voting.chosen is None else "ui_voting.chosen.custom", n=top_n)
        lines = [Content(note)]
        if voting.chosen is None and (notice := default_choice(voting, themes).notice()) is not None:
            lines.append(Content.styled(safe_text(notice.text(self.kompas.lang)), "bold"))
        self._set("#voting-chosen-note", Content("\n").join(lines))
        if not chosen:
            self._set("#voting-chosen", Content(t("ui_voting.chosen.none")))
            return
        self._set(
            "#voting-chosen",
            Content("\n").join(
                Content(t("ui_voting.chosen.line", number=number, theme=safe_text(theme), dots=_dots(rows[theme].dots)))
                for number, theme in enumerate(chosen, 1)
            ),
        )

    def _say(self, kind: str, text: str) -> None:
        self._message = (kind, (text,))
        self._show_message()

    def _show_message(self) -> None:
        """Beside the table: a refusal, else the number being typed, else what
        is wrong with the tally as it stands, else a hint."""
        message = self._message
        theme, digits = self._pending
        if message is None and digits:
            message = ("pending", (t("ui_voting.pending", theme=theme, digits=digits),))
        if message is None and self._shown is not None:
            found = problems(self._shown, self._themes)
            if found:
                lang = self.kompas.lang
                message = ("note", tuple(t("ui_voting.problem", problem=p.text(lang)) for p in found))
        if message is None:
            message = ("hint", (t("ui_voting.hint.read_only" if self.store.read_only else "ui_voting.hint"),))
        kind, lines = message
        style = {"refused": "bold $text-error", "note": "$text-warning", "pending": "bold"}.get(kind, "$text-muted")
        self._set("#voting-message", Content("\n").join(Content.styled(safe_text(line), style) for line in lines))

    # -- what the tables ask for -----------------------------------------------------

    def on_tally_table_dots(self, event: TallyTable.Dots) -> None:
        event.stop()
        theme = event.theme
        if event.count is not None:
            count = event.count
            if not self._change(lambda voting, themes: voting.set_dots(themes, theme, count)):
                # Enter moved on as it committed; a refused number stays where it was typed.
                self.query_one(TallyTable).move_to(theme)
        elif event.delta is not None:
            delta = event.delta
            self._change(lambda voting, themes: voting.add_dots(themes, theme, delta))

    def on_tally_table_pending(self, event: TallyTable.Pending) -> None:
        event.stop()
        self._pending = (event.theme, event.digits)
        if event.digits:
            self._message = None
            self._remove_armed = None
        self._show_message()

    def on_tally_table_remove(self, event: TallyTable.Remove) -> None:
        event.stop()
        theme = event.theme
        dots = self._voting().dots.get(theme, 0)
        if dots and theme in self._voting().added_themes and self._remove_armed != theme and not self.store.read_only:
            self._say("note", t("ui_voting.remove.confirm", theme=theme, dots=_dots(dots)))
            self._remove_armed = theme
            return
        if self._change(lambda voting, themes: voting.remove_theme(themes, theme)):
            self._say("hint", t("ui_voting.removed", theme=theme))

    def on_voting_table_toggle(self, event: VotingTable.Toggle) -> None:
        event.stop()
        theme = event.theme

        def toggle(voting: Voting, themes: tuple[str, ...]) -> Voting:
            if theme in effective_chosen(voting, themes):
                return voting.unchoose(themes, theme)
            return voting.choose(themes, theme)

        self._change(toggle)

    def on_voting_settings_form_changed(self, event: VotingSettingsForm.Changed) -> None:
        event.stop()
        name, value = event.name, event.value

        def update(voting: Voting, themes: tuple[str, ...]) -> Voting:
            settings = VotingSettings.model_validate({**voting.settings.model_dump(), name: value})
            return voting.model_copy(update={"settings": settings})

        self._change(update)

    def on_voting_settings_form_invalid(self, event: VotingSettingsForm.Invalid) -> None:
        event.stop()
        self._say("refused", t("ui_voting.refused", reason=event.text))

    # -- keys ----------------------------------------------------------------------------

    def action_add_theme(self) -> None:
        from kompas_tui.screens.voting_add_theme import AddThemeDialog

        if self.store.read_only:
            self._say("refused", t("ui_voting.refused", reason=t("ui_voting.read_only")))
            return
        self.query_one(TallyTable).commit()

        def check(name: str) -> str | None:
            voting = self._voting()
            try:
                voting.add_theme(vote_themes(self.store.session.report, voting), name)  # type: ignore[union-attr]
            except VotingRefused as refusal:
                return refusal.text(self.kompas.lang)
            return None

        self.app.push_screen(AddThemeDialog(check), self._theme_added)

    def _theme_added(self, name: str | None) -> None:
        if name is None:
            return
        if self._change(lambda voting, themes: voting.add_theme(themes, name)):
            added = self._voting().added_themes[-1]
            self._say("hint", t("ui_voting.added", theme=added))
            tally = self.query_one(TallyTable)
            tally.focus(scroll_visible=False)
            tally.move_to(added)

    def action_live_ballot(self) -> None:
        """The facilitator's live ballot (screens/live_ballot.py)."""
        from kompas_tui.screens.live_ballot import LiveBallotDialog

        self.query_one(TallyTable).commit()
        self.app.push_screen(LiveBallotDialog())

    def action_reset_choice(self) -> None:
        self.query_one(TallyTable).commit()
        self._change(lambda voting, themes: voting.reset_choice())
