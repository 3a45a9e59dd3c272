"""The notes of a saved web page: its references list or footnotes, kept as a notes section at the end.

trafilatura keeps a page's main text, but the notes list at its foot is link-dense, set in columns and
often broken over lines, so it is dropped or kept in pieces, and the "[12]" marks of an encyclopedia or
the footnote calls of a blog then call nothing. We find the notes ourselves, by the evidence the page
itself gives: a call is a short in-page link ("[12]", "1", "a") whose target is a note, and a note
usually links back to its call. Class names ("references", "footnotes") differ by site and renderer; the
links are what every renderer writes (MediaWiki's ``#cite_note-…``, Markdown's ``#fn1``/``#fn:1``,
``role="doc-noteref"``, WordPress, O'Reilly's HTMLBook, Substack). Where a mark links to the cited source
instead, the note is the item of a numbered list showing its number and linking to the same address.
Only where the calls link nowhere do markers decide: a list marked as endnotes (``role="doc-endnotes"``),
or a list of class "references"/"footnotes" after raised "[n]" marks.

Each notes list found is taken out of the page before trafilatura sees it (with the heading standing
over just it) and written after the main text in the form the DOCX importer writes and the notes
detector resolves: the heading ("References"; "Notes" when the page has none), then one line per note,
``[12] Conquest, Robert (1986)…``, numbered as the page shows it (an ``<ol>`` item's position, its list's
``start`` or its own ``value``, in the list's style: "a", "b" for a lower-alpha list). A call is kept as
the page shows it ("[12]"); a bare superscript number ("1") is written "[1]", as the DOCX importer writes
footnote calls, since a number glued to a word ("famine1") is no longer readable as a call.
Backlinks ("^ a b", "↩"), styles, scripts and hidden maintenance messages are left out of the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag

from lxml import etree

_LABEL = re.compile(
    r"\[?\s*(?P<label>\d{1,4}|[a-z]{1,2}|[A-Z]|[ivxlc]{1,7}|(?:note|nb|n|lower-alpha|upper-alpha)\s?[0-9a-z]{1,3})"
    r"\s*\]?"
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {"li", "p", "div", "section", "aside", "dd", "dt", "td", "th", "tr", "table", "blockquote", "footer",
     "article", "ol", "ul", "dl", "figure", "figcaption", "pre", "br", "hr"}
    | _HEADINGS
)
_INVISIBLE = frozenset({"style", "script", "noscript", "template", "link", "meta", "button"})
# Wikipedia's citation maintenance messages are hidden by its stylesheet, not by the page.
_HIDDEN_CLASSES = frozenset({"citation-comment", "mw-editsection"})
_BACKLINK_CLASSES = frozenset(
    {"mw-cite-backlink", "footnote-back", "footnote-backref", "footnote-backlink", "reversefootnote",
     "footnote-return", "fn-backref"}
)
_BACK_MARKS = "^↑↩⤴⏎\ufe0e\ufe0f \t"
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?:\s*\|[^\]]*)?\s*\]\s*$", re.IGNORECASE)
_LEADING_LABEL = re.compile(r"^\s*\[?(\d{1,4}|[a-z])[\].)]?(?:\s+|$)")
_GROUP = re.compile(r"(note|nb|n|lower-alpha|upper-alpha)\s?[0-9a-z]{1,3}", re.IGNORECASE)
_NOTES_CLASSES = frozenset({"references", "reflist", "footnotes", "endnotes", "footnotes-list"})
_NOTE_NAME = re.compile(r"foot|note|ref|(?<![a-z])fn|cite", re.IGNORECASE)
_STYLE = re.compile(r"(lower|upper)-(alpha|latin|roman)")


@dataclass
class NotesList:
    """One notes list of the page: its heading and its notes as (label, text), in page order."""

    heading: str
    notes: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> str:
        return "\n".join(f"[{label}] {text}" for label, text in self.notes if text)


def _classes(element: etree._Element) -> set[str]:
    return set((element.get("class") or "").split())


def _squeezed(element: etree._Element) -> str:
    """The visible characters of ``element`` without spaces: to tell whether a box holds nothing else."""
    return "".join(_words(element, set()).split())


def _hidden(element: etree._Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (
        element.tag in _INVISIBLE
        or element.get("hidden") is not None
        or "display:none" in style
        or "visibility:hidden" in style
        or bool(_classes(element) & _HIDDEN_CLASSES)
    )


def _words(element: etree._Element, skip: set[etree._Element]) -> str:
    """The visible words of ``element`` on one line, leaving out ``skip`` and hidden elements."""
    parts: list[str] = []

    def walk(node: etree._Element, top: bool) -> None:
        if isinstance(node.tag, str) and node not in skip and not _hidden(node):
            block = node.tag in _BLOCKS
            parts.append(" " if block else "")
            parts.append(node.text or "")
            for child in node:
                walk(child, False)
            parts.append(" " if block else "")
        if not top:
            parts.append(node.tail or "")

    walk(element, True)
    return " ".join("".join(parts).split())


def _fragment(href: str) -> str | None:
    """The in-page target of a link. A saved page often writes its own address before the "#"
    ("https://en.wikipedia.org/wiki/Page#cite_note-2"): a call-like link to an id this page holds is
    taken as in-page whatever address precedes it."""
    fragment = urldefrag(href.strip()).fragment
    return unquote(fragment) if fragment else None


def _block(element: etree._Element) -> etree._Element:
    while element.tag not in _BLOCKS and element.getparent() is not None:
        element = element.getparent()
    return element


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return any(node is outer for node in inner.iterancestors()) or outer is inner


@dataclass
class _Found:
    calls: dict[etree._Element, str]  # call link -> its label
    notes: dict[etree._Element, list[etree._Element]]  # note element -> the call links to it
    backlinks: set[etree._Element]


def _links(tree: etree._Element) -> _Found:
    """Calls and the notes they link to: short in-page links to a note that does not hold them."""
    ids: dict[str, etree._Element] = {}
    for element in tree.iter():
        if isinstance(element.tag, str):
            key = element.get("id") or (element.get("name") if element.tag == "a" else None)
            if key:
                ids.setdefault(key, element)
    order = {element: i for i, element in enumerate(tree.iter())}
    candidates: list[tuple[etree._Element, etree._Element, str]] = []
    for link in tree.iter("a"):
        fragment = _fragment(link.get("href") or "")
        target = ids.get(fragment) if fragment else None
        if target is None or _contains(target, link):
            continue
        label = _LABEL.fullmatch(" ".join(link.text_content().split()))
        if label:
            candidates.append((link, target, label.group("label")))
    targets = {link: target for link, target, _ in candidates}
    inside: dict[etree._Element, list[etree._Element]] = {}  # element -> the candidate links it holds
    for link in targets:
        for holder in (link, *link.iterancestors()):
            inside.setdefault(holder, []).append(link)
    found = _Found({}, {}, set())
    for link, target, label in candidates:
        # A note and its call link to each other: the call is the one that comes first.
        back = [other for other in inside.get(target, ()) if _contains(targets[other], link)]
        if any(order[other] < order[link] for other in back) or order[target] < order[link]:
            found.backlinks.add(link)
            continue
        note = _block(target)
        if _contains(note, link) or note.tag in _HEADINGS or any(note.iter("h2", "h3")):
            continue  # an index of sections ("A B C … Z"), or a mark in the paragraph it links to
        if note is not target and any(other not in back for other in inside.get(note, ())):
            continue  # an anchor in a paragraph that holds calls: body text, not a note
        if not back and not _marked_as_call(link):
            continue  # a link to a paragraph ("see a"), not a call: a call is raised or named one
        found.calls[link] = label
        found.notes.setdefault(note, []).append(link)
        found.backlinks.update(back)
    return found


def _linked_by_address(tree: etree._Element, found: _Found) -> None:
    """Calls that link to their source rather than to their note ("[3]" linking to the cited page), as
    some encyclopedias write them: the note is the item of a numbered list, after the call, that links
    to the same address and shows the call's number."""
    calls: dict[str, list[tuple[etree._Element, str]]] = {}
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith("#") or link in found.calls or link in found.backlinks:
            continue
        label = _LABEL.fullmatch(" ".join(link.text_content().split()))
        if label and (_bracketed(link) or _marked_as_call(link)):
            calls.setdefault(href, []).append((link, label.group("label")))
    if not calls:
        return
    order = {element: i for i, element in enumerate(tree.iter())}
    for parent in tree.iter("ol"):  # numbered: a menu (<ul>) linking to the same page is no list of sources
        for item, item_label in _numbered(parent, []):
            for source in item.iter("a"):
                for call, label in calls.get((source.get("href") or "").strip(), ()):
                    if label == item_label and order[call] < order[item] and call not in found.calls:
                        found.calls[call] = label
                        found.notes.setdefault(item, []).append(call)


def _marked_lists(tree: etree._Element, found: _Found) -> None:
    """Notes lists whose calls link to nothing ("<sup>[3]</sup>", links lost when the page was saved):
    a list marked as endnotes (``role="doc-endnotes"``, items ``role="doc-endnote"``), or marked as
    references or footnotes by its class after raised "[n]" marks within its length. Its calls are left
    as they are (a raised "2" may be an exponent)."""
    listed = {note.getparent() for note in found.notes}
    marks: list[tuple[etree._Element, int]] = []
    for sup in tree.iter("sup"):
        label = re.fullmatch(r"\[(\d{1,4})\]", "".join(sup.text_content().split()))
        if label:
            marks.append((sup, int(label.group(1))))
    order = {element: i for i, element in enumerate(tree.iter())} if marks else {}
    for parent in tree.iter("ol"):
        if parent in listed:
            continue
        items = [item for item in parent if item.tag == "li"]
        near = [parent, *list(parent.iterancestors())[:3]]
        roles = {element.get("role") for element in (*near, *items)}
        classes = set().union(*(_classes(element) for element in near))
        if not items:
            continue
        if not roles & {"doc-endnotes", "doc-endnote", "doc-footnote"}:
            if not classes & _NOTES_CLASSES:
                continue
            before = [n for sup, n in marks if order[sup] < order[parent] and not _contains(parent, sup)]
            if not any(n <= len(items) for n in before):
                continue
        for item in items:
            found.notes.setdefault(item, [])


def _marked_as_call(link: etree._Element) -> bool:
    """Whether a link the note does not link back to is set as a call: raised, or named a note reference."""
    parent = link.getparent()
    names = " ".join(f"{e.get('class') or ''} {e.get('id') or ''}" for e in (link, parent) if e is not None)
    return (
        link.get("role") == "doc-noteref"
        or (parent is not None and parent.tag == "sup")
        or link.find(".//sup") is not None
        or _NOTE_NAME.search(names) is not None
    )


def _counter_style(ol: etree._Element, labels: list[str]) -> str:
    """How the list numbers its items: "1", "a", "A", "i" or "I" (its type, its style, its classes)."""
    kind = ol.get("type")
    if kind in ("1", "a", "A", "i", "I"):
        return kind
    element: etree._Element | None = ol
    for _ in range(3):
        if element is None:
            break
        found = _STYLE.search(f"{element.get('style') or ''} {element.get('class') or ''}".lower())
        if found:
            letter = "i" if found.group(2) == "roman" else "a"
            return letter.upper() if found.group(1) == "upper" else letter
        element = element.getparent()
    if labels and all(label.isalpha() and len(label) == 1 for label in labels):
        return "a"  # the calls are "[a]", "[b]": the page's stylesheet sets the letters
    return "1"


def _formatted(number: int, style: str) -> str:
    if number < 1:
        return str(number)  # no letter or numeral for it
    if style in ("a", "A"):
        label = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            label = chr(ord("a") + rest) + label
    elif style in ("i", "I"):
        label = _roman(number)
    else:
        return str(number)
    return label.upper() if style.isupper() else label


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _heading_before(element: etree._Element) -> etree._Element | None:
    """The heading standing right before ``element`` (an ``<h2>``, or a wrapper holding just one)."""
    previous = element.getprevious()
    while previous is not None and not (previous.tail or "").strip() and not _squeezed(previous):
        previous = previous.getprevious()  # a stylesheet, a clearing <div>, a rule between them
    if previous is None or (previous.tail or "").strip():
        return None
    if previous.tag in _HEADINGS:
        return previous
    inner = [node for node in previous.iter(*_HEADINGS)]
    if len(inner) == 1 and len(_squeezed(previous)) - len(_squeezed(inner[0])) <= 8:
        return previous  # MediaWiki's <div class="mw-heading"><h2>References</h2>[edit]</div>
    return None


def _heading_text(heading: etree._Element) -> str:
    return _EDIT_LINK.sub("", _words(heading, set()))


def _enclosure(element: etree._Element) -> tuple[etree._Element, etree._Element | None]:
    """The largest element around ``element`` that holds nothing but it (and the heading over it), and
    that heading."""
    heading = _heading_before(element)
    while True:
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            break
        if len(parent.text_content()) - len(element.text_content()) > 20000:
            break  # plainly holds more than the notes (a stylesheet beside them is never this long)
        rest = _squeezed(parent).replace(_squeezed(element), "", 1)
        if heading is not None and heading.getparent() is parent:
            rest = rest.replace(_squeezed(heading), "", 1)
        if rest:
            break
        element = parent
        heading = _heading_before(element) if _heading_before(element) is not None else heading
    return element, heading


def find_notes(
    tree: etree._Element,
) -> tuple[list[NotesList], list[etree._Element], dict[etree._Element, str]]:
    """The page's notes lists, the elements to take out of the page for them, and the calls whose text
    to write bracketed (a bare "1" becomes "[1]")."""
    found = _links(tree)
    _linked_by_address(tree, found)
    _marked_lists(tree, found)
    if not found.notes:
        return [], [], {}
    skip = set(found.backlinks)
    for element in tree.iter():
        if isinstance(element.tag, str) and (
            _classes(element) & _BACKLINK_CLASSES or element.get("role") == "doc-backlink"
        ):
            skip.add(element)
    order = {element: i for i, element in enumerate(tree.iter())}
    groups: dict[etree._Element, list[etree._Element]] = {}
    for note in found.notes:
        parent = note.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(note)
    lists: list[tuple[int, NotesList]] = []
    removed: list[etree._Element] = []
    for parent, notes in groups.items():
        notes.sort(key=lambda n: order[n])
        labels = [found.calls[call] for note in notes for call in found.notes[note]]
        if parent.tag in ("ol", "ul") and all(note.tag == "li" for note in notes):
            entries = [
                (label, _words(item, skip).lstrip(_BACK_MARKS)) for item, label in _numbered(parent, labels)
            ]
            pieces = [parent]
        else:
            entries = []
            for note in notes:
                text = _words(note, skip).lstrip(_BACK_MARKS)
                label = _own_label(note, found) or found.calls[found.notes[note][0]]
                own = _LEADING_LABEL.match(text)
                if own and own.group(1) == label:
                    text = text[own.end() :]
                entries.append((label, text))
            pieces = notes
        entries = [(label, text.rstrip(_BACK_MARKS)) for label, text in entries]
        if pieces == [parent] or _squeezed(parent) == "".join(_squeezed(note) for note in pieces):
            enclosure, heading = _enclosure(parent)  # the list, or a box holding just these notes
            removed.append(enclosure)
        elif len(pieces) == 1:
            enclosure, heading = _enclosure(pieces[0])
            removed.append(enclosure)
        else:
            enclosure, heading = pieces[0], None  # notes among other things: take out just the notes
            removed.extend(pieces)
        if heading is not None:
            removed.append(heading)
        title = _heading_text(heading) if heading is not None else ""
        lists.append((order[enclosure], NotesList(title or "Notes", entries)))
    lists.sort(key=lambda pair: pair[0])
    bare = {call: label for call, label in found.calls.items() if not _bracketed(call)}
    return [notes for _, notes in lists], removed, bare


def _numbered(parent: etree._Element, labels: list[str]) -> list[tuple[etree._Element, str]]:
    """The items of a list with the label the page shows for each (``labels``: those of their calls)."""
    style = _counter_style(parent, labels) if parent.tag == "ol" else "1"
    number = (_integer(parent.get("start")) or 1) if parent.tag == "ol" else 1
    group = _group(labels)
    numbered = []
    for item in parent:
        if item.tag == "li":
            number = _integer(item.get("value")) or number
            numbered.append((item, group + _formatted(number, style)))
            number += 1
    return numbered


def _group(labels: list[str]) -> str:
    """The group name the calls give their list ("n " for MediaWiki's "[n 4]"), which its notes show too."""
    groups = {match.group(1) if (match := _GROUP.fullmatch(label)) else "" for label in labels}
    return f"{groups.pop()} " if len(groups) == 1 and "" not in groups else ""


def _own_label(note: etree._Element, found: _Found) -> str | None:
    """The number a note shows before its text: its backlink's ("22" in HTMLBook), or its first word."""
    for link in note.iter("a"):
        if link in found.backlinks:
            label = _LABEL.fullmatch(" ".join(link.text_content().split()))
            if label:
                return label.group("label")
    return None


def _bracketed(call: etree._Element) -> bool:
    """Whether the page shows the call in brackets, inside the link or around it ("<sup>[<a>1</a>]</sup>")."""
    unit = call
    parent = call.getparent()
    if parent is not None and parent.tag == "sup":
        unit = parent
    text = "".join(unit.text_content().split())
    return text.startswith("[") and text.endswith("]")


def bracket_call(call: etree._Element, label: str) -> None:
    """Write the call's text as "[label]" (its superscript is lost in plain text)."""
    for child in list(call):
        call.remove(child)
    call.text = f"[{label}]"
