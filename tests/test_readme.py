"""CI runs the README's test command verbatim; keep the two in step."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_setup_commands():
    demo, tests = _commands()
    assert "kompas demo" in demo
    assert "pytest" in tests and "[test]" in tests


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_skips_are_explained_and_root_runs_the_unprivileged_tests_as_a_normal_user():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert " -rs" in _commands()[1]  # every skip printed with its reason
    assert "runuser -u" in ci and "-m unprivileged" in ci
