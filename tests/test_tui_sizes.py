"""Sizes (issue 12, part 7): below 80x24 kompas says what it needs instead
of cutting values; at 200x50 the tables keep their numbers beside their
names; at 80 columns the comparison's theme names fit one line."""

from __future__ import annotations

from kompas_tui.domain.dialog import notes_for
from kompas_tui.storage.session_file import load_session
from kompas_tui.widgets.size_notice import SizeNotice
from pilot_tools import autosave

SMALL = (60, 20)
SIZE = (80, 24)


def flat(text: str) -> str:
    return " ".join(text.split())


async def open_notes(pilot) -> None:
    """F3 and on to the first discussion prompt, whose notes have the focus."""
    await pilot.press("f3")
    await pilot.pause()
    await pilot.press("ctrl+n", "ctrl+n")
    await pilot.pause()


async def test_below_80x24_a_notice_says_what_is_needed_and_nothing_is_lost(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_notes(pilot)
        await pilot.press(*"Vi skal")
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Vinduet er for lille" in text
        assert "kompas skal bruge mindst 80×24 tegn; dette vindue er 60×20." in text
        assert "Intet er tabt" in text and "ctrl+q gemmer og afslutter." in text
        # Nothing of the screen under it shows through, not half a value.
        assert "Noter" not in text and "Vi skal" not in text
        # Keys do not reach the hidden screen: no typing, no step key, no palette.
        await pilot.press(*" drøfte", "f4", "ctrl+p", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "DialogScreen"
        # The session stays open and autosave goes on under the notice.
        await autosave(pilot)
        assert notes_for(load_session(demo_handle.path).dialog, "concerns") == "Vi skal"

        # Grown back: the screen as it was, focus in the notes, typing lands there.
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        text = screen_text(app)
        assert "Vinduet er for lille" not in text and "Vi skal" in text
        assert not app.screen.query(SizeNotice)
        await pilot.press(*" nu")
        await pilot.pause()
        assert "Vi skal nu" in screen_text(app)

        # Small again: ctrl+q still saves and quits.
        await pilot.resize_terminal(79, 24)
        await pilot.pause()
        assert "dette vindue er 79×24" in flat(screen_text(app))
        await pilot.press("ctrl+q")
    assert not app.is_running
    assert notes_for(load_session(demo_handle.path).dialog, "concerns") == "Vi skal nu"


async def test_the_notice_in_english_on_a_short_terminal_and_over_a_dialog(make_app, handles, sessions_dir, screen_text):
    from kompas_tui.demo import demo_report

    app = make_app(handles(demo_report(), sessions_dir, "en"), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        await pilot.resize_terminal(100, 23)
        await pilot.pause()
        text = flat(screen_text(app))
        assert "The window is too small" in text
        assert "kompas needs at least 80×24 characters; this window is 100×23." in text
        assert "Nothing is lost" in text and "ctrl+q saves and quits." in text
        assert "Vinduet" not in text
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert "too small" not in screen_text(app)
        assert type(app.screen).__name__ == "HelpScreen"


async def test_started_in_a_small_terminal_the_notice_is_there_from_the_start(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "dette vindue er 60×20" in flat(screen_text(app))
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        text = screen_text(app)
        assert "for lille" not in text and "Samlet score" in text
