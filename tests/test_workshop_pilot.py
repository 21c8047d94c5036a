"""A whole follow-up meeting on the demo report at 80x24, keyboard only, the
way a facilitator runs it (issue 3, item 9): the record of the meeting (the
TRIO's preparation; the meeting's date, place and participants with roles;
issue 11), notes under two dialogue prompts, the dots keyed in from the wall, a goal per chosen theme, actions
with owner, deadline and follow-up person (one on the zero-tolerance point),
who follows up the plan, the next follow-up date on the summary, quit. Then the saved TOML is read
back and `kompas export --format md|csv` must hand on a complete plan.

Navigation and decisions are keys; free text is pasted (as a terminal
delivers a paste), since typing it through Pilot key by key is slow. Dates
are written as Danes write them (24-12-2026, 01.02.2027, 5-1-2027): a goal's,
an action's and the follow-up date are typed key by key, the rest pasted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from textual import events
from textual.widgets import Input

from kompas_tui.cli import main
from kompas_tui.domain.dialog import notes_for
from kompas_tui.domain.meeting import Meeting, Participant, Preparation
from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, completeness, is_complete
from kompas_tui.domain.scoring import summarise
from kompas_tui.domain.voting import VotingSettings
from kompas_tui.exporters import markdown as markdown_export
from kompas_tui.screens.action_editor import ActionEditor
from kompas_tui.screens.dialog import DialogScreen
from kompas_tui.screens.goals import GoalsScreen
from kompas_tui.screens.plan import PlanScreen
from kompas_tui.screens.summary import SummaryScreen, export_paths
from kompas_tui.screens.voting import VotingScreen
from kompas_tui.storage.session_file import load_session
from kompas_tui.widgets.dialog_notes import NotesArea
from kompas_tui.widgets.plan_list import PlanList
from kompas_tui.widgets.plan_parts import chosen_themes
from kompas_tui.widgets.voting_tables import TallyTable

SIZE = (80, 24)

TRIVSEL = "Trivsel og arbejdsglæde"
LEADER = "Nærmeste leder"
WORKLOAD = "Arbejdsmængde og tempo"
EMOTIONAL = "Følelsesmæssige krav"

#: Typed key by key into the first prompt's notes (markup that must stay text).
TYPED_NOTE = "[/] [bold]x æøå"
#: Pasted after it (an emoji cannot be typed as a key).
PASTED_NOTE = " 🙂 travlt [/bold]"
#: The second prompt's notes: typed, then pasted.
SECOND_TYPED, SECOND_PASTED = "[red]", "Tavle hver[/] uge"
SECOND_NOTE = SECOND_TYPED + SECOND_PASTED

#: Per chosen theme: (own rating or "", target, looks like, how we notice, by when as typed).
GOALS = {
    WORKLOAD: ("3", "Ro på [bold]vagterne[/] 🙂", "Vi når pauserne", "Færre overarbejdstimer", "24-12-2026"),
    LEADER: ("", "Leder [/] til stede hver uge", "Faste møder", "Bedre score i januar", "31-01-2027"),
    TRIVSEL: ("5", "Mere glæde æøå", "Vi griner sammen", "Trivselstjek hver måned", "28.02.2027"),
}
GOAL_DATES = {WORKLOAD: dt.date(2026, 12, 24), LEADER: dt.date(2027, 1, 31), TRIVSEL: dt.date(2027, 2, 28)}

#: The actions: theme, what, owner, deadline as written, follow-up person, first step.
ACTIONS = [
    (ZERO_TOLERANCE_THEME, "Gennemgå politikken [/] på personalemødet", "Leder Åse", "15-12-2026", "TR Jens", ""),
    (WORKLOAD, "Færre afbrydelser [bold]x", "Mette Ø", "15-01-2027", "Leder Åse", "Ring til planlægningen"),
    (WORKLOAD, "Pauseplan 😀 på tavlen", "Mette Ø", "01.02.2027", "TR Jens", ""),
    (LEADER, "Ugentligt stand-up; 10 min", "Leder Åse", "2027-01-10", "AMR Bo", ""),
    (TRIVSEL, "Fælles frokost hver fredag", "AMR Bo", "5-1-2027", "Mette Ø", ""),
]
DEADLINES = [
    dt.date(2026, 12, 15),
    dt.date(2027, 1, 15),
    dt.date(2027, 2, 1),
    dt.date(2027, 1, 10),
    dt.date(2027, 1, 5),
]
NEXT_FOLLOW_UP = dt.date(2027, 3, 24)
#: The record of the meeting, as typed: participants with their roles in
#: parentheses (an employee by the name alone), hostile text in a name.
PREPARED_BY = "Leder Åse, TR Jens, AMR Bo"
PARTICIPANTS = "Leder Åse (leder), TR Jens (TR), AMR Bo (amr), Mette Ø, [b]Kim[/b] (konsulent)"


def flat(text: str) -> str:
    return " ".join(text.split())


def lines(*parts: str) -> str:
    return "\n".join(parts)


async def paste(pilot, text: str) -> None:
    """Paste `text` into the focused field, as a terminal delivers a paste."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def step(pilot, key: str, kind: type):
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, kind), (key, pilot.app.screen)
    return pilot.app.screen


async def write_action(
    pilot,
    what: str,
    owner: str,
    deadline: str,
    follow_up: str,
    first_step: str,
    *,
    type_date: bool = False,
    offered: str = "",
    rate: bool = False,
) -> None:
    """In the open action dialog: every field by Tab, then ctrl+j (done).
    The deadline is typed key by key when `type_date`, else pasted; the
    owner is taken from the names offered after typing `offered`; with
    `rate`, effort "lav" and benefit "høj" are chosen from their lists."""
    app = pilot.app
    assert isinstance(app.screen, ActionEditor) and app.focused.id == "edit-what"
    await paste(pilot, what)
    await pilot.press("tab")
    assert app.focused.id == "edit-owner"
    if offered:
        await pilot.press(*offered, "right")  # → takes the name offered
        assert app.focused.value == owner
    else:
        await paste(pilot, owner)
    await pilot.press("tab")
    if type_date:
        await pilot.press(*deadline)
    else:
        await paste(pilot, deadline)
    await pilot.press("tab")
    assert app.focused.id == "edit-follow_up"
    await paste(pilot, follow_up)
    if first_step or rate:
        await pilot.press("tab")
    if first_step:
        await paste(pilot, first_step)
    if rate:
        await pilot.press("tab")
        assert app.focused.id == "edit-effort"
        await pilot.press("enter", "down", "enter")  # lav
        await pilot.press("tab", "enter", "down", "down", "down", "enter")  # høj
    await pilot.press("ctrl+j")
    await pilot.pause()
    assert isinstance(app.screen, PlanScreen)


async def test_a_whole_workshop_by_keyboard_ends_in_a_complete_plan_and_exports(
    demo_handle, make_app, screen_text, capsysbinary, monkeypatch, today
):
    app = make_app(demo_handle)
    app.animation_level = "none"  # the same screens, without waiting for smooth scrolling
    path = demo_handle.path
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Hjemmeplejen Nord" in screen_text(app)

        # -- F3 Dialog: the record of the meeting first ------------------------------
        await step(pilot, "f3", DialogScreen)
        assert "Forberedelse i TRIO/MED (trin 2)" in screen_text(app)
        assert "^n Næste" in screen_text(app)  # the Footer says how to move on
        assert app.focused.id is None and app.focused.parent.id == "prep-date"  # the date's own field
        await pilot.press(*"19-11-2026", "tab")
        assert app.focused.id == "prep-by"
        await paste(pilot, PREPARED_BY)
        await pilot.press("tab")
        assert app.focused.id == "prep-notes"
        await paste(pilot, "Trusler fra borgere [/] først")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Dialogmødet (trin 3)" in screen_text(app)
        await pilot.press(*"26-11-2026", "tab")
        await paste(pilot, "Personalerummet")
        await pilot.press("tab")
        assert app.focused.id == "meeting-participants"
        await paste(pilot, PARTICIPANTS)
        await pilot.pause()
        text = flat(screen_text(app))
        assert "5 deltagere: Leder Åse — leder · TR Jens — TR · AMR Bo — AMR · Mette Ø — medarbejder" in text
        assert "[b]Kim[/b] — konsulent" in text

        # -- then notes under the first two prompts ---------------------------------------
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.focused, NotesArea) and app.focused.id == "notes-2"
        await pilot.press(*TYPED_NOTE)
        await paste(pilot, PASTED_NOTE)
        await pilot.press("enter", *"to")  # a second line
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.focused.id == "notes-3"
        await pilot.press(*SECOND_TYPED)
        await paste(pilot, SECOND_PASTED)
        await pilot.press("ctrl+r")  # back to the first: shown as typed, as text
        await pilot.pause()
        assert f"{TYPED_NOTE}{PASTED_NOTE}" in screen_text(app)

        # -- F4 Afstemning: the group's size, then the dots from the wall ----------------
        await step(pilot, "f4", VotingScreen)
        assert isinstance(app.focused, TallyTable)  # as the hint says: arrows and +/−
        await pilot.press("p", "1", "2", "escape")  # p: the group's size; Escape: back to the tally
        tally = app.screen.query_one(TallyTable)
        assert app.focused is tally and tally.current_theme == TRIVSEL
        await pilot.press("plus", "plus", "plus", "plus", "minus")  # 3 on the first theme
        await pilot.press("down", "down", "down", "down")
        assert tally.current_theme == LEADER
        await pilot.press("8", "enter")  # typed and committed; Enter moves on
        assert tally.current_theme == WORKLOAD
        await pilot.press("1", "1", "enter", "2", "enter")
        await pilot.pause()
        text = flat(screen_text(app))
        assert "24 af 36 prikker brugt · 12 tilbage" in text
        assert f"{WORKLOAD} 11 1 valgt" in text and f"{LEADER} 8 2 valgt" in text
        assert f"{TRIVSEL} 3 3 valgt" in text and f"{EMOTIONAL} 2 4" in text
        # The default choice (the top 3) is accepted as it stands.

        # -- F5 Mål: a goal per chosen theme, in the order of the vote -------------------
        screen = await step(pilot, "f5", GoalsScreen)
        assert screen.themes == (WORKLOAD, LEADER, TRIVSEL)
        assert app.focused.id == "goal-0-own_rating"
        for index, theme in enumerate(screen.themes):
            rating, target, looks_like, notice, by_when = GOALS[theme]
            assert app.focused.id == f"goal-{index}-own_rating"
            assert theme in screen_text(app)  # the focused goal is in view
            await pilot.press(*rating)
            await pilot.press("tab")
            await paste(pilot, target)
            await pilot.press("tab")
            await paste(pilot, looks_like)
            await pilot.press("tab")
            await paste(pilot, notice)
            await pilot.press("tab")
            if index == 0:
                await pilot.press(*by_when)  # typed: it passes "24-1" (January) on the way
            else:
                await paste(pilot, by_when)
            assert isinstance(app.focused, Input) and app.focused.value == by_when
            await pilot.press("tab")  # leaving the date passes it on at once
            shown = flat(str(screen.query_one(f"#goal-{index}-by_when .date-feedback").content))
            assert shown.startswith("= ") and "Ikke gemt" not in shown, shown

        # -- F6 Handleplan: the zero-tolerance point and every chosen theme --------------
        screen = await step(pilot, "f6", PlanScreen)
        plan_list = screen.query_one(PlanList)
        assert app.focused is plan_list and plan_list.current_id == "add:0"
        assert plan_list.groups == [ZERO_TOLERANCE_THEME, WORKLOAD, LEADER, TRIVSEL]
        assert "Planen er ikke komplet" in screen_text(app)

        await pilot.press("enter")  # "+ Tilføj handling" under Nultolerance
        await write_action(pilot, *ACTIONS[0][1:])
        assert plan_list.current_id == "action:a1"
        await pilot.press("down", "down")  # past its "+ Tilføj" to the workload theme's
        assert plan_list.current_id == "add:1"
        await pilot.press("enter")
        await write_action(pilot, *ACTIONS[1][1:], type_date=True, rate=True)
        await pilot.press("a")  # one more in the group the cursor is in
        await write_action(pilot, *ACTIONS[2][1:], offered="me")  # a name entered once is offered
        assert [action.theme for action in app.store.session.plan.actions] == [ZERO_TOLERANCE_THEME, WORKLOAD, WORKLOAD]
        await pilot.press("down", "down")
        assert plan_list.current_id == "add:2"
        await pilot.press("enter")
        await write_action(pilot, *ACTIONS[3][1:])
        await pilot.press("down", "down")
        assert plan_list.current_id == "add:3"
        await pilot.press("enter")
        await write_action(pilot, *ACTIONS[4][1:])

        await pilot.press("up", "up", "up", "up", "up")  # back up the list to a2
        assert plan_list.current_id == "action:a2"
        text = flat(screen_text(app).replace("║", " "))
        assert "Første skridt: Ring til planlægningen · Indsats: lav · Gevinst: høj" in text
        # The date of the next follow-up and who follows up are left, and the check says so.
        assert "Planen er ikke komplet – mangler: 2 - Planen mangler en dato for næste opfølgning." in text
        assert "- Planen mangler en, der følger op på den som helhed (som regel lederen)." in text
        for _ in range(6):  # Tab on past the point's record and the date to who follows up
            if app.focused.id == "follow-up-by":
                break
            await pilot.press("tab")
        assert app.focused.id == "follow-up-by"
        await pilot.press(*"Le", "right")  # the name is offered: it was typed in the record
        assert app.focused.value == "Leder Åse"
        await pilot.press("tab")
        assert app.focused.id == "work-group"
        await paste(pilot, "Mette Ø, AMR Bo")

        # -- F7 Opsummering: the next follow-up date, typed the Danish way ---------------
        await step(pilot, "f7", SummaryScreen)
        assert app.focused.id == "follow-up"  # no date yet: the field has the focus
        await pilot.press(*"24-03-2027", "enter")
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Planen er komplet" in text, text
        assert "Næste opfølgning: 24. mar. 2027" in text
        await pilot.press("e")  # the minutes and the CSV beside the session
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+q")

    # -- what was saved --------------------------------------------------------------
    session = load_session(path)
    assert session.step == "summary"  # `kompas open` resumes here
    assert notes_for(session.dialog, "concerns") == f"{TYPED_NOTE}{PASTED_NOTE}\nto"
    assert notes_for(session.dialog, "planning") == SECOND_NOTE
    voting = session.voting
    assert voting.settings == VotingSettings(participants=12)
    assert voting.dots == {TRIVSEL: 3, LEADER: 8, WORKLOAD: 11, EMOTIONAL: 2}
    assert voting.chosen is None  # the default choice, accepted
    chosen = chosen_themes(session)
    assert chosen == (WORKLOAD, LEADER, TRIVSEL)

    plan = session.plan
    goals = {goal.theme: goal for goal in plan.goals}
    assert set(goals) == set(chosen)
    for theme, (rating, target, looks_like, notice, _) in GOALS.items():
        goal = goals[theme]
        assert (goal.own_rating, goal.target, goal.looks_like, goal.how_we_notice) == (
            int(rating) if rating else None,
            target,
            looks_like,
            notice,
        )
        assert goal.by_when == GOAL_DATES[theme]
    assert [a.id for a in plan.actions] == ["a1", "a2", "a3", "a4", "a5"]
    for action, (theme, what, owner, _, follow_up, first_step), deadline in zip(plan.actions, ACTIONS, DEADLINES):
        assert (action.theme, action.what, action.owner, action.deadline, action.follow_up, action.first_step) == (
            theme,
            what,
            owner,
            deadline,
            follow_up,
            first_step,
        )
        assert action.status == "not_started"
    assert (plan.actions[1].effort, plan.actions[1].benefit) == ("low", "high")
    assert plan.next_follow_up == NEXT_FOLLOW_UP
    assert (plan.follow_up_by, plan.work_group) == ("Leder Åse", ["Mette Ø", "AMR Bo"])
    # The record of the meeting, in the file.
    assert session.preparation == Preparation(
        date=dt.date(2026, 11, 19), by=["Leder Åse", "TR Jens", "AMR Bo"], notes="Trusler fra borgere [/] først"
    )
    assert session.meeting == Meeting(
        date=dt.date(2026, 11, 26),
        place="Personalerummet",
        participants=[
            Participant(name="Leder Åse", role="leader"),
            Participant(name="TR Jens", role="tr"),
            Participant(name="AMR Bo", role="amr"),
            Participant(name="Mette Ø", role="employee"),
            Participant(name="[b]Kim[/b]", role="consultant"),
        ],
    )

    summary = summarise(session.report, app.profile, session.created.date())
    assert "zero_tolerance" in summary.guidance
    assert completeness(plan, summary, chosen) == []  # not even a warning
    assert is_complete(plan, summary, chosen)

    # -- the exports ---------------------------------------------------------------
    # Exported on the day of the workshop: what is overdue follows the date.
    monkeypatch.setattr(markdown_export, "now", lambda: dt.datetime.combine(today, dt.time(12, 0)).astimezone())
    capsysbinary.readouterr()
    assert main(["--sessions-dir", str(path.parent), "export", str(path), "--format", "md"]) == 0
    markdown = capsysbinary.readouterr().out.decode("utf-8")
    assert main(["--sessions-dir", str(path.parent), "export", str(path), "--format", "csv"]) == 0
    raw_csv = capsysbinary.readouterr().out

    # The minutes: the notes (markup escaped, so it shows literally), the vote,
    # the goals, the actions, the next follow-up, nothing missing.
    assert markdown.startswith(
        lines(
            "# Opfølgning: Hjemmeplejen Nord",
            "",
            "## Mødet",
            "",
            "- **Enhed:** Hjemmeplejen Nord",
            "- **Dialogmødets dato:** 26. nov. 2026",
            "- **Sted:** Personalerummet",
            "- **Deltagere (5):**",
            "  - Leder Åse (leder)",
            "  - TR Jens (TR)",
            "  - AMR Bo (AMR)",
            "  - Mette Ø (medarbejder)",
            "  - [b]Kim[/b] (konsulent)",
            "- **Forberedelse (TRIO/MED):** 19. nov. 2026, af Leder Åse, TR Jens, AMR Bo",
            "- **Følger op på handleplanen:** Leder Åse",
            "- **Arbejdsgruppe:** Mette Ø, AMR Bo",
            "",
            "**Noter fra forberedelsen:**",
            "",
            "> Trusler fra borgere [/] først",
            "",
            "## Rapport",
        )
    )
    assert (
        lines(
            "### Det, der optager os mest",
            "",
            "> [/] [bold]x æøå 🙂 travlt [/bold]  ",
            "> to",
            "",
            "### Når vi planlægger opfølgningen",
            "",
            "> [red]Tavle hver[/] uge",
        )
        in markdown
    )
    assert "- **Deltagere:** 12\n" in markdown and "- **Prikker i alt:** 24 af 36\n" in markdown
    assert (
        lines(
            f"| 1 | {WORKLOAD} | 11 | valgt |",
            f"| 2 | {LEADER} | 8 | valgt |",
            f"| 3 | {TRIVSEL} | 3 | valgt |",
            f"| 4 | {EMOTIONAL} | 2 |  |",
        )
        in markdown
    )
    assert f"**Valgte temaer:** {WORKLOAD}, {LEADER}, {TRIVSEL}\n" in markdown
    assert (
        lines(
            f"### {WORKLOAD}",
            "",
            "Mål:",
            "",
            "- **Hvor er vi nu:** score 35,0 (rød); gruppens egen vurdering 3 af 10",
            "- **Hvor vil vi gerne være:** Ro på [bold]vagterne[/] 🙂",
            "- **Sådan ser det ud, når vi er der:** Vi når pauserne",
            "- **Sådan mærker vi det:** Færre overarbejdstimer",
            "- **Hvornår:** 24. dec. 2026",
            "",
            "Handlinger:",
            "",
            "**a2** · Færre afbrydelser [bold]x",
            "",
            "- **Ansvarlig:** Mette Ø",
            "- **Deadline:** 15. jan. 2027",
            "- **Opfølgningsansvarlig:** Leder Åse",
            "- **Første skridt:** Ring til planlægningen",
            "- **Indsats:** lav",
            "- **Gevinst:** høj",
            "- **Status:** ikke startet",
        )
        in markdown
    )
    assert "- **Hvor vil vi gerne være:** Leder [/] til stede hver uge" in markdown
    assert "- **Hvornår:** 31. jan. 2027\n" in markdown and "- **Hvornår:** 28. feb. 2027\n" in markdown
    assert "## Nultolerancepunktet" in markdown and "**Status:** besvaret" in markdown
    assert "**a1** · Gennemgå politikken [/] på personalemødet" in markdown
    # Who does what by when, soonest first.
    who = [
        "| 15. dec. 2026 | Gennemgå politikken [/] på personalemødet | Nultolerance | Leder Åse | TR Jens |",
        f"| 5. jan. 2027 | Fælles frokost hver fredag | {TRIVSEL} | AMR Bo | Mette Ø |",
        f"| 10. jan. 2027 | Ugentligt stand-up; 10 min | {LEADER} | Leder Åse | AMR Bo |",
        f"| 15. jan. 2027 | Færre afbrydelser [bold]x | {WORKLOAD} | Mette Ø | Leder Åse |",
        f"| 1. feb. 2027 | Pauseplan 😀 på tavlen | {WORKLOAD} | Mette Ø | TR Jens |",
    ]
    places = [markdown.find(row) for row in who]
    assert -1 not in places and places == sorted(places), places
    assert "## Næste opfølgning\n\n**24. mar. 2027**\n" in markdown
    assert "## Det mangler\n\nPlanen er komplet.\n" in markdown

    # The CSV as Danish Excel opens it: UTF-8 with a BOM, ';', one row per action.
    assert raw_csv.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw_csv.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header == [
        "Nr.",
        "Tema",
        "Mål",
        "Handling",
        "Ansvarlig",
        "Deadline",
        "Opfølgningsansvarlig",
        "Første skridt",
        "Indsats",
        "Gevinst",
        "Status",
    ]
    # One row per action, grouped per goal in the order of the vote, the zero-tolerance point last.
    assert [row[0] for row in body] == ["a2", "a3", "a4", "a5", "a1"]
    by_id = {row[0]: row for row in body}
    for number, ((theme, what, owner, _, follow_up, first_step), deadline) in enumerate(zip(ACTIONS, DEADLINES), 1):
        row = by_id[f"a{number}"]
        _, row_theme, goal, row_what, row_owner, row_deadline, row_follow_up, row_first, *_, status = row
        assert (row_theme, goal) == (
            ("Nultolerance", "") if theme == ZERO_TOLERANCE_THEME else (theme, GOALS[theme][1])
        )
        assert (row_what, row_owner, row_follow_up, row_first) == (what, owner, follow_up, first_step)
        assert row_deadline == deadline.strftime("%d-%m-%Y")  # as Danish Excel reads a date
        assert status == "ikke startet"
    assert by_id["a2"][8:10] == ["lav", "høj"]
    assert b'"Ugentligt stand-up; 10 min"' in raw_csv  # the ';' quoted, not a new column

    # `e` on the summary wrote the same CSV, and the minutes, beside the session.
    md_path, html_path, csv_path = export_paths(path)
    assert csv_path.read_bytes() == raw_csv
    assert "**a2** · Færre afbrydelser [bold]x" in md_path.read_text("utf-8")
    assert "<strong>a2</strong> · Færre afbrydelser [bold]x" in html_path.read_text("utf-8")
