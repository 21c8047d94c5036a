"""Both catalogs are complete: every string in Danish and English, with the
same fields, and every key the code asks for exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from kompas_tui.i18n import LANGUAGES, catalog

SRC = Path(__file__).resolve().parent.parent / "src" / "kompas_tui"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(catalog()))
def test_every_message_is_in_both_languages_with_the_same_fields(key):
    entry = catalog()[key]
    assert set(entry) == set(LANGUAGES)
    assert all(entry[lang].strip() for lang in LANGUAGES), key
    if not key.startswith("cli.argparse:"):
        assert _fields(entry["da"]) == _fields(entry["en"]), key


def test_every_literal_key_used_in_the_code_exists():
    pattern = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")
    used = {key for path in SRC.rglob("*.py") for key in pattern.findall(path.read_text(encoding="utf-8"))}
    missing = sorted(used - set(catalog()))
    assert not missing, missing
    assert len(used) > 50


def test_every_literal_message_and_plural_key_exists():
    """Keys given to a `Message`, a refusal or `plural` (domain/message.py)
    exist; a plural's key in both its forms."""
    refusals = r"(?:Message|voting_message|Refusal|VotingRefused|RoundRefused|BallotError|DateError|_note)"
    single = re.compile(rf"""\b{refusals}\(\s*(?:name,\s*)?["']([a-z_]+\.[a-z0-9_.]+)["']""")
    counted = re.compile(r"""\bplural\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")
    texts = [path.read_text(encoding="utf-8") for path in SRC.rglob("*.py")]
    used = {key for text in texts for key in single.findall(text)}
    plurals = {key for text in texts for key in counted.findall(text)}
    missing = sorted(used - set(catalog()))
    missing += sorted(f"{key}.{form}" for key in plurals for form in ("one", "other") if f"{key}.{form}" not in catalog())
    assert not missing, missing
    assert len(used) > 50 and len(plurals) > 10
