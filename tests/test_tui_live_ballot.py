"""The facilitator's live ballot on the Afstemning screen at 80x24: `l`
opens it, `o` opens a ballot on the vote's themes, the count of voters
updates on the poll (never what they voted), `c` closes, `o` reopens, `r`
reveals the totals into the vote (saved at once, the box gone), `d` twice
discards, and read-only sessions are refused in words."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from kompas_tui.domain.message import Message
from kompas_tui.domain.voting import Ballot, Voting, vote_themes
from kompas_tui.screens.live_ballot import LiveBallotDialog, _message
from kompas_tui.screens.voting import VotingScreen
from kompas_tui.storage import ballot_box
from kompas_tui.storage.ballot_box import BallotInfo
from kompas_tui.storage.session_file import load_session, open_session
from kompas_tui.widgets.voting_tables import TallyTable
from pilot_tools import unwrapped, widget_lines

SIZE = (80, 24)
FIRST, SECOND, THIRD = "Trivsel og arbejdsglæde", "Meningsfuldt arbejde", "Samarbejde med kolleger"
HOSTILE = "[bold]x [/] [/ \x1b[31m 🙂 æøå"
HOSTILE_SHOWN = "[bold]x [/] [/ ␛[31m 🙂 æøå"


def notices(app) -> str:
    return " ".join(notice.message for notice in app._notifications)


def flat(text: str) -> str:
    """The screen as one line, without the dialog's frame and scrollbar."""
    return " ".join(text.translate(str.maketrans("", "", "│▁▂▃▄▅▆▇█▔")).split())


#: The participants of these tests: this process's own uid (the box checks
#: that a ballot file is owned by the user it is named after).
FAKE_USERS = ("anna", "bo", "cai", "dan", "eva", "finn")
#: A login the files in the box are never owned by (another Unix user).
OTHER_USER = "gus"


class Box:
    """The real ballot box of a session, with participants cast as fake users."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def info(self) -> BallotInfo | None:
        return ballot_box.read_ballot(self.path)

    @property
    def exists(self) -> bool:
        return ballot_box.box_path(self.path).exists()

    def cast(self, path: Path, ballot: Ballot, *, user: str) -> None:
        ballot_box.cast(path, ballot, user=user)

    def write(self, name: str, text: str) -> None:
        """A file put in the box by hand (not through `cast`)."""
        (ballot_box.box_path(self.path) / name).write_text(text, encoding="utf-8")


@pytest.fixture
def box(monkeypatch, demo_handle) -> Box:
    real = ballot_box._uid_for_user

    def uid_for(name: str) -> int | None:
        if name in FAKE_USERS:
            return os.geteuid()
        if name == OTHER_USER:
            return os.geteuid() + 4711
        return real(name)

    monkeypatch.setattr(ballot_box, "_uid_for_user", uid_for)
    return Box(demo_handle.path)


def preset(handle, **voting: object) -> None:
    handle.session.voting = Voting.model_validate(voting)
    handle.save()


async def settle(pilot) -> None:
    """Let the dialog's box worker finish and what it read be shown."""
    await pilot.pause()
    # A hang (a FIFO opened, a lock never released) fails here, never blocks the run.
    await asyncio.wait_for(pilot.app.workers.wait_for_complete(), timeout=30)
    await pilot.pause()


async def press(pilot, *keys: str) -> None:
    """Press keys, each one's box work done and shown before the next."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def poll(pilot, dialog: LiveBallotDialog) -> None:
    """One look at the box, as the dialog's timer does once a second."""
    dialog.refresh_box()
    await settle(pilot)


async def open_live(pilot) -> LiveBallotDialog:
    await pilot.press("f4")
    await pilot.pause()
    assert isinstance(pilot.app.screen, VotingScreen)
    # From the tally (the settings fields take what is typed in them).
    pilot.app.screen.query_one(TallyTable).focus()
    await pilot.press("l")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, LiveBallotDialog)
    return dialog


async def test_open_count_reveal_puts_the_exact_totals_in_the_saved_session(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 3, "votes_per_person": 3, "max_per_theme": 2})
    path = demo_handle.path
    themes = vote_themes(demo_handle.session.report, demo_handle.session.voting)
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        text = flat(screen_text(app))
        assert "Ingen live afstemning er åben." in text
        assert f"{len(themes)} temaer, 3 stemmer pr. person, højst 2 pr. tema og 3 deltagere" in text
        await press(pilot, "o")
        info = box.info
        assert info.themes == themes
        assert (info.votes_per_person, info.max_per_theme, info.participants) == (3, 2, 3)
        assert info.unit == "Hjemmeplejen Nord"
        text = flat(screen_text(app))
        assert "0 af 3 har stemt" in text
        # The command to give the participants, whole, wherever a long path wraps.
        join = unwrapped(" ".join(widget_lines(dialog.query_one("#live-join"))))
        assert unwrapped(f"kompas join {path.absolute()}") in join

        box.cast(path, Ballot(dots={FIRST: 2, SECOND: 1}), user="anna")
        box.cast(path, Ballot(dots={FIRST: 1, THIRD: 2}), user="bo")
        assert "0 af 3 har stemt" in flat(screen_text(app))  # not until the poll
        await poll(pilot, dialog)
        text = flat(screen_text(app))
        assert "2 af 3 har stemt" in text
        assert "Har stemt: anna, bo" in text
        assert "Trivsel" not in text  # never what
        # A changed ballot still counts once.
        box.cast(path, Ballot(dots={SECOND: 2, THIRD: 1}), user="bo")
        await poll(pilot, dialog)
        assert "2 af 3 har stemt" in flat(screen_text(app))

        await press(pilot, "r")
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)
        assert "2 stemmesedler talt op — resultatet står i afstemningen" in notices(app)
        assert not box.exists
        expected = {FIRST: 2, SECOND: 3, THIRD: 1}
        assert app.store.session.voting.dots == expected
        assert app.store.session.voting.settings.participants == 3
        text = flat(screen_text(app))
        assert f"{SECOND} 3 1" in text and f"{FIRST} 2 2" in text
    assert load_session(path).voting.dots == expected


async def test_participants_unknown_are_set_to_the_ballots_counted(make_app, demo_handle, box, screen_text):
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        assert "antal deltagere ikke sat" in flat(screen_text(app))
        await press(pilot, "o")
        assert box.info.participants is None
        box.cast(path, Ballot(dots={FIRST: 1}), user="anna")
        await poll(pilot, dialog)
        assert "1 har stemt" in flat(screen_text(app))
        await press(pilot, "r")
        await pilot.pause()
        assert app.store.session.voting.dots == {FIRST: 1}
        assert app.store.session.voting.settings.participants == 1
        assert "1 stemmeseddel talt op" in notices(app)
    assert load_session(path).voting.settings.participants == 1


async def test_close_reopen_and_escape_leaves_the_ballot_running(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 8})
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_live(pilot)
        await press(pilot, "o")
        box.cast(path, Ballot(dots={FIRST: 1}), user="anna")
        await press(pilot, "c")
        assert box.info.state == "closed"
        text = flat(screen_text(app))
        assert "Afstemningen er lukket" in text and "1 af 8 har stemt" in text
        assert "kompas join" not in text
        await press(pilot, "c")
        assert "Kan ikke: afstemningen er allerede lukket." in flat(screen_text(app))
        await press(pilot, "o")
        assert box.info.state == "open"
        assert "Afstemningen er åben igen." in flat(screen_text(app))
        await press(pilot, "escape")
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)
        assert box.info.state == "open"
        box.cast(path, Ballot(dots={SECOND: 1}), user="bo")
        # Back again: it is read from the box, not remembered.
        await press(pilot, "l")
        await pilot.pause()
        assert "2 af 8 har stemt" in flat(screen_text(app))
        await press(pilot, "o")
        assert "Kan ikke: afstemningen er allerede åben." in flat(screen_text(app))


async def test_discard_asks_first_and_leaves_the_dots_alone(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 5}, dots={FIRST: 2})
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        await press(pilot, "o")
        box.cast(path, Ballot(dots={SECOND: 1}), user="anna")
        await poll(pilot, dialog)  # the count the question names is the one on screen
        await press(pilot, "d")
        assert box.exists
        assert "med 1 stemmeseddel/-sedler uden at tælle? Tryk d igen." in flat(screen_text(app))
        await press(pilot, "c", "d")  # another key in between asks again
        assert box.exists
        await press(pilot, "d")
        assert not box.exists
        assert "Afstemningen er kasseret" in flat(screen_text(app))
        assert app.store.session.voting.dots == {FIRST: 2}


async def test_reveal_onto_dots_already_there_asks_first_and_adds(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 5}, dots={FIRST: 2})
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_live(pilot)
        await press(pilot, "o")
        box.cast(path, Ballot(dots={FIRST: 1, SECOND: 1}), user="anna")
        await press(pilot, "r")
        assert "allerede 2 prikker; stemmesedlerne lægges oveni. Tryk r igen." in flat(screen_text(app))
        assert box.exists
        await press(pilot, "r")
        await pilot.pause()
        assert app.store.session.voting.dots == {FIRST: 3, SECOND: 1}


async def test_refusals_nobody_voted_too_many_and_a_second_ballot(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 1})
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        await press(pilot, "r")
        assert "Kan ikke: ingen afstemning er åben." in flat(screen_text(app))
        await press(pilot, "o")
        await press(pilot, "r")
        assert "Kan ikke: ingen har stemt endnu." in flat(screen_text(app))
        box.cast(path, Ballot(dots={FIRST: 1}), user="anna")
        box.cast(path, Ballot(dots={FIRST: 1}), user="bo")
        await press(pilot, "r")
        assert "2 har stemt, men afstemningen er sat til 1 deltagere" in flat(screen_text(app))
        assert box.exists and app.store.session.voting.dots == {}
        # `o` reads the box first: an open one is shown, not opened twice.
        await press(pilot, "o")
        assert "Kan ikke: afstemningen er allerede åben." in flat(screen_text(app))


async def test_open_refused_when_the_box_appears_between_read_and_open(
    make_app, demo_handle, box, screen_text, monkeypatch
):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_live(pilot)
        # Another run opens one after this dialog last looked.
        ballot_box.open_ballot(
            demo_handle.path, unit="x", themes=(FIRST,), votes_per_person=1, max_per_theme=None, participants=None
        )
        monkeypatch.setattr(ballot_box, "watch_box", lambda path, expect=None: None)
        await press(pilot, "o")
        text = flat(screen_text(app))
        assert "Kan ikke: der er allerede en afstemning på denne session" in text
        assert "kassér den med d" in text


async def test_ignored_files_are_noted_and_hostile_names_shown_literally(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 2}, added_themes=[HOSTILE])
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        await press(pilot, "o")
        assert HOSTILE in box.info.themes
        box.cast(path, Ballot(dots={HOSTILE: 1}), user="anna")
        box.write("bo.toml", "not = [toml")
        box.write(f"{OTHER_USER}.toml", "written by someone else")
        box.write("[bold]x.toml", "")
        await poll(pilot, dialog)
        text = flat(screen_text(app))
        assert "1 af 2 har stemt" in text
        assert "3 stemmefiler blev ikke talt med:" in text
        assert "bo.toml kan ikke læses som en stemmeseddel og tælles ikke med." in text
        assert f"{OTHER_USER}.toml er ikke skrevet af brugeren {OTHER_USER} og tælles ikke med." in text
        assert "[bold]x.toml er ikke en stemmeseddel og tælles ikke med." in text
        assert _message(Message("ballot.note.no.such.key")) == "ikke gyldig (ballot.note.no.such.key)"
        await press(pilot, "r")
        await pilot.pause()
        assert app.store.session.voting.dots == {HOSTILE: 1}
        app.screen.query_one(TallyTable).move_to(HOSTILE)  # the last row, below the fold at 80x24
        await pilot.pause()
        assert HOSTILE_SHOWN in screen_text(app)


async def test_read_only_session_refuses_opening(make_app, demo_handle, box, screen_text):
    second = open_session(demo_handle.path)  # the lock is held by demo_handle
    assert second.read_only
    try:
        app = make_app(second)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("f4")
            await pilot.pause()
            # Not offered where it cannot be done: no key in the Footer, nothing opens.
            assert "Live afstemning" not in flat(screen_text(app))
            await pilot.press("l", "o")
            await pilot.pause()
            assert isinstance(app.screen, VotingScreen)
            assert not box.exists
            assert "Skrivebeskyttet" in flat(screen_text(app))
    finally:
        second.close()


async def test_english(make_app, demo_handle, box, screen_text):
    preset(demo_handle, settings={"participants": 8})
    path = demo_handle.path
    app = make_app(demo_handle, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        text = flat(screen_text(app))
        assert "No live ballot is open." in text
        await press(pilot, "o")
        for user in ("anna", "bo", "cai", "dan", "eva", "finn"):
            box.cast(path, Ballot(dots={FIRST: 1}), user=user)
        await poll(pilot, dialog)
        text = flat(screen_text(app))
        assert "6 of 8 have voted" in text
        assert "The participants type in their own terminal:" in text
        await press(pilot, "r")
        await pilot.pause()
        assert "6 ballots counted — the result is in the vote" in notices(app)
        assert app.store.session.voting.dots == {FIRST: 6}


async def test_a_group_readable_box_is_warned_about(make_app, demo_handle, box, screen_text, monkeypatch):
    # The box fell back to the team group (no private group for the
    # facilitator): one line says so; a blind or private box says nothing.
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_live(pilot)
        await press(pilot, "o")
        warning = "Stemmesedlerne kan læses af gruppen — se docs/live-voting.md"
        assert "0 har stemt" in flat(screen_text(app)) and warning not in flat(screen_text(app))
        await press(pilot, "d", "d")
        # A setgid team folder, and no private group for the facilitator.
        os.chmod(demo_handle.path.parent, 0o2770)
        monkeypatch.setattr(ballot_box, "_private_group", lambda folder: None)
        await press(pilot, "o")
        assert ballot_box.ballots_group_readable(demo_handle.path)
        assert warning in flat(screen_text(app))


async def test_a_damaged_ballot_can_still_be_discarded(make_app, demo_handle, box, screen_text):
    """A box whose ballot.toml is damaged says so, and d d clears it, so a
    new ballot can open without deleting files by hand."""
    preset(demo_handle, settings={"participants": 5})
    folder = ballot_box.box_path(demo_handle.path)
    folder.mkdir()
    os.chmod(folder, ballot_box.BOX_PRIVATE_MODE)  # the facilitator's own, as kompas makes it
    (folder / "ballot.toml").write_text("junk\n", encoding="utf-8")
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_live(pilot)
        assert "beskadiget" in flat(screen_text(app))
        await press(pilot, "d")
        assert folder.exists()
        await press(pilot, "d")
        assert not folder.exists()
        await press(pilot, "o")
        assert box.exists and "0 af 5 har stemt" in flat(screen_text(app))


async def test_a_replaced_box_is_shown_as_such_and_never_revealed(make_app, demo_handle, box, screen_text):
    """Someone moves the box this dialog opened aside and puts another in its
    place (issue 13): the dialog says so, counts nothing from it, refuses to
    reveal it, and d d takes it away; the real box and the dots are intact."""
    preset(demo_handle, settings={"participants": 5}, dots={FIRST: 1})
    path = demo_handle.path
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_live(pilot)
        await press(pilot, "o")
        box.cast(path, Ballot(dots={SECOND: 2}), user="anna")
        await poll(pilot, dialog)
        assert "1 af 5 har stemt" in flat(screen_text(app))
        real = ballot_box.box_path(path)
        stolen = real.with_name(".stolen")
        os.rename(real, stolen)
        real.mkdir()
        os.chmod(real, ballot_box.BOX_PRIVATE_MODE)  # the mode kompas gives: only the folder differs
        (real / "ballot.toml").write_bytes((stolen / "ballot.toml").read_bytes())
        box.cast(path, Ballot(dots={THIRD: 2}), user="bo")  # lands in the impostor
        await poll(pilot, dialog)
        text = flat(screen_text(app))
        assert "Stemmeurnen" in text and "er ikke den, du åbnede" in text and "tælles ikke" in text
        assert "har stemt" not in text and "Har stemt" not in text
        assert "d: kassér" in text
        await press(pilot, "r")
        assert "Kan ikke: Stemmeurnen" in flat(screen_text(app))
        assert app.store.session.voting.dots == {FIRST: 1}
        assert real.exists() and sorted(os.listdir(stolen)) == ["anna.toml", "ballot.toml"]
        await press(pilot, "d", "d")
        assert not real.exists()
        assert "Afstemningen er kasseret" in flat(screen_text(app))
        await press(pilot, "o")  # a new ballot, in a new box of this run's own
        assert "0 af 5 har stemt" in flat(screen_text(app))
    assert load_session(path).voting.dots == {FIRST: 1}


async def test_a_fifo_planted_as_the_boxs_ballot_does_not_hang_l(make_app, demo_handle, box, screen_text):
    """A FIFO named ballot.toml in a box made before the ballot opens: `l`
    shows the dialog and what is wrong; nothing opens the FIFO."""
    folder = ballot_box.box_path(demo_handle.path)
    folder.mkdir()
    os.chmod(folder, ballot_box.BOX_PRIVATE_MODE)
    os.mkfifo(folder / "ballot.toml")
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await open_live(pilot)
        text = flat(screen_text(app))
        assert "beskadiget" in text and "ballot.toml" in unwrapped(text)  # a long path may wrap the name
        await press(pilot, "d", "d")
        assert not folder.exists()


async def test_the_screen_answers_while_the_box_is_slow_to_read(make_app, demo_handle, box, screen_text, monkeypatch):
    """The box is read in a worker: while a look hangs on the disk, the
    dialog says it is reading and keys still work (Escape closes it)."""
    import threading

    release = threading.Event()
    real_watch = ballot_box.watch_box

    def slow_watch(path, expect=None):
        release.wait(30)
        return real_watch(path, expect)

    monkeypatch.setattr(ballot_box, "watch_box", slow_watch)
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        pilot.app.screen.query_one(TallyTable).focus()
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LiveBallotDialog)
        assert "Læser stemmeurnen …" in flat(screen_text(app))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)  # the UI did not wait for the disk
        release.set()
        await settle(pilot)
