"""`kompas sync` and `kompas init-history` (docs/history.md): three real
repositories in temporary folders, a bare one as HR's and two servers'
sessions folders, changing different sessions and the same one, synced
both ways. A session changed on both is never merged line by line: the
other side's version is kept beside it, reported, listed among the
overview's problems, and `kompas log` says which checkpoints ran in
parallel."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from history_repos import add, git, isolated_git_home, needs_git, new_unit, reopen, set_status  # noqa: F401
from kompas_tui.cli import main
from kompas_tui.storage.history import checkpoint
from kompas_tui.storage.session_file import load_session

pytestmark = needs_git


class Servers:
    """HR's bare repository and two servers' sessions folders."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        self.root, self.monkeypatch, self.capsys = root, monkeypatch, capsys
        self.remote = root / "hr" / "historik.git"
        self.folders = {"nord": root / "nord" / "sessions", "syd": root / "syd" / "sessions"}
        assert self.run("nord", "init-history", "--bare", str(self.remote))[0] == 0
        for name in self.folders:
            assert self.run(name, "init-history", str(self.folders[name]), "--remote", str(self.remote))[0] == 0

    def run(self, host: str, *args: str) -> tuple[int, str, str]:
        """`kompas ARGS` as run on server `host`."""
        self.monkeypatch.setattr(socket, "gethostname", lambda: host)
        code = main(list(args))
        out, err = self.capsys.readouterr()
        return code, out, err

    def sync(self, host: str) -> tuple[int, str, str]:
        return self.run(host, "sync", str(self.folders[host]))

    def checkpoint(self, host: str, handle, kind: str = "quit") -> None:
        self.monkeypatch.setattr(socket, "gethostname", lambda: host)
        checkpoint(handle.path, kind)

    def shared(self) -> Path:
        """A session made on nord and synced to syd; then changed on nord
        (Anna's action), not yet synced. Its path on nord."""
        handle = new_unit(self.folders["nord"])
        add(handle, "Mette", dt.date(2027, 1, 15))
        self.checkpoint("nord", handle)
        handle.close()
        self.sync("nord")
        self.sync("syd")
        on_nord = reopen(handle.path)
        add(on_nord, "Anna")
        self.checkpoint("nord", on_nord)
        on_nord.close()
        return handle.path

    def files(self, host: str) -> list[str]:
        return sorted(git(self.folders[host], "ls-tree", "-r", "--name-only", "HEAD").split())


@pytest.fixture
def servers(tmp_path, monkeypatch, capsys) -> Servers:
    return Servers(tmp_path, monkeypatch, capsys)


def test_different_sessions_meet_on_both_servers(servers):
    nord = new_unit(servers.folders["nord"], "Hjemmeplejen Nord")
    add(nord, "Mette")
    servers.checkpoint("nord", nord)
    nord.close()
    syd = new_unit(servers.folders["syd"], "Skolen ved Søen")
    servers.checkpoint("syd", syd)
    syd.close()

    code, out, err = servers.sync("nord")
    assert (code, err) == (0, "")
    assert out == "origin: 0 hentet, 2 sendt, 0 gemt i historikken først\n"  # .gitignore, the session
    code, out, err = servers.sync("syd")
    assert (code, err) == (0, "")
    assert out == "origin: 2 hentet, 1 sendt, 0 gemt i historikken først\n"  # syd's .gitignore was the same
    assert servers.sync("nord")[0] == 0
    assert servers.files("nord") == servers.files("syd") == [".gitignore", nord.path.name, syd.path.name]
    for host in ("nord", "syd"):
        code, out, _ = servers.run(host, "overview", str(servers.folders[host]), "--format", "json")
        data = json.loads(out)
        assert sorted(unit["unit"] for unit in data["units"]) == ["Hjemmeplejen Nord", "Skolen ved Søen"]
        assert data["problems"] == []
    assert git(servers.remote, "rev-parse", "main") == git(servers.folders["nord"], "rev-parse", "HEAD")


def test_the_same_session_changed_on_both_is_kept_whole_and_the_other_beside(servers):
    name = servers.shared().name
    # Syd changes it too before they sync again.
    on_syd = reopen(servers.folders["syd"] / name)
    set_status(on_syd, "a1", "done")
    add(on_syd, "Bo")
    servers.checkpoint("syd", on_syd)
    on_syd.close()

    assert servers.sync("nord")[0] == 0
    code, out, err = servers.sync("syd")
    assert code == 1
    copy = name.removesuffix(".toml") + f".conflict-nord-{dt.date.today().isoformat()}.toml"
    assert err.splitlines() == [f"{copy}: den anden servers udgave; sammenlign, ret sessionen og slet kopien"]
    syd_folder = servers.folders["syd"]
    assert [a.owner for a in load_session(syd_folder / name).plan.actions] == ["Mette", "Bo"]
    assert [a.owner for a in load_session(syd_folder / copy).plan.actions] == ["Mette", "Anna"]
    assert "<<<<<<<" not in (syd_folder / name).read_text(encoding="utf-8")

    assert servers.sync("nord")[0] == 0
    assert servers.files("nord") == servers.files("syd") == [".gitignore", copy, name]
    nord_folder = servers.folders["nord"]
    assert (nord_folder / name).read_bytes() == (syd_folder / name).read_bytes()
    code, out, _ = servers.run("nord", "overview", str(nord_folder), "--format", "json")
    problems = json.loads(out)["problems"]
    assert problems == [{"path": copy, "reason": (
        f"en anden servers udgave af {name} (kompas sync: ændret begge steder); sammenlign, ret sessionen og slet kopien"
    )}]

    code, out, _ = servers.run("nord", "log", str(nord_folder / name), "--lang", "en")
    lines = out.splitlines()
    assert lines[1].endswith(
        f"on syd: synced: changed both here and on nord; the version from nord is kept beside it as {copy}"
    )
    # Each side's change in its own words, against its own earlier version.
    # Both added an "a2": a line merge would have made two.
    assert lines[2].endswith("on syd: Action plan: a1 done; a2 added (Bo) [at the same time as changes on nord]")
    assert lines[3].endswith("on nord: Action plan: a2 added (Anna) [at the same time as changes on syd]")
    assert "[at the same time" not in lines[4]


def test_a_session_open_here_holds_its_sync_back_until_it_is_closed(servers):
    path = servers.shared()
    servers.sync("nord")

    on_syd = reopen(servers.folders["syd"] / path.name)  # someone has it open on syd
    before = git(servers.folders["syd"], "rev-parse", "HEAD")
    code, out, err = servers.sync("syd")
    assert code == 1
    [line] = err.splitlines()
    assert line.startswith(f"{path.name} er åben hos ")
    assert line.endswith("; synkroniseres, når den er lukket")
    assert git(servers.folders["syd"], "rev-parse", "HEAD") == before
    assert [a.owner for a in load_session(on_syd.path).plan.actions] == ["Mette"]
    on_syd.close()
    assert servers.sync("syd")[0] == 0
    assert [a.owner for a in load_session(on_syd.path).plan.actions] == ["Mette", "Anna"]


def test_changes_saved_without_a_checkpoint_are_committed_first(servers):
    handle = new_unit(servers.folders["nord"])
    add(handle, "Mette")  # saved, never checkpointed (a dropped connection)
    handle.close()
    code, out, _ = servers.sync("nord")
    assert code == 0
    assert out == "origin: 0 hentet, 2 sendt, 1 gemt i historikken først\n"
    assert git(servers.folders["nord"], "log", "-1", "--format=%B").strip().splitlines()[-2:] == [
        "Kompas-Checkpoint: sync", "Kompas-Host: nord"
    ]


def test_an_unreachable_remote_is_one_line_and_no_prompt(servers):
    folder = servers.folders["nord"]
    git(folder, "remote", "set-url", "origin", "ssh://kompas-test.invalid/srv/historik.git")
    started = time.monotonic()
    code, out, err = servers.sync("nord")
    assert code == 1
    assert len(err.splitlines()) == 1 and err.startswith("origin kan ikke nås: ")
    assert time.monotonic() - started < 60


def test_nothing_to_sync_with_is_a_usage_error(tmp_path, capsys, sessions_dir):
    assert main(["sync", str(sessions_dir)]) == 2
    assert "mappen har ingen historik at synkronisere" in capsys.readouterr().err
    folder = tmp_path / "alone"
    assert main(["init-history", str(folder), "--lang", "en"]) == 0
    assert "No remote: the history stays on this server" in capsys.readouterr().out
    assert main(["sync", str(folder), "--lang", "en"]) == 2
    assert "no remote set up (kompas init-history --remote URL)" in capsys.readouterr().err


def test_init_history_is_private_ignores_what_is_never_history_and_commits_what_is_there(tmp_path, capsys):
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    handle = new_unit(folder)
    handle.close()
    assert main(["init-history", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "1 session gemt som første version" in out
    assert stat.S_IMODE((folder / ".git").stat().st_mode) & 0o077 == 0
    assert git(folder, "config", "core.sharedRepository").strip() in ("0600", "384")
    assert (folder / ".gitignore").read_text().splitlines()[1:] == ["*.lock", "*.bak", "*.ballot/", ".*.tmp"]
    assert sorted(git(folder, "ls-tree", "--name-only", "HEAD").split()) == [".gitignore", handle.path.name]
    head = git(folder, "rev-parse", "HEAD")
    assert main(["init-history", str(folder)]) == 0  # again: nothing to do
    assert "har allerede en historik" in capsys.readouterr().out
    assert git(folder, "rev-parse", "HEAD") == head


def test_init_history_in_a_setgid_team_folder_lets_the_group_write(tmp_path, capsys):
    folder = tmp_path / "team"
    folder.mkdir()
    os.chmod(folder, 0o2770)
    assert main(["init-history", str(folder)]) == 0
    mode = stat.S_IMODE((folder / ".git").stat().st_mode)
    assert mode & 0o070 == 0o070 and mode & 0o007 == 0
    assert git(folder, "config", "core.sharedRepository").strip() in ("0660", "432")


def test_the_bare_repository_refuses_rewritten_history(tmp_path, capsys):
    remote = tmp_path / "historik.git"
    assert main(["init-history", "--bare", str(remote), "--lang", "en"]) == 0
    assert "is now the shared repository the servers sync with" in capsys.readouterr().out
    assert git(remote, "config", "receive.denyNonFastForwards").strip() == "true"
    assert git(remote, "config", "receive.denyDeletes").strip() == "true"


def test_a_fifo_named_like_a_session_neither_hangs_nor_stops_the_sync(servers):
    folder = servers.folders["nord"]
    os.mkfifo(folder / "planted.toml")
    handle = new_unit(folder)
    add(handle, "Mette")
    handle.close()
    started = time.monotonic()
    code, out, err = servers.sync("nord")
    assert (code, err) == (0, "")
    assert out.endswith("1 gemt i historikken først\n")
    assert time.monotonic() - started < 60
    assert "planted.toml" not in servers.files("nord")
