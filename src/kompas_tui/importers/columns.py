"""Columns and cell values of CSV and XLSX reports (SPEC §6).

Headers and the words in cells are compared after folding: case, surrounding
space, separators and the Danish letters do not matter, so 'Spørgsmål',
'spoergsmaal' and 'SPORGSMAAL' name the same column and 'høj', 'hoej' and
'hoj' the same direction. Reports come out of Excel on machines with and
without Danish keyboards, so all of these spellings occur in real files.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from kompas_tui.errors import Problem
from kompas_tui.i18n import t
from kompas_tui.importers.problems import quote

#: canonical column -> (Danish name, English name, other accepted spellings).
#: The canonical names are the English ones.
COLUMNS: dict[str, tuple[str, ...]] = {
    "unit": ("enhed", "unit"),
    "measurement": ("maaling", "measurement"),
    "invited": ("inviterede", "invited"),
    "answered": ("besvarede", "answered", "respondents"),
    "theme_no": ("tema_nr", "theme_no", "temanr", "tema_nummer", "theme_nr", "theme_number"),
    "theme": ("tema", "theme"),
    "question_id": ("spm_id", "question_id", "spm_nr", "spoergsmaal_id", "item_id"),
    "question": ("spoergsmaal", "question", "spoergsmaal_tekst", "question_text", "item"),
    "kind": ("type", "type", "kind"),
    "scale": ("skala", "scale"),
    "direction": ("retning", "direction"),
    "n": ("n", "n", "antal_svar"),
    "mean": ("gns", "mean", "gennemsnit", "average"),
    "org_mean": ("kommune_gns", "org_mean", "org_gns", "organisation_mean", "organization_mean"),
    "previous_mean": ("forrige_gns", "previous_mean", "prev_mean"),
    "colour": ("farve", "colour", "color"),
    "count_yes": ("antal_ja", "count_yes"),
    "from_leader": ("fra_leder", "from_leader"),
    "from_colleagues": ("fra_kolleger", "from_colleagues"),
    "from_subordinates": ("fra_underordnede", "from_subordinates"),
    "from_citizens": ("fra_borgere", "from_citizens"),
}

#: Columns whose cells are free text (kept as written, minus surrounding space).
TEXT_COLUMNS = ("unit", "measurement", "theme", "question_id", "question")

_SEPARATORS = re.compile(r"[\s\-./]+")


def fold(text: str) -> str:
    """A spelling-insensitive key: 'Spørgsmål ' and 'SPOERGSMAAL' give the same.

    æ/ø/å are spelled out (ae/oe/aa) and then reduced to one letter, so both
    the transliterated and the plain-ASCII spellings match.
    """
    text = unicodedata.normalize("NFC", text).strip().casefold()
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = _SEPARATORS.sub("_", text).strip("_")
    return text.replace("ae", "a").replace("oe", "o").replace("aa", "a")


def _key_table() -> tuple[dict[str, str], dict[str, str]]:
    canonical: dict[str, str] = {}
    display: dict[str, str] = {}
    for column, names in COLUMNS.items():
        for name in names:
            key = fold(name)
            if canonical.setdefault(key, column) != column:
                raise AssertionError(f"header alias {name!r} is ambiguous")
            display.setdefault(key, name)
    return canonical, display


#: folded header -> canonical column; folded header -> how to show it.
HEADER_KEYS, _HEADER_DISPLAY = _key_table()


@dataclass
class Header:
    """The header line of a CSV file or XLSX sheet, resolved to canonical columns."""

    line: int
    #: canonical column -> position of its cell in each row.
    index: dict[str, int] = field(default_factory=dict)
    #: canonical column -> the header as written in the file.
    written: dict[str, str] = field(default_factory=dict)
    #: Whether the file mostly uses the Danish names (for naming missing columns).
    danish: bool = True

    def has(self, column: str) -> bool:
        return column in self.index

    def name(self, column: str) -> str:
        """The column's header as written, or its name in the file's language."""
        if column in self.written:
            return self.written[column]
        danish, english = COLUMNS[column][:2]
        return danish if self.danish else english


def read_header(cells: list[str], line: int, file: str) -> tuple[Header, list[Problem]]:
    """Map header cells to canonical columns; unknown columns are ignored unless
    they look like a misspelt known one (a typo would silently drop data)."""
    header = Header(line)
    problems: list[Problem] = []
    danish_votes = english_votes = 0
    for position, cell in enumerate(cells):
        text = cell.strip()
        if not text:
            continue
        key = fold(text)
        column = HEADER_KEYS.get(key)
        if column is None:
            import difflib  # only for a header kompas does not know

            close = difflib.get_close_matches(key, HEADER_KEYS, n=1, cutoff=0.85)
            if close:
                problems.append(
                    Problem(
                        file,
                        line,
                        text,
                        expected=t("errors.expect.known_column", name=_HEADER_DISPLAY[close[0]]),
                        found=quote(text),
                    )
                )
            continue
        if column in header.index:
            problems.append(
                Problem(file, line, text, message=t("errors.column_twice", first=header.written[column]))
            )
            continue
        header.index[column] = position
        header.written[column] = text
        danish, english = (fold(name) for name in COLUMNS[column][:2])
        danish_votes += key == danish and key != english
        english_votes += key == english and key != danish
    header.danish = danish_votes >= english_votes
    return header, problems


# --- cell values -------------------------------------------------------------

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)
_COUNT = re.compile(r"\+?[0-9]+", re.ASCII)
_SCALE = re.compile(r"([0-9]+)\s*[-\u2010-\u2015\u2212]\s*([0-9]+)", re.ASCII)


def parse_number(raw: str) -> float:
    """A number with decimal comma or point ('3,9', '3.9', '-1', '4')."""
    text = raw.strip().replace("\u2212", "-")  # some exports use the Unicode minus
    if not _NUMBER.fullmatch(text):
        raise ValueError(raw)
    value = float(text.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(raw)
    return value


def parse_count(raw: str) -> int:
    """A whole number, 0 or more."""
    text = raw.strip()
    if not _COUNT.fullmatch(text):
        raise ValueError(raw)
    return int(text)


def parse_scale(raw: str) -> str:
    """'1-5', '1-7' or '0-100'; any dash and spaces around it are fine."""
    match = _SCALE.fullmatch(raw.strip())
    if not match:
        raise ValueError(raw)
    scale = f"{int(match[1])}-{int(match[2])}"
    if scale not in ("1-5", "1-7", "0-100"):
        raise ValueError(raw)
    return scale


def _word_parser(words: dict[str, str]) -> Callable[[str], str]:
    table = {fold(word): value for word, value in words.items()}

    def parse(raw: str) -> str:
        value = table.get(fold(raw))
        if value is None:
            raise ValueError(raw)
        return value

    return parse


parse_kind = _word_parser(
    {"skala": "scale", "scale": "scale", "hændelse": "incident", "incident": "incident"}
)
parse_direction = _word_parser({"høj": "high", "high": "high", "lav": "low", "low": "low"})
parse_colour = _word_parser(
    {
        "grøn": "green",
        "green": "green",
        "gul": "yellow",
        "yellow": "yellow",
        "rød": "red",
        "red": "red",
    }
)

#: canonical column -> (parser, catalog key of what a good value looks like).
#: Text columns are not here: any text is a good value.
CELL_PARSERS: dict[str, tuple[Callable[[str], object], str]] = {
    "invited": (parse_count, "errors.expect.count"),
    "answered": (parse_count, "errors.expect.count"),
    "theme_no": (parse_count, "errors.expect.count"),
    "kind": (parse_kind, "errors.expect.kind"),
    "scale": (parse_scale, "errors.expect.scale"),
    "direction": (parse_direction, "errors.expect.direction"),
    "n": (parse_count, "errors.expect.count"),
    "mean": (parse_number, "errors.expect.number"),
    "org_mean": (parse_number, "errors.expect.number"),
    "previous_mean": (parse_number, "errors.expect.number"),
    "colour": (parse_colour, "errors.expect.colour"),
    "count_yes": (parse_count, "errors.expect.count"),
    "from_leader": (parse_count, "errors.expect.count"),
    "from_colleagues": (parse_count, "errors.expect.count"),
    "from_subordinates": (parse_count, "errors.expect.count"),
    "from_citizens": (parse_count, "errors.expect.count"),
}
