"""JSON following the W3C Web Annotation Data Model: one AnnotationCollection with an embedded page.

Each excerpt is an Annotation whose target is its source narrowed by a TextQuoteSelector and a
TextPositionSelector; offsets count Unicode code points, as the model requires and the collection's label
says. The source is named as the web knows it: its URL where it has one, else ``urn:uuid:``; the internal
``urn:uuid:`` stays beside a URL as ``schema:sameAs``, and the collection describes each source with Dublin
Core terms (``dc:title``, ``dc:creator``, ``dc:date``) under ``dc:references``, so that a tool outside the
app can anchor the quotes on the page and cite it. Tags are ``tagging`` bodies (their ``facet/tag``
paths), the note a ``commenting`` body in Markdown, and each link an Annotation with motivation ``linking``
whose body is the other passage plus the relation. The evidence reference, the confidence and the speaker
are ``describing`` bodies; confidence and speaker also as properties of their body (``annotator:…`` terms
the context defines), for tools that read data rather than text.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, BinaryIO

from annotator.domain.excerpts import Excerpt
from annotator.domain.model import Link, LinkEnd, Source
from annotator.io.exporters.base import ExportDocument, Progress, utc_stamp

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Terms beyond the annotation vocabulary: Dublin Core and schema.org for the sources, and our own two for
# what the model has no word for (a URN namespace: nothing to dereference, nothing that can go stale).
EXTRA_CONTEXT = {
    "dc": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "annotator": "urn:annotator:terms:",
    "dc:references": {"@type": "@id", "@container": "@set"},
    "schema:sameAs": {"@type": "@id"},
}
WEB_SCHEMES = ("http://", "https://")


def urn(value: str) -> str:
    return f"urn:uuid:{value}"


def source_id(source: Source) -> str:
    """The source as the web knows it: its URL where it has one, else its internal ``urn:uuid:``."""
    url = source.metadata.url.strip()
    return url if url.startswith(WEB_SCHEMES) else urn(source.uuid)


def _target(source: Source, start: int, end: int, exact: str, prefix: str = "", suffix: str = "") -> dict:
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": exact}
    if prefix:
        quote["prefix"] = prefix
    if suffix:
        quote["suffix"] = suffix
    target: dict[str, Any] = {"type": "SpecificResource", "source": source_id(source)}
    if target["source"] != urn(source.uuid):
        target["schema:sameAs"] = urn(source.uuid)
    target["selector"] = [quote, {"type": "TextPositionSelector", "start": start, "end": end}]
    return target


def describe_source(source: Source) -> dict[str, Any]:
    """The source in Dublin Core terms, for the collection's ``dc:references``."""
    m = source.metadata
    record: dict[str, Any] = {"id": source_id(source), "dc:title": m.title}
    if record["id"] != urn(source.uuid):
        record["schema:sameAs"] = urn(source.uuid)
    if m.authors:
        record["dc:creator"] = list(m.authors)
    if m.date_text:
        record["dc:date"] = m.date_text
    if m.publisher:
        record["dc:publisher"] = m.publisher
    if m.language:
        record["dc:language"] = m.language
    return record


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
    if a.confidence is not None:
        bodies.append(
            {"type": "TextualBody", "purpose": "describing", "value": f"Confidence: {a.confidence} of 5",
             "annotator:confidence": a.confidence}
        )  # fmt: skip
    if a.speaker is not None:  # the model has no speaker: a describing body, as the evidence reference
        speaker = f"Speaker: {a.speaker.label}"
        bodies.append(
            {"type": "TextualBody", "purpose": "describing", "value": speaker,
             "annotator:speaker": a.speaker.name, "annotator:speakerRole": a.speaker.role.value}
        )  # fmt: skip
    if excerpt.figure is not None:  # a detected figure: tagged "Figures", described in one line
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": "Figures"})
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": excerpt.figure.describe()})
    tagged = a.tags or excerpt.figure is not None
    motivation = "classifying" if tagged else "commenting" if a.note.strip() else "highlighting"
    record: dict[str, Any] = {"id": urn(a.uuid), "type": "Annotation", "motivation": motivation}
    if bodies:
        record["body"] = bodies
    record["target"] = _target(excerpt.source, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix)
    record["created"] = utc_stamp(a.created_at)
    record["modified"] = utc_stamp(a.modified_at)
    return record


def link_annotation(document: ExportDocument, link: Link, by_id: dict[int, Excerpt]) -> dict[str, Any] | None:
    def resource(end: LinkEnd) -> dict[str, Any] | None:
        excerpt = by_id.get(end.annotation_id)
        if excerpt is not None:
            q = excerpt.annotation.quote
            return _target(excerpt.source, end.start, end.end, q.exact, q.prefix, q.suffix)
        source = document.sources.get(end.source_id)
        return _target(source, end.start, end.end, end.quote) if source else None

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
    cited = {e.source.id: e.source for e in document.excerpts}
    for link in document.links:
        for end in (link.a, link.b):
            if end.source_id not in cited and end.source_id in document.sources:
                cited[end.source_id] = document.sources[end.source_id]
    return {
        "@context": [CONTEXT, EXTRA_CONTEXT],
        "id": urn(str(uuid.uuid4())),
        "type": "AnnotationCollection",
        "label": f"{document.title}: {document.filter_description} "
        "(TextPositionSelector offsets count Unicode code points)",
        "dc:references": [describe_source(s) for s in cited.values()],
        "total": len(items),
        "first": {"id": urn(str(uuid.uuid4())), "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    text = json.dumps(collection(document, progress), ensure_ascii=False, indent=1)
    stream.write(text.encode("utf-8") + b"\n")
