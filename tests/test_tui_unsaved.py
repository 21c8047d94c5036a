"""Ctrl+Q on a full disk (issue 13, SPEC §7: nothing typed is lost to a full
disk without the user knowing). A note is typed in the Dialog step, every
write of the session then fails with ENOSPC (injected at the write layer,
storage/atomic.py), and Ctrl+Q does not leave: it says the session cannot
be saved and offers to try again, to write a copy to the home folder, to
write the session on the terminal, or to leave without saving (asked
twice). A real full disk (a tiny tmpfs) is in test_full_disk.py."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kompas_tui.domain.dialog import notes_for
from kompas_tui.screens.dialog import DialogScreen
from kompas_tui.screens.unsaved import UnsavedDialog
from kompas_tui.storage import atomic
from kompas_tui.storage.session_file import load_session
from pilot_tools import wait_until

SIZE = (80, 24)
NOTE = "Det vi ikke må miste [/] æøå"


def flat(text: str) -> str:
    return " ".join(text.translate(str.maketrans("", "", "│▁▂▃▄▅▆▇█▔▎▊▌")).split())


class Disk:
    """The sessions folder's disk: full or not (every write of a file in it
    fails with ENOSPC; other disks, like the home folder's, have room)."""

    def __init__(self, monkeypatch, folder: Path) -> None:
        self.full = False
        real = atomic._write_all

        def write_all(fd: int, data: bytes) -> None:
            if self.full and Path(os.readlink(f"/proc/self/fd/{fd}")).is_relative_to(folder):
                raise OSError(errno.ENOSPC, "No space left on device")
            real(fd, data)

        monkeypatch.setattr(atomic, "_write_all", write_all)


@pytest.fixture
def disk(monkeypatch, sessions_dir) -> Disk:
    return Disk(monkeypatch, sessions_dir)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: folder))
    return folder


async def type_note_then_fill_the_disk(pilot, disk: Disk) -> None:
    await pilot.press("f3")
    await pilot.pause()
    assert isinstance(pilot.app.screen, DialogScreen)
    await pilot.press("ctrl+n", "ctrl+n")  # past the record of the meeting to the first prompt's notes
    await pilot.pause()
    disk.full = True
    await pilot.press(*NOTE)
    await pilot.press("ctrl+q")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, UnsavedDialog), "the unsaved dialog")


async def test_ctrl_q_on_a_full_disk_stays_and_says_why(make_app, demo_handle, disk, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        assert isinstance(app.screen, UnsavedDialog)
        text = flat(screen_text(app))
        # (The dialog wraps the line; the screen behind shows at its left edge.)
        assert f"Sessionen {demo_handle.path.name} kan ikke gemmes: disken er" in text
        assert "Dine seneste ændringer findes kun i dette vindue" in text
        assert "h: gem en kopi som en ny fil i" in text
        await pilot.press("ctrl+q")  # no way round it
        await pilot.pause()
        assert isinstance(app.screen, UnsavedDialog) and app.is_running
        await pilot.press("escape")  # back to work: the note is still there
        await pilot.pause()
        assert isinstance(app.screen, DialogScreen)
        assert NOTE in screen_text(app)
        assert notes_for(load_session(demo_handle.path).dialog, "concerns") == ""


async def test_g_saves_once_space_is_made_and_leaves(make_app, demo_handle, disk, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        await pilot.press("g")
        await pilot.pause()
        assert "Kan stadig ikke gemme: disken er fuld." in flat(screen_text(app))
        disk.full = False
        await pilot.press("g")
        await pilot.pause()
        assert not app.is_running
    assert notes_for(load_session(demo_handle.path).dialog, "concerns") == NOTE


async def test_h_writes_a_copy_in_the_home_folder_and_names_it(make_app, demo_handle, disk, home, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        await pilot.press("h")
        await pilot.pause()
        assert not app.is_running
    [copy] = home.iterdir()
    assert copy.name.startswith(f"kompas-{demo_handle.path.stem}-") and copy.suffix == ".toml"
    assert copy.stat().st_mode & 0o077 == 0
    assert notes_for(load_session(copy).dialog, "concerns") == NOTE
    assert str(copy) in app._exit_notice and "kompas open" in app._exit_notice
    assert notes_for(load_session(demo_handle.path).dialog, "concerns") == ""  # the file as it was


async def test_h_on_a_full_home_says_so_and_stays(make_app, demo_handle, disk, home, screen_text, monkeypatch):
    from kompas_tui.storage import rescue

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rescue, "write_synced", full)
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        await pilot.press("h")
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Kopien kunne ikke gemmes" in text and "disken er fuld" in text and "Prøv t" in text
        assert app.is_running and list(home.iterdir()) == []  # no half copy left
        monkeypatch.undo()


async def test_t_leaves_and_writes_the_whole_session_on_the_terminal(make_app, demo_handle, disk, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        await pilot.press("t")
        await pilot.pause()
        assert not app.is_running
    import tomllib

    printed = tomllib.loads(app._exit_output.decode())
    assert any(prompt.get("notes") == NOTE for prompt in printed["dialog"]["prompts"])
    assert "kunne ikke gemmes" in app._exit_notice


async def test_a_twice_leaves_without_saving_after_saying_so(make_app, demo_handle, disk, screen_text):
    app = make_app(demo_handle)
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        await pilot.press("a")
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Afslut uden at gemme? Ændringerne siden sidste" in text and "Tryk a igen." in text
        assert app.is_running
        await pilot.press("g", "a")  # another key in between asks again
        await pilot.pause()
        assert app.is_running
        await pilot.press("a")
        await pilot.pause()
        assert not app.is_running
    assert notes_for(load_session(demo_handle.path).dialog, "concerns") == ""


async def test_in_english(make_app, demo_handle, disk, screen_text):
    app = make_app(demo_handle, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await type_note_then_fill_the_disk(pilot, disk)
        text = flat(screen_text(app))
        assert f"The session {demo_handle.path.name} cannot be saved: the disk" in text
        assert "t: quit and write the whole session in the terminal" in text
