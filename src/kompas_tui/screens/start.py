"""Start: a new session from the demo report or from a report file, or
resume one of the recent sessions. The recent list is read in a worker after
the first paint, so a big sessions folder never delays the screen.

A letter that would create a session (`d`) or a digit that would open one
(leaving the session that is open) only moves the cursor to its entry; the
line under the menu says what Enter will do, and Enter does it (SPEC §7:
nothing creates or leaves a session on one letter without the screen
saying so first). `f`, `v`, `g` and `r` only show another screen or dialog."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kompas_tui.formatting import timestamp
from kompas_tui.i18n import t
from kompas_tui.screens.base import ExtraCommand, KompasScreen
from kompas_tui.text import safe_text
from kompas_tui.widgets.quiet_option_list import QuietOptionList
from kompas_tui.screens.steps import numbered_steps
from kompas_tui.widgets.step_bar import StepBar
from kompas_tui.widgets.footer import KompasFooter

if TYPE_CHECKING:
    from kompas_tui.domain.report import Report
    from kompas_tui.storage.session_file import RecentSession

RECENT_LIMIT = 9  # one digit each
RECENT_KEYS = Binding.Group("ui.key.open_recent.group", compact=True)
#: The lines kept for what Enter does (kompas.tcss: min-height).
ENTER_LINES = 2


class StartScreen(KompasScreen):
    HELP = "ui.help.start"
    AUTO_FOCUS = "#start-menu"

    BINDINGS = [
        Binding("d", "demo", "ui.key.demo", tooltip="ui.start.demo", id="start.demo"),
        Binding("f", "from_file", "ui.key.from_file", tooltip="ui.start.from_file", id="start.from_file"),
        # The app's "r" is kept out of the Footer elsewhere (F2 is the report's
        # step key); here, with a session open, it is the way back to it.
        Binding("r", "app.show_report", "ui.key.report", tooltip="ui.key.report.tip", id="start.report"),
        Binding("v", "app.show_overview", "ui_overview.title", tooltip="ui_overview.start.tip", id="start.overview"),
        Binding("g", "review", "ui_review.title", tooltip="ui_review.start.entry", id="start.review"),
        Binding("escape", "quit_hint", show=False, id="start.escape"),
        *(
            # One Footer entry for the sessions listed: "1-3 Session nr.".
            Binding(str(n), f"open_recent({n})", "ui.key.open_recent", id=f"start.recent{n}", group=RECENT_KEYS)
            for n in range(1, RECENT_LIMIT + 1)
        ),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A digit is offered only for a session in the list that can be opened.
        if action == "open_recent":
            number = parameters[0] if parameters else 0
            return isinstance(number, int) and 1 <= number <= len(self.recent) and (
                self.recent[number - 1].session is not None
            )
        return True

    def __init__(self) -> None:
        super().__init__()
        self.recent: list[RecentSession] = []
        #: What the line above the menu says, and how many lines it took.
        self._enter_said = Content("")
        self._enter_lines = 0

    def compose(self) -> ComposeResult:
        store = self.store
        yield StepBar("start", numbered_steps(), unit=store.session.unit if store.session else "", read_only=store.read_only)
        yield Static(t("ui.start.welcome"), id="welcome", markup=False)
        # What Enter does on the entry under the cursor, above the list (in view however long it is).
        yield Static(id="start-enter")
        with Container(id="start-body"):
            yield QuietOptionList(*self._options(loading=True), id="start-menu")
        yield KompasFooter(show_command_palette=True)

    def on_screen_resume(self) -> None:
        # Also when coming back from a report: the open session is now among
        # the recent ones, and the top line names it.
        store = self.store
        self.query_one(StepBar).show_session(store.session.unit if store.session else "", store.read_only)
        # As the app's first screen it goes out at once, saying the list is
        # being read; the folder is read after that (a worker loading
        # sessions would hold the interpreter the first paint needs), and
        # the list comes as one more whole frame.
        self.kompas.first_paint.after(self._load_recent)

    # -- the list --------------------------------------------------------------

    def _options(self, loading: bool = False) -> list[Option | None]:
        options: list[Option | None] = [
            Option(Content.assemble(("d", "bold"), "  ", t("ui.start.demo")), id="demo"),
            Option(Content.assemble(("f", "bold"), "  ", t("ui.start.from_file")), id="file"),
            Option(Content.assemble(("v", "bold"), "  ", t("ui_overview.start")), id="overview"),
            Option(Content.assemble(("g", "bold"), "  ", t("ui_review.start.entry")), id="review"),
            None,
            Option(Content.styled(t("ui.start.recent", folder=safe_text(self.kompas.sessions_dir)), "bold"), disabled=True),
        ]
        if loading:
            options.append(Option(t("ui.start.loading"), disabled=True))
        elif not self.recent:
            options.append(Option(t("ui.start.no_sessions"), disabled=True))
        for number, entry in enumerate(self.recent, 1):
            options.append(self._recent_option(number, entry))
        return options

    def _recent_option(self, number: int, entry: RecentSession) -> Option:
        lang = self.kompas.lang
        name = safe_text(entry.path.name)
        if entry.session is None:
            reason = safe_text(entry.problem or "")
            text = Content.assemble(
                (str(number), "bold"), "  ", name, "\n   ", (t("ui.start.broken", reason=reason), "italic")
            )
            return Option(text, id=f"recent-{number}", disabled=True)
        session = entry.session
        measurement = safe_text(session.report.measurement)
        changed = t("ui.start.changed", when=timestamp(session.updated, lang))
        text = Content.assemble(
            (str(number), "bold"),
            "  ",
            (safe_text(session.unit), "bold"),
            *(["  ·  ", measurement] if measurement else []),
            "\n   ",
            (f"{changed}  ·  {name}", "dim"),
        )
        return Option(text, id=f"recent-{number}")

    @work(thread=True, exclusive=True, group="recent", exit_on_error=False)
    def _load_recent(self) -> list[RecentSession]:
        from kompas_tui.storage.session_file import recent_sessions

        return recent_sessions(self.kompas.sessions_dir, limit=RECENT_LIMIT)

    def on_worker_state_changed(self, event) -> None:  # type: ignore[no-untyped-def]
        from textual.worker import WorkerState

        if event.worker.group != "recent":
            return
        if event.state == WorkerState.SUCCESS:
            self.recent = list(event.worker.result or [])
        elif event.state != WorkerState.ERROR:
            return
        # The screen went out before its list (the folder is read after): the
        # list's few layout passes go out as one whole frame.
        self.kompas.first_paint.again_when_settled()
        self._refresh_list()

    def _refresh_list(self) -> None:
        self.refresh_bindings()  # the digits offered follow the list
        menu = self.query_one("#start-menu", OptionList)
        previous = menu.highlighted
        menu.clear_options()
        menu.add_options(self._options())
        if previous not in (None, 0):
            menu.highlighted = previous  # the user moved while the list loaded
        elif any(entry.session is not None for entry in self.recent):
            # Resuming is the usual case once there are sessions.
            first = next(n for n, e in enumerate(self.recent, 1) if e.session is not None)
            menu.highlighted = menu.get_option_index(f"recent-{first}")
            # Scrolled to while the menu still has its "loading" height: it
            # goes back to its top, so "d" and "f" are not hidden above it,
            # and keeps the session in view when it has grown (QuietOptionList).
            menu.scroll_home(animate=False, immediate=True)
        else:
            menu.highlighted = 0

    # -- actions ---------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id == "demo":
            self.start_demo()
        elif option_id == "file":
            self.action_from_file()
        elif option_id == "overview":
            self.kompas.action_show_overview()
        elif option_id == "review":
            self.action_review()
        elif option_id.startswith("recent-"):
            self.open_recent(int(option_id.removeprefix("recent-")))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._say_enter(event.option.id or "")

    def _say_enter(self, option_id: str) -> None:
        """The line under the menu: what Enter does on the entry under the cursor."""
        text = ""
        session = self.store.session
        if option_id == "demo":
            if session is None:
                text = t("ui.start.enter.demo")
            else:
                text = t("ui.start.enter.demo_leaving", open=safe_text(session.unit))
        elif option_id.startswith("recent-"):
            number = int(option_id.removeprefix("recent-"))
            entry = self.recent[number - 1] if number <= len(self.recent) else None
            if entry is not None and entry.session is not None:
                leaving = session is not None and self.store.handle.path.resolve() != entry.path.resolve()  # type: ignore[union-attr]
                key = "ui.start.enter.open_leaving" if leaving else "ui.start.enter.open"
                text = t(key, unit=safe_text(entry.session.unit), open=safe_text(session.unit if session else ""))
        line = self.query_one("#start-enter", Static)
        content = Content(text)
        if content == self._enter_said:
            return
        # Always there (two lines kept for it), so a cursor move redraws this
        # line only: the screen is laid out again only when a long name needs
        # more lines, or needed them before (issue 14: < 2 KB per move).
        width = line.content_region.width or self.size.width
        lines = len(content.wrap(width)) if text and width else 0
        line.update(content, layout=max(lines, self._enter_lines) > ENTER_LINES)
        self._enter_said, self._enter_lines = content, lines

    def _highlight(self, option_id: str) -> None:
        menu = self.query_one("#start-menu", OptionList)
        menu.focus()
        menu.highlighted = menu.get_option_index(option_id)
        self._say_enter(option_id)

    def action_demo(self) -> None:
        """`d`: the cursor to the demo entry; Enter creates the session."""
        self._highlight("demo")

    def start_demo(self) -> None:
        from kompas_tui.demo import demo_report

        self.kompas.start_session(demo_report())

    def action_from_file(self) -> None:
        from kompas_tui.screens.open_report import OpenReport

        def opened(report: Report | None) -> None:
            if report is not None:
                self.kompas.start_session(report)

        self.app.push_screen(OpenReport(), opened)

    def action_open_recent(self, number: int) -> None:
        """A digit: the cursor to that recent session; Enter opens it."""
        if not 1 <= number <= len(self.recent):
            self.notify(t("ui.start.no_such_session", number=number), markup=False)
            return
        self._highlight(f"recent-{number}")

    def open_recent(self, number: int) -> None:
        entry = self.recent[number - 1]
        if entry.session is None:
            self.notify(safe_text(t("ui.start.broken", reason=entry.problem or "")), severity="error", markup=False)
            return
        self.kompas.open_session_file(entry.path)

    def action_review(self) -> None:
        """Gennemsyn of the sessions folder."""
        from kompas_tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(self.kompas.sessions_dir))

    def action_quit_hint(self) -> None:
        self.notify(t("ui.quit_hint"), markup=False)

    def extra_commands(self) -> Iterable[ExtraCommand]:
        for number, entry in enumerate(self.recent, 1):
            if entry.session is not None:
                path: Path = entry.path
                yield ExtraCommand(
                    t("ui.command.open_session", unit=entry.session.unit),
                    f"{number}  ·  {entry.path.name}",
                    lambda path=path: self.kompas.open_session_file(path),
                )
