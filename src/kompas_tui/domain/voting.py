"""Theme voting by dots (Afstemning): settings, the tally, and its rules.

The tally is the sum of dots per theme, whatever way they came in: keyed in
by the facilitator from the wall, or cast as ballots from participants' own
terminals (SPEC §5). Only totals are kept in the session.

Everything here is pure: an operation returns a new `Voting` and leaves the
one it was called on alone. An operation that would break a rule raises
`VotingRefused` and changes nothing; nothing is ever clipped to fit.

The rules, and the choices made where the issue left room:

- **Themes of the vote** (`vote_themes`): every scale theme of the report,
  suppressed ones too (a group may still want to work on a theme whose score
  is hidden), then the themes the group added, in report order and then in
  the order added. Names are compared trimmed and case-insensitively
  (`theme_key`): adding one that is already there is refused. Only added
  themes can be removed; removing one drops its dots and its place in
  `chosen`.
- **Votes per person**: the setting, or by default `default_votes(n)` =
  √n rounded half up, at least 3. For a whole number n the square root is
  never exactly x.5 (that would need n = k² + k + ¼), so the half-up rule
  only says which way the boundary goes; it is computed with integers
  (`isqrt`) so that float error cannot misround near it: n = k² + k gives k,
  n = k² + k + 1 gives k + 1.
- **Budget**: participants × votes per person; None (nothing to check) while
  the number of participants is not set.
- **Cap per theme**: `max_per_theme` is how many of *one participant's*
  votes may go to one theme, as in ordinary dot voting and as on a live
  ballot (`check_ballot`). The tally's cap for a theme is therefore
  participants × `max_per_theme` (`VotingSettings.theme_cap`); None while
  either is unset.
- **Refusals**: an operation is refused when it would give a theme fewer
  than 0 dots, put a theme above its cap, or the total above the budget.
  A tally that is already out of bounds (the settings were changed after
  counting) can always be brought back: only a change that makes an excess
  worse is refused. `problems(voting, themes)` lists everything wrong with a
  whole tally; those never block the plan.
- **Ranking** (`ranking`): most dots first, standard competition ranking
  (1, 2, 2, 4); themes with equal dots share a rank and are marked tied,
  and keep the theme order among themselves.
- **Chosen themes**: by default the top `top_n` of the ranking, counting
  only themes that got at least one dot. When a tie straddles the cut, no
  theme of the tie is picked: the default stops before the tie and
  `DefaultChoice` names the tied themes and the places left, for the group
  to decide (`DefaultChoice.notice`). Once the facilitator adds or removes a
  theme, `chosen` holds the list explicitly and stays as set when dots
  change; `reset_choice` goes back to the default.
- **Live voting**: a `Ballot` is one participant's dots, checked by
  `check_ballot` against their own budget (votes per person) and the cap per
  theme. `tally_ballots` sums them, and `Voting.add_counts` or
  `Voting.with_ballots` adds those totals to the tally under the same rules
  as any other entry. Adding the same closed ballot box twice counts it
  twice: the caller keeps track of what it has merged.

Messages are `Message`s (`domain/message.py`): a catalog key
(i18n/voting.py) and its fields, worded only when shown, in Danish or
English; `voting_message` words the counts with their unit.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field

from kompas_tui.domain.message import Message, Refusal
from kompas_tui.domain.report import Report

if TYPE_CHECKING:
    from kompas_tui.domain.scoring import ReportSummary

#: A number of dots: never negative.
DotCount = Annotated[int, Field(ge=0)]

#: The fewest votes per person the default gives.
MIN_DEFAULT_VOTES = 3


def default_votes(n_themes: int) -> int:
    """round(√n_themes), half up, and at least 3."""
    if n_themes < 0:
        raise ValueError(n_themes)
    # floor(√n + ½) = floor((⌊√(4n)⌋ + 1) / 2), exactly, in integers.
    return max(MIN_DEFAULT_VOTES, (math.isqrt(4 * n_themes) + 1) // 2)


def theme_key(name: str) -> str:
    """What two theme names must share to be the same theme: trimmed,
    Unicode-normalised, case-folded."""
    return unicodedata.normalize("NFC", name).strip().casefold()


class VotingSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    participants: int | None = Field(default=None, ge=1, le=500)
    #: None: the default, round(√ number of themes), at least 3.
    votes_per_person: int | None = Field(default=None, ge=1, le=100)
    #: How many of one participant's votes may go to one theme; None: no cap.
    max_per_theme: int | None = Field(default=None, ge=1, le=100)
    #: How many of the top themes are chosen by default.
    top_n: int = Field(default=3, ge=1, le=20)

    def votes(self, n_themes: int) -> int:
        """Votes per person in effect for a vote over `n_themes` themes."""
        return self.votes_per_person if self.votes_per_person is not None else default_votes(n_themes)

    def budget(self, n_themes: int) -> int | None:
        """Dots in all: participants × votes per person; None while participants are unknown."""
        return None if self.participants is None else self.participants * self.votes(n_themes)

    def theme_cap(self) -> int | None:
        """The most dots one theme can have in the tally; None: no cap."""
        if self.participants is None or self.max_per_theme is None:
            return None
        return self.participants * self.max_per_theme


# --- messages ----------------------------------------------------------------

#: Fields that hold a count, and the unit they are worded with ("3 prikker").
UNITS = {
    "dots": "voting.unit.dot",
    "wanted": "voting.unit.dot",
    "cap": "voting.unit.dot",
    "per_person": "voting.unit.dot",
    "total": "voting.unit.dot",
    "budget": "voting.unit.dot",
    "own": "voting.unit.dot",
    "votes": "voting.unit.vote",
    "participants": "voting.unit.participant",
    "ballots": "voting.unit.ballot",
    "places": "voting.unit.last_place",
}


def voting_message(key: str, **fields: object) -> Message:
    """A problem or notice of the vote: counts worded with their unit,
    theme lists as "'A', 'B' og 'C'" (see `domain/message.py`)."""
    return Message(key, fields, units=UNITS)


class VotingRefused(Refusal):
    """An operation was refused; nothing changed. `message` says why."""

    UNITS = UNITS


# --- themes ------------------------------------------------------------------


def report_theme_names(report: Report | ReportSummary | Iterable[str]) -> tuple[str, ...]:
    """The report's scale themes (suppressed ones too), in report order."""
    if isinstance(report, Report):
        return tuple(theme.name for theme in report.themes if not theme.is_incident_theme)
    themes = getattr(report, "themes", None)
    if themes is not None:  # a ReportSummary: scale themes only already
        return tuple(theme.name for theme in themes)
    return tuple(report)


def vote_themes(report: Report | ReportSummary | Iterable[str], voting: Voting) -> tuple[str, ...]:
    """The themes voted on: the report's, then the added ones, each once."""
    seen: set[str] = set()
    names: list[str] = []
    report_names = report_theme_names(report)
    for name in report_names:
        if name not in names:
            names.append(name)
            seen.add(theme_key(name))
    for name in voting.added_themes:
        if theme_key(name) not in seen:
            names.append(name)
            seen.add(theme_key(name))
    return tuple(names)


def total_dots(voting: Voting, themes: Sequence[str]) -> int:
    """All dots on the vote's themes (dots on unknown names are not counted)."""
    return sum(voting.dots.get(name, 0) for name in set(themes))


# --- the tally ---------------------------------------------------------------


class Voting(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    settings: VotingSettings = Field(default_factory=VotingSettings.model_construct)
    #: Themes the group added to the report's own.
    added_themes: list[str] = Field(default_factory=list)
    #: Dots per theme name (report themes and added ones); a theme without
    #: dots has no entry.
    dots: dict[str, DotCount] = Field(default_factory=dict)
    #: The themes the group chose to work on, in the order chosen; None
    #: until the facilitator changes the default (the top N of the ranking).
    chosen: list[str] | None = None

    # The operations below each return a new Voting, or raise VotingRefused.

    def set_dots(self, themes: Sequence[str], theme: str, count: int) -> Voting:
        """Give `theme` exactly `count` dots."""
        return self.add_counts(themes, {theme: count - self.dots.get(theme, 0)})

    def add_dots(self, themes: Sequence[str], theme: str, delta: int) -> Voting:
        """Add `delta` dots to `theme` (+1 and −1 from the keys)."""
        return self.set_dots(themes, theme, self.dots.get(theme, 0) + delta)

    def add_counts(self, themes: Sequence[str], counts: Mapping[str, int]) -> Voting:
        """Add several themes' dots at once (e.g. the totals of live ballots)."""
        dots = dict(self.dots)
        for theme, count in counts.items():
            if theme not in themes:
                raise VotingRefused("voting.refused.unknown_theme", theme=theme)
            value = dots.get(theme, 0) + count
            if value < 0:
                raise VotingRefused("voting.refused.negative", theme=theme)
            if value:
                dots[theme] = value
            else:
                dots.pop(theme, None)
        new = self.model_copy(update={"dots": dots})
        _guard(self, themes, new, themes)
        return new

    def with_ballots(self, themes: Sequence[str], ballots: Sequence[Ballot]) -> Voting:
        """Add the totals of checked ballots; refused if any ballot breaks a
        rule, or if there are more ballots than participants."""
        participants = self.settings.participants
        if participants is not None and len(ballots) > participants:
            raise VotingRefused(
                "voting.refused.too_many_ballots", ballots=len(ballots), participants=participants
            )
        for ballot in ballots:
            found = check_ballot(ballot, self.settings, themes)
            if found:
                raise VotingRefused(found[0])
        return self.add_counts(themes, tally_ballots(ballots))

    def add_theme(self, themes: Sequence[str], name: str) -> Voting:
        """Add a theme of the group's own (trimmed) after the others."""
        name = name.strip()
        if not name:
            raise VotingRefused("voting.refused.empty_name")
        key = theme_key(name)
        for existing in (*themes, *self.added_themes):
            if theme_key(existing) == key:
                raise VotingRefused("voting.refused.duplicate_theme", theme=existing)
        new = self.model_copy(update={"added_themes": [*self.added_themes, name]})
        _guard(self, themes, new, (*themes, name))
        return new

    def remove_theme(self, themes: Sequence[str], name: str) -> Voting:
        """Remove a theme the group added, with its dots and its place in `chosen`."""
        if name not in self.added_themes:
            if name in themes:
                raise VotingRefused("voting.refused.report_theme", theme=name)
            raise VotingRefused("voting.refused.unknown_theme", theme=name)
        update: dict[str, object] = {
            "added_themes": [added for added in self.added_themes if added != name],
            "dots": {theme: n for theme, n in self.dots.items() if theme != name},
        }
        if self.chosen is not None:
            update["chosen"] = [theme for theme in self.chosen if theme != name]
        new = self.model_copy(update=update)
        # Fewer themes can mean fewer votes per person by default.
        _guard(self, themes, new, tuple(theme for theme in themes if theme != name))
        return new

    def choose(self, themes: Sequence[str], theme: str) -> Voting:
        """Add `theme` to the chosen ones (at the end); from now on `chosen` is explicit."""
        if theme not in themes:
            raise VotingRefused("voting.refused.unknown_theme", theme=theme)
        current = list(effective_chosen(self, themes))
        if theme not in current:
            current.append(theme)
        return self.model_copy(update={"chosen": current})

    def unchoose(self, themes: Sequence[str], theme: str) -> Voting:
        """Take `theme` out of the chosen ones; from now on `chosen` is explicit."""
        current = [name for name in effective_chosen(self, themes) if name != theme]
        return self.model_copy(update={"chosen": current})

    def set_chosen(self, themes: Sequence[str], names: Iterable[str]) -> Voting:
        """Choose exactly `names`, in that order (each once)."""
        chosen: list[str] = []
        for name in names:
            if name not in themes:
                raise VotingRefused("voting.refused.unknown_theme", theme=name)
            if name not in chosen:
                chosen.append(name)
        return self.model_copy(update={"chosen": chosen})

    def reset_choice(self) -> Voting:
        """Back to the default: the top N of the ranking."""
        return self.model_copy(update={"chosen": None})


def _guard(old: Voting, old_themes: Sequence[str], new: Voting, new_themes: Sequence[str]) -> None:
    """Refuse `new` if it puts a theme further above its cap, or the total
    further above the budget, than `old` had it."""
    cap = new.settings.theme_cap()
    if cap is not None:
        for theme in new_themes:
            wanted = new.dots.get(theme, 0)
            before = old.dots.get(theme, 0) if theme in old_themes else 0
            if wanted > cap and wanted > before:
                raise VotingRefused(
                    "voting.refused.over_cap",
                    theme=theme,
                    wanted=wanted,
                    cap=cap,
                    participants=new.settings.participants,
                    per_person=new.settings.max_per_theme,
                )
    budget = new.settings.budget(len(new_themes))
    if budget is None:
        return
    total = total_dots(new, new_themes)
    old_budget = old.settings.budget(len(old_themes))
    old_excess = max(0, total_dots(old, old_themes) - old_budget) if old_budget is not None else 0
    if total - budget > old_excess:
        raise VotingRefused(
            "voting.refused.over_budget",
            total=total,
            budget=budget,
            participants=new.settings.participants,
            votes=new.settings.votes(len(new_themes)),
        )


def problems(voting: Voting, themes: Sequence[str]) -> list[Message]:
    """Everything wrong with the tally as it stands, for the screen to show:
    dots on names that are not themes of the vote, negative counts, themes
    over their cap, the total over the budget, chosen themes that are not
    themes of the vote. They never block the plan."""
    found: list[Message] = []
    known = set(themes)
    settings = voting.settings
    cap = settings.theme_cap()
    for theme, count in voting.dots.items():
        if theme not in known:
            if count:
                found.append(voting_message("voting.problem.unknown_theme", theme=theme, dots=count))
        elif count < 0:
            found.append(voting_message("voting.problem.negative", theme=theme, count=count))
    if cap is not None:
        for theme in themes:
            count = voting.dots.get(theme, 0)
            if count > cap:
                found.append(
                    voting_message(
                        "voting.problem.over_cap",
                        theme=theme,
                        dots=count,
                        cap=cap,
                        participants=settings.participants,
                        per_person=settings.max_per_theme,
                    )
                )
    budget = settings.budget(len(themes))
    total = total_dots(voting, themes)
    if budget is not None and total > budget:
        found.append(
            voting_message(
                "voting.problem.over_budget",
                total=total,
                budget=budget,
                participants=settings.participants,
                votes=settings.votes(len(themes)),
            )
        )
    for theme in voting.chosen or ():
        if theme not in known:
            found.append(voting_message("voting.problem.chosen_unknown", theme=theme))
    return found


# --- the result --------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    theme: str
    dots: int
    #: Standard competition rank: 1, 2, 2, 4.
    rank: int
    #: Another theme has the same number of dots.
    tied: bool


def ranking(voting: Voting, themes: Sequence[str]) -> tuple[Ranked, ...]:
    """Every theme of the vote, most dots first; equal dots share a rank and
    keep the theme order."""
    counts = [(theme, voting.dots.get(theme, 0)) for theme in dict.fromkeys(themes)]
    ordered = sorted(counts, key=lambda item: -item[1])  # stable: theme order within ties
    how_many: dict[int, int] = {}
    for _, count in ordered:
        how_many[count] = how_many.get(count, 0) + 1
    result: list[Ranked] = []
    for position, (theme, count) in enumerate(ordered, start=1):
        rank = result[-1].rank if result and result[-1].dots == count else position
        result.append(Ranked(theme, count, rank, how_many[count] > 1))
    return tuple(result)


@dataclass(frozen=True)
class DefaultChoice:
    """The default choice: the top N of the ranking, among themes with dots."""

    themes: tuple[str, ...]
    #: Themes tied for the last places; none of them is in `themes`.
    tied_at_cut: tuple[str, ...] = ()
    #: How many places the tie leaves open (0 without a tie).
    places_left: int = 0

    def notice(self) -> Message | None:
        """What to tell the group when a tie straddles the cut."""
        if not self.tied_at_cut:
            return None
        return voting_message("voting.notice.tied_at_cut", places=self.places_left, themes=self.tied_at_cut)


def default_choice(voting: Voting, themes: Sequence[str]) -> DefaultChoice:
    """The top `settings.top_n` themes with at least one dot; when a tie
    straddles the cut, the themes above it, and the tie named."""
    top_n = voting.settings.top_n
    candidates = [entry for entry in ranking(voting, themes) if entry.dots > 0]
    if len(candidates) <= top_n:
        return DefaultChoice(tuple(entry.theme for entry in candidates))
    at_cut = candidates[top_n - 1].dots
    if candidates[top_n].dots != at_cut:
        return DefaultChoice(tuple(entry.theme for entry in candidates[:top_n]))
    above = tuple(entry.theme for entry in candidates if entry.dots > at_cut)
    tied = tuple(entry.theme for entry in candidates if entry.dots == at_cut)
    return DefaultChoice(above, tied, top_n - len(above))


def effective_chosen(voting: Voting, themes: Sequence[str]) -> tuple[str, ...]:
    """The themes the group works on: the facilitator's list when set (names
    no longer in the vote left out), else the default."""
    if voting.chosen is None:
        return default_choice(voting, themes).themes
    known = set(themes)
    return tuple(name for name in dict.fromkeys(voting.chosen) if name in known)


# --- live voting -------------------------------------------------------------


class Ballot(BaseModel):
    """One participant's dots per theme (live voting, SPEC §5). Ballots are
    not kept in the session; only their totals go into `Voting.dots`."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    dots: dict[str, DotCount] = Field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.dots.values())


def check_ballot(ballot: Ballot, settings: VotingSettings, themes: Sequence[str]) -> list[Message]:
    """Everything wrong with one ballot: names that are not themes of the
    vote, negative counts, more than `max_per_theme` on a theme, more than
    the participant's own votes in all. Empty: the ballot is good."""
    found: list[Message] = []
    known = set(themes)
    for theme, count in ballot.dots.items():
        if theme not in known:
            found.append(voting_message("voting.refused.unknown_theme", theme=theme))
        elif count < 0:
            found.append(voting_message("voting.refused.negative", theme=theme))
        elif settings.max_per_theme is not None and count > settings.max_per_theme:
            found.append(
                voting_message("voting.ballot.over_cap", theme=theme, wanted=count, cap=settings.max_per_theme)
            )
    own = settings.votes(len(themes))
    total = ballot.total
    if total > own:
        found.append(voting_message("voting.ballot.over_budget", total=total, own=own))
    return found


def tally_ballots(ballots: Iterable[Ballot]) -> dict[str, int]:
    """Dots per theme over all ballots (themes without dots left out)."""
    totals: dict[str, int] = {}
    for ballot in ballots:
        for theme, count in ballot.dots.items():
            if count:
                totals[theme] = totals.get(theme, 0) + count
    return totals
