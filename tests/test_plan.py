"""The action plan's rules (domain/plan.py): ids, names, the 2x2,
completeness, deadlines."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompas_tui.domain.plan import (
    QUADRANTS,
    ZERO_TOLERANCE_THEME,
    Action,
    Goal,
    Missing,
    Plan,
    ZeroToleranceRecord,
    action_gaps,
    add_action,
    completeness,
    due_by,
    due_within,
    is_complete,
    is_due_within,
    is_overdue,
    is_past,
    known_names,
    new_action_id,
    overdue,
    quadrant,
    quadrants,
    theme_label,
    who_does_what,
    zero_tolerance_answered,
)
from kompas_tui.text import safe_text

TODAY = dt.date(2026, 11, 26)
LATER = dt.date(2027, 1, 15)
TRIGGERED = SimpleNamespace(guidance=("zero_tolerance", "leadership_low"))
QUIET = SimpleNamespace(guidance=("low_response_rate",))
HOSTILE = ["[/]", "[/", "[bold]Bo[/bold]", "\x1b[31mRød", "Åse 😀", "Søren Ærø", "{name}", "}{"]
THEME = "Samarbejde med kolleger"


def full(plan: Plan, theme: str = THEME, **fields) -> Action:
    values = {"what": "Fælles frokost fredag", "owner": "Mette", "deadline": LATER} | fields
    return add_action(plan, theme, **values)


def complete_plan(*themes: str) -> Plan:
    plan = Plan(next_follow_up=LATER, follow_up_by="Mette")
    for theme in themes:
        plan.goals.append(Goal(theme=theme, target="Vi hjælper hinanden"))
        full(plan, theme, follow_up="Jonas")
    return plan


def kinds(missing: list[Missing]) -> list[tuple[str, str]]:
    return [(m.kind, m.ref) for m in missing]


# --- ids ---------------------------------------------------------------------


def test_ids_count_up():
    plan = Plan()
    assert [new_action_id(plan) for _ in range(3)] == ["a1", "a2", "a3"]


def test_an_id_is_never_reused_after_deleting_the_newest():
    plan = Plan()
    full(plan)
    last = full(plan)
    plan.actions.remove(last)
    assert new_action_id(plan) == "a3"


def test_ids_continue_after_a_file_without_the_counter():
    plan = Plan(actions=[Action(id="a7", theme=THEME), Action(id="custom", theme=THEME)])
    assert new_action_id(plan) == "a8"
    assert plan.last_action_number == 8


def test_the_counter_is_left_out_of_the_file_until_used():
    assert "last_action_number" not in Plan().model_dump(exclude_none=True)


@given(st.lists(st.booleans(), max_size=40))
def test_ids_are_unique_whatever_is_added_and_deleted(steps):
    plan, issued = Plan(), []
    for add in steps:
        if add or not plan.actions:
            issued.append(add_action(plan, THEME).id)
        else:
            plan.actions.pop()
    assert len(issued) == len(set(issued))
    assert all(i.startswith("a") and i[1:].isdigit() for i in issued)


# --- names -------------------------------------------------------------------


def test_known_names_most_recent_first_each_once():
    plan = Plan()
    full(plan, owner="Mette", follow_up="Jonas")
    full(plan, owner=" jonas ", follow_up="Ali")
    full(plan, owner="Åse", follow_up="METTE")
    assert known_names(plan) == ["METTE", "Åse", "Ali", "jonas"]


def test_known_names_follow_creation_not_list_position():
    plan = Plan()
    full(plan, owner="Først", follow_up="Først")
    full(plan, owner="Sidst", follow_up="Sidst")
    plan.actions.reverse()  # e.g. grouped per goal on screen
    assert known_names(plan) == ["Sidst", "Først"]


def test_known_names_ignore_blanks_and_extra_spaces():
    plan = Plan()
    full(plan, owner="Anne  Marie", follow_up=" ANNE MARIE ")
    full(plan, owner="anne marie", follow_up="anne   marie")
    assert known_names(plan) == ["anne   marie"]
    # A follow-up person of only spaces is none: that action is not complete.
    full(plan, owner="Ali", follow_up="   ")
    assert known_names(plan) == ["anne   marie"]


def test_hostile_names_come_back_unchanged():
    plan = Plan()
    for name in HOSTILE:
        full(plan, owner=name, follow_up=name)
    assert known_names(plan) == list(reversed(HOSTILE))


@given(st.lists(st.tuples(st.text(max_size=8), st.text(max_size=8), st.booleans()), max_size=12))
def test_known_names_are_unique_and_come_from_the_plans_complete_actions(entries):
    plan = Plan()
    for owner, follow_up, finished in entries:
        add_action(plan, THEME, what="x" if finished else "", owner=owner, follow_up=follow_up, deadline=LATER)
    names = known_names(plan)
    keys = [" ".join(n.split()).casefold() for n in names]
    assert len(keys) == len(set(keys))
    entered = {
        " ".join(n.split()).casefold()
        for owner, follow_up, finished in entries
        if finished and owner.strip() and follow_up.strip()
        for n in (owner, follow_up)
        if n.strip()
    }
    assert set(keys) == entered


def test_a_half_typed_name_in_an_unfinished_action_is_not_offered():
    plan = Plan()
    full(plan, owner="Mette", follow_up="Jonas")
    add_action(plan, THEME, what="Fælles frokost", owner="Met")  # left without a deadline
    assert known_names(plan) == ["Jonas", "Mette"]
    assert action_gaps(plan.actions[1]) == ["deadline", "follow_up"]
    full(plan, owner="Ali")  # complete but for who follows it up
    assert known_names(plan) == ["Jonas", "Mette"]


# --- the 2x2 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "effort, benefit, expected",
    [
        ("low", "high", "quick_win"),
        ("high", "high", "big_bet"),
        ("low", "low", "fill_in"),
        ("high", "low", "reconsider"),
        # medium counts as high on both axes
        ("low", "medium", "quick_win"),
        ("medium", "medium", "big_bet"),
        ("medium", "high", "big_bet"),
        ("high", "medium", "big_bet"),
        ("medium", "low", "reconsider"),
        (None, "high", None),
        ("low", None, None),
        (None, None, None),
    ],
)
def test_quadrant(effort, benefit, expected):
    assert quadrant(Action(id="a1", theme=THEME, effort=effort, benefit=benefit)) == expected


def test_quadrants_group_every_action_in_plan_order():
    plan = Plan()
    a = add_action(plan, THEME, effort="low", benefit="high")
    b = add_action(plan, THEME)
    c = add_action(plan, THEME, effort="low", benefit="medium")
    d = add_action(plan, THEME, effort="high", benefit="low")
    groups = quadrants(plan)
    assert list(groups) == [*QUADRANTS, None]
    assert groups == {"quick_win": [a, c], "big_bet": [], "fill_in": [], "reconsider": [d], None: [b]}


# --- completeness --------------------------------------------------------------


def test_a_complete_plan():
    plan = complete_plan(THEME, "Nærmeste leder")
    assert completeness(plan, QUIET, [THEME, "Nærmeste leder"]) == []
    assert is_complete(plan, QUIET, [THEME, "Nærmeste leder"])


@pytest.mark.parametrize("field, kind", [("what", "action_what"), ("owner", "action_owner")])
@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
def test_an_action_without_what_or_owner(field, kind, blank):
    plan = complete_plan(THEME)
    plan.actions[0] = plan.actions[0].model_copy(update={field: blank})
    assert kinds(completeness(plan, QUIET, [THEME])) == [(kind, "a1")]
    assert not is_complete(plan, QUIET, [THEME])


def test_an_action_without_deadline():
    plan = complete_plan(THEME)
    plan.actions[0].deadline = None
    assert kinds(completeness(plan, QUIET, [THEME])) == [("action_deadline", "a1")]


def test_an_empty_action_lacks_everything_in_order():
    plan = complete_plan(THEME)
    add_action(plan, "")
    assert kinds(completeness(plan, QUIET, [THEME])) == [
        ("action_what", "a2"),
        ("action_owner", "a2"),
        ("action_deadline", "a2"),
        ("action_follow_up", "a2"),
        ("action_theme", "a2"),
    ]


def test_a_chosen_theme_without_goal_is_a_warning():
    plan = complete_plan(THEME)
    plan.goals.clear()
    missing = completeness(plan, QUIET, [THEME])
    assert kinds(missing) == [("theme_goal", THEME)]
    assert not missing[0].blocking
    assert is_complete(plan, QUIET, [THEME])


def test_a_goal_without_target_is_no_goal():
    plan = complete_plan(THEME)
    plan.goals[0].target = "  "
    plan.goals[0].looks_like = "Vi griner mere"
    assert kinds(completeness(plan, QUIET, [THEME])) == [("theme_goal", THEME)]


def test_a_chosen_theme_without_action_blocks():
    plan = complete_plan(THEME)
    plan.goals.append(Goal(theme="Forudsigelighed", target="Vagtplan 4 uger frem"))
    missing = completeness(plan, QUIET, [THEME, "Forudsigelighed"])
    assert kinds(missing) == [("theme_action", "Forudsigelighed")]
    assert missing[0].blocking
    assert not is_complete(plan, QUIET, [THEME, "Forudsigelighed"])


def test_an_action_on_a_theme_no_longer_chosen_is_a_warning():
    plan = complete_plan(THEME, "Forudsigelighed")
    missing = completeness(plan, QUIET, [THEME])
    assert kinds(missing) == [("action_unchosen", "a2")]
    assert is_complete(plan, QUIET, [THEME])


def test_dropped_actions_are_not_checked_and_count_for_nothing():
    plan = complete_plan(THEME)
    plan.actions[0].status = "dropped"
    add_action(plan, THEME, status="dropped")  # empty, but dropped
    assert kinds(completeness(plan, QUIET, [THEME])) == [("theme_action", THEME)]


def test_done_actions_are_still_checked():
    plan = complete_plan(THEME)
    plan.actions[0].status = "done"
    plan.actions[0].owner = ""
    assert kinds(completeness(plan, QUIET, [THEME])) == [("action_owner", "a1")]


def test_no_next_follow_up_date():
    plan = complete_plan(THEME)
    plan.next_follow_up = None
    assert kinds(completeness(plan, QUIET, [THEME])) == [("next_follow_up", "")]
    assert not is_complete(plan, QUIET, [THEME])


def test_an_action_without_follow_up_person_blocks_and_says_why():
    plan = complete_plan(THEME)
    plan.actions[0].follow_up = " \t"
    missing = completeness(plan, QUIET, [THEME])
    assert kinds(missing) == [("action_follow_up", "a1")]
    assert missing[0].blocking and not is_complete(plan, QUIET, [THEME])
    assert missing[0].text("da") == "Handling a1 »Fælles frokost fredag« mangler en opfølgningsansvarlig."
    assert missing[0].text("en") == "Action a1 “Fælles frokost fredag” has no follow-up person."


def test_a_plan_without_anyone_following_it_up_blocks_and_says_why():
    plan = complete_plan(THEME)
    plan.follow_up_by = "  "
    missing = completeness(plan, QUIET, [THEME])
    assert kinds(missing) == [("follow_up_by", "")]
    assert missing[0].blocking and not is_complete(plan, QUIET, [THEME])
    assert "følger op på den som helhed" in missing[0].text("da")
    assert "follows it up as a whole" in missing[0].text("en")


def test_chosen_themes_repeated_are_reported_once():
    plan = Plan(next_follow_up=LATER, follow_up_by="Mette")
    assert kinds(completeness(plan, QUIET, [THEME, THEME])) == [("theme_goal", THEME), ("theme_action", THEME)]


def test_no_summary_means_no_zero_tolerance_point():
    assert completeness(complete_plan(THEME), None, [THEME]) == []


# --- the zero-tolerance point ------------------------------------------------------


def test_zero_tolerance_unanswered_blocks_only_when_triggered():
    plan = complete_plan(THEME)
    assert is_complete(plan, QUIET, [THEME])
    assert kinds(completeness(plan, TRIGGERED, [THEME])) == [("zero_tolerance", "")]
    assert not is_complete(plan, TRIGGERED, [THEME])


def test_zero_tolerance_answered_by_an_action_on_the_reserved_theme():
    plan = complete_plan(THEME)
    full(plan, ZERO_TOLERANCE_THEME, what="Gennemgå politik mod mobning på personalemødet", follow_up="Jonas")
    assert zero_tolerance_answered(plan)
    assert completeness(plan, TRIGGERED, [THEME]) == []


def test_a_zero_tolerance_action_needs_no_chosen_theme_but_its_own_fields():
    plan = complete_plan(THEME)
    full(plan, ZERO_TOLERANCE_THEME, owner="", follow_up="Jonas")
    assert kinds(completeness(plan, TRIGGERED, [THEME])) == [("action_owner", "a2")]


@pytest.mark.parametrize(
    "action",
    [
        {"what": "  "},  # an empty row answers nothing
        {"what": "Gennemgå politikken", "status": "dropped"},
    ],
)
def test_what_does_not_answer_zero_tolerance(action):
    plan = complete_plan(THEME)
    add_action(plan, ZERO_TOLERANCE_THEME, **action)
    assert not zero_tolerance_answered(plan)
    assert ("zero_tolerance", "") in kinds(completeness(plan, TRIGGERED, [THEME]))


def test_zero_tolerance_answered_by_a_dated_record():
    plan = complete_plan(THEME)
    plan.zero_tolerance = ZeroToleranceRecord(text="Håndteres efter politikken; HR er orienteret.", recorded=TODAY)
    assert completeness(plan, TRIGGERED, [THEME]) == []


@pytest.mark.parametrize(
    "record, kind",
    [
        (ZeroToleranceRecord(text="Håndteres efter politikken"), "zero_tolerance_date"),
        (ZeroToleranceRecord(recorded=TODAY), "zero_tolerance_text"),
        (ZeroToleranceRecord(text=" \n ", recorded=TODAY), "zero_tolerance_text"),
    ],
)
def test_a_half_record_says_what_it_lacks(record, kind):
    plan = complete_plan(THEME)
    plan.zero_tolerance = record
    assert kinds(completeness(plan, TRIGGERED, [THEME])) == [(kind, "")]


def test_the_reserved_theme_is_not_a_chosen_theme():
    plan = complete_plan(THEME)
    full(plan, ZERO_TOLERANCE_THEME, follow_up="Jonas")
    assert completeness(plan, TRIGGERED, [THEME, ZERO_TOLERANCE_THEME]) == []


def test_the_demo_report_triggers_the_point():
    from kompas_tui.demo import demo_report
    from kompas_tui.domain.scoring import summarise

    summary = summarise(demo_report(), today=TODAY)
    assert kinds(completeness(complete_plan(THEME), summary, [THEME])) == [("zero_tolerance", "")]


def test_theme_label():
    assert theme_label(ZERO_TOLERANCE_THEME, "da") == "Nultolerance"
    assert theme_label(ZERO_TOLERANCE_THEME, "en") == "Zero tolerance"
    assert theme_label(THEME, "en") == THEME


# --- what the messages say ------------------------------------------------------------


def test_messages_name_the_action_and_theme():
    plan = Plan()
    add_action(plan, THEME, what="Fælles frokost fredag", deadline=LATER)
    add_action(plan, THEME, owner="Mette", deadline=LATER)
    texts = [m.text("da") for m in completeness(plan, TRIGGERED, [THEME])]
    assert texts == [
        "Nultolerancepunktet er ikke besvaret: tilføj mindst én handling, eller beskriv med dato, "
        "hvordan det håndteres efter organisationens politik.",
        "Temaet »Samarbejde med kolleger« har intet mål: hvor vil I gerne være?",
        "Handling a1 »Fælles frokost fredag« mangler en ansvarlig.",
        "Handling a1 »Fælles frokost fredag« mangler en opfølgningsansvarlig.",
        "Handling a2 mangler en beskrivelse af, hvad der skal gøres.",
        "Handling a2 mangler en opfølgningsansvarlig.",
        "Planen mangler en dato for næste opfølgning.",
        "Planen mangler en, der følger op på den som helhed (som regel lederen).",
    ]
    english = [m.text("en") for m in completeness(plan, QUIET, [THEME])]
    assert english[1] == "Action a1 “Fælles frokost fredag” has no owner."


def test_a_long_what_is_shortened_to_one_line():
    plan = Plan()
    add_action(plan, THEME, what="Første linje\nanden linje " + "x" * 80, owner="Mette")
    (missing,) = [m for m in completeness(plan, QUIET, [THEME]) if m.kind == "action_deadline"]
    text = missing.text("da")
    assert text.startswith("Handling a1 »Første linje anden linje xxx")
    assert "\n" not in text and "…" in text and len(text) < 100


def test_the_zero_tolerance_theme_in_words_when_unchosen_elsewhere(english):
    missing = Missing("action_unchosen", "a1", what="x", theme=ZERO_TOLERANCE_THEME)
    assert "Zero tolerance" in missing.text()


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_stays_text(name):
    plan = Plan(next_follow_up=LATER, follow_up_by=name)
    plan.goals.append(Goal(theme=name, target=name))
    add_action(plan, name, what=name, owner=name, follow_up=name)
    add_action(plan, name, what=name, follow_up=name, deadline=LATER)
    missing = completeness(plan, QUIET, [name])
    assert kinds(missing) == [("action_deadline", "a1"), ("action_owner", "a2")]
    for m in missing:
        for lang in ("da", "en"):
            text = m.text(lang)
            assert " ".join(name.split()) in text  # as typed, not formatted or stripped
            assert "\x1b" not in safe_text(text)
    # Both actions are unfinished: a name is offered again only from a complete one.
    assert known_names(plan) == []
    full(plan, name, owner=name, follow_up=name)
    assert known_names(plan) == [name]


# --- properties -------------------------------------------------------------------

_text = st.sampled_from(["", " ", "Mette", "[/]", "æøå 😀", "\x1b[31m"])
_date = st.one_of(st.none(), st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2028, 1, 1)))
_level = st.sampled_from([None, "low", "medium", "high"])
_themes = st.sampled_from(["", THEME, "Forudsigelighed", ZERO_TOLERANCE_THEME])
_status = st.sampled_from(["not_started", "in_progress", "done", "adjusted", "dropped"])
_action = st.fixed_dictionaries(
    {
        "theme": _themes,
        "what": _text,
        "owner": _text,
        "deadline": _date,
        "follow_up": _text,
        "effort": _level,
        "benefit": _level,
        "status": _status,
    }
)


def _plan(actions: list[dict], follow_up: dt.date | None) -> Plan:
    plan = Plan(next_follow_up=follow_up)
    for fields in actions:
        add_action(plan, **fields)
    return plan


@given(st.lists(_action, max_size=8), _date, st.lists(st.sampled_from([THEME, "Forudsigelighed"]), max_size=3))
def test_an_action_with_what_owner_deadline_and_theme_is_never_reported_incomplete(actions, follow_up, chosen):
    plan = _plan(actions, follow_up)
    missing = completeness(plan, TRIGGERED, chosen)
    reported = {m.ref for m in missing if m.kind in ("action_what", "action_owner", "action_deadline", "action_theme")}
    for action in plan.actions:
        if action.what.strip() and action.owner.strip() and action.deadline and action.theme:
            assert action.id not in reported
    for m in missing:
        assert m.text("da") and m.text("en")


@given(st.lists(_action, max_size=8), _date)
def test_complete_means_no_blocking_missing(actions, follow_up):
    plan = _plan(actions, follow_up)
    chosen = [THEME]
    missing = completeness(plan, TRIGGERED, chosen)
    assert is_complete(plan, TRIGGERED, chosen) == all(not m.blocking for m in missing)
    if is_complete(plan, TRIGGERED, chosen):
        assert zero_tolerance_answered(plan) and plan.next_follow_up is not None


@given(st.lists(_action, max_size=8))
def test_every_action_is_in_exactly_one_quadrant(actions):
    plan = _plan(actions, None)
    placed = [a.id for group in quadrants(plan).values() for a in group]
    assert sorted(placed) == sorted(a.id for a in plan.actions)


@given(st.lists(_action, max_size=8), st.integers(0, 60))
def test_overdue_and_due_never_overlap_and_only_open(actions, days):
    plan = _plan(actions, None)
    late, soon = overdue(plan, TODAY), due_within(plan, TODAY, days)
    assert not {a.id for a in late} & {a.id for a in soon}
    assert all(a.status not in ("done", "dropped") for a in late + soon)
    assert [a.deadline for a in soon] == sorted(a.deadline for a in soon)
    # The one rule, asked action by action (as the screens and exports do).
    assert {a.id for a in late} == {a.id for a in plan.actions if is_overdue(a, TODAY)}
    is_open = {a.id for a in plan.actions if a.status not in ("done", "dropped")}
    assert {a.id for a in soon} == {a.id for a in plan.actions if a.id in is_open and is_due_within(a.deadline, TODAY, days)}


# --- deadlines -------------------------------------------------------------------


def test_overdue_and_due_within():
    plan = Plan()
    past = add_action(plan, THEME, deadline=TODAY - dt.timedelta(days=1))
    add_action(plan, THEME, deadline=TODAY - dt.timedelta(days=5), status="done")
    older = add_action(plan, THEME, deadline=TODAY - dt.timedelta(days=9), status="adjusted")
    today = add_action(plan, THEME, deadline=TODAY)
    week = add_action(plan, THEME, deadline=TODAY + dt.timedelta(days=7))
    add_action(plan, THEME, deadline=TODAY + dt.timedelta(days=8))
    add_action(plan, THEME, deadline=TODAY + dt.timedelta(days=3), status="dropped")
    add_action(plan, THEME)
    assert overdue(plan, TODAY) == [older, past]
    assert due_within(plan, TODAY, 7) == [today, week]
    assert due_within(plan, TODAY, 0) == [today]
    assert due_within(plan, TODAY, -1) == []
    assert due_within(plan, TODAY, 10**9)[-1].deadline == TODAY + dt.timedelta(days=8)


def test_the_last_due_day():
    assert due_by(TODAY, 0) == TODAY
    assert due_by(TODAY, 7) == TODAY + dt.timedelta(days=7)
    assert due_by(TODAY, -1) is None
    assert due_by(dt.date.max - dt.timedelta(days=1), 5) == dt.date.max
    assert not is_due_within(None, TODAY, 7)
    assert not is_due_within(TODAY - dt.timedelta(days=1), TODAY, 7)
    assert is_past(TODAY - dt.timedelta(days=1), TODAY) and not is_past(TODAY, TODAY) and not is_past(None, TODAY)


def test_who_does_what_open_by_deadline_then_closed():
    plan = Plan()
    done = add_action(plan, THEME, deadline=TODAY, status="done")
    none = add_action(plan, THEME)
    late = add_action(plan, THEME, deadline=LATER)
    soon = add_action(plan, THEME, deadline=TODAY)
    assert who_does_what(plan) == [soon, late, none, done]
