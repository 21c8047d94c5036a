"""The voting settings as four small number fields: participants, votes per
person (empty: the default, shown in the field), the most per theme per
participant (empty: no limit) and how many themes are chosen by default.

Each keystroke that makes a valid number posts `Changed`; a number out of
range posts `Invalid` with the reason, and nothing is changed. Enter moves
on to the next field (after the last, to the tally); Escape goes to the
tally.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label

from kompas_tui.domain.voting import VotingSettings, default_votes
from kompas_tui.i18n import t

#: Setting → catalog key of its label, in the order of the fields.
FIELDS = {
    "participants": "ui_voting.settings.participants",
    "votes_per_person": "ui_voting.settings.votes",
    "max_per_theme": "ui_voting.settings.max",
    "top_n": "ui_voting.settings.top_n",
}
#: Settings that may be left empty (None).
OPTIONAL = ("participants", "votes_per_person", "max_per_theme")


def bounds(name: str) -> tuple[int, int]:
    """The range the session model allows for a setting."""
    low, high = 1, 100
    for rule in VotingSettings.model_fields[name].metadata:
        low = getattr(rule, "ge", low)
        high = getattr(rule, "le", high)
    return low, high


class VotingSettingsForm(Widget):
    # Escape in a field goes back to the tally (the screen's Escape leaves it).
    BINDINGS = [
        Binding("escape", "screen.focus_tally", "ui_voting.key.to_tally", tooltip="ui_voting.key.to_tally.tip",
                id="voting.to_tally"),
    ]

    DEFAULT_CSS = """
    VotingSettingsForm {
        height: auto;
        layout: grid;
        grid-size: 4;
        grid-columns: auto 10 auto 10;
        grid-rows: 1;
        grid-gutter: 0 1;
    }
    VotingSettingsForm Input {
        width: 10;
    }
    """

    class Changed(Message):
        def __init__(self, name: str, value: int | None) -> None:
            super().__init__()
            self.name, self.value = name, value

    class Invalid(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, settings: VotingSettings, n_themes: int, *, disabled: bool = False, id: str | None = None):
        super().__init__(id=id)
        self.settings = settings
        self.n_themes = n_themes
        self._disabled_fields = disabled

    def compose(self) -> ComposeResult:
        for name, label in FIELDS.items():
            yield Label(t(label), markup=False)
            value = getattr(self.settings, name)
            yield Input(
                "" if value is None else str(value),
                placeholder=self._placeholder(name),
                restrict=r"\d*",
                max_length=3,
                compact=True,
                disabled=self._disabled_fields,
                id=f"setting-{name}",
            )

    def _placeholder(self, name: str) -> str:
        if name == "votes_per_person":
            return t("ui_voting.settings.default", n=default_votes(self.n_themes))
        if name == "max_per_theme":
            return t("ui_voting.settings.no_max")
        return t("ui_voting.settings.unset")

    def show(self, settings: VotingSettings, n_themes: int) -> None:
        """Show settings changed elsewhere; a field being typed in keeps
        what it holds when that already means the same."""
        self.settings = settings
        if n_themes != self.n_themes:
            self.n_themes = n_themes
            self.query_one("#setting-votes_per_person", Input).placeholder = self._placeholder("votes_per_person")
        for name in FIELDS:
            field = self.query_one(f"#setting-{name}", Input)
            value = getattr(settings, name)
            if self._parse(name, field.value) != value:
                with field.prevent(Input.Changed):
                    field.value = "" if value is None else str(value)

    @staticmethod
    def _parse(name: str, text: str) -> int | None | str:
        """The setting a field's text means, or the reason it means none."""
        text = text.strip()
        low, high = bounds(name)
        if not text and name in OPTIONAL:
            return None
        if text.isdigit() and low <= int(text) <= high:
            return int(text)
        return t("ui_voting.settings.invalid", setting=t(FIELDS[name]), low=low, high=high)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        name = (event.input.id or "").removeprefix("setting-")
        if name not in FIELDS:
            return
        value = self._parse(name, event.value)
        if isinstance(value, str):
            self.post_message(self.Invalid(value))
        elif value != getattr(self.settings, name):
            self.post_message(self.Changed(name, value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()
