"""Reading a report file's bytes and decoding CSV text.

Every failure becomes an `InputError` naming the file, so a missing file, a
folder or a permission problem reads the same in the CLI and the app.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from kompas_tui.errors import InputError, Problem
from kompas_tui.i18n import t


def read_bytes(path: Path, file: str) -> bytes:
    """A report's bytes, read safely (kompas_tui/safe_read.py): a FIFO or
    device is refused without being opened, the size is bounded, and a
    symbolic link is followed only when the user owns it."""
    from kompas_tui.safe_read import REPORT, read_file

    return read_file(path, REPORT, links="own", file=file)


def line_at(data: bytes, offset: int) -> int:
    """1-based line of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, file: str) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), else Windows-1252.

    Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252 and
    "CSV UTF-8" with a BOM; "Unicode text" is UTF-16 with a BOM.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _encoding_error(data, exc.start, file) from None
    else:
        if b"\x00" in data:
            raise InputError([_binary_problem(file, line_at(data, data.index(b"\x00")))])
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                # A BOM on a file that is not UTF-8 after all is no content.
                text = data.removeprefix(codecs.BOM_UTF8).decode("cp1252")
            except UnicodeDecodeError as exc:
                # Neither encoding fits: point at a byte that is wrong in both.
                raise _encoding_error(data, exc.start, file) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError([_binary_problem(file, line)])
    return text


def _encoding_error(data: bytes, offset: int, file: str) -> InputError:
    return InputError(
        [
            Problem(
                file,
                line_at(data, offset),
                expected=t("errors.expect.text_encoding"),
                found=t("errors.found.byte", byte=f"0x{data[offset]:02X}"),
            )
        ]
    )


def _binary_problem(file: str, line: int) -> Problem:
    return Problem(file, line, expected=t("errors.expect.text_encoding"), found=t("errors.found.binary"))
