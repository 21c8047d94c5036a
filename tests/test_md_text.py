"""User text in the Markdown minutes is escaped only where Markdown would
change it (`exporters/md_text.py`): rendered with markdown-it-py (CommonMark
with GFM tables and strikethrough), every piece of user text comes back as
typed and makes no markup; plain text reads as typed in the source too."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from kompas_tui.domain.dialog import PromptNotes
from kompas_tui.domain.plan import Action
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.exporters.markdown import action_lines, block, document, inline, session_markdown
from kompas_tui.exporters.md_text import CLOSE, OPEN
from kompas_tui.text import printable
from test_export_session import TODAY, filled_session

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])

#: Pieces of what people type, hostile to Markdown, Rich and terminals.
PIECES = [
    "[/]", "[/", "[bold]", "](", "](x)", "][", "]:", "[", "]", "(", ")", "&amp;", "&#169;", "&", ";",
    "<b>", "</b>", "<", ">", "<http://x.dk>", "*", "**", "_", "__", "~", "~~", "`", "```", "#", "# ",
    "###", "-", "- ", "+ ", "1.", "2)", "=", "===", "---", "|", ":", "\\", "!", " ", "  ", "a", "x",
    "Z", "2", "æøå", "😀", "C++", "snake_case", "2*3", "\x1b[31m", "\t", ".", "'", '"', "\u00a0",
]  # fmt: skip
ONE_LINE = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join),
    st.text(st.characters(blacklist_characters="Ω"), min_size=1, max_size=20),
).filter(lambda text: bool(text.split()))
LINES = st.lists(st.one_of(ONE_LINE, st.just("")), min_size=1, max_size=4).filter(
    lambda lines: any(line.split() for line in lines)
)


def shown(text: str) -> str:
    """A line of user text as the minutes show it: white space collapsed,
    controls made visible, a noncharacter the minutes use replaced."""
    text = text.replace(OPEN, "\ufffd").replace(CLOSE, "\ufffd")
    return printable(" ".join(text.split()))


@dataclasses.dataclass
class Shape:
    """A rendered document: its markup (every token but text) and the text
    of each inline part (a paragraph, heading or table cell)."""

    markup: list[tuple]
    texts: list[str]


def shape(markdown: str) -> Shape:
    markup: list[tuple] = []
    texts: list[str] = []
    for token in RENDERER.parse(markdown):
        markup.append((token.type, token.tag, tuple(sorted((token.attrs or {}).items()))))
        if token.type != "inline":
            continue
        parts = []
        for child in token.children or []:
            if child.type in ("text", "text_special"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
                markup.append((child.type,))
            else:
                markup.append((child.type, child.tag, child.markup, child.content))
        texts.append("".join(parts))
    return Shape(markup, texts)


class Texts:
    """Placeholders for user texts ("Ω3Ω"), and each one's text as shown."""

    def __init__(self) -> None:
        self.shown: dict[str, str] = {}

    def one(self, text: str) -> str:
        key = f"Ω{len(self.shown)}Ω"
        self.shown[key] = shown(text)
        return key

    def lines(self, text: str) -> str:
        """A multi-line text's placeholder: a placeholder per line with text."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return "\n".join(self.one(line) if line.split() else "" for line in lines)

    def expected(self, text: str) -> str:
        for key, value in self.shown.items():
            text = text.replace(key, value)
        return text


def assert_literal(make, hostile: list, placeholders: list, texts: Texts) -> None:
    """The document made of hostile text has the markup of the one made of
    placeholders, and shows each hostile text where its placeholder is."""
    source = make(*hostile)
    assert OPEN not in source and CLOSE not in source
    got, want = shape(source), shape(make(*placeholders))
    assert got.markup == want.markup, source
    assert got.texts == [texts.expected(text) for text in want.texts], source


def contexts(a: str, b: str, c: str, note: str) -> str:
    """User text in every kind of place the minutes put it."""
    action = Action(id="a1", theme="T", what=a, owner=b, follow_up=c, first_step=note)
    lines = [f"# {inline(a)}", "", *action_lines(action, "da", TODAY), *block(note), ""]
    lines += ["| x | y |", "|---|---|", f"| {inline(a)} | {inline(b)} |", f"| {inline(c)} | z |", ""]
    lines += [f"- **{inline(a)}** · {inline(b)}: {inline(c)}", f"- {inline(c)} ({inline(a)})"]
    lines += ["", f"### {inline(b)}", "", f"**Note:** {inline(a)}", f"{inline(c)}"]
    return document(lines)


@settings(max_examples=150, deadline=None)
@given(a=ONE_LINE, b=ONE_LINE, c=ONE_LINE, note=LINES)
def test_user_text_in_every_place_renders_as_typed(a, b, c, note):
    texts = Texts()
    note = "\n".join(note)
    placeholders = [texts.one(a), texts.one(b), texts.one(c), texts.lines(note)]
    assert_literal(contexts, [a, b, c, note], placeholders, texts)


def _session(unit: str, what: str, owner: str, follow_up: str, notes: str, target: str):
    session = filled_session()
    actions = list(session.plan.actions)
    actions[0] = actions[0].model_copy(update={"what": what, "owner": owner, "follow_up": follow_up})
    goals = list(session.plan.goals)
    goals[0] = goals[0].model_copy(update={"target": target})
    plan = session.plan.model_copy(update={"actions": actions, "goals": goals})
    dialog = session.dialog.model_copy(update={"prompts": [PromptNotes(prompt="concerns", notes=notes)]})
    return session.model_copy(update={"unit": unit, "plan": plan, "dialog": dialog})


def _minutes(*values: str) -> str:
    return session_markdown(_session(*values), OrgProfile(), "da", TODAY)


@settings(max_examples=25, deadline=None)
@given(unit=ONE_LINE, what=ONE_LINE, owner=ONE_LINE, follow_up=ONE_LINE, notes=LINES, target=LINES)
def test_the_whole_minutes_render_user_text_as_typed(unit, what, owner, follow_up, notes, target):
    texts = Texts()
    values = [unit, what, owner, follow_up]
    notes, target = "\n".join(notes), "\n".join(target)
    placeholders = [texts.one(value) for value in values] + [texts.lines(notes), texts.lines(target)]
    assert_literal(_minutes, [*values, notes, target], placeholders, texts)


BENIGN = [
    "[bold]x[/]", "Kaffe [/] 😀", "æøå ÆØÅ", "C++", "snake_case_word", "2*3", "Tom & Jerry", "a < b",
    "5 > 3", "#1 prioritet", "-5 grader", "e-mail", "50 % af os", "1/2", "(note)", "ja!",
    "https://intra.example.dk/trivsel", "C:\\Users\\mette", "~ca. 10", "x_y og a*b", "[1] bilag",
]  # fmt: skip


@pytest.mark.parametrize("text", BENIGN)
def test_plain_text_is_not_escaped_anywhere(text):
    action = Action(id="a1", theme="T", what=text, owner=text)
    source = document(
        [f"### {inline(text)}", "", *action_lines(action, "da", TODAY), *block(text), "",
         "| x |", "|---|", f"| {inline(text)} |"]
    )  # fmt: skip
    assert source.count(text) == 5, source


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("*fed*", "\\*fed\\*"),
        ("_fed_", "\\_fed\\_"),
        ("~~væk~~", "\\~\\~væk\\~\\~"),
        ("`kode`", "\\`kode\\`"),
        ("[link](x)", "\\[link](x)"),
        ("<b>", "\\<b>"),
        ("&amp;", "\\&amp;"),
        ("a\\*", "a\\\\*"),  # one star cannot pair: only the backslash is escaped
    ],
)
def test_what_markdown_would_change_is_escaped(text, escaped):
    assert document([f"- **X:** {inline(text)}"]) == f"- **X:** {escaped}\n"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# x", "\\# x"),
        ("- x", "\\- x"),
        ("+ x", "\\+ x"),
        ("* x", "\\* x"),
        ("> x", "\\> x"),
        ("===", "\\==="),
        ("---", "\\---"),
        ("12. x", "12\\. x"),
        ("3) x", "3\\) x"),
        ("```", "\\```"),
        ("|---|---|", "\\|---\\|---\\|"),
        ("#1 prioritet", "#1 prioritet"),
        ("-5 grader", "-5 grader"),
        ("2026 er godt", "2026 er godt"),
    ],
)
def test_what_would_start_a_block_is_escaped_only_at_the_start_of_a_line(text, escaped):
    assert document(block(text)) == f"> {escaped}\n"
    assert document([f"- **X:** {inline(text)}"]) == f"- **X:** {text}\n"


def test_emphasis_across_two_fields_of_one_line_is_escaped():
    source = document([f"- {inline('2*3')} og {inline('4*5')}", "", f"- {inline('2*3')}"])
    assert source == "- 2\\*3 og 4\\*5\n\n- 2*3\n"


def test_a_heading_keeps_a_closing_hash():
    assert document([f"## {inline('Kaffe #')}", "", f"## {inline('C#')}"]) == "## Kaffe \\#\n\n## C#\n"
