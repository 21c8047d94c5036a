"""What the summary screen and both exports read from a session: the chosen
themes, the themes in the order the minutes go through them, the actions per
theme, and what is missing. One place, so the screen, the Markdown and the
CSV always agree.

Order of the themes (`PlanView.themes`): the chosen ones, in the order the
group chose them; then themes that have a goal or an action although they
are no longer chosen (nothing typed is left out of the minutes), in the
vote's theme order and then in the order they appear in the plan. Actions on
the zero-tolerance point come after the themes (`ZERO_TOLERANCE_THEME`), and
actions without a theme last (`NO_THEME`).

The rounds' history of an action (which round added it, the last round that
touched it, what a field was at the end of a round) is read here too, for
the round minutes and the CSV alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kompas_tui.domain.evaluation import ActionReview, Change
from kompas_tui.domain.overview import session_missing
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Action, Goal, Missing, goal_for
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.scoring import ReportSummary, ThemeResult, summarise
from kompas_tui.domain.session import Session
from kompas_tui.domain.voting import effective_chosen, vote_themes

#: The group of actions whose theme is blank.
NO_THEME = ""


@dataclass(frozen=True)
class PlanView:
    session: Session
    summary: ReportSummary
    #: Every theme of the vote (the report's and the group's own).
    vote_themes: tuple[str, ...]
    #: The themes the group works on.
    chosen: tuple[str, ...]
    #: The themes with a section in the minutes, in order (see the module).
    themes: tuple[str, ...]
    #: What the plan lacks (`domain.overview.session_missing`: the plan's
    #: completeness, and the zero-tolerance point opened again by a round).
    missing: tuple[Missing, ...]

    @property
    def zero_tolerance_triggered(self) -> bool:
        return "zero_tolerance" in self.summary.guidance

    @property
    def complete(self) -> bool:
        return not any(m.blocking for m in self.missing)

    def actions_for(self, theme: str) -> list[Action]:
        """The actions of a theme, in plan order (blank themes for NO_THEME)."""
        if theme == NO_THEME:
            return [a for a in self.session.plan.actions if not a.theme.strip()]
        return [a for a in self.session.plan.actions if a.theme == theme]

    def goal_for(self, theme: str) -> Goal | None:
        return goal_for(self.session.plan, theme)

    def theme_result(self, theme: str) -> ThemeResult | None:
        return next((th for th in self.summary.themes if th.name == theme), None)

    def action_groups(self) -> list[tuple[str, list[Action]]]:
        """Every action once, grouped: the themes in order, then the
        zero-tolerance point, then actions without a theme."""
        groups = [(theme, self.actions_for(theme)) for theme in self.themes]
        groups.append((ZERO_TOLERANCE_THEME, self.actions_for(ZERO_TOLERANCE_THEME)))
        groups.append((NO_THEME, self.actions_for(NO_THEME)))
        return [(theme, actions) for theme, actions in groups if actions]


def plan_view(session: Session, profile: OrgProfile) -> PlanView:
    # The re-measurement counts from the session's date, as on the report screen.
    summary = summarise(session.report, profile, session.created.date())
    themes_of_vote = vote_themes(session.report, session.voting)
    chosen = effective_chosen(session.voting, themes_of_vote)
    plan = session.plan
    extra = [g.theme for g in plan.goals] + [a.theme for a in plan.actions]
    known_order = {theme: index for index, theme in enumerate(themes_of_vote)}
    others = [
        theme
        for theme in dict.fromkeys(extra)
        if theme.strip() and theme != ZERO_TOLERANCE_THEME and theme not in chosen
    ]
    others.sort(key=lambda theme: known_order.get(theme, len(known_order)))  # stable: plan order after
    missing = session_missing(session, summary, chosen)
    return PlanView(session, summary, themes_of_vote, chosen, (*chosen, *others), tuple(missing))


# --- the rounds' history of an action (the exports' reading of it) -------------------


class RoundHistory:
    """What the rounds did to each action, indexed once per export (a
    session may have 200 actions and 20 rounds)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        rounds = session.rounds
        self._reviews = [{r.action: r for r in round_.reviews} for round_ in rounds]
        self._changes: list[dict[tuple[str, str], Change]] = []
        self._touched: list[set[str]] = []
        self._added: dict[str, int] = {}
        for index, round_ in enumerate(rounds):
            changes: dict[tuple[str, str], Change] = {}
            for change in round_.changes:
                if change.action is not None:
                    changes.setdefault((change.action, change.field), change)
                    if change.field == "added":
                        self._added.setdefault(change.action, index)
            self._changes.append(changes)
            self._touched.append({action for action, _ in changes} | set(self._reviews[index]))

    def review(self, index: int, action_id: str) -> ActionReview | None:
        return self._reviews[index].get(action_id)

    def last_round_touching(self, action_id: str) -> int | None:
        """The index of the last round that reviewed or changed the action."""
        return next((i for i in reversed(range(len(self._touched))) if action_id in self._touched[i]), None)

    def round_adding(self, action_id: str) -> int | None:
        """The index of the round that added the action (None: the workshop's)."""
        return self._added.get(action_id)

    def value_after_round(self, index: int, action: Action, field: str) -> str:
        """An action's owner, deadline or follow-up person as it stood at the
        end of round `index`, written as a `Change` writes it (ISO dates, ""
        unset): the value before the first later round changed it, else
        today's."""
        for later in self._changes[index + 1 :]:
            change = later.get((action.id, field))
            if change is not None:
                return change.before
        value = getattr(action, field)
        if value is None:
            return ""
        return value.isoformat() if isinstance(value, dt.date) else str(value)
