"""What the operating system refused, in the interface language
(os_errors.py): the reason alone, and a worker's failure with its file."""

from __future__ import annotations

import errno

from kompas_tui.os_errors import failure_reason, os_reason


def test_the_reason_is_in_the_interface_language():
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "disken er fuld"
    assert os_reason(OSError(errno.ENAMETOOLONG, "File name too long")) == "systemet nægtede (ENAMETOOLONG)"


def test_a_failure_names_its_file_when_it_has_one():
    full = OSError(errno.ENOSPC, "No space left on device", "/srv/kompas/[bold]x.md")
    assert failure_reason(full) == "/srv/kompas/[bold]x.md: disken er fuld"
    assert failure_reason(OSError(errno.EROFS, "Read-only file system")) == "filsystemet er skrivebeskyttet"


def test_anything_else_is_named_by_its_repr_never_a_traceback():
    assert failure_reason(ValueError("odd")) == "ValueError('odd')"
    assert failure_reason(None) == "None"
