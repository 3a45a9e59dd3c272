"""JSON following the W3C Web Annotation Data Model: one AnnotationCollection with an embedded page.

Each excerpt is an Annotation whose target is its source (``urn:uuid:``) narrowed by a TextQuoteSelector and a
TextPositionSelector; offsets count Unicode code points, as the model requires and the collection's label
says. Tags are ``tagging`` bodies (their ``facet/tag`` paths), the note a ``commenting`` body in Markdown,
and each link an Annotation with motivation ``linking`` whose body is the other passage plus the relation.
The evidence reference and the speaker ("Speaker: Khrushchev (quoted)") are ``describing`` bodies.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, BinaryIO

from annotator.domain.excerpts import Excerpt
from annotator.domain.model import Link, LinkEnd
from annotator.io.exporters.base import ExportDocument, Progress, utc_stamp

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def urn(value: str) -> str:
    return f"urn:uuid:{value}"


def _target(source_uuid: str, start: int, end: int, exact: str, prefix: str = "", suffix: str = "") -> dict:
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": exact}
    if prefix:
        quote["prefix"] = prefix
    if suffix:
        quote["suffix"] = suffix
    return {
        "type": "SpecificResource",
        "source": urn(source_uuid),
        "selector": [quote, {"type": "TextPositionSelector", "start": start, "end": end}],
    }


def _comment(text: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": "commenting", "value": text, "format": "text/markdown"}


def annotation(excerpt: Excerpt) -> dict[str, Any]:
    a = excerpt.annotation
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag.path} for tag in a.tags
    ]
    if a.note.strip():
        bodies.append(_comment(a.note))
    if a.evidence_ref:
        evidence = f"Evidence: {a.evidence_ref}"
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": evidence})
    if a.speaker is not None:  # the model has no speaker: a describing body, as the evidence reference
        speaker = f"Speaker: {a.speaker.label}"
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": speaker})
    if excerpt.figure is not None:  # a detected figure: tagged "Figures", described in one line
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": "Figures"})
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": excerpt.figure.describe()})
    tagged = a.tags or excerpt.figure is not None
    motivation = "classifying" if tagged else "commenting" if a.note.strip() else "highlighting"
    record: dict[str, Any] = {"id": urn(a.uuid), "type": "Annotation", "motivation": motivation}
    if bodies:
        record["body"] = bodies
    record["target"] = _target(
        excerpt.source.uuid, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix
    )
    record["created"] = utc_stamp(a.created_at)
    record["modified"] = utc_stamp(a.modified_at)
    return record


def link_annotation(document: ExportDocument, link: Link, by_id: dict[int, Excerpt]) -> dict[str, Any] | None:
    def resource(end: LinkEnd) -> dict[str, Any] | None:
        excerpt = by_id.get(end.annotation_id)
        if excerpt is not None:
            q = excerpt.annotation.quote
            return _target(excerpt.source.uuid, end.start, end.end, q.exact, q.prefix, q.suffix)
        source = document.sources.get(end.source_id)
        return _target(source.uuid, end.start, end.end, end.quote) if source else None

    target, other = resource(link.a), resource(link.b)
    if target is None or other is None:
        return None
    bodies: list[dict[str, Any]] = [
        {**other, "purpose": "linking"},
        {"type": "TextualBody", "purpose": "tagging", "value": link.relation.value},
    ]
    if link.note.strip():
        bodies.append(_comment(link.note))
    return {
        "id": urn(link.uuid),
        "type": "Annotation",
        "motivation": "linking",
        "body": bodies,
        "target": target,
        "created": utc_stamp(link.created_at),
        "modified": utc_stamp(link.modified_at),
    }


def collection(document: ExportDocument, progress: Progress) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    total = len(document.excerpts)
    for done, excerpt in enumerate(document.excerpts, start=1):
        items.append(annotation(excerpt))
        progress(done, total)
    by_id = {e.id: e for e in document.excerpts}
    for link in document.links:
        record = link_annotation(document, link, by_id)
        if record is not None:
            items.append(record)
    return {
        "@context": CONTEXT,
        "id": urn(str(uuid.uuid4())),
        "type": "AnnotationCollection",
        "label": f"{document.title}: {document.filter_description} "
        "(TextPositionSelector offsets count Unicode code points)",
        "total": len(items),
        "first": {"id": urn(str(uuid.uuid4())), "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    text = json.dumps(collection(document, progress), ensure_ascii=False, indent=1)
    stream.write(text.encode("utf-8") + b"\n")
