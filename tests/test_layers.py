"""The layers of the code are kept by a tool (docs/architecture.md, "Layers").

The contracts are import-linter's, in pyproject.toml: a module imports only
from the layers below its own, and only the apps, screens and widgets use
Textual. A wrong import fails here, with import-linter's own account of it.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "kompas_tui"

LINT = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    """import-linter on the package found first from `cwd`, with `cwd`'s
    pyproject.toml; no cache left behind."""
    return subprocess.run([sys.executable, "-c", LINT], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_every_import_keeps_the_layers():
    from importlib.util import find_spec

    assert find_spec("importlinter"), "import-linter is missing: .venv/bin/python -m pip install -e '.[test]'"
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_import_from_a_higher_layer_breaks_them(tmp_path: Path):
    """The contracts bite: the domain importing a screen is named."""
    copy = tmp_path / "kompas_tui"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    report = copy / "domain" / "report.py"
    report.write_text(report.read_text(encoding="utf-8") + "\nimport kompas_tui.screens.help\n", encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "kompas_tui.domain is not allowed to import kompas_tui.screens" in result.stdout
    assert "kompas_tui.domain.report -> kompas_tui.screens.help" in result.stdout


def _private_names_imported(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("kompas_tui")):
            found += [
                f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {alias.name} from {node.module}"
                for alias in node.names
                if alias.name.startswith("_") and not alias.name.startswith("__")
            ]
    return found


def test_no_module_takes_another_ones_private_names():
    """A name starting with _ is its module's own: what another module
    needs is given a public name (and so a place in the module's contract)."""
    found = [line for path in sorted(PACKAGE.rglob("*.py")) for line in _private_names_imported(path)]
    assert found == []


def test_every_command_has_its_module_and_function():
    """The registry and the parser name the same commands (a command the
    registry lacks would fail when run, not when parsed)."""
    from kompas_tui.cli import COMMANDS, build_parser, command_handler

    parser = build_parser()
    for command in COMMANDS:
        assert callable(command_handler(command)), command
        if command != "start":
            with pytest.raises(SystemExit) as exit_:
                parser.parse_args([command, "--help"])
            assert exit_.value.code == 0, command
    listed = {line.split()[0] for line in parser.format_help().splitlines() if line[:4] == "    " and line[4:5].strip()}
    assert listed == set(COMMANDS) - {"start"}


@pytest.mark.parametrize("module", ["cli_commands", "cli_overview", "cli_history"])
def test_a_command_module_runs_only_its_own_commands(module: str):
    """Each `run_*` of a command module is a command of the registry, there."""
    from importlib import import_module

    from kompas_tui.cli import COMMANDS

    runs = {name for name in vars(import_module(f"kompas_tui.{module}")) if name.startswith("run_")}
    # A run_ function imported from cli_shared (run_app) is not a command.
    runs.discard("run_app")
    assert runs == {"run_" + c.replace("-", "_") for c, where in COMMANDS.items() if where == module}


def _asked_of_the_app(path: Path) -> list[tuple[int, str]]:
    """Every `self.kompas.NAME` in a screen module, and `app.NAME` where
    `app` was taken from `self.kompas`: what the screen asks of the App."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    asked = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        aliases = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and "self.kompas" in ast.unparse(node.value):
                targets = node.targets[0]
                values = node.value
                pairs = zip(targets.elts, values.elts) if isinstance(targets, ast.Tuple) else [(targets, values)]
                aliases |= {t.id for t, v in pairs if isinstance(t, ast.Name) and ast.unparse(v) == "self.kompas"}
        for node in ast.walk(function):
            if not isinstance(node, ast.Attribute):
                continue
            owner = ast.unparse(node.value)
            if owner == "self.kompas" or owner in aliases:
                asked.append((node.lineno, node.attr))
    return asked


def test_screens_ask_the_app_only_what_kompas_host_names():
    """Screens reach the session through the store and ask the App only
    for what `screens.base.KompasHost` names (or Textual's App has): a
    screen changes without touching the App, and the App's own members
    (its store's delegations are gone) are not a screen's business."""
    from textual.app import App

    from kompas_tui.app import KompasApp
    from kompas_tui.screens.base import KompasHost

    host = {name for name in vars(KompasHost) if not name.startswith("_")} | set(KompasHost.__annotations__)
    textual = set(dir(App))
    found = [
        f"{path.name}:{line}: {name}"
        for path in sorted((PACKAGE / "screens").glob("*.py"))
        for line, name in _asked_of_the_app(path)
        if name not in host | textual
    ]
    assert found == []
    # The App has everything the protocol names (attributes are set in __init__).
    import inspect
    import re

    init = inspect.getsource(KompasApp.__init__)
    missing = [
        name for name in sorted(host) if not hasattr(KompasApp, name) and not re.search(rf"self\.{name}\b\s*[:=]", init)
    ]
    assert missing == []
