"""The organisation profile: every number of SPEC §2, overridable from TOML.

Defaults are the numbers of the spec. A `kompas.toml` in the sessions folder,
or `--profile FILE`, replaces any of them (see docs/profile.md).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

#: A theme is a leadership theme when a word of its name contains one of
#: these (SPEC §2) ...
DEFAULT_LEADERSHIP_WORDS = ("leder", "ledelse", "chef", "leader", "manager", "management", "supervisor")
#: ... unless the word is one of these.
DEFAULT_LEADERSHIP_EXCLUDE = ("vejleder", "vejledere", "vejlederen", "vejledning", "selvledelse", "selvledende")
#: The key older profiles used for a regular expression; read with a warning, never used.
OLD_LEADERSHIP_KEY = "leadership_pattern"
#: Bounds on the word lists, so a profile in a team folder cannot make
#: matching theme names expensive.
MAX_LEADERSHIP_WORDS = 100
MAX_WORD_LENGTH = 40
#: A word of a theme name, and what a leadership word must be: letters and digits.
WORD = re.compile(r"[^\W_]+")


def _one_word(word: str) -> str:
    """A leadership word: letters and digits only, so it can match a word of a name."""
    if len(word) > MAX_WORD_LENGTH or not WORD.fullmatch(word):
        from kompas_tui.i18n import t

        raise ValueError(t("errors.expect.one_word", length=MAX_WORD_LENGTH))
    return word


Word = Annotated[str, AfterValidator(_one_word)]


class LocalText(BaseModel):
    """A text in both interface languages."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    da: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        return (self.en if lang == "en" else self.da) or self.da or self.en


class Prompt(BaseModel):
    """A discussion prompt for the Dialog step."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: str
    title: LocalText
    body: LocalText = Field(default_factory=LocalText)
    minutes: int | None = Field(default=None, ge=1, le=240)


class Link(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: LocalText
    url: str


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str
    role: LocalText = Field(default_factory=LocalText)
    phone: str = ""
    email: str = ""


class OrgProfile(BaseModel):
    """Rules and texts of one organisation. Field names are the TOML keys."""

    # Built on first validation: most runs use the defaults and never validate one.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    organisation: str = ""
    green_min: float = Field(default=70.0, ge=0, le=100)
    red_below: float = Field(default=50.0, ge=0, le=100)
    min_respondents: int = Field(default=5, ge=1)
    meaningful_change: float = Field(default=5.0, gt=0, le=100)
    response_rate_warning: float = Field(default=60.0, ge=0, le=100)
    remeasure_month: int = Field(default=1, ge=1, le=12)
    leadership_words: list[Word] = Field(default_factory=lambda: list(DEFAULT_LEADERSHIP_WORDS))
    leadership_exclude: list[Word] = Field(default_factory=lambda: list(DEFAULT_LEADERSHIP_EXCLUDE))
    # Empty means "use the built-in texts from the catalog".
    prompts: list[Prompt] = Field(default_factory=list)
    replace_prompts: bool = False
    guidance: dict[str, LocalText] = Field(default_factory=dict)
    help_contacts: list[Contact] = Field(default_factory=list)
    policy_links: list[Link] = Field(default_factory=list)

    @field_validator("leadership_words", "leadership_exclude", mode="before")
    @classmethod
    def _a_short_list(cls, value: object) -> object:
        """A list (not a list of tables, as pydantic's own message would say), not too long."""
        from kompas_tui.i18n import t

        if not isinstance(value, (list, tuple)):
            raise ValueError(t("errors.expect.word_list"))
        if len(value) > MAX_LEADERSHIP_WORDS:
            raise ValueError(t("errors.expect.words_at_most", count=MAX_LEADERSHIP_WORDS))
        return value

    @field_validator("guidance")
    @classmethod
    def _known_guidance(cls, value: dict[str, LocalText]) -> dict[str, LocalText]:
        from kompas_tui.domain.scoring import GUIDANCE_KEYS
        from kompas_tui.i18n import t

        unknown = sorted(set(value) - set(GUIDANCE_KEYS))
        if unknown:
            known = ", ".join(GUIDANCE_KEYS)
            names = ", ".join(repr(name) for name in unknown)
            raise ValueError(t("errors.expect.known_guidance", known=known, unknown=names))
        return value

    @model_validator(mode="after")
    def _thresholds_ordered(self) -> OrgProfile:
        if self.red_below > self.green_min:
            from kompas_tui.i18n import t

            red_below, green_min = f"{self.red_below:g}", f"{self.green_min:g}"
            raise ValueError(t("errors.expect.thresholds_ordered", red_below=red_below, green_min=green_min))
        return self

    @cached_property
    def leadership_terms(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """(words, exclusions), case folded, for `scoring.is_leadership_theme`."""
        words = tuple(dict.fromkeys(word.casefold() for word in self.leadership_words))
        return words, frozenset(word.casefold() for word in self.leadership_exclude)


#: The spec's numbers. Constructed without validation: the defaults above are
#: the valid ones, and validating them would build the schema at start-up.
DEFAULT_PROFILE = OrgProfile.model_construct()
