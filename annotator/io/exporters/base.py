"""The one interface every exporter has: a named format that writes an ExportDocument to a binary stream.

Exporters get domain objects only (the service reads the project and builds the document) and write to the
stream they are handed, so they can be tested on a BytesIO and never touch the database. ``progress`` is
called with the number of entries written so far and their total (grouped by tag, an excerpt with two tags
is two entries); the service's callback may raise ExportCancelled to stop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import import_module
from typing import BinaryIO

from annotator.domain.excerpts import CitationStyle, Excerpt, GroupBy, coerce
from annotator.domain.model import Link, Source
from annotator.domain.taxonomy import Taxonomy

Progress = Callable[[int, int], None]  # (entries written, entries in all)
APP_ORIGIN = "Annotator"


def no_progress(_done: int, _total: int) -> None:
    pass


@dataclass(frozen=True, slots=True)
class ExportOptions:
    group_by: GroupBy = GroupBy.SOURCE
    style: CitationStyle = CitationStyle.SHORT
    title: str = ""  # the document's heading; the project name when empty
    figures: bool = False  # the exported sources' detected figures as excerpts too (Excerpt.figure)
    # DOCX with a notes style: each citation a Word footnote; False puts it after the excerpt instead.
    footnotes: bool = True
    # HTML: the Overview's tags-per-source profile and tags × sources matrix of the selection, inline SVG.
    charts: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "group_by", coerce(GroupBy, self.group_by, "grouping"))
        object.__setattr__(self, "style", coerce(CitationStyle, self.style, "citation style"))


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """Everything an exporter may need, already read from the project."""

    project_name: str
    project_uuid: str
    excerpts: Sequence[Excerpt]
    taxonomy: Taxonomy
    sources: Mapping[int, Source]  # the excerpts' sources and those of linked passages (all, for qdpx)
    links: Sequence[Link] = ()  # links whose two ends are both among the excerpts
    filter_description: str = "all excerpts"
    options: ExportOptions = field(default_factory=ExportOptions)
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    texts: Mapping[int, str] = field(default_factory=dict)  # full texts, for formats with needs_texts
    # Where each printed page begins, for those of ``texts`` that have pages (PDFs): see domain/pages.py.
    page_maps: Mapping[int, Sequence[tuple[int, str]]] = field(default_factory=dict)
    # (title, ``<svg>`` markup) of the charts ``ExportOptions.charts`` asks for, drawn by the service.
    charts: Sequence[tuple[str, str]] = ()

    @property
    def title(self) -> str:
        return self.options.title or f"Excerpts from {self.project_name}"


WriteFunction = Callable[[ExportDocument, BinaryIO, Progress], None]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format and where its writer lives; the module is imported on first use, so that listing formats
    (and starting the CLI) does not load python-docx, openpyxl and lxml."""

    name: str  # what --format takes: "md", "docx"…
    label: str  # what a file dialog shows
    extension: str  # with the dot
    media_type: str
    module: str  # "annotator.io.exporters.docx"
    function: str = "write"
    needs_texts: bool = False  # the service then reads every exported source's full text
    needs_excerpts: bool = True  # False for the codebook, which is the taxonomy alone

    def writer(self) -> WriteFunction:
        return getattr(import_module(self.module), self.function)  # type: ignore[no-any-return]

    def write(self, document: ExportDocument, stream: BinaryIO, progress: Progress = no_progress) -> None:
        self.writer()(document, stream, progress)


def utc_stamp(moment: datetime) -> str:
    """``2025-01-15T10:30:00Z``: what REFI-QDA and the W3C model both want."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
