"""Catalogs you can find: a key's first part is its module, no key is defined
twice, and no key is left that nothing asks for.

A key is used when its literal is in the code (`src/`, outside the catalogs),
or its plural's stem is (`plural("x.y", n)` asks for `x.y.one`/`x.y.other`),
or it is built where the code builds keys:

- an f-string key, `t(f"ui_overview.col.{column}")`: the f-string is the
  pattern, each `{...}` a wildcard, and each part a wildcard stands for must
  itself be a literal in the code (the table of columns, the Literal of
  statuses) or a number (months);
- a literal prefix ending in ":" joined to another library's text
  (`"cli.argparse:" + message`, `"storage.toml:" + detail`): those keys
  translate argparse's and tomllib's own messages.
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

import pytest

from kompas_tui.i18n import CatalogError, areas, catalog, merge

SRC = Path(__file__).resolve().parent.parent / "src" / "kompas_tui"
QUOTED = re.compile(r"""(?<=["'])([^"'\n]*)(?=["'])""")
FIELD = re.compile(r"\{[^{}]*\}")


def _literals() -> set[str]:
    """Every quoted text in the code outside the catalogs (inside f-strings too)."""
    texts = [path.read_text(encoding="utf-8") for path in SRC.rglob("*.py") if "i18n" not in path.parts]
    return {found for text in texts for found in QUOTED.findall(text)}


def _patterns(literals: set[str], keys: set[str]) -> list[re.Pattern[str]]:
    """The keys the code builds: f-string keys and prefixes ending in ':'."""
    patterns = []
    for text in literals:
        head = FIELD.split(text)[0]
        if not re.match(r"[a-z_]+[.:]", head) or not any(key.startswith(head) for key in keys):
            continue
        if "{" in text and text.count("{") == len(FIELD.findall(text)):
            patterns.append(re.compile("(.+?)".join(map(re.escape, FIELD.split(text))) + "$"))
        elif text.endswith(":") and text not in keys:
            patterns.append(re.compile(re.escape(text) + ".+$", re.DOTALL))
    return patterns


def _used(key: str, literals: set[str], patterns: list[re.Pattern[str]]) -> bool:
    stem, _, form = key.rpartition(".")
    if key in literals or (form in ("one", "other") and stem in literals):
        return True
    for pattern in patterns:
        if (match := pattern.match(key)) and all(part in literals or part.isdigit() for part in match.groups()):
            return True
    return False


def test_no_key_is_left_that_nothing_asks_for():
    keys = set(catalog())
    literals = _literals()
    patterns = _patterns(literals, keys)
    unused = sorted(key for key in keys if not _used(key, literals, patterns))
    assert not unused, unused
    assert len(patterns) > 40


def test_the_unused_check_can_fail():
    literals = {"ui.title", "ui_overview.col.{column}", "unit", "cli.argparse:"}
    patterns = _patterns(literals, {"ui_overview.col.unit", "cli.argparse:usage: "})
    assert _used("ui.title", literals, patterns)
    assert _used("ui_overview.col.unit", literals, patterns)
    assert _used("cli.argparse:usage: ", literals, patterns)
    assert not _used("ui_overview.col.colour", literals, patterns)  # "colour" is no literal
    assert not _used("ui.other", literals, patterns)


@pytest.mark.parametrize("area", areas())
def test_every_key_starts_with_its_module(area):
    messages = import_module(f"kompas_tui.i18n.{area}").MESSAGES
    strays = [key for key in messages if key.split(".", 1)[0] != area]
    assert not strays, f"i18n/{area}.py: {strays}"


@pytest.mark.parametrize("area", areas())
def test_no_key_is_written_twice_in_a_module(area):
    """Python keeps the last of two equal keys in a dict literal, silently."""
    import ast

    tree = ast.parse((SRC / "i18n" / f"{area}.py").read_text(encoding="utf-8"))
    keys = [
        node.value
        for dict_node in ast.walk(tree)
        if isinstance(dict_node, ast.Dict)
        for node in dict_node.keys
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value
    ]
    assert len(keys) == len(set(keys)) == len(import_module(f"kompas_tui.i18n.{area}").MESSAGES), area


def test_the_areas_are_found_not_listed():
    found = set(areas())
    files = {path.stem for path in (SRC / "i18n").glob("*.py")} - {"__init__"}
    assert found == files
    assert {"ui", "ui_plan", "export", "date"} <= found


def test_merging_refuses_a_key_defined_twice_naming_both_modules():
    text = {"da": "x", "en": "x"}
    with pytest.raises(CatalogError, match=r"i18n/ui\.py and i18n/ui_plan\.py") as caught:
        merge({"ui": {"ui.title": text}, "ui_plan": {"ui.title": text}})
    assert "'ui.title'" in str(caught.value)


def test_merging_refuses_a_key_outside_its_module():
    text = {"da": "x", "en": "x"}
    with pytest.raises(CatalogError, match=r"i18n/ui_plan\.py: key 'ui\.plan\.title' must start with 'ui_plan'"):
        merge({"ui_plan": {"ui.plan.title": text}})
    assert merge({"ui_plan": {"ui_plan.title": text}}) == {"ui_plan.title": text}
