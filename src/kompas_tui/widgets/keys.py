"""Localized key bindings, and the list of keys the help screen and the
command palette are generated from.

Textual reads `BINDINGS` when a class is created, long before `--lang` is
known. So our `BINDINGS` carry catalog keys ("key.help") as descriptions and
tooltips, and `Localized` swaps in the text of the app's language when each
node is created (the app sets the language first). The class stays a plain
declarative list; every instance shows the words of its app's language.
See docs/ui.md.

Our bindings all have an `id` ("app.help", "report.back", …): that marks
them as ours for the help screen and the palette (Textual's built-in widget
bindings carry English descriptions and no id), and lets a keymap rebind
them later.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from textual.binding import ActiveBinding, Binding, BindingsMap

from kompas_tui.i18n import catalog, t

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen


def _translate(text: str) -> str:
    return t(text) if text in catalog() else text


def localize_bindings(bindings: BindingsMap) -> BindingsMap:
    """A copy of `bindings` with catalog-key descriptions and tooltips
    replaced by their text in the current language."""
    keys: dict[str, list[Binding]] = {}
    for key, binding in bindings:
        if binding.description or binding.tooltip:
            binding = replace(
                binding,
                description=_translate(binding.description),
                tooltip=_translate(binding.tooltip),
            )
        keys.setdefault(key, []).append(binding)
    return BindingsMap.from_keys(keys)


class Localized:
    """Mixin for an App, Screen or Widget whose `BINDINGS` use catalog keys."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        node: DOMNode = self  # type: ignore[assignment]
        node._bindings = localize_bindings(node._bindings)


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


def key_help(screen: Screen[Any]) -> list[KeyHelp]:
    """The keys that work on `screen` right now (its focused widget, the
    screen and the app), one entry per action, in binding order."""
    app = screen.app
    active = dict(screen.active_bindings)
    # A modal's chain stops at the modal; the app's priority keys still work.
    for key, binding in app._bindings:
        if binding.priority and key not in active and binding.id:
            if app.check_action(binding.action.split("(")[0], ()) is False:
                continue  # not offered here (the steps without a session)
            active[key] = ActiveBinding(app, binding, True, binding.tooltip)
    grouped: dict[tuple[int, str], KeyHelp] = {}
    for key, entry in active.items():
        namespace, binding, enabled = entry.node, entry.binding, entry.enabled
        if not binding.id or not binding.description or binding.system:
            continue
        group = (id(namespace), binding.action)
        shown = _long_key(key) or app.get_key_display(binding)
        if group in grouped:
            known = grouped[group]
            if shown not in known.keys:
                grouped[group] = replace(known, keys=(*known.keys, shown))
            continue
        grouped[group] = KeyHelp(
            (shown,), binding.description, binding.tooltip, binding.action, namespace, enabled, binding.show
        )
    return list(grouped.values())
