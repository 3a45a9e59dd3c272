"""REFI-QDA with other tools (issue 19): what QualCoder makes of our exports, and what we make of theirs.

QualCoder is not run: ``tests/helpers/qualcoder_rules`` reads an archive by the rules of its importer. The
archives "from other tools" are written here, in the dialect QualCoder and MAXQDA export.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.domain.errors import SourceRejected
from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
from tests.helpers.excerpts import NOTE, REPORT, Sample, build_sample
from tests.helpers.qualcoder_rules import read_as_qualcoder
from tests.io.exporters.conftest import SCHEMAS

G = "{:08d}-0000-4000-8000-000000000000".format


@pytest.fixture
def sample(project: Project) -> Sample:
    sample = build_sample(project)
    # The same tag name in two facets: QualCoder keeps code names unique.
    project.taxonomy.add_tag("bias", "Other")
    project.taxonomy.add_tag("theme", "Other")
    project.annotations.add_tags(sample.denial, ["bias/other"])
    project.annotations.add_tags(sample.granaries, ["theme/other"])
    return sample


@pytest.fixture
def exported(project: Project, sample: Sample, tmp_path: Path) -> Path:
    path = tmp_path / "exchange.qdpx"
    project.exports.export(ExcerptFilter(), "qdpx", path)
    return path


def test_qualcoder_reads_every_coding_at_its_position_with_its_code_and_note(
    project: Project, sample: Sample, exported: Path
) -> None:
    qualcoder = read_as_qualcoder(exported)
    taxonomy = project.taxonomy.taxonomy()
    facets = {f.id: f.name for f in taxonomy.facets}
    titles = {s.id: s.title for s in project.sources.list()}
    expected, notes = [], []
    for a in project.annotations.list():
        for tag in a.tags:
            full = taxonomy.tag_by_id(tag.id)
            name = f"Other ({facets[full.facet_id]})" if full.name == "Other" else full.name
            expected.append((name, titles[a.source_id], a.start, a.end))
        if a.note and a.tags:
            notes.append((titles[a.source_id], a.start, a.end, a.note))
    got = [(c.code, c.source, c.start, c.end) for c in qualcoder.codings]
    assert sorted(got) == sorted(expected)
    assert all(c.code is not None for c in qualcoder.codings)  # no coding without its code
    for coding in qualcoder.codings:
        assert coding.text == qualcoder.texts[coding.source][coding.start : coding.end]
    # The note arrives as the coding's memo and as a QualCoder annotation on the same passage.
    memos = {(c.source, c.start, c.end): c.memo for c in qualcoder.codings}
    for source, start, end, note in notes:
        assert memos[(source, start, end)].startswith(note)
    annotations = {(n.source, n.start, n.end, n.memo) for n in qualcoder.annotations if n.memo}
    assert annotations == set(notes)
    assert (titles[sample.report], *_span(project, sample.script), NOTE) in annotations


def _span(project: Project, annotation_id: int) -> tuple[int, int]:
    a = project.annotations.get(annotation_id)
    return a.start, a.end


def test_exported_and_imported_back_keeps_each_note_once_links_names_and_pages(
    project: Project, sample: Sample, exported: Path, tmp_path: Path
) -> None:
    with Project.open(tmp_path / "fresh.annotator") as fresh:
        report = fresh.exchange.import_qdpx(exported)
        assert report.warnings == ()
        def kept(p: Project) -> set[tuple[object, ...]]:
            return {(a.start, a.end, a.note, frozenset(t.path for t in a.tags)) for a in p.annotations.list()}

        # No note doubled by its three ways into the archive; "Other (Bias)" is "Other" in Bias again.
        assert kept(fresh) == kept(project)
        taxonomy = fresh.taxonomy.taxonomy()
        assert [t.name for t in taxonomy.tags if taxonomy.path(t) in ("bias/other", "theme/other")] == [
            "Other",
            "Other",
        ]
        assert sorted((k.relation.value, k.note) for k in fresh.links.list()) == [
            ("cites", ""),
            ("contradicts", "Both describe the 1932 harvest."),
        ]
        titles = {s.title: s.id for s in fresh.sources.list()}
        report_id = titles["Report on the harvest: district committee minutes"]
        assert fresh.sources.page_map(report_id) == [(0, "1"), (REPORT.index("Page two"), "2")]
        assert fresh.sources.get(report_id).metadata.provenance_note == ""  # our citation memo not kept twice


def test_the_reference_fields_travel_as_variables_and_come_back(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    fields = {
        "item_type": "chapter",
        "container_title": "Grain and Power",
        "publisher_place": "Moscow",
        "volume": "2",
        "page": "112–139",
        "editors": ["Ivan Petrov", "Olga Ivanova"],
        "translators": ["Ann Smith"],
        "doi": "10.1000/xyz123",
        "call_number": "HD1992 .G7",
        "original_date": "1931",
        "extra": "Translated from the Russian",
    }
    project.sources.update_metadata(sample.memoir, fields)
    path = tmp_path / "fields.qdpx"
    project.exports.export(ExcerptFilter(), "qdpx", path)
    with Project.open(tmp_path / "fresh.annotator") as fresh:
        assert fresh.exchange.import_qdpx(path).warnings == ()
        (memoir,) = [s for s in fresh.sources.list() if s.title == "Memoir of a teacher"]
        got = fresh.sources.get(memoir.id).metadata
        assert {f: getattr(got, f) for f in fields} == {
            f: getattr(project.sources.get(sample.memoir).metadata, f) for f in fields
        }


# --- Archives in other tools' dialect ------------------------------------------------------------------

TEXT = "Witnesses recall full granaries in 1932.\nThe memoir denies that there was a famine.\n"
JOURNAL = "Day one: read the memoir twice.\n"


def _qualcoder_archive(path: Path) -> Path:
    start = TEXT.index("full granaries")
    denial = TEXT.index("denies")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Grain" origin="QualCoder 3.6">
  <Users><User guid="{G(1)}" name="ada"/></Users>
  <CodeBook><Codes>
    <Code guid="{G(2)}" name="Themes" isCodable="false">
      <Code guid="{G(3)}" name="Hunger" isCodable="true"><NoteRef targetGUID="{G(40)}"/></Code>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="{G(5)}" name="Interviewer" typeOfVariable="Text"/></Variables>
  <Sources>
    <TextSource guid="{G(10)}" name="Memoir" plainTextPath="internal://{G(10)}.txt">
      <Description>Typed copy, 1968; the original is lost.</Description>
      <PlainTextSelection guid="{G(11)}" startPosition="{start}" endPosition="{start + 22}"
                          name="full granaries in 1932">
        <Description>Coding memo: contradicts the report.</Description>
        <Coding guid="{G(12)}"><CodeRef targetGUID="{G(3)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{G(13)}" startPosition="0" endPosition="9" name="Witnesses">
        <Description>Who were they?</Description>
      </PlainTextSelection>
      <NoteRef targetGUID="{G(20)}"/>
      <NoteRef targetGUID="{G(21)}"/>
      <VariableValue><VariableRef targetGUID="{G(5)}"/><TextValue>B. Volkov</TextValue></VariableValue>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{G(20)}"><PlainTextContent>A denial, not a memory.</PlainTextContent>
      <PlainTextSelection guid="{G(22)}" startPosition="{denial}" endPosition="{denial + 30}"/></Note>
    <Note guid="{G(21)}" name="Provenance">
      <PlainTextContent>Bought at a flea market.</PlainTextContent></Note>
    <Note guid="{G(30)}" name="Diary" plainTextPath="internal://{G(30)}.txt"
          creationDateTime="2025-01-15T10:30:00Z"/>
    <Note guid="{G(40)}" name="Code memo">
      <PlainTextContent>Hunger as the author names it.</PlainTextContent></Note>
  </Notes>
  <Sets><Set guid="{G(50)}" name="Memoirs"><MemberSource targetGUID="{G(10)}"/></Set></Sets>
  <Description>Project memo: the 1932 harvest.</Description>
</Project>
"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(f"sources/{G(10)}.txt", TEXT)
        archive.writestr(f"sources/{G(30)}.txt", JOURNAL)
    return path


def test_the_dialect_archive_is_valid_against_the_schema(tmp_path: Path) -> None:
    path = SCHEMAS / "Project.xsd"
    if not path.exists():
        pytest.skip(f"the REFI-QDA schema {path} is not beside the repository")
    schema = etree.XMLSchema(etree.parse(str(path)))
    root = etree.fromstring(zipfile.ZipFile(_qualcoder_archive(tmp_path / "q.qdpx")).read("project.qde"))
    assert schema.validate(root), schema.error_log


def test_positioned_notes_memos_and_the_journal_of_another_tool_are_kept_and_the_rest_reported(
    project: Project, tmp_path: Path
) -> None:
    report = project.exchange.import_qdpx(_qualcoder_archive(tmp_path / "qualcoder.qdpx"))
    by_quote = {a.quote.exact: a for a in project.annotations.list()}
    assert by_quote["full granaries in 1932"].note == "Coding memo: contradicts the report."
    assert [t.name for t in by_quote["full granaries in 1932"].tags] == ["Hunger"]
    assert by_quote["Witnesses"].note == "Who were they?" and not by_quote["Witnesses"].tags
    assert by_quote["denies that there was a famine"].note == "A denial, not a memory."
    sources = {s.title: s for s in project.sources.list()}
    memoir = project.sources.get(sources["Memoir"].id).metadata
    assert memoir.provenance_note == (
        "Memo: Typed copy, 1968; the original is lost.\n\nProvenance: Bought at a flea market."
    )
    journal = sources["Journal of Grain (QualCoder 3.6)"]
    assert project.sources.text(journal.id) == (
        f"Project memo\n\nProject memo: the 1932 harvest.\n\nDiary (2025-01-15)\n\n{JOURNAL.strip()}\n"
    )
    hunger = project.taxonomy.taxonomy().resolve("themes/hunger")
    assert hunger.description == "Hunger as the author names it."  # the code's note
    assert report.placed == (
        "source “Memoir”: its memo and notes (2) are in its provenance note",
        "journal: 2 entries in the source “Journal of Grain (QualCoder 3.6)”",
    )
    assert report.warnings == (
        "1 set(s) not imported: Annotator has no sets (their sources and codings are imported)",
        "variable 'Interviewer': not a field of Annotator's sources; not imported",
    )
    assert set(report.source_ids) == {sources["Memoir"].id, journal.id}


# --- Codebooks (.qdc) ----------------------------------------------------------------------------------

CODEBOOK = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 24">
  <Codes>
    <Code guid="{G(1)}" name="Bias" isCodable="false">
      <Code guid="{G(2)}" name="Loaded language" isCodable="true"/>
      <Code guid="{G(3)}" name="Irony" isCodable="true" color="#AA3300">
        <Description>Saying the opposite</Description></Code>
    </Code>
    <Code guid="{G(4)}" name="Mood" isCodable="false">
      <Code guid="{G(5)}" name="Despair" isCodable="true"/></Code>
    <Code guid="{G(6)}" name="Weather" isCodable="true"/>
  </Codes>
</CodeBook>
"""


def _codebook(tmp_path: Path) -> Path:
    path = tmp_path / "grain codebook.qdc"
    path.write_text(CODEBOOK, encoding="utf-8")
    return path


def test_a_codebook_merges_into_the_taxonomy_and_makes_no_source(project: Project, tmp_path: Path) -> None:
    schema_path = SCHEMAS / "Codebook.xsd"
    if schema_path.exists():  # the test's codebook is a valid one
        schema = etree.XMLSchema(etree.parse(str(schema_path)))
        assert schema.validate(etree.fromstring(CODEBOOK.encode())), schema.error_log
    report = project.exchange.import_codebook(_codebook(tmp_path), "merge")
    assert report.facets_created == ("mood", "imported-codes")
    assert report.tags_created == ("bias/irony", "mood/despair", "imported-codes/weather")
    assert report.tags_matched == 1  # Loaded language, in Bias
    irony = project.taxonomy.taxonomy().resolve("bias/irony")
    assert (irony.color, irony.description) == ("#AA3300", "Saying the opposite")
    assert project.sources.list() == []


def test_a_codebook_as_a_new_facet_keeps_its_categories_as_parent_tags(
    project: Project, tmp_path: Path
) -> None:
    before = {f.slug for f in project.taxonomy.taxonomy().facets}
    report = project.exchange.import_codebook(_codebook(tmp_path), "new-facet")
    assert report.facets_created == ("grain-codebook",) and "grain-codebook" not in before
    taxonomy = project.taxonomy.taxonomy()
    facet_id = taxonomy.facet("grain-codebook").id
    assert sorted(taxonomy.path(t) for t in taxonomy.tags if t.facet_id == facet_id) == [
        "grain-codebook/bias",
        "grain-codebook/despair",
        "grain-codebook/irony",
        "grain-codebook/loaded-language",
        "grain-codebook/mood",
        "grain-codebook/weather",
    ]
    (facet,) = [f for f in taxonomy.facets if f.slug == "grain-codebook"]
    assert facet.name == "grain codebook"
    assert taxonomy.tag_by_id(taxonomy.resolve("grain-codebook/irony").parent_id).name == "Bias"


def test_a_file_that_is_no_codebook_is_refused_in_one_line_and_changes_nothing(
    project: Project, tmp_path: Path
) -> None:
    before = [t.uuid for t in project.taxonomy.taxonomy().tags]
    bad = tmp_path / "notes.qdc"
    bad.write_text("<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>", encoding="utf-8")
    with pytest.raises(SourceRejected, match=r"^notes\.qdc: not a REFI-QDA codebook"):
        project.exchange.import_codebook(bad)
    bad.write_text("<CodeBook", encoding="utf-8")
    with pytest.raises(SourceRejected, match=r"^notes\.qdc: the codebook is not well-formed XML"):
        project.exchange.import_codebook(bad)
    assert [t.uuid for t in project.taxonomy.taxonomy().tags] == before
