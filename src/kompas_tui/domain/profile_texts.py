"""The texts an organisation profile may carry (`OrgProfile.prompts`,
`guidance`, `help_contacts`, `policy_links`: domain/profile.py), each in
both interface languages where it is shown.

Plain dataclasses, like the profile, validated by pydantic where a profile
is read from its file; apart from profile.py so that the default profile,
which has none of them, does not define them (`kompas check`: docs/speed.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Contact", "Link", "LocalText", "Prompt"]

#: pydantic's configuration of every text: no unknown keys.
_PYDANTIC_CONFIG = {"extra": "forbid"}


@dataclass(kw_only=True)
class LocalText:
    """A text in both interface languages."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    da: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        return (self.en if lang == "en" else self.da) or self.da or self.en


@dataclass(kw_only=True)
class Prompt:
    """A discussion prompt for the Dialog step."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    id: str
    title: LocalText
    body: LocalText = field(default_factory=LocalText)
    minutes: int | None = field(default=None, metadata={"ge": 1, "le": 240})


@dataclass(kw_only=True)
class Link:
    __pydantic_config__ = _PYDANTIC_CONFIG

    title: LocalText
    url: str


@dataclass(kw_only=True)
class Contact:
    __pydantic_config__ = _PYDANTIC_CONFIG

    name: str
    role: LocalText = field(default_factory=LocalText)
    phone: str = ""
    email: str = ""
