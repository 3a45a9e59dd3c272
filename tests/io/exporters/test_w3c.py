from __future__ import annotations

import json

from annotator.services.project import Project
from tests.helpers.excerpts import NOTE, REPORT, SCRIPT_QUOTE, Sample
from tests.io.exporters.conftest import MakeDocument, render


def _collection(make_document: MakeDocument) -> dict:
    return json.loads(render("w3c", make_document()))


def test_an_annotation_collection_with_an_embedded_page(make_document: MakeDocument) -> None:
    collection = _collection(make_document)
    # The annotation context first, then the Dublin Core, schema.org and our own terms.
    assert collection["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["@context"][1]["dc"] == "http://purl.org/dc/terms/"
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"].startswith("urn:uuid:")
    assert "offsets count Unicode code points" in collection["label"]
    page = collection["first"]
    assert page["type"] == "AnnotationPage"
    assert collection["total"] == len(page["items"]) == 6 + 2  # six excerpts, two links


def test_targets_have_quote_and_code_point_position_selectors(
    make_document: MakeDocument, project: Project, sample: Sample
) -> None:
    items = _collection(make_document)["first"]["items"]
    report = project.sources.get(sample.report)
    famine = next(i for i in items if i["id"] == f"urn:uuid:{project.annotations.get(sample.famine).uuid}")
    target = famine["target"]
    # The report has a URL: the web's name for it; the internal one stays beside it.
    assert target["type"] == "SpecificResource" and target["source"] == "https://example.org/report"
    assert target["schema:sameAs"] == f"urn:uuid:{report.uuid}"
    quote, position = target["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "famine passage",
        "prefix": REPORT[REPORT.index("famine passage") - 32 : REPORT.index("famine passage")],
        "suffix": ".\n",
    }
    # 𝔊 is one code point (two UTF-16 units): the offsets index the text as Python does.
    assert REPORT[position["start"] : position["end"]] == "famine passage"
    assert position == {"type": "TextPositionSelector", "start": 259, "end": 273}
    assert famine["created"].endswith("Z")


def test_tags_note_and_links_are_bodies_with_their_purposes(make_document: MakeDocument) -> None:
    items = _collection(make_document)["first"]["items"]
    script = next(i for i in items if i["target"]["selector"][0]["exact"] == SCRIPT_QUOTE)
    assert script["motivation"] == "classifying"
    assert [b["value"] for b in script["body"] if b["purpose"] == "tagging"] == [
        "bias/polemical",
        "claim-type/factual",
    ]
    (comment,) = [b for b in script["body"] if b["purpose"] == "commenting"]
    assert comment == {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": NOTE,
        "format": "text/markdown",
    }
    links = [i for i in items if i["motivation"] == "linking"]
    relation = {"type": "TextualBody", "purpose": "tagging", "value": "contradicts"}
    contradicts = next(i for i in links if relation in i["body"])
    assert contradicts["target"]["selector"][0]["exact"] == SCRIPT_QUOTE
    other = contradicts["body"][0]
    assert other["purpose"] == "linking" and other["selector"][0]["exact"] == "full granaries in 1932"
