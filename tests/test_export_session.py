"""A filled session for the export and summary tests (built from the domain
models directly, with hostile text everywhere a person types), and what
`exporters.summary_data` makes of it."""

from __future__ import annotations

import datetime as dt

from kompas_tui.demo import demo_report
from kompas_tui.domain.dialog import Dialog, PromptNotes
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Action, Goal, Plan, ZeroToleranceRecord
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.session import Session
from kompas_tui.domain.voting import Voting, VotingSettings, vote_themes
from kompas_tui.exporters.summary_data import NO_THEME, plan_view

TODAY = dt.date(2026, 11, 26)

#: What people type: markup, table and CSV separators, quotes, an escape
#: sequence, emoji and Danish letters.
HOSTILE = '[/] [/ [bold]x | a;b "citat" \x1b[31m 😀 æøå'
NOTES = "Første linje [/]\n# ikke en overskrift\n- ikke en liste\n\n1. ikke nummereret\n\x1b[31mrød *fed* `kode`"

# The demo report's themes, in report order.
WORK, MEANING, COLLEAGUES, INFLUENCE = (
    "Trivsel og arbejdsglæde",
    "Meningsfuldt arbejde",
    "Samarbejde med kolleger",
    "Indflydelse på arbejdsdagen",
)
OWN_THEME = "Kaffe [/] 😀"


def filled_session(lang: str = "da") -> Session:
    """The demo report after a whole meeting: notes under two prompts (one
    the profile no longer offers), a vote with a tie, goals, actions (one
    overdue, one without owner and deadline, one done, one on a theme that
    was not chosen, one on the zero-tolerance point), a policy record and a
    next follow-up date."""
    report = demo_report()
    session = Session.start(report, language=lang)  # type: ignore[arg-type]
    voting = Voting(
        settings=VotingSettings(participants=8, max_per_theme=2, top_n=3),
        added_themes=[OWN_THEME],
        dots={WORK: 6, MEANING: 4, COLLEAGUES: 4, OWN_THEME: 4, INFLUENCE: 1},
        chosen=[WORK, MEANING, OWN_THEME],
    )
    assert OWN_THEME in vote_themes(report, voting)
    plan = Plan(
        goals=[
            Goal(
                theme=WORK,
                own_rating=4,
                target="=HYPERLINK(\"x\") mere glæde",
                looks_like="Vi griner\n# sammen",
                how_we_notice="Færre sygedage; " + HOSTILE,
                by_when=dt.date(2027, 6, 1),
            ),
            Goal(theme=OWN_THEME, target="Kaffe hver dag"),
        ],
        actions=[
            Action(
                id="a1",
                theme=WORK,
                what='Tavlemøde; "hver" mandag\nkl. 9',
                owner="=cmd|' /C calc'!A0",
                deadline=dt.date(2026, 11, 1),
                follow_up="Jens 😀",
                first_step="-start med en dagsorden",
                effort="low",
                benefit="high",
                status="in_progress",
            ),
            Action(id="a2", theme=MEANING, what=HOSTILE, owner="", deadline=None, follow_up="@ole"),
            Action(
                id="a3",
                theme=ZERO_TOLERANCE_THEME,
                what="Gennemgå politikken for vold og trusler",
                owner="Leder Åse",
                deadline=dt.date(2027, 1, 10),
                effort="medium",
                benefit="high",
            ),
            Action(
                id="a4",
                theme=OWN_THEME,
                what="Ny kaffemaskine",
                owner="+Mette",
                deadline=dt.date(2026, 10, 1),
                follow_up="Jens 😀",
                status="done",
            ),
            Action(id="a5", theme=INFLUENCE, what="Planlægning sammen", owner="Kim", deadline=dt.date(2027, 2, 1)),
        ],
        zero_tolerance=ZeroToleranceRecord(text="Håndteres efter politikken\nlinje to [/]", recorded=dt.date(2026, 11, 20)),
        next_follow_up=dt.date(2027, 3, 24),
        last_action_number=5,
    )
    dialog = Dialog(prompts=[PromptNotes(prompt="concerns", notes=NOTES), PromptNotes(prompt="old_prompt", notes="Gamle noter")])
    return session.model_copy(update={"voting": voting, "plan": plan, "dialog": dialog})


def test_themes_are_chosen_first_then_those_with_goals_or_actions():
    view = plan_view(filled_session(), OrgProfile())
    assert view.chosen == (WORK, MEANING, OWN_THEME)
    assert view.themes == (WORK, MEANING, OWN_THEME, INFLUENCE)
    groups = [(theme, [a.id for a in actions]) for theme, actions in view.action_groups()]
    assert groups == [
        (WORK, ["a1"]),
        (MEANING, ["a2"]),
        (OWN_THEME, ["a4"]),
        (INFLUENCE, ["a5"]),
        (ZERO_TOLERANCE_THEME, ["a3"]),
    ]


def test_every_action_is_in_exactly_one_group_also_without_a_theme():
    session = filled_session()
    plan = session.plan.model_copy(update={"actions": [*session.plan.actions, Action(id="a6", theme=" ")]})
    view = plan_view(session.model_copy(update={"plan": plan}), OrgProfile())
    ids = [a.id for _, actions in view.action_groups() for a in actions]
    assert sorted(ids) == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert view.action_groups()[-1][0] == NO_THEME


def test_missing_is_the_completeness_check_of_the_chosen_themes():
    view = plan_view(filled_session(), OrgProfile())
    kinds = [(m.kind, m.ref) for m in view.missing]
    assert ("action_owner", "a2") in kinds and ("action_deadline", "a2") in kinds
    assert ("theme_goal", MEANING) in kinds  # a warning
    assert ("action_unchosen", "a5") in kinds  # a warning
    assert not any(kind.startswith("zero_tolerance") for kind, _ in kinds)
    assert not view.complete
    assert view.zero_tolerance_triggered
