"""The Dialog step's prompts (SPEC §3.3) and the notes kept per prompt."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kompas_tui.domain.dialog import (
    BUILTIN_PROMPT_IDS,
    Dialog,
    notes_for,
    notes_without_prompt,
    prompts_for,
    set_notes,
    set_timer,
    timer_for,
)
from kompas_tui.domain.profile import DEFAULT_PROFILE, OrgProfile
from kompas_tui.domain.profile_texts import LocalText, Prompt
from kompas_tui.i18n import LANGUAGES


def own(prompt_id: str, da: str = "Egen", en: str = "Own", minutes: int | None = None) -> Prompt:
    return Prompt(id=prompt_id, title=LocalText(da=da, en=en), minutes=minutes)


def ids(prompts: list[Prompt]) -> list[str]:
    return [prompt.id for prompt in prompts]


def test_builtin_prompts_are_the_decks_four_in_order() -> None:
    prompts = prompts_for(DEFAULT_PROFILE)
    assert ids(prompts) == list(BUILTIN_PROMPT_IDS) == ["concerns", "planning", "process", "next_steps"]
    assert prompts_for(OrgProfile()) == prompts


def test_builtin_prompts_have_titles_bodies_and_minutes_in_both_languages() -> None:
    for prompt in prompts_for(DEFAULT_PROFILE):
        for lang in LANGUAGES:
            assert prompt.title.get(lang).strip() and prompt.body.get(lang).strip()
        assert prompt.title.da != prompt.title.en and prompt.body.da != prompt.body.en
        assert prompt.minutes is not None and 1 <= prompt.minutes <= 30
        # Plain text, never markup (widgets render it as text anyway).
        assert "[" not in prompt.title.da + prompt.body.da + prompt.title.en + prompt.body.en


def test_builtin_prompts_follow_the_deck() -> None:
    by_id = {prompt.id: prompt for prompt in prompts_for(DEFAULT_PROFILE)}
    assert "optager" in by_id["concerns"].body.da
    assert "planlægger" in by_id["planning"].body.da
    assert "trivselskompasset" in by_id["process"].body.da
    assert "tre skridt" in by_id["next_steps"].body.da
    assert "compass" in by_id["process"].body.en


def test_profile_prompts_are_added_after_the_builtin_ones() -> None:
    profile = OrgProfile(prompts=[own("safety", minutes=5), own("budget")])
    prompts = prompts_for(profile)
    assert ids(prompts) == [*BUILTIN_PROMPT_IDS, "safety", "budget"]
    assert prompts[-2].minutes == 5 and prompts[-1].minutes is None


def test_profile_prompt_with_a_builtin_id_rewords_it_in_place() -> None:
    profile = OrgProfile(prompts=[own("process", da="Vores proces", en="Our process", minutes=20)])
    prompts = prompts_for(profile)
    assert ids(prompts) == list(BUILTIN_PROMPT_IDS)
    process = prompts[BUILTIN_PROMPT_IDS.index("process")]
    assert process.title.get("da") == "Vores proces" and process.minutes == 20


def test_replace_prompts_uses_only_the_profiles() -> None:
    profile = OrgProfile(prompts=[own("a"), own("b")], replace_prompts=True)
    assert ids(prompts_for(profile)) == ["a", "b"]


def test_replace_without_own_prompts_keeps_the_builtin_ones() -> None:
    assert ids(prompts_for(OrgProfile(replace_prompts=True))) == list(BUILTIN_PROMPT_IDS)


def test_ids_are_unique_even_when_the_profile_repeats_one() -> None:
    profile = OrgProfile(prompts=[own("x", da="første"), own("concerns"), own("x", da="anden")])
    prompts = prompts_for(profile)
    assert len(ids(prompts)) == len(set(ids(prompts)))
    assert [p.title.da for p in prompts if p.id == "x"] == ["anden"]


def test_profile_text_in_one_language_falls_back_to_the_other() -> None:
    (prompt,) = prompts_for(OrgProfile(prompts=[own("x", en="")], replace_prompts=True))
    assert prompt.title.get("en") == "Egen"


def test_notes_are_kept_per_prompt_exactly() -> None:
    dialog = Dialog()
    hostile = "[/]\n[/\n\x1b[31mrød\n🙂 æøå\n'''\n\"\"\"\n"
    assert notes_for(dialog, "concerns") == ""
    set_notes(dialog, "concerns", hostile)
    set_notes(dialog, "process", "b")
    set_notes(dialog, "concerns", hostile + "mere")
    assert notes_for(dialog, "concerns") == hostile + "mere"
    assert notes_for(dialog, "process") == "b"
    assert [entry.prompt for entry in dialog.prompts] == ["concerns", "process"]


def test_empty_notes_for_an_untouched_prompt_add_nothing() -> None:
    dialog = Dialog()
    set_notes(dialog, "concerns", "")
    set_timer(dialog, "concerns", None)
    assert dialog.prompts == []


def test_timer_can_be_set_extended_and_switched_off() -> None:
    dialog = Dialog()
    assert timer_for(dialog, "planning") is None
    set_timer(dialog, "planning", 10)
    set_timer(dialog, "planning", 15)
    assert timer_for(dialog, "planning") == 15
    set_notes(dialog, "planning", "noter")
    set_timer(dialog, "planning", None)
    assert timer_for(dialog, "planning") is None and notes_for(dialog, "planning") == "noter"
    with pytest.raises(ValidationError):
        set_timer(dialog, "planning", 0)


def test_notes_of_a_prompt_no_longer_offered_are_not_lost() -> None:
    dialog = Dialog()
    set_notes(dialog, "gone", "skrevet under en anden profil")
    set_notes(dialog, "concerns", "x")
    set_timer(dialog, "also-gone", 5)
    prompts = prompts_for(DEFAULT_PROFILE)
    assert [entry.prompt for entry in notes_without_prompt(dialog, prompts)] == ["gone"]
