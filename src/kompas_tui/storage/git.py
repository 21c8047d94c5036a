"""Running `git` on a sessions folder, safely (docs/history.md).

kompas keeps a folder's history with the `git` command (Debian package
`git`), through this module only. Every call:

- names the repository explicitly (`GIT_DIR`, `GIT_WORK_TREE`): nothing is
  discovered from the current folder or the environment, and git's
  ownership check (`safe.directory`), which exists to stop a repository's
  owner from running programs as whoever uses it, is replaced by kompas's
  own rule: `unsafe_settings` refuses a repository whose own settings
  (`.git/config`) name a program git could run for the commands kompas
  uses, and every call turns off hooks, fsmonitor and signing. So a team
  folder made by one member works for every member, and no member can run
  a program as another through it;
- drops the caller's `GIT_*` variables, reads no terminal (stdin is
  /dev/null, `GIT_TERMINAL_PROMPT=0`, ssh in `BatchMode`: a key that needs
  a passphrase fails instead of asking), and speaks English to be parsed;
- overrides the user settings that would change what is written (signing,
  line endings), so an odd `~/.gitconfig` breaks nothing. `user.name` and
  `user.email` are read but never required.

`GitError` carries git's own last line of complaint, or says that git is
not installed.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Seconds a local git command may take (a huge first commit included).
LOCAL_TIMEOUT = 120
#: Seconds a fetch or push may take; ssh gives up connecting sooner.
NETWORK_TIMEOUT = 600
SSH_COMMAND = "ssh -o BatchMode=yes -o ConnectTimeout=30"
#: For commands that take a path to limit to: "a[1].toml" is that file,
#: not a pattern (check-ignore refuses this, so it is not set everywhere).
LITERAL = {"GIT_LITERAL_PATHSPECS": "1"}

#: Set on every call: no hooks, no file-system monitor, no signing (which
#: would run gpg), no line-ending conversion, no submodule recursion, no
#: `ext::` remotes (they run a command).
_OVERRIDES = (
    "core.hooksPath=/dev/null",
    "core.fsmonitor=false",
    "core.autocrlf=false",
    "core.safecrlf=false",
    "commit.gpgSign=false",
    "log.showSignature=false",
    "fetch.recurseSubmodules=false",
    "submodule.recurse=false",
    "protocol.ext.allow=never",
    "gc.autoDetach=false",
)

#: Settings in a repository's own `.git/config` that name a program git may
#: run for kompas's commands (fetch, push, log, commit-tree ...): kompas
#: refuses such a repository (`unsafe_settings`). Lower case, as git
#: reports names; `*` is one name part.
_UNSAFE = tuple(
    re.compile("^" + pattern.replace(".", r"\.").replace("*", r"[^\n]+") + "$")
    for pattern in (
        "core.sshcommand", "core.gitproxy", "core.askpass", "core.alternaterefscommand",
        "credential.helper", "credential.*.helper", "remote.*.uploadpack", "remote.*.receivepack",
        "include.path", "includeif.*.path", "gpg.program", "gpg.*.program", "uploadpack.packobjectshook",
    )
)

#: Variables kept from the caller's environment although they start GIT_:
#: none; everything git needs is set here.
_GIT_PREFIX = "GIT_"


class GitError(Exception):
    """A git command failed. `reason` is one line for the user; `missing`
    is True when git itself is not installed."""

    def __init__(self, reason: str, *, missing: bool = False, code: int | None = None, stderr: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.missing = missing
        self.code = code
        self.stderr = stderr


@dataclass(frozen=True)
class Repo:
    """A git work tree: `top` is its top folder, `git_dir` its `.git`."""

    top: Path
    git_dir: Path
    #: A bare repository (a remote): no work tree.
    bare: bool = False

    def relative(self, path: Path | str) -> str:
        """`path` inside the work tree, as git names it ("a/b.toml")."""
        return Path(os.path.realpath(path)).relative_to(self.top).as_posix()

    def run(
        self,
        *args: str,
        input: bytes | None = None,
        env: Mapping[str, str] | None = None,
        ok: Sequence[int] = (0,),
        timeout: float = LOCAL_TIMEOUT,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run `git ARGS` on this repository. Raises `GitError` unless the
        exit code is in `ok`."""
        command = ["git", *(part for item in _OVERRIDES for part in ("-c", item)), *args]
        try:
            done = subprocess.run(
                command,
                input=input,
                stdin=None if input is not None else subprocess.DEVNULL,
                capture_output=True,
                env=self.environment(env),
                cwd=self.top,
                timeout=timeout,
                check=False,
            )
        except FileNotFoundError:
            raise GitError("git is not installed", missing=True) from None
        except subprocess.TimeoutExpired:
            raise GitError(f"git {args[0]}: no answer in {int(timeout)} s") from None
        except OSError as exc:
            raise GitError(f"git {args[0]}: {exc.strerror or exc}") from None
        if done.returncode not in ok:
            stderr = done.stderr.decode("utf-8", "replace")
            raise GitError(_last_line(stderr) or f"git {args[0]}: exit {done.returncode}",
                           code=done.returncode, stderr=stderr)
        return done

    def text(self, *args: str, **kwargs: object) -> str:
        """The standard output of `git ARGS`, decoded, without the final newline."""
        return self.run(*args, **kwargs).stdout.decode("utf-8", "replace").rstrip("\n")  # type: ignore[arg-type]

    def environment(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {name: value for name, value in os.environ.items() if not name.startswith(_GIT_PREFIX)}
        env.update(
            GIT_DIR=str(self.git_dir),
            GIT_TERMINAL_PROMPT="0",
            GIT_SSH_COMMAND=SSH_COMMAND,
            GIT_PAGER="cat",
            GIT_OPTIONAL_LOCKS="0",
            LC_ALL="C",
        )
        if not self.bare:
            env["GIT_WORK_TREE"] = str(self.top)
        env.pop("LANGUAGE", None)
        if extra:
            env.update(extra)
        return env


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # git ends with its verdict; "hint:" lines are advice around it.
    verdicts = [line for line in lines if not line.startswith("hint:")]
    return (verdicts or lines or [""])[-1]


def find_repo(path: Path | str) -> Repo | None:
    """The git work tree `path` (a file or folder) is in, or None. Found by
    looking for `.git` upwards, as git does, without running git; a `.git`
    file (`gitdir: ...`, a linked work tree) is followed."""
    start = Path(os.path.realpath(path))
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        marker = candidate / ".git"
        try:
            if marker.is_dir():
                return Repo(candidate, marker)
            if marker.is_file():
                git_dir = _linked_git_dir(marker)
                if git_dir is not None:
                    return Repo(candidate, git_dir)
        except OSError:
            return None
    return None


def _linked_git_dir(marker: Path) -> Path | None:
    try:
        line = marker.read_text(encoding="utf-8", errors="replace")[:4096].strip()
    except OSError:
        return None
    if not line.startswith("gitdir:"):
        return None
    target = Path(line.removeprefix("gitdir:").strip())
    target = target if target.is_absolute() else marker.parent / target
    return Path(os.path.realpath(target)) if target.is_dir() else None


def unsafe_settings(repo: Repo) -> list[str]:
    """The settings of the repository's own `.git/config` that name a
    program git could run (see `_UNSAFE`). Read with `git config --file`,
    which looks at nothing else and follows no include."""
    config = repo.git_dir / "config"
    if not config.is_file():
        return []
    done = repo.run("config", "--file", str(config), "--name-only", "--list", ok=(0, 1))
    names = done.stdout.decode("utf-8", "replace").lower().splitlines()
    return [name for name in names if any(pattern.match(name) for pattern in _UNSAFE)]


def git_available() -> bool:
    try:
        subprocess.run(["git", "--version"], capture_output=True, stdin=subprocess.DEVNULL, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return False
    return True
