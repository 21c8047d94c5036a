"""The Markdown minutes of a whole meeting: every section, in the session's
language, and user text that stays literal when the Markdown is rendered
(checked with a CommonMark renderer, not only by looking at the source)."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from kompas_tui.demo import demo_report
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.domain.profile_texts import LocalText, Prompt
from kompas_tui.domain.session import Session
from kompas_tui.exporters.markdown import block, session_markdown
from kompas_tui.exporters.md_text import plain
from kompas_tui.text import printable
from test_export_session import HOSTILE, INFLUENCE, MEANING, TODAY, WORK, filled_session

RENDERER = MarkdownIt("commonmark").enable("table")


def minutes(lang: str = "da", session: Session | None = None, profile: OrgProfile | None = None) -> str:
    return session_markdown(session or filled_session(lang), profile or OrgProfile(), lang, TODAY)


def rendered(markdown: str) -> str:
    return RENDERER.render(markdown)


def shown_text(markdown: str) -> str:
    """What a reader sees of the rendered minutes: the text, tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered(markdown)))


def section(markdown: str, title: str) -> str:
    """The source of one "## title" section."""
    start = markdown.index(f"\n## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else len(markdown)]


DANISH_SECTIONS = [
    "Mødet",
    "Rapport",
    "Dialog",
    "Afstemning",
    "Mål og handlinger",
    "Nultolerancepunktet",
    "Hvem gør hvad hvornår",
    "Næste opfølgning",
    "Det mangler",
]
ENGLISH_SECTIONS = [
    "The meeting",
    "Report",
    "Dialogue",
    "Vote",
    "Goals and actions",
    "The zero-tolerance point",
    "Who does what by when",
    "Next follow-up",
    "What is missing",
]


@pytest.mark.parametrize(("lang", "sections"), [("da", DANISH_SECTIONS), ("en", ENGLISH_SECTIONS)])
def test_every_section_in_the_order_of_the_meeting(lang, sections):
    text = minutes(lang)
    assert text.startswith(("# Opfølgning: Hjemmeplejen Nord", "# Follow-up: Hjemmeplejen Nord"))
    found = re.findall(r"^## (.+)$", text, flags=re.M)
    assert found == sections
    assert "\n\n\n" not in text
    # The export date in the same words as every other date in the minutes.
    assert text.endswith(("Eksporteret fra kompas 26. nov. 2026.\n", "Exported from kompas on 26 Nov 2026.\n"))


def test_dialogue_notes_are_quoted_literally_and_keep_their_line_breaks():
    dialog = section(minutes(), "Dialog")
    assert "### Det, der optager os mest" in dialog  # the prompt's title, from prompts_for
    page = rendered(dialog)
    assert "<h1>" not in page and "<ul>" not in page and "<ol>" not in page
    assert "<em>" not in page and "<code>" not in page
    quote = page[page.index("<blockquote>") : page.index("</blockquote>")]
    assert "Første linje [/]<br />\n# ikke en overskrift<br />\n- ikke en liste</p>" in quote
    assert "<p>1. ikke nummereret<br />\n␛[31mrød *fed* `kode`</p>" in quote
    # Notes under a prompt the profile no longer offers are kept.
    assert "Noter til spørgsmålet »old_prompt«" in dialog and "> Gamle noter" in dialog


def test_a_profile_prompt_gives_the_title_and_prompts_without_notes_are_left_out():
    profile = OrgProfile(prompts=[Prompt(id="concerns", title=LocalText(da="Vores bekymringer [/]", en="Our worries"))])
    dialog = section(minutes(profile=profile), "Dialog")
    assert "### Vores bekymringer [/]" in dialog
    assert "Vores næste tre skridt" not in dialog  # a prompt nobody wrote under


def test_the_vote_is_ranked_with_ties_and_the_chosen_themes():
    vote = section(minutes(), "Afstemning")
    assert "- **Deltagere:** 8" in vote and "- **Prikker i alt:** 19 af 24" in vote
    assert "| 1 | Trivsel og arbejdsglæde | 6 | valgt |" in vote
    assert "| 2 (delt) | Meningsfuldt arbejde | 4 | valgt |" in vote
    assert "| 2 (delt) | Samarbejde med kolleger | 4 |  |" in vote
    assert "| 2 (delt) | Kaffe [/] 😀 | 4 | valgt |" in vote
    assert "| 5 | Indflydelse på arbejdsdagen | 1 |  |" in vote
    assert "**Valgte temaer:** Trivsel og arbejdsglæde, Meningsfuldt arbejde, Kaffe [/] 😀" in vote


def test_a_tie_at_the_cut_is_named_when_the_default_choice_is_used():
    session = filled_session()
    session = session.model_copy(update={"voting": session.voting.model_copy(update={"chosen": None})})
    vote = section(minutes(session=session), "Afstemning")
    assert "**Valgte temaer:** Trivsel og arbejdsglæde\n" in vote
    assert (
        "Stemmelighed om de sidste 2 pladser: 'Meningsfuldt arbejde', 'Samarbejde med kolleger' og "
        "'Kaffe [/] 😀' har lige mange prikker." in vote
    )


def test_goals_and_every_field_of_every_action():
    goals = section(minutes(), "Mål og handlinger")
    order = [goals.index(f"### {name}") for name in (WORK, MEANING, "Kaffe [/] 😀", INFLUENCE)]
    assert order == sorted(order)
    assert f"### {INFLUENCE} (ikke blandt de valgte temaer)" in goals
    assert "- **Hvor er vi nu:** score 66,3 (gul); gruppens egen vurdering 4 af 10" in goals
    assert '- **Hvor vil vi gerne være:** =HYPERLINK("x") mere glæde' in goals
    assert "- **Sådan ser det ud, når vi er der:** Vi griner  \n  \\# sammen" in goals
    assert "- **Hvornår:** 1. jun. 2027" in goals
    first = goals[goals.index("**a1**") : goals.index("**a2**")]
    for line in (
        '**a1** · Tavlemøde; "hver" mandag kl. 9',
        "- **Ansvarlig:** =cmd|' /C calc'!A0",
        "- **Deadline:** 1. nov. 2026 (OVERSKREDET)",
        "- **Opfølgningsansvarlig:** Jens 😀",
        "- **Første skridt:** -start med en dagsorden",
        "- **Indsats:** lav",
        "- **Gevinst:** høj",
        "- **Status:** i gang",
    ):
        assert line in first
    second = goals[goals.index("**a2**") : goals.index("### Kaffe")]
    assert "- **Ansvarlig:** (mangler)" in second and "- **Deadline:** (mangler)" in second
    done = goals[goals.index("**a4**") :]
    assert "1. okt. 2026\n" in done and "- **Status:** gennemført" in done  # done is never overdue
    assert "- **Hvor vil vi gerne være:** (intet mål sat)" in goals  # Meningsfuldt arbejde


def test_the_zero_tolerance_point_and_how_it_is_answered():
    point = section(minutes(), "Nultolerancepunktet")
    assert "7 svar om at have været udsat" in point
    assert "**Status:** besvaret" in point
    assert "**a3** · Gennemgå politikken for vold og trusler" in point and "- **Indsats:** middel" in point
    assert "(noteret 20. nov. 2026):" in point
    assert "> Håndteres efter politikken  \n> linje to [/]" in point


def test_an_unanswered_point_says_so_and_an_empty_meeting_says_what_is_not_there():
    session = Session.start(demo_report())
    text = minutes(session=session)
    assert "**Status:** IKKE BESVARET" in text
    assert "Der blev ikke skrevet noter." in text
    assert "Der er ikke talt prikker op." in text and "Der er ikke valgt temaer." in text
    assert section(text, "Næste opfølgning").strip().endswith("Ikke fastsat.")
    assert "Planen er ikke komplet." in text and "- **Mangler:** Nultolerancepunktet er ikke besvaret" in text


def test_who_does_what_by_when_is_one_row_per_action_by_deadline():
    table = section(minutes(), "Hvem gør hvad hvornår")
    rows = [line for line in table.splitlines() if line.startswith("|")]
    assert rows[0] == "| Deadline | Handling | Tema | Ansvarlig | Opfølgningsansvarlig | Status |"
    body = rows[2:]
    assert [row.split(" | ")[0] for row in body] == [
        "| 1. okt. 2026",  # done, and still in its place by deadline
        "| 1. nov. 2026 (OVERSKREDET)",
        "| 10. jan. 2027",
        "| 1. feb. 2027",
        "| (mangler)",  # no deadline: last
    ]
    # The hostile '|' stays inside its cell: every row has the header's cells.
    page = rendered(table)
    assert page.count("<tr>") == 6 and page.count("<td>") == 5 * 6
    assert "Nultolerance" in body[2]


def test_next_follow_up_and_what_is_missing():
    text = minutes()
    follow_up = section(text, "Næste opfølgning")
    assert follow_up.strip().endswith("**24. mar. 2027**")
    assert "<ol" not in rendered(follow_up)  # "24. mar." alone on a line would be a list from 24
    missing = section(text, "Det mangler")
    assert "Planen er ikke komplet." in missing
    assert "- **Mangler:** Handling a2 »[/] [/ [bold]x | a;b" in missing
    assert "- **Bemærk:** Temaet »Meningsfuldt arbejde« har intet mål" in missing


def test_hostile_text_shows_literally_and_no_escape_sequence_survives():
    text = minutes()
    assert "\x1b" not in text
    seen = shown_text(text)
    assert printable(HOSTILE) in seen  # the action's "what", as typed (the escape made visible)
    for piece in ("[bold]x", "[/", "😀", "æøå", '"citat"', "a;b", "Kaffe [/] 😀"):
        assert piece in seen
    assert "<strong>x" not in rendered(text)


def test_english_minutes_speak_english():
    text = minutes("en")
    assert "- **Deadline:** 1 Nov 2026 (OVERDUE)" in text
    assert "| 2 (tied) | Meningsfuldt arbejde | 4 | chosen |" in text
    assert "- **Where we are:** score 66.3 (yellow); the group's own rating 4 of 10" in text
    assert "**Status:** answered" in text and "24 Mar 2027" in text
    assert "### What concerns us most" in text


def test_block_keeps_line_breaks_and_paragraphs():
    assert [plain(line) for line in block("a\r\nb\n\nc\n\n")] == ["> a  ", "> b", ">", "> c"]
    assert block("") == []
