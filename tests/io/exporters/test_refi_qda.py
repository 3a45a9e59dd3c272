"""REFI-QDA: project.qde checked against the schema and the rules the schema leaves to us."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from annotator.domain.errors import InvalidInput
from annotator.domain.excerpts import ExcerptFilter
from annotator.domain.taxonomy import Taxonomy
from annotator.io.exporters.refi_qda import codebook_xml
from annotator.services.project import Project
from tests.helpers.excerpts import MEMOIR, NOTE, REPORT, SCRIPT_QUOTE, Sample
from tests.io.exporters.conftest import SCHEMAS, MakeDocument, render

NS = {"q": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}


def _schema(name: str) -> etree.XMLSchema:
    path = SCHEMAS / name
    if not path.exists():
        pytest.skip(f"the REFI-QDA schema {path} is not beside the repository")
    return etree.XMLSchema(etree.parse(str(path)))


def _archive(make_document: MakeDocument, excerpt_filter: ExcerptFilter | None = None) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(render("qdpx", make_document(excerpt_filter, with_texts=True))))


def _project_xml(archive: zipfile.ZipFile) -> etree._Element:
    data = archive.read("project.qde")
    assert data.startswith(b'<?xml version="1.0" encoding="utf-8"?>')  # no BOM
    return etree.fromstring(data)


def test_project_qde_is_valid_against_the_schema(make_document: MakeDocument) -> None:
    root = _project_xml(_archive(make_document))
    schema = _schema("Project.xsd")
    assert schema.validate(root), schema.error_log


def test_guids_are_unique_and_every_reference_resolves(make_document: MakeDocument) -> None:
    root = _project_xml(_archive(make_document))
    guids = root.xpath("//@guid")
    assert len(guids) == len(set(guids))
    for attribute in ("targetGUID", "originGUID", "creatingUser", "modifyingUser", "creatingUserGUID"):
        assert set(root.xpath(f"//@{attribute}")) <= set(guids), attribute


def test_sources_are_plain_text_files_and_selections_index_them_by_code_point(
    make_document: MakeDocument, project: Project, sample: Sample
) -> None:
    archive = _archive(make_document)
    root = _project_xml(archive)
    sources = root.xpath("//q:TextSource", namespaces=NS)
    assert [s.get("name") for s in sources] == [
        "Report on the harvest: district committee minutes",
        "Memoir of a teacher",
    ]
    for source, text in zip(sources, (REPORT, MEMOIR), strict=True):
        path = source.get("plainTextPath")
        assert path == f"internal://{source.get('guid')}.txt"
        assert archive.read(f"sources/{source.get('guid')}.txt") == text.encode("utf-8")
        assert source.find("q:PlainTextContent", NS) is None
        for selection in source.iterfind("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            # The quote is the name, but for the form feed, which XML cannot hold.
            assert text[start:end].replace("\f", " ") == selection.get("name")
    assert sources[0].get("guid") == project.sources.get(sample.report).uuid


def test_taxonomy_is_the_codebook_and_annotations_are_codings_with_notes(
    make_document: MakeDocument, project: Project
) -> None:
    root = _project_xml(_archive(make_document))
    top = root.xpath("/q:Project/q:CodeBook/q:Codes/q:Code", namespaces=NS)
    assert [(c.get("name"), c.get("isCodable")) for c in top] == [
        ("Bias", "false"),
        ("Provenance", "false"),
        ("Claim type", "false"),
        ("Theme", "false"),
    ]
    theme = top[3]
    famine = theme.find("q:Code", NS)
    assert famine.get("name") == "Famine" and famine.find("q:Code", NS).get("name") == "Grain requisition"
    codes = {c.get("guid"): c.get("name") for c in root.xpath("//q:Code", namespaces=NS)}
    notes = {
        n.get("guid"): n.findtext("q:PlainTextContent", namespaces=NS) for n in root.iterfind(".//q:Note", NS)
    }
    (selection,) = root.xpath(f'//q:PlainTextSelection[@name="{SCRIPT_QUOTE}"]', namespaces=NS)
    coded = [codes[c.find("q:CodeRef", NS).get("targetGUID")] for c in selection.iterfind("q:Coding", NS)]
    assert coded == ["Polemical", "Factual"]
    assert [notes[r.get("targetGUID")] for r in selection.iterfind("q:NoteRef", NS)] == [NOTE]
    # The note leads the description too: QualCoder and MAXQDA read it there as the coding's memo.
    description = selection.findtext("q:Description", namespaces=NS)
    assert description == f"{NOTE}\nconfidence: 4\nevidence: Minutes, f. 3"
    variables = {v.get("guid"): v.get("name") for v in root.iterfind(".//q:Variable", NS)}
    report = root.xpath("//q:TextSource", namespaces=NS)[0]
    values = {
        variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.findtext("q:TextValue", namespaces=NS)
        for v in report.iterfind("q:VariableValue", NS)
    }
    assert values["author"] == "Ivan Petrov" and values["kind"] == "primary" and values["date"] == "1932"


def test_links_join_two_selections_named_by_their_relation(make_document: MakeDocument) -> None:
    root = _project_xml(_archive(make_document))
    selections = {s.get("guid"): s.get("name") for s in root.iterfind(".//q:PlainTextSelection", NS)}
    links = [
        (k.get("name"), k.get("direction"), selections[k.get("originGUID")], selections[k.get("targetGUID")])
        for k in root.iterfind(".//q:Link", NS)
    ]
    assert links == [
        ("contradicts", "Bidirectional", SCRIPT_QUOTE, "full granaries in 1932"),
        ("cites", "OneWay", "denies that there was a famine", "famine passage"),
    ]


def test_markup_in_sources_and_notes_stays_text_in_the_xml(make_document: MakeDocument) -> None:
    root = _project_xml(_archive(make_document))
    assert not root.xpath("//*[local-name()='script' or local-name()='note']")
    assert SCRIPT_QUOTE in root.xpath("//q:PlainTextSelection/@name", namespaces=NS)


def test_a_filtered_export_carries_only_the_sources_and_links_of_its_excerpts(
    make_document: MakeDocument, sample: Sample
) -> None:
    archive = _archive(make_document, ExcerptFilter(source_ids=(sample.memoir,)))
    root = _project_xml(archive)
    assert [s.get("name") for s in root.iterfind(".//q:TextSource", NS)] == ["Memoir of a teacher"]
    assert len(archive.namelist()) == 2
    assert root.find(".//q:Links", NS) is None  # the other ends are not exported: no dangling link
    schema = _schema("Project.xsd")
    assert schema.validate(root), schema.error_log


def test_codebook_alone_is_valid_against_its_schema(make_document: MakeDocument) -> None:
    root = etree.fromstring(render("qdc", make_document()))
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook" and root.get("origin").startswith("Annotator")
    assert len(root.xpath("//c:Code", namespaces=NS)) == 4 + 9 + 9 + 8 + 2
    schema = _schema("Codebook.xsd")
    assert schema.validate(root), schema.error_log


def test_an_empty_taxonomy_makes_no_codebook() -> None:
    with pytest.raises(InvalidInput, match="the taxonomy is empty"):
        codebook_xml(Taxonomy((), ()))


# --- Other tools: notes, duplicate names, page maps (issue 19) ----------------------------------------


def _with_two_others(project: Project, sample: Sample) -> None:
    """A tag "Other" in two facets, each coding a passage (the second with an uncoded note elsewhere)."""
    project.taxonomy.add_tag("bias", "Other")
    project.taxonomy.add_tag("theme", "Other")
    project.annotations.add_tags(sample.denial, ["bias/other"])
    project.annotations.add_tags(sample.granaries, ["theme/other"])


def test_tags_of_the_same_name_in_two_facets_get_distinct_code_names(
    make_document: MakeDocument, project: Project, sample: Sample
) -> None:
    _with_two_others(project, sample)
    root = _project_xml(_archive(make_document))
    names = root.xpath("//q:Code/@name", namespaces=NS)
    assert len(names) == len(set(names))
    assert {"Other (Bias)", "Other (Theme)"} <= set(names)
    schema = _schema("Project.xsd")
    assert schema.validate(root), schema.error_log
    codebook = etree.fromstring(render("qdc", make_document()))
    assert {"Other (Bias)", "Other (Theme)"} <= set(codebook.xpath("//c:Code/@name", namespaces=NS))


def test_a_note_is_the_selections_description_and_a_positioned_note_of_its_source(
    make_document: MakeDocument, sample: Sample
) -> None:
    archive = _archive(make_document)
    root = _project_xml(archive)
    notes = {n.get("guid"): n for n in root.iterfind(".//q:Note", NS)}
    (source,) = root.xpath("//q:TextSource[@name='Memoir of a teacher']", namespaces=NS)
    (selection,) = source.xpath("q:PlainTextSelection[@name='full granaries in 1932']", namespaces=NS)
    assert selection.findtext("q:Description", namespaces=NS) == "Contradicts."
    referenced = [notes[r.get("targetGUID")] for r in source.iterfind("q:NoteRef", NS)]
    (note,) = [n for n in referenced if n.findtext("q:PlainTextContent", namespaces=NS) == "Contradicts."]
    (span,) = note.iterfind("q:PlainTextSelection", NS)
    assert (span.get("startPosition"), span.get("endPosition")) == (
        selection.get("startPosition"),
        selection.get("endPosition"),
    )
    schema = _schema("Project.xsd")
    assert schema.validate(root), schema.error_log


def test_a_paginated_source_keeps_its_page_map_in_a_note_and_says_so(
    make_document: MakeDocument, sample: Sample
) -> None:
    root = _project_xml(_archive(make_document))
    notes = {n.get("guid"): n for n in root.iterfind(".//q:Note", NS)}
    report, memoir = root.xpath("//q:TextSource", namespaces=NS)
    (page_note,) = [
        notes[r.get("targetGUID")]
        for r in report.iterfind("q:NoteRef", NS)
        if notes[r.get("targetGUID")].get("name") == "Page map"
    ]
    lines = page_note.findtext("q:PlainTextContent", namespaces=NS).splitlines()
    assert lines[1:] == ["1: 0", f"2: {REPORT.index('Page two')}"]
    assert "“Page map”" in report.findtext("q:Description", namespaces=NS)
    assert all(notes[r.get("targetGUID")].get("name") != "Page map" for r in memoir.iterfind("q:NoteRef", NS))
