"""Which importer reads which file, and the cleaning steps every import may go through.

A file is judged by its content before its name: a PDF or a Word document named ``.txt`` is imported as
what it is, whatever the extension says; otherwise the extension chooses, and an unknown one is tried as
plain text (which refuses binary content). A ``.txt`` or ``.md`` file holding markup stays plain text.

After the format's importer come the optional steps, in this order: web clean-up (text and HTML, off
unless asked for) and reflow (text and Markdown; on when the text is detected as hard-wrapped). A PDF
reflows its own lines, by their place on the page. ``preview`` runs the same steps without importing and
says line by line what they would change, for the import dialog. For text and HTML it also tells whether
the file looks like a saved web page (clean-up is then proposed) and where the articles of a capture that
holds several begin (found before clean-up, placed in the text after it), for a split on import.
"""

from __future__ import annotations

import importlib
import inspect
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from annotator.domain.errors import AnnotatorError, SourceRejected
from annotator.domain.importing import (
    CancelCheck,
    ImportContext,
    ImportOptions,
    Progress,
    RemovedFurniture,
    SplitWord,
)
from annotator.domain.model import ImportedDocument
from annotator.domain.paragraphs import paragraphs
from annotator.domain.structure.articles import ArticleProposal, propose_articles
from annotator.io.importers.reflow import reflow

if TYPE_CHECKING:
    from annotator.io.importers.webclean import RemovedLine, SiteCapture

Importer = Callable[[str, bytes], ImportedDocument]
_EDIT_MARK = re.compile(r"\s*\[\s*edit\s*\]\s*$", re.IGNORECASE)
ContextImporter = Callable[[str, bytes, ImportContext], ImportedDocument]

_IMPORTERS: dict[str, ContextImporter] = {}

# Formats whose importers are planned but not yet here: refuse them by name rather than as "binary".
_NOT_YET = {
    ".qdpx": "REFI-QDA",
}

_FORMATS = {"text/plain": "text", "text/markdown": "markdown"}


def register(extensions: tuple[str, ...], importer: Importer | ContextImporter) -> None:
    """Register an importer ``(file_name, data)`` or ``(file_name, data, context)`` for extensions."""
    if len(inspect.signature(importer).parameters) >= 3:
        wrapped: ContextImporter = importer  # type: ignore[assignment]
    else:

        def wrapped(file_name: str, data: bytes, context: ImportContext) -> ImportedDocument:
            return importer(file_name, data)  # type: ignore[call-arg]

    for extension in extensions:
        _IMPORTERS[extension.lower()] = wrapped


def _on_first_use(module: str, function: str) -> ContextImporter:
    """The importer ``annotator.io.importers.<module>.<function>``, its module imported at the first call:
    trafilatura, pypdfium2 and python-docx cost ~0.5 s of imports that listing sources, the command line
    and the first window never need."""
    loaded: list[ContextImporter] = []

    def importer(file_name: str, data: bytes, context: ImportContext) -> ImportedDocument:
        if not loaded:
            found = getattr(importlib.import_module(f"annotator.io.importers.{module}"), function)
            takes_context = len(inspect.signature(found).parameters) >= 3
            loaded.append(found if takes_context else lambda name, data, _context: found(name, data))
        return loaded[0](file_name, data, context)

    return importer


# The extensions are those of each module's ``*_EXTENSIONS`` (a test checks that they agree).
_DOCX_EXTENSIONS = (".docx", ".docm", ".dotx")
BUILT_IN: tuple[tuple[tuple[str, ...], str, str], ...] = (
    ((".txt", ".text"), "text", "import_plain_text"),
    ((".md", ".markdown"), "text", "import_markdown"),
    ((".html", ".htm", ".xhtml"), "html", "import_html"),
    ((".pdf",), "pdf", "import_pdf"),
    (_DOCX_EXTENSIONS, "docx", "import_docx"),
)
for _extensions, _module, _function in BUILT_IN:
    register(_extensions, _on_first_use(_module, _function))


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted(_IMPORTERS))


def _is_word_document(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def sniff(data: bytes) -> str | None:
    """The extension the content calls for when it is a PDF or a Word document, else None."""
    if data[:1024].lstrip(b"\x00\t\n\r\f ").startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04") and _is_word_document(data):
        return ".docx"
    return None


def importer_for(file_name: str, data: bytes | None = None) -> ContextImporter:
    """The importer for ``file_name`` (and its content, when given); unknown extensions read as text."""
    extension = PurePath(file_name).suffix.lower()
    sniffed = sniff(data) if data is not None else None
    if sniffed is not None and sniffed != extension and extension not in _DOCX_EXTENSIONS:
        return _IMPORTERS[sniffed]
    if extension in _NOT_YET and extension not in _IMPORTERS:
        raise SourceRejected(
            f"{file_name}: {_NOT_YET[extension]} files cannot be imported yet; "
            "save the text as .txt and import that"
        )
    return _IMPORTERS.get(extension, _IMPORTERS[".txt"])


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import with these options would make of a file, before anything is written."""

    before: str  # the text with no optional step applied (a PDF: one line per line of the page)
    document: ImportedDocument  # the text and report with the chosen options
    removed: tuple[RemovedLine, ...] = ()  # lines the web clean-up removes (numbers refer to ``before``)
    joined_lines: tuple[int, ...] = ()  # lines reflow joins to the line before (after the clean-up)
    web_capture: bool = False  # the text carries the marks of a saved web page: clean-up is proposed
    articles: tuple[ArticleProposal, ...] = ()  # article starts in ``document.text`` (two or more, or none)
    # With the web clean-up: the text read alone as a capture of its site, what it gives later captures of
    # the site as their sibling (stored with the source, so that it is not read again for them).
    site: SiteCapture | None = None


def _format(document: ImportedDocument) -> str:
    steps = document.steps
    return _FORMATS.get(document.media_type, steps.format)


_NOT_CAPTURES = frozenset((".pdf", *_DOCX_EXTENSIONS, *_NOT_YET, ".qdc"))


def read_capture(file_name: str, data: bytes) -> SiteCapture | None:
    """The file read as a capture of its site, to serve as a sibling when other captures of the site are
    cleaned (``webclean.siblings``): text, Markdown and HTML only, else (or unreadable) None."""
    from annotator.io.importers.webclean import site_capture

    extension = PurePath(file_name).suffix.lower()
    if sniff(data) is not None or extension in _NOT_CAPTURES:
        return None  # a PDF, a Word document, a project: not read at all (a PDF's import takes seconds)
    try:
        document = importer_for(file_name, data)(file_name, data, ImportContext())
    except AnnotatorError:
        return None
    if _format(document) not in ("text", "markdown", "html"):
        return None
    return site_capture(document.text, document.url)


def _process(
    file_name: str, data: bytes, context: ImportContext, siblings: Sequence[SiteCapture] = ()
) -> ImportPreview:
    # Imported here: the clean-up compiles ~0.1 s of patterns that only an import needs.
    from annotator.io.importers.webclean import clean_web, looks_like_web_capture, web_capture_alone

    document = importer_for(file_name, data)(file_name, data, context)
    steps = replace(document.steps, format=_format(document))
    before = document.text
    options = context.options
    removed: tuple[RemovedLine, ...] = ()
    joined: tuple[int, ...] = ()
    site: SiteCapture | None = None
    body = document.text
    if options.clean_web and steps.format in ("text", "markdown", "html"):
        cleaned = clean_web(body, siblings, document.url, capture=True)
        body, removed, site = cleaned.text, cleaned.removed, cleaned.capture
        steps = replace(steps, web_cleaned=True, furniture_removed=steps.furniture_removed + len(removed))
    if steps.format in ("text", "markdown") and options.reflow is not False:
        result = reflow(body, force=options.reflow is True)
        body, joined = result.text, result.joined_lines
        steps = replace(
            steps,
            reflow_detected=result.detected,
            reflowed=result.lines_joined > 0,
            lines_reflowed=result.lines_joined,
            hyphens_joined=result.hyphens_joined,
            hyphens_kept=result.hyphens_kept,
            furniture_removed=steps.furniture_removed + len(result.removed),
            removed_lines=steps.removed_lines
            + tuple(RemovedFurniture(str(item.number), item.text, item.reason) for item in result.removed),
            running_heads_removed=len(result.removed),
            pages_anchored=len(result.page_map),
            pages_mapped=steps.pages_mapped or len(result.page_map),
            split_words_joined=tuple(SplitWord(joined, written) for joined, written in result.split_words),
        )
        if result.page_map and not document.page_map:  # running heads gave the pages of a text
            document = replace(document, page_map=result.page_map)
    elif steps.format in ("text", "markdown"):
        steps = replace(steps, reflow_detected=reflow(body).detected)
    steps = replace(steps, paragraphs=len(paragraphs(body)))
    if not body.strip():
        raise SourceRejected(f"{file_name}: nothing is left of the text after the clean-up")
    capture, articles = False, ()
    if steps.format in ("text", "markdown", "html"):
        if options.clean_web:
            capture = looks_like_web_capture(before, removed)
        else:  # uncleaned, a web capture still serves later captures of its site as their sibling
            capture, site = web_capture_alone(before, document.url)
        articles = _carry_articles(propose_articles(before), before, body, removed)
    return ImportPreview(
        before, replace(document, text=body, steps=steps), removed, joined, capture, articles, site
    )


def _carry_articles(
    proposals: tuple[ArticleProposal, ...],
    before: str,
    after: str,
    removed: tuple[RemovedLine, ...],
) -> tuple[ArticleProposal, ...]:
    """The article starts found in the text before clean-up and reflow, placed in the text after them:
    at the first line of each article that is still there (its label, if kept, else its title), found
    as the same occurrence of that line among the lines the clean-up kept."""
    if before == after or not proposals:
        return proposals
    lines = before.split("\n")
    gone = {r.number - 1 for r in removed if r.whole}
    placed: list[ArticleProposal] = []
    for proposal in proposals:
        kept = (i for i in range(proposal.line, len(lines)) if i not in gone and lines[i].strip())
        index = next(kept, None)
        if index is None:
            return ()
        needle = _EDIT_MARK.sub("", lines[index]).strip()
        earlier = sum(
            1 for i in range(index) if i not in gone and _EDIT_MARK.sub("", lines[i]).strip() == needle
        )
        starts = [m.start() for m in re.finditer(rf"^[ \t]*{re.escape(needle)}[ \t]*$", after, re.MULTILINE)]
        if len(starts) <= earlier:
            return ()  # reflow changed the line beyond recognition: propose nothing rather than guess
        start = starts[earlier]
        placed.append(replace(proposal, start=start, line=after.count("\n", 0, start)))
    return tuple(placed)


def process(
    file_name: str,
    data: bytes,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    siblings: Sequence[SiteCapture] = (),
) -> ImportPreview:
    """The document, with what the clean-up removed and the article starts proposed (for the import);
    ``siblings`` are other captures of the site (``read_capture``), for the web clean-up."""
    return _process(file_name, data, ImportContext(options or ImportOptions(), progress, cancel), siblings)


def import_document(
    file_name: str,
    data: bytes,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    siblings: Sequence[SiteCapture] = (),
) -> ImportedDocument:
    """The document ``data`` holds, with the cleaning ``options`` applied (see the module docstring), and
    ``siblings`` as for ``process``."""
    context = ImportContext(options or ImportOptions(), progress, cancel)
    return _process(file_name, data, context, siblings).document


def preview(
    file_name: str,
    data: bytes,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    siblings: Sequence[SiteCapture] = (),
) -> ImportPreview:
    """What importing ``data`` with ``options`` (and ``siblings``, as for ``process``) would give, and the
    text before the optional steps."""
    context = ImportContext(options or ImportOptions(), progress, cancel)
    result = _process(file_name, data, context, siblings)
    if result.document.steps.format == "pdf" and context.options.reflow is not False:
        unjoined = ImportContext(replace(context.options, reflow=False), progress, cancel)
        result = replace(result, before=_process(file_name, data, unjoined).document.text)
    return result
