"""The Dialog step at 80x24, driven the way a facilitator runs the table
discussion: notes typed under the prompts, moving between them, the
advisory timer, and a session that someone else has open."""

from __future__ import annotations

import re

import pytest
from textual import events

from kompas_tui.domain.dialog import BUILTIN_PROMPT_IDS, Dialog, PromptNotes, notes_for, timer_for
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.profile_texts import LocalText, Prompt
from kompas_tui.screens.dialog import DialogScreen
from kompas_tui.storage.session_file import load_session, open_session
from kompas_tui.widgets import dialog_timer
from kompas_tui.widgets.dialog_notes import NotesArea
from pilot_tools import autosave, running_timers

SIZE = (80, 24)
#: Typed key by key.
HOSTILE = "[/] [/ [bold]x æøå"
#: Pasted (an emoji and escape sequences cannot be typed as keys).
PASTED = " 🙂\x1b[31mrødt\x1b[2J"


def flat(text: str) -> str:
    return " ".join(text.split())


async def open_dialog(pilot, *, prompts: bool = True) -> DialogScreen:
    """F3; on a new session, on past the record of the meeting (the
    preparation and the meeting, tests/test_tui_record.py) to the first
    discussion prompt, unless `prompts` is False."""
    await pilot.press("f3")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, DialogScreen)
    if prompts and screen.item.record:
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
    return screen


class FakeClock:
    """The timer's clock, moved by hand so a 10-minute timer takes no time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(dialog_timer, "now", fake)
    return fake


async def test_notes_in_two_prompts_survive_switching_and_quitting(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot)
        text = screen_text(app)
        assert "Punkt 3 af 9" in text and "1. Det, der optager os mest" in text
        assert "Timer: 10 min, ikke startet" in text
        assert isinstance(app.focused, NotesArea)

        await pilot.press(*HOSTILE, "enter", *"to")
        app.post_message(events.Paste(PASTED))  # as a terminal delivers a paste
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "2. Når vi planlægger opfølgningen" in screen_text(app)
        assert app.focused.id == "notes-3"
        await pilot.press(*"[b]tid[/b]")
        await pilot.press("ctrl+r")
        await pilot.pause()

        # Back on the first prompt: its notes as typed, shown as text; the
        # escape sequence drawn, never sent to the terminal.
        text = screen_text(app)
        assert HOSTILE in text and "to 🙂␛[31mrødt␛[2J" in text
        strips = app.screen._compositor.render_strips()
        assert not any("\x1b" in segment.text for strip in strips for segment in strip)

        await autosave(pilot)
        saved = load_session(demo_handle.path).dialog
        assert notes_for(saved, "concerns") == f"{HOSTILE}\nto{PASTED}"
        await pilot.press("ctrl+n")
        await pilot.press(*" ok")
        await pilot.press("ctrl+q")

    saved = load_session(demo_handle.path)
    assert saved.step == "dialog"
    assert notes_for(saved.dialog, "concerns") == f"{HOSTILE}\nto{PASTED}"
    assert notes_for(saved.dialog, "planning") == "[b]tid[/b] ok"


async def test_moving_through_the_prompts_and_the_guidance(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dialog(pilot, prompts=False)
        assert [item.key for item in screen.items] == [
            "preparation",
            "meeting",
            *BUILTIN_PROMPT_IDS,
            "zero_tolerance",
            "leadership_low",
            "worse_than_expected",
        ]
        await pilot.press("ctrl+r")  # nothing before the first
        assert screen.index == 0
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        assert "4. Vores næste tre skridt" in screen_text(app)
        await pilot.press("f9")  # the function-key twin of ctrl+n
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Punkt 7 af 9 · næste: Lav score på ledelse" in text
        assert "Råd fra rapporten: Nultolerance: vold, trusler, mobning og chikane" in text
        assert "Timer" not in text  # a card has no timer
        assert "Start timer" not in text  # nor its keys in the Footer
        # but notes, like every item: what is typed while people talk lands there.
        assert "Noter (gemmes, mens I skriver)" in text and app.focused.id == "notes-6"
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Punkt 9 af 9 · sidste punkt" in text
        assert "Hvis resultatet er dårligere end ventet" in text
        await pilot.press("f10")  # the function-key twin of ctrl+r
        await pilot.pause()
        assert screen.index == 7

        # Tab leaves a notes field (no indenting).
        await pilot.press("ctrl+r", "ctrl+r")
        await pilot.pause()
        assert app.focused.id == "notes-5"
        await pilot.press("tab")
        assert not isinstance(app.focused, NotesArea)

        # Every key is in the help, also while the notes have the focus.
        await pilot.press("shift+tab", "f1")
        await pilot.pause()
        # The help scrolls at 80x24; read its list of keys whole.
        text = str(app.screen.query_one("#help-keys").content)
        assert re.search(r"ctrl\+n, f9 +Næste", text) and re.search(r"ctrl\+r, f10 +Forrige", text)
        assert re.search(r"ctrl\+g +Start timer", text)
        await pilot.press("escape")

        # Escape goes back to the report.
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportScreen"


async def test_the_advisory_timer_starts_extends_and_switches_off(make_app, demo_handle, screen_text, clock):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_dialog(pilot)
        await pilot.press("ctrl+l")  # nothing to extend yet
        text = screen_text(app)
        assert "Timer: 10 min, ikke startet" in text
        footer = text.splitlines()[-1]
        assert "^g Start timer" in footer and "+5 min" not in footer

        await pilot.press("ctrl+g")
        await pilot.pause()
        text = screen_text(app)
        assert "Timer: 10:00 tilbage af 10 min" in text
        # The Footer offers what fits now, within 80 columns.
        assert "^g Timer fra ^l +5 min f4 Afstemning" in "\n".join(text.splitlines()[-2:])
        clock.now += 9 * 60 + 30
        screen.tick()
        await pilot.pause()
        assert "Timer: 0:30 tilbage af 10 min" in screen_text(app)

        await pilot.press("ctrl+l")
        await pilot.pause()
        assert "Timer: 5:30 tilbage af 15 min" in screen_text(app)
        await autosave(pilot)
        assert timer_for(load_session(demo_handle.path).dialog, "concerns") == 15

        # Time is up: said clearly, and nothing else happens.
        clock.now += 6 * 60
        screen.tick()
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Tiden er gået (15 min). I går videre, når I er klar." in text
        assert [n.message for n in app._notifications] == ["Tiden er gået: Det, der optager os mest"]
        assert screen.index == 2 and isinstance(app.focused, NotesArea)
        await pilot.press(*"ok")
        assert app.focused.text == "ok"

        # Five more minutes after the time was up count from now.
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert "Timer: 5:00 tilbage af 20 min" in screen_text(app)

        # Another prompt has its own timer; the first one keeps running.
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Timer: 10 min, ikke startet" in screen_text(app)
        clock.now += 60
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "Timer: 4:00 tilbage af 20 min" in screen_text(app)

        await pilot.press("ctrl+g")  # the same key switches it off
        await pilot.pause()
        assert "Timer: 10 min, ikke startet" in screen_text(app)
        await autosave(pilot)
        saved = load_session(demo_handle.path).dialog
        assert timer_for(saved, "concerns") is None
        assert notes_for(saved, "concerns") == "ok"


async def test_a_timer_keeps_running_past_a_look_at_the_report(make_app, demo_handle, screen_text, clock):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot)
        await pilot.press("ctrl+g")
        clock.now += 120
        await pilot.press("f2")
        await pilot.pause()
        await open_dialog(pilot)
        assert "Timer: 8:00 tilbage af 10 min" in screen_text(app)


async def test_saved_notes_and_chosen_minutes_come_back(make_app, demo_handle, screen_text, sessions_dir):
    demo_handle.session.dialog = Dialog(
        prompts=[
            PromptNotes(prompt="concerns", notes="Første\nanden [/] \x1b[1m", timer_minutes=25),
            PromptNotes(prompt="safety", notes="Egne noter"),
        ]
    )
    demo_handle.session.step = "dialog"
    demo_handle.save()
    profile = OrgProfile(
        prompts=[Prompt(id="safety", title=LocalText(da="Sikkerhed [bold]nu[/]", en="Safety"), minutes=5)]
    )
    app = make_app(demo_handle, profile=profile)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DialogScreen)  # resumed at the step it was left
        text = screen_text(app)
        assert "Første" in text and "anden [/] ␛[1m" in text
        assert "Timer: 25 min, ikke startet" in text
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        text = screen_text(app)
        assert "5. Sikkerhed [bold]nu[/]" in text
        assert "Egne noter" in text and "Timer: 5 min, ikke startet" in text


async def test_english(make_app, handles, sessions_dir, screen_text):
    from kompas_tui.demo import demo_report

    app = make_app(handles(demo_report(), sessions_dir, "en"), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(pilot)
        text = flat(screen_text(app))
        assert "Item 3 of 9 · next: Planning our follow-up" in text
        assert "1. What concerns us most" in text
        assert "Timer: 10 min, not started" in text and "Notes (saved as you type)" in text
        assert "Next" in text and "Start timer" in text
        await pilot.press("ctrl+r")
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        assert "Guidance from the report:" in screen_text(app)


async def test_read_only_session_refuses_typing(demo_handle, make_app, screen_text, clock):
    second = open_session(demo_handle.path)  # the lock is held by demo_handle
    assert second.read_only
    before = demo_handle.path.read_bytes()
    try:
        app = make_app(second)
        async with app.run_test(size=SIZE) as pilot:
            await open_dialog(pilot)
            text = screen_text(app)
            assert "Skrivebeskyttet" in text and "Noter (kan kun læses)" in text
            await pilot.press(*"skriv noget", "enter")
            app.post_message(events.Paste("indsat"))
            await pilot.pause()
            assert isinstance(app.screen, DialogScreen)  # no letter left for another screen
            assert all(area.text == "" for area in app.screen.query(NotesArea))
            # Said once, not once per key.
            assert [n.severity for n in app._notifications] == ["warning"]
            # The timer may still be used to time the talk; it is not saved.
            await pilot.press("ctrl+g")
            await pilot.pause()
            assert not running_timers(app, "autosave")
            assert "Timer: 10:00 tilbage af 10 min" in screen_text(app)
    finally:
        second.close()
    assert demo_handle.path.read_bytes() == before


async def test_reopening_comes_back_to_the_prompt_it_was_left_at(make_app, demo_handle, screen_text):
    from kompas_tui.storage.session_file import load_session, open_session

    app = make_app(demo_handle)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        await pilot.press("ctrl+q")
    saved = load_session(demo_handle.path)
    assert saved.step == "dialog" and saved.dialog.current == "process"
    demo_handle.close()
    again = make_app(open_session(demo_handle.path))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(again)
        assert "[3 Dialog]" in text and "Punkt 5 af" in text
