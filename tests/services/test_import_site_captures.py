"""Captures of one site imported together, or beside captures the project holds, are cleaned with each other:
what the site repeats outside its articles goes, each line listed with its reason; sources already imported
are never rewritten, and an older capture is re-cleaned only as a new version of its source."""

from __future__ import annotations

import pytest

from annotator.domain.importing import ImportCancelled, ImportOptions
from annotator.io.importers.registry import read_capture
from annotator.io.importers.webclean import clean_web
from annotator.io.importers.webclean.siblings import SITE_LINES_VERSION
from annotator.services.project import Project
from annotator.services.sources import SITE_LINES
from annotator.storage import sources_repo
from annotator.storage.orm import SourceImportRow
from tests.helpers.other_sites import PARAGRAPHS, PASS_ON, lone_page, other_page
from tests.helpers.site_pages import APPEAL, ARTICLES, page
from tests.helpers.web_captures import hub_page, render

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


def _forget_lines(project: Project, *source_ids: int) -> None:
    """The captures' reports as an import before their lines were stored left them."""
    with project._uow.write() as session:
        for source_id in source_ids:
            row = session.get(SourceImportRow, source_id)
            row.report = {k: v for k, v in row.report.items() if k != SITE_LINES}


def _no_original_read(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Record every held capture read from its original bytes."""
    read: list[int] = []
    real = sources_repo.original_bytes

    def counted(session, source_id):  # type: ignore[no-untyped-def]
        read.append(source_id)
        return real(session, source_id)

    monkeypatch.setattr(sources_repo, "original_bytes", counted)
    return read


def test_held_captures_give_their_stored_lines_and_are_not_read_again(
    project: Project, write_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    held = [project.sources.import_file(p, options=CLEAN) for p in _write(write_file, "ferry", "rope")]
    stored = project.sources.version_info(held[0].source_id).report[SITE_LINES]
    assert stored["version"] == SITE_LINES_VERSION and stored["lines"]
    assert "site_lines" not in held[0].to_json()  # derived data, not part of what the import tells
    read = _no_original_read(monkeypatch)
    (path,) = _write(write_file, "flood")
    report = project.sources.import_file(path, options=CLEAN, siblings=project.sources.site_captures([path]))
    assert read == []
    assert any(r["reason"].startswith("repeated on 3 pages of this site") for r in report.removed_lines)
    # the same as reading the held captures from their original bytes, as round 1 did
    fresh = [read_capture(f"{name}.txt", page(name).encode()) for name in ("ferry", "rope")]
    assert project.sources.text(report.source_id) == clean_web(page("flood"), fresh).text


def test_a_capture_imported_before_lines_were_stored_is_read_once_then_stored(
    project: Project, write_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    (first,) = [project.sources.import_file(p, options=CLEAN) for p in _write(write_file, "ferry")]
    _forget_lines(project, first.source_id)
    read = _no_original_read(monkeypatch)
    (rope,) = _write(write_file, "rope")
    assert len(project.sources.site_captures([rope])) == 2 and read == [first.source_id]
    assert project.sources.version_info(first.source_id).report[SITE_LINES]["version"] == SITE_LINES_VERSION
    assert len(project.sources.site_captures([rope])) == 2 and read == [first.source_id]  # not read again


def test_held_captures_of_another_host_are_not_read(project: Project, write_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ferry, rope = _write(write_file, "ferry", "rope")
    other = project.sources.import_file(ferry, {"url": "https://chapel-records.example.org/a"}, options=CLEAN)
    mine = project.sources.import_file(rope, {"url": "https://www.gazette.example.org/b"}, options=CLEAN)
    _forget_lines(project, other.source_id, mine.source_id)  # their hosts: those of their addresses
    read = _no_original_read(monkeypatch)
    assert len(project.sources.site_captures(hosts={"gazette.example.org"})) == 1
    assert read == [mine.source_id]
    assert len(project.sources.site_captures()) == 2  # no host known: every capture may be of the site


def test_reading_a_site_s_pages_can_be_cancelled(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    paths = _write(write_file, "ferry", "rope", "flood")
    steps: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        project.sources.site_captures(
            paths, progress=lambda done, total: steps.append((done, total)), cancel=lambda: len(steps) >= 1
        )
    assert steps == [(1, 3)]


def test_an_upgraded_capture_is_cleaned_again_with_its_site_s_pages(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    paths = _write(write_file, "ferry", "rope", "flood")
    siblings = project.sources.site_captures(paths)
    ferry, *_ = [project.sources.import_file(p, options=CLEAN, siblings=siblings) for p in paths]
    assert APPEAL[0] not in project.sources.text(ferry.source_id)
    with project._uow.write() as session:  # as if imported by older import steps: upgrade-sources offers it
        row = session.get(SourceImportRow, ferry.source_id)
        row.report = {k: v for k, v in row.report.items() if k != "pipeline"}
    (result,) = project.upgrades.upgrade([ferry.source_id])
    assert result.error is None and result.unchanged  # the site's furniture does not come back
    assert APPEAL[0] not in project.sources.text(result.new_source_id or ferry.source_id)


def test_a_capture_imported_without_clean_up_keeps_its_lines_for_its_site(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    hub = write_file("hub.txt", render(hub_page()).text)
    report = project.sources.import_file(hub, options=ImportOptions(reflow=False))
    assert report.web_capture_detected and not report.clean_web
    assert project.sources.version_info(report.source_id).report[SITE_LINES]["version"] == SITE_LINES_VERSION
    plain = project.sources.import_file(write_file("notes.txt", ARTICLES["ferry"][3][0] + "\n"))
    assert SITE_LINES not in project.sources.version_info(plain.source_id).report


def test_a_lone_capture_is_cleaned_with_what_other_sites_removed(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    held = [
        project.sources.import_file(
            write_file(f"{name}.txt", other_page(name)),
            {"url": f"https://{name.lower()}.example.org/a"},
            options=CLEAN,
        )
        for name in ("Ferrybridge", "Saltings")
    ]
    before = [project.sources.text(r.source_id) for r in held]
    path = write_file("leat.txt", lone_page(inside=PARAGRAPHS[1]))
    alone = clean_web(lone_page(inside=PARAGRAPHS[1]))
    assert PASS_ON in alone.text  # the page's own rules keep it
    report = project.sources.import_file(path, options=CLEAN, siblings=project.sources.site_captures([path]))
    reasons = {r["text"]: r["reason"] for r in report.removed_lines}
    assert reasons[PASS_ON] == "removed as furniture on 2 other sites' pages"
    assert PASS_ON not in project.sources.text(report.source_id)
    assert [
        project.sources.text(r.source_id) for r in held
    ] == before  # other sites' sources stay as they are


def test_captures_of_other_hosts_come_with_their_stored_lines_only(
    project: Project, write_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ferrybridge", "Saltings"):
        path = write_file(f"{name}.txt", other_page(name))
        project.sources.import_file(path, {"url": f"https://{name.lower()}.example.org/a"}, options=CLEAN)
    read = _no_original_read(monkeypatch)
    captures = project.sources.site_captures(hosts={"corbridge-lanes.example.org"})
    assert {c.host for c in captures} == {"ferrybridge.example.org", "saltings.example.org"} and read == []
