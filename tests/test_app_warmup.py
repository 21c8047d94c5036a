"""The session model's warm-up (built off the UI thread after the first
paint) must never take the validator away from a change being made on the
UI thread at the same moment: a forced rebuild did, and a status key pressed
right after opening failed with pydantic's "not fully defined" error."""

from __future__ import annotations

import threading
from pathlib import Path

from kompas_tui.app import _build_session_model
from kompas_tui.storage.session_file import load_session

FIXTURE = Path(__file__).parent / "fixtures" / "sessions" / "v2-workshop.toml"


def test_the_warm_up_never_disturbs_changes_on_the_ui_thread() -> None:
    session = load_session(FIXTURE)
    session.step = "plan"  # the validator is built and in use
    failures: list[BaseException] = []

    def warm_up() -> None:
        for _ in range(30):
            _build_session_model()

    worker = threading.Thread(target=warm_up)
    worker.start()
    try:
        for n in range(3000):
            session.step = "plan" if n % 2 else "summary"
    except Exception as error:  # noqa: BLE001 - any failure is the bug
        failures.append(error)
    finally:
        worker.join()
    assert failures == []
