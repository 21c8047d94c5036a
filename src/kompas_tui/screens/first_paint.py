"""The first screen goes out whole, in one frame (issue 14).

Left to itself, Textual paints a new app's first screen several times in
its first tenth of a second: the layout when the screen is shown, the same
screen again (the screen's own refresh on resume), a second layout when
the terminal's size is read, the Footer once the focus has settled, and
then whatever the screen adds after its first paint (the report's part
below the fold, the start screen's recent sessions). Over a slow line that
was 7 frames and 58 KB for `kompas demo`, most of it the same lines again.

So nothing the app renders is written (`KompasApp._display`, where Textual
writes a frame) until every part that asked for the wait says it is done
and the screen has settled (no layout pending: `call_after_refresh` runs
only then); then the whole screen goes out once. A screen that fills
itself after mounting (`wait_for`, then `done`) is painted with what it
filled in. `LIMIT` seconds after the app is up the screen is painted
whatever is still pending, so the hold never stands between the user and
the screen for long; later changes are painted as they come, as ever.
Work the first screen does not show (the start screen's folder read, the
session model's warm-up) starts only once it is out (`after`): a thread
doing it would hold the interpreter the first paint needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual._compositor import LayoutUpdate

if TYPE_CHECKING:
    from textual.app import App

#: Seconds after the app is up (its first refresh after mounting) when the
#: first screen is painted even if something it waits for is not done
#: (tests/conftest.py: never by itself).
LIMIT = 0.1

#: Who the App itself stands for among those waited for: its own mount.
APP = "app"


class FirstPaint:
    """The hold on the first paint of `app` (see the module's doc)."""

    def __init__(self, app: App[object]) -> None:
        self._app = app
        #: True until the first screen is painted: nothing is written meanwhile.
        self.held = True
        self._waiting: set[object] = {APP}
        #: Painting was asked for: the next whole-screen frame goes out.
        self._painting = False
        #: The first screen has been written (what waited for it is started).
        self.out = False
        #: What starts once the first screen is out (`after`).
        self._after: list[Callable[[], object]] = []

    def after(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the first screen is written (now, if it is):
        work the first screen does not show (a folder read) then neither
        delays it nor competes with it for the interpreter."""
        if self.out:
            callback()
        else:
            self._after.append(callback)

    def wait_for(self, who: object) -> None:
        """The first paint waits until `who` says `done` (no effect once painted)."""
        if self.held:
            self._waiting.add(who)

    def done(self, who: object) -> None:
        """`who` is whole; the screen is painted once nothing else is waited
        for and no layout is pending."""
        if who not in self._waiting:
            return
        self._waiting.discard(who)
        if not self._waiting:
            self._app.call_after_refresh(self.release)
        elif who == APP:
            # The app is up and its screen laid out: what is still waited
            # for (a folder read by a worker) gets `LIMIT` seconds more.
            self._app.set_timer(LIMIT, self.release, name="first-paint")

    def again_when_settled(self) -> None:
        """Hold the output again, and write the screen whole once it has
        settled: for a first screen that fills itself in after it was
        painted all the same (`LIMIT`), whose filling lays it out in a few
        passes (the start screen's recent list: its lines, the Footer's
        keys, the list's scrollbar) that would each be a frame."""
        if self.held:
            return
        self.held, self._painting = True, False
        self._app.call_after_refresh(self.release)

    def release(self) -> None:
        """Paint the screen now, whole, whatever is still pending."""
        if not self.held:
            return
        self._waiting.clear()
        self._painting = True
        # What was rendered while held was never written: the whole screen.
        self._app.screen.refresh()

    def lets_through(self, frame: Any) -> bool:
        """Whether Textual's `frame` (a compositor update) is written: every
        frame once painted; while held, none but the whole screen asked for
        by `release` (a part of it laid out again in the same refresh
        comes just before, and is in the whole)."""
        if not self.held:
            return True
        if self._painting and isinstance(frame, LayoutUpdate):
            self.held = False
            if not self.out:
                self.out = True
                for callback in self._after:
                    self._app.call_later(callback)
                self._after.clear()
            return True
        return False
