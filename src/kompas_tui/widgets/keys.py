"""Localized key bindings, and the list of keys the help screen and the
command palette are generated from.

Textual reads `BINDINGS` when a class is created, long before `--lang` is
known. So our `BINDINGS` carry catalog keys ("ui.key.help") as descriptions and
tooltips, and `active_keys` (what the Footer, the help screen and the
palette show) puts in the text of the interface language. The class stays
a plain declarative list. See docs/ui.md.

Our bindings all have an `id` ("app.help", "report.back", …): that marks
them as ours for the help screen and the palette (Textual's built-in widget
bindings carry English descriptions and no id), and lets a keymap rebind
them later.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual.binding import ActiveBinding, Binding, BindingsMap
from textual.keys import REPLACED_KEYS, key_to_character

from kompas_tui.i18n import catalog, t

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen


def _translate(text: str) -> str:
    return t(text) if text in catalog() else text


def localized(binding: Binding) -> Binding:
    """`binding` with its catalog-key description and tooltip in the
    current language (other texts, Textual's own, stay as they are)."""
    if not (binding.description or binding.tooltip):
        return binding
    return replace(binding, description=_translate(binding.description), tooltip=_translate(binding.tooltip))


def typed_character(key: str) -> str | None:
    """The visible character a key name stands for ("plus" → "+", "a",
    "question_mark" → "?"), or None (arrows, function keys, space)."""
    character = key_to_character(REPLACED_KEYS.get(key, key))
    if character is None or not character.isprintable() or character.isspace():
        return None
    return character


def _long_key(key: str) -> str | None:
    """"ctrl+q" rather than the Footer's "^q": the help is for newcomers."""
    return key if key.startswith("ctrl+") else None


@dataclass(frozen=True)
class KeyHelp:
    """One action and the keys that run it, as the help screen lists it."""

    keys: tuple[str, ...]
    description: str
    tooltip: str
    action: str
    namespace: DOMNode
    enabled: bool
    #: Shown in the Footer (the help lists those first).
    in_footer: bool = False


def active_keys(screen: Screen[Any]) -> dict[str, ActiveBinding]:
    """Key → binding for every key that works on `screen` now: its focused
    widget's, the screen's and the app's, in that order, in the interface
    language. A dialog's own chain stops at the dialog, but the app's
    priority keys (ctrl+q) still work there, so they are added."""
    app = screen.app
    active = {
        key: ActiveBinding(entry.node, localized(entry.binding), entry.enabled, _translate(entry.tooltip))
        for key, entry in screen.active_bindings.items()
    }
    # The app's own BINDINGS are its whole list: both apps inherit none.
    for key, binding in BindingsMap(app.BINDINGS):
        if binding.priority and key not in active and binding.id:
            if app.check_action(binding.action.split("(")[0], ()) is False:
                continue  # not offered here (the steps without a session)
            binding = localized(binding)
            active[key] = ActiveBinding(app, binding, True, binding.tooltip)
    return active


#: Textual's own bindings that its widgets show in the Footer, by action:
#: their English descriptions are replaced by these catalog entries.
TEXTUAL_SHOWN = {"dismiss": "ui.key.menu.dismiss"}

#: The binding whose entry every Footer keeps on its first line.
QUIT_ID = "app.quit"


@dataclass(frozen=True)
class FooterEntry:
    """One entry of the Footer: "^q Afslut"."""

    key: str
    shown: str
    description: str
    action: str
    enabled: bool = True
    tooltip: str = ""
    #: Kept on the first line whatever else must move down (quit).
    pinned: bool = False
    #: The binding group whose keys this entry shows together.
    group: Binding.Group | None = field(default=None, compare=False)

    @property
    def width(self) -> int:
        return cell_len(self.shown) + 1 + cell_len(self.description)


def footer_keys(screen: Screen[Any], *, palette: bool = False) -> list[FooterEntry]:
    """The Footer's entries on `screen`: every shown key that works there,
    one per action, in binding order, in the interface language (Textual's
    own shown keys included, translated); with `palette`, ctrl+p too."""
    app = screen.app
    active = active_keys(screen)
    # A character that runs the same action as a shown key is named with
    # it ("?/f1 Hjælp"): a typed character must never act unseen.
    typed: dict[tuple[int, str], list[str]] = {}
    for entry in active.values():
        binding = entry.binding
        display = app.get_key_display(binding)
        if not binding.show and len(display) == 1 and display.isprintable() and display != " ":
            typed.setdefault((id(entry.node), binding.action), []).append(display)
    entries: list[FooterEntry] = []
    seen: set[tuple[int, str, str]] = set()
    for key, entry in active.items():
        namespace, binding = entry.node, entry.binding
        shown = binding.show or (palette and binding.id == "app.palette") or _field_key(screen, binding)
        description = binding.description if binding.id else _textual_description(binding.action)
        # One entry per action, unless its keys say different things (esc Luk, n Behold).
        if not shown or not description or (id(namespace), binding.action, description) in seen:
            continue
        seen.add((id(namespace), binding.action, description))
        display = "/".join([*typed.get((id(namespace), binding.action), []), app.get_key_display(binding)])
        if binding.group is not None and entries and entries[-1].group is binding.group:
            # Keys of one group share an entry: "o/d/f Ansvarlig/frist/opf.", "1-3 Åbn".
            last = entries[-1]
            entries[-1] = replace(last, shown=_key_run(f"{last.shown}/{display}"))
            continue
        if binding.group is not None:
            description = _translate(binding.group.description)
        entries.append(
            FooterEntry(
                key,
                display,
                description,
                binding.action,
                entry.enabled,
                entry.tooltip or binding.tooltip,
                pinned=binding.id == QUIT_ID,
                group=binding.group,
            )
        )
    return entries


#: The key that moves on to the next field of a form (`plan_parts.field_keys`).
NEXT_FIELD_SUFFIX = ".next_field"


def _field_key(screen: Screen[Any], binding: Binding) -> bool:
    """Tab is in the Footer while a one-line field of a form has the focus:
    the way on to the next field (in a list or a notes field it would only
    clutter the Footer)."""
    from textual.widgets import Input

    return bool(binding.id and binding.id.endswith(NEXT_FIELD_SUFFIX)) and isinstance(screen.focused, Input)


def _key_run(shown: str) -> str:
    """"1/2/3" as "1-3"; other keys as they are."""
    parts = shown.replace("-", "/").split("/")
    if len(parts) > 2 and all(part.isdigit() for part in parts):
        numbers = sorted(int(part) for part in parts)
        if numbers == list(range(numbers[0], numbers[-1] + 1)):
            return f"{numbers[0]}-{numbers[-1]}"
    return shown


def _textual_description(action: str) -> str:
    key = TEXTUAL_SHOWN.get(action)
    return t(key) if key is not None else ""


def key_help(screen: Screen[Any]) -> list[KeyHelp]:
    """The keys that work on `screen` right now (its focused widget, the
    screen and the app), one entry per action, in binding order."""
    app = screen.app
    active = active_keys(screen)
    grouped: dict[tuple[int, str], KeyHelp] = {}
    for key, entry in active.items():
        namespace, binding, enabled = entry.node, entry.binding, entry.enabled
        if not binding.id or not binding.description or binding.system:
            continue
        group = (id(namespace), binding.action)
        # The key itself for a character ("=" beside "+"), not the Footer's short form.
        shown = _long_key(key) or typed_character(key) or app.get_key_display(binding)
        if group in grouped:
            known = grouped[group]
            if shown not in known.keys:
                grouped[group] = replace(known, keys=(*known.keys, shown))
            continue
        grouped[group] = KeyHelp(
            (shown,), binding.description, binding.tooltip, binding.action, namespace, enabled, binding.show
        )
    return list(grouped.values())
