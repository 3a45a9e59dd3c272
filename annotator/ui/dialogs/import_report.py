"""The import report: per file, what the import did to the text, or why the file was refused.

The same sentences describe a preview before an import (``describe_steps``) and the report after it, so
the historian reads the same words in both places. The report is a read-only HTML page: it wraps long
messages, can be selected and copied, and each imported source has a link that opens it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from annotator.domain.importing import ImportOptions
from annotator.services.exchange import ExchangeReport
from annotator.services.sources import ImportReport, OrphanedAnnotation

FORMAT_NAMES = {
    "text": "plain text",
    "markdown": "Markdown",
    "html": "web page (HTML)",
    "pdf": "PDF",
    "docx": "Word document (DOCX)",
    "qdpx": "REFI-QDA project",
    "qdc": "REFI-QDA codebook",
}


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """One file of an import run: its report, or why it was not imported."""

    path: Path
    report: ImportReport | ExchangeReport | None = None
    refused: str = ""  # the one-line reason, when the file was refused
    cancelled: bool = False  # the historian stopped the run before or while importing this file

    @property
    def source_ids(self) -> tuple[int, ...]:
        if isinstance(self.report, ImportReport):
            return self.report.split_into or (self.report.source_id,)
        if isinstance(self.report, ExchangeReport):
            return self.report.source_ids
        return ()


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def describe_steps(steps: Any, options: ImportOptions) -> list[str]:
    """Sentences for what the cleaning steps did; ``steps`` is an ImportSteps or an ImportReport."""
    lines: list[str] = []
    fmt = steps.format
    split_words = (
        f"{_plural(steps.hyphens_joined, 'split word')} joined, {_plural(steps.hyphens_kept, 'hyphen')} kept"
    )
    if fmt == "pdf":
        if options.reflow is False:
            lines.append("Reflow off: the lines of each page are kept as they are")
        else:
            lines.append(
                f"Reflow: {_plural(steps.lines_reflowed, 'line')} joined into paragraphs ({split_words})"
            )
        lines.append(
            f"{_plural(steps.pages_mapped, 'page')} mapped; "
            f"{_plural(steps.furniture_removed, 'line')} of running heads and page numbers removed"
        )
        return lines
    if fmt in ("text", "markdown"):
        wrapped = "the text looks hard-wrapped" if steps.reflow_detected else "the text is not hard-wrapped"
        if options.reflow is False:
            lines.append(f"Reflow off: every line kept as it is ({wrapped})")
        elif steps.lines_reflowed:
            lines.append(f"Reflow: {_plural(steps.lines_reflowed, 'wrapped line')} joined ({split_words})")
        else:
            lines.append(f"Reflow: nothing joined ({wrapped})")
    if fmt in ("text", "markdown", "html"):
        if options.clean_web:
            lines.append(
                f"Web clean-up: {_plural(steps.furniture_removed, 'line')} of page furniture removed"
            )
        else:
            lines.append("Web clean-up: off")
    return lines


def _source_link(source_id: int, title: str) -> str:
    return f'source {source_id}, <a href="source:{source_id}">“{escape(title)}”</a>'


Placer = Callable[[int, int], str | None]  # (annotation id, source id of the version) -> a refusal, or None


def _orphan_item(o: OrphanedAnnotation, source_id: int, outcome: str | None, can_place: bool) -> str:
    """One orphan: why it was not placed and, when there is a likely place, that place and its Confirm
    link (or what became of the confirmation)."""
    item = f"annotation {o.annotation_id}: “{escape(_short(o.quote))}” — {escape(o.reason)}"
    if o.candidates:
        item += f" ({_plural(len(o.candidates), 'equally good place')})"
    if o.suggested_start is not None:
        item += (
            f"; likely place ({escape(o.suggested_method)} match), "
            f"{o.suggested_start:,}–{o.suggested_end:,}: “{escape(_short(o.suggested_quote))}”"
        )
        if outcome is not None:
            item += f" — <b>{escape(outcome)}</b>"
        if can_place and (outcome is None or not outcome.startswith("placed")):
            item += f' <a href="place:{o.annotation_id}:{source_id}">Confirm</a>'
    return f"<li>{item}</li>"


def _import_items(
    report: ImportReport, confirmed: dict[int, str] | None = None, can_place: bool = False
) -> list[str]:
    facts = [FORMAT_NAMES.get(report.format, report.format), f"{report.length:,} characters"]
    if report.encoding:
        facts.append(f"encoding {report.encoding}")
    if report.language:
        facts.append(f"language {report.language}")
    items = [escape(" · ".join(facts))]
    items += [escape(s) for s in describe_steps(report, ImportOptions(report.reflow, report.clean_web))]
    furniture = _page_furniture([line for line in report.removed_lines if line.get("page")])
    if furniture:
        items.append(f"Left out as page furniture (the original file keeps them):<ul>{furniture}</ul>")
    items += _capture_items(report)
    if report.version > 1:
        items.append(
            f"Version {report.version} of source {report.previous_version_id}: "
            f"{_plural(report.reanchored, 'annotation')} re-anchored"
            + (
                " (" + ", ".join(f"{n:,} {m}" for m, n in sorted(report.methods.items())) + ")"
                if report.methods
                else ""
            )
            + f", {len(report.orphans)} orphaned"
        )
    if report.orphans:
        confirmed = confirmed or {}
        orphans = "".join(
            _orphan_item(o, report.source_id, confirmed.get(o.annotation_id), can_place)
            for o in report.orphans
        )
        items.append(
            f"<span style='color:#B71C1C'>To place by hand</span>: these stay on the previous version "
            f'(<a href="source:{report.previous_version_id}">source {report.previous_version_id}</a>):'
            f"<ul>{orphans}</ul>"
        )
    items += [f"<span style='color:#8D6E00'>Warning: {escape(w)}</span>" for w in report.warnings]
    return items


def _capture_items(report: ImportReport) -> list[str]:
    """A web capture: clean-up proposed but off, its articles, and the sources they became."""
    items = []
    if report.web_capture_detected and not report.clean_web:
        items.append("This looks like a saved web page; web clean-up was off (import it again with it on)")
    titles = "; ".join(f"“{escape(str(a['title']))}”" for a in report.articles)
    if report.split_into:
        links = ", ".join(f'<a href="source:{i}">source {i}</a>' for i in report.split_into)
        items.append(f"Split into {len(report.split_into)} sources, one per article ({titles}): {links}")
    elif report.articles:
        items.append(
            f"This file holds {len(report.articles)} articles ({titles}); import it with Split articles "
            "ticked, or use Source › Split at cursor, to make each its own source"
        )
    return items


def _page_furniture(lines: list[dict[str, str]]) -> str:
    """A PDF's running heads and page numbers as list items: alike lines once, with the pages they were on."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    for line in lines:
        alike = "" if line["reason"] == "page number" else re.sub(r"\d+", "#", line["text"])
        groups.setdefault((line["reason"], alike), []).append(line)
    items = []
    for (reason, _), group in groups.items():
        pages = [line["page"] for line in group]
        shown = ", ".join(pages[:_PAGES_SHOWN]) + (", …" if len(pages) > _PAGES_SHOWN else "")
        what = "the page numbers" if reason == "page number" else f"{reason} “{_short(group[0]['text'])}”"
        items.append(f"<li>{escape(what)} — {escape(_plural(len(pages), 'page'))}: {escape(shown)}</li>")
    return "".join(items)


def _exchange_items(report: ExchangeReport) -> list[str]:
    items = [
        f"REFI-QDA project: {_plural(len(report.source_ids), 'source')}, "
        f"{_plural(report.annotations, 'annotation')}, {_plural(report.links, 'link')}",
        f"Codebook: {_plural(len(report.tags_created), 'new tag')}, {report.tags_matched:,} matched to tags "
        f"already here"
        + (f"; new facets: {', '.join(report.facets_created)}" if report.facets_created else ""),
    ]
    if report.file.lower().endswith(".qdc"):  # a codebook alone: no sources, annotations or links
        items = items[1:]
    items = [escape(i) for i in items]
    items += [f"Note: {escape(p)}" for p in report.placed]
    if report.source_ids:
        links = ", ".join(f'<a href="source:{i}">source {i}</a>' for i in report.source_ids[:50])
        items.append(f"New sources: {links}")
    items += [f"<span style='color:#8D6E00'>Warning: {escape(w)}</span>" for w in report.warnings]
    return items


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


_P = " style='margin-top:10px; margin-bottom:2px'"
_PAGES_SHOWN = 20  # a running head of a 300-page book: its first pages say enough
_OK = "<b style='color:#2E7D32'>✓</b>"


def report_html(
    outcomes: list[FileOutcome], confirmed: dict[int, str] | None = None, can_place: bool = False
) -> str:
    """The whole report as HTML (also what the tests read); ``confirmed`` says what became of the orphans
    whose suggested place the historian confirmed, ``can_place`` adds a Confirm link to each suggestion."""
    imported = [o for o in outcomes if o.report is not None]
    refused = [o for o in outcomes if o.refused]
    cancelled = [o for o in outcomes if o.cancelled]
    head = f"Imported {len(imported)} of {_plural(len(outcomes), 'file')}"
    parts = [f"<h3>{escape(head)}</h3>"]
    notes = []
    if refused:
        notes.append(f"{len(refused)} refused (the project is unchanged for them)")
    if cancelled:
        notes.append(
            f"cancelled before {cancelled[0].path.name}: {_plural(len(cancelled), 'file')} not imported"
        )
    if notes:
        parts.append(f"<p>{escape('; '.join(notes).capitalize())}.</p>")
    for outcome in outcomes:
        name = escape(outcome.path.name)
        report = outcome.report
        if isinstance(report, ImportReport):
            version = f" (version {report.version})" if report.version > 1 else ""
            parts.append(
                f"<p{_P}>{_OK} <b>{name}</b> → {_source_link(report.source_id, report.title)}{version}</p>"
            )
            items = _import_items(report, confirmed, can_place)
        elif isinstance(report, ExchangeReport):
            parts.append(f"<p{_P}>{_OK} <b>{name}</b></p>")
            items = _exchange_items(report)
        elif outcome.refused:
            parts.append(f"<p{_P}><b style='color:#B71C1C'>✗ {name}</b> — not imported</p>")
            items = [escape(outcome.refused)]
        else:
            parts.append(f"<p{_P}><b style='color:#666'>– {name}</b> — cancelled, not imported</p>")
            items = []
        if items:
            parts.append(
                "<ul style='margin-top:0px'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
            )
    return "".join(parts)


_OPEN: set[ImportReportDialog] = set()


class ImportReportDialog(QDialog):
    """Shown after an import, without blocking: the historian may keep it open while reading the source."""

    source_activated = Signal(int)

    def __init__(
        self, outcomes: list[FileOutcome], parent: QWidget | None = None, placer: Placer | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.outcomes = outcomes
        self.placer = placer
        self.confirmed: dict[int, str] = {}  # orphan annotation id -> what its Confirm did
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open)
        self._render()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def _render(self) -> None:
        self.browser.setHtml(report_html(self.outcomes, self.confirmed, self.placer is not None))

    def _open(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "source" and value.isdigit():
            self.source_activated.emit(int(value))
        annotation, _, source = value.partition(":")
        if kind == "place" and annotation.isdigit() and source.isdigit():
            self.confirm(int(annotation), int(source))

    def confirm(self, annotation_id: int, source_id: int) -> None:
        """Put an orphan on the new version at its suggested place (undoable where the placer pushes an
        undo command), and say so in the report."""
        if self.placer is None:
            return
        refusal = self.placer(annotation_id, source_id)
        self.confirmed[annotation_id] = (
            f"not placed: {refusal}"
            if refusal
            else f"placed on source {source_id} (Edit › Undo takes it back)"
        )
        self._render()


def show_report(
    parent: QWidget | None,
    outcomes: list[FileOutcome],
    on_open: Callable[[int], None] | None = None,
    placer: Placer | None = None,
) -> ImportReportDialog:
    """Show the report without blocking; a click on a source's title calls ``on_open(source_id)``, a
    click on an orphan's Confirm calls ``placer(annotation_id, source_id)``."""
    dialog = ImportReportDialog(outcomes, parent, placer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_open is not None:
        dialog.source_activated.connect(on_open)
    # Held until closed: without a parent nothing else keeps the dialog alive once this returns.
    _OPEN.add(dialog)
    dialog.finished.connect(lambda _: _OPEN.discard(dialog))
    dialog.destroyed.connect(lambda: _OPEN.discard(dialog))  # with its parent window, unclosed
    dialog.show()
    return dialog


def open_reports() -> list[ImportReportDialog]:
    """The reports on screen (for tests and screenshots)."""
    return list(_OPEN)
