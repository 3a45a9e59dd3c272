"""W3C export used outside the app: quotes anchored on the page text the way Hypothesis anchors them.

No well-kept Python package anchors Web Annotation selectors, so the anchoring is written here after the
Hypothesis client's (text-quote and text-position anchoring): a TextQuoteSelector is found by its
``exact`` text, and where it occurs more than once the occurrence whose surroundings best agree with its
``prefix`` and ``suffix`` wins, without any position hint; a TextPositionSelector is taken as is and
checked against the quote. Every exported passage must anchor both ways to its own span.
"""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from typing import Any

from annotator.services.project import Project
from tests.helpers.excerpts import Sample
from tests.io.exporters.conftest import MakeDocument, render

PAGE = (
    "The harvest of 1932 was reported as a failure. In the memoir of 1932 the granaries are full, "
    "and in 1932 nobody starved, says the author.\n"
)


def anchor_quote(text: str, selector: dict[str, Any]) -> tuple[int, int] | None:
    """Where a TextQuoteSelector lies in ``text``: each occurrence of ``exact`` scored by how closely the
    text before and after it matches ``prefix`` and ``suffix``, as the Hypothesis client scores them."""
    exact, prefix, suffix = selector["exact"], selector.get("prefix", ""), selector.get("suffix", "")
    best, best_score = None, -1.0
    start = text.find(exact)
    while start != -1:
        end = start + len(exact)
        before, after = text[max(0, start - len(prefix)) : start], text[end : end + len(suffix)]
        score = (SequenceMatcher(None, before, prefix).ratio() if prefix else 1.0) + (
            SequenceMatcher(None, after, suffix).ratio() if suffix else 1.0
        )
        if score > best_score:
            best, best_score = (start, end), score
        start = text.find(exact, start + 1)
    return best


def anchor_position(text: str, selectors: list[dict[str, Any]]) -> tuple[int, int] | None:
    """A TextPositionSelector's span, if the text there is the quote (Hypothesis checks it the same way)."""
    position = next(s for s in selectors if s["type"] == "TextPositionSelector")
    quote = next(s for s in selectors if s["type"] == "TextQuoteSelector")
    start, end = position["start"], position["end"]
    return (start, end) if text[start:end] == quote["exact"] else None


def test_every_exported_passage_anchors_on_its_page_text_by_quote_and_by_position(
    make_document: MakeDocument, project: Project, sample: Sample
) -> None:
    page = project.sources.import_bytes(
        "page.txt",
        PAGE.encode("utf-8"),
        {
            "title": "The harvest, remembered",
            "url": "https://example.org/harvest",
            "authors": ["Anna Smirnova"],
            "date_text": "1968",
        },
    ).source_id
    third = PAGE.index("1932", PAGE.index("memoir of 1932") + 20)  # "1932" a third time: context decides
    project.annotations.create(page, third, third + 4, tags=["claim-type/factual"], confidence=2)
    collection = json.loads(render("w3c", make_document()))

    sources = project.sources.list()
    texts = {}
    for source in sources:
        url = project.sources.get(source.id).metadata.url
        texts[url or f"urn:uuid:{source.uuid}"] = project.sources.text(source.id)
    spans = {f"urn:uuid:{a.uuid}": (a.start, a.end) for a in project.annotations.list()}

    targets = []
    for item in collection["first"]["items"]:
        passage = item["id"] if item["motivation"] != "linking" else None  # a link's id is its own
        targets.append((passage, item["target"]))
        targets += [(None, b) for b in item.get("body", []) if b.get("type") == "SpecificResource"]
    assert len(targets) == 7 + 2 * 2  # seven passages; a link names two
    compared = 0
    for annotation_id, target in targets:
        text = texts[target["source"]]
        quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
        by_quote, by_position = anchor_quote(text, quote), anchor_position(text, target["selector"])
        assert by_quote is not None and by_quote == by_position, (target, by_quote, by_position)
        if annotation_id is not None:  # a passage (a link's ends are checked by quote and position above)
            assert by_quote == spans[annotation_id]
            compared += 1
    assert compared == 7  # every passage checked against where it was made

    # The page is named by its URL, described in the collection, and still known by its uuid.
    (item,) = [i for i in collection["first"]["items"] if i["target"]["source"] == "https://example.org/harvest"]
    assert item["target"]["schema:sameAs"] == f"urn:uuid:{project.sources.get(page).uuid}"
    assert {"annotator:confidence": 2, "purpose": "describing"}.items() <= next(
        b for b in item["body"] if "annotator:confidence" in b
    ).items()
    (described,) = [r for r in collection["dc:references"] if r["id"] == "https://example.org/harvest"]
    assert described == {
        "id": "https://example.org/harvest",
        "schema:sameAs": item["target"]["schema:sameAs"],
        "dc:title": "The harvest, remembered",
        "dc:creator": ["Anna Smirnova"],
        "dc:date": "1968",
        "dc:language": "en",
    }
    memoir = f"urn:uuid:{project.sources.get(sample.memoir).uuid}"  # no URL: its uuid is its name
    assert any(r["id"] == memoir and "schema:sameAs" not in r for r in collection["dc:references"])
