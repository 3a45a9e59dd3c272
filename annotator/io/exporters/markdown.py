"""Markdown: excerpts as block quotes with citation, tags, note and links, grouped by source or by tag.

Source text is escaped (it is not Markdown, and a quote holding ``<script>`` or ``*`` must stay literal);
notes are Markdown by design and pass through, except that raw HTML in them is neutralized.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from annotator.domain.excerpts import Excerpt
from annotator.io.citations import Citations
from annotator.io.exporters.base import ExportDocument, Progress
from annotator.io.exporters.common import BIBLIOGRAPHY_TITLE, citations, groups

_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
_LINE_START = re.compile(r"^(\s*)([#+=-])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Literal text in CommonMark: punctuation that could start markup is backslash-escaped."""
    text = _INLINE.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\\\2", text)
    return _ORDERED.sub(r"\1\\\2", text)


def _note(text: str) -> str:
    return text.replace("<", "&lt;")


def blockquote(text: str) -> str:
    return "\n".join(f"> {escape(line)}".rstrip() for line in text.strip("\n").split("\n"))


def _excerpt(citer: Citations, excerpt: Excerpt) -> str:
    parts = [blockquote(excerpt.flowed_quote), f"— {escape(citer.cite(excerpt))}"]
    if excerpt.annotation.speaker is not None:
        parts.append(f"**Speaker:** {escape(excerpt.annotation.speaker.label)}")
    if excerpt.tags:
        parts.append("**Tags:** " + ", ".join(f"{escape(t.name)} (`{t.path}`)" for t in excerpt.tags))
    if excerpt.figure is not None:
        parts.append(f"**{escape(excerpt.figure.describe()).replace(':', ':**', 1)}")
    if excerpt.note.strip():
        parts.append("**Note:** " + _note(excerpt.note.strip()))
    for linked in excerpt.links:
        parts.append(f"**Linked:** {escape(linked.describe())}")
    if excerpt.annotation.evidence_ref:
        parts.append(f"**Evidence:** {escape(excerpt.annotation.evidence_ref)}")
    if excerpt.annotation.confidence is not None:
        parts.append(f"**Confidence:** {excerpt.annotation.confidence} of 5")
    return "\n\n".join(parts)


def write(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    count = len(document.excerpts)
    lines = [
        f"# {escape(document.title)}",
        "",
        f"*{count} excerpt{'s' if count != 1 else ''}: {escape(document.filter_description)}; exported "
        f"{document.created:%Y-%m-%d}. Character ranges count Unicode code points.*",
    ]
    grouped = groups(document)
    total = sum(len(g.excerpts) for g in grouped)
    done = 0
    citer = citations(document)
    for group in grouped:
        lines += ["", f"## {escape(group.title)}"]
        if group.subtitle:
            lines += ["", f"*{escape(group.subtitle)}*"]
        for excerpt in group.excerpts:
            lines += ["", _excerpt(citer, excerpt)]
            done += 1
            progress(done, total)
    if citer.has_bibliography:
        lines += ["", f"## {BIBLIOGRAPHY_TITLE}"]
        lines += [line for entry in citer.bibliography() for line in ("", escape(entry))]
    stream.write(("\n".join(lines) + "\n").encode("utf-8"))
