"""Message catalogs. Each area keeps its strings in one module as
`MESSAGES = {key: {"da": ..., "en": ...}}`; `t()` looks a key up.

Catalog strings are plain text with `str.format` fields. They are never markup:
widgets render them as text, so user values placed in them stay text too.
"""

from __future__ import annotations

import os
from importlib import import_module

LANGUAGES = ("da", "en")
AREAS = (
    *("ui", "domain", "errors", "cli", "storage", "system"),
    *("dialog", "voting", "plan", "ui_dialog", "ui_voting", "ui_plan", "ui_summary"),
    *("evaluation", "ui_evaluation", "comparison", "ui_comparison", "export_rounds"),
    *("folder", "cli_overview", "ui_review", "ui_overview"),
    *("ballot", "ui_join", "ui_live", "safe_read", "ui_unsaved"),
    *("history", "ui_history"),
    *("meeting", "ui_meeting"),
)

_catalog: dict[str, dict[str, str]] | None = None
_lang = "da"


def catalog() -> dict[str, dict[str, str]]:
    global _catalog
    if _catalog is None:
        merged: dict[str, dict[str, str]] = {}
        for area in AREAS:
            merged.update(import_module(f"kompas_tui.i18n.{area}").MESSAGES)
        _catalog = merged
    return _catalog


def set_language(lang: str) -> None:
    global _lang
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _lang = lang


def language() -> str:
    return _lang


def resolve_language(cli_value: str | None) -> str:
    """--lang wins over KOMPAS_LANG, which wins over Danish."""
    value = cli_value or os.environ.get("KOMPAS_LANG") or "da"
    return value if value in LANGUAGES else "da"


def t(key: str, lang: str | None = None, /, **fields: object) -> str:
    entry = catalog()[key]
    text = entry[lang or _lang]
    return text.format(**fields) if fields else text
