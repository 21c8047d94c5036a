"""The shared wording of file problems (kompas_tui.problem_text): files that
cannot be read and TOML syntax errors, in Danish without the operating
system's or tomllib's English, and the import layering around it."""

from __future__ import annotations

import ast
import errno
import os
import tomllib
import tomllib._parser
from pathlib import Path

import pytest

from kompas_tui.errors import InputError
from kompas_tui.i18n import catalog, set_language
from kompas_tui.problem_text import cannot_read_problem, localised_toml_detail, toml_decode_problem
from kompas_tui.storage.problems import read_toml
from kompas_tui.storage.profile import load_profile

SRC = Path(__file__).resolve().parent.parent / "src" / "kompas_tui"


def read_problem(path: Path):
    with pytest.raises(InputError) as caught:
        read_toml(path)
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    return problem


# --- files that cannot be read -------------------------------------------------

READ_ERRORS = [
    (errno.ENOENT, "Filen findes ikke.", "The file does not exist."),
    (errno.EISDIR, "Det er en mappe, ikke en fil.", "This is a folder, not a file."),
    (errno.EACCES, "Filen kan ikke læses: adgang nægtet.", "The file cannot be read: permission denied."),
    (errno.EPERM, "Filen kan ikke læses: adgang nægtet.", "The file cannot be read: permission denied."),
    (errno.ENOTDIR, "en del af stien er en fil, ikke en mappe", "part of the path is a file, not a folder"),
    (errno.ELOOP, "for mange symbolske links", "too many symbolic links"),
    (errno.EIO, "læsefejl på disken eller drevet", "the disk or drive reported a read error"),
    (errno.ENAMETOOLONG, "Filen kan ikke læses (fejlkode ENAMETOOLONG).",
     "The file cannot be read (error code ENAMETOOLONG)."),
]


@pytest.mark.parametrize(("code", "da", "en"), READ_ERRORS)
def test_cannot_read_says_why_in_the_interface_language(code, da, en):
    error = OSError(code, os.strerror(code), "f.toml")
    for lang, text in (("da", da), ("en", en)):
        set_language(lang)
        problem = cannot_read_problem("f.toml", error)
        assert problem.file == "f.toml" and problem.line is None
        assert text in problem.message, lang
        assert os.strerror(code) not in problem.message, lang


def test_cannot_read_without_an_errno_names_the_exception(danish):
    assert cannot_read_problem("f", OSError("odd")).message == "Filen kan ikke læses (fejlkode OSError)."
    assert cannot_read_problem("f", PermissionError("no")).message == "Filen kan ikke læses: adgang nægtet."


def test_missing_folder_and_not_a_folder_in_danish(tmp_path: Path, danish):
    assert read_problem(tmp_path / "nope.toml").message == "Filen findes ikke."
    assert read_problem(tmp_path).message == "Det er en mappe, ikke en fil."
    (tmp_path / "file.txt").write_text("x")
    problem = read_problem(tmp_path / "file.txt" / "kompas.toml")
    assert problem.message == "Filen kan ikke læses: en del af stien er en fil, ikke en mappe."


def test_symlink_loop(tmp_path: Path, english):
    os.symlink(tmp_path / "a.toml", tmp_path / "b.toml")
    os.symlink(tmp_path / "b.toml", tmp_path / "a.toml")
    # A session is never read through a link; a profile follows one the
    # user owns, and a loop of them is named as such.
    assert "does not follow links to sessions" in read_problem(tmp_path / "a.toml").message
    with pytest.raises(InputError) as caught:
        load_profile(tmp_path / "a.toml", tmp_path)
    assert "too many symbolic links" in caught.value.problems[0].message


def test_permission_denied_in_danish(tmp_path: Path, fail_open, danish):
    path = tmp_path / "kompas.toml"
    path.write_text("x = 1\n")
    fail_open(path, errno.EACCES)
    assert read_problem(path).message == "Filen kan ikke læses: adgang nægtet."


def test_a_missing_profile_is_explained_in_danish(tmp_path: Path, danish):
    with pytest.raises(InputError) as caught:
        load_profile(tmp_path / "org.toml", tmp_path)
    assert str(caught.value) == f"{tmp_path / 'org.toml'}: Filen findes ikke."
    with pytest.raises(InputError) as caught:
        load_profile(tmp_path, tmp_path)
    assert str(caught.value) == f"{tmp_path}: Det er en mappe, ikke en fil."


def test_absurdly_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path, english):
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    problem = read_problem(path)
    assert "nested more than 32 levels deep" in problem.message and problem.line == 1


# --- TOML syntax errors ----------------------------------------------------------


def _tomllib_messages() -> list[tuple[str, bool]]:
    """Every message tomllib raises, read from its source: (text, has values).
    Values in f-strings are filled with samples: `'b c'` for a repr, a key
    tuple `('a', 'b c')` otherwise."""
    tree = ast.parse(Path(tomllib._parser.__file__).read_text(encoding="utf-8"))
    messages = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "suffixed_err":
            message = node.args[2]
            if isinstance(message, ast.Constant):
                messages.append((message.value, False))
            else:
                assert isinstance(message, ast.JoinedStr)
                text = ""
                for part in message.values:
                    if isinstance(part, ast.Constant):
                        text += part.value
                    else:
                        text += repr("b c") if part.conversion == ord("r") else repr(("a", "b c"))
                messages.append((text, True))
    return sorted(set(messages))


TOMLLIB_MESSAGES = _tomllib_messages()


def test_tomllib_messages_were_found():
    assert len(TOMLLIB_MESSAGES) >= 20
    assert ("Invalid statement", False) in TOMLLIB_MESSAGES


@pytest.mark.parametrize(("english_text", "has_values"), TOMLLIB_MESSAGES)
def test_every_tomllib_message_is_translated(english_text, has_values):
    set_language("da")
    danish_text = localised_toml_detail(english_text)
    assert danish_text is not None, english_text
    assert danish_text != english_text
    if has_values:
        assert "b c" in danish_text, danish_text  # the value is carried over
        assert "('a'" not in danish_text, danish_text  # keys as TOML writes them
    set_language("en")
    assert localised_toml_detail(english_text) == english_text


def test_the_english_catalog_texts_are_tomllibs():
    for key, texts in catalog().items():
        if key.startswith("storage.toml:"):
            assert texts["en"] == key.removeprefix("storage.toml:"), key


def decode_error(text: str) -> tomllib.TOMLDecodeError:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    return caught.value


@pytest.mark.parametrize(
    ("text", "line", "da", "en"),
    [
        ("a = 1\nb = \n", 2, "ugyldig TOML i kolonne 5: ugyldig værdi", "invalid TOML at column 5: Invalid value"),
        (
            "[a]\nx = 1\n[a]\n",
            3,
            "ugyldig TOML i kolonne 3: tabellen [a] er allerede defineret",
            "invalid TOML at column 3: Cannot declare ('a',) twice",
        ),
        (
            "a = {b = 1, 'b c' = 2, 'b c' = 3}\n",
            1,
            "ugyldig TOML i kolonne 33: nøglen 'b c' står to gange i en inline-tabel",
            "invalid TOML at column 33: Duplicate inline table key 'b c'",
        ),
        (
            'a = "x\x07"\n',
            1,
            "ugyldig TOML i kolonne 7: ulovligt tegn '\\x07' i en tekst",
            "invalid TOML at column 7: Illegal character '\\x07'",
        ),
        ("a = 'x", 1, "ugyldig TOML: forventede \"'\", der afslutter teksten", "invalid TOML: Expected \"'\""),
        ("a = {b = 1\n", 1, "ugyldig TOML i kolonne 11: en inline-tabel er ikke lukket med }",
         "invalid TOML at column 11: Unclosed inline table"),
    ],
)
def test_syntax_errors_in_both_languages(tmp_path: Path, text, line, da, en):
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    for lang, message in (("da", da), ("en", en)):
        set_language(lang)
        problem = read_problem(path)
        assert (problem.line, problem.message) == (line, message), lang


def test_an_unknown_tomllib_message_is_generic_danish_and_kept_in_english():
    error = tomllib.TOMLDecodeError("Something new went wrong (at line 2, column 3)")
    set_language("da")
    problem = toml_decode_problem(error, "f.toml", "a\nb\n")
    assert (problem.line, problem.message) == (2, "ugyldig TOML-syntaks i kolonne 3")
    at_end = toml_decode_problem(tomllib.TOMLDecodeError("Odd (at end of document)"), "f.toml", "a\nb\n")
    assert (at_end.line, at_end.message) == (2, "ugyldig TOML-syntaks")
    set_language("en")
    problem = toml_decode_problem(error, "f.toml", "a\nb\n")
    assert problem.message == "invalid TOML at column 3: Something new went wrong"


def test_danish_syntax_errors_have_no_tomllib_english(tmp_path: Path, danish):
    samples = [
        "a = \n", "= 1\n", "a b = 1\n", "a = 1 2\n", "[a\n", "[[a]\n", "a = [1, 2\n", 'a = "\\q"\n',
        'a = "\\uZZZZ"\n', 'a = "\\uD800"\n', "a = 1979-13-01\n", "# \x07\n", "a = '''x", "a = {b = 1}\na.c = 2\n",
        "[a.b]\nx = 1\n[a]\nb.y = 2\n", "a = 1\na = 2\n", 'a = "x\n',
    ]
    for text in samples:
        error = decode_error(text)
        message = toml_decode_problem(error, "f.toml", text).message
        detail = str(error).split(" (at ")[0]
        assert detail not in message and "TOML-syntaks" not in message, (text, message)


# --- layering ------------------------------------------------------------------


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize(("package", "other"), [("storage", "importers"), ("importers", "storage")])
def test_storage_and_importers_do_not_import_each_other(package, other):
    for path in (SRC / package).glob("*.py"):
        wrong = {name for name in _imports(path) if name.startswith(f"kompas_tui.{other}")}
        assert not wrong, (path.name, wrong)


def test_problem_text_imports_neither_package():
    assert not {name for name in _imports(SRC / "problem_text.py") if name.startswith(
        ("kompas_tui.storage", "kompas_tui.importers"))}

