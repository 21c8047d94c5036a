"""Message catalogs. Each area keeps its strings in one module as
`MESSAGES = {key: {"da": ..., "en": ...}}`; `t()` looks a key up.

A key's first part is its module: `ui_plan.editor.title` lives in
`i18n/ui_plan.py`, so `t()` imports an area's module at the first lookup of
one of its keys and no other (`kompas check` needs a few of the areas, not
all: docs/speed.md). `catalog()` is every area, found on disk; merging
refuses a key whose first part is not its module and a key defined twice
(`CatalogError`, naming the modules; tests/test_i18n_keys.py).

Catalog strings are plain text with `str.format` fields. They are never markup:
widgets render them as text, so user values placed in them stay text too.
"""

from __future__ import annotations

import os
from importlib import import_module

LANGUAGES = ("da", "en")

_catalog: dict[str, dict[str, str]] | None = None
#: The entries of the areas looked up so far, and those areas.
_loaded: dict[str, dict[str, str]] = {}
_loaded_areas: set[str] = set()
_lang = "da"


class CatalogError(Exception):
    """A catalog module breaks the rule of one key, one module."""


def areas() -> list[str]:
    """The catalog modules of this package, by name."""
    import pkgutil

    return sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))


def area_of(key: str) -> str:
    """The module a key must live in: its first part."""
    return key.split(".", 1)[0]


def merge(modules: dict[str, dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """One catalog from each module's MESSAGES, refusing a duplicate key and a
    key whose first part is not its module."""
    merged: dict[str, dict[str, str]] = {}
    where: dict[str, str] = {}
    for area, messages in modules.items():
        for key, entry in messages.items():
            if key in where:
                raise CatalogError(f"key {key!r} is defined twice: in i18n/{where[key]}.py and i18n/{area}.py")
            if area_of(key) != area:
                raise CatalogError(f"i18n/{area}.py: key {key!r} must start with {area!r}, or move to i18n/{area_of(key)}.py")
            merged[key] = entry
            where[key] = area
    return merged


def catalog() -> dict[str, dict[str, str]]:
    """Every area's entries, checked (`merge`)."""
    global _catalog
    if _catalog is None:
        _catalog = merge({area: _messages(area) for area in areas()})
    return _catalog


def _messages(area: str) -> dict[str, dict[str, str]]:
    """The MESSAGES of one area's module; empty when there is no such area."""
    if not area.isidentifier() or area.startswith("_"):
        return {}
    name = f"{__name__}.{area}"
    try:
        return import_module(name).MESSAGES
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return {}


def entry(key: str) -> dict[str, str] | None:
    """The texts of `key` by language, or None when no catalog has it;
    only the key's own area is imported. Safe from any thread: an area is
    marked loaded only after its entries are in, and the key is looked up
    again whoever loaded it."""
    found = _loaded.get(key)
    if found is None:
        area = area_of(key)
        if area not in _loaded_areas:
            _loaded.update(_messages(area))
            _loaded_areas.add(area)
        found = _loaded.get(key)
    return found


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
    texts = entry(key)
    if texts is None:
        raise KeyError(key)
    text = texts[lang or _lang]
    return text.format(**fields) if fields else text
