"""What the historian chooses for an import, and what the import did to the text.

The original bytes are always kept, so every cleaning step here can be undone by importing again with other
options (a new version of the source); these records say what was chosen and what it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.domain.errors import AnnotatorError

# ``progress(done, total)`` after each unit of work (a PDF page); ``cancel()`` returns True to stop.
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


# What the import steps can do to a text. Raised when they change the stored text of the same file (the
# structure pass: reflow from the document's statistics, running heads to pages, web furniture), so that
# sources imported before are offered a re-import as a new version (never done silently).
# 3: PDF paragraphs from the page geometry and pages from the numbers printed on them; raw extractions
# reflowed by printed width; lower-case roman front-matter pages.
# 4: PDF block quotations keep an indent of four spaces (and stay whole over a page), a superscript note call
# no longer ends its paragraph, a page's foot notes wait until the paragraph running over the page has ended.
IMPORT_PIPELINE = 4


class ImportCancelled(AnnotatorError):
    """The historian stopped a long import; nothing was written."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The cleaning steps of an import.

    ``reflow``: None joins hard-wrapped lines only where the text is detected as hard-wrapped (the default
    of the UI and the CLI); True joins them in any case; False keeps every line as it is. For PDFs it
    decides whether the lines of a page are joined into paragraphs. ``clean_web`` removes web-page
    furniture ("Share", "Back to top", repeated banners) from text and HTML imports; off unless asked for.
    ``split_articles`` imports a capture that holds several articles (a hub page: "from Wikipedia" …
    "from Grokipedia") as one source per article, where the import proposes article starts.
    ``codebook_new_facet``: a REFI-QDA codebook (.qdc) becomes one facet of its own instead of being merged
    into the taxonomy (categories matched to facets by name, codes to their tags).
    """

    reflow: bool | None = None
    clean_web: bool = False
    split_articles: bool = False
    codebook_new_facet: bool = False


@dataclass(frozen=True, slots=True)
class RemovedFurniture:
    """A line a PDF import left out as page furniture, listed in the import report."""

    page: str  # the page's printed label, else its number
    text: str
    reason: str  # "running head", "running foot" or "page number"


@dataclass(frozen=True, slots=True)
class SplitWord:
    """A word split at a line end that reflow joined: "international" as written "inter-\nnational"."""

    joined: str
    as_written: str


@dataclass(frozen=True, slots=True)
class ImportSteps:
    """What the cleaning steps changed, counted for the import report."""

    format: str = "text"  # text, markdown, html, pdf, docx
    reflow_detected: bool = False  # the text looked hard-wrapped (always True for a PDF's lines)
    reflowed: bool = False  # lines were joined
    lines_reflowed: int = 0  # line breaks replaced by a space (or by nothing, after a split word)
    hyphens_joined: int = 0  # "inter-" + "national" → "international"
    hyphens_kept: int = 0  # "self-" + "realization" → "self-realization"
    web_cleaned: bool = False
    furniture_removed: int = 0  # lines of page furniture removed (web clean-up, PDF running heads)
    pages_mapped: int = 0
    removed_lines: tuple[RemovedFurniture, ...] = ()  # the PDF furniture ``furniture_removed`` counts
    paragraphs: int = 0  # paragraphs of the stored text (after reflow): what "¶ n" counts
    running_heads_removed: int = 0  # running heads and page numbers reflow took out of a text's lines
    pages_anchored: int = 0  # page anchors those gave the page map
    split_words_joined: tuple[SplitWord, ...] = ()  # every split word reflow joined, for checking


@dataclass(frozen=True, slots=True)
class ImportContext:
    """What an importer is handed besides the bytes: the options, and the UI's progress and cancel hooks."""

    options: ImportOptions = ImportOptions()
    progress: Progress | None = None
    cancel: CancelCheck | None = None

    def step(self, file_name: str, done: int, total: int) -> None:
        """Report ``done`` of ``total`` units; raise ImportCancelled if the historian asked to stop."""
        if self.cancel is not None and self.cancel():
            raise ImportCancelled(f"{file_name}: import cancelled; nothing was imported")
        if self.progress is not None:
            self.progress(done, total)
