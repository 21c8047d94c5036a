"""The one safe reader at the storage boundary (kompas_tui/safe_read.py,
SPEC §7): special files refused without being opened, links not followed,
sizes and TOML structure bounded before parsing, NaN and infinity refused,
each as one clear problem naming file, line and key. Hypothesis throws
hostile TOML at it and at every reader built on it."""

from __future__ import annotations

import math
import os
import socket
import stat
import threading
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_tui import safe_read
from kompas_tui.errors import InputError
from kompas_tui.safe_read import BALLOT, PROFILE, REPORT, SESSION, Limit, RefusedFile, parse_toml, read_file
from kompas_tui.storage.toml_io import dumps

SMALL = Limit("safe_read.kind.session", 4096, max_depth=4, max_key_parts=3, max_items=50)


def refused(call, *args, **kwargs) -> RefusedFile:
    with pytest.raises(RefusedFile) as caught:
        call(*args, **kwargs)
    return caught.value


def finishes(call, seconds: float = 10.0):
    """Run `call` in a thread; fail (instead of hanging the suite) when it
    has not returned in `seconds`. Returns what it returned or raised."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked: the reader waited on the file"
    return result[0]


# --- what is at the name ---------------------------------------------------


def test_a_fifo_is_refused_at_once_without_a_writer(tmp_path: Path, english) -> None:
    fifo = tmp_path / "x.toml"
    os.mkfifo(fifo)
    outcome = finishes(lambda: read_file(fifo, SESSION))
    assert isinstance(outcome, RefusedFile) and outcome.reason == "not_regular"
    assert str(outcome) == f"{fifo}: This is not a regular file but a named pipe (FIFO); kompas does not read it."


def test_a_device_and_a_socket_are_refused(tmp_path: Path, english, monkeypatch) -> None:
    assert "a device" in str(refused(read_file, "/dev/zero", SESSION))
    path = tmp_path / "s.toml"
    server = socket.socket(socket.AF_UNIX)
    monkeypatch.chdir(tmp_path)  # bound by a relative name: a socket's path is at most 107 bytes
    try:
        server.bind("s.toml")
        assert "a socket" in str(refused(read_file, path, SESSION))
    finally:
        server.close()


def test_a_folder_is_named_as_one(tmp_path: Path, english) -> None:
    assert refused(read_file, tmp_path, SESSION).problems[0].message == "This is a folder, not a file."


def test_a_link_is_never_followed_for_a_session(tmp_path: Path, english) -> None:
    target = tmp_path / "private.toml"
    target.write_text("secret = 1\n")
    link = tmp_path / "team.toml"
    link.symlink_to(target)
    problem = refused(read_file, link, SESSION)
    assert problem.reason == "link" and "symbolic link" in str(problem)
    assert read_file(target, SESSION) == b"secret = 1\n"


def test_a_report_follows_only_a_link_the_user_owns(tmp_path: Path, english) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"enhed;tema\n")
    mine = tmp_path / "mine.csv"
    mine.symlink_to(target)
    assert read_file(mine, REPORT, links="own") == b"enhed;tema\n"
    if os.geteuid() != 0:
        pytest.skip("making a link owned by another user needs root")
    theirs = tmp_path / "theirs.csv"
    theirs.symlink_to(target)
    os.lchown(theirs, 65534, 65534)  # nobody
    problem = refused(read_file, theirs, REPORT, links="own")
    assert problem.reason == "link" and "another user made" in str(problem)


def test_a_link_to_a_fifo_is_refused_even_when_own(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "r.csv"
    link.symlink_to(fifo)
    outcome = finishes(lambda: read_file(link, REPORT, links="own"))
    assert isinstance(outcome, RefusedFile) and outcome.reason == "not_regular"


def test_a_file_above_the_limit_is_refused_before_reading(tmp_path: Path, english) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * (BALLOT.max_bytes + 1))
    problem = refused(read_file, path, BALLOT)
    assert problem.reason == "too_big"
    assert str(problem) == f"{path}: The file is too big: a ballot is at most 64 KB."
    path.write_bytes(b"#" * BALLOT.max_bytes)
    assert len(read_file(path, BALLOT)) == BALLOT.max_bytes


def test_a_missing_file_keeps_the_systems_reason(tmp_path: Path, danish) -> None:
    problem = refused(read_file, tmp_path / "nope.toml", SESSION)
    assert problem.reason == "unreadable" and isinstance(problem.cause, FileNotFoundError)
    assert problem.problems[0].message == "Filen findes ikke."


def _saves_during_the_open(monkeypatch, path: Path, contents: list[bytes]) -> None:
    """Each of the next opens of `path` meets a save: the name is replaced
    by a new file (write and rename, as storage/atomic.py saves) after the
    reader looked at it and before it opens it."""
    real_open = os.open
    pending = list(contents)

    def open_after_a_save(name, flags, *args):
        if pending and os.fspath(name) == os.fspath(path):
            fresh = path.with_name(".fresh.tmp")
            fresh.write_bytes(pending.pop(0))
            os.replace(fresh, path)
        return real_open(name, flags, *args)

    monkeypatch.setattr(safe_read.os, "open", open_after_a_save)


def test_a_file_saved_while_it_is_opened_is_read_as_saved(tmp_path: Path, monkeypatch) -> None:
    """A reader that meets a save (HR's folder scan while a facilitator
    saves) looks again and reads the new file, whole, not "try again"."""
    path = tmp_path / "s.toml"
    path.write_bytes(b"old = 1\n")
    _saves_during_the_open(monkeypatch, path, [b"new = 2\n"])
    assert read_file(path, SESSION) == b"new = 2\n"


def test_a_name_swapped_on_every_look_is_refused(tmp_path: Path, monkeypatch, english) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes(b"old = 1\n")
    _saves_during_the_open(monkeypatch, path, [b"x = %d\n" % n for n in range(safe_read.OPEN_ATTEMPTS)])
    problem = refused(read_file, path, SESSION)
    assert problem.reason == "not_regular" and "replaced while it was being opened" in problem.problems[0].message


def test_the_limits_leave_room_for_the_biggest_session() -> None:
    """The numbers the docstring gives: a 200-action, 20-round session
    reviewing every action each round is 0.55 MB with about 30,000 items."""
    assert SESSION.max_bytes >= 10 * 550_000 and SESSION.max_items >= 10 * 30_000
    assert PROFILE.max_bytes < REPORT.max_bytes < SESSION.max_bytes


# --- structure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a = " + "[" * 5 + "]" * 5 + "\n", 1, "nested more than 4 levels"),
        ("x = 1\n\nb = " + "{ c = " * 5 + "1" + " }" * 5 + "\n", 3, "nested more than 4 levels"),
        ("[a.b.c.d]\n", 1, "more than 3 parts"),
        ('x = "a.b.c.d.e"\n[[a . "b" . c . d]]\n', 2, "more than 3 parts"),
        ('t = """\n\n"""\ny = { a.b.c.d = 1 }\n', 4, "more than 3 parts"),
    ],
)
def test_structure_beyond_the_limits_is_one_problem_with_its_line(text: str, line: int, words: str, english) -> None:
    problem = refused(parse_toml, text, "f.toml", SMALL)
    assert problem.reason == "structure"
    (only,) = problem.problems
    assert only.file == "f.toml" and only.line == line and words in only.message


def test_too_many_items_is_refused_before_parsing(english) -> None:
    text = "a = [" + "1," * 60 + "]\n"
    problem = refused(parse_toml, text, "f.toml", SMALL)
    assert problem.reason == "structure" and "more than 50 keys, values and tables" in str(problem)


def test_strings_and_comments_are_not_structure() -> None:
    text = (
        'a = "[[[[[[ a.b.c.d.e nan inf ,,,,"\n'
        "b = '{{{{{{ x.y.z.w'\n"
        'c = """\n[[[[[[\n\\"""\n a.b.c.d.e """\n'
        "d = '''\n{{{{{{ '''\n"
        "# [[[[[[[[ a.b.c.d.e.f = nan\n"
        "inf = 1\n"
        "nan.x = 2\n"
    )
    assert parse_toml(text, "f.toml", SMALL) == tomllib.loads(text)


@pytest.mark.parametrize(
    ("text", "line", "field", "found"),
    [
        ("mean = inf\n", 1, "mean", "inf"),
        ("x = 1\nmean = -nan\n", 2, "mean", "-nan"),
        ("[[themes]]\nname = 'a'\n[[themes]]\nscore = +inf\n", 4, "themes[1].score", "+inf"),
        ("a = [1.5, 2.0,\n  nan]\n", 1, "a[2]", "nan"),
        ("t = { u = { v = inf } }\n", 1, "t.u.v", "inf"),
    ],
)
def test_nan_and_infinity_are_refused_with_line_and_key(text: str, line: int, field: str, found: str, english) -> None:
    problem = refused(parse_toml, text, "f.toml", SESSION)
    assert problem.reason == "non_finite"
    (only,) = problem.problems
    assert (only.line, only.field, only.found) == (line, field, found)
    assert str(only) == f"f.toml:{line}: field '{field}': expected a finite number, found {found}"


def test_every_nan_is_named_up_to_ten() -> None:
    text = "".join(f"k{n} = nan\n" for n in range(25))
    problem = refused(parse_toml, text, "f.toml", SESSION)
    assert [p.field for p in problem.problems] == [f"k{n}" for n in range(10)]


def test_syntax_errors_keep_their_line(english) -> None:
    problem = refused(parse_toml, 'a = 1\nb = "open\n', "f.toml", SESSION)
    assert problem.reason == "syntax" and problem.problems[0].line == 2


# --- hypothesis: hostile structure, and nothing within bounds refused ------

FRAGMENTS = [
    "[", "]", "{", "}", "[[", "]]", ",", "=", ".", " ", "\n", "a", "b.c", '"', "'", '"""', "'''", "\\", "#",
    "nan", "inf", "-inf", "+nan", "1.5", "1e400", "x = ", "[a.b]", "{ a = 1 }", "\r\n", "\x00", "ø", "\t",
]


@st.composite
def hostile_pieces(draw) -> str:
    """Pieces of TOML syntax, and runs of them: deep brackets, long dotted
    keys, many items, NaN and infinity, open strings."""
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        piece = draw(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)))
        parts.append(piece * draw(st.sampled_from([1, 1, 2, 5, 40, 400])))
    return "".join(parts)


@st.composite
def hostile_statements(draw) -> str:
    """Valid TOML lines of hostile shape: values nested n deep, keys of n
    dotted parts, long arrays, NaN and infinity in any place."""
    lines = []
    for number in range(draw(st.integers(1, 8))):
        n = draw(st.sampled_from([1, 1, 1, 2, 2, 3, 4, 5, 8, 40, 2000]))
        value = draw(st.sampled_from(["nan", "-inf", "1.5", '"s"', "[]", "{}", "'a.b.c.d.e'", "inf"]))
        shape = draw(st.sampled_from(["array", "inline", "dotted", "header", "long", "plain"]))
        key = f"k{number}"
        if shape == "array":
            lines.append(f"{key} = {'[' * n}{value}{']' * n}")
        elif shape == "inline":
            lines.append(f"{key} = {'{ a = ' * n}{value}{' }' * n}")
        elif shape == "dotted":
            lines.append(f"{key}.{'.'.join(['p'] * n)} = {value}")
        elif shape == "header":
            lines.append(f"[{key}.{'.'.join(['h'] * n)}]\nv = {value}")
        elif shape == "long":
            lines.append(f"{key} = [{', '.join([value] * n)}]")
        else:
            lines.append(f"{key} = {value}")
    # Tables last, so the plain keys before them stay at the top level.
    lines.sort(key=lambda line: line.startswith("["))
    return "\n".join(lines) + "\n"


def hostile_toml():
    return st.one_of(hostile_pieces(), hostile_statements())


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(hostile_toml())
def test_any_text_is_parsed_or_refused_as_a_problem(text: str) -> None:
    try:
        data = parse_toml(text, "f.toml", SMALL)
    except InputError as exc:
        assert exc.problems and all(p.file == "f.toml" for p in exc.problems)
        return
    # Accepted: the pre-scan changed nothing, and nothing is beyond the
    # bounds (the root table, then a table header and a key each add dotted
    # parts of tables, and so may every nested inline table).
    assert data == tomllib.loads(text)
    assert _depth(data) <= 1 + (SMALL.max_depth + 2) * SMALL.max_key_parts and not _has_non_finite(data)


def test_the_deepest_accepted_file_is_within_the_fuzz_tests_bound() -> None:
    """The bound above is reached, not guessed: an array-of-tables header of
    the most parts, a dotted key and inline tables to the bracket limit, each
    with a dotted key of the most parts (found by hypothesis)."""
    inner = "1"
    for _ in range(SMALL.max_depth):
        inner = "{p.q.r = " + inner + "}"
    data = parse_toml(f"[[a.b.c]]\nx.y.z = {inner}\n", "f.toml", SMALL)
    assert _depth(data) == 1 + (SMALL.max_depth + 2) * SMALL.max_key_parts


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


def _has_non_finite(value: object) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(map(_has_non_finite, value.values()))
    if isinstance(value, list):
        return any(map(_has_non_finite, value))
    return False


KEYS = st.one_of(st.sampled_from(["a", "b-c", "x_1", "a.b", "'", '"', "[", "# x", "", "ø"]), st.text(max_size=6))
SCALARS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(['"""', "'''", '\\"', "\\", "a.b.c.d.e.f", "[[[[[[", "{{{{", "nan", "# c", "\n\n", "\r\n"]),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)


def documents(depth: int):
    values = st.recursive(
        SCALARS,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
        max_leaves=12,
    )
    return st.dictionaries(KEYS, values, max_size=5).filter(lambda doc: _depth(doc) <= depth)


@FUZZ
@given(documents(depth=6))
def test_no_document_within_the_limits_is_refused(doc: dict) -> None:
    """Whatever kompas's writer (toml_io) and tomli_w write, the pre-scan
    lexes as the parser does: strings with quotes, brackets, dots,
    backslashes and newlines are never mistaken for structure."""
    for text in (dumps(doc), tomli_w.dumps(doc), tomli_w.dumps(doc, multiline_strings=True)):
        assert parse_toml(text, "f.toml", SESSION) == tomllib.loads(text)


# --- every reader, on hostile files ----------------------------------------


@FUZZ
@given(text=hostile_toml())
def test_every_toml_reader_tells_a_problem_never_a_traceback(text: str) -> None:
    from kompas_tui.domain.profile import DEFAULT_PROFILE
    from kompas_tui.importers import load_report
    from kompas_tui.storage.folder_scan import FolderProblem, read_unit
    from kompas_tui.storage.profile import load_profile
    from kompas_tui.storage.session_file import load_session

    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        for read in (load_session, lambda p: load_profile(p, folder), load_report):
            try:
                read(path)
            except InputError as exc:
                assert exc.problems
        assert isinstance(read_unit(path, DEFAULT_PROFILE), FolderProblem)
        try:
            safe_read.parse_toml_bytes(path.read_bytes(), "ballot", BALLOT)
        except InputError as exc:
            assert exc.problems


def test_a_huge_hostile_session_costs_a_line_not_a_crash(tmp_path: Path, english) -> None:
    """The issue's files: 100,000 brackets; a 15,000-part dotted header; a
    32,000-part dotted key (as in a ballot); a FIFO. Each is one problem."""
    from kompas_tui.storage.session_file import load_session

    cases = {
        "deep.toml": "x = " + "[" * 100_000 + "]" * 100_000 + "\n",
        "header.toml": "[" + ".".join(["a"] * 15_000) + "]\n",
        "key.toml": ".".join(["k"] * 32_000) + " = 1\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text)
        problem = refused(load_session, path)
        assert len(problem.problems) == 1 and problem.problems[0].line == 1, name
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    outcome = finishes(lambda: load_session(fifo))
    assert isinstance(outcome, RefusedFile) and stat.S_ISFIFO(os.lstat(fifo).st_mode)
