"""What holds on every screen and dialog (tests/screen_tour.py lists them),
in Danish and English at 80x24: the Footer shows each of its keys whole,
quit always among them; every letter or digit that does something is in
the Footer (SPEC §7: a letter is a key only where the Footer shows it);
and no Footer text is Textual's English."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas_tui.i18n import catalog
from kompas_tui.widgets.footer import KompasFooter
from kompas_tui.widgets.keys import active_keys, typed_character
from screen_tour import EVERY, STEPS, arrive, make_app, screen_text

SIZE = (80, 24)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "sessions"
    path.mkdir(mode=0o700)
    return path


def named_keys(shown: str) -> set[str]:
    """The keys a Footer entry names: "o/d/f" three, "1-5" five, "+" one."""
    keys: set[str] = set()
    for part in shown.split("/") if len(shown) > 1 else [shown]:
        low, dash, high = part.partition("-")
        if dash and low.isdigit() and high.isdigit():
            keys.update(str(n) for n in range(int(low), int(high) + 1))
        else:
            keys.add(part)
    return keys


def letter_keys(screen) -> set[str]:
    """The characters that do something on `screen` now (letters, digits,
    "?", "+", "/", …): each is a key the Footer must show."""
    found = set()
    for key, entry in active_keys(screen).items():
        character = typed_character(key)
        if entry.enabled and character is not None:
            found.add(character)
    return found


#: Danish everywhere (its words are the longer ones), English on the step screens.
CASES = [(stop, "da") for stop in EVERY] + [(stop, "en") for stop in STEPS]


@pytest.mark.parametrize("stop, lang", CASES, ids=lambda value: str(value))
async def test_the_footer_is_whole_and_names_every_letter_key(stop, lang, folder):
    app = make_app(stop, folder, lang)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, stop)
        footer = app.screen.query_one(KompasFooter)
        lines = footer.lines()
        shown_lines = screen_text(app).splitlines()[-len(lines):]
        words = {text for messages in catalog().values() for text in messages.values()}
        for number, line in enumerate(lines):
            for entry in line:
                assert f"{entry.shown} {entry.description}" in shown_lines[number], (entry, shown_lines)
                # Our words in the interface language, never Textual's English.
                assert entry.description in words, entry
                # Each key named once ("j/y", never "y/j/y").
                parts = entry.shown.split("/") if len(entry.shown) > 1 else [entry.shown]
                assert len(parts) == len(set(parts)), entry
        assert any(entry.key == "ctrl+q" for entry in lines[0]), lines[0]
        named = set().union(*(named_keys(entry.shown) for line in lines for entry in line))
        missing = letter_keys(app.screen) - named
        assert not missing, f"keys that work but are not in the Footer: {missing}"


@pytest.mark.parametrize("stop", [stop for stop in EVERY if stop.name in ("goals", "voting")], ids=str)
async def test_a_field_shows_the_longest_value_it_takes(stop, folder):
    """The own rating on Mål showed one digit of "11": every field with a
    length limit has room for that many characters and the cursor."""
    from textual.widgets import Input

    app = make_app(stop, folder)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, stop)
        fields = [field for field in app.screen.query(Input) if field.max_length]
        assert fields
        for field in fields:
            assert field.content_region.width >= field.max_length + 1, (field.id, field.content_region)


#: Where the focus lands on arriving, as each screen's hint says: the first
#: field the text above it asks for, the tally on Afstemning, the date on an
#: Opsummering without one, the notes on every other Dialog item.
FOCUS = {
    "dialog-preparation": "#record-preparation #prep-date Input",  # "Skriv, hvornår I forberedte jer, …"
    "dialog-meeting": "#record-meeting #meeting-date Input",  # "Skriv dato, sted og hvem der deltager"
    "dialog": "#notes-2",
    "dialog-guidance": "#notes-6",
    "voting": "TallyTable",
    "summary-no-date": "#follow-up",
    "goals": "#goal-0-own_rating",
    "plan-follow-up-by": "#follow-up-by",
    "round-participants": "#round-participants",
}


@pytest.mark.parametrize("stop", [stop for stop in EVERY if stop.name in FOCUS], ids=str)
async def test_the_focus_lands_where_the_hint_says(stop, folder):
    app = make_app(stop, folder)
    async with app.run_test(size=SIZE) as pilot:
        await arrive(app, pilot, stop)
        assert app.focused is app.screen.query_one(FOCUS[stop.name]), (stop.name, app.focused)
        # In view, so what is typed is seen where it lands.
        assert app.screen.find_widget(app.focused).region.intersection(app.screen.region).area > 0
