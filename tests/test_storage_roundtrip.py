"""Session files round-trip exactly, whatever users type (SPEC §6, §7)."""

from __future__ import annotations

import datetime as dt
import tempfile
import tomllib
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_tui.domain.dialog import Dialog, PromptNotes
from kompas_tui.domain.evaluation import ActionReview, Change, ChangeField, Round
from kompas_tui.domain.meeting import ROLES, Meeting, Participant, Preparation
from kompas_tui.domain.plan import Action, Goal, Plan, ZeroToleranceRecord
from kompas_tui.domain.report import SCALE_BOUNDS, IncidentSources, Question, Report, Theme
from kompas_tui.domain.session import Session, Step
from kompas_tui.domain.voting import Voting, VotingSettings
from kompas_tui.storage.session_file import load_session, save_session, session_to_bytes
from kompas_tui.storage.toml_io import dumps_model
from kompas_tui.toml_locations import TomlLineIndex

TRICKY = [
    "", "æøå ÆØÅ", "Trivsel & ledelse 🙂👍🏽", "[/]", "[/", "[bold]red[/bold]", "[link=x]",
    "\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "'single' \"double\"", "'''", '"""', "''''''",
    '""""', "a\\", "\\", "\\n", "line\nline", "\nleading", "trailing\n", "\n", "\r", "\r\n",
    "a\r\nb\nc", "\t tab", "\x00nul", "\x7f del", "\u2028\u2029", "\u0085", "\x9b31m",
    "\ufeffbom", "key = value", "[[measurements]]", "# comment", "\u200b zero width",
]

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.lists(st.sampled_from(TRICKY), max_size=4).map("".join),
)
#: What a facilitator types into a notes field: several lines of anything.
HOSTILE_LINES = [
    "[/]", "[/", "[bold]", "\x1b[31mrød\x1b[0m", "🙂👍🏽", "æøå ÆØÅ", "'''", '"""', '""', "\\",
    "\r", "\t", "", "# not a comment", "[[plan.actions]]", "x = 1", "\u2028",
]
notes = st.one_of(
    text,
    st.lists(st.one_of(st.sampled_from(HOSTILE_LINES), text), min_size=2, max_size=6).map("\n".join),
)
count = st.one_of(st.none(), st.integers(min_value=0, max_value=2**40))
colour = st.one_of(st.none(), st.sampled_from(["green", "yellow", "red"]))


def on_scale(low: float, high: float) -> st.SearchStrategy[float | None]:
    """A number a session may hold there (its rules on numbers): any float
    of the range, subnormals and the ends included."""
    return st.one_of(st.none(), st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False))


@st.composite
def questions(draw) -> Question:
    scale = draw(st.one_of(st.none(), st.sampled_from(["1-5", "1-7", "0-100"])))
    mean = st.none() if scale is None else on_scale(*SCALE_BOUNDS[scale])
    return Question(
        id=draw(text),
        text=draw(text),
        kind=draw(st.sampled_from(["scale", "incident"])),
        scale=scale,
        direction=draw(st.sampled_from(["high", "low"])),
        n=draw(count),
        mean=draw(mean),
        org_mean=draw(mean),
        previous_mean=draw(mean),
        colour=draw(colour),
        count_yes=draw(count),
        by_source=draw(st.one_of(
            st.none(),
            st.builds(IncidentSources, leader=count, colleagues=count, subordinates=count, citizens=count),
        )),
    )


themes = st.builds(
    Theme,
    name=text,
    number=st.one_of(st.none(), st.integers(-5, 100)),
    colour=colour,
    n=count,
    score=on_scale(0, 100),
    org_score=on_scale(0, 100),
    previous_score=on_scale(0, 100),
    questions=st.lists(questions(), max_size=3),
)


@st.composite
def reports(draw) -> Report:
    invited = draw(count)
    answered = draw(count if invited is None else st.one_of(st.none(), st.integers(0, invited)))
    return Report(
        unit=draw(text),
        measurement=draw(text),
        invited=invited,
        answered=answered,
        colour=draw(colour),
        source=draw(text),
        themes=draw(st.lists(themes, max_size=4)),
    )
# Whole-minute offsets are what TOML holds; second offsets (historic local
# times) are saved as the same instant in UTC.
offsets = st.one_of(
    st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
    st.integers(-86399, 86399).map(lambda s: dt.timezone(dt.timedelta(seconds=s))),
)
datetimes = st.datetimes(
    min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 1, 1), timezones=offsets
)
dates = st.one_of(st.none(), st.dates())
levels = st.one_of(st.none(), st.sampled_from(["low", "medium", "high"]))

dialogs = st.builds(
    Dialog,
    prompts=st.lists(
        st.builds(
            PromptNotes,
            prompt=st.one_of(st.sampled_from(["concerns", "planning", "process", "next_steps"]), text),
            notes=notes,
            timer_minutes=st.one_of(st.none(), st.integers(1, 240)),
        ),
        max_size=5,
    ),
)
votings = st.builds(
    Voting,
    settings=st.builds(
        VotingSettings,
        participants=st.one_of(st.none(), st.integers(1, 500)),
        votes_per_person=st.one_of(st.none(), st.integers(1, 100)),
        max_per_theme=st.one_of(st.none(), st.integers(1, 100)),
        top_n=st.integers(1, 20),
    ),
    added_themes=st.lists(text, max_size=3),
    # Theme names are the keys: any text, written as quoted TOML keys.
    dots=st.dictionaries(text, st.integers(0, 50_000), max_size=5),
    chosen=st.one_of(st.none(), st.lists(text, max_size=4)),
)
plans = st.builds(
    Plan,
    goals=st.lists(
        st.builds(
            Goal,
            theme=text,
            own_rating=st.one_of(st.none(), st.integers(1, 10)),
            target=notes,
            looks_like=notes,
            how_we_notice=notes,
            by_when=dates,
            reached=dates,
        ),
        max_size=3,
    ),
    actions=st.lists(
        st.builds(
            Action,
            id=text,
            theme=text,
            what=notes,
            owner=text,
            deadline=dates,
            follow_up=text,
            first_step=notes,
            effort=levels,
            benefit=levels,
            status=st.sampled_from(["not_started", "in_progress", "done", "adjusted", "dropped"]),
        ),
        max_size=4,
    ),
    zero_tolerance=st.builds(ZeroToleranceRecord, text=notes, recorded=dates),
    next_follow_up=dates,
    follow_up_by=text,
    work_group=st.lists(text, max_size=3),
)
people = st.lists(
    st.builds(Participant, name=text, role=st.one_of(st.none(), st.sampled_from(ROLES))), max_size=4
)
meetings = st.builds(Meeting, date=dates, place=text, participants=people)
preparations = st.builds(Preparation, date=dates, by=st.lists(text, max_size=3), notes=notes)
statuses = st.sampled_from(["not_started", "in_progress", "done", "adjusted", "dropped"])
reviews = st.builds(ActionReview, action=text, was=statuses, status=statuses, note=notes)
changes = st.builds(
    Change,
    action=st.one_of(st.none(), text),
    goal=st.one_of(st.none(), text),
    field=st.sampled_from(get_args(ChangeField)),
    before=notes,
    after=notes,
)
rounds = st.builds(
    Round,
    opened=st.dates(),
    closed=dates,
    participants=people,
    notes=notes,
    next_follow_up=dates,
    measurement=st.none(),  # set in `sessions`, to one of the session's measurements
    zero_tolerance=st.one_of(st.none(), st.builds(ZeroToleranceRecord, text=notes, recorded=dates)),
    reviews=st.lists(reviews, max_size=4),
    changes=st.lists(changes, max_size=4),
)


@st.composite
def sessions(draw) -> Session:
    first = draw(reports())
    session = Session.start(first, language=draw(st.sampled_from(["da", "en"])), unit=draw(st.one_of(st.none(), text)))
    session.measurements = [first, *draw(st.lists(reports(), max_size=2))]
    session.created = draw(datetimes)
    session.updated = draw(datetimes)
    session.step = draw(st.sampled_from(get_args(Step)))
    session.preparation = draw(preparations)
    session.meeting = draw(meetings)
    session.dialog = draw(dialogs)
    session.voting = draw(votings)
    session.plan = draw(plans)
    drawn = draw(st.lists(rounds, max_size=3))
    # As the session requires: only the last round may be open, and a
    # round's measurement is one of the session's later ones.
    later = range(1, len(session.measurements))
    session.rounds = [
        item.model_copy(
            update={
                "closed": item.closed or (item.opened if n < len(drawn) - 1 else None),
                "measurement": draw(st.one_of(st.none(), st.sampled_from(later))) if later else None,
            }
        )
        for n, item in enumerate(drawn)
    ]
    return session


SETTINGS = settings(max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(sessions())
def test_any_session_survives_save_and_load(session: Session) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.toml"
        save_session(session, path)
        raw = path.read_bytes()
        tomllib.loads(raw.decode("utf-8"))  # valid TOML
        loaded = load_session(path)
    assert loaded == session
    # Stable bytes: what was loaded serialises to exactly what was saved.
    assert session_to_bytes(loaded) == raw


@settings(SETTINGS, max_examples=40)  # every theme of every measurement in each session
@given(sessions())
def test_line_index_finds_every_theme_name(session: Session) -> None:
    text = dumps_model(session)
    lines = text.split("\n")
    index = TomlLineIndex(text)
    for m, report in enumerate(session.measurements):
        for n, theme in enumerate(report.themes):
            line = index.line_of(("measurements", m, "themes", n, "name"))
            assert line is not None
            assert lines[line - 1].startswith("name = ")
            if "\n" not in theme.name:
                assert tomllib.loads(lines[line - 1])["name"] == theme.name


#: The session's fields that are tables in the file, in field order.
TABLES = ("measurements", "preparation", "meeting", "dialog", "voting", "plan", "rounds")


def test_keys_follow_model_field_order() -> None:
    session = Session.start(Report(unit="U", themes=[Theme(name="T")]))
    text = dumps_model(session)
    top_keys = [line.split(" = ")[0] for line in text.split("\n\n")[0].splitlines()]
    # An empty list of tables is a plain value: `rounds = []` until the first round.
    assert top_keys == [k for k in Session.model_fields if k not in TABLES] + ["rounds"]
    assert list(Session.model_fields)[-len(TABLES):] == list(TABLES)
    headers = [line for line in text.splitlines() if line.startswith("[") and "." not in line]
    assert headers == ["[[measurements]]", "[preparation]", "[meeting]", "[dialog]", "[voting]", "[plan]"]
    assert dumps_model(session) == text


def test_notes_with_newlines_are_multiline_strings() -> None:
    session = Session.start(Report(unit="U", themes=[Theme(name="første linje\nanden linje")]))
    text = dumps_model(session)
    assert 'name = """\nførste linje\nanden linje"""' in text


def test_crlf_survives_exactly_in_a_multiline_string() -> None:
    session = Session.start(Report(unit="U", themes=[Theme(name="a\r\nb\nc")]))
    text = dumps_model(session)
    assert 'name = """\na\\r\nb\nc"""' in text
    assert tomllib.loads(text)["measurements"][0]["themes"][0]["name"] == "a\r\nb\nc"


def test_escape_sequences_are_visible_escapes_in_the_file() -> None:
    text = dumps_model(Session.start(Report(unit="\x1b[31mrød\x07")))
    assert 'unit = "\\u001b[31mrød\\u0007"' in text


def test_lists_of_tables_are_always_sections() -> None:
    """Short entries are not inlined, so one long entry cannot re-layout the list."""
    short = Session.start(Report(unit="U", themes=[Theme(name="A"), Theme(name="B")]))
    text = dumps_model(short)
    assert text.count("[[measurements.themes]]") == 2
    longer = short.model_copy(deep=True)
    longer.measurements[0].themes[1].name = "B" * 200
    before, after = text.split("\n"), dumps_model(longer).split("\n")
    assert [i for i, (x, y) in enumerate(zip(before, after)) if x != y] == [before.index('name = "B"')]


def test_empty_sub_tables_and_arrays_survive() -> None:
    from kompas_tui.storage.toml_io import dumps

    data = {"a": {}, "b": [], "c": {"d": {}}, "e": [[1, 2], ["x\ny"]], "f": [{"g": 1}], "h": [[{"i": "j"}]]}
    assert tomllib.loads(dumps(data)) == data


def test_lone_surrogates_are_saved_as_replacement_characters(tmp_path: Path) -> None:
    session = Session.start(Report(unit="bad \udce6 byte"))
    save_session(session, tmp_path / "s.toml")
    assert load_session(tmp_path / "s.toml").unit == "bad \ufffd byte"


def test_datetimes_keep_their_offset(tmp_path: Path) -> None:
    session = Session.start(Report(unit="U"))
    created = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    session.created = created
    save_session(session, tmp_path / "s.toml")
    loaded = load_session(tmp_path / "s.toml")
    assert loaded.created == created
    assert loaded.created.utcoffset() == dt.timedelta(hours=1)
    assert "created = 2026-03-01T09:30:00+01:00" in (tmp_path / "s.toml").read_text()


def test_documented_example_is_exactly_what_kompas_writes(tmp_path: Path) -> None:
    import re

    doc = (Path(__file__).resolve().parents[1] / "docs" / "session-format.md").read_text()
    example = re.search(r"```toml\n(.*?)```", doc, re.S).group(1)
    path = tmp_path / "example.toml"
    path.write_text(example)
    assert session_to_bytes(load_session(path)).decode() == example


@given(sessions())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_writers_walk_of_a_session_is_pydantics_dump(session: Session) -> None:
    from kompas_tui.storage.toml_io import model_to_data

    assert model_to_data(session) == session.model_dump(mode="python", exclude_none=True)


def test_a_new_round_is_appended_and_earlier_rounds_are_never_rewritten(tmp_path: Path) -> None:
    """Why two versions diff well: the plan's edited lines and the new
    round's lines at the end, nothing else."""
    import difflib
    import re

    from kompas_tui.domain import evaluation as ev

    def apply(session: Session, fields: dict) -> Session:
        return session.model_copy(update=fields)

    doc = (Path(__file__).resolve().parents[1] / "docs" / "session-format.md").read_text()
    path = tmp_path / "example.toml"
    path.write_text(re.search(r"```toml\n(.*?)```", doc, re.S).group(1))
    session = apply(load_session(path), ev.close_round(load_session(path), dt.date(2027, 2, 3)))
    before = session_to_bytes(session).decode().split("\n")
    session = apply(session, ev.start_round(session, dt.date(2027, 5, 4)))
    session = apply(session, ev.review_action(session, "a2", status="done", note="[/] 🙂\r\nslut"))
    session = apply(session, ev.change_action(session, "a2", "owner", "Sofie"))
    session = apply(session, ev.set_next_follow_up(session, dt.date(2027, 9, 1)))
    after = session_to_bytes(session).decode().split("\n")
    # The summary line above the trailer is rewritten on every save by design
    # (storage/session_summary.py); everything else must diff as a plan edit.
    before, after = ([line for line in lines if not line.startswith("# kompas-summary: ")] for lines in (before, after))
    first_round = before.index("[[rounds]]")
    trailer = len(before) - 2  # the trailer line, then the final newline's empty string
    assert before[trailer] == "# end of kompas session"
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        # Lines of the plan (and `step`) changed, or new lines after the last round.
        assert i2 <= first_round or (tag == "insert" and i1 in (trailer - 1, trailer)), (tag, before[i1:i2])
    assert after.count("[[rounds]]") == 2


def test_a_faster_parser_reads_the_same_and_bad_files_are_told_in_tomllibs_words(
    tmp_path: Path, monkeypatch
) -> None:
    """safe_read parses with tomli when installed; whatever it
    refuses, tomllib parses again for its messages (the catalog's keys)."""
    from kompas_tui import safe_read
    from kompas_tui.errors import InputError
    from kompas_tui.storage import problems

    calls: list[str] = []

    def fast(text: str, **options) -> dict:
        calls.append(text)
        if "broken" in text:
            raise RuntimeError("a faster parser's own error class")
        return tomllib.loads(text, **options)

    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text('a = "x"\n')
    bad.write_text("broken = \n")
    monkeypatch.setattr(safe_read, "_fast_loads", lambda: fast)
    assert problems.read_toml(good)[0] == {"a": "x"}
    with pytest.raises(InputError) as with_fast:
        problems.read_toml(bad)
    monkeypatch.setattr(safe_read, "_fast_loads", lambda: None)
    with pytest.raises(InputError) as without_fast:
        problems.read_toml(bad)
    told = [str(p) for p in with_fast.value.problems]
    assert told == [str(p) for p in without_fast.value.problems]
    assert len(calls) == 2 and len(told) == 1 and ":1:" in told[0]
