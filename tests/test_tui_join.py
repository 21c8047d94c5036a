"""kompas join: the participant's voting screen at 80x24, on a real ballot
box in a tmp folder (the facilitator's side opened with `open_ballot`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilot_tools import wait_until

from kompas_tui.domain.voting import Ballot
from kompas_tui.join_app import JoinApp
from kompas_tui.screens.join import JoinScreen
from kompas_tui.storage import ballot_box
from kompas_tui.storage.ballot_box import BallotError

SIZE = (80, 24)
THEMES = ("Trivsel", "Ledelse", "Samarbejde", "Arbejdsmængde")
HOSTILE = ("[/]", "[/", "[bold]fed[/bold]", "\x1b[31mrød", "Fællesskab 🎉 æøå")


@pytest.fixture
def session(tmp_path: Path) -> Path:
    # The session file itself is never read by join; it only has to exist.
    path = tmp_path / "hjemmeplejen.toml"
    path.write_text("schema_version = 1\n", encoding="utf-8")
    return path


def open_box(session: Path, themes=THEMES, votes: int = 5, cap: int | None = 2) -> None:
    ballot_box.open_ballot(
        session, unit="Hjemmeplejen Nord", themes=themes, votes_per_person=votes, max_per_theme=cap, participants=8
    )


def flat(text: str) -> str:
    return " ".join(text.split())


async def box_done(pilot) -> None:
    """Wait until the screen's reads and casts of the box are back (they run
    in thread workers, so no key waits on the disk)."""
    (screen,) = (screen for screen in pilot.app.screen_stack if isinstance(screen, JoinScreen))
    # Twice: a key's message may still be on its way to the screen when the
    # first look finds nothing out, and a cast's return may start the next.
    for _ in range(2):
        await pilot.pause()
        await wait_until(pilot, lambda: not screen.box_busy, "the box's reads and casts")
    await pilot.pause()


async def poll_now(pilot) -> None:
    """The screen's once-a-second read, now, and wait until it is back."""
    join_screen(pilot.app).poll()
    await box_done(pilot)


async def shown(pilot, screen_text) -> str:
    await box_done(pilot)
    return flat(screen_text(pilot.app))


def join_screen(app) -> JoinScreen:
    screen = app.screen
    assert isinstance(screen, JoinScreen)
    return screen


async def test_no_ballot_yet_waits_and_switches_to_voting_when_one_opens(session, screen_text):
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        assert "Der er ingen åben afstemning endnu — vent på ordstyreren" in text
        assert "Trivsel" not in text
        open_box(session)
        await poll_now(pilot)
        text = await shown(pilot, screen_text)
        assert "Afstemning — Hjemmeplejen Nord" in text
        assert "Du har 5 af 5 prikker tilbage" in text and "Højst 2 prikker på ét tema" in text
        assert all(theme in text for theme in THEMES)
        assert "Du har ikke stemt endnu" in text


async def test_voting_with_keys_casts_every_change_and_updates_the_budget(session, screen_text):
    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("plus")
        text = await shown(pilot, screen_text)
        assert "Du har 4 af 5 prikker tilbage" in text
        assert "Afgivet kl. " in text and "du kan ændre den, indtil afstemningen lukker" in text
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 1})
        await pilot.press("right", "down", "2", "down", "equals_sign")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, "Ledelse": 2, "Samarbejde": 1})
        assert "Du har 0 af 5 prikker tilbage" in await shown(pilot, screen_text)
        await pilot.press("up", "minus", "left")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, "Samarbejde": 1})
        assert "Du har 2 af 5 prikker tilbage" in await shown(pilot, screen_text)
        await box_done(pilot)
        assert ballot_box.count_ballots(session).voted == 1


async def test_the_cap_and_the_budget_are_enforced_with_a_message(session, screen_text):
    open_box(session, votes=3, cap=2)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("plus", "plus", "plus")
        text = await shown(pilot, screen_text)
        assert "Højst 2 prikker på ét tema" in text
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2})
        await pilot.press("down", "2")
        assert "Du har kun 1 prik tilbage" in await shown(pilot, screen_text)
        await pilot.press("9")
        assert "Højst 2 prikker på ét tema" in await shown(pilot, screen_text)
        await pilot.press("1")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, "Ledelse": 1})
        await pilot.press("down", "plus")
        assert "Du har ikke flere prikker — tag én fra et andet tema først" in await shown(pilot, screen_text)
        await pilot.press("minus")
        assert "Der er ingen prikker at tage fra 'Samarbejde'" in await shown(pilot, screen_text)
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, "Ledelse": 1})


async def test_a_new_app_after_a_disconnect_shows_the_earlier_dots(session, screen_text):
    open_box(session)
    async with JoinApp(session).run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("2", "down", "down", "1")
    # The connection dropped: nothing else was saved; a new join takes it up.
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        assert "Du har 2 af 5 prikker tilbage" in text
        assert "Din stemme er afgivet" in text
        assert join_screen(app).dots == {"Trivsel": 2, "Samarbejde": 1}
        await pilot.press("down", "plus")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, "Ledelse": 1, "Samarbejde": 1})


async def test_closed_says_the_vote_is_counted_and_refuses_changes(session, screen_text):
    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("plus")
        ballot_box.close_ballot(session)
        # Closed meanwhile: the next key finds out from cast, and says so.
        await pilot.press("plus")
        text = await shown(pilot, screen_text)
        assert "Afstemningen er lukket — din stemme er afgivet" in text
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 1})
        await pilot.press("plus")  # not offered while closed: nothing changes
        text = await shown(pilot, screen_text)
        assert "+ Prik til" not in text and "du kan ændre den" not in text
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 1})
        ballot_box.reopen_ballot(session)
        await poll_now(pilot)
        await pilot.press("plus")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2})


async def test_closed_without_a_vote(session, screen_text):
    open_box(session)
    ballot_box.close_ballot(session)
    async with JoinApp(session).run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        assert "Afstemningen er lukket" in text and "talt med" not in text


async def test_gone_after_the_reveal(session, screen_text):
    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("plus")
        totals, counted, _ = ballot_box.reveal_ballot(session)
        assert totals == {"Trivsel": 1} and counted == 1
        await poll_now(pilot)
        text = await shown(pilot, screen_text)
        assert "Afstemningen er afsluttet hos ordstyreren" in text
        assert "Trivsel" not in text


async def test_an_unreadable_box_says_so(session, screen_text, monkeypatch):
    def unreadable(path):
        raise BallotError("ballot.error.unreadable", path=str(path))

    monkeypatch.setattr(ballot_box, "read_ballot", unreadable)
    async with JoinApp(session).run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        assert "Afstemningen kan ikke læses — bed ordstyreren om at sætte dig i mappens gruppe" in text


async def test_hostile_theme_names_are_shown_literally_and_voted_on(session, screen_text):
    open_box(session, themes=HOSTILE, votes=5, cap=None)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        for name in ("[/]", "[/", "[bold]fed[/bold]", "␛[31mrød", "Fællesskab 🎉 æøå"):
            assert name in text, name
        assert "Intet loft pr. tema" in text
        for _ in HOSTILE:
            await pilot.press("plus", "down")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots=dict.fromkeys(HOSTILE, 1))
        await pilot.press("minus", "minus")
        assert "Der er ingen prikker at tage fra 'Fællesskab 🎉 æøå'" in await shown(pilot, screen_text)


async def test_in_english(session, screen_text):
    app = JoinApp(session, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        assert "There is no open ballot yet — wait for the facilitator" in await shown(pilot, screen_text)
        open_box(session, votes=3, cap=1)
        await poll_now(pilot)
        await pilot.press("plus", "plus")
        text = await shown(pilot, screen_text)
        assert "You have 2 of 3 dots left" in text and "At most 1 dot on one theme" in text
        assert "Cast at " in text and "Theme" in text and "Your dots" in text
        assert "Add dot" in text and "Quit" in text
        ballot_box.close_ballot(session)
        await poll_now(pilot)
        assert "The ballot is closed — your vote is cast" in await shown(pilot, screen_text)


async def test_help_lists_the_keys(session, screen_text):
    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=(80, 40)) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("question_mark")
        text = await shown(pilot, screen_text)
        assert "Stem på temaerne fra din egen terminal" in text
        assert "Prik til" in text and "Prik fra" in text and "Sæt antal" in text and "0–9" in text
        await pilot.press("escape", "f1")
        assert "Stem på temaerne" in await shown(pilot, screen_text)
        await pilot.press("escape", "ctrl+q")
    assert app.return_code == 0


async def test_a_new_ballot_after_a_discard_starts_from_nothing(session, screen_text):
    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        await pilot.press("2")
        ballot_box.discard_ballot(session)
        await poll_now(pilot)
        assert "Afstemningen er afsluttet hos ordstyreren" in await shown(pilot, screen_text)
        open_box(session, themes=("Ledelse", "Trivsel"), votes=3)
        await poll_now(pilot)
        text = await shown(pilot, screen_text)
        assert "Du har 3 af 3 prikker tilbage" in text and "Du har ikke stemt endnu" in text
        await pilot.press("plus")
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Ledelse": 1})


async def test_the_title_names_the_facilitator_whose_box_it_is(session, screen_text):
    open_box(session)
    async with JoinApp(session).run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        assert f"Afstemning — Hjemmeplejen Nord · ordstyrer: {ballot_box.login_user()}" in text


async def test_a_box_kompas_did_not_make_is_refused_and_nothing_is_cast(session, screen_text):
    """A box put in the real one's place by a team member (issue 13): a mode
    kompas never gives, or a facilitator named who does not own it. The
    participant is told and nothing of theirs lands in it."""
    import os

    open_box(session)
    box = ballot_box.box_path(session)
    os.chmod(box, 0o3777)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        text = await shown(pilot, screen_text)
        assert "ikke sat op af kompas for dette møde" in text and "3777" in text
        assert "sig det til ordstyreren" in text
        assert "Trivsel" not in text
        await pilot.press("plus", "2")
        await box_done(pilot)
        assert sorted(os.listdir(box)) == ["ballot.toml"]
    os.chmod(box, ballot_box.BOX_PRIVATE_MODE)
    info = box / "ballot.toml"
    info.write_text(info.read_text().replace(f'"{ballot_box.login_user()}"', '"nobody-kompas-x"'))
    async with JoinApp(session).run_test(size=SIZE) as pilot:
        await box_done(pilot)  # the first read of the box
        assert "ikke sat op af kompas" in await shown(pilot, screen_text)
        await pilot.press("plus")
        await box_done(pilot)
        assert sorted(os.listdir(box)) == ["ballot.toml"]


async def test_the_box_is_read_and_written_off_the_ui_thread(session, screen_text, monkeypatch):
    """No key waits on the disk (issue 14): the poll and every cast run in
    workers, never on the thread that draws the screen and reads keys."""
    import threading

    threads: list[str] = []
    real_read, real_cast = ballot_box.read_ballot, ballot_box.cast

    def read(path):
        threads.append(threading.current_thread().name)
        return real_read(path)

    def cast(path, ballot):
        threads.append(threading.current_thread().name)
        return real_cast(path, ballot)

    monkeypatch.setattr(ballot_box, "read_ballot", read)
    monkeypatch.setattr(ballot_box, "cast", cast)
    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)
        await pilot.press("plus")
        await poll_now(pilot)
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 1})
    assert len(threads) >= 3
    assert threading.main_thread().name not in threads


async def test_keys_pressed_while_a_cast_is_out_are_all_cast_in_order(session, screen_text, monkeypatch):
    """A slow disk: the dots show at once, and the box ends with the last
    thing asked for."""
    import threading

    release = threading.Event()
    real_cast = ballot_box.cast
    cast: list[dict[str, int]] = []

    def slow_cast(path, ballot):
        release.wait(timeout=60)
        cast.append(dict(ballot.dots))
        return real_cast(path, ballot)

    monkeypatch.setattr(ballot_box, "cast", slow_cast)
    open_box(session, votes=5, cap=3)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)
        await pilot.press("plus", "plus", "down", "plus")
        text = flat(screen_text(app))
        assert "Du har 2 af 5 prikker tilbage" in text  # shown before any cast is back
        assert ballot_box.own_ballot(session) is None
        release.set()
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2, "Ledelse": 1})
        # The first key's cast, then the last asked for: never an older one last.
        assert cast[0] == {"Trivsel": 1} and cast[-1] == {"Trivsel": 2, "Ledelse": 1} and len(cast) <= 3


async def test_a_cast_that_fails_says_why_and_shows_the_dots_the_box_has(session, screen_text, monkeypatch):
    import errno

    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)
        await pilot.press("plus")
        await box_done(pilot)

        def full(path, ballot):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(ballot_box, "cast", full)
        await pilot.press("plus")
        text = await shown(pilot, screen_text)
        assert "Stemmen kunne ikke afgives" in text
        assert "Du har 4 af 5 prikker tilbage" in text
        assert join_screen(app).dots == {"Trivsel": 1}
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 1})


async def test_two_keys_before_the_screen_takes_the_first_are_two_dots(session, screen_text):
    """Over a slow line keys arrive together: the table asks for one dot
    more each time, not for "the count it last saw plus one"."""
    from kompas_tui.widgets.join_table import JoinTable

    open_box(session)
    app = JoinApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await box_done(pilot)
        table = app.query_one(JoinTable)
        table.action_more()
        table.action_more()  # before the screen has taken the first
        await box_done(pilot)
        assert ballot_box.own_ballot(session) == Ballot(dots={"Trivsel": 2})
        table.action_less()
        table.action_less()
        table.action_less()  # one too many: said, and nothing below zero
        text = await shown(pilot, screen_text)
        assert "Der er ingen prikker at tage fra 'Trivsel'" in text
        assert ballot_box.own_ballot(session) == Ballot(dots={})
