"""The command palette (ctrl+p): the keys of the current screen and the app
as commands, in the interface language, plus what the screen offers beyond
its keys (e.g. each recent session on the start screen).

Titles and help are handed to the palette as `Content`, never as strings:
the palette parses strings as markup, and session names are user text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Matcher, Provider, SearchIcon
from textual.content import Content
from textual.widgets.option_list import Option

from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.keys import KeyHelp, key_help

#: Actions that make no sense as a palette command.
_SKIP = {"command_palette", "app.command_palette"}


@dataclass(frozen=True)
class _Command:
    title: str
    help: str
    callback: Callable[[], Any]


def _help_line(entry: KeyHelp) -> str:
    keys = ", ".join(entry.keys)
    return f"{entry.tooltip}  ({keys})" if entry.tooltip else keys


def _highlight(matcher: Matcher, title: str) -> Content:
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if not score:
        return content
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class KompasCommands(Provider):
    def _commands(self) -> list[_Command]:
        screen = self.screen
        entries = [e for e in key_help(screen) if e.enabled and e.action not in _SKIP]
        # A key family with one description (the digits for recent sessions)
        # is not one command; the screen lists those as extra commands.
        counts = Counter(e.description for e in entries)
        commands = [
            _Command(e.description, _help_line(e), partial(self.app.run_action, e.action, e.namespace))
            for e in entries
            if counts[e.description] == 1
        ]
        extra = list(getattr(screen, "extra_commands", list)())
        palette_commands = getattr(self.app, "palette_commands", list)
        for command in [*extra, *palette_commands()]:
            commands.append(_Command(safe_text(command.title), safe_text(command.help), command.callback))
        return commands

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(Content(command.title), command.callback, text=command.title, help=Content(command.help))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    _highlight(matcher, command.title),
                    command.callback,
                    text=command.title,
                    help=Content(command.help),  # type: ignore[arg-type]
                )


class KompasPalette(CommandPalette):
    """Textual's palette with a search mark the Linux console can draw, and
    "no matches" in the interface language. Textual writes "No matches
    found" in a private method and no public hook reaches it, so that
    method is replaced here, using the private names it uses;
    tests/test_textual_contract.py fails on a Textual where they changed."""

    def on_mount(self) -> None:
        self.query_one(SearchIcon).icon = ">"

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            # As Textual's own, but in the interface language; with no search
            # (discovery) there is nothing to say.
            if search_value:
                no_matches = Text(t("ui.palette.no_matches"), style="not bold")
                option = Option(Align.center(no_matches), disabled=True, id=self._NO_MATCHES)
                self.query_one(CommandList).add_option(option)
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches, name="no-matches")
