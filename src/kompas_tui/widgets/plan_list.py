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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from kompas_tui.domain.plan import ZERO_TOLERANCE_THEME, Plan, goal_for
from kompas_tui.i18n import t
from kompas_tui.text import safe_text
from kompas_tui.widgets.option_lines import set_prompt_quietly
from kompas_tui.widgets.plan_parts import action_card, group_title

ACTION = "action:"
ADD = "add:"
#: The mark before the entry under the cursor, and the blank in its place.
MARK = Content.styled("> ", "bold")
NO_MARK = Content("  ")
#: Where the lines of an action card start (under its "what"), also when wrapped.
INDENT = 4


def card_layout(prompt: Content, marked: bool, width: int) -> Content:
    """`prompt` with the cursor's gutter, each line wrapped to `width`
    with a hanging indent, so a long name never starts at the margin."""
    lines: list[Content] = []
    for number, line in enumerate(prompt.split("\n")):
        gutter = MARK if marked and number == 0 else NO_MARK
        text = line.plain
        lead = len(text) - len(text.lstrip(" "))
        hang = max(lead, INDENT)
        room = width - len(NO_MARK.plain) - hang
        if room < 10:  # too narrow to be worth it: let the list wrap
            lines.append(gutter + line)
            continue
        body = line[lead:]
        for part, piece in enumerate(body.wrap(room) or [body]):
            indent = " " * (lead if part == 0 else hang)
            lines.append((gutter if part == 0 else NO_MARK) + Content(indent) + piece)
    return Content("\n").join(lines)


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
        self._width = 0

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

    def _text_width(self) -> int:
        # Less one column for a scrollbar that may come with the new options.
        return max(0, self.scrollable_content_region.width - 1)

    def _build(self, keep: str | None) -> None:
        place = self.highlighted
        self._width = width = self._text_width()
        options = [
            Option(card_layout(prompt, False, width), id=option_id, disabled=disabled)
            for prompt, option_id, disabled in self._entries
        ]
        self.highlighted = None
        self.clear_options()
        self.add_options(options)
        self.select_id(keep, place)

    def on_resize(self) -> None:
        if self._entries and self._text_width() != self._width:
            self._build(self.current_id)

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
                set_prompt_quietly(self, index, card_layout(prompt, marked, self._width))
        super().watch_highlighted(new)
        # The keys offered follow the entry (d only on an action).
        self.refresh_bindings()

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
