"""The record HR and the MED committee need (issue 11): who met when in which
role, how the dialogue was prepared, who follows up the plan; the
zero-tolerance point that reaches Defgo and opens again when a later
measurement reports exposure; the organisation's policy and help contacts
with the guidance. Domain and exports; the screens are in
tests/test_tui_record.py, `due` and the overview in tests/test_cli_due.py."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompas_tui.domain import evaluation as ev
from kompas_tui.domain.meeting import (
    ROLES,
    Participant,
    parse_participant,
    parse_participants,
    participants_text,
    role_for,
    session_names,
)
from kompas_tui.domain.overview import unit_status
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, ZeroToleranceRecord
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.profile_texts import Contact, Link, LocalText
from kompas_tui.domain.session import Session
from kompas_tui.exporters.csv_export import session_csv
from kompas_tui.exporters.markdown import session_markdown
from kompas_tui.exporters.rounds_markdown import round_document
from kompas_tui.formatting import help_lines
from kompas_tui.storage.session_file import load_session

FIXTURES = Path(__file__).parent / "fixtures" / "sessions"
V2_WORKSHOP = FIXTURES / "v2-workshop.toml"
V3_ROUNDS = FIXTURES / "v3-rounds.toml"
TODAY = dt.date(2027, 5, 10)
HOSTILE = '[/] [/ [bold]x | a;b *fed* \x1b[31m 😀 æøå'


def apply(session: Session, fields: dict | tuple) -> Session:
    if isinstance(fields, tuple):
        fields = fields[0]
    return session.model_copy(update=fields)


def recorded_session(lang: str = "da") -> Session:
    """The v2 workshop with the whole record: preparation, meeting,
    participants in every role, who follows up, a work group."""
    session = load_session(V2_WORKSHOP).model_copy(update={"language": lang}, deep=True)
    session.preparation.date = dt.date(2026, 11, 19)
    session.preparation.by = ["Mette", "Ali", f"Jonas {HOSTILE}"]
    session.preparation.notes = "Trusler fra borgere er det store.\n# ikke en overskrift"
    session.meeting.date = dt.date(2026, 11, 26)
    session.meeting.place = f"Personalerummet {HOSTILE}"
    session.meeting.participants = parse_participants(
        "Mette (leder), Ali (TR), Jonas (AMR), Sanne (medarbejder), Sara (HR), Kim (konsulent), Bo (andet), Eva"
    )
    session.meeting.participants[-1].role = None  # as a file from before roles has it
    session.plan.follow_up_by = "Mette"
    session.plan.work_group = ["Ali", "Sanne"]
    return session


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


# --- participants and roles --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "role"),
    [
        ("Jonas (AMR)", "Jonas", "amr"),
        ("Jonas (amr)", "Jonas", "amr"),
        ("  Mette   Hansen (Leder) ", "Mette Hansen", "leader"),
        ("Ali (TR)", "Ali", "tr"),
        ("Ali (union rep)", "Ali", "tr"),
        ("Ali (tillidsrepræsentant)", "Ali", "tr"),
        ("Sanne (safety rep)", "Sanne", "amr"),
        ("Sanne (medarbejder)", "Sanne", "employee"),
        ("Sanne (employee)", "Sanne", "employee"),
        ("Sara (HR)", "Sara", "hr"),
        ("Kim (konsulent)", "Kim", "consultant"),
        ("Kim (consultant)", "Kim", "consultant"),
        ("Bo (andet)", "Bo", "other"),
        ("Bo (other)", "Bo", "other"),
        # Without a role: an employee (most of a dialogue meeting are).
        ("Eva", "Eva", "employee"),
        # A word in parentheses that is no role stays part of the name.
        ("Ali (vikar)", "Ali (vikar)", "employee"),
        ("(AMR)", "(AMR)", "employee"),
        ("[/] (AMR)", "[/]", "amr"),
    ],
)
def test_a_participant_as_typed(typed: str, name: str, role: str | None) -> None:
    assert parse_participant(typed) == Participant(name=name, role=role)


def test_a_line_of_participants() -> None:
    assert parse_participants("Mette (leder), , Jonas (AMR);Ali\n  ") == [
        Participant(name="Mette", role="leader"),
        Participant(name="Jonas", role="amr"),
        Participant(name="Ali", role="employee"),
    ]
    assert participants_text(parse_participants("Mette (leder), Jonas (amr), Ali (Medarbejder)"), "da") == (
        "Mette (leder), Jonas (AMR), Ali"
    )
    # Only a file from before roles has a participant without one; never guessed on loading.
    assert parse_participant("Ali", default=None) == Participant(name="Ali")
    assert participants_text(parse_participants("Mette (leder), Jonas (amr)"), "en") == (
        "Mette (leader), Jonas (safety rep)"
    )


def test_every_role_word_in_both_languages_names_its_role() -> None:
    from kompas_tui.i18n import t

    for role in ROLES:
        for lang in ("da", "en"):
            assert role_for(t(f"meeting.role.{role}", lang).upper()) == role
    assert role_for("") is None and role_for("vikar") is None


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=",;()"),
    min_size=1,
    max_size=12,
).filter(lambda name: name.strip())


@given(st.lists(st.tuples(_names, st.one_of(st.none(), st.sampled_from(ROLES))), max_size=6),
       st.sampled_from(["da", "en"]))
def test_the_line_shown_reads_back_as_the_participants(people: list, lang: str) -> None:
    """What the field shows (`participants_text`) is what it stores when
    read again, in either language; a participant from before roles (none)
    reads back as an employee, as a name typed without a role."""
    participants = [Participant(name=" ".join(name.split()), role=role) for name, role in people]
    expected = [p.model_copy(update={"role": p.role or "employee"}) for p in participants]
    assert parse_participants(participants_text(participants, lang)) == expected


def test_names_typed_once_are_offered_everywhere() -> None:
    session = recorded_session()
    names = session_names(session)
    for name in ("Mette", "Ali", "Sanne", "Sara", "Kim", "Bo", "Eva", "Jonas (AMR)"):
        assert name in names, name
    folded = [" ".join(n.split()).casefold() for n in names]
    assert len(folded) == len(set(folded))
    assert names[0] == "Mette"  # who follows up the plan comes first


# --- the minutes begin with the record ------------------------------------------------------


def test_the_minutes_start_with_the_record_of_the_meeting() -> None:
    text = session_markdown(recorded_session(), OrgProfile(), "da", TODAY)
    head = text[: text.index("\n## Rapport")]
    assert head.startswith("# Opfølgning: Hjemmeplejen Nord\n\n## Mødet\n\n- **Enhed:** Hjemmeplejen Nord\n")
    assert "- **Dialogmødets dato:** 26. nov. 2026" in head
    assert "- **Sted:** Personalerummet [/] [/ [bold]x | a;b \\*fed\\* ␛[31m 😀 æøå" in head
    assert "- **Deltagere (8):**" in head
    for line in ("Mette (leder)", "Ali (TR)", "Jonas (AMR)", "Sanne (medarbejder)", "Sara (HR)",
                 "Kim (konsulent)", "Bo (andet)", "Eva (rolle mangler)"):
        assert f"  - {line}\n" in head, line
    assert "- **Forberedelse (TRIO/MED):** 19. nov. 2026, af Mette, Ali, Jonas [/]" in head
    assert "- **Følger op på handleplanen:** Mette" in head
    assert "- **Arbejdsgruppe:** Ali, Sanne" in head
    assert "> Trusler fra borgere er det store.  \n> \\# ikke en overskrift" in head
    assert "\x1b" not in text


def test_the_record_in_english() -> None:
    text = session_markdown(recorded_session("en"), OrgProfile(), "en", TODAY)
    head = text[: text.index("\n## Report")]
    assert "## The meeting" in head and "- **Date of the dialogue meeting:** 26 Nov 2026" in head
    for line in ("Mette (leader)", "Ali (union rep)", "Jonas (safety rep)", "Sanne (employee)", "Sara (HR)",
                 "Kim (consultant)", "Bo (other)", "Eva (role missing)"):
        assert f"  - {line}\n" in head, line
    assert "- **Follows up the action plan:** Mette" in head


def test_a_session_without_a_record_says_so() -> None:
    text = session_markdown(load_session(V2_WORKSHOP), OrgProfile(), "da", TODAY)
    head = text[: text.index("\n## Rapport")]
    assert "- **Dialogmødets dato:** ikke angivet" in head
    assert "- **Deltagere:** ingen angivet" in head
    assert "- **Forberedelse (TRIO/MED):** ikke angivet" in head
    assert "- **Følger op på handleplanen:** ikke angivet" in head
    missing = text[text.index("## Det mangler") :]
    assert "Planen mangler en, der følger op på den som helhed" in missing


def test_the_round_minutes_give_the_participants_roles() -> None:
    session = load_session(V3_ROUNDS)
    document = round_document(session, OrgProfile(), 0, "da", TODAY)
    assert "- **Deltagere:** Mette (leder), Jonas (AMR), Ali (rolle mangler)" in document
    english = round_document(session, OrgProfile(), 1, "en", TODAY)
    assert "- **Participants:** Mette (leader), Jonas (safety rep), Sara (HR)" in english


# --- policy and help with the guidance ---------------------------------------------------------


def test_the_default_profile_says_where_to_put_the_organisations_own() -> None:
    lines = help_lines(OrgProfile(), "da")
    assert [line.own for line in lines] == [False, False]
    assert "[[policy_links]]" in lines[0].text and "kompas.toml" in lines[0].text
    assert "[[help_contacts]]" in lines[1].text
    text = session_markdown(load_session(V2_WORKSHOP), OrgProfile(), "da", TODAY)
    policy = text[text.index("### Politik og hjælp") : text.index("## Dialog")]
    assert "`[[policy_links]]`" in policy and "`[[help_contacts]]`" in policy


def test_the_organisations_links_and_contacts_in_the_minutes() -> None:
    profile = OrgProfile(
        policy_links=[Link(title=LocalText(da="Vold og trusler", en="Violence"), url="https://x.dk/vold-og-trusler")],
        help_contacts=[Contact(name=f"HR {HOSTILE}", role=LocalText(da="Trivsel"), phone="+45 12", email="hr@x.dk")],
    )
    assert [line.text for line in help_lines(profile, "en")] == [
        "Violence: https://x.dk/vold-og-trusler",
        f"HR {HOSTILE} · Trivsel · +45 12 · hr@x.dk",
    ]
    text = session_markdown(load_session(V2_WORKSHOP), profile, "da", TODAY)
    guidance = text[text.index("### Vejledning") : text.index("## Dialog")]
    assert "- Vold og trusler: https://x.dk/vold-og-trusler" in guidance
    assert "- HR [/] [/ [bold]x" in guidance and "hr@x.dk" in guidance


# --- the zero-tolerance point in the CSV for Defgo ---------------------------------------------


def test_a_point_answered_by_a_record_is_a_row_of_the_csv() -> None:
    session = recorded_session()
    session.plan.actions = [a for a in session.plan.actions if a.theme != ZERO_TOLERANCE_THEME]
    session.plan.zero_tolerance = ZeroToleranceRecord(text="=Gennemgået med AMR\nefter politikken", recorded=dt.date(2026, 11, 26))
    rows = read_csv(session_csv(session, OrgProfile(), "da"))
    assert rows[-1] == [
        "zt", "Nultolerance", "", "'=Gennemgået med AMR\nefter politikken", "", "26-11-2026", "", "", "", "",
        "registreret efter politik",
    ]
    english = read_csv(session_csv(session, OrgProfile(), "en"))
    assert english[-1][:6] == ["zt", "Zero tolerance", "", "'=Gennemgået med AMR\nefter politikken", "", "2026-11-26"]
    assert english[-1][10] == "recorded under policy"


# --- a later measurement reports exposure again -----------------------------------------------------


def test_a_later_measurement_with_exposure_opens_the_point_again() -> None:
    """v3-rounds: round 2 added a measurement that reports exposure; the
    plan's old answer no longer counts."""
    session = load_session(V3_ROUNDS)
    assert ev.zero_tolerance_reopened(session) == 1
    status = unit_status(session, OrgProfile(), "x.toml")
    assert status.zero_tolerance and not status.zero_tolerance_answered and not status.plan_complete
    with pytest.raises(ev.RoundRefused) as refused:
        ev.close_round(session, TODAY)
    assert refused.value.key == "evaluation.refused.zero_tolerance_open" and refused.value.fields == {"round": 2}
    minutes = round_document(session, OrgProfile(), 1, "da", TODAY)
    part = minutes[minutes.index("### Nultolerance: åbent igen") :]
    assert "har igen 7 svar om at have været udsat" in part and "**Status:** IKKE BESVARET" in part
    whole = session_markdown(session, OrgProfile(), "da", TODAY)
    assert "IKKE BESVARET (åbent igen i evalueringsrunde 2" in whole


def test_a_record_in_the_round_answers_it_anew_and_reaches_defgo() -> None:
    session = load_session(V3_ROUNDS)
    session = apply(session, ev.set_round_zero_tolerance(session, "Gennemgået igen [/] med AMR", TODAY))
    assert ev.zero_tolerance_reopened(session) is None
    assert unit_status(session, OrgProfile(), "x.toml").zero_tolerance_answered
    minutes = round_document(session, OrgProfile(), 1, "da", TODAY)
    assert "**Status:** besvaret i runden" in minutes and "> Gennemgået igen [/] med AMR" in minutes
    rows = read_csv(session_csv(session, OrgProfile(), "da"))
    assert rows[-1] == [
        "zt-r2", "Nultolerance", "", "Gennemgået igen [/] med AMR", "", "10-05-2027", "", "", "", "",
        "registreret efter politik", "", "2", "04-05-2027", "",
    ]
    assert ev.close_round(session, TODAY)["rounds"][-1].closed == TODAY


def test_an_action_added_in_the_round_answers_it_anew() -> None:
    session = load_session(V3_ROUNDS)
    fields, new_id = ev.add_round_action(session, ZERO_TOLERANCE_THEME, what="Ny gennemgang af proceduren")
    session = apply(session, fields)
    assert ev.zero_tolerance_reopened(session) is None
    minutes = round_document(session, OrgProfile(), 1, "da", TODAY)
    assert f"- **{new_id}** · Ny gennemgang af proceduren" in minutes


def test_a_date_alone_or_a_dropped_action_does_not_answer() -> None:
    session = load_session(V3_ROUNDS)
    dated = apply(session, ev.set_round_zero_tolerance(session, "  ", TODAY))
    assert ev.zero_tolerance_reopened(dated) == 1
    fields, new_id = ev.add_round_action(session, ZERO_TOLERANCE_THEME, what="x", status="dropped")
    assert ev.zero_tolerance_reopened(apply(session, fields)) == 1


def test_a_later_measurement_without_exposure_leaves_the_plans_answer() -> None:
    session = load_session(V2_WORKSHOP)
    session = apply(session, ev.start_round(session, TODAY))
    quiet = copy.deepcopy(session.report)
    for theme in quiet.themes:
        for question in theme.questions:
            if question.kind == "incident":
                question.count_yes = 0
    session = apply(session, ev.add_measurement(session, quiet))
    assert ev.zero_tolerance_reopened(session) is None
    assert "Nultolerance: åbent igen" not in round_document(session, OrgProfile(), 0, "da", TODAY)
