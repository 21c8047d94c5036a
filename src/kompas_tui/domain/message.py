"""What the user is told: one `Message` type, worded in one place.

Every refusal, problem, note and change the code reports to the user is a
`Message`: a catalog key (`kompas_tui/i18n/`) and its fields, holding raw
values. It is worded only when shown (`text(lang)`), so the same message
reads in Danish or English and a test can look at its key and fields.

How fields are worded (`text`, the one place):

- a `Message` in a field is worded in the same language; a tuple or list of
  messages is worded one after another, joined by a space;
- a tuple of names reads "'A', 'B' og 'C'" (in quotes, the language's "and");
- a date reads as the language writes it (`domain.dates.format_date`);
- a whole number in a field named in `units` is worded with its unit, in the
  form its count asks for ("1 prik", "3 prikker");
- anything else is put in as it is.

Plurals: a message with a `count` uses the key's `.one` form for 1 and its
`.other` form for anything else, with the count as `{n}`. `plural(key, n)`
is the short way to word one at once. Danish and English have just these
two forms; a text of its own for 0 ("nothing yet") is a key of its own.

A `Refusal` is an exception that holds a message: an operation that was
refused or failed, and why. The domain's and the storage's own refusals
(`VotingRefused`, `RoundRefused`, `DateError`, `BallotError`) subclass it.

No Textual here; the catalogs are read only when a message is worded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Message:
    """A catalog key and its fields (raw values), worded by `text`."""

    key: str
    fields: Mapping[str, object] = field(default_factory=dict)
    #: A count the text agrees with: the key's `.one` or `.other` form, `{n}`.
    count: int | None = None
    #: Fields that hold a count of something: field name -> the unit's key
    #: (its `.one` and `.other` forms, with `{n}`).
    units: Mapping[str, str] = field(default_factory=dict)

    @property
    def catalog_key(self) -> str:
        """The key looked up: with the plural form when there is a count."""
        if self.count is None:
            return self.key
        return f"{self.key}.{plural_form(self.count)}"

    def text(self, lang: str | None = None) -> str:
        """The message in `lang` (the interface language when None)."""
        from kompas_tui.i18n import t

        worded = {name: self._word(name, value, lang) for name, value in self.fields.items()}
        if self.count is not None:
            worded.setdefault("n", self.count)
        return t(self.catalog_key, lang, **worded)

    def _word(self, name: str, value: object, lang: str | None) -> object:
        if isinstance(value, Message):
            return value.text(lang)
        if isinstance(value, (tuple, list)) and value and all(isinstance(item, Message) for item in value):
            return " ".join(item.text(lang) for item in value)
        if isinstance(value, tuple):
            return quoted_names([str(item) for item in value], lang)
        if isinstance(value, dt.date):
            from kompas_tui.domain.dates import format_date

            return format_date(value, lang)
        if name in self.units and isinstance(value, int) and not isinstance(value, bool):
            return Message(self.units[name], count=value).text(lang)
        return value

    def __str__(self) -> str:
        return self.text()


def plural_form(count: int) -> str:
    """"one" for 1, "other" for any other count (Danish and English)."""
    return "one" if count == 1 else "other"


def plural(key: str, count: int, lang: str | None = None, /, **fields: object) -> str:
    """`key`'s `.one` or `.other` form for `count` (as `{n}`), worded now."""
    return Message(key, fields, count).text(lang)


def quoted_names(names: list[str], lang: str | None = None) -> str:
    """"'A', 'B' og 'C'": names in quotes, the last joined by "and"."""
    from kompas_tui.i18n import t

    quoted = [f"'{name}'" for name in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f" {t('voting.and', lang)} " + quoted[-1]


class Refusal(Exception):
    """An operation refused or failed; nothing changed. `message` says why.

    Raised with a key and fields (`VotingRefused("voting.refused.negative",
    theme="A")`) or with a `Message` made elsewhere. A subclass words its
    counts with `UNITS`."""

    UNITS: ClassVar[Mapping[str, str]] = {}

    def __init__(self, key: str | Message, /, **fields: object) -> None:
        message = key if isinstance(key, Message) else Message(key, fields, units=self.UNITS)
        super().__init__(message.key)
        self.message = message

    @property
    def key(self) -> str:
        return self.message.key

    @property
    def fields(self) -> Mapping[str, object]:
        return self.message.fields

    def text(self, lang: str | None = None) -> str:
        return self.message.text(lang)

    def __str__(self) -> str:
        return self.message.text()
