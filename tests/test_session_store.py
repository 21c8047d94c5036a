"""The session store (session_store.py) without a terminal: all-or-nothing
changes, the unsaved guard when switching, the writer thread's order."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kompas_tui.demo import demo_report
from kompas_tui.session_store import SessionStore
from kompas_tui.storage.session_file import load_session, open_session


class FakeTimer:
    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class Wiring:
    """What the App hands the store, recorded."""

    def __init__(self) -> None:
        self.timers: list[FakeTimer] = []
        self.told: list[tuple[str, str]] = []
        self.failed: list[tuple[OSError, bool]] = []
        self.left: list[tuple[Any, str]] = []
        self.published: list[Any] = []

    def schedule(self, delay: float, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(callback)
        self.timers.append(timer)
        return timer

    def tell(self, text: str, severity: str, timeout: float | None) -> None:
        self.told.append((text, severity))

    def write_failed(self, error: OSError) -> None:
        self.failed.append((error, threading.current_thread() is threading.main_thread()))

    def leave(self, handle: Any, kind: str) -> None:
        self.left.append((handle, kind))
        handle.close()

    def autosave(self) -> None:
        """The pending autosave's delay passes."""
        pending = [timer for timer in self.timers if not timer.stopped]
        assert pending, "no autosave pending"
        for timer in pending:
            timer.stopped = True
            timer.callback()


def make_store(handle: Any) -> tuple[SessionStore, Wiring]:
    wiring = Wiring()
    store = SessionStore(
        handle, lang="da", schedule=wiring.schedule, tell=wiring.tell,
        write_failed=wiring.write_failed, leave=wiring.leave,
    )
    store.subscribe(wiring.published.append)
    return store, wiring


def full_disk(handle: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> Callable[[], None]:
        def write() -> None:
            raise OSError(errno.ENOSPC, "No space left on device", str(handle.path))

        return write

    monkeypatch.setattr(handle, "prepare_save", refuse)


@pytest.fixture
def demo(handles: Callable[..., Any], sessions_dir: Path) -> Any:
    return handles(demo_report(), sessions_dir)


def test_a_change_of_two_fields_with_the_second_invalid_changes_nothing(demo: Any) -> None:
    store, wiring = make_store(demo)
    before = demo.session.model_dump()
    with pytest.raises(ValidationError, match="step"):
        store.update(unit="Ny enhed", step="no such step")
    assert demo.session.model_dump() == before
    assert demo.session.unit != "Ny enhed"
    assert not store.unsaved and not wiring.timers and not wiring.published


def test_a_valid_change_of_two_fields_takes_both_and_is_told_once(demo: Any) -> None:
    store, wiring = make_store(demo)
    assert store.update(unit="Ny enhed", step="dialog")
    assert (store.session.unit, store.session.step) == ("Ny enhed", "dialog")
    assert wiring.published == [store.session]
    assert store.unsaved and len(wiring.timers) == 1
    wiring.autosave()
    store.wait_for_writes()
    saved = load_session(demo.path)
    assert (saved.unit, saved.step) == ("Ny enhed", "dialog")
    assert not store.unsaved


UNITS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
STEPS = st.sampled_from(["report", "dialog", "voting", "plan", "nowhere", ""])
LANGUAGES = st.sampled_from(["da", "en", "de"])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=UNITS, step=STEPS, language=LANGUAGES, order=st.permutations(["unit", "step", "language"]))
def test_a_change_is_taken_whole_or_not_at_all(
    demo: Any, unit: str, step: str, language: str, order: list[str]
) -> None:
    # One handle for every example: each starts from the session as created.
    demo.session = demo.session.model_validate(FIRST.setdefault(demo.path, demo.session.model_dump()))
    store, wiring = make_store(demo)
    before = demo.session.model_dump()
    values = {"unit": unit, "step": step, "language": language}
    changes = {name: values[name] for name in order}
    try:
        store.update(**changes)
    except ValidationError:
        assert demo.session.model_dump() == before
        assert not store.unsaved and not wiring.published
    else:
        assert {name: getattr(demo.session, name) for name in changes} == changes
        assert wiring.published == [demo.session]


#: The demo session as created, by path (the property test's starting point).
FIRST: dict[Path, dict[str, Any]] = {}


def test_a_read_only_session_refuses_with_the_holder_told(demo: Any) -> None:
    demo.save()
    second = open_session(demo.path)
    try:
        store, wiring = make_store(second)
        assert not store.update(unit="Ny")
        assert store.change_round(lambda session: {"unit": "Ny"}) is None
        assert second.session.unit != "Ny"
        assert [severity for _, severity in wiring.told] == ["warning", "warning"]
        assert all("Skrivebeskyttet" in text for text, _ in wiring.told)
    finally:
        second.close()


def test_remember_saves_without_telling_the_listeners(demo: Any) -> None:
    store, wiring = make_store(demo)
    store.remember(lambda session: setattr(session, "step", "voting"))
    assert store.unsaved and not wiring.published
    wiring.autosave()
    store.wait_for_writes()
    assert load_session(demo.path).step == "voting"


def test_the_writer_thread_writes_in_order_so_the_last_version_wins(demo: Any) -> None:
    store, wiring = make_store(demo)
    for number in range(30):
        store.update(unit=f"Enhed {number}")
        wiring.autosave()
    store.wait_for_writes()
    assert load_session(demo.path).unit == "Enhed 29"
    assert not store.unsaved and store.save_error is None


def test_a_failed_write_is_told_from_the_writer_thread_and_kept_unsaved(
    demo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, wiring = make_store(demo)
    real_prepare = demo.prepare_save
    full_disk(demo, monkeypatch)
    store.update(unit="Ny enhed")
    wiring.autosave()
    store.wait_for_writes()
    assert [(error.errno, on_main) for error, on_main in wiring.failed] == [(errno.ENOSPC, False)]
    assert store.unsaved and store.save_error is not None
    monkeypatch.setattr(demo, "prepare_save", real_prepare)
    assert store.save_now()
    assert load_session(demo.path).unit == "Ny enhed"
    assert store.save_error is None


def test_switching_away_from_changes_that_cannot_be_saved_is_refused(
    demo: Any, handles: Callable[..., Any], sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, wiring = make_store(demo)
    other = handles(demo_report(), sessions_dir)
    full_disk(demo, monkeypatch)
    store.update(unit="Kun i vinduet")

    assert not store.switch(other)

    assert store.handle is demo and store.session.unit == "Kun i vinduet"
    assert store.unsaved and not wiring.left
    assert [severity for _, severity in wiring.told] == ["error"]
    assert open_session(demo.path).read_only  # still ours: the lock is kept


def test_switching_saves_leaves_the_old_session_and_starts_clean(
    demo: Any, handles: Callable[..., Any], sessions_dir: Path
) -> None:
    store, wiring = make_store(demo)
    other = handles(demo_report(), sessions_dir)
    store.update(unit="Gemt før skiftet")

    assert store.switch(other)

    assert load_session(demo.path).unit == "Gemt før skiftet"
    assert wiring.left == [(demo, "leave")]
    assert store.handle is other and not store.unsaved and store.save_error is None
    assert wiring.published[-1] is other.session
    assert [timer.stopped for timer in wiring.timers] == [True]  # the old autosave is not run on the new one


def test_a_failed_save_is_not_carried_to_the_session_switched_to(
    demo: Any, handles: Callable[..., Any], sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, wiring = make_store(demo)
    real_prepare = demo.prepare_save
    full_disk(demo, monkeypatch)
    store.update(unit="Ny")
    assert not store.save_now()
    monkeypatch.setattr(demo, "prepare_save", real_prepare)  # space was made
    other = handles(demo_report(), sessions_dir)
    other_bytes = other.path.read_bytes()

    assert store.switch(other)

    assert not store.unsaved and store.save_error is None
    store.close()
    assert other.path.read_bytes() == other_bytes  # nothing to save: the new one was never changed


def test_close_saves_what_is_pending_releases_the_lock_and_can_be_repeated(demo: Any) -> None:
    store, _ = make_store(demo)
    store.update(unit="Lukket")
    store.close()
    store.close()
    assert load_session(demo.path).unit == "Lukket"
    reopened = open_session(demo.path)
    assert not reopened.read_only
    reopened.close()
