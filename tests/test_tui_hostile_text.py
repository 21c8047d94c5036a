"""User text is text: markup and terminal escapes in names from a report
file neither crash the app nor style or move the screen (SPEC §7)."""

from __future__ import annotations

from rich.segment import Segment

from kompas_tui.domain.report import IncidentSources, Question, Report, Theme
from kompas_tui.screens.theme_detail import ThemeDetail
from kompas_tui.storage.session_file import new_session
from pilot_tools import report_in_full, wait_until

SIZE = (80, 24)
HOSTILE = ["[/]", "[/", "[bold]x", "\x1b[31mred", "😀 æøå"]
# What each looks like on screen: the ESC is shown, never sent.
SHOWN = ["[/]", "[/", "[bold]x", "␛[31mred", "😀 æøå"]


def hostile_report() -> Report:
    themes = [
        Theme(
            name=name,
            questions=[Question(id=f"Q{i}", text=f"{name} ?", scale="1-5", n=20, mean=3.5, org_mean=3.0, previous_mean=3.0)],
        )
        for i, name in enumerate(HOSTILE)
    ]
    themes.append(
        Theme(
            name="[red]Krænkelser",
            questions=[
                Question(id="Z", text="\x1b[2J[blink]udsat?", kind="incident", n=20, count_yes=2, by_source=IncidentSources(citizens=2))
            ],
        )
    )
    return Report(unit="[/]", measurement="[/", invited=20, answered=20, themes=themes)


def segments(app) -> list[Segment]:
    return [segment for strip in app.screen._compositor.render_strips() for segment in strip]


async def test_hostile_names_show_as_literal_text(make_app, sessions_dir, screen_text):
    handle = new_session(hostile_report(), sessions_dir)
    app = make_app(handle, warnings=["[bold]world-readable[/] \x1b[5m"])
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.pause()
            text = screen_text(app)
            assert "\x1b" not in text
            for shown in SHOWN:
                assert shown in text, shown
            # Each stayed one run of text with one style: had "[bold]x" or
            # the escape been applied, "x" and "red" would be runs of their own.
            runs = [s.text for s in segments(app)]
            assert any("[bold]x" in run for run in runs)
            assert any("␛[31mred" in run for run in runs)
            # The warning notification is text as well.
            assert "[bold]world-readable[/] ␛[5m" in text

            # Down the page: the zero-tolerance question, and the chart.
            await report_in_full(pilot)
            page = app.screen.query_one("#report-page")
            page.scroll_end(animate=False, immediate=True)
            await pilot.pause()
            assert "␛[2J[blink]udsat?" in screen_text(app)

            # The theme detail dialog shows question texts as text too.
            page.scroll_home(animate=False, immediate=True)
            await pilot.press("down", "down", "down", "enter")
            await pilot.pause()
            assert isinstance(app.screen, ThemeDetail)
            detail = screen_text(app)
            assert "␛[31mred ?" in detail
            assert "\x1b" not in detail
    finally:
        handle.close()


async def test_hostile_session_names_on_the_start_screen(make_app, sessions_dir, screen_text):
    handle = new_session(hostile_report(), sessions_dir)
    handle.close()
    (sessions_dir / "[bold]broken.toml").write_text("schema_version = [\x1b[31m\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # Both entries listed (the list is read by a worker: wait for it,
        # however loaded the machine is).
        await wait_until(pilot, lambda: len(app.screen.recent) == 2 and "[/]  ·  [/" in screen_text(app), "both entries")
        text = screen_text(app)
    assert "\x1b" not in text
    assert "[bold]broken.toml" in text
    assert "[/]  ·  [/" in text, text  # unit and measurement of the saved session
