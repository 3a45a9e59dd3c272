"""Our .qdpx in QualCoder: passages sharing a span, read by QualCoder's rules and, where a checkout of
QualCoder is at hand (``QUALCODER_SRC``, see tests/helpers/qualcoder_real.py), by QualCoder's own importer.

QualCoder keeps one annotation per passage and coder and abandons the whole import at a second one, so two
annotations on one span (two notes on the same words, or an uncoded passage beside a coded one with a
note) made QualCoder stop half-way through our archive: every source and note after them was lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.excerpts import ExcerptFilter
from annotator.io.exporters.base import ExportOptions
from annotator.services.project import Project
from tests.helpers.excerpts import build_sample
from tests.helpers.qualcoder_real import import_with_qualcoder, qualcoder_checkout
from tests.helpers.qualcoder_rules import read_as_qualcoder

TEXT = "The granaries were full in 1932, the teacher writes.\nNobody starved in our village, he says.\n"


def _same_spans(project: Project) -> int:
    source = project.sources.import_bytes("teacher.txt", TEXT.encode(), {"title": "Teacher"}).source_id
    full = (TEXT.index("granaries"), TEXT.index(" in 1932"))
    nobody = (TEXT.index("Nobody"), TEXT.index(" in our"))
    village = (TEXT.index("our village"), TEXT.index(", he"))
    project.annotations.create(source, *full, ["bias/polemical"], "Contradicts the report.")
    project.annotations.create(source, *full, ["claim-type/factual"], "Checked against the minutes.")
    project.annotations.create(source, *nobody, [], "Who is nobody?")
    project.annotations.create(source, *nobody, [], "")
    project.annotations.create(source, *nobody, [], "Compare the memoir.")
    project.annotations.create(source, *village, [], "Which village?")
    project.annotations.create(source, *village, ["provenance/eyewitness"], "He was there.")
    return source


def _export(project: Project, path: Path) -> Path:
    project.exports.export(ExcerptFilter(), "qdpx", path)
    return path


def test_passages_on_one_span_do_not_stop_qualcoders_import_and_keep_their_notes(
    project: Project, tmp_path: Path
) -> None:
    _same_spans(project)
    qualcoder = read_as_qualcoder(_export(project, tmp_path / "same.qdpx"))
    assert qualcoder.stopped == ""
    spans = [(a.start, a.end) for a in qualcoder.annotations]
    assert len(spans) == len(set(spans))  # one QualCoder annotation a passage
    memos = {c.memo for c in qualcoder.codings} | {a.memo for a in qualcoder.annotations}
    for note in ("Contradicts the report.", "Checked against the minutes.", "He was there."):
        assert note in memos  # a coded passage's note: its coding's memo
    assert "Who is nobody?\n\nCompare the memoir." in memos  # uncoded passages on one span: one, both notes
    assert "Which village?" in memos
    assert len(qualcoder.codings) == 3


def test_passages_on_one_span_come_back_into_annotator_with_every_note(
    project: Project, tmp_path: Path
) -> None:
    _same_spans(project)
    path = _export(project, tmp_path / "same.qdpx")
    with Project.open(tmp_path / "fresh.annotator") as fresh:
        report = fresh.exchange.import_qdpx(path)
        assert report.warnings == ()
        notes = sorted(a.note for a in fresh.annotations.list())
    assert notes == sorted([
        "Contradicts the report.", "Checked against the minutes.", "Who is nobody?\n\nCompare the memoir.",
        "Which village?", "He was there.",
    ])  # fmt: skip


def _checkout() -> Path:
    package = qualcoder_checkout()
    if package is None:
        pytest.skip("set QUALCODER_SRC to a checkout of github.com/ccbogel/QualCoder to run its importer")
    return package


def test_qualcoders_own_importer_reads_every_coding_and_note(project: Project, tmp_path: Path) -> None:
    package = _checkout()
    build_sample(project)
    _same_spans(project)
    figures = "In 1932 some 3,900,000 people died; grain exports were 1.7 million tonnes.\n"
    project.sources.import_bytes("figures.txt", figures.encode(), {"title": "Figures", "doi": "10.1000/x1"})
    path = tmp_path / "exchange.qdpx"
    project.exports.export(ExcerptFilter(), "qdpx", path, options=ExportOptions(figures=True))
    database = import_with_qualcoder(package, path)
    assert database.error == ""
    rules = read_as_qualcoder(path)
    assert sorted(database.codings) == sorted(
        (c.code, c.source, c.start, c.end, c.text, c.memo) for c in rules.codings
    )
    annotations = [(a.source, a.start, a.end, a.memo) for a in rules.annotations]
    assert sorted(database.annotations) == sorted(annotations)
    assert database.sources == rules.texts
    assert all(code is not None for code, *_ in database.codings)
    titles = {s.title for s in project.sources.list()}
    assert set(database.sources) == titles
    assert "Figures" in {code for code, *_ in database.codings}  # the detected figures' own code


def test_qualcoders_own_importer_reads_our_codebook(project: Project, tmp_path: Path) -> None:
    package = _checkout()
    project.taxonomy.add_tag("bias", "Other")
    project.taxonomy.add_tag("provenance", "Other")
    project.taxonomy.add_tag("bias", "Euphemism", parent="loaded-language")
    path = tmp_path / "codes.qdc"
    project.exports.export(ExcerptFilter(), "qdc", path)
    database = import_with_qualcoder(package, path, "qdc")
    taxonomy = project.taxonomy.taxonomy()
    assert database.error == ""
    assert database.categories == [f.name for f in taxonomy.facets]
    assert len(database.codes) == len(taxonomy.tags)  # none merged away by a shared name
    assert {"Other (Bias)", "Other (Provenance)", "Euphemism"} <= set(database.codes)


def test_two_coders_passages_on_one_span_stay_two_in_qualcoder(project: Project, tmp_path: Path) -> None:
    # QualCoder's owner is the selection's User: each coder may have an annotation on the same words, and
    # merging them would credit the first coder with the second one's passage.
    source = project.sources.import_bytes("teacher.txt", TEXT.encode(), {"title": "Teacher"}).source_id
    nobody = (TEXT.index("Nobody"), TEXT.index(" in our"))
    project.coders.act_as("ann")
    project.annotations.create(source, *nobody, [], "Ann: who is nobody?")
    project.coders.act_as("ben")
    project.annotations.create(source, *nobody, [], "Ben: a figure of speech.")
    path = _export(project, tmp_path / "coders.qdpx")
    qualcoder = read_as_qualcoder(path)
    assert qualcoder.stopped == ""
    both = ["Ann: who is nobody?", "Ben: a figure of speech."]
    assert sorted(a.memo for a in qualcoder.annotations) == both
    package = qualcoder_checkout()
    if package is not None:  # and QualCoder's own importer, where a checkout is at hand
        database = import_with_qualcoder(package, path)
        assert database.error == ""
        assert sorted(memo for *_, memo in database.annotations) == both
