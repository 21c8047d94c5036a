"""The report screen at 80x24, read the way a facilitator reads it: from
the top of the page to the bottom, in Danish and in English."""

from __future__ import annotations

from dataclasses import replace

from kompas_tui.session_store import SAVE_DELAY as REAL_SAVE_DELAY
from kompas_tui.demo import demo_report
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.profile_texts import LocalText
from kompas_tui.domain.report import Question, Report, Theme
from kompas_tui.screens.report import ReportScreen
from kompas_tui.screens.theme_detail import ThemeDetail
from kompas_tui.storage.session_file import load_session, open_session
from pilot_tools import autosave, report_in_full, running_timers

SIZE = (80, 24)


async def read_page(pilot, screen_text) -> str:
    """Everything the report page shows, scrolled through from the top the
    way a facilitator would, as the page's lines in order (the top line and
    the Footer left out)."""
    app = pilot.app
    await report_in_full(pilot)
    page = app.screen.query_one("#report-page")
    region = page.region
    lines: dict[int, str] = {}
    y = 0
    while True:
        page.scroll_to(y=y, animate=False, immediate=True)
        await pilot.pause()
        top = round(page.scroll_y)
        shown = screen_text(app).splitlines()[region.y : region.bottom]
        for offset, line in enumerate(shown):
            lines.setdefault(top + offset, line)
        if top >= page.max_scroll_y:
            break
        y = top + region.height
    return "\n".join(lines[i] for i in sorted(lines))


def flat(text: str) -> str:
    """Screen text with lines joined, for sentences that wrap."""
    return " ".join(text.split())


async def test_demo_report_in_danish(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ReportScreen)
        first = screen_text(app)
        text = flat(await read_page(pilot, screen_text))

    # The top of the page, without scrolling: who, how many answered, the colour.
    assert "Hjemmeplejen Nord" in first
    assert "Trivsels- og APV-måling 2026" in first
    assert "29 af 38 svarede (76,3 %)" in first
    assert "LAV SVARPROCENT" not in first
    assert "Samlet score 60,3" in flat(first)
    assert " gul " in first
    assert "måles igen i januar 2027" in flat(first)
    assert "afdelingschefen" in flat(first)

    assert "er vendt, så en høj score altid er bedst" in text
    # Table: a real change is marked in words, the hidden theme too.
    assert "▼ 13,8 reel" in text
    assert "Aften- og nattevagter – skjult – – <5 svar" in text
    assert "skjult (<5 svar)" in text  # in the chart
    # Zero tolerance, with counts by source and the total.
    assert "NULTOLERANCE" in text
    assert "7 svar om at have været udsat i alt" in text
    assert "4 udsat (leder 0 · kolleger 0 · underordnede 0 · borgere 4)" in text
    # The guidance the demo triggers.
    for title in (
        "Nultolerance: vold, trusler, mobning og chikane",
        "Lav score på ledelse",
        "Hvis resultatet er dårligere end ventet",
    ):
        assert title in text
    assert "Lav svarprocent" not in text


async def test_demo_report_in_english(make_app, handles, sessions_dir, screen_text):
    app = make_app(handles(demo_report(), sessions_dir, "en"), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        first = screen_text(app)
        text = flat(await read_page(pilot, screen_text))

    assert "29 of 38 answered (76.3%)" in first
    assert "Overall score 60.3" in flat(first)
    assert " yellow " in first
    assert "measured again in January 2027" in flat(first)
    assert "▼ 13.8 real" in text
    assert "hidden – – <5 ans." in text
    assert "ZERO TOLERANCE" in text
    assert "4 exposed (leader 0 · colleagues 0 · subordinates 0 · citizens 4)" in text
    assert "Leadership scores low" in text
    assert "If the result is worse than expected" in text
    # Nothing Danish from the interface leaks into the English screen.
    for danish in ("svarede", "Samlet", "skjult", "Tilbage", "Hjælp", "reel"):
        assert danish not in text


async def test_every_line_fits_80_columns(make_app, demo_handle, screen_text):
    async with make_app(demo_handle).run_test(size=SIZE) as pilot:
        text = await read_page(pilot, screen_text)
    assert all(len(line) <= 80 for line in text.splitlines())


def _small_report(**changes) -> Report:
    theme = Theme(name="Samarbejde", questions=[Question(id="Q1", text="Hjælper I hinanden?", scale="1-5", n=12, mean=4.0)])
    fields = {"unit": "Lille enhed", "measurement": "2026", "invited": 24, "answered": 12, "themes": [theme]}
    return Report(**(fields | changes))


async def test_low_response_rate_is_a_word_not_just_a_colour(make_app, handles, sessions_dir, screen_text):
    app = make_app(handles(_small_report(), sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        first = screen_text(app)
        text = flat(await read_page(pilot, screen_text))
    assert "12 af 24 svarede (50,0 %)" in first
    assert "LAV SVARPROCENT (under 60 %)" in first
    assert "Lav svarprocent" in text
    assert "Under 60 % har svaret" in text
    assert "NULTOLERANCE" not in text  # no incident items, no panel
    assert "er vendt" not in text  # no reversed items, no note


async def test_the_profile_replaces_guidance_texts(handles, sessions_dir, make_app, screen_text):
    own = "Ring til HR på 1234 [før] mødet; under {limit} % er for lidt."
    profile = OrgProfile(guidance={"low_response_rate": LocalText(da=own, en="Call HR")})
    app = make_app(handles(_small_report(), sessions_dir), profile=profile)
    async with app.run_test(size=SIZE) as pilot:
        text = flat(await read_page(pilot, screen_text))
    assert "Ring til HR på 1234 [før] mødet; under 60 % er for lidt." in text
    assert "Læs resultaterne varsomt" not in text


async def test_read_only_session_says_by_whom(demo_handle, make_app, screen_text):
    second = open_session(demo_handle.path)  # the lock is held by demo_handle
    assert second.read_only
    holder = second.holder
    app = make_app(second)
    async with app.run_test(size=SIZE):
        text = flat(screen_text(app))
    assert f"Skrivebeskyttet — åbnet af {holder.user} på {holder.host} (PID {holder.pid}) siden" in text
    assert "SKRIVEBESKYTTET" in text  # in the top line too


async def test_read_only_session_refuses_changes(demo_handle, make_app):
    second = open_session(demo_handle.path)
    before = demo_handle.path.read_bytes()
    app = make_app(second)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert app.store.update(step="report") is False
        await pilot.pause()
    assert demo_handle.path.read_bytes() == before


async def test_changes_go_through_the_app_and_are_in_the_file_within_a_second(demo_handle, make_app):
    app = make_app(demo_handle)
    before = load_session(demo_handle.path).updated
    async with app.run_test(size=SIZE) as pilot:
        assert app.store.update(unit="Hjemmeplejen Syd") is True
        assert app.store.session.unit == "Hjemmeplejen Syd"
        assert load_session(demo_handle.path).unit != "Hjemmeplejen Syd"  # not yet
        await autosave(pilot)
        saved = load_session(demo_handle.path)
        assert saved.unit == "Hjemmeplejen Syd" and saved.updated >= before


async def test_steady_changes_are_saved_while_they_go_on(demo_handle, make_app):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        app.store.update(unit="Enhed 0")
        await pilot.pause()
        (pending,) = running_timers(app, "autosave")
        for n in range(1, 12):  # later changes do not reset the timer: steady typing is saved
            app.store.update(unit=f"Enhed {n}")
            await pilot.pause()
            assert running_timers(app, "autosave") == [pending]
        await autosave(pilot)
        assert load_session(demo_handle.path).unit == "Enhed 11"
        app.store.update(unit="Enhed 12")  # the next change sets a new one
        (renewed,) = running_timers(app, "autosave")
        assert renewed is not pending


def test_a_change_is_saved_within_a_second():
    """SPEC §7: at most the last second of work is lost (the real delay,
    which the tests replace with `fire`)."""
    assert 0 < REAL_SAVE_DELAY <= 1.0


async def test_pending_changes_are_saved_on_quit(demo_handle, make_app):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        app.store.update(unit="Lige før lukning")
        await pilot.press("ctrl+q")
    assert load_session(demo_handle.path).unit == "Lige før lukning"


async def test_quitting_releases_the_lock(demo_handle, make_app):
    async with make_app(demo_handle).run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
    reopened = open_session(demo_handle.path)
    try:
        assert not reopened.read_only
    finally:
        reopened.close()


async def test_enter_on_a_theme_shows_its_questions(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(4):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ThemeDetail)
        text = flat(screen_text(app))
        assert "Nærmeste leder" in text
        assert "Får du anerkendelse fra din nærmeste leder?" in text
        assert "Forskel til organisationen: ▼ 21,3 (reel forskel)" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReportScreen)


async def test_arrows_go_through_the_table_and_on_down_the_page(make_app, demo_handle):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await report_in_full(pilot)
        page = app.screen.query_one("#report-page")
        table = app.screen.query_one("#themes")
        assert page.scroll_y == 0
        for _ in range(table.row_count + 5):
            await pilot.press("down")
        assert table.cursor_row == table.row_count - 1
        assert page.scroll_y > 0
        await pilot.press("end")
        assert page.scroll_y == page.max_scroll_y
        await pilot.press("home")
        assert page.scroll_y == 0


async def test_org_differences_are_marked_in_the_table(make_app, demo_handle, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        text = await read_page(pilot, screen_text)
    # Trivsel og arbejdsglæde is 5,0 below the organisation; Samarbejde level with it.
    assert "71,3 ▼" in text and "80,0 ▲" in text
    assert "73,8 ▼" not in text and "73,8 ▲" not in text


async def test_no_exposure_is_not_a_call_to_react(make_app, handles, sessions_dir, screen_text):
    calm = Question(id="K1", text="Vold?", kind="incident", n=20, count_yes=0)
    report = Report(
        unit="Rolig enhed", invited=20, answered=20,
        themes=[Theme(name="A", questions=[Question(id="A1", scale="1-5", n=20, mean=4.5)]),
                Theme(name="K", questions=[calm])],
    )
    app = make_app(handles(report, sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        text = flat(await read_page(pilot, screen_text))
    assert "ingen har svaret, at de har været udsat" in text
    assert "skal reagere" not in text


async def test_the_re_measurement_counts_from_the_session_date(make_app, handles, sessions_dir, screen_text):
    import datetime as dt

    report = Report(unit="Rød enhed", themes=[Theme(name="A", questions=[Question(scale="1-5", n=20, mean=2.0)])])
    handle = handles(report, sessions_dir)
    handle.session.created = dt.datetime(2027, 1, 15, 9, 0).astimezone()
    app = make_app(handle)  # the app's "today" is 2026-11-26; the session's date wins
    async with app.run_test(size=SIZE) as pilot:
        text = flat(await read_page(pilot, screen_text))
    assert "januar 2028" in text


async def test_a_long_theme_table_is_read_whole_by_scrolling_the_page(make_app, handles, sessions_dir, screen_text):
    """A report with 30 themes: the table is as tall as its rows, so paging
    through the page shows every theme (the table never scrolls inside the
    page), and moving the cursor to the last theme keeps it in view."""
    from kompas_tui.widgets.theme_table import ThemeTable

    report = demo_report()
    extra = [
        replace(theme, name=f"Ekstra tema {n:02d} med et langt navn, der ombrydes")
        for n, theme in enumerate(report.themes[:5] * 4)
    ]
    report = replace(report, themes=[*report.themes[:-1], *extra, report.themes[-1]])
    app = make_app(handles(report, sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ThemeTable)
        assert table.size.height == table.virtual_size.height  # nothing hidden inside it
        text = flat(await read_page(pilot, screen_text))
        assert all(f"Ekstra tema {n:02d}" in text for n in range(20))
        app.screen.query_one("#report-page").scroll_home(animate=False, immediate=True)
        table.focus()
        for _ in range(table.row_count + 2):
            await pilot.press("down")
        await pilot.pause()
        last_scale_theme = table.row_count - 1
        assert table.cursor_row == last_scale_theme
        assert "Ekstra tema 19" in screen_text(app)


async def test_a_theme_at_69_95_reads_70_0_and_green_everywhere_on_the_screen(
    make_app, handles, sessions_dir, screen_text
):
    """SPEC §2: every rule reads the number as shown. The theme's two 0-100
    items average 69.94999999999999 in floats (69.95 on paper)."""
    items = [
        Question(id=f"A{i}", text=f"Spørgsmål {i}", scale="0-100", n=20, mean=mean, org_mean=70.0, previous_mean=75.0)
        for i, mean in enumerate((40.05, 99.85))
    ]
    report = Report(unit="Grænseenheden", invited=20, answered=20, themes=[Theme(name="Trivsel", questions=items)])
    app = make_app(handles(report, sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        first = screen_text(app)
        text = flat(await read_page(pilot, screen_text))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ThemeDetail)
        detail = flat(screen_text(app))
    assert "Samlet score 70,0" in flat(first) and "grøn" in first
    row = next(line for line in first.splitlines() if "Trivsel" in line and "70,0" in line)
    assert row.split()[1:4] == ["70,0", "grøn", "70,0"], row
    assert "gul" not in first and "69,9" not in text
    # 70.0 − 70.0 is no difference at all (never "−0,0"); 75.0 → 70.0 is a real one.
    assert "Forskel til organisationen: 0,0 (ingen reel forskel)" in detail
    assert "Ændring siden forrige: ▼ 5,0 (reel forskel)" in detail
    assert "−0,0" not in detail and "-0,0" not in detail
    # Green, and the overall fell 5,0 since the previous measurement: the card says so.
    assert "Hvis resultatet er dårligere end ventet" in text
    assert "Den samlede score er faldet 5,0 point siden sidste måling (75,0 → 70,0)." in text


async def test_equal_shown_scores_keep_a_yellow_unit_with_itself(make_app, handles, sessions_dir, screen_text):
    """"60,0 (organisationen 60,0)" is at the average: the unit plans its own follow-up."""
    report = Report(unit="Gul enhed", invited=20, answered=20,
                    themes=[Theme(name="A", score=59.96, org_score=60.04, n=20)])
    app = make_app(handles(report, sessions_dir), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        text = flat(await read_page(pilot, screen_text))
    assert "Overall score 60.0 organisation 60.0 Colour yellow" in text
    assert "Follow-up: The unit plans its own dialogue and follow-up." in text
    assert "If the result is worse than expected" not in text
