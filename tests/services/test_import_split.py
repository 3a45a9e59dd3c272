"""Splitting a source in two: annotations and links go with their text; bad positions change nothing."""

import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.services.project import Project
from tests.helpers.pdfs import Book, make_book
from tests.io.importers.test_pdf import paragraphs

ARTICLE = "An article about the famine.\n\nThe harvest was taken in full.\n\n"
COMMENTS = "Reader comments\n\nBennett says: the figures are wrong.\n"


def _state(project: Project) -> tuple[int, int]:
    return len(project.sources.list()), project.generation()


def annotate(project: Project, source_id: int, quote: str) -> int:
    text = project.sources.text(source_id)
    start = text.index(quote)
    return project.annotations.create(source_id, start, start + len(quote), tags=["claim-type/factual"]).id


def test_split_moves_annotations_and_keeps_links(project: Project) -> None:
    report = project.sources.import_bytes("page.txt", (ARTICLE + COMMENTS).encode())
    project.sources.update_metadata(report.source_id, {"authors": ["T. Harrison"], "kind": "secondary"})
    a = annotate(project, report.source_id, "taken in full")
    b = annotate(project, report.source_id, "the figures are wrong")
    link = project.links.create(a, b, "contradicts")

    split = project.sources.split(report.source_id, len(ARTICLE) - 1, "Comments on the article")

    assert project.sources.text(split.first_id) == ARTICLE.rstrip()
    assert project.sources.text(split.second_id) == COMMENTS
    first, second = project.sources.get(split.first_id), project.sources.get(split.second_id)
    assert first.metadata.title == "page" and second.metadata.title == "Comments on the article"
    assert first.metadata.authors == second.metadata.authors == ("T. Harrison",)
    assert project.sources.original_bytes(split.second_id) == (ARTICLE + COMMENTS).encode()
    (moved_a,) = project.annotations.list(source_id=split.first_id)
    (moved_b,) = project.annotations.list(source_id=split.second_id)
    assert (moved_a.id, moved_b.id) == (a, b)
    assert project.sources.text(split.second_id)[moved_b.start : moved_b.end] == "the figures are wrong"
    assert moved_b.quote.prefix.endswith("Bennett says: ")
    assert project.links.get(link.id).b.source_id == split.second_id
    with pytest.raises(NotFound):
        project.sources.get(report.source_id)
    assert (split.first_annotations, split.second_annotations) == (1, 1)


def test_split_of_a_pdf_splits_its_page_map(project: Project) -> None:
    report = project.sources.import_bytes("book.pdf", make_book(Book(paragraphs(30))))
    text = project.sources.text(report.source_id)
    pages = project.sources.page_map(report.source_id)
    at = text.index("Paragraph 20.")
    split = project.sources.split(report.source_id, at)
    first, second = project.sources.page_map(split.first_id), project.sources.page_map(split.second_id)
    assert first == [p for p in pages if p[0] < at]
    assert second[0] == (0, first[-1][1] if pages[len(first)][0] > at else pages[len(first)][1])
    assert [label for _, label in first + second[1:]] == [label for _, label in pages]


@pytest.mark.parametrize("at", [0, -3, 10_000])
def test_positions_outside_the_text_are_refused(project: Project, at: int) -> None:
    report = project.sources.import_bytes("page.txt", (ARTICLE + COMMENTS).encode())
    before = _state(project)
    with pytest.raises(InvalidInput, match="give a position inside the text"):
        project.sources.split(report.source_id, at)
    assert _state(project) == before


def test_a_cut_through_an_annotation_or_an_empty_part_is_refused(project: Project) -> None:
    report = project.sources.import_bytes("page.txt", (ARTICLE + COMMENTS).encode())
    a = annotate(project, report.source_id, "The harvest was taken")
    before = _state(project)
    with pytest.raises(InvalidInput, match=rf"annotation\(s\) {a} run across"):
        project.sources.split(report.source_id, ARTICLE.index("harvest") + 2)
    with pytest.raises(InvalidInput, match="would hold no text"):
        project.sources.split(report.source_id, 1 + (ARTICLE + COMMENTS).rindex("."))
    assert _state(project) == before
