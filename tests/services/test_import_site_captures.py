"""Captures of one site imported together, or beside captures the project holds, are cleaned with each other:
what the site repeats outside its articles goes, each line listed with its reason; sources already imported
are never rewritten, and an older capture is re-cleaned only as a new version of its source."""

from __future__ import annotations

from annotator.domain.importing import ImportOptions
from annotator.io.importers.webclean import clean_web
from annotator.services.project import Project
from tests.helpers.site_pages import APPEAL, ARTICLES, page

CLEAN = ImportOptions(clean_web=True, reflow=False)


def _write(write_file, *names: str):  # type: ignore[no-untyped-def]
    return [write_file(f"{name}.txt", page(name)) for name in names]


def test_files_imported_together_are_cleaned_with_each_other(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    paths = _write(write_file, "ferry", "rope", "flood")
    siblings = project.sources.site_captures(paths)
    reports = [project.sources.import_file(p, options=CLEAN, siblings=siblings) for p in paths]
    for name, report in zip(("ferry", "rope", "flood"), reports, strict=True):
        text = project.sources.text(report.source_id)
        assert APPEAL[0] not in text and text.startswith(ARTICLES[name][0])
        reasons = {r["text"]: r["reason"] for r in report.removed_lines}
        assert reasons[APPEAL[2]] == "repeated on 3 pages of this site (shared lines)"
        assert report.furniture_removed == len(report.removed_lines)


def test_one_file_alone_is_cleaned_as_before(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    (path,) = _write(write_file, "ferry")
    report = project.sources.import_file(path, options=CLEAN, siblings=project.sources.site_captures([path]))
    assert project.sources.text(report.source_id) == clean_web(page("ferry")).text
    assert APPEAL[0] in project.sources.text(report.source_id)


def test_captures_the_project_holds_serve_a_new_import_and_stay_as_they_are(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    held = [project.sources.import_file(p, options=CLEAN) for p in _write(write_file, "ferry", "rope")]
    before = [project.sources.text(r.source_id) for r in held]
    (path,) = _write(write_file, "flood")
    report = project.sources.import_file(path, options=CLEAN, siblings=project.sources.site_captures([path]))
    assert APPEAL[0] not in project.sources.text(report.source_id)
    assert any(r["reason"].startswith("repeated on 3 pages of this site") for r in report.removed_lines)
    assert [project.sources.text(r.source_id) for r in held] == before  # never rewritten


def test_a_held_capture_is_re_cleaned_only_as_a_new_version(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    (ferry,) = _write(write_file, "ferry")
    first = project.sources.import_file(ferry, options=CLEAN)
    quote = ARTICLES["ferry"][3][1]
    text = project.sources.text(first.source_id)
    start = text.index(quote)
    note = project.annotations.create(first.source_id, start, start + len(quote), tags=[]).id
    for path in _write(write_file, "rope", "flood"):
        project.sources.import_file(path, options=CLEAN, siblings=project.sources.site_captures([path]))
    assert APPEAL[0] in project.sources.text(first.source_id)
    second = project.sources.import_file(
        ferry, options=CLEAN, new_version_of=first.source_id, siblings=project.sources.site_captures([ferry])
    )
    assert second.version == 2 and second.reanchored == 1 and not second.orphans
    assert APPEAL[0] not in project.sources.text(second.source_id)
    assert APPEAL[0] in project.sources.text(first.source_id)
    (moved,) = project.annotations.list(source_id=second.source_id)
    assert moved.id == note


def test_captures_of_other_kinds_are_no_siblings(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    pdf = write_file("notes.pdf", b"%PDF-1.4 truncated")
    missing = write_file("gone.txt", "").with_name("never-written.txt")
    assert project.sources.site_captures([pdf, missing], held=False) == ()
    assert len(project.sources.site_captures([pdf, *_write(write_file, "rope")], held=False)) == 1
