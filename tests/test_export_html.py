"""The minutes as one HTML page (`kompas export --format html`): the
Markdown minutes rendered, so the two say the same; self-contained and
print-ready; hostile text shown as typed, never as markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings

from kompas_tui.cli import main
from kompas_tui.domain.profile import OrgProfile
from kompas_tui.exporters.html_minutes import minutes_html
from kompas_tui.exporters.markdown import session_markdown
from kompas_tui.exporters.rounds_markdown import round_document
from kompas_tui.storage.session_file import load_session
from test_export_cli import saved_session
from test_export_session import HOSTILE, TODAY, filled_session
from test_md_text import LINES, ONE_LINE, RENDERER, Texts, _session, shown

#: The elements a rendering of the minutes may hold: no link, image, script
#: or form, and nothing a user's text could add.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "ul", "ol", "li",
    "strong", "em", "blockquote", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "code",
}  # fmt: skip


class Page(HTMLParser):
    """What a browser makes of the page: its elements, attributes and the
    text of the body (entities decoded)."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.body: list[str] = []
        self.title = ""
        self._where: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in ("meta", "br", "hr"):
            self._where.append(tag)

    def handle_endtag(self, tag):
        if self._where and self._where[-1] == tag:
            self._where.pop()

    def handle_data(self, data):
        if "title" in self._where:
            self.title += data
        elif "body" in self._where and "style" not in self._where:
            self.body.append(data)

    def text(self) -> str:
        return " ".join("".join(self.body).split())


def markdown_text(markdown: str) -> str:
    """The text of the rendered Markdown, as the page should show it."""
    words = [
        child.content
        for token in RENDERER.parse(markdown)
        for child in token.children or []
        if child.type in ("text", "text_special", "code_inline")
    ]
    return " ".join(" ".join(words).split())


def assert_safe_page(page: Page) -> None:
    assert set(page.tags) <= ALLOWED_TAGS, set(page.tags) - ALLOWED_TAGS
    names = {name for name, _ in page.attrs}
    assert names <= {"lang", "charset", "name", "content", "style"}, names


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_page_shows_the_markdown_minutes_text_for_text(lang):
    markdown = session_markdown(filled_session(lang), OrgProfile(), lang, TODAY)
    source = minutes_html(markdown, lang)
    page = Page(source)
    assert_safe_page(page)
    assert page.text() == markdown_text(markdown)
    assert f'<html lang="{lang}">' in source and '<meta charset="utf-8">' in source
    title = "Opfølgning: Hjemmeplejen Nord" if lang == "da" else "Follow-up: Hjemmeplejen Nord"
    assert page.title == title and f"<h1>{title}</h1>" in source
    # The plan and who does what are tables; a colour and overdue are words.
    assert source.count("<table>") >= 3
    overdue, yellow = ("OVERSKREDET", "gul") if lang == "da" else ("OVERDUE", "yellow")
    assert f"<td>1. nov. 2026 ({overdue})</td>" in source or f"<td>1 Nov 2026 ({overdue})</td>" in source
    assert f"({yellow})" in page.text()


def test_hostile_text_is_text_on_the_page():
    markdown = session_markdown(filled_session(), OrgProfile(), "da", TODAY)
    source = minutes_html(markdown, "da")
    text = Page(source).text()
    assert shown(HOSTILE) in text  # "[/] [/ [bold]x | a;b "citat" ␛[31m 😀 æøå", as typed
    assert "\x1b" not in source and "<bold>" not in source
    assert "&lt;" not in markdown  # the Markdown escapes nothing for HTML; the page does


@settings(max_examples=25, deadline=None)
@given(unit=ONE_LINE, what=ONE_LINE, owner=ONE_LINE, follow_up=ONE_LINE, notes=LINES, target=LINES)
def test_any_text_is_shown_as_typed_and_adds_no_element(unit, what, owner, follow_up, notes, target):
    notes, target = "\n".join(notes), "\n".join(target)
    session = _session(unit, what, owner, follow_up, notes, target)
    markdown = session_markdown(session, OrgProfile(), "da", TODAY)
    page = Page(minutes_html(markdown, "da"))
    assert_safe_page(page)
    assert page.text() == markdown_text(markdown)
    texts = Texts()
    for value in (unit, what, owner, follow_up):
        texts.one(value)
    texts.lines(notes)
    for value in texts.shown.values():
        assert " ".join(value.split()) in page.text()


def test_the_page_is_self_contained_and_print_ready():
    source = minutes_html(session_markdown(filled_session(), OrgProfile(), "da", TODAY), "da")
    assert source.startswith("<!DOCTYPE html>\n")
    assert "@media print" in source and "@page" in source
    for fetch in ("src=", "href=", "url(", "@import", "<script", "<link", "<img", "http://", "file:"):
        assert fetch not in source, fetch
    # The organisation's links are text to copy, never a link to follow.
    assert not re.search(r"<a\b", source)


def test_a_round_as_html():
    from test_export_rounds import rounds_session

    session = rounds_session()
    markdown = round_document(session, OrgProfile(), 0, "da", TODAY, source="s.toml")
    page = Page(minutes_html(markdown, "da"))
    assert page.text() == markdown_text(markdown) and page.title.startswith("Referat:")


def test_export_html_to_a_file_is_private_atomic_and_keeps_what_it_replaces(tmp_path: Path, capsys):
    session_path = saved_session(tmp_path / "sessions", lang="en")
    out = tmp_path / "minutes.html"
    out.write_text("my own page\n", encoding="utf-8")
    assert main(["export", str(session_path), "--format", "html", "-o", str(out)]) == 0
    session = load_session(session_path)
    source = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in source and "<h2>Who does what by when</h2>" in source
    assert out.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "minutes.html.bak").read_text(encoding="utf-8") == "my own page\n"  # as for md
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("minutes")) == [
        "minutes.html", "minutes.html.bak",
    ]  # fmt: skip
    assert session.unit in source
    # --lang writes the page in the language asked for, its lang with it.
    assert main(["--lang", "da", "export", str(session_path), "--format", "html"]) == 0
    assert '<html lang="da">' in capsys.readouterr().out


def test_export_html_never_writes_over_the_session(tmp_path: Path, capsys):
    session_path = saved_session(tmp_path / "sessions")
    before = session_path.read_bytes()
    assert main(["export", str(session_path), "--format", "html", "-o", str(session_path)]) == 1
    assert session_path.read_bytes() == before and capsys.readouterr().out == ""


def test_round_export_as_html(tmp_path: Path, capsys):
    from kompas_tui.storage.session_file import save_session
    from test_export_rounds import rounds_session

    path = tmp_path / "hjemmeplejen.toml"
    save_session(rounds_session(), path)
    assert main(["export", str(path), "--format", "html", "--round", "1"]) == 0
    source = capsys.readouterr().out
    assert source.startswith("<!DOCTYPE html>") and "<h2>Evalueringsrunde 1" in source
    assert main(["export", str(path), "--format", "csv", "--round", "1"]) == 2
    assert "--format md eller html" in capsys.readouterr().err
