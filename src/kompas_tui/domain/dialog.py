"""The dialogue (Dialog): the discussion prompts, and the notes per prompt.

`prompts_for(profile)` gives the prompts of the Dialog step: the built-in
ones (SPEC §3.3, after the deck's "Drøftelse ved bordet"), then the org
profile's. A prompt is known by its `id`, which the session's notes refer
to; the built-in ids (`BUILTIN_PROMPT_IDS`) never change, so notes written
under one profile are found again under another.

Notes are kept per prompt id in `Dialog.prompts`, in the order they were
first written. Notes of a prompt that a later profile no longer offers stay
in the session (`notes_without_prompt`): nothing typed is dropped.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.profile_texts import LocalText, Prompt


class PromptNotes(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    #: The id of the prompt (`Prompt.id`) these notes belong to.
    prompt: str
    notes: str = ""
    #: The advisory timer's length for this prompt, when the facilitator set one.
    timer_minutes: int | None = Field(default=None, ge=1, le=240)


class Dialog(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    prompts: list[PromptNotes] = Field(default_factory=list)
    #: The prompt (or guidance card) on screen when the session was left,
    #: so `kompas open` comes back to it.
    current: str | None = None


#: The built-in prompts: (id, suggested minutes for the advisory timer).
#: Their texts are `dialog.prompt.<id>.title` and `.body` in i18n/dialog.py.
#: Four prompts of about ten minutes fit the table dialogue of a 60–90
#: minute meeting; the next steps get a little more, as they must be agreed.
BUILTIN_PROMPTS: tuple[tuple[str, int], ...] = (
    ("concerns", 10),
    ("planning", 10),
    ("process", 10),
    ("next_steps", 15),
)
BUILTIN_PROMPT_IDS: tuple[str, ...] = tuple(prompt_id for prompt_id, _ in BUILTIN_PROMPTS)


def builtin_prompts() -> list[Prompt]:
    """The built-in prompts, in both languages."""
    from kompas_tui.i18n import LANGUAGES, t

    def text(key: str) -> LocalText:
        return LocalText(**{lang: t(key, lang) for lang in LANGUAGES})

    return [
        Prompt(
            id=prompt_id,
            title=text(f"dialog.prompt.{prompt_id}.title"),
            body=text(f"dialog.prompt.{prompt_id}.body"),
            minutes=minutes,
        )
        for prompt_id, minutes in BUILTIN_PROMPTS
    ]


def prompts_for(profile: OrgProfile) -> list[Prompt]:
    """The prompts of the Dialog step under `profile`, in the order shown.

    The built-in prompts, then the profile's added after them. A profile
    prompt with the id of one already in the list takes its place (so an
    organisation can reword a built-in prompt, or change its minutes,
    without moving it). With `replace_prompts` only the profile's prompts
    are used, unless it has none: a meeting always has prompts. Ids in the
    result are unique."""
    own = list(profile.prompts)
    prompts = [] if profile.replace_prompts and own else builtin_prompts()
    where = {prompt.id: index for index, prompt in enumerate(prompts)}
    for prompt in own:
        if prompt.id in where:
            prompts[where[prompt.id]] = prompt
        else:
            where[prompt.id] = len(prompts)
            prompts.append(prompt)
    return prompts


#: Notes under a guidance card of the report (zero tolerance, low
#: leadership score, …) are kept like a prompt's, under this prefix and the
#: card's key ("guidance:zero_tolerance"), so no prompt id can clash.
GUIDANCE_PREFIX = "guidance:"


def guidance_notes_id(guidance_key: str) -> str:
    """The id the notes of a guidance card are kept under."""
    return GUIDANCE_PREFIX + guidance_key


def entry_for(dialog: Dialog, prompt_id: str) -> PromptNotes | None:
    """The notes kept for a prompt, if any were written."""
    for entry in dialog.prompts:
        if entry.prompt == prompt_id:
            return entry
    return None


def notes_for(dialog: Dialog, prompt_id: str) -> str:
    """The notes written under a prompt ("" when none)."""
    entry = entry_for(dialog, prompt_id)
    return entry.notes if entry is not None else ""


def timer_for(dialog: Dialog, prompt_id: str) -> int | None:
    """The advisory timer the facilitator set for a prompt, if any (the
    prompt's own `minutes` is only the suggestion)."""
    entry = entry_for(dialog, prompt_id)
    return entry.timer_minutes if entry is not None else None


def set_notes(dialog: Dialog, prompt_id: str, notes: str) -> None:
    """Keep `notes` under a prompt, exactly as typed."""
    entry = entry_for(dialog, prompt_id)
    if entry is None:
        if not notes:
            return  # nothing to keep; the file stays as it was
        dialog.prompts.append(PromptNotes(prompt=prompt_id, notes=notes))
    else:
        entry.notes = notes


def set_timer(dialog: Dialog, prompt_id: str, minutes: int | None) -> None:
    """Set (or with None, switch off) the advisory timer of a prompt.
    Raises pydantic's ValidationError outside 1–240 minutes."""
    entry = entry_for(dialog, prompt_id)
    if entry is None:
        if minutes is None:
            return
        dialog.prompts.append(PromptNotes(prompt=prompt_id, timer_minutes=minutes))
    else:
        entry.timer_minutes = minutes


def notes_without_prompt(
    dialog: Dialog, prompts: list[Prompt], guidance: tuple[str, ...] | list[str] = ()
) -> list[PromptNotes]:
    """Notes kept for prompts that are not among `prompts` (the profile
    changed since they were written) nor under one of the `guidance` cards
    shown, so they can still be shown."""
    offered = {prompt.id for prompt in prompts} | {guidance_notes_id(key) for key in guidance}
    return [entry for entry in dialog.prompts if entry.prompt not in offered and entry.notes]
