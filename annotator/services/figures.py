"""Figures and dates of every source, as records, and the figures compared across sources (issue 17).

Detected figures and dated statements are derived data, like the evidence and the structure marks they
read: computed from the stored text by ``annotator.domain.figures``, stored per source with the detectors'
version (and the version of the marks they read) when the project can be written, and recomputed when
either is not the current one. Storing them is a derived write, so the search index stays in step.

The comparison groups the figures of all sources that count the same thing over overlapping periods
(``domain.figures.grouping``), with the spread of each group and whether the source cites anyone for each
figure (a citation, note call or reference mark right after it, as the evidence detectors find them). Whether
a figure is cited is found when it is detected and stored with it, so listing and comparing the figures of
every source is one query and no source's text or evidence is read.

The records are stored as JSON objects of ``FigureRecord`` and ``DateRecord`` and decoded straight into
them by msgspec (in C): 500 sources' 51,000 figures list in a fraction of a second.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from annotator.domain.errors import InvalidInput, ReadOnlyProject, WriteFailed
from annotator.domain.figures import FIGURES_VERSION, DatedStatement, Figure
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.services.evidence import OFFLOAD_CHARS, EvidenceService
from annotator.services.offload import run_offloaded
from annotator.services.output_files import write_whole
from annotator.services.structure import StructureService, stored_or_computed
from annotator.storage import figures_repo, sources_repo
from annotator.storage.unit_of_work import UnitOfWork

# How far after a figure a citation or note call still vouches for it (a sentence or two of prose).
CITED_WITHIN = 200
EXPORT_FORMATS = ("csv", "xlsx")
_CITING_KINDS = ("citation", "note-call", "reference-mark")


def detect(
    text: str, marks: Sequence[Any], year: int | None = None, written: tuple[str, str] | None = None
) -> tuple[list[Figure], list[DatedStatement]]:
    """The figures and the dated statements of ``text`` (with its structure ``marks``); ``year``: the
    source's publication year when its date names one (``sources_repo.publication_year``), which dates
    "this year", "Seventy years ago" and present-tense figures; ``written``: the source's date as stored
    (``sources_repo.publication_dates``), which dates "last December", "yesterday" and a news item's days."""
    # Imported on first use: compiling the detectors' patterns is a cost other commands should not pay.
    from annotator.domain.figures.dates import find_dates
    from annotator.domain.figures.numbers import find_figures

    return find_figures(text, marks, year=year), find_dates(text, marks, written)


def _detect_cited(
    text: str, marks: Sequence[Any], year: int | None = None, written: tuple[str, str] | None = None,
    progress: Any = None,
) -> tuple[list[Figure], list[DatedStatement], list[str | None]]:
    """``detect`` and each figure's ``citations``, at once (what a worker process does)."""
    figures, dates = detect(text, marks, year, written)
    return figures, dates, citations(text, marks, figures)


def citations(text: str, marks: Sequence[Any], figures: Sequence[Figure]) -> list[str | None]:
    """For each figure, what cites it (a citation, note call or reference mark right after it in its
    sentence, as written), or None."""
    from annotator.domain.evidence import EvidenceKind
    from annotator.domain.evidence.citations import find_citations

    citing = sorted(
        (e.start, " ".join(text[e.start : e.end].split()))
        for e in find_citations(text, marks)
        if e.kind is EvidenceKind.CITATION
    )
    return [_citation_after(citing, text, f) for f in figures]


def record_id(source_id: int, kind: str, start: int, end: int, spanned: str) -> str:
    """A stable id: the same record over the same stretch of the same text of a source has the same id."""
    digest = hashlib.sha256(f"{source_id}\0{kind}\0{start}\0{end}\0{spanned}".encode()).hexdigest()
    return digest[:12]


@dataclass(frozen=True, slots=True)
class FigureRecord:
    id: str
    source_id: int
    text: str  # the figure as written
    figure: Figure
    cited: bool | None = None  # found with the figure; None where it was not looked up
    citation: str = ""  # what cites it, as written

    def as_dict(self) -> dict[str, Any]:
        """The record ``annotator figures --json`` prints (its fields are a contract for scripts)."""
        f = self.figure
        return {
            "id": self.id,
            "source_id": self.source_id,
            "start": f.start,
            "end": f.end,
            "text": self.text,
            "value": f.value,
            "low": f.low,
            "high": f.high,
            "approx": f.approx or None,
            "unit": f.unit,
            "counted": f.counted,
            "period": f.period or None,
            "period_start": f.period_start,
            "period_end": f.period_end,
        }


@dataclass(frozen=True, slots=True)
class DateRecord:
    id: str
    source_id: int
    text: str
    statement: DatedStatement

    def as_dict(self) -> dict[str, Any]:
        """The record ``annotator dates --json`` prints."""
        d = self.statement
        return {
            "id": self.id,
            "source_id": self.source_id,
            "start": d.start,
            "end": d.end,
            "text": self.text,
            "event": d.event,
            "date_start": d.date_start,
            "date_end": d.date_end,
        }


@dataclass(frozen=True, slots=True)
class Found:
    """What ``detect_unstored`` detected in a source, for ``store`` to keep."""

    source_id: int
    figures: tuple[Figure, ...]
    dates: tuple[DatedStatement, ...]
    text: str
    citations: tuple[str | None, ...] | None = None  # of each figure (None: found when stored)


@dataclass(frozen=True, slots=True)
class FigureGroup:
    group: int  # 1, 2, … in the order of their first figure
    key: str  # the comparable key of what is counted
    counted: str  # what is counted, as the first figure says it
    period_start: int | None
    period_end: int | None
    spread: float | None  # highest ÷ lowest; None for a group of one
    figures: tuple[FigureRecord, ...]

    @property
    def sources(self) -> list[int]:
        return sorted({f.source_id for f in self.figures})

    def as_dict(self) -> dict[str, Any]:
        """The record ``annotator figures --compare --json`` prints."""
        return {
            "group": self.group,
            "counted": self.counted,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "spread": self.spread,
            "figures": [
                {**f.as_dict(), "cited": f.cited, "citation": f.citation or None} for f in self.figures
            ],
        }


class FiguresService:
    def __init__(self, uow: UnitOfWork, structure: StructureService, evidence: EvidenceService) -> None:
        self._uow = uow
        self._structure = structure
        self._evidence = evidence

    # --- reading ---------------------------------------------------------------------------------------

    def figures(self, source_id: int | None = None) -> list[FigureRecord]:
        """Every figure of the source (default: of every source), by source and in text order."""
        return [r for found in self._all(source_id, dates=False) for r in found[0]]

    def dates(self, source_id: int | None = None) -> list[DateRecord]:
        """Every dated statement of the source (default: of every source), by source and in text order."""
        return [r for found in self._all(source_id, figures=False) for r in found[1]]

    def compare(self, source_ids: Sequence[int] | None = None) -> list[FigureGroup]:
        """The figures of these sources (default: all) grouped where they count the same thing over
        overlapping periods, each figure with whether its source cites anyone for it."""
        from annotator.domain.figures.grouping import group_figures

        records = [r for found in self._for(source_ids, dates=False) for r in found[0]]
        all_figures = [r.figure for r in records]
        groups = group_figures(all_figures, smallest=2)
        made: list[FigureGroup] = []
        for number, g in enumerate(groups, 1):
            # Whether each is cited was stored with it.
            members = [records[i] for i in g.members]
            first = members[0].figure
            spread = g.spread(all_figures)
            made.append(FigureGroup(number, g.key, first.counted, g.period_start, g.period_end, spread,
                                    tuple(members)))
        return made

    def stale(self) -> list[int]:
        """Sources whose records are not stored, or were stored by other detectors or from other marks."""
        with self._uow.read() as session:
            return figures_repo.stale(session, FIGURES_VERSION, STRUCTURE_VERSION)

    def refresh(self, source_ids: Sequence[int] | None = None) -> int:
        """Detect and store the records of these sources (default: the stale ones) again; how many."""
        ids = self.stale() if source_ids is None else list(source_ids)
        for source_id in ids:
            with self._uow.read() as session:
                text = sources_repo.text_of(session, source_id)
                year = sources_repo.publication_year(session, source_id)
                written = sources_repo.publication_dates(session, source_id)
            marks = self._structure.marks(source_id)
            figures, dates = detect(text, marks, year, written)
            self._store(source_id, _records(source_id, text, figures, dates, citations(text, marks, figures)))
        return len(ids)

    # --- for a window's worker thread (issue 17's claims table and timeline) ------------------------------
    # A worker must not write while the window may (a write begun beside another can fail at once as
    # locked, and a historian's edit must never fail for derived data): it reads what is stored, detects
    # what is stale without storing it, and the window's thread stores it.

    def stored(
        self, source_ids: Sequence[int] | None = None
    ) -> tuple[list[FigureRecord], list[DateRecord], list[int]]:
        """The stored, current records of these sources (default: all), detecting nothing; and the sources
        of those whose records are missing or stale (to ``detect_unstored``)."""
        with self._uow.read() as session:
            stored = figures_repo.get_many(session, source_ids)
        figures: list[FigureRecord] = []
        dates: list[DateRecord] = []
        stale: list[int] = []
        for sid in self._ids(source_ids):
            found = stored.get(sid)
            made = _made(sid, found) if found is not None and _current(found) else None
            if made is None:
                stale.append(sid)
                continue
            figures += made[0]
            dates += made[1]
        return figures, dates, stale

    def detect_unstored(
        self, source_id: int, offload: bool = False
    ) -> tuple[list[FigureRecord], list[DateRecord], Found]:
        """The source's records detected afresh, storing nothing; ``store`` keeps what was found.
        ``offload``: a text of OFFLOAD_CHARS or more is detected in a process of its own (a worker thread
        of the window's would share the interpreter with it for the second or two a book takes)."""
        with self._uow.read() as session:
            sources_repo.get_row(session, source_id)  # NotFound for an unknown source
            text = sources_repo.text_of(session, source_id)
            marks = stored_or_computed(session, source_id, text)
            year = sources_repo.publication_year(session, source_id)
            written = sources_repo.publication_dates(session, source_id)
        if offload and len(text) >= OFFLOAD_CHARS:
            figures, dates, cited = run_offloaded(_detect_cited, text, list(marks), year, written)
        else:
            figures, dates, cited = _detect_cited(text, marks, year, written)
        records = _records(source_id, text, figures, dates, cited)
        return records[0], records[1], Found(source_id, tuple(figures), tuple(dates), text, tuple(cited))

    def store(self, found: Found) -> None:
        """Keep what ``detect_unstored`` found (derived: a project that cannot be written finds it again)."""
        cited = found.citations
        if cited is None:
            with self._uow.read() as session:
                marks = stored_or_computed(session, found.source_id, found.text)
            cited = tuple(citations(found.text, marks, found.figures))
        self._store(found.source_id, _records(found.source_id, found.text, found.figures, found.dates, cited))

    def group(self, records: Sequence[FigureRecord]) -> list[FigureGroup]:
        """``compare`` over records in hand, storing nothing (for a worker thread): whether a figure is
        cited is read from the evidence stored for its source; None where that evidence is not current."""
        from annotator.domain.figures.grouping import group_figures

        all_figures = [r.figure for r in records]
        unread = set(self._evidence.stale()) if any(r.cited is None for r in records) else set()
        cited: dict[int, tuple[list[tuple[int, str]], str]] = {}
        made: list[FigureGroup] = []
        for number, g in enumerate(group_figures(all_figures, smallest=2), 1):
            members = []
            for i in g.members:
                r = records[i]
                if r.cited is not None:  # found with the figure and stored with it
                    members.append(r)
                    continue
                if r.source_id in unread:
                    members.append(FigureRecord(r.id, r.source_id, r.text, r.figure, None, ""))
                    continue
                if r.source_id not in cited:
                    cited[r.source_id] = self._citing(r.source_id)
                citation = _citation_after(*cited[r.source_id], r.figure)
                members.append(FigureRecord(r.id, r.source_id, r.text, r.figure, citation is not None,
                                            citation or ""))
            first = members[0].figure
            made.append(FigureGroup(number, g.key, first.counted, g.period_start, g.period_end,
                                    g.spread(all_figures), tuple(members)))
        return made

    # --- export ----------------------------------------------------------------------------------------

    def export(self, path: Path, what: str = "figures", source_ids: Sequence[int] | None = None) -> int:
        """Write the claims table (``what="figures"``: one row per figure with source, citation, value, low,
        high, unit, counted, period and group) or the dated statements (``"dates"``) to ``path``, CSV or
        XLSX by its suffix; how many rows."""
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            raise InvalidInput(f"{path}: cannot write {fmt or 'a file without a suffix'}; use .csv or .xlsx")
        if what not in ("figures", "dates"):
            raise InvalidInput(f"nothing to export as {what!r}; export figures or dates")
        names = self._source_names(source_ids)
        if what == "figures":
            header = ["source_id", "source", "citation", "text", "value", "low", "high", "approx", "unit",
                      "counted", "period", "period_start", "period_end", "group", "spread", "cited", "start",
                      "end"]  # fmt: skip
            rows = self._figure_rows(names, source_ids)
        else:
            header = ["source_id", "source", "text", "event", "date_start", "date_end", "start", "end"]
            rows = [
                [d.source_id, names.get(d.source_id, ""), d.text, d.statement.event, d.statement.date_start,
                 d.statement.date_end, d.statement.start, d.statement.end]
                for found in self._for(source_ids, figures=False) for d in found[1]
            ]  # fmt: skip
        # Made in memory, then written whole through a part file: a full disk or a folder that cannot be
        # written to leaves no half file behind (nor openpyxl's ZipFile complaining on stderr as it is freed).
        if fmt == "csv":
            text = io.StringIO(newline="")
            writer = csv.writer(text)
            writer.writerow(header)
            writer.writerows(rows)
            data = text.getvalue().encode("utf-8")
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "Figures" if what == "figures" else "Dates"
            sheet.append(header)
            for row in rows:
                sheet.append(row)
            buffer = io.BytesIO()
            book.save(buffer)
            data = buffer.getvalue()
        write_whole(path, data)
        return len(rows)

    def _figure_rows(self, names: dict[int, str], source_ids: Sequence[int] | None) -> list[list[Any]]:
        in_group: dict[str, tuple[int, float | None, bool | None, str]] = {}
        for g in self.compare(source_ids):
            for f in g.figures:
                in_group[f.id] = (g.group, g.spread, f.cited, f.citation)
        rows = []
        for found in self._for(source_ids, dates=False):
            for r in found[0]:
                f = r.figure
                group, spread, cited, citation = in_group.get(r.id, (None, None, None, ""))
                rows.append([
                    r.source_id, names.get(r.source_id, ""), citation, r.text, f.value, f.low, f.high,
                    f.approx, f.unit, f.counted, f.period, f.period_start, f.period_end, group, spread,
                    cited, f.start, f.end,
                ])  # fmt: skip
        return rows

    # --- helpers ---------------------------------------------------------------------------------------

    def _ids(self, source_ids: Sequence[int] | None) -> list[int]:
        if source_ids is not None:
            return list(source_ids)
        with self._uow.read() as session:
            return [s.id for s in sources_repo.list_summaries(session)]

    def _source_names(self, source_ids: Sequence[int] | None) -> dict[int, str]:
        with self._uow.read() as session:
            summaries = sources_repo.list_summaries(session)
        names = {}
        for s in summaries:
            who = ", ".join(s.authors)
            when = s.date_text
            parts = (f"{who}," if who else "", s.title, f"({when})" if when else "")
            names[s.id] = " ".join(p for p in parts if p)
        return names

    def _for(
        self, source_ids: Sequence[int] | None, *, figures: bool = True, dates: bool = True
    ) -> list[tuple[list[FigureRecord], list[DateRecord]]]:
        if source_ids is None:
            return self._all(None, figures=figures, dates=dates)
        return [self._records(sid) for sid in source_ids]

    def _all(
        self, source_id: int | None, *, figures: bool = True, dates: bool = True
    ) -> list[tuple[list[FigureRecord], list[DateRecord]]]:
        if source_id is not None:
            return [self._records(source_id)]
        # Every source: the stored records read in one query (only the column listed); only stale sources
        # are read one by one.
        with self._uow.read() as session:
            stored = figures_repo.get_many(session, figures=figures, dates=dates)
        made = []
        for sid in self._ids(None):
            found = stored.get(sid)
            records = _made(sid, found) if found is not None and _current(found) else None
            made.append(records if records is not None else self._records(sid))
        return made

    def _records(self, source_id: int) -> tuple[list[FigureRecord], list[DateRecord]]:
        """The source's figures and dated statements: stored ones when current, detected (and stored) else."""
        with self._uow.read() as session:
            sources_repo.get_row(session, source_id)  # NotFound for an unknown source
            stored = figures_repo.get(session, source_id)
            made = _made(source_id, stored) if stored is not None and _current(stored) else None
            if made is not None:
                return made
            text = sources_repo.text_of(session, source_id)
            year = sources_repo.publication_year(session, source_id)
            written = sources_repo.publication_dates(session, source_id)
        marks = self._structure.marks(source_id)
        figures, dates = detect(text, marks, year, written)
        records = _records(source_id, text, figures, dates, citations(text, marks, figures))
        self._store(source_id, records)
        return records

    def _citing(self, source_id: int) -> tuple[list[tuple[int, str]], str]:
        """(start, text) of the citations, note calls and reference marks of a source, in text order; and
        the source's text."""
        with self._uow.read() as session:
            text = sources_repo.text_of(session, source_id)
        try:
            items = self._evidence.items(source_id, _CITING_KINDS)
        except InvalidInput:
            return [], text
        return sorted((i.start, " ".join(i.text.split())) for i in items), text

    def _store(self, source_id: int, records: tuple[list[FigureRecord], list[DateRecord]]) -> None:
        """Keep detected records; a project that cannot be written detects them again next time instead."""
        if self._uow.read_only_reason is not None:
            return
        try:
            with self._uow.write(derived=True) as session:
                figures_repo.put(session, source_id, FIGURES_VERSION, STRUCTURE_VERSION,
                                 msgspec.to_builtins(records[0]), msgspec.to_builtins(records[1]))
        except (ReadOnlyProject, WriteFailed):
            return  # derived data: the records are still right, only not kept


def _current(stored: figures_repo.Stored) -> bool:
    return (stored.version, stored.structure_version) == (FIGURES_VERSION, STRUCTURE_VERSION)


def _records(
    source_id: int, text: str, figures: Sequence[Figure], dates: Sequence[DatedStatement],
    cited: Sequence[str | None],
) -> tuple[list[FigureRecord], list[DateRecord]]:
    """The records of detected figures (with what cites each) and dates of a source's ``text``."""
    return (
        [FigureRecord(record_id(source_id, "figure", f.start, f.end, text[f.start:f.end]), source_id,
                      text[f.start:f.end], f, c is not None, c or "")
         for f, c in zip(figures, cited, strict=True)],
        [DateRecord(record_id(source_id, "date", d.start, d.end, text[d.start:d.end]), source_id,
                    text[d.start:d.end], d) for d in dates],
    )  # fmt: skip


_FIGURE_RECORDS = msgspec.json.Decoder(list[FigureRecord])
_DATE_RECORDS = msgspec.json.Decoder(list[DateRecord])


def _made(source_id: int, stored: figures_repo.Stored) -> tuple[list[FigureRecord], list[DateRecord]] | None:
    """The stored records of a source, decoded; None when they cannot be read as this version's records
    (or are another source's), so that they are detected again."""
    try:
        made = (_FIGURE_RECORDS.decode(stored.figures), _DATE_RECORDS.decode(stored.dates))
    except msgspec.DecodeError:
        return None
    firsts: list[FigureRecord | DateRecord] = [*made[0][:1], *made[1][:1]]
    if any(r.source_id != source_id for r in firsts):
        return None
    return made


_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+[A-ZА-ЯЁ«“\"(]|\n[ \t]*\n")


def _citation_after(citing: list[tuple[int, str]], text: str, figure: Figure) -> str | None:
    """The first citation after the figure in its sentence (or right after its full stop: a note call),
    within ``CITED_WITHIN`` characters, if any."""
    i = bisect.bisect_left(citing, (figure.end, ""))
    near = i < len(citing) and citing[i][0] - figure.end <= CITED_WITHIN
    if near and not _SENTENCE_END.search(text, figure.end, citing[i][0]):
        return citing[i][1]
    return None
