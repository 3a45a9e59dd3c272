"""The sample project: invented exercise texts with annotations and links (``resources/sample``)."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

from annotator.domain.errors import InvalidInput
from annotator.services.project import Project


def build_sample_project(path: Path) -> Project:
    """Create the sample project at ``path`` (which must not exist yet) and return it open."""
    if path.exists():
        raise InvalidInput(f"{path} already exists; the sample project is only made into a new file")
    folder = files("annotator.resources").joinpath("sample")
    spec = tomllib.loads(folder.joinpath("sample.toml").read_text(encoding="utf-8"))
    project = Project.open(path)
    try:
        project.rename(spec["name"])
        anchors: dict[tuple[str, str], int] = {}
        for source in spec["source"]:
            data = folder.joinpath(source["file"]).read_bytes()
            metadata = {
                "title": source["title"],
                "authors": source.get("authors", []),
                "date_text": source.get("date", ""),
                "kind": source.get("kind"),
                "genre": source.get("genre", ""),
                "provenance_note": source.get("provenance", ""),
            }
            report = project.sources.import_bytes(source["file"], data, metadata)
            text = project.sources.text(report.source_id)
            for item in source.get("annotation", []):
                start = text.index(item["quote"])
                annotation = project.annotations.create(
                    report.source_id,
                    start,
                    start + len(item["quote"]),
                    item.get("tags", []),
                    note=item.get("note", ""),
                    confidence=item.get("confidence"),
                )
                anchors[(source["file"], item["quote"])] = annotation.id
        for link in spec.get("link", []):
            project.links.create(
                anchors[tuple(link["a"])], anchors[tuple(link["b"])], link["relation"], link.get("note", "")
            )
    except Exception:
        project.close()
        path.unlink(missing_ok=True)
        raise
    return project
