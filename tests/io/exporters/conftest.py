"""Fixtures for the exporter tests: a real project with the sample excerpts, and documents built from it."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.domain.excerpts import ExcerptFilter
from annotator.io.exporters.base import ExportDocument, ExportOptions
from annotator.io.exporters.registry import exporter_for
from annotator.services.project import Project
from tests.helpers.excerpts import Sample, build_sample

SCHEMAS = Path(__file__).resolve().parents[3].parent / "shared" / "schemas"

MakeDocument = Callable[..., ExportDocument]


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.fixture
def make_document(project: Project, sample: Sample) -> MakeDocument:
    def make(
        excerpt_filter: ExcerptFilter | None = None, with_texts: bool = False, **options: object
    ) -> ExportDocument:
        chosen = ExportOptions(**options)  # type: ignore[arg-type]
        return project.exports.document(excerpt_filter or ExcerptFilter(), chosen, with_texts=with_texts)

    return make


def render(name: str, document: ExportDocument) -> bytes:
    """Write ``document`` in format ``name`` to memory, as the service would to a file."""
    stream = io.BytesIO()
    exporter_for(name).write(document, stream)
    return stream.getvalue()
