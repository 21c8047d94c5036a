"""What the operating system refused, in the interface language.

`OSError.strerror` is English whatever the user's language; the common
reasons are in the catalog (area "system"), the rare rest gets its errno.
"""

from __future__ import annotations

import errno

from kompas_tui.i18n import t

_REASONS = {
    errno.ENOENT: "system.missing",
    errno.EACCES: "system.denied",
    errno.EPERM: "system.denied",
    errno.EROFS: "system.read_only",
    errno.ENOSPC: "system.full",
    errno.EDQUOT: "system.full",
    errno.ENOTDIR: "system.not_folder",
    errno.EISDIR: "system.is_folder",
}


def os_reason(error: OSError) -> str:
    """Why `error` happened, e.g. "disken er fuld"."""
    key = _REASONS.get(error.errno or 0)
    return t(key) if key else t("system.other", code=errno.errorcode.get(error.errno or 0, str(error.errno)))


def failure_reason(error: BaseException | None) -> str:
    """Why a worker's operation failed, for its message: "FILE: reason"
    for an OSError about a file, the reason alone without one, anything
    else by its repr (never a traceback)."""
    reason = os_reason(error) if isinstance(error, OSError) else repr(error)
    where = getattr(error, "filename", None)
    return f"{where}: {reason}" if where else reason
