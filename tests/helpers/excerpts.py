"""A small annotated project for the export and exchange tests (invented texts).

Its texts carry what exports must survive: markup and ampersands (``<script>``, ``&``), a cell that looks
like a spreadsheet formula, a form feed (illegal in XML), a character outside the BMP (a code point that is
two UTF-16 units), and a passage across two paragraphs. One source has a page map.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from annotator.services.project import Project

REPORT = (
    "Report of the district committee\n"
    "\n"
    "The harvest of 1932 “failed”, wrote the <script>alert('x')</script> committee & its secretary.\n"
    '=HYPERLINK("http://evil.example") was typed into the minutes.\n'
    "Page two begins here\fwith a form feed.\n"
    "A letter 𝔊 stands before the famine passage.\n"
)
MEMOIR = "Witnesses recall full granaries in 1932.\n\nThe memoir denies that there was a famine.\n"
SCRIPT_QUOTE = "<script>alert('x')</script> committee & its"
FORMULA_QUOTE = '=HYPERLINK("http://evil.example")'
NOTE = "a <note> & *more*"


@dataclass(frozen=True, slots=True)
class Sample:
    report: int  # source ids
    memoir: int
    script: int  # annotation ids
    formula: int
    famine: int
    across: int
    granaries: int
    denial: int


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def set_page_map(project: Project, source_id: int, pages: list[tuple[int, str]]) -> None:
    """Store a page map as the PDF importer does: JSON ``[[start, label], ...]`` in source_texts.page_map."""
    page_map = json.dumps([list(p) for p in pages])
    if project.on_server:
        import psycopg

        with psycopg.connect(project.location) as server:
            update = "UPDATE source_texts SET page_map = %s WHERE source_id = %s"
            server.execute(update, (page_map, source_id))
        return
    connection = sqlite3.connect(project.path)
    try:
        with connection:
            connection.execute(
                "UPDATE source_texts SET page_map = ? WHERE source_id = ?", (page_map, source_id)
            )
    finally:
        connection.close()


def build_sample(project: Project) -> Sample:
    report = project.sources.import_bytes(
        "report.txt",
        REPORT.encode("utf-8"),
        {
            "title": "Report on the harvest: district committee minutes",
            "authors": ["Ivan Petrov"],
            "date_text": "1932",
            "kind": "primary",
            "publisher": "District committee",
            "url": "https://example.org/report",
            "archive": "Regional archive",
            "archival_collection": "f. 12",
        },
    ).source_id
    memoir = project.sources.import_bytes(
        "memoir.txt",
        MEMOIR.encode("utf-8"),
        {
            "title": "Memoir of a teacher",
            "authors": ["Anna Smirnova", "Boris Volkov"],
            "date_text": "c. 1968",
            "kind": "secondary",
        },
    ).source_id
    project.taxonomy.add_facet("Theme", color="#2255AA")
    project.taxonomy.add_tag("theme", "Famine")
    project.taxonomy.add_tag("theme", "Grain requisition", parent="famine", color="#AA5522")

    def annotate(source: int, text: str, phrase: str, tags: list[str], **kwargs: object) -> int:
        start, end = _span(text, phrase)
        return project.annotations.create(source, start, end, tags=tags, **kwargs).id  # type: ignore[arg-type]

    script = annotate(
        report,
        REPORT,
        SCRIPT_QUOTE,
        ["bias/polemical", "claim-type/factual"],
        note=NOTE,
        confidence=4,
        evidence_ref="Minutes, f. 3",
    )
    formula = annotate(report, REPORT, FORMULA_QUOTE, ["provenance/archival"])
    famine = annotate(report, REPORT, "famine passage", ["theme/grain-requisition", "claim-type/statistical"])
    across = annotate(report, REPORT, "begins here\fwith a form feed.\nA letter 𝔊", [])
    granaries = annotate(
        memoir, MEMOIR, "full granaries in 1932", ["provenance/eyewitness"], note="Contradicts."
    )
    denial = annotate(memoir, MEMOIR, "denies that there was a famine", ["bias/apologetic"])
    project.links.create(script, granaries, "contradicts", note="Both describe the 1932 harvest.")
    project.links.create(denial, famine, "cites")
    set_page_map(project, report, [(0, "1"), (REPORT.index("Page two"), "2")])
    return Sample(report, memoir, script, formula, famine, across, granaries, denial)
