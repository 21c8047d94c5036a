"""The docs name files that exist (docs/architecture.md is a map: a file
moved or renamed must take its docs along)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "kompas_tui"

#: A code span's path of our own: a module or package file (`app.py`,
#: `screens/base.py`, `src/kompas_tui/...`), a test, a benchmark or a doc.
_PATH = re.compile(r"(?<![\w./~-])((?:[a-z_]+/)*[a-z_][a-z0-9_]*\.(?:py|md|tcss))(?![\w/])")


def _named_paths(text: str) -> list[str]:
    found = []
    for span in re.findall(r"`([^`\n]+)`", text):
        if "*" in span or re.search(r"\b[A-Z]{2,}\b", span):
            continue  # a pattern or a placeholder (NAME.toml, FILE.md)
        found += _PATH.findall(span)
    return found


def _exists(path: str) -> bool:
    path = path.removeprefix("src/kompas_tui/").removeprefix("kompas_tui/")
    if (ROOT / path).exists() or (PACKAGE / path).exists():
        return True
    # A module named from its package's doc without the folder (`ballot_box.py`).
    return any(PACKAGE.rglob(path)) or any((ROOT / "tests").rglob(path)) or any((ROOT / "benchmarks").rglob(path))


def test_every_file_a_doc_names_exists():
    missing = [
        f"{doc.relative_to(ROOT)}: {path}"
        for doc in [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
        for path in _named_paths(doc.read_text(encoding="utf-8"))
        if not _exists(path)
    ]
    assert missing == []


def test_a_path_that_is_gone_is_named():
    assert _named_paths("see `widgets/step_bar.py` and `NAME.toml` and `tests/test_tui_*.py`") == [
        "widgets/step_bar.py"
    ]
    assert not _exists("widgets/no_such_widget.py")
