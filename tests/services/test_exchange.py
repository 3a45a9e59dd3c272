"""Import of REFI-QDA archives: our own round trip, archives in other tools' dialects, unsafe archives."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from annotator.domain.errors import Duplicate, SourceRejected
from annotator.domain.excerpts import ExcerptFilter
from annotator.io.qdpx_reader import read_qdpx
from annotator.services.project import Project
from tests.helpers.excerpts import Sample, build_sample

NS = 'xmlns="urn:QDA-XML:project:1.0"'
G = "{:08d}-0000-4000-8000-000000000000".format  # readable GUIDs: G(1), G(2)…


def make_qdpx(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


def snapshot(project: Project) -> tuple[object, ...]:
    """What an import may change: sources, taxonomy, annotations, links, and the change counter."""
    taxonomy = project.taxonomy.taxonomy()
    return (
        [s.title for s in project.sources.list()],
        [t.uuid for t in taxonomy.tags],
        len(project.annotations.list()),
        len(project.links.list()),
        project.generation(),
    )


def annotations_of(project: Project) -> set[tuple[object, ...]]:
    titles = {s.id: s.title for s in project.sources.list()}
    return {
        (
            titles[a.source_id],
            a.start,
            a.end,
            frozenset(t.path for t in a.tags),
            a.note,
            a.confidence,
            a.evidence_ref,
        )
        for a in project.annotations.list()
    }


# --- Round trip -----------------------------------------------------------------------------------------


@pytest.fixture
def exported(project: Project, tmp_path: Path) -> tuple[Sample, Path]:
    sample = build_sample(project)
    path = tmp_path / "exchange.qdpx"
    project.exports.export(ExcerptFilter(), "qdpx", path)
    return sample, path


def test_exported_and_imported_into_a_fresh_project_gives_the_same_sources_tags_and_annotations(
    project: Project, exported: tuple[Sample, Path], tmp_path: Path
) -> None:
    _, path = exported
    with Project.open(tmp_path / "fresh.annotator") as fresh:
        report = fresh.exchange.import_qdpx(path)
        assert (report.annotations, report.links, report.warnings) == (6, 2, ())
        assert report.facets_created == ("theme",)
        assert report.tags_created == ("theme/famine", "theme/grain-requisition")
        default_tags = len(project.taxonomy.taxonomy().tags) - 2
        assert report.tags_matched == default_tags  # found by uuid: the theme tags are the only new ones

        originals = {s.title: s for s in project.sources.list()}
        assert sorted(s.title for s in fresh.sources.list()) == sorted(originals)
        for source in fresh.sources.list():
            original = originals[source.title]
            assert fresh.sources.text(source.id) == project.sources.text(original.id)
            assert source.uuid == original.uuid
            before, after = project.sources.get(original.id).metadata, fresh.sources.get(source.id).metadata
            assert after == before
        assert len(originals) == len(fresh.sources.list()) == 2

        assert annotations_of(fresh) == annotations_of(project)
        assert {a.uuid for a in fresh.annotations.list()} == {a.uuid for a in project.annotations.list()}
        theme = fresh.taxonomy.taxonomy().resolve("theme/grain-requisition")
        assert (theme.name, theme.color) == ("Grain requisition", "#AA5522")

        def links(p: Project) -> set[tuple[str, str, str, str]]:
            return {(k.relation.value, k.a.quote, k.b.quote, k.note) for k in p.links.list()}

        assert links(fresh) == links(project)


def test_importing_the_same_archive_twice_is_refused_and_changes_nothing(
    project: Project, exported: tuple[Sample, Path]
) -> None:
    _, path = exported
    before = snapshot(project)
    with pytest.raises(
        Duplicate, match=r"exchange.qdpx: its source “.+” is already in the project as source \d"
    ):
        project.exchange.import_qdpx(path)
    assert snapshot(project) == before


# --- Other tools' archives ------------------------------------------------------------------------------

FOREIGN_TEXT = "In 1932 the harvest “failed”, wrote the official report.\nIt blamed the weather.\n"
CRLF_TEXT = "Witnesses recall\r\nfull granaries in 1932.\r\n"
FOREIGN = f"""<?xml version="1.0" encoding="utf-8"?>
<Project {NS} name="Grain crisis 1932" origin="QualCoder 3.5">
  <CodeBook><Codes>
    <Code guid="{{{G(1).upper()}}}" name="Bias" isCodable="false">
      <Code guid="{G(2)}" name="loaded language" isCodable="true" color="#D62728"/>
    </Code>
    <Code guid="{G(3)}" name="eyewitness testimony" isCodable="true"/>
    <Code guid="{G(4)}" name="Weather" isCodable="true" color="#3A3"/>
  </Codes></CodeBook>
  <Variables><Variable guid="{G(80)}" name="Author" typeOfVariable="Text"/></Variables>
  <Sources>
    <TextSource guid="{G(30)}" name="Official report" plainTextPath="internal://{G(30)}.txt">
      <PlainTextSelection guid="{G(40)}" name="the harvest “failed”" startPosition="8" endPosition="28">
        <Coding guid="{G(50)}"><CodeRef targetGUID="{G(2)}"/></Coding>
        <NoteRef targetGUID="{G(60)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{G(41)}" name="the weather" startPosition="67" endPosition="78">
        <Coding guid="{G(51)}"><CodeRef targetGUID="{G(4)}"/></Coding>
      </PlainTextSelection>
      <VariableValue><VariableRef targetGUID="{G(80)}"/><TextValue>Regional grain commission</TextValue>
      </VariableValue>
    </TextSource>
    <TextSource guid="{G(31)}" name="Memoir" plainTextPath="internal://{G(31)}.txt">
      <PlainTextSelection guid="{G(42)}" name="full granaries in 1932" startPosition="17" endPosition="39">
        <Coding guid="{G(52)}"><CodeRef targetGUID="{G(3)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="{G(32)}" name="Inline note">
      <PlainTextContent>Typed straight into the tool.</PlainTextContent>
      <PlainTextSelection guid="{G(43)}" startPosition="0" endPosition="5"/>
    </TextSource>
    <PictureSource guid="{G(33)}" name="Photo" path="internal://{G(33)}.jpg"/>
  </Sources>
  <Notes><Note guid="{G(60)}" name="Note">
    <PlainTextContent>Scare quotes distance the author from the claim.</PlainTextContent></Note></Notes>
  <Links><Link guid="{G(70)}" name="contradicts" direction="Bidirectional"
    originGUID="{G(40)}" targetGUID="{G(42)}"/></Links>
</Project>
"""


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    return make_qdpx(
        tmp_path / "grain.qdpx",
        FOREIGN,
        {
            # QualCoder writes a BOM its positions do not count; the standard's example says "Sources/".
            f"Sources/{G(30)}.txt": b"\xef\xbb\xbf" + FOREIGN_TEXT.encode("utf-8"),
            # ATLAS.ti counts CRLF as one position: "full granaries in 1932" is 17–39 only that way.
            f"Sources/{G(31)}.txt": CRLF_TEXT.encode("utf-8"),
            "sources/.root": b"",
        },
    )


def test_an_archive_from_another_tool_maps_its_codebook_onto_the_taxonomy(
    project: Project, foreign: Path
) -> None:
    report = project.exchange.import_qdpx(foreign)
    assert report.facets_created == ("imported-codes",)
    assert report.tags_created == ("imported-codes/weather",)
    assert report.tags_matched == 2  # "loaded language" in facet Bias, "eyewitness testimony" anywhere
    assert report.warnings == ("1 PictureSource source(s) skipped: only text can be imported",)
    by_quote = {a.quote.exact: a for a in project.annotations.list()}
    assert set(by_quote) == {"the harvest “failed”", "the weather", "full granaries in 1932", "Typed"}
    harvest = by_quote["the harvest “failed”"]
    assert [t.path for t in harvest.tags] == ["bias/loaded-language"]
    assert harvest.note == "Scare quotes distance the author from the claim."
    assert [t.path for t in by_quote["full granaries in 1932"].tags] == ["provenance/eyewitness"]
    weather = project.taxonomy.taxonomy().resolve("imported-codes/weather")
    assert weather.color == "#33AA33"
    (link,) = project.links.list()
    assert (link.relation.value, link.a.quote, link.b.quote) == ("contradicts", "the harvest “failed”",
                                                                 "full granaries in 1932")  # fmt: skip
    sources = {s.title: s for s in project.sources.list()}
    assert sources["Official report"].authors == ("Regional grain commission",)
    assert project.sources.text(sources["Memoir"].id) == "Witnesses recall\nfull granaries in 1932.\n"
    assert project.sources.original_bytes(sources["Official report"].id).startswith(b"\xef\xbb\xbf")


def test_a_selection_that_does_not_match_its_quote_is_kept_and_reported(
    project: Project, tmp_path: Path
) -> None:
    qde = FOREIGN.replace('name="the weather" startPosition="67"', 'name="the sunshine" startPosition="67"')
    path = make_qdpx(tmp_path / "odd.qdpx", qde, {f"sources/{G(30)}.txt": FOREIGN_TEXT.encode(),
                                                   f"sources/{G(31)}.txt": CRLF_TEXT.encode()})  # fmt: skip
    report = project.exchange.import_qdpx(path)
    assert any("does not match its stored quote “the sunshine”" in w for w in report.warnings)
    assert "the weather" in {a.quote.exact for a in project.annotations.list()}


# --- Unsafe and broken archives -------------------------------------------------------------------------

SMALL = f'<?xml version="1.0"?><Project {NS} name="x"/>'
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
    f'<Project {NS} name="&lol3;"/>'
)


def _xxe(secret: Path) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY secret SYSTEM "file://{secret}">]>\n'
        f'<Project {NS} name="x"><Description>&secret;</Description></Project>'
    )


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", SMALL)
        archive.writestr(f"sources/{G(30)}.txt", b"\0" * (20 * 1024 * 1024))
    return path


def _raw_entry(path: Path, name: str) -> Path:
    """An archive with an entry name zipfile itself would clean up when writing."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", SMALL)
        archive.writestr("sources/placeholder.txt", b"x")
    path.write_bytes(
        buffer.getvalue().replace(b"sources/placeholder.txt", name.encode().ljust(23, b"_")[:23])
    )
    return path


UNSAFE = {
    "path traversal": (lambda p, _: _raw_entry(p, "../../../etc/evil.txt"), "points outside the archive"),
    "absolute path": (lambda p, _: _raw_entry(p, "/etc/cron.d/evil.txt___"), "points outside the archive"),
    "zip bomb": (lambda p, _: _bomb(p), "times larger than it is stored"),
    "entity expansion": (lambda p, _: make_qdpx(p, BILLION_LAUGHS), "declares a DTD or entities"),
    "external entity": (lambda p, s: make_qdpx(p, _xxe(s)), "declares a DTD or entities"),
    "not a zip": (lambda p, _: p.write_bytes(b"PK but not really") and p, "not a REFI-QDA project"),
    "no project": (lambda p, _: make_qdpx(p, b"") and _no_qde(p), "no project.qde inside"),
    "broken xml": (lambda p, _: make_qdpx(p, f"<Project {NS} name='x'><Sources>"), "not well-formed XML"),
    "guid twice": (
        lambda p, _: make_qdpx(p, FOREIGN.replace(G(41), G(40))),
        f"the GUID {G(40)} is used twice",
    ),
}


def _no_qde(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/a.txt", b"text")
    return path


@pytest.mark.parametrize("case", list(UNSAFE))
def test_unsafe_or_broken_archives_are_refused_in_one_line_and_change_nothing(
    project: Project, tmp_path: Path, case: str
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    build, expected = UNSAFE[case]
    path = build(tmp_path / "unsafe.qdpx", secret)
    before = snapshot(project)
    with pytest.raises(SourceRejected) as refused:
        project.exchange.import_qdpx(path)
    message = str(refused.value)
    assert message.startswith("unsafe.qdpx: ") and expected in message
    assert "\n" not in message and "TOP SECRET" not in message
    assert snapshot(project) == before


def test_the_total_size_is_capped_before_anything_is_read(tmp_path: Path) -> None:
    noise = random.Random(1).randbytes(2 * 1024 * 1024)  # incompressible: only the total cap can refuse it
    path = make_qdpx(tmp_path / "big.qdpx", SMALL, {"sources/a.txt": noise})
    with pytest.raises(SourceRejected, match=r"big.qdpx: .*would unpack to 2 MB, more than the 1 MB allowed"):
        read_qdpx(path, max_total=1024 * 1024)
    assert read_qdpx(path).name == "x"
