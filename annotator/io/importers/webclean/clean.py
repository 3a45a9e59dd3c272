"""The orchestrating pass: ``furniture`` runs the rules in order (shapes, then rules of neighbours settled
until nothing changes, then, on a web capture, the zone's runs and the context layer); ``clean_web``
removes what it finds and ``looks_like_web_capture`` tells whether clean-up should be proposed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from annotator.io.importers.webclean.appeals import _site_appeals
from annotator.io.importers.webclean.chrome import (
    _doubled_names,
    _edge_banners,
    _footer_links,
    _logo,
    _repeated_banners,
    _site_header,
    _source_labels,
    _stray_prose,
)
from annotator.io.importers.webclean.comments import _chrome_prompts, _user_names
from annotator.io.importers.webclean.gaps import _gaps_outside_article
from annotator.io.importers.webclean.gate import _anchors, _removable, _web_capture
from annotator.io.importers.webclean.guards import _vocabulary
from annotator.io.importers.webclean.lines import _EDIT_LINK
from annotator.io.importers.webclean.menus import (
    _glued_navigation,
    _head_menus,
    _link_runs,
    _repeated_menus,
    _said_again_as_furniture,
    _titles_among_menus,
    _zone_menus,
)
from annotator.io.importers.webclean.others import as_cleaned, other_sites_furniture
from annotator.io.importers.webclean.page import _article, _Page, _prose, _record_fields
from annotator.io.importers.webclean.repeats import (
    _blocks_said_twice,
    _comment_bars,
    _head_said_again,
    _kicked_headlines,
    _menus_said_again,
    _ranked_lists,
    _signed_card_columns,
    _slot_labels,
    _teaser_boxes,
)
from annotator.io.importers.webclean.shapes import _interface_run, _reason
from annotator.io.importers.webclean.siblings import SiteCapture, capture_of, host_of, site_furniture
from annotator.io.importers.webclean.teasers import (
    _doubled_cards,
    _headline_lists,
    _read_the_rest,
    _related_blocks,
    _teaser_series,
)
from annotator.io.importers.webclean.widgets import (
    _ad_labels,
    _bare_counts,
    _between_furniture,
    _buttons_beside,
    _chrome_buttons,
    _contents_lists,
    _counted_lists,
    _interface_words,
    _labelled_lists,
    _link_titles,
    _outer_shapes,
    _split_counters,
    _tag_runs,
)
from annotator.io.importers.webclean.zone import _lead_runs, _long_column, _tail_runs
from annotator.io.importers.webcontext import context_furniture, stoplist_for

_SAMPLE_LINES = 600  # how much of a long text's head and tail is looked at to tell a web capture
_REFERENCE_MARK = re.compile(r"\[\d{1,3}\]")


@dataclass(frozen=True, slots=True)
class RemovedLine:
    number: int  # 1-based line number in the text before clean-up
    text: str  # what was removed (the whole line, or the "[edit]" at its end)
    reason: str
    whole: bool = True  # the whole line went (not only the "[edit]" at its end)


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    removed: tuple[RemovedLine, ...]
    # The text read alone as a capture of its site (asked for with ``capture=True``): what it gives later
    # captures of the site as their sibling, stored with the source so that it is never read again.
    capture: SiteCapture | None = None


def furniture(text: str, siblings: Sequence[SiteCapture] = (), host: str | None = None) -> dict[int, str]:
    """Furniture lines of ``text`` by 0-based line index, with the reason each goes. ``siblings`` are other
    captures of the site (``site_capture``); lines the site repeats outside the article go too (``site``),
    ``host`` being the host of the page's address when known."""
    return _furniture(text, siblings, host, capture=False)[0]


def _furniture(
    text: str, siblings: Sequence[SiteCapture], host: str | None, *, capture: bool
) -> tuple[dict[int, str], SiteCapture | None]:
    """``furniture``, and with ``capture`` the text read alone as a capture of its site (``site_capture``)."""
    if not siblings:
        page = _read(text)
        return page.reasons, capture_of(page, host) if capture else None
    lines = text.split("\n")
    # Among captures imported together, this one was read as a sibling already: read once, cleaned on a copy.
    read = next((s for s in siblings if s.page is not None and s.page.lines == lines), None)
    if read is None or read.page is None:
        alone = site_capture(text, host)
    else:
        alone = replace(read, host=host_of(host) or read.host)
    assert alone.page is not None
    cleaned = replace(alone, page=alone.page.copy())  # ``alone`` keeps the reading of the page alone
    site_furniture(cleaned, siblings, _settle, _close)
    reasons = other_sites_furniture(cleaned, siblings, _settle, _close)
    return reasons, as_cleaned(alone, reasons) if capture else None


def site_capture(text: str, host: str | None = None) -> SiteCapture:
    """``text`` read alone, ready to serve as a sibling of other captures of its site (read each capture
    once, then clean each with the others); ``host`` is its address or the address's host when known."""
    return capture_of(_read(text), host)


def _read(text: str) -> _Page:
    """The capture read as a page, with its furniture found by the rules of the page alone."""
    lines = text.split("\n")
    matter = _front_matter(lines)
    if matter:  # read as blank lines: none of them goes, and no rule reads them as a list or a label
        lines = ["" if k in matter else line for k, line in enumerate(lines)]
    page = _Page(lines)
    for i in _repeated_banners(lines):
        page.reasons[i] = "repeated banner"
    for i in page.filled:
        wrapped = page.wrapped(i)
        if i not in page.reasons and not wrapped and (reason := _reason(lines[i], lines, i, page.chrome(i))):
            if reason == "logo" and not page.chrome(i):
                continue  # an image's alt text in the article ("SeaMonkey logo"); the chrome's: _outer_shapes
            page.reasons[i] = reason
        elif i not in page.reasons and _glued_navigation(page, i):
            page.reasons[i] = "navigation links"
        elif i not in page.reasons and _interface_run(lines[i]):
            page.reasons[i] = "page furniture"
    page.find_prose()
    _source_labels(page)
    _user_names(page)
    _chrome_prompts(page)
    _chrome_buttons(page)
    _interface_words(page)
    _related_blocks(page)
    _read_the_rest(page)
    _logo(page)
    _site_header(page)
    _footer_links(page)
    _labelled_lists(page)
    _contents_lists(page)
    _counted_lists(page)
    _doubled_cards(page)
    _teaser_boxes(page)
    _slot_labels(page)
    _head_said_again(page)
    _repeated_menus(page)
    _split_counters(page)
    _ad_labels(page)
    _settle(page)
    # The shape rules' furniture is evidence for jusText's reading of the lines around it.
    if _web_capture(page.reasons) or (page.reasons and _long_column(page)):
        _blocks_said_twice(page)
        _signed_card_columns(page)
        _ranked_lists(page)
        _kicked_headlines(page)
        _menus_said_again(page)
        _site_appeals(page)
        _tail_runs(page)
        _lead_runs(page)
        _teaser_series(page)
        page.find_prose()
        _settle(page)
        vocabulary = _vocabulary(page)
        stopwords = stoplist_for(page.lines[i] for i in _article(page))
        added = context_furniture(
            lines,
            page.reasons,
            _prose(page),
            _article(page),
            _anchors(page),
            lambda i: _removable(page, i, vocabulary, stopwords),
        )
        if added:
            page.reasons.update(added)
            page.find_prose()
            _settle(page)
        _zone_menus(page)
        _headline_lists(page)
        # Found after the tail's runs: a comment's bar is no evidence that the reader's words are links.
        _comment_bars(page)
        _gaps_outside_article(page)
    _close(page)
    return page


def _close(page: _Page) -> None:
    """What every reading ends with: a record's fields stay, a title among menus stays."""
    _record_fields(page)
    _titles_among_menus(page)


_FRONT_MATTER_LINES = 60
_FRONT_MATTER_FIELD = re.compile(r"\s*(?:[\w-]+\s*[:=]|- |#)|\s*$")


def _front_matter(lines: list[str]) -> range:
    """The metadata block that opens a Markdown note ("---" / "title: …" / "tags:" / "  - …" / "---"): the
    author's own record of the note, never a web page's furniture, whatever its short lines look like."""
    first = next((k for k, line in enumerate(lines[:_FRONT_MATTER_LINES]) if line.strip()), None)
    if first is None or lines[first].strip() not in ("---", "+++"):
        return range(0)
    fence = lines[first].strip()
    for k in range(first + 1, min(len(lines), first + _FRONT_MATTER_LINES)):
        if lines[k].strip() == fence:
            return range(first, k + 1)
        if not _FRONT_MATTER_FIELD.match(lines[k]) and not lines[k].startswith((" ", "\t")):
            return range(0)  # a line that is no field: a rule under a heading, not a block of metadata
    return range(0)


def _settle(page: _Page) -> None:
    """Furniture found so far is evidence for the lines around it: settle the chrome, then fill it in."""
    for _ in range(4):
        found = len(page.reasons)
        _stray_prose(page)
        _repeated_menus(page)
        _said_again_as_furniture(page)
        _outer_shapes(page)
        vocabulary = _vocabulary(page)
        _link_runs(page, vocabulary)
        _head_menus(page)
        _bare_counts(page)
        _doubled_names(page)
        _chrome_prompts(page)
        _buttons_beside(page, vocabulary)
        _tag_runs(page)
        _link_titles(page)
        _edge_banners(page)
        _between_furniture(page, vocabulary)
        _interface_words(page)
        _related_blocks(page)
        _footer_links(page)
        if len(page.reasons) == found:
            break


def clean_web(
    text: str, siblings: Sequence[SiteCapture] = (), host: str | None = None, *, capture: bool = False
) -> CleanResult:
    """``text`` without the lines that are web-page furniture, and what was removed; with ``siblings``
    (other captures of the site), also the lines the site repeats outside the article. With ``capture``,
    the result also holds the text read alone as a capture of its site (to store with the source)."""
    reasons, alone = _furniture(text, siblings, host, capture=capture)
    return _without(text, reasons, alone)


def _without(text: str, reasons: dict[int, str], alone: SiteCapture | None = None) -> CleanResult:
    """``text`` without the lines ``reasons`` name (and the "[edit]" at the end of others)."""
    lines = text.split("\n")
    kept: list[str] = []
    removed: list[RemovedLine] = []
    for index, line in enumerate(lines):
        reason = reasons.get(index)
        if reason is not None:
            removed.append(RemovedLine(index + 1, line, reason))
            continue
        edit = _EDIT_LINK.search(line)
        if edit and edit.start() > 0:
            removed.append(RemovedLine(index + 1, edit.group().strip(), "edit link", whole=False))
            line = line[: edit.start()]
        kept.append(line)
    if not removed:
        return CleanResult(text, (), alone)
    # Removed furniture at the very top or bottom should not leave the text starting with blank lines.
    while kept and not kept[0].strip():
        kept.pop(0)
    result = "\n".join(kept).rstrip("\n")
    return CleanResult(result + "\n" if text.endswith("\n") else result, tuple(removed), alone)


def looks_like_web_capture(text: str, removed: tuple[RemovedLine, ...] | None = None) -> bool:
    """The text carries the marks of a saved web page: furniture of at least two kinds (or three lines
    of it), or furniture and the bracketed reference marks of an encyclopedia."""
    if removed is None:
        lines = text.split("\n")
        if len(lines) > 2 * _SAMPLE_LINES:  # a long text: its head and tail show the page's chrome
            head, tail = lines[:_SAMPLE_LINES], lines[-_SAMPLE_LINES:]
            text = "\n".join([*head, *tail])
        removed = clean_web(text).removed
    kinds = {r.reason for r in removed}
    marks = len(_REFERENCE_MARK.findall(text)) >= 5
    # Copyright lines alone are a licence's or a book's, not a web page's.
    many = len(removed) >= 3 and kinds != {"copyright line"}
    return len(kinds) >= 2 or many or (bool(removed) and marks)


def web_capture_alone(text: str, host: str | None = None) -> tuple[bool, SiteCapture | None]:
    """Whether ``text`` looks like a web capture (``looks_like_web_capture``), and if so the page read alone
    as a capture of its site (``site_capture``; ``host`` as there): one reading serves both, unless the
    text is long enough for the test to read only its head and tail (then no capture: it is read when a
    sibling needs it)."""
    if text.count("\n") >= 2 * _SAMPLE_LINES:
        return looks_like_web_capture(text), None
    page = _read(text)
    found = looks_like_web_capture(text, _without(text, page.reasons).removed)
    return found, capture_of(page, host) if found else None
