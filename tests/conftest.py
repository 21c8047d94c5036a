"""Shared fixtures. Keep this small and generic; put test-specific helpers in
the test module that needs them."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from kompas_tui import i18n
from kompas_tui.domain.profile import OrgProfile

# Property tests judge what kompas does, never how fast the machine is: no
# per-example deadline and no "too slow" health check (both fail under load),
# and a failure prints the blob that replays it (docs/testing.md).
settings.register_profile(
    "kompas", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("kompas")

#: The day the tests pretend it is (the demo's re-measurement is January 2027).
TODAY = dt.date(2026, 11, 26)

#: kompas's own delays (module[:class], name). In a test they never run out by
#: themselves: the test says when the time has passed
#: (`pilot_tools.fire(pilot, timer_name)`), so no test races a real timer
#: and a loaded machine cannot change what a test sees (docs/testing.md).
DELAYS = [
    ("kompas_tui.session_store", "SAVE_DELAY"),  # "autosave"
    ("kompas_tui.screens.first_paint", "LIMIT"),  # "first-paint": the first screen says when it is whole
    ("kompas_tui.session_store", "LOCKED_NOTICE_PAUSE"),  # the workshop-locked notice, once per burst
    ("kompas_tui.widgets.voting_tables", "PENDING_SECONDS"),  # "voting-pending"
    ("kompas_tui.widgets.plan_date_field", "SETTLE"),  # "date-settle"
    ("kompas_tui.screens.summary", "DATE_SETTLE"),  # "date-settle"
    ("kompas_tui.screens.review", "FILTER_PAUSE"),  # "review-filter"
    ("kompas_tui.screens.live_ballot", "POLL_SECONDS"),  # "live-ballot-poll"
    ("kompas_tui.screens.join", "POLL_SECONDS"),  # "join-poll"
    ("kompas_tui.screens.dialog", "TICK_SECONDS"),  # "dialog-timers"
    ("kompas_tui.screens.dialog", "REFUSAL_PAUSE"),  # the read-only notice, once per burst
    ("kompas_tui.screens.commands:KompasPalette", "_NO_MATCHES_COUNTDOWN"),  # "no-matches"
]
#: Longer than any test: "never by itself".
NEVER = 24 * 3600.0

#: How often Pilot looks whether the app is done with a key press (Textual's
#: own: every 20 ms, at least twice per key), and how soon a screen is redrawn
#: after a change (Textual's own: 1/60 s). The redraw must come sooner than
#: the look, so that "nothing happened for one look" still means "done":
#: drawn, and what waits for the drawing (a Footer's new keys) done too.
PILOT_IDLE_CHECK = 0.004
SCREEN_UPDATE = 0.002

def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of permission denied mean nothing as root, who reads anything:
    skipped then, saying so; `.ci/run` runs them again as a normal user."""
    if os.geteuid() != 0:
        return
    skip = pytest.mark.skip(reason="unprivileged: root reads anything; .ci/run runs this as a normal user")
    for item in items:
        if item.get_closest_marker("unprivileged"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _keep_language() -> Iterator[None]:
    """The interface language is process-wide; a test that changes it (an
    app started with lang="en") must not leak it into the next test."""
    before = i18n.language()
    yield
    i18n.set_language(before)


@pytest.fixture(autouse=True, scope="session")
def _pilot_looks_for_idle_often() -> Iterator[None]:
    import textual._wait as wait
    import textual.screen as screen

    before = wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE, screen.UPDATE_PERIOD
    wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE = PILOT_IDLE_CHECK, PILOT_IDLE_CHECK / 20
    screen.UPDATE_PERIOD = SCREEN_UPDATE
    yield
    wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE, screen.UPDATE_PERIOD = before


@pytest.fixture(autouse=True)
def _timers_wait_for_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every delay in `DELAYS` is made `NEVER`: a Pilot test makes the time
    pass when it means to (`pilot_tools.fire`), never by a real clock."""
    import importlib

    for where, name in DELAYS:
        module, _, owner = where.partition(":")
        target = importlib.import_module(module)
        if owner:
            target = getattr(target, owner)
        assert isinstance(getattr(target, name), float), (where, name)
        monkeypatch.setattr(target, name, NEVER)


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own empty cache folder (the folder scans' checked
    summaries, storage/checked_summaries.py), never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def english() -> None:
    """Assert on the English texts (put back by `_keep_language`)."""
    i18n.set_language("en")


@pytest.fixture
def danish() -> None:
    i18n.set_language("da")


@pytest.fixture(autouse=True)
def _saved_no_earlier_than_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The apps in the tests take TODAY as their day, while a save stamps
    the session with the machine's clock. On a machine whose clock is
    before TODAY a session would look "last saved before today" and be
    offered an evaluation round no user could meet. So the stamps are never
    earlier than TODAY's morning; with a clock after TODAY (every real run)
    nothing changes (docs/testing.md, "Clock")."""
    from kompas_tui.domain import session as session_module

    real_now = session_module.now
    morning = dt.datetime.combine(TODAY, dt.time(9, 0)).astimezone()
    if real_now() >= morning:
        return

    def now() -> dt.datetime:
        return max(real_now(), morning)

    for name, module in list(sys.modules.items()):
        if name.startswith("kompas_tui") and getattr(module, "now", None) is real_now:
            monkeypatch.setattr(module, "now", now)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def sessions_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def profile() -> OrgProfile:
    return OrgProfile()


@pytest.fixture
def handles() -> Iterator[Callable[..., Any]]:
    """`handles(report, sessions_dir, lang)` → a new session handle on the
    real storage; every handle is closed (lock released) after the test."""
    from kompas_tui.storage.session_file import new_session

    opened: list[Any] = []

    def make(report: Any, sessions_dir: Path, lang: str = "da") -> Any:
        handle = new_session(report, sessions_dir, language=lang)
        # The report screen counts the re-measurement from the session's date.
        handle.session.created = dt.datetime.combine(TODAY, dt.time(9, 0)).astimezone()
        opened.append(handle)
        return handle

    yield make
    for handle in opened:
        handle.close()


@pytest.fixture
def demo_handle(handles: Callable[..., Any], sessions_dir: Path) -> Any:
    from kompas_tui.demo import demo_report

    return handles(demo_report(), sessions_dir)


@pytest.fixture
def make_app(sessions_dir: Path, profile: OrgProfile, today: dt.date) -> Callable[..., Any]:
    """`make_app(handle=None, lang="da", **overrides)` → a KompasApp on the
    test's sessions folder, profile and date."""

    def make(handle: Any = None, lang: str = "da", **overrides: Any) -> Any:
        from kompas_tui.app import KompasApp

        options: dict[str, Any] = {"sessions_dir": sessions_dir, "profile": profile, "today": today}
        options.update(overrides)
        return KompasApp(handle, lang=lang, **options)

    return make


@pytest.fixture
def screen_text() -> Callable[[Any], str]:
    """`screen_text(app)` → what the terminal shows now, as plain lines
    (the running app's current screen, with any dialogs on top)."""

    def render(app: Any) -> str:
        strips = app.screen._compositor.render_strips()
        return "\n".join(strip.text.rstrip() for strip in strips)

    return render


@pytest.fixture
def fail_open(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path, int], None]:
    """fail_open(path, errno): opening that one file fails as the system
    would (the suite runs as root, whom chmod 000 does not stop)."""
    import os

    real_open = os.open
    failing: dict[str, int] = {}

    def fake_open(name: Any, *args: Any, **kwargs: Any) -> int:
        code = failing.get(os.fspath(name))
        if code is not None:
            raise OSError(code, os.strerror(code), os.fspath(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    return lambda path, code: failing.__setitem__(str(path), code)


@pytest.fixture
def terminals() -> Iterator[Callable[..., Any]]:
    """Real terminals (tmux, tests/tmux_terminal.py): `terminals(args, ...)`
    opens one; all are closed after the test."""
    from tmux_terminal import Terminal

    opened: list[Terminal] = []
    yield lambda *a, **kw: opened.append(Terminal(*a, **kw)) or opened[-1]
    for terminal in opened:
        terminal.close()


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """run_cli(argv) -> (exit code, stdout, stderr) of `kompas --lang en
    ARGV` in this process; fails the test, instead of hanging the suite,
    when the command waits (a FIFO read for a session, say)."""
    import threading

    from kompas_tui.cli import main

    def run(argv: list[str], seconds: float = 20.0) -> tuple[int, str, str]:
        result: list[int] = []
        thread = threading.Thread(target=lambda: result.append(main(["--lang", "en", *argv])), daemon=True)
        thread.start()
        thread.join(seconds)
        assert not thread.is_alive(), f"kompas {' '.join(argv)} hung"
        captured = capsys.readouterr()
        return result[0], captured.out, captured.err

    return run
