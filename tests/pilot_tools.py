"""Time and text for Pilot tests, without racing the clock (docs/testing.md).

kompas's own timers (autosave, the pending dot count, the date fields'
pause in typing, the ballot polling, ...) never run out by themselves in a
Pilot test (`conftest._timers_wait_for_the_test`): a test says when their
time has passed with `fire`. What a thread worker does is waited for with
`wait_until`, which polls at once and gives up only after a generous time,
so a loaded machine is slower but never red.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from textual.geometry import Region
from textual.timer import Timer
from textual.worker import WorkerCancelled, WorkerFailed

#: How long `wait_until` waits before it calls the condition broken: long,
#: since a machine under load may take its time; a passing test never waits
#: that long.
PATIENCE = 60.0


def running_timers(app: Any, name: str) -> list[Timer]:
    """The timers called `name` that are set and not yet run out, on the app
    and on everything on its screens."""
    nodes = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    return [
        timer
        for node in nodes
        for timer in list(node._timers)
        if timer.name == name and timer._task is not None and not timer._task.done()
    ]


async def fire(pilot: Any, name: str) -> None:
    """Let the time of the running timer(s) `name` pass now: a one-off
    timer runs out (and is gone), a repeating one ticks once. Fails when no
    such timer is running: the test expected something to be pending."""
    timers = running_timers(pilot.app, name)
    assert timers, f"no {name!r} timer is running"
    for timer in timers:
        if timer._repeat is None:  # set_interval: tick once, on its owner
            timer.target.call_next(timer._callback)
        else:  # set_timer: its callback already posts to its owner
            timer.stop()
            timer._callback()
    await pilot.pause()


async def autosave(pilot: Any) -> None:
    """The autosave's delay passes (a change is in the file "within a
    second", SPEC §7) and its write on the writer thread ends: fails when no
    save was pending."""
    await fire(pilot, "autosave")
    pilot.app.store.wait_for_writes()
    await pilot.pause()  # a failed write is told by a message to the app


async def wait_until(pilot: Any, condition: Callable[[], Any], what: str = "the condition") -> None:
    """Let the app run until `condition()` is true (a worker finished, a
    screen opened); give up only after `PATIENCE` seconds."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause()


async def checkpoints_made(app: Any) -> bool:
    """Wait until the app's checkpoints are made, off the event loop: a
    failing one tells the screen through the loop (`call_from_thread`), so
    a wait that blocked the loop would wait for itself."""
    return await asyncio.to_thread(app.checkpoints.drain, PATIENCE)


def unwrapped(text: str) -> str:
    """`text` with every space and line break taken out, so a path or a
    name is found wherever the screen wrapped it (the wrap point depends
    on how long the temp folder's path is)."""
    return "".join(text.split())


def widget_lines(widget: Any) -> list[str]:
    """The lines `widget` draws at its size on the screen (wrapped as
    there), also the part its container has scrolled out of view."""
    width, height = widget.outer_size
    return [strip.text for strip in widget.render_lines(Region(0, 0, width, height))]


async def settle_workers(pilot: Any) -> None:
    """Let every worker the app has started finish (reading a folder or a
    report, opening a session, the palette's search), also those started by
    one that finished, and let the app take in what they returned. A worker
    that failed is the app's to show: the test looks at the screen."""
    app = pilot.app
    first_paint = getattr(app, "first_paint", None)
    if first_paint is not None:
        # Work the first screen does not show starts once it is out (the
        # start screen's folder read): wait for that, and let it start.
        await wait_until(pilot, lambda: first_paint.out, "the first screen")
        await pilot.pause()
    while busy := [worker for worker in app.workers if not worker.is_finished]:
        for worker in busy:
            try:
                await worker.wait()
            except (WorkerCancelled, WorkerFailed):
                pass
        await pilot.pause()
    await pilot.pause()


async def report_in_full(pilot: Any) -> None:
    """Wait for the report screen's lower part (the chart, the
    zero-tolerance point, the guidance), mounted after the first paint."""
    await wait_until(pilot, lambda: pilot.app.screen.query("#report-rest"), "the report's lower part")
    await pilot.pause()
