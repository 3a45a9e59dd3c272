"""What several exporters share: grouping, the table of excerpt rows, and text made safe for XML."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.domain.excerpts import Excerpt, FigureNote, GroupBy, cite_source
from annotator.domain.model import Facet
from annotator.io.citations import Citations
from annotator.io.exporters.base import ExportDocument

# Characters XML 1.0 forbids (lxml, python-docx and openpyxl all refuse them). Form feeds come from PDF page
# breaks and vertical tabs from old word processors: both become spaces; anything else the replacement mark.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    if not _XML_ILLEGAL.search(text):
        return text
    return _XML_ILLEGAL.sub(lambda m: " " if m.group() in "\x0b\x0c" else "\ufffd", text)


@dataclass(frozen=True, slots=True)
class Group:
    title: str
    subtitle: str  # the full citation of a source, or the tag's description
    color: str  # a tag's colour; "" for sources
    excerpts: Sequence[Excerpt]


def citations(document: ExportDocument) -> Citations:
    """The export's citations in its style: cite the excerpts in the order the reader meets them."""
    return Citations(document.options.style, list(document.sources.values()))


BIBLIOGRAPHY_TITLE = "Bibliography"


def groups(document: ExportDocument) -> list[Group]:
    """The excerpts grouped as the options ask: by source in text order, or by tag in taxonomy order.

    Grouped by tag, an excerpt with three tags appears under each of them, and untagged ones come last.
    """
    excerpts = document.excerpts
    if document.options.group_by is GroupBy.SOURCE:
        by_source: dict[int, list[Excerpt]] = {}
        for excerpt in excerpts:
            by_source.setdefault(excerpt.source.id, []).append(excerpt)
        return [
            Group(
                title=items[0].source.title,
                subtitle=cite_source(items[0].source.metadata, "full"),
                color="",
                excerpts=items,
            )
            for items in by_source.values()
        ]
    taxonomy = document.taxonomy
    by_tag: dict[int, list[Excerpt]] = {}
    untagged: list[Excerpt] = []
    for excerpt in excerpts:
        for tag in excerpt.tags:
            by_tag.setdefault(tag.id, []).append(excerpt)
        if not excerpt.tags:
            untagged.append(excerpt)
    result = []
    for facet in taxonomy.facets:
        for _, tag in taxonomy.walk(facet.id):
            if tag.id in by_tag:
                path = " › ".join([facet.name, *(a.name for a in taxonomy.ancestors(tag)), tag.name])
                result.append(Group(path, tag.description, tag.color, by_tag[tag.id]))
    figures = [e for e in untagged if e.figure is not None]
    untagged = [e for e in untagged if e.figure is None]
    if untagged:
        result.append(Group("Untagged", "", "", untagged))
    if figures:
        result.append(Group("Figures", FIGURES_DESCRIPTION, "", figures))
    return result


FIGURES_DESCRIPTION = (
    "Figures detected in the sources' texts by Annotator: each with its value or range, unit, what it counts "
    "and the period it refers to."
)
FIGURE_COLUMNS = ("Figure value", "Figure low", "Figure high", "Figure approx", "Figure unit",
                  "Figure counted", "Figure period")  # fmt: skip


def facets_of(document: ExportDocument) -> list[Facet]:
    return list(document.taxonomy.facets)


def table_header(document: ExportDocument) -> list[str]:
    return [
        "Excerpt",
        "Source id",
        "Title",
        "Authors",
        "Date",
        "Kind",
        "Genre",
        "Publisher",
        "URL",
        "Page",
        "Paragraph",
        "Start",
        "End",
        "Quote",
        "Speaker",
        "Speaker role",
        *(f.name for f in facets_of(document)),
        "Tags",
        "Note",
        "Confidence",
        "Evidence",
        "Linked excerpts",
        "Citation",
        *(FIGURE_COLUMNS if document.options.figures else ()),
    ]


def table_rows(document: ExportDocument) -> Iterator[list[Any]]:
    """Each excerpt as spreadsheet cells; numbers stay numbers. Offsets are code points, end exclusive."""
    facets = facets_of(document)
    tag_facet = {t.id: t.facet_id for t in document.taxonomy.tags}
    citer = citations(document)
    with_figures = document.options.figures
    for excerpt in document.excerpts:
        source = excerpt.source.metadata
        location = excerpt.location
        paragraph: Any = location.paragraph if location.paragraph is not None else ""
        if location.last_paragraph not in (None, location.paragraph):
            paragraph = f"{location.paragraph}–{location.last_paragraph}"
        annotation = excerpt.annotation
        figure = excerpt.figure
        yield [
            excerpt.id if figure is None else "",
            excerpt.source.id,
            source.title,
            "; ".join(source.authors),
            source.date_text,
            source.kind.value if source.kind else "",
            source.genre,
            source.publisher,
            source.url,
            location.page or "",
            paragraph,
            location.start,
            location.end,
            excerpt.quote,
            annotation.speaker.name if annotation.speaker else "",
            annotation.speaker.role.value if annotation.speaker else "",
            *("; ".join(t.name for t in excerpt.tags if tag_facet.get(t.id) == f.id) for f in facets),
            "; ".join(t.path for t in excerpt.tags),
            excerpt.note,
            annotation.confidence if annotation.confidence is not None else "",
            annotation.evidence_ref,
            "\n".join(f"#{p.annotation_id} {p.describe()}" for p in excerpt.links),
            citer.cite(excerpt),
            *(_figure_cells(figure) if with_figures else ()),
        ]


def _figure_cells(figure: FigureNote | None) -> list[Any]:
    if figure is None:
        return [""] * len(FIGURE_COLUMNS)
    return [
        *("" if v is None else v for v in (figure.value, figure.low, figure.high)),
        figure.approx, figure.unit, figure.counted, figure.period,
    ]  # fmt: skip
