"""HTML: one self-contained, printable file with inline CSS and tag chips in the tags' colours.

Every piece of text goes through ``html.escape``; a Content-Security-Policy that allows no script at all is
a second line of defence, so a source quoting ``<script>`` stays inert text whatever happens.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import BinaryIO

from annotator.domain.excerpts import Excerpt
from annotator.domain.model import TagRef
from annotator.io.citations import Citations
from annotator.io.exporters.base import ExportDocument, Progress
from annotator.io.exporters.common import BIBLIOGRAPHY_TITLE, citations, groups
from annotator.io.exporters.notes import note_html

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; }
* { box-sizing: border-box; }
body { font-family: "Charter", "Georgia", "DejaVu Serif", serif; color: var(--ink); line-height: 1.5;
       max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .2rem; border-bottom: 1px solid var(--rule);
     padding-bottom: .2rem; }
.meta, .subtitle, .citation, .links { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.meta { color: var(--muted); font-size: .85rem; }
.subtitle { color: var(--muted); font-size: .9rem; margin: 0 0 1rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; margin-right: .4rem; }
article { margin: 1.2rem 0 1.6rem; break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0; padding: .2rem 0 .2rem 1rem; border-left: 3px solid var(--rule);
             white-space: pre-wrap; font-size: 1.05rem; }
.citation { color: var(--muted); font-size: .85rem; margin: .35rem 0 .35rem 1rem; }
.tags { margin: .3rem 0 .3rem 1rem; }
.tag { display: inline-block; border-radius: .75rem; padding: .05rem .6rem; margin: 0 .3rem .3rem 0;
       font: .75rem "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.note { margin: .3rem 0 0 1rem; white-space: pre-wrap; font-size: .95rem; }
.label { font-weight: bold; margin-right: .4rem; }
.note.rendered { white-space: normal; }
.note.rendered > p, .note.rendered > ul, .note.rendered > ol { margin: .2rem 0; }
.note.rendered > .label + p { display: inline; }
.links { font-size: .85rem; margin: .3rem 0 0 1rem; padding-left: 1rem; }
a { color: inherit; }
.charts figure { margin: 1.2rem 0 2rem; overflow-x: auto; break-inside: avoid; page-break-inside: avoid; }
.charts figure > svg { display: block; max-width: 100%; height: auto; }
.charts figure.wide > svg { max-width: none; }
.charts figcaption { font: .85rem "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: var(--muted); }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; page-break-after: avoid; }
               .charts figure.wide > svg { max-width: 100%; } }
"""

_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
# Inline charts (SVG) carry a shaded matrix as an embedded data: PNG (an image, which runs nothing).
_CHARTS_POLICY = f"{_POLICY}; img-src data:"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _ink_for(color: str) -> str:
    """Black or white text, whichever reads better on ``color`` (#RRGGBB)."""
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    luminance = 0.299 * r + 0.587 * g + 0.114 * b
    return "#000000" if luminance > 150 else "#FFFFFF"


def _chip(tag: TagRef) -> str:
    color = tag.color if len(tag.color) == 7 else "#888888"
    return (
        f'<span class="tag" style="background:{esc(color)};color:{_ink_for(color)}" '
        f'title="{esc(tag.path)}">{esc(tag.name)}</span>'
    )


def _excerpt(citer: Citations, excerpt: Excerpt, exported: set[int]) -> str:
    parts = [
        f'<article class="excerpt" id="excerpt-{excerpt.id}">',
        f"<blockquote>{esc(excerpt.flowed_quote)}</blockquote>",
        f'<p class="citation">— {esc(citer.cite(excerpt))}</p>',
    ]
    if excerpt.annotation.speaker is not None:
        speaker = esc(excerpt.annotation.speaker.label)
        parts.append(f'<div class="note speaker"><span class="label">Speaker </span>{speaker}</div>')
    if excerpt.tags:
        parts.append('<p class="tags">' + "".join(_chip(t) for t in excerpt.tags) + "</p>")
    if excerpt.figure is not None:
        figure = esc(excerpt.figure.describe().removeprefix("Figure: "))
        parts.append(f'<div class="note figure"><span class="label">Figure </span>{figure}</div>')
    if excerpt.note.strip():
        # The note's Markdown as HTML, as the inspector previews it (raw HTML in it stays text).
        rendered = note_html(excerpt.note.strip())
        parts.append(f'<div class="note rendered"><span class="label">Note </span>{rendered}</div>')
    if excerpt.annotation.evidence_ref:
        evidence = esc(excerpt.annotation.evidence_ref)
        parts.append(f'<div class="note"><span class="label">Evidence </span>{evidence}</div>')
    if excerpt.annotation.confidence is not None:
        confidence = f"{excerpt.annotation.confidence} of 5"
        parts.append(f'<div class="note confidence"><span class="label">Confidence </span>{confidence}</div>')
    if excerpt.links:
        items = []
        for linked in excerpt.links:
            text = esc(linked.describe())
            if linked.annotation_id in exported:
                text = f'<a href="#excerpt-{linked.annotation_id}">{text}</a>'
            items.append(f"<li>{text}</li>")
        parts.append('<ul class="links">' + "".join(items) + "</ul>")
    parts.append("</article>")
    return "\n".join(parts)


def _charts(charts: Sequence[tuple[str, str]]) -> str:
    """The charts as inline SVG (drawn by Matplotlib from counts, their labels escaped by it: no script),
    each as wide as it was drawn when that is wider than the page (a matrix of many sources scrolls)."""
    parts = ['<section class="charts">', "<h2>Charts</h2>"]
    for title, svg in charts:
        width = re.search(r'\bwidth="([\d.]+)pt"', svg[:400])
        wide = " wide" if width is not None and float(width.group(1)) > 560 else ""
        parts.append(f'<figure class="chart{wide}">\n{svg}\n<figcaption>{esc(title)}</figcaption>\n</figure>')
    parts.append("</section>")
    return "\n".join(parts)


def write(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    count = len(document.excerpts)
    exported = {e.id for e in document.excerpts}
    policy = _CHARTS_POLICY if document.charts else _POLICY
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Annotator">',
        f"<title>{esc(document.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{esc(document.title)}</h1>",
        f'<p class="meta">{count} excerpt{"s" if count != 1 else ""}: {esc(document.filter_description)}; '
        f"exported {document.created:%Y-%m-%d}. Character ranges count Unicode code points.</p>",
        "</header>",
        "<main>",
    ]
    if document.charts:
        out.append(_charts(document.charts))
    grouped = groups(document)
    total = sum(len(g.excerpts) for g in grouped)
    done = 0
    citer = citations(document)
    for group in grouped:
        swatch = f'<span class="swatch" style="background:{esc(group.color)}"></span>' if group.color else ""
        out.append(f'<section class="group">\n<h2>{swatch}{esc(group.title)}</h2>')
        if group.subtitle:
            out.append(f'<p class="subtitle">{esc(group.subtitle)}</p>')
        for excerpt in group.excerpts:
            out.append(_excerpt(citer, excerpt, exported))
            done += 1
            progress(done, total)
        out.append("</section>")
    if citer.has_bibliography:
        entries = "".join(f"<p>{esc(entry)}</p>" for entry in citer.bibliography())
        out.append(f'<section class="bibliography">\n<h2>{BIBLIOGRAPHY_TITLE}</h2>\n{entries}\n</section>')
    out += ["</main>", "</body>", "</html>", ""]
    stream.write("\n".join(out).encode("utf-8"))
