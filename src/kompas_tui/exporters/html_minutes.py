"""The minutes as one HTML file a leader mails or prints (`kompas export
--format html`, and `e` on the summary and in Gennemsyn).

The HTML is the Markdown minutes rendered (`markdown.session_markdown`,
`rounds_markdown.round_document`), so the two say the same by construction:
every section, table and word of the Markdown, nothing added but the page
around it. The Markdown is read as CommonMark with GFM tables, as
markdown-it-py parses it, with raw HTML switched off (user text is escaped
for Markdown by `md_text.finish`; anything that still looked like HTML would
be shown as text). Every text is written with `html.escape`.

The page is self-contained: one `<style>` (with `@media print`), no script,
no image, no link to fetch; `<meta charset="utf-8">`; `lang` is the language
the minutes are written in. A colour is always a word in the text ("gul",
"OVERSKREDET"); the page adds no colour that carries meaning.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

_STYLE = """
:root { color-scheme: light; }
body {
  font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.45;
  color: #111; background: #fff; max-width: 52em; margin: 2em auto; padding: 0 1.5em;
}
h1 { font-size: 1.7em; margin: 0 0 0.6em; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #999; padding-bottom: 0.15em; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
table { border-collapse: collapse; margin: 0.6em 0; width: 100%; }
th, td { border: 1px solid #888; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
th { background: #eee; }
td[style*="right"], th[style*="right"] { font-variant-numeric: tabular-nums; }
blockquote { margin: 0.4em 0 0.4em 0.2em; padding: 0.1em 0 0.1em 0.9em; border-left: 3px solid #999; }
ul { padding-left: 1.4em; }
li { margin: 0.1em 0; }
code { font-family: Consolas, "Courier New", monospace; font-size: 0.95em; }
hr { border: 0; border-top: 1px solid #999; margin: 2em 0 0.8em; }
@media print {
  @page { margin: 1.8cm 1.6cm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, blockquote, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


# Render rules are bound to the renderer: (self, tokens, index, options, env).
def _text(renderer, tokens: Sequence[Token], index: int, options, env) -> str:
    return html.escape(tokens[index].content)


def _code(renderer, tokens: Sequence[Token], index: int, options, env) -> str:
    return f"<code>{html.escape(tokens[index].content)}</code>"


def _renderer() -> MarkdownIt:
    renderer = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    renderer.add_render_rule("text", _text)
    renderer.add_render_rule("code_inline", _code)
    return renderer


_RENDERER = _renderer()


def _title(tokens: list[Token]) -> str:
    """The text of the first heading (the minutes' "# …")."""
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and index + 1 < len(tokens):
            children = tokens[index + 1].children or []
            return "".join(child.content for child in children if child.type in ("text", "text_special"))
    return ""


def minutes_html(markdown: str, lang: str) -> str:
    """A Markdown document of the minutes as a self-contained HTML page."""
    tokens = _RENDERER.parse(markdown)
    body = _RENDERER.renderer.render(tokens, _RENDERER.options, {})
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(_title(tokens))}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
