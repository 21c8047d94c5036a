"""The record of the meeting on screen at 80x24 (issue 11): the Dialog
step's preparation and meeting items (hostile text, read-only sessions, a
session whose workshop is history), who follows up on Handleplan, the
zero-tolerance point open again in a round, the policy and help lines with
the guidance, and which session counts in Overblik and Gennemsyn. The whole
workshop with the record is tests/test_workshop_pilot.py."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from textual import events

from kompas_tui.domain.meeting import Participant
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.profile_texts import Contact, Link, LocalText
from kompas_tui.screens.dialog import DialogScreen
from kompas_tui.screens.evaluation import EvaluationScreen
from kompas_tui.screens.plan import PlanScreen
from kompas_tui.storage.session_file import load_session, open_session, save_session
from test_folder_scan import make_session

SIZE = (80, 24)
FIXTURES = Path(__file__).parent / "fixtures" / "sessions"
HOSTILE = "[/] [/ [bold]x æøå"
PASTED = " 🙂\x1b[31mrødt"


def flat(text: str) -> str:
    return " ".join(text.split())


async def paste(pilot, text: str) -> None:
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def to_item(pilot, key: str) -> None:
    """On the Dialog step, ctrl+n or ctrl+r until the item `key` (a record
    item, a prompt or a guidance card) is the one shown."""
    screen = pilot.app.screen
    target = [item.key for item in screen.items].index(key)
    while screen.index != target:
        await pilot.press("ctrl+n" if screen.index < target else "ctrl+r")
        await pilot.pause()


async def test_hostile_text_in_the_record_is_shown_and_saved_as_typed(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, DialogScreen) and app.screen.item.key == "preparation"
        await pilot.press("tab")  # past the date to who prepared it
        await pilot.press(*HOSTILE, *", Bo")
        await pilot.press("tab")
        await paste(pilot, f"Noter {HOSTILE}{PASTED}")
        await to_item(pilot, "meeting")
        await pilot.press("tab")
        await paste(pilot, f"Sted {HOSTILE}{PASTED}")
        await pilot.press("tab")
        await paste(pilot, f"{HOSTILE} (AMR), Kim{PASTED} (hr)")
        text = flat(screen_text(app))
        assert f"2 deltagere: {HOSTILE} — AMR · Kim 🙂␛[31mrødt — HR" in text
        assert f"Sted {HOSTILE} 🙂␛[31mrødt" in text
        strips = app.screen._compositor.render_strips()
        assert not any("\x1b" in segment.text for strip in strips for segment in strip)
        await pilot.press("ctrl+q")
    session = load_session(demo_handle.path)
    assert session.preparation.by == [" ".join(HOSTILE.split()), "Bo"]
    assert session.preparation.notes == f"Noter {HOSTILE}{PASTED}"
    assert session.meeting.place == f"Sted {HOSTILE}{PASTED}"
    assert session.meeting.participants == [
        Participant(name=" ".join(HOSTILE.split()), role="amr"),
        Participant(name=f"Kim{PASTED}", role="hr"),
    ]


async def test_english_roles_and_names_offered_again(make_app, handles, sessions_dir, screen_text):
    from kompas_tui.demo import demo_report

    handle = handles(demo_report(), sessions_dir, "en")
    handle.session.preparation.by = ["Mette Hansen"]
    handle.save()
    app = make_app(handle, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await to_item(pilot, "meeting")
        assert "Roles: leader, union rep, safety rep, employee, HR, consultant, other." in flat(screen_text(app))
        await pilot.press("tab", "tab")
        assert app.focused.id == "meeting-participants"
        await pilot.press(*"Ali (union rep), me", "right")  # the name typed once is offered
        assert app.focused.value == "Ali (union rep), Mette Hansen"
        await pilot.press(*" (leader)")
        await pilot.pause()
        assert "2 participants: Ali — union rep · Mette Hansen — leader" in flat(screen_text(app))
        await pilot.press("ctrl+q")
    assert load_session(handle.path).meeting.participants == [
        Participant(name="Ali", role="tr"), Participant(name="Mette Hansen", role="leader"),
    ]


async def test_a_read_only_session_refuses_the_record(make_app, demo_handle, screen_text):
    second = open_session(demo_handle.path)
    before = demo_handle.path.read_bytes()
    try:
        app = make_app(second)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.press("f3")
            await pilot.pause()
            assert app.screen.item.key == "preparation"
            fields = [w for w in app.screen.query("#record-preparation Input")]
            assert fields and all(field.is_disabled for field in fields)
            await pilot.press(*"skriv", "enter")
            await pilot.pause()
            assert isinstance(app.screen, DialogScreen)
            assert app.screen.query_one("#prep-notes").text == ""
            assert [n.severity for n in app._notifications] == ["warning"]
    finally:
        second.close()
    assert demo_handle.path.read_bytes() == before


async def test_the_record_stays_open_once_the_workshop_is_history(make_app, sessions_dir, screen_text):
    """A session from before the record (schema 3, with rounds) gets its
    meeting late: the record is not part of the locked workshop."""
    path = sessions_dir / "hjemmeplejen-nord-2026-11-26.toml"
    shutil.copyfile(FIXTURES / "v3-rounds.toml", path)
    path.chmod(0o600)
    handle = open_session(path)
    try:
        app = make_app(handle, today=dt.date(2027, 5, 10))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("f3")
            await pilot.pause()
            assert "Workshoppen er historik" in screen_text(app)
            await to_item(pilot, "meeting")
            await pilot.press(*"26-11-2026", "tab", "tab")
            await paste(pilot, "Mette (leder), Jonas (AMR)")
            await pilot.press("ctrl+q")
    finally:
        handle.close()
    session = load_session(path)
    assert session.meeting.date == dt.date(2026, 11, 26)
    assert [p.role for p in session.meeting.participants] == ["leader", "amr"]
    assert path.with_name(path.name + ".v3.bak").exists()  # the original is kept


async def test_who_follows_up_on_the_plan_screen(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert "Planen mangler en, der følger op på den som helhed" in flat(
            str(app.screen.query_one("#plan-missing").content)
        )
        app.screen.query_one("#follow-up-by").focus()
        await pilot.press(*"Mette ", *HOSTILE)
        await pilot.press("tab")
        await paste(pilot, "Ali, Sanne;Bo")
        await pilot.pause(0.7)
        assert "følger op på den som helhed" not in str(app.screen.query_one("#plan-missing").content)
        # The zero-tolerance box names where the organisation's policy goes.
        box = flat(" ".join(str(w.content) for w in app.screen.query("#zt-record .zt-link")))
        assert "Politik og hjælp:" in box and "[[policy_links]]" in box
    plan = load_session(demo_handle.path).plan
    assert plan.follow_up_by == f"Mette {' '.join(HOSTILE.split())}"
    assert plan.work_group == ["Ali", "Sanne", "Bo"]


async def test_the_report_and_the_dialogue_show_the_organisations_policy(handles, sessions_dir, make_app, screen_text):
    from kompas_tui.demo import demo_report

    profile = OrgProfile(
        policy_links=[Link(title=LocalText(da="Vold og trusler [/]"), url="https://x.dk/vold")],
        help_contacts=[Contact(name="HR-konsulent Jens", phone="+45 12 34 56 78")],
    )
    app = make_app(handles(demo_report(), sessions_dir), profile=profile)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(10):  # the guidance is mounted after the first paint
            if app.screen.query("#guidance-help"):
                break
            await pilot.pause(0.05)
        card = flat(str(app.screen.query_one("#guidance-help").content))
        assert card == "Politik og hjælp - Vold og trusler [/]: https://x.dk/vold - HR-konsulent Jens · +45 12 34 56 78"
        await pilot.press("f3")
        await pilot.pause()
        await to_item(pilot, "zero_tolerance")
        text = flat(screen_text(app))
        assert "Råd fra rapporten: Nultolerance" in text
        assert "Vold og trusler [/]: https://x.dk/vold" in text and "HR-konsulent Jens" in text


async def test_a_round_with_exposure_again_cannot_close_until_answered(make_app, sessions_dir, screen_text):
    path = sessions_dir / "hjemmeplejen-nord-2026-11-26.toml"
    shutil.copyfile(FIXTURES / "v3-rounds.toml", path)
    path.chmod(0o600)
    handle = open_session(path)
    try:
        app = make_app(handle, today=dt.date(2027, 5, 10))
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, EvaluationScreen)
            assert "IKKE BESVARET i runden endnu." in str(screen.query_one("#round-zt-status").content)
            await pilot.press("x", "enter")  # close: asked, then refused in words
            await pilot.pause()
            assert handle.session.rounds[-1].is_open
            messages = [n.message for n in app._notifications]
            assert any("Runden kan ikke lukkes" in m and "runde 2" in m for m in messages), messages
            screen.query_one("#round-zt-text").focus()
            await paste(pilot, "Gennemgået igen med AMR [/]")
            await pilot.press("tab")
            await pilot.press(*"10-05-2027", "tab")
            await pilot.pause(0.5)
            assert "Besvaret i runden." in str(screen.query_one("#round-zt-status").content)
            screen.query_one("#evaluation-actions").focus()
            await pilot.press("x", "enter")
            await pilot.pause()
            assert not handle.session.rounds[-1].is_open
    finally:
        handle.close()
    [_, second] = load_session(path).rounds
    assert second.zero_tolerance is not None and second.zero_tolerance.text == "Gennemgået igen med AMR [/]"
    assert second.closed == dt.date(2027, 5, 10)


# -- which session counts ---------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    """A plan whose follow-up date and January re-measurement have passed,
    and an empty session of the same unit opened later by mistake."""
    from kompas_tui.domain.plan import Action

    folder = tmp_path / "org"
    folder.mkdir()
    plan = make_session("Hjemmeplejen Nord", [
        Action(id="a1", theme="T", what="Rigtig handling", owner="Ali", follow_up="Bo",
               deadline=dt.date(2027, 1, 10)),
    ])
    plan.created = dt.datetime(2026, 11, 26, 9, 0).astimezone()
    plan.plan.next_follow_up = dt.date(2027, 2, 3)
    plan.plan.follow_up_by = "Mette"
    save_session(plan, folder / "nord-2026-11-26.toml")
    empty = make_session("Hjemmeplejen Nord", [])
    empty.plan.actions = []
    empty.created = dt.datetime(2027, 3, 1, 9, 0).astimezone()
    save_session(empty, folder / "nord-2027-03-01.toml")
    return folder


async def test_overblik_says_follow_up_overdue_and_january_missing_and_which_counts(tmp_path: Path) -> None:
    from kompas_tui.app import KompasApp

    folder = _folder(tmp_path)
    app = KompasApp(None, sessions_dir=folder, profile=OrgProfile(), lang="da", today=dt.date(2027, 3, 10),
                    start_on="overview")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        [row] = [line for line in text.splitlines() if "Hjemmeplejen Nord " in line and "gul" in line]
        assert "MANGLER" in row and "opf. 1" in row  # the plan's row, not the empty copy's
        assert "OPFØLGNING OVERSKREDET 3. feb. 2027" in text  # the January month is on the row (MANGLER)
        assert "2 sessioner: denne tæller" in text
        assert "nord-2026-11-26.toml" in text


async def test_gennemsyn_marks_the_session_that_does_not_count(tmp_path: Path) -> None:
    from kompas_tui.app import KompasApp

    folder = _folder(tmp_path)
    app = KompasApp(None, sessions_dir=folder, profile=OrgProfile(), lang="da", today=dt.date(2027, 3, 10),
                    start_on="review")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        lines = text.splitlines()
        assert any("(tæller ikke)" in line and "01-03-2027" in line for line in lines)
        assert not any("(tæller ikke)" in line and "26-11-2026" in line for line in lines)
