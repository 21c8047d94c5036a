"""The ballot box (storage/ballot_box.py): live voting through the shared
folder, as one Unix user. Fake participants are names that map to the test's
own uid (`_uid_for_user` is replaced); tests/test_ballot_users.py does it
with real users as root."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_tui.domain.voting import Ballot
from kompas_tui.storage import ballot_box as bb
from kompas_tui.storage.ballot_box import BallotError

THEMES = ("Arbejdsmængde", "Ledelse", "Samarbejde", "Indflydelse")
HOSTILE = ("[/]", "[/", "[bold]x", "\x1b[31mrød", "🔥 Travlt", "Ææ Øø Åå", "\"citat\" 'enkelt'", "a\\b")
FAKE_USERS = ("anna", "bo", "carl", "dorte", "eva")


@pytest.fixture(autouse=True)
def fake_users(monkeypatch):
    """The fake participants are this process's uid; real names stay real."""
    real = bb._uid_for_user

    def uid_for(name: str) -> int | None:
        return os.geteuid() if name in FAKE_USERS else real(name)

    monkeypatch.setattr(bb, "_uid_for_user", uid_for)


@pytest.fixture
def session(tmp_path) -> Path:
    path = tmp_path / "enhed-2026-11-26.toml"
    path.write_text("# a session\n", encoding="utf-8")
    return path


def open_box(session: Path, themes=THEMES, votes=3, cap: int | None = 2, participants: int | None = 5):
    return bb.open_ballot(
        session, unit="Enhed", themes=themes, votes_per_person=votes, max_per_theme=cap, participants=participants
    )


def write_raw(session: Path, name: str, doc: dict | bytes) -> Path:
    path = bb.box_path(session) / name
    path.write_bytes(doc if isinstance(doc, bytes) else tomli_w.dumps(doc).encode())
    return path


def note_keys(count) -> dict[str, str]:
    return {note.file: note.message.key for note in count.notes}


def test_box_path_is_next_to_the_session(session):
    assert bb.box_path(session) == session.with_name("enhed-2026-11-26.ballot")


def test_no_box_reads_as_none_and_refuses_what_needs_one(session):
    assert bb.read_ballot(session) is None
    assert bb.own_ballot(session, user="anna") is None
    for call in (
        lambda: bb.cast(session, Ballot(dots={}), user="anna"),
        lambda: bb.count_ballots(session),
        lambda: bb.close_ballot(session),
        lambda: bb.reopen_ballot(session),
        lambda: bb.reveal_ballot(session),
    ):
        with pytest.raises(BallotError) as caught:
            call()
        assert caught.value.key == "ballot.error.none"
    bb.discard_ballot(session)  # nothing to discard: fine


def test_open_writes_the_ballot_and_a_second_open_is_refused(session):
    info = open_box(session)
    assert bb.read_ballot(session) == info
    assert info.state == "open" and info.themes == THEMES and info.votes_per_person == 3
    assert info.max_per_theme == 2 and info.participants == 5 and info.unit == "Enhed"
    mode = os.stat(bb.box_path(session)).st_mode
    assert stat.S_IMODE(mode) == 0o1700  # a private folder: sticky, the owner only
    with pytest.raises(BallotError) as caught:
        open_box(session)
    assert caught.value.key == "ballot.error.already_open"
    assert bb.read_ballot(session) == info
    # Nothing but the session and the box: no temporary folder left.
    assert sorted(p.name for p in session.parent.iterdir()) == [bb.box_path(session).name, session.name]


def test_a_box_in_a_setgid_team_folder_lets_the_group_write(tmp_path, monkeypatch):
    # No private group for the facilitator: the fallback, group-readable.
    monkeypatch.setattr(bb, "_private_group", lambda folder: None)
    team = tmp_path / "team"
    team.mkdir()
    os.chmod(team, 0o2770)
    session = team / "s.toml"
    session.write_text("")
    open_box(session, cap=None, participants=None)
    box = bb.box_path(session)
    assert stat.S_IMODE(os.stat(box).st_mode) == 0o3770
    assert stat.S_IMODE(os.stat(box / "ballot.toml").st_mode) == 0o640
    path = bb.cast(session, Ballot(dots={"Ledelse": 3}), user="anna")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    info = bb.read_ballot(session)
    assert info.max_per_theme is None and info.participants is None
    assert bb.ballots_group_readable(session)
    bb.close_ballot(session)
    assert stat.S_IMODE(os.stat(box / "ballot.toml").st_mode) == 0o640


def test_a_blind_box_has_the_private_group_and_others_wx(tmp_path, monkeypatch):
    # The facilitator's private group (here the test's own gid, which the
    # process may chown to); test_ballot_users.py checks it with real users.
    monkeypatch.setattr(bb, "_private_group", lambda folder: os.getegid())
    team = tmp_path / "team"
    team.mkdir()
    os.chmod(team, 0o2770)
    session = team / "s.toml"
    session.write_text("")
    open_box(session)
    box = bb.box_path(session)
    assert stat.S_IMODE(os.stat(box).st_mode) == 0o3773
    assert os.stat(box).st_gid == os.getegid()
    assert stat.S_IMODE(os.stat(box / "ballot.toml").st_mode) == 0o644
    path = bb.cast(session, Ballot(dots={"Ledelse": 2}), user="anna")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert not bb.ballots_group_readable(session)
    bb.close_ballot(session)
    bb.reopen_ballot(session)
    assert stat.S_IMODE(os.stat(box / "ballot.toml").st_mode) == 0o644
    assert bb.own_ballot(session, user="anna") == Ballot(dots={"Ledelse": 2})
    totals, counted, notes = bb.reveal_ballot(session)
    assert (totals, counted, notes) == ({"Ledelse": 2}, 1, ())
    assert [p.name for p in team.iterdir()] == [session.name]


def test_the_private_group_is_the_users_own_and_nobody_elses(tmp_path, monkeypatch):
    import grp
    import pwd
    from types import SimpleNamespace as NS

    me = NS(pw_name="fac", pw_uid=os.geteuid(), pw_gid=4242)
    monkeypatch.setattr(bb.os, "getegid", lambda: 4242)
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: me)
    monkeypatch.setattr(pwd, "getpwall", lambda: [me, NS(pw_name="bo", pw_uid=7, pw_gid=100)])
    monkeypatch.setattr(grp, "getgrgid", lambda gid: NS(gr_mem=[]))
    assert bb._private_group(tmp_path) == 4242
    monkeypatch.setattr(grp, "getgrgid", lambda gid: NS(gr_mem=["fac"]))
    assert bb._private_group(tmp_path) == 4242
    monkeypatch.setattr(grp, "getgrgid", lambda gid: NS(gr_mem=["fac", "bo"]))
    assert bb._private_group(tmp_path) is None  # a shared group
    monkeypatch.setattr(grp, "getgrgid", lambda gid: NS(gr_mem=[]))
    monkeypatch.setattr(pwd, "getpwall", lambda: [me, NS(pw_name="bo", pw_uid=7, pw_gid=4242)])
    assert bb._private_group(tmp_path) is None  # another user's primary group
    monkeypatch.setattr(pwd, "getpwall", lambda: [me])
    monkeypatch.setattr(bb.os, "getegid", lambda: 1)
    monkeypatch.setattr(bb.os, "getgroups", lambda: [])
    assert bb._private_group(tmp_path) is None  # the process is not in it


def test_a_private_group_that_is_the_team_folders_is_not_used(tmp_path):
    # The folder's own group is the group of the team: never "private".
    os.chmod(tmp_path, 0o2770)
    if os.stat(tmp_path).st_gid == os.getegid():
        assert bb._private_group(tmp_path) is None


def test_cast_change_count_and_reveal(session):
    open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 2, "Samarbejde": 1}), user="anna")
    bb.cast(session, Ballot(dots={"Ledelse": 1}), user="bo")
    bb.cast(session, Ballot(dots={"Arbejdsmængde": 2, "Indflydelse": 1}), user="anna")  # changed
    assert bb.own_ballot(session, user="anna") == Ballot(dots={"Arbejdsmængde": 2, "Indflydelse": 1})
    count = bb.count_ballots(session)
    assert (count.voted, count.voters, count.notes) == (2, ("anna", "bo"), ())
    totals, counted, notes = bb.reveal_ballot(session)
    assert totals == {"Arbejdsmængde": 2, "Indflydelse": 1, "Ledelse": 1}
    assert (counted, notes) == (2, ())
    assert not bb.box_path(session).exists()
    assert [p.name for p in session.parent.iterdir()] == [session.name]
    assert bb.read_ballot(session) is None


def test_the_ballot_file_holds_id_user_and_dots_only(session):
    info = open_box(session)
    path = bb.cast(session, Ballot(dots={"Ledelse": 2, "Samarbejde": 0}), user="anna")
    import tomllib

    assert tomllib.loads(path.read_text()) == {"ballot": info.id, "user": "anna", "dots": {"Ledelse": 2}}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_close_refuses_casts_and_reopen_lets_them_in(session):
    open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 1}), user="anna")
    assert bb.close_ballot(session).state == "closed"
    assert bb.read_ballot(session).state == "closed"
    with pytest.raises(BallotError) as caught:
        bb.cast(session, Ballot(dots={"Ledelse": 2}), user="anna")
    assert caught.value.key == "ballot.error.closed"
    assert bb.count_ballots(session).voted == 1
    assert bb.reopen_ballot(session).state == "open"
    bb.cast(session, Ballot(dots={"Ledelse": 2}), user="anna")
    assert bb.reveal_ballot(session)[0] == {"Ledelse": 2}


def test_discard_removes_everything_and_counts_nothing(session):
    open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 1}), user="anna")
    write_raw(session, "junk.txt", b"x")
    bb.discard_ballot(session)
    assert [p.name for p in session.parent.iterdir()] == [session.name]
    open_box(session)  # a new ballot can be opened afterwards


@pytest.mark.parametrize(
    ("dots", "problem"),
    [
        ({"Ledelse": 3}, "voting.ballot.over_cap"),
        ({"Ledelse": 2, "Samarbejde": 2}, "voting.ballot.over_budget"),
        ({"Ikke et tema": 1}, "voting.refused.unknown_theme"),
    ],
)
def test_an_invalid_ballot_is_refused_at_cast(session, dots, problem):
    open_box(session)
    with pytest.raises(BallotError) as caught:
        bb.cast(session, Ballot(dots=dots), user="anna")
    assert caught.value.key == "ballot.error.invalid"
    assert [p.key for p in caught.value.fields["problems"]] == [problem]
    assert caught.value.text("da") and caught.value.text("en")
    assert bb.count_ballots(session).voted == 0


@pytest.mark.parametrize("user", ["ballot", "../x", "", ".anna", "a/b", "anna.", "x" * 65, "æble", "a b"])
def test_a_user_name_that_is_not_a_safe_file_name_is_refused(session, user):
    open_box(session)
    with pytest.raises(BallotError) as caught:
        bb.cast(session, Ballot(dots={}), user=user)
    assert caught.value.key == "ballot.error.bad_user"


def test_files_that_are_not_good_ballots_are_ignored_with_a_note(session):
    info = open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 1}), user="anna")
    good = {"ballot": info.id, "dots": {"Ledelse": 1}}
    write_raw(session, "bo.toml", b"ballot = [unclosed\n")
    write_raw(session, "carl.toml", {**good, "user": "carl", "pad": "x" * (bb.MAX_BALLOT_BYTES + 1)})
    write_raw(session, "dorte.toml", {**good, "user": "dorte", "ballot": "0" * 32})
    write_raw(session, "eva.toml", {**good, "user": "eva", "dots": {"Ledelse": 3}})  # over the cap
    write_raw(session, "nosuchuser-kompas.toml", {**good, "user": "nosuchuser-kompas"})
    write_raw(session, "notes.txt", b"hello")
    write_raw(session, ".anna.123abc.tmp", tomli_w.dumps({**good, "user": "anna"}).encode())
    write_raw(session, ".hidden", b"x")
    os.symlink(session, bb.box_path(session) / "link.toml")
    count = bb.count_ballots(session)
    assert count.voters == ("anna",)
    assert note_keys(count) == {
        "bo.toml": "ballot.note.malformed",
        "carl.toml": "ballot.note.oversized",
        "dorte.toml": "ballot.note.other_ballot",
        "eva.toml": "ballot.note.invalid",
        "nosuchuser-kompas.toml": "ballot.note.foreign",
        "notes.txt": "ballot.note.not_a_ballot",
        "link.toml": "ballot.note.foreign",
    }
    for note in count.notes:
        assert note.file in note.text("da") and note.file in note.text("en")
    totals, counted, notes = bb.reveal_ballot(session)
    assert (totals, counted) == ({"Ledelse": 1}, 1)
    assert len(notes) == 7
    assert [p.name for p in session.parent.iterdir()] == [session.name]


def test_a_file_named_after_another_real_user_is_foreign(session):
    info = open_box(session)
    # "root" (uid 0) exists everywhere; unless the test runs as root, this
    # file is not theirs. As root, "daemon" is somebody else.
    other = "daemon" if os.geteuid() == 0 else "root"
    write_raw(session, f"{other}.toml", {"ballot": info.id, "user": other, "dots": {"Ledelse": 1}})
    count = bb.count_ballots(session)
    assert count.voted == 0
    assert note_keys(count) == {f"{other}.toml": "ballot.note.foreign"}


def test_a_file_claiming_another_user_inside_is_malformed(session):
    info = open_box(session)
    write_raw(session, "anna.toml", {"ballot": info.id, "user": "bo", "dots": {"Ledelse": 1}})
    write_raw(session, "bo.toml", {"ballot": info.id, "user": "bo", "dots": {"Ledelse": True}})
    write_raw(session, "carl.toml", {"ballot": info.id, "user": "carl", "dots": {"Ledelse": -1}})
    write_raw(session, "dorte.toml", b"\xff\xfe")
    assert note_keys(bb.count_ballots(session)) == {
        "anna.toml": "ballot.note.malformed",
        "bo.toml": "ballot.note.malformed",
        "carl.toml": "ballot.note.invalid",
        "dorte.toml": "ballot.note.malformed",
    }


@pytest.mark.parametrize(
    "raw",
    [
        (".".join(["k"] * 32_000) + " = 1\n").encode(),  # 64 KB: 9 s and 3.9 GB to parse unbounded
        b"dots = " + b"[" * 30_000 + b"]" * 30_000 + b"\n",
        b"x = " + b"{a = " * 10_000 + b"1" + b"}" * 10_000 + b"\n",
        b"dots = { Ledelse = inf }\n",
    ],
    ids=["dotted", "deep-array", "deep-table", "inf"],
)
def test_a_hostile_ballot_is_a_note_at_once(session, raw):
    """The structure is bounded before parsing (safe_read.py), so each costs
    a note, not seconds of the facilitator's poll: refused before the
    parser builds anything, even where the TOML itself is valid."""
    with pytest.raises(ValueError, match="ballot.toml"):
        bb._parse_toml(raw)
    open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 1}), user="anna")
    write_raw(session, "bo.toml", raw)
    count = bb.count_ballots(session)
    assert count.voters == ("anna",)
    assert note_keys(count) == {"bo.toml": "ballot.note.malformed"}


def test_a_damaged_ballot_toml_is_an_error_not_a_crash(session):
    open_box(session)
    (bb.box_path(session) / "ballot.toml").write_text("id = 1\n")
    with pytest.raises(BallotError) as caught:
        bb.read_ballot(session)
    assert caught.value.key == "ballot.error.damaged"


@pytest.mark.unprivileged
def test_an_unreadable_box_is_an_error(session):
    open_box(session)
    box = bb.box_path(session)
    os.chmod(box, 0)
    try:
        with pytest.raises(BallotError) as caught:
            bb.read_ballot(session)
        assert caught.value.key == "ballot.error.unreadable"
    finally:
        os.chmod(box, 0o1700)


def test_hostile_theme_names_round_trip(session):
    open_box(session, themes=HOSTILE, votes=len(HOSTILE), cap=1)
    assert bb.read_ballot(session).themes == HOSTILE
    ballot = Ballot(dots=dict.fromkeys(HOSTILE, 1))
    bb.cast(session, ballot, user="anna")
    assert bb.own_ballot(session, user="anna") == ballot
    assert bb.reveal_ballot(session)[0] == dict.fromkeys(HOSTILE, 1)


def test_a_leftover_temp_file_from_a_killed_cast_is_not_counted(session):
    open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 1}), user="anna")
    # A participant killed between writing the temp file and renaming it.
    write_raw(session, ".anna.deadbeef0000.tmp", b'ballot = "x"\nuser = "anna"\n[dots]\nLedelse = 2\n')
    assert bb.count_ballots(session).notes == ()
    assert bb.reveal_ballot(session)[:2] == ({"Ledelse": 1}, 1)
    assert not bb.box_path(session).exists()


# --- property: the totals are the sum of each user's last valid ballot --------

casts = st.lists(
    st.tuples(
        st.sampled_from(FAKE_USERS),
        st.dictionaries(st.sampled_from(THEMES), st.integers(min_value=0, max_value=3), max_size=4),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(casts=casts)
def test_totals_are_the_sum_of_each_users_last_valid_ballot(tmp_path_factory, casts):
    folder = tmp_path_factory.mktemp("prop")
    session = folder / "s.toml"
    session.write_text("")
    open_box(session, votes=3, cap=2)
    last: dict[str, Ballot] = {}
    for user, dots in casts:
        ballot = Ballot(dots=dots)
        try:
            bb.cast(session, ballot, user=user)
        except BallotError as error:
            assert error.key == "ballot.error.invalid"
            assert sum(dots.values()) > 3 or max(dots.values()) > 2
        else:
            last[user] = ballot
    count = bb.count_ballots(session)
    assert count.voters == tuple(sorted(last)) and count.notes == ()
    expected: dict[str, int] = {}
    for ballot in last.values():
        for theme, n in ballot.dots.items():
            if n:
                expected[theme] = expected.get(theme, 0) + n
    totals, counted, notes = bb.reveal_ballot(session)
    assert (totals, counted, notes) == (expected, len(last), ())
    assert [p.name for p in folder.iterdir()] == ["s.toml"]


def test_a_symlink_or_folder_named_like_a_ballot_is_not_followed(session, tmp_path):
    info = open_box(session)
    outside = tmp_path / "outside.toml"
    outside.write_text(tomli_w.dumps({"ballot": info.id, "user": "anna", "dots": {"Ledelse": 1}}))
    os.symlink(outside, bb.box_path(session) / "anna.toml")
    (bb.box_path(session) / "bo.toml").mkdir()
    assert note_keys(bb.count_ballots(session)) == {
        "anna.toml": "ballot.note.not_a_ballot",
        "bo.toml": "ballot.note.not_a_ballot",
    }
    assert bb.own_ballot(session, user="anna") is None
    assert bb.reveal_ballot(session)[:2] == ({}, 0)
    assert outside.exists()  # removing the box never follows a link out of it
    assert not bb.box_path(session).exists()


# --- a box that is not the one opened (issue 13) --------------------------------


def steal(session: Path, mode: int = 0o3777) -> Path:
    """The attack of a team member on a folder without the sticky bit: the
    box moved aside, a new one put in its place with a copy of its
    ballot.toml. Here as the same user (the owner check is in
    test_ballot_users.py); the mode and the very folder are checked."""
    box = bb.box_path(session)
    stolen = box.with_name(".stolen")
    os.rename(box, stolen)
    box.mkdir()
    os.chmod(box, mode)
    (box / "ballot.toml").write_bytes((stolen / "ballot.toml").read_bytes())
    return stolen


@pytest.mark.parametrize("mode", [0o3777, bb.BOX_PRIVATE_MODE])
def test_a_replaced_box_is_never_counted_or_revealed(session, mode):
    info = open_box(session)
    bb.cast(session, Ballot(dots={"Ledelse": 2}), user="anna")
    stolen = steal(session, mode)
    # A participant who joins now: a world-writable box is refused; one
    # with kompas's own mode cannot be told apart by them (same owner).
    if mode == 0o3777:
        with pytest.raises(BallotError) as caught:
            bb.cast(session, Ballot(dots={"Ledelse": 1}), user="bo")
        assert caught.value.key == "ballot.error.not_genuine"
        assert "3777" in caught.value.text("da")
        assert sorted(os.listdir(bb.box_path(session))) == ["ballot.toml"]  # nothing cast into it
    else:
        bb.cast(session, Ballot(dots={"Ledelse": 1}), user="bo")
    for call in (
        lambda: bb.watch_box(session, info.box),
        lambda: bb.count_ballots(session, info.box),
        lambda: bb.close_ballot(session, info.box),
        lambda: bb.reveal_ballot(session, expect=info.box),
    ):
        with pytest.raises(BallotError) as caught:
            call()
        assert caught.value.key == "ballot.error.replaced"
        assert "ikke den, du åbnede" in caught.value.text("da")
        assert "not the one you opened" in caught.value.text("en")
    # Nothing was taken away or changed: the impostor is where it was, and
    # the real box (with anna's ballot) is intact where it was moved to.
    assert stat.S_IMODE(os.stat(bb.box_path(session)).st_mode) == mode
    assert sorted(os.listdir(stolen)) == ["anna.toml", "ballot.toml"]
    os.rename(stolen, bb.box_path(session).with_name("back"))
    # Discarding takes the impostor out of the way; a new ballot opens.
    bb.discard_ballot(session)
    assert not bb.box_path(session).exists()
    assert open_box(session).box is not None


def test_the_box_opened_is_recognised_by_its_folder_owner_and_mode(session):
    info = open_box(session)
    assert info.box == bb.watch_box(session).identity
    assert bb.watch_box(session, info.box).count.voted == 0
    box = bb.box_path(session)
    os.chmod(box, 0o1777)  # its mode changed (only its owner or root can)
    with pytest.raises(BallotError) as caught:
        bb.watch_box(session)
    assert caught.value.key == "ballot.error.replaced"
    os.chmod(box, bb.BOX_PRIVATE_MODE)
    assert bb.reveal_ballot(session, expect=info.box)[:2] == ({}, 0)


def test_another_sessions_box_moved_into_place_is_refused(session):
    other = session.with_name("other.toml")
    other.write_text("")
    open_box(other)
    os.rename(bb.box_path(other), bb.box_path(session))
    for call in (lambda: bb.watch_box(session), lambda: bb.read_ballot(session)):
        with pytest.raises(BallotError) as caught:
            call()
        assert caught.value.key in ("ballot.error.replaced", "ballot.error.not_genuine")


def test_a_ballot_naming_another_facilitator_than_its_owner_is_refused(session):
    open_box(session)
    path = bb.box_path(session) / "ballot.toml"
    text = path.read_text().replace(f'facilitator = "{bb.login_user()}"', 'facilitator = "anna-not-a-user"')
    assert "anna-not-a-user" in text
    path.write_text(text)
    with pytest.raises(BallotError) as caught:
        bb.read_ballot(session)
    assert caught.value.key == "ballot.error.not_genuine"


def test_a_link_or_file_in_the_boxs_place_is_refused(session, tmp_path):
    real = tmp_path / "elsewhere"
    real.mkdir()
    os.chmod(real, bb.BOX_PRIVATE_MODE)
    os.symlink(real, bb.box_path(session))
    for call in (lambda: bb.read_ballot(session), lambda: bb.watch_box(session)):
        with pytest.raises(BallotError) as caught:
            call()
        assert caught.value.key in ("ballot.error.not_genuine", "ballot.error.replaced")
    bb.discard_ballot(session)  # the link goes, not what it points to
    assert real.exists() and not os.path.lexists(bb.box_path(session))
    bb.box_path(session).write_text("a file")
    with pytest.raises(BallotError):
        bb.watch_box(session)
    bb.discard_ballot(session)
    assert not os.path.lexists(bb.box_path(session))


def test_a_cast_whose_box_is_taken_away_meanwhile_fails_and_leaves_nothing(session, monkeypatch):
    from kompas_tui.storage.ballot_folder import OpenBox

    open_box(session)
    box = bb.box_path(session)
    taken = box.with_name(".taken")
    write_temp = OpenBox.write_temp

    def write_then_take_away(self, prefix, data, mode):
        name = write_temp(self, prefix, data, mode)
        os.rename(box, taken)  # revealed (or replaced) between the check and the rename
        return name

    monkeypatch.setattr(OpenBox, "write_temp", write_then_take_away)
    with pytest.raises(BallotError) as caught:
        bb.cast(session, Ballot(dots={"Ledelse": 1}), user="anna")
    assert caught.value.key == "ballot.error.closed"
    assert sorted(os.listdir(taken)) == ["ballot.toml"]  # the temporary went too


# --- FIFOs and devices are refused without being opened ------------------------


def test_a_fifo_as_ballot_toml_is_refused_without_hanging(session):
    box = bb.box_path(session)
    box.mkdir()
    os.chmod(box, bb.BOX_PRIVATE_MODE)
    os.mkfifo(box / "ballot.toml")  # nobody ever writes into it: an open for reading would block
    for call in (lambda: bb.read_ballot(session), lambda: bb.watch_box(session)):
        with pytest.raises(BallotError) as caught:
            call()
        assert caught.value.key == "ballot.error.damaged"
    with pytest.raises(BallotError):
        bb.cast(session, Ballot(dots={}), user="anna")
    bb.discard_ballot(session)
    assert not box.exists()


def test_fifos_and_devices_named_like_ballots_are_noted_not_opened(session):
    open_box(session)
    box = bb.box_path(session)
    os.mkfifo(box / "anna.toml")
    try:
        os.mknod(box / "bo.toml", stat.S_IFCHR | 0o600, os.makedev(1, 3))  # /dev/null's numbers
        device = True
    except PermissionError:
        device = False  # not root: FIFOs only
    count = bb.count_ballots(session)
    expected = {"anna.toml": "ballot.note.not_a_ballot"} | ({"bo.toml": "ballot.note.not_a_ballot"} if device else {})
    assert note_keys(count) == expected
    assert bb.own_ballot(session, user="anna") is None
    assert bb.reveal_ballot(session)[:2] == ({}, 0)
    assert not box.exists()
