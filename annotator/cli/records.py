"""Domain records as the plain dicts the command line prints (the ``--json`` contract)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.domain.model import Annotation, Link, SourceSummary, Tag
from annotator.domain.taxonomy import Taxonomy

if TYPE_CHECKING:
    from annotator.services.sources import ImportReport


def source_record(s: SourceSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "authors": list(s.authors),
        "date": s.date_text,
        "date_range": [s.date_range.start, s.date_range.end] if s.date_range else None,
        "kind": s.kind.value if s.kind else None,
        "genre": s.genre,
        "language": s.language,
        "file_name": s.file_name,
        "sha256": s.sha256,
        "length": s.length,
        "annotations": s.annotation_count,
        "uuid": s.uuid,
    }


def import_record(r: ImportReport) -> dict[str, Any]:
    return {
        "file": r.file,
        "status": "imported",
        "source_id": r.source_id,
        "title": r.title,
        "length": r.length,
        "encoding": r.encoding,
        "language": r.language,
        "media_type": r.media_type,
        "warnings": list(r.warnings),
        # What the import did (issue 7): detection, cleaning steps and, for a new version, re-anchoring.
        "format": r.format,
        "reflow": r.reflow,
        "clean_web": r.clean_web,
        "reflow_detected": r.reflow_detected,
        "lines_reflowed": r.lines_reflowed,
        "hyphens_joined": r.hyphens_joined,
        "hyphens_kept": r.hyphens_kept,
        "furniture_removed": r.furniture_removed,
        "pages_mapped": r.pages_mapped,
        # Reflow of a text (issue 14): running heads and page numbers are also in removed_lines.
        "paragraphs": r.paragraphs,
        "running_heads_removed": r.running_heads_removed,
        "pages_anchored": r.pages_anchored,
        "split_words_joined": [dict(word) for word in r.split_words_joined],
        "web_capture_detected": r.web_capture_detected,
        "removed_lines": [dict(line) for line in r.removed_lines],
        "articles": [dict(article) for article in r.articles],
        "split_into": list(r.split_into),
        # The structure found in the stored text (issue 14); the marks themselves: `annotator marks`.
        "note_calls": r.note_calls,
        "reference_marks": r.reference_marks,
        "notes_resolved": r.notes_resolved,
        "headings": r.headings,
        "pipeline": r.pipeline,
        "version": r.version,
        "previous_version_id": r.previous_version_id,
        "reanchored": r.reanchored,
        # How sure each place is (issue 13): "exact", "loose" or "partial" per annotation moved.
        "methods": r.methods,
        "placed": [
            {"annotation_id": p.annotation_id, "start": p.start, "end": p.end, "method": p.method}
            for p in r.placed
        ],
        "orphans": [
            {
                "annotation_id": o.annotation_id,
                "quote": o.quote,
                "reason": o.reason,
                "candidates": list(o.candidates),
                "suggested_start": o.suggested_start,
                "suggested_end": o.suggested_end,
                "suggested_method": o.suggested_method,
                "suggested_quote": o.suggested_quote,
            }
            for o in r.orphans
        ],
    }


def refused_record(file: str, message: str) -> dict[str, Any]:
    return {"file": file, "status": "refused", "error": message}


def annotation_record(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "source_id": a.source_id,
        "start": a.start,
        "end": a.end,
        "quote": a.quote.exact,
        "prefix": a.quote.prefix,
        "suffix": a.quote.suffix,
        "tags": [t.path for t in a.tags],
        "note": a.note,
        "confidence": a.confidence,
        "evidence_ref": a.evidence_ref,
        "speaker": None if a.speaker is None else a.speaker.name,
        "speaker_role": None if a.speaker is None else a.speaker.role.value,
        "coder": None if a.coder is None else a.coder.shown,
        "coder_login": None if a.coder is None else a.coder.login,
        "version": a.version,
        "created": a.created_at.isoformat(),
        "modified": a.modified_at.isoformat(),
        "uuid": a.uuid,
    }


def link_record(link: Link) -> dict[str, Any]:
    def end(e):  # type: ignore[no-untyped-def]
        return {
            "annotation_id": e.annotation_id,
            "source_id": e.source_id,
            "start": e.start,
            "end": e.end,
            "quote": e.quote,
        }

    return {
        "id": link.id,
        "relation": link.relation.value,
        "note": link.note,
        "a": end(link.a),
        "b": end(link.b),
        "uuid": link.uuid,
    }


def tag_record(taxonomy: Taxonomy, tag: Tag, depth: int, usage: int) -> dict[str, Any]:
    facet = next(f for f in taxonomy.facets if f.id == tag.facet_id)
    return {
        "id": tag.id,
        "path": taxonomy.path(tag),
        "facet": facet.slug,
        "slug": tag.slug,
        "name": tag.name,
        "parent": taxonomy.path(taxonomy.tag_by_id(tag.parent_id)) if tag.parent_id else None,
        "depth": depth,
        "description": tag.description,
        "color": tag.color,
        "shortcut": tag.shortcut,
        "annotations": usage,
    }
