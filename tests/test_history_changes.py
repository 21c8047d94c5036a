"""What changed between two versions of a session, in words
(domain/changes.py): the message of a checkpoint and each line of
`kompas log`, in Danish and English."""

from __future__ import annotations

import datetime as dt

import pytest

from kompas_tui.demo import demo_report
from kompas_tui.domain import evaluation
from kompas_tui.domain.changes import describe, session_changes
from kompas_tui.domain.plan import Goal, add_action
from kompas_tui.domain.session import Session


def start() -> Session:
    session = Session.start(demo_report())
    return Session.model_validate(session.model_dump())


def copy(session: Session) -> Session:
    return session.model_copy(deep=True)


def words(old: Session | None, new: Session, lang: str = "da") -> str:
    return describe(session_changes(old, new), lang)


def test_the_issue_example_in_both_languages():
    old = start()
    add_action(old.plan, "Arbejdsmængde", what="Morgenmøde", owner="Ole")
    new = copy(old)
    add_action(new.plan, "Arbejdsmængde", what="Tavle", owner="Mette", deadline=dt.date(2027, 1, 15))
    new.plan.actions[0].status = "done"
    assert words(old, new) == "Handleplan: a1 gennemført; a2 tilføjet (Mette, 15. jan. 2027)"
    assert words(old, new, "en") == "Action plan: a1 done; a2 added (Mette, 15 Jan 2027)"


def test_where_the_facilitator_was_is_no_change():
    old = start()
    new = copy(old)
    new.step = "plan"
    new.updated = new.updated + dt.timedelta(hours=2)
    new.dialog.current = "concerns"
    assert session_changes(old, new) == []
    assert words(old, new) == "ingen ændringer i indholdet"


def test_the_first_version_says_what_it_holds():
    session = start()
    assert words(None, session) == "Session: første version i historikken (Hjemmeplejen Nord)"
    add_action(session.plan, "Arbejdsmængde", what="x")
    assert words(None, session, "en") == "Session: first version in the history (Hjemmeplejen Nord); 1 action"


def test_an_action_s_owner_deadline_follow_up_and_other_fields():
    old = start()
    add_action(old.plan, "Arbejdsmængde", what="Tavle", owner="Ole", deadline=dt.date(2027, 1, 15))
    new = copy(old)
    action = new.plan.actions[0]
    action.owner, action.deadline, action.follow_up, action.what = "Mette", dt.date(2027, 3, 1), "AMR", "Ny tavle"
    assert words(old, new) == (
        "Handleplan: a1: ny ansvarlig Mette; a1: ny frist 1. mar. 2027; a1: ny opfølgningsansvarlig AMR; a1 ændret"
    )
    gone = copy(new)
    gone.plan.actions[0].owner, gone.plan.actions[0].deadline = "", None
    assert words(new, gone, "en") == "Action plan: a1: no owner; a1: no deadline"
    deleted = copy(new)
    deleted.plan.actions = []
    assert words(new, deleted) == "Handleplan: a1 slettet"


def test_goals_the_vote_and_the_dialogue():
    old = start()
    new = copy(old)
    new.plan.goals.append(Goal(theme="Arbejdsmængde", target="Færre afbrydelser"))
    new.voting = new.voting.model_copy(update={"dots": {"Arbejdsmængde": 5, "Ledelse": 3}, "chosen": ["Arbejdsmængde"]})
    from kompas_tui.domain.dialog import set_notes

    set_notes(new.dialog, "concerns", "Travlt om morgenen")
    assert words(old, new) == (
        "Dialog: noter skrevet til »Det, der optager os mest«. "
        "Afstemning: 8 prikker i alt; valgte temaer: Arbejdsmængde. "
        "Mål: mål for »Arbejdsmængde« tilføjet"
    )
    assert words(old, new, "en").startswith("Dialogue: notes written under “What concerns us most”. Voting: 8 dots")
    reached = copy(new)
    reached.plan.goals[0].reached = dt.date(2027, 5, 1)
    assert words(new, reached, "en") == "Goals: goal for “Arbejdsmængde” reached 1 May 2027"


def test_an_evaluation_round_started_and_closed():
    old = start()
    add_action(old.plan, "Arbejdsmængde", what="Tavle", owner="Ole")
    opened = copy(old)
    for name, value in evaluation.start_round(opened, dt.date(2027, 1, 20)).items():
        setattr(opened, name, value)
    assert words(old, opened) == "Evaluering: runde 1 startet 20. jan. 2027"
    closed = copy(opened)
    for name, value in evaluation.review_action(closed, "a1", status="done").items():
        setattr(closed, name, value)
    for name, value in evaluation.close_round(closed, dt.date(2027, 1, 21)).items():
        setattr(closed, name, value)
    assert words(opened, closed, "en") == "Action plan: a1 done. Evaluation: round 1 closed 21 Jan 2027"


@pytest.mark.parametrize("hostile", ["[/]", "[bold]x[/bold]", "\x1b[31mrød\x1b[0m", "a\nKompas-Host: x", "🔥 æøå"])
def test_user_text_is_quoted_as_it_is(hostile):
    old = start()
    new = copy(old)
    add_action(new.plan, hostile, what="x", owner=hostile)
    text = words(old, new)
    # The words carry the text itself; making it safe is the screen's and
    # the commit message's job (tests/test_history_checkpoints.py).
    assert " ".join(hostile.split()) in text


def test_the_record_of_the_meeting_and_who_follows_up_are_said_in_words() -> None:
    """Issue 11's fields: the preparation, the meeting's date, place and
    participants, who follows up the plan, the work group, a round's own
    zero-tolerance record; none is silent."""
    import datetime as dt

    from kompas_tui.demo import demo_report
    from kompas_tui.domain import evaluation as ev
    from kompas_tui.domain.changes import describe, session_changes
    from kompas_tui.domain.meeting import parse_participants
    from kompas_tui.domain.plan import add_action
    from kompas_tui.domain.session import Session

    old = Session.start(demo_report())
    add_action(old.plan, "Meningsfuldt arbejde", what="x", owner="Ali")
    new = old.model_copy(deep=True)
    new.preparation.notes = "Forberedt"
    new.meeting.date = dt.date(2026, 11, 26)
    new.meeting.place = "Kantinen"
    new.meeting.participants = parse_participants("Mette (leder), Ali")
    new.plan.follow_up_by = "Mette"
    new.plan.work_group = ["Ali"]
    text = describe(session_changes(old, new), "da")
    assert text == (
        "Mødet: forberedelsen noteret; dialogmøde 26. nov. 2026; sted ændret; 2 deltagere. "
        "Handleplan: følges op af Mette; arbejdsgruppe ændret"
    )
    cleared = new.model_copy(deep=True)
    cleared.meeting.date = None
    cleared.meeting.participants = []
    cleared.plan.follow_up_by = ""
    assert describe(session_changes(new, cleared), "en") == (
        "The meeting: the dialogue meeting's date removed; 0 participants. Action plan: nobody follows up the plan"
    )
    started = new.model_copy(update=ev.start_round(new, dt.date(2027, 2, 1)))
    recorded = started.model_copy(update=ev.set_round_zero_tolerance(started, "Gennemgået", dt.date(2027, 2, 1)))
    assert describe(session_changes(started, recorded), "en") == (
        "Evaluation: round 1: the handling of zero tolerance recorded"
    )
