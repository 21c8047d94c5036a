"""The organisation profile: every number of SPEC §2, overridable from TOML.

Defaults are the numbers of the spec. A `kompas.toml` in the sessions folder,
or `--profile FILE`, replaces any of them (see docs/profile.md).

The profile is plain data (standard library dataclasses: no pydantic at
import, so `kompas check` starts at Python's pace, docs/speed.md). Where a
profile is read from its file (`storage/profile.py`), pydantic validates
these classes: each field's `metadata` holds its bounds, `__pydantic_config__`
refuses unknown keys, and the rules below (`_Rule`) are pydantic validators
that pydantic finds in the annotations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Annotated, Any

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from kompas_tui.domain.profile_texts import Contact, Link, LocalText, Prompt

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


class _Rule:
    """A rule pydantic applies where a profile is validated, named in a
    field's annotation (`Annotated[str, _Rule(_one_word)]`). pydantic asks it
    for its schema (`__get_pydantic_core_schema__`), so this module needs no
    pydantic import. `before`: the rule sees the value as the file has it."""

    def __init__(self, check: Callable[[Any], Any], *, before: bool = False) -> None:
        self.check = check
        self.before = before

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        wrap = core_schema.no_info_before_validator_function if self.before else core_schema.no_info_after_validator_function
        return wrap(self.check, handler(source))


def _one_word(word: str) -> str:
    """A leadership word: letters and digits only, so it can match a word of a name."""
    if len(word) > MAX_WORD_LENGTH or not WORD.fullmatch(word):
        from kompas_tui.i18n import t

        raise ValueError(t("errors.expect.one_word", length=MAX_WORD_LENGTH))
    return word


def _a_short_list(value: object) -> object:
    """A list (not a list of tables, as pydantic's own message would say), not too long."""
    from kompas_tui.i18n import t

    if not isinstance(value, (list, tuple)):
        raise ValueError(t("errors.expect.word_list"))
    if len(value) > MAX_LEADERSHIP_WORDS:
        raise ValueError(t("errors.expect.words_at_most", count=MAX_LEADERSHIP_WORDS))
    return value


def _known_guidance(value: dict[str, LocalText]) -> dict[str, LocalText]:
    from kompas_tui.domain.scoring import GUIDANCE_KEYS
    from kompas_tui.i18n import t

    unknown = sorted(set(value) - set(GUIDANCE_KEYS))
    if unknown:
        known = ", ".join(GUIDANCE_KEYS)
        names = ", ".join(repr(name) for name in unknown)
        raise ValueError(t("errors.expect.known_guidance", known=known, unknown=names))
    return value


def _thresholds_ordered(profile: OrgProfile) -> OrgProfile:
    if profile.red_below > profile.green_min:
        from kompas_tui.i18n import t

        red_below, green_min = f"{profile.red_below:g}", f"{profile.green_min:g}"
        raise ValueError(t("errors.expect.thresholds_ordered", red_below=red_below, green_min=green_min))
    return profile


Word = Annotated[str, _Rule(_one_word)]
WordList = Annotated[list[Word], _Rule(_a_short_list, before=True)]
Guidance = Annotated[dict[str, "LocalText"], _Rule(_known_guidance)]

#: pydantic's configuration of every profile class: no unknown keys.
_PYDANTIC_CONFIG = {"extra": "forbid"}


def _number(default: float | int, **bounds: float) -> Any:
    """A number with its default and the bounds pydantic holds it to."""
    return field(default=default, metadata=bounds)


@dataclass(frozen=True, kw_only=True)
class OrgProfile:
    """Rules and texts of one organisation. Field names are the TOML keys."""

    __pydantic_config__ = _PYDANTIC_CONFIG

    organisation: str = ""
    green_min: float = _number(70.0, ge=0, le=100)
    red_below: float = _number(50.0, ge=0, le=100)
    min_respondents: int = _number(5, ge=1)
    meaningful_change: float = _number(5.0, gt=0, le=100)
    response_rate_warning: float = _number(60.0, ge=0, le=100)
    remeasure_month: int = _number(1, ge=1, le=12)
    leadership_words: WordList = field(default_factory=lambda: list(DEFAULT_LEADERSHIP_WORDS))
    leadership_exclude: WordList = field(default_factory=lambda: list(DEFAULT_LEADERSHIP_EXCLUDE))
    # Empty means "use the built-in texts from the catalog".
    prompts: list[Prompt] = field(default_factory=list)
    replace_prompts: bool = False
    guidance: Guidance = field(default_factory=dict)
    help_contacts: list[Contact] = field(default_factory=list)
    policy_links: list[Link] = field(default_factory=list)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """pydantic's schema of the fields, and then the rule on the whole
        profile (red below green)."""
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(_thresholds_ordered, handler(source))

    @cached_property
    def leadership_terms(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """(words, exclusions), case folded, for `scoring.is_leadership_theme`."""
        words = tuple(dict.fromkeys(word.casefold() for word in self.leadership_words))
        return words, frozenset(word.casefold() for word in self.leadership_exclude)


#: The spec's numbers.
DEFAULT_PROFILE = OrgProfile()


@cache
def profile_adapter() -> TypeAdapter[OrgProfile]:
    """pydantic's validator of an `OrgProfile`, for a profile read from its
    file; built on first use (most runs use the defaults)."""
    from pydantic import TypeAdapter

    from kompas_tui.domain import profile_texts

    # pydantic resolves OrgProfile's annotations in this module: the texts'
    # classes are put here now, not imported at start-up (the default
    # profile has no texts, and each class costs its definition).
    globals().update({name: getattr(profile_texts, name) for name in profile_texts.__all__})
    return TypeAdapter(OrgProfile)
