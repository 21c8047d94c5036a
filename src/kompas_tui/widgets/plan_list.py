"""The action plan as one list: per goal (theme) a heading, its actions
with every field, and an entry to add one more.

Up/Down go through the actions (headings are skipped); the entry under
the cursor is marked with ">" as well as by colour, so it shows under
NO_COLOR too. Enter edits the action under the cursor or, on "+ Tilføj
handling", adds one to that group; `d` or Delete deletes (the screen asks
first). The list holds no state of its own: `show()` rebuilds it from the
plan and keeps the cursor on the same action. Long lines are wrapped here,
with a hanging indent, rather than by the list (which would start them at
the margin).

A long plan (200 actions, 20 rounds) stays cheap to show: each entry is a
`Card`, whose height the list needs for every entry but which is counted
on its text alone (once per width), while its lines are laid out only
when it comes into view; a resize that keeps the width lays nothing out
again (docs/speed.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich._wrap import divide_line  # what Content.wrap divides lines with
from rich.cells import cell_len
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Plan, goal_for
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
# A list row in as few style runs as look the same (one way for every list and table).
from kompas_tui.widgets.compact_lines import compact as merged_runs
from kompas_tui.widgets.option_lines import set_prompt_quietly
from kompas_tui.widgets.plan_parts import action_card, group_title

ACTION = "action:"
ADD = "add:"
#: The mark before the entry under the cursor, and the blank in its place.
MARK = Content.styled("> ", "bold")
NO_MARK = Content("  ")
#: Where the lines of an action card start (under its "what"), also when wrapped.
INDENT = 4


#: Columns kept free right of a card, so a scrollbar that comes with more
#: entries never makes the list wrap them again.
SPARE = 1
#: Narrower than this, a line is not wrapped with a hanging indent (the
#: list wraps it at the margin).
MIN_ROOM = 10


def _room(text: str, width: int) -> tuple[int, int, int]:
    """A card line's leading blanks, its hanging indent, and the room its
    text has at `width` (after the cursor's gutter and the indent)."""
    lead = len(text) - len(text.lstrip(" "))
    hang = max(lead, INDENT)
    return lead, hang, width - len(NO_MARK.plain) - hang


def _card_lines(prompt: Content, marked: bool, width: int) -> list[Content]:
    """The lines of `prompt` with the cursor's gutter, each wrapped to
    `width` with a hanging indent, so a long name never starts at the margin."""
    lines: list[Content] = []
    for number, line in enumerate(prompt.split("\n")):
        gutter = MARK if marked and number == 0 else NO_MARK
        lead, hang, room = _room(line.plain, width)
        if room < MIN_ROOM:
            lines.append(gutter + line)
            continue
        body = line[lead:]
        fits = body.cell_length <= room and "\t" not in body.plain
        for part, piece in enumerate([body] if fits else body.wrap(room) or [body]):
            indent = " " * (lead if part == 0 else hang)
            lines.append((gutter if part == 0 else NO_MARK) + Content(indent) + piece)
    return lines


def _card_height(plain: str, width: int) -> int | None:
    """How many lines `_card_lines` makes of a card's text at `width`,
    counted on the plain text with the line breaking Content.wrap uses (a
    line that fits is not looked at); None when some line is too narrow to
    lay out (the list wraps it)."""
    height = 0
    texts = plain.split("\n")
    if len(texts) > 1 and not texts[-1]:
        texts.pop()  # as Content.split: no blank line after a last newline
    for text in texts:
        lead, _, room = _room(text, width)
        body = text[lead:]
        if room < MIN_ROOM or "\t" in body:
            return None
        height += 1 if cell_len(body) <= room else len(divide_line(body, room, fold=True)) + 1
    return height


class Card(Visual):
    """An entry of the list, laid out lazily. The list asks every entry's
    height (to place them), which is counted on the text alone, once per
    width; the lines themselves are laid out only for the entries the list
    draws (those in view)."""

    __slots__ = ("prompt", "marked", "_heights", "_width", "_laid")

    #: How many cards were laid out for drawing, in all (tests pin that it is few).
    layouts = 0

    def __init__(self, prompt: Content, marked: bool = False) -> None:
        self.prompt = prompt
        self.marked = marked
        self._heights: dict[int, int] = {}
        self._width = -1
        self._laid = Content()

    def laid(self, width: int) -> Content:
        """The card's lines at `width` (the list's), one column spare."""
        if width != self._width:
            Card.layouts += 1
            self._laid = Content("\n").join(_card_lines(self.prompt, self.marked, width - SPARE))
            self._width = width
        return self._laid

    def get_height(self, rules: RulesMap, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = _card_height(self.prompt.plain, width - SPARE)
            if height is None:  # too narrow: the list wraps what we could not
                height = self.laid(width).get_height(rules, width)
            self._heights[width] = height
        return height

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.laid(container_width).get_optimal_width(rules, container_width)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.laid(width).render_strips(width, height, style, options)


class PlanList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "ui_plan.key.edit", tooltip="ui_plan.key.edit.tip", id="plan.edit"),
        # The screen asks first, and offers d only on an action (PlanScreen.check_action).
        Binding("d", "screen.delete_action", "ui_plan.key.delete", tooltip="ui_plan.key.delete.tip", id="plan.delete"),
        Binding("delete", "screen.delete_action", "ui_plan.key.delete", show=False, id="plan.delete_key"),
    ]

    #: The plan cannot be changed here (read-only, or the workshop is history):
    #: Enter and d are not offered.
    locked = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select":
            return not self.locked and self.highlighted is not None
        return True

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: The theme of each group, by group number (option ids carry the number).
        self.groups: list[str] = []
        #: Each option's (prompt without its gutter, id, disabled), by index.
        self._entries: list[tuple[Content, str, bool]] = []

    def show(self, plan: Plan, groups: Sequence[str], lang: str, *, exposed: int = 0) -> None:
        """Rebuild from `plan`, grouped by `groups`, keeping the cursor on
        the action (or add entry) it was on."""
        keep = self.current_id
        self.groups = list(groups)
        entries: list[tuple[Content, str, bool]] = []  # prompt, id, disabled
        for number, theme in enumerate(self.groups):
            entries.append((self._heading(plan, theme, lang, exposed), f"head:{number}", True))
            for action in plan.actions:
                if action.theme == theme:
                    entries.append((action_card(action, lang), ACTION + action.id, False))
            entries.append((Content(t("ui_plan.add_entry", lang)), f"{ADD}{number}", False))
        if not self.groups:
            entries.append((Content(t("ui_plan.no_groups", lang)), "head:none", True))
        self._entries = entries
        self._build(keep)

    def _build(self, keep: str | None) -> None:
        # The cards are laid out when the list measures them, at its width
        # then (again only if the width changes), and drawn when seen.
        place = self.highlighted
        options = [Option(Card(prompt), id=option_id, disabled=disabled) for prompt, option_id, disabled in self._entries]
        self.highlighted = None
        self.clear_options()
        self.add_options(options)
        self.select_id(keep, place)

    # Not a whole-widget repaint on every cursor move (OptionList's default):
    # only the two entries whose mark changes are redrawn, so a move sends
    # a few hundred bytes over SSH instead of the whole list.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index, marked in ((old, False), (new, True)):
            if index is None or index >= min(len(self._entries), self.option_count):
                continue
            prompt, _, disabled = self._entries[index]
            if not disabled:
                set_prompt_quietly(self, index, Card(prompt, marked))
        super().watch_highlighted(new)
        # The keys offered follow the entry (d only on an action).
        self.refresh_bindings()

    def render_line(self, y: int) -> Strip:
        return merged_runs(super().render_line(y))

    def _heading(self, plan: Plan, theme: str, lang: str, exposed: int) -> Content:
        title = Content.styled(group_title(theme, lang), "bold underline")
        if theme == ZERO_TOLERANCE_THEME:
            return Content("\n").join([title, Content(t("ui_plan.zero_tolerance.group", lang, n=exposed))])
        goal = goal_for(plan, theme)
        if goal is not None and goal.target.strip():
            target = safe_text(" ".join(goal.target.split()))
            return Content("\n").join([title, Content(t("ui_plan.goal_line", lang, target=target))])
        return Content("\n").join([title, Content.styled(t("ui_plan.no_goal", lang), "italic")])

    @property
    def current_id(self) -> str | None:
        if self.highlighted is None or not self.option_count:
            return None
        return self.get_option_at_index(self.highlighted).id

    @property
    def current_action_id(self) -> str | None:
        current = self.current_id
        return current[len(ACTION) :] if current and current.startswith(ACTION) else None

    @property
    def current_group(self) -> str | None:
        """The theme of the group the cursor is in."""
        if self.highlighted is None:
            return None
        for index in range(self.highlighted, -1, -1):
            option_id = self.get_option_at_index(index).id or ""
            if option_id.startswith("head:") and option_id != "head:none":
                return self.groups[int(option_id[5:])]
        return None

    def group_of(self, option_id: str) -> str | None:
        if option_id.startswith(ADD):
            return self.groups[int(option_id[len(ADD) :])]
        return None

    def select_id(self, option_id: str | None, place: int | None = None) -> None:
        """Put the cursor on `option_id`; when it is gone (deleted), on the
        entry that took its place, else on the first."""
        if option_id is not None:
            try:
                self.highlighted = self.get_option_index(option_id)
                return
            except OptionDoesNotExist:
                pass
        if place is not None and self.option_count:
            place = min(place, self.option_count - 1)
            enabled = [i for i in range(place, self.option_count) if not self.get_option_at_index(i).disabled]
            if enabled:
                self.highlighted = enabled[0]
                return
        self.action_first()
