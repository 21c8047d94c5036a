"""The summary step (Opsummering) at 80x24, as a facilitator uses it at the
end of the meeting: reads who does what by when and what is missing, types
the next follow-up date the Danish way, and exports the minutes and the CSV."""

from __future__ import annotations

import datetime as dt
import io
import re
from csv import reader

from textual.widgets import Static

from kompas_tui.demo import demo_report
from kompas_tui.domain.plan import Action
from kompas_tui.exporters.csv_export import session_csv
from kompas_tui.exporters.html_minutes import minutes_html
from kompas_tui.exporters.markdown import session_markdown
from kompas_tui.screens.report import ReportScreen
from kompas_tui.screens.summary import SummaryScreen
from kompas_tui.storage.session_file import load_session, open_session
from pilot_tools import autosave, fire
from test_export_session import filled_session

SIZE = (80, 24)
#: The page's scroll bar at the end of a line.
SCROLLBAR = re.compile(r"\s*[▁▂▃▄▅▆▇█▔]$")


def summary_handle(handles, sessions_dir, lang="da"):
    """A session after the whole meeting, left at the summary step."""
    handle = handles(demo_report(), sessions_dir, lang)
    handle.session = filled_session(lang).model_copy(update={"created": handle.session.created, "step": "summary"})
    handle.save()
    return handle


async def read_page(pilot, screen_text) -> str:
    """The whole page, scrolled through from the top, lines joined."""
    app = pilot.app
    page = app.screen.query_one("#summary-page")
    lines: dict[int, str] = {}
    y = 0
    while True:
        page.scroll_to(y=y, animate=False, immediate=True)
        await pilot.pause()
        top = round(page.scroll_y)
        shown = screen_text(app).splitlines()[page.region.y : page.region.bottom]
        for offset, line in enumerate(shown):
            lines.setdefault(top + offset, SCROLLBAR.sub("", line))
        if top >= page.max_scroll_y:
            break
        y = top + page.region.height
    return " ".join(" ".join(lines[i] for i in sorted(lines)).split())


async def test_who_does_what_the_date_and_what_is_missing_in_danish(handles, sessions_dir, make_app, screen_text):
    app = make_app(summary_handle(handles, sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        first = screen_text(app)
        text = await read_page(pilot, screen_text)
    assert "[7 Opsummering]" in first and "e Eksportér" in first
    # a2's owner and deadline, two follow-up persons, and who follows up the plan.
    assert "Planen er ikke komplet: 5 ting mangler" in text
    assert "mangler en opfølgningsansvarlig" in text and "følger op på den som helhed" in text
    assert "1 handling har overskredet sin deadline." in text
    assert "Deadline Hvad Ansvarlig Opfølgning Status" in text
    assert "1. nov. 2026 Tavlemøde;" in text and "OVERSKREDET" in text  # by word, not only colour
    assert "10. jan. 2027" in text and "Leder Åse" in text
    assert "(mangler)" in text and "gennemført" in text
    # Hostile text is shown as text: the markup literally, the escape made visible.
    assert "[/] [/ [bold]x | a;b" in text and "␛[31m" in text
    assert "24-03-2027" in text and "Næste opfølgning: 24. mar. 2027" in text
    assert "MANGLER Handling a2" in text and "mangler en ansvarlig" in text
    assert "BEMÆRK Temaet »Meningsfuldt arbejde« har intet mål" in text
    assert "Tryk e for at gemme referatet" in text


async def test_the_summary_in_english(handles, sessions_dir, make_app, screen_text):
    app = make_app(summary_handle(handles, sessions_dir, "en"), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = await read_page(pilot, screen_text)
    assert "The plan is not complete: 5 things are missing" in text
    assert "Deadline What Owner Follow-up Status" in text
    assert "1 Nov 2026" in text and "OVERDUE" in text and "in progress" in text
    assert "2027-03-24" in text and "Next follow-up: 24 Mar 2027" in text
    assert "MISSING Action a2" in text and "NOTE The theme" in text


async def test_f7_from_the_report_on_an_empty_plan(demo_handle, make_app, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        # No date yet: the date field has the focus, so typing lands in it.
        assert app.focused.id == "follow-up"
        text = await read_page(pilot, screen_text)
        await pilot.press("escape")  # out of the field, still here
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and app.focused.id == "summary-page"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SummaryScreen)
    assert "Der er endnu ingen handlinger. Tilføj dem under Handleplan (F6)." in text
    assert "Ingen dato endnu: skriv den i feltet og tryk Enter (n går til feltet)." in text
    assert "MANGLER Nultolerancepunktet er ikke besvaret" in text


async def test_the_next_follow_up_is_typed_the_danish_way_and_saved(handles, sessions_dir, make_app, screen_text):
    handle = summary_handle(handles, sessions_dir)
    app = make_app(handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        field = app.screen.query_one("#follow-up")
        assert app.focused is field
        await pilot.press("ctrl+u", *"1.4.27", "enter")
        await autosave(pilot)
        assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 4, 1)
        assert app.focused is app.screen.query_one("#summary-page")  # letters are keys again
        assert field.value == "01-04-2027"
        assert "Næste opfølgning: 1. apr. 2027" in screen_text(app)

        # Tab out of the field saves as well.
        await pilot.press("n", "ctrl+u", *"2027-05-02", "tab")
        await autosave(pilot)
        assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 5, 2)


async def test_a_date_that_does_not_exist_is_refused_with_the_reason(handles, sessions_dir, make_app, screen_text):
    handle = summary_handle(handles, sessions_dir)
    app = make_app(handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "ctrl+u", *"31.2.27", "enter")
        await pilot.pause()
        field = app.screen.query_one("#follow-up")
        assert app.focused is field and field.value == "31.2.27"
        assert "Den dato findes ikke: februar 2027 har kun 28 dage." in screen_text(app)
        assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 3, 24)
        # Escape puts the saved date back and leaves the field.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and field.value == "24-03-2027"
        assert "Næste opfølgning: 24. mar. 2027" in screen_text(app)


async def test_an_emptied_date_is_no_date_and_is_missing(handles, sessions_dir, make_app, screen_text):
    handle = summary_handle(handles, sessions_dir)
    app = make_app(handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", "ctrl+u", "enter")
        await autosave(pilot)
        assert load_session(handle.path).plan.next_follow_up is None
        text = await read_page(pilot, screen_text)
    assert "Planen er ikke komplet: 6 ting mangler" in text
    assert "MANGLER Planen mangler en dato for næste opfølgning." in text


async def test_export_writes_minutes_and_csv_next_to_the_session(handles, sessions_dir, make_app, screen_text):
    handle = summary_handle(handles, sessions_dir, "en")
    app = make_app(handle, lang="da")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = await read_page(pilot, screen_text)
        said = str(app.screen.query_one("#export-result", Static).content)
        session = app.store.session
    md, html, csv = (handle.path.with_suffix(suffix) for suffix in (".md", ".html", ".csv"))
    assert said == f"Gemt i {sessions_dir}: referatet som {md.name} og {html.name}, handleplanen som {csv.name}."
    assert "Gemt i" in text and "referatet som" in text  # on screen, where the path may wrap
    # In the session's language, as `kompas export` writes them; private.
    minutes = session_markdown(session, app.profile, "en", app.today)
    assert md.read_text(encoding="utf-8") == minutes
    assert html.read_text(encoding="utf-8") == minutes_html(minutes, "en")
    assert '<html lang="en">' in html.read_text(encoding="utf-8")
    assert csv.read_bytes() == session_csv(session, app.profile, "en")
    assert next(reader(io.StringIO(csv.read_bytes().decode("utf-8-sig")), delimiter=";"))[0] == "No."
    for path in (md, html, csv):
        assert path.stat().st_mode & 0o777 == 0o600
    assert not md.with_name(md.name + ".bak").exists()


async def test_the_page_follows_changes_made_elsewhere(handles, sessions_dir, make_app, screen_text):
    app = make_app(summary_handle(handles, sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = app.store.session.plan
        fixed = [a.model_copy(update={"owner": "Sofie", "deadline": dt.date(2027, 1, 5)}) if a.id == "a2" else a
                 for a in plan.actions]
        fixed = [a if a.follow_up.strip() else a.model_copy(update={"follow_up": "Jonas"}) for a in fixed]
        fixed.append(Action(id="a6", theme="Meningsfuldt arbejde", what="Ekstra", owner="Bo", follow_up="Jonas",
                            deadline=dt.date(2027, 2, 2)))
        assert app.store.update(plan=plan.model_copy(update={"actions": fixed, "follow_up_by": "Mette"}))
        await pilot.pause()
        text = await read_page(pilot, screen_text)
    assert "Planen er komplet." in text and "Sofie" in text and "Ekstra" in text


async def test_read_only_cannot_change_the_date_nor_export_and_says_why(handles, sessions_dir, make_app, screen_text):
    handle = summary_handle(handles, sessions_dir)
    second = open_session(handle.path)  # the lock is held by `handle`
    before = handle.path.read_bytes()
    app = make_app(second)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#follow-up")
        assert field.disabled
        await pilot.press("n", *"1.4.27")
        await pilot.pause()
        assert app.focused is not field
        assert any("Skrivebeskyttet" in str(n.message) for n in app._notifications)
        assert "SKRIVEBESKYTTET" in screen_text(app)
        # Nor export beside the session: the holder's own export may be newer.
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = str(app.screen.query_one("#export-result", Static).content)
    assert said.startswith("Skrivebeskyttet: eksporten gemmes ikke") and "kompas export" in said
    assert handle.path.read_bytes() == before
    assert sorted(p.suffix for p in sessions_dir.iterdir() if not p.name.startswith(".")) == [".bak", ".lock", ".toml"]


async def test_changes_made_while_it_is_covered_show_when_it_is_back(handles, sessions_dir, make_app, screen_text):
    app = make_app(summary_handle(handles, sessions_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(ReportScreen())  # as another step's screen covers it
        await pilot.pause()
        summary = app.screen_stack[-2]
        assert isinstance(summary, SummaryScreen)
        plan = app.store.session.plan
        app.store.update(plan=plan.model_copy(update={"next_follow_up": dt.date(2027, 9, 9)}))
        await pilot.pause()
        shown = summary.query_one("#follow-up-shown", Static)
        assert "24. mar. 2027" in str(shown.content)  # not redrawn on every change while covered
        app.pop_screen()
        await pilot.pause()
        assert app.screen is summary
        assert "Næste opfølgning: 9. sep. 2027" in await read_page(pilot, screen_text)


async def test_a_typed_follow_up_date_is_saved_without_enter_and_on_quit(handles, sessions_dir, make_app):
    handle = summary_handle(handles, sessions_dir)
    app = make_app(handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 3, 24)
        await pilot.press("n", "ctrl+u", *"25-03-2027")
        await fire(pilot, "date-settle")  # a pause in typing, then nothing else
        await autosave(pilot)
        assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 3, 25)
        await pilot.press("ctrl+u", *"1.5.27", "ctrl+q")  # quit at once after typing
    assert load_session(handle.path).plan.next_follow_up == dt.date(2027, 5, 1)
