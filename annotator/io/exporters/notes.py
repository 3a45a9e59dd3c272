"""Notes in exports: a note is Markdown, rendered as the inspector's preview renders it.

The preview is Qt's Markdown reader with the GitHub dialect and no raw HTML; exporters cannot use Qt, so
they read notes with markdown-it-py set the same way: CommonMark with tables and strikethrough, raw HTML
kept as the text it is. HTML exports take its HTML; DOCX exports walk its tokens into blocks of styled runs
(bold, italic, code, struck out), list items with their depth and number, and links written as
"text (address)" because a printed page cannot follow them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def note_html(text: str) -> str:
    """The note as HTML: raw HTML in it is escaped, links whose scheme can run code are not made links."""
    return _PARSER.render(text)


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    struck: bool = False


@dataclass(slots=True)
class Block:
    """A paragraph of a note: plain, a list item (``kind`` "bullet" or "ordered"), a heading or code."""

    runs: list[Run] = field(default_factory=list)
    kind: str = ""  # "", "bullet", "ordered", "heading", "code"
    level: int = 0  # list depth, 0 for the outermost list
    number: int = 0  # an ordered item's number
    list_id: int = 0  # the list an item belongs to: numbering starts again with each list
    continued: bool = False  # a later paragraph of a list item, indented under it without a marker

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def note_blocks(text: str) -> list[Block]:
    """The note's paragraphs, list items, headings, table rows and code blocks in order, as styled runs."""
    blocks: list[Block] = []
    open_blocks: list[str] = []  # the block tokens the walk is inside, outermost first
    lists: list[list[int]] = []  # open lists, innermost last: [list id, next number (0 for bullets)]
    lists_seen = 0
    item_paragraphs = 0  # paragraphs so far in the innermost open list item
    cells: list[str] = []  # the cells of the table row being read
    for token in _PARSER.parse(text):
        kind = token.type
        if token.nesting == 1:
            open_blocks.append(kind)
        elif token.nesting == -1 and open_blocks:
            open_blocks.pop()
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists_seen += 1
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 0
            lists.append([lists_seen, start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_paragraphs = 0
        elif kind == "tr_close":
            blocks.append(Block([Run(" | ".join(cells))]))
            cells = []
        elif kind in ("fence", "code_block"):
            blocks.append(Block([Run(token.content.rstrip("\n"), code=True)], kind="code"))
        elif kind == "inline":
            runs = _runs(token)
            inside = open_blocks[-1] if open_blocks else ""
            if inside in ("th_open", "td_open"):
                cells.append("".join(run.text for run in runs))
                continue
            block = Block(runs)
            if inside == "heading_open":
                block.kind = "heading"
                block.runs = [Run(r.text, True, r.italic, r.code, r.struck) for r in runs]
            elif lists and "list_item_open" in open_blocks:
                block.level, block.list_id = len(lists) - 1, lists[-1][0]
                if item_paragraphs == 0:
                    block.number = lists[-1][1]
                    block.kind = "ordered" if block.number else "bullet"
                    if block.number:
                        lists[-1][1] += 1
                else:
                    block.continued = True
                item_paragraphs += 1
            blocks.append(block)
    return [block for block in blocks if block.text.strip()]


def _runs(inline: Token) -> list[Run]:
    """The runs of an inline token: text with the emphasis around it; links as "text (address)"."""
    runs: list[Run] = []
    bold = italic = struck = 0
    links: list[tuple[str, int]] = []  # open links: (address, where their text began in ``runs``)
    for child in inline.children or []:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "s_open":
            struck += 1
        elif kind == "s_close":
            struck -= 1
        elif kind == "link_open":
            links.append((str(child.attrGet("href") or ""), len(runs)))
        elif kind == "link_close" and links:
            address, began = links.pop()
            label = "".join(run.text for run in runs[began:])
            if address and address not in (label, f"mailto:{label}"):
                runs.append(Run(f" ({address})", bool(bold), bool(italic), False, bool(struck)))
        elif kind in ("text", "html_inline"):
            runs.append(Run(child.content, bool(bold), bool(italic), False, bool(struck)))
        elif kind == "code_inline":
            runs.append(Run(child.content, bool(bold), bool(italic), True, bool(struck)))
        elif kind == "softbreak":
            runs.append(Run(" ", bool(bold), bool(italic), False, bool(struck)))
        elif kind == "hardbreak":
            runs.append(Run("\n", bool(bold), bool(italic), False, bool(struck)))
        elif kind == "image":
            runs.append(Run(child.content or "", bool(bold), bool(italic), False, bool(struck)))
    return runs
