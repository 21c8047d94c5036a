"""The record of the meeting (SPEC §2, "The record of the meeting"): what HR,
the MED committee and, on request, the Working Environment Authority see
first in the minutes.

- `Preparation`: the deck's step 2, the TRIO (leader, TR, AMR) or the MED
  committee preparing the dialogue: when, who, and their notes.
- `Meeting`: the dialogue meeting itself (step 3): its date, the place, and
  who took part, each with a `Role`.
- An evaluation round's participants are `Participant`s too.

Decisions (docs/meeting.md):

- **A role is one of seven** (`ROLES`), shown in words in the interface's
  language ("leder, TR, AMR, medarbejder, HR, konsulent, andet").
- **Typed as one line**: "Mette (leder), Jonas (AMR), Ali". Participants are
  separated by commas (or semicolons); a role word in parentheses at the end
  of an entry gives the role, in Danish or English, any case
  (`parse_participants`). An entry without one is an employee
  (medarbejder): most of a dialogue meeting are, and typing "(medarbejder)"
  fifteen times is a chore; the screen shows every participant with the
  role stored, so a wrong guess is seen at once. A word in parentheses that
  is no role stays part of the name ("Ali (vikar)"). `participants_text`
  writes the line back (employees without the word), so the field shows
  what is stored.
- **No role** (None) only comes from a file written before roles existed
  (a schema-3 round's participant "Ali"): it is shown as "rolle mangler",
  never guessed on loading.
- **Names** are compared ignoring case and runs of spaces, everywhere a
  name is offered again (`name_key`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from kompas_tui.i18n import LANGUAGES, t

if TYPE_CHECKING:
    from kompas_tui.domain.session import Session

Role = Literal["leader", "tr", "amr", "employee", "hr", "consultant", "other"]
#: The roles in the order the record lists them.
ROLES: tuple[Role, ...] = ("leader", "tr", "amr", "employee", "hr", "consultant", "other")

#: Words that name a role besides its catalog word in each language
#: (`meeting.role.<role>`), compared in lower case with single spaces.
_ROLE_ALIASES: dict[str, Role] = {
    "leder": "leader",
    "chef": "leader",
    "manager": "leader",
    "tillidsrepræsentant": "tr",
    "union representative": "tr",
    "arbejdsmiljørepræsentant": "amr",
    "safety representative": "amr",
    "medarbejder": "employee",
    "konsulent": "consultant",
    "andet": "other",
    "anden": "other",
}
#: An entry's role: a word in parentheses at its very end.
_ROLE_AT_END = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)\s*$", re.DOTALL)
_SEPARATOR = re.compile(r"[,;\n]")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class Participant(_Model):
    """Someone who took part, and in which role (None: not given)."""

    name: str
    role: Role | None = None


class Meeting(_Model):
    """The dialogue meeting (the deck's step 3)."""

    date: dt.date | None = None
    place: str = ""
    participants: list[Participant] = Field(default_factory=list)


class Preparation(_Model):
    """How the dialogue was prepared (the deck's step 2, in TRIO/MED)."""

    date: dt.date | None = None
    #: Who prepared it, as typed (usually leader, TR and AMR).
    by: list[str] = Field(default_factory=list)
    notes: str = ""


# --- names -------------------------------------------------------------------


def name_key(name: str) -> str:
    """A name as compared: case and runs of spaces do not count."""
    return " ".join(name.split()).casefold()


def clean_name(name: str) -> str:
    return " ".join(name.split())


def unique_names(names: list[str]) -> list[str]:
    """Each name once (the first spelling), blanks left out, in order."""
    seen: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen[key] = clean_name(name)
    return list(seen.values())


def parse_names(text: str) -> list[str]:
    """"Mette, Jonas; Ali" → ["Mette", "Jonas", "Ali"] (blanks dropped)."""
    return [clean_name(part) for part in _SEPARATOR.split(text) if part.strip()]


def names_text(names: list[str]) -> str:
    return ", ".join(names)


# --- roles -------------------------------------------------------------------


def role_word(role: Role | None, lang: str | None = None) -> str:
    """The role in words ("AMR", "safety rep"); "rolle mangler" for none."""
    return t(f"meeting.role.{role}" if role else "meeting.role.none", lang)


def role_for(word: str) -> Role | None:
    """The role a word names, in either language, any case; None if none."""
    key = " ".join(word.split()).casefold()
    if not key:
        return None
    for role in ROLES:
        if key == role or any(key == t(f"meeting.role.{role}", lang).casefold() for lang in LANGUAGES):
            return role
    return _ROLE_ALIASES.get(key)


#: The role of an entry typed without one (see the module's docstring).
DEFAULT_ROLE: Role = "employee"


def parse_participant(entry: str, default: Role | None = DEFAULT_ROLE) -> Participant | None:
    """"Jonas (AMR)" → Jonas, amr; "Ali" → Ali, `default`; blank → None."""
    entry = clean_name(entry)
    if not entry:
        return None
    match = _ROLE_AT_END.match(entry)
    if match and match.group("name").strip():
        role = role_for(match.group("role"))
        if role is not None:
            return Participant(name=clean_name(match.group("name")), role=role)
    return Participant(name=entry, role=default)


def parse_participants(text: str) -> list[Participant]:
    """The participants of a line as typed (see the module's docstring)."""
    return [p for part in _SEPARATOR.split(text) if (p := parse_participant(part)) is not None]


def participant_text(participant: Participant, lang: str | None = None) -> str:
    """"Jonas (AMR)": how the participant is typed in a line; an employee
    (or no role) is the name alone."""
    if participant.role in (None, DEFAULT_ROLE):
        return participant.name
    return f"{participant.name} ({t(f'meeting.role.{participant.role}', lang)})"


def participants_text(participants: list[Participant], lang: str | None = None) -> str:
    return ", ".join(participant_text(p, lang) for p in participants)


def participant_names(participants: list[Participant]) -> list[str]:
    return [p.name for p in participants]


# --- is anything there -------------------------------------------------------------


def meeting_entered(meeting: Meeting) -> bool:
    return meeting.date is not None or bool(meeting.place.strip()) or bool(meeting.participants)


def preparation_entered(preparation: Preparation) -> bool:
    return preparation.date is not None or bool(preparation.by) or bool(preparation.notes.strip())


def session_names(session: Session) -> list[str]:
    """Every name entered in the session, each once, to offer again as
    owner, follow-up person, participant or preparer alike: who follows up
    the plan, the plan's owners and follow-up persons (newest first), the
    rounds' participants (latest round first), the work group, the
    meeting's participants and who prepared it."""
    from kompas_tui.domain.plan import known_names

    names = [session.plan.follow_up_by, *known_names(session.plan)]
    for round_ in reversed(session.rounds):
        names += participant_names(round_.participants)
    names += session.plan.work_group
    names += participant_names(session.meeting.participants)
    names += session.preparation.by
    return unique_names(names)
