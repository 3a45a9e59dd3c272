"""Coders, edit conflicts and agreement on both engines: a project file (the OS user is the coder) and a
PostgreSQL database (the database user is, and a process cannot act as another)."""

from __future__ import annotations

import getpass
from pathlib import Path

import krippendorff
import pytest

from annotator.domain.errors import EditConflict, InvalidInput
from annotator.services.project import Project
from tests.services.test_exchange import NS, G, make_qdpx

pytestmark = pytest.mark.both_engines

TEXT = "Comrades, the kulak saboteurs have been routed.\n"


def test_the_connections_login_is_the_coder(project: Project, engine_name: str) -> None:
    source = project.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    made = project.annotations.create(source, 14, 29, ["bias/loaded-language"])
    assert made.coder is not None and made.coder.login == project.coders.login()
    if engine_name == "sqlite":
        assert made.coder.login == getpass.getuser()
    else:
        with pytest.raises(InvalidInput, match="database user"):
            project.coders.act_as("someone")
    assert [a.id for a in project.annotations.list(coders=[made.coder.login])] == [made.id]


def test_a_stale_update_is_refused_on_both_engines(project: Project, project_location: Path | str) -> None:
    source = project.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    seen = project.annotations.create(source, 14, 29, note="first")
    with Project.open(project_location) as other:
        other.annotations.update(seen.id, note="the other's", expected_version=seen.version)
    with pytest.raises(EditConflict) as refused:
        project.annotations.update(seen.id, note="mine", expected_version=seen.version)
    assert refused.value.current.note == "the other's"  # type: ignore[union-attr]
    assert project.annotations.get(seen.id).note == "the other's"


def test_agreement_of_imported_coders_on_both_engines(project: Project, tmp_path: Path) -> None:
    # Maria codes "kulak saboteurs" (14-29), Omar "the kulak saboteurs have been routed" (10-46).
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project {NS} name="Seminar" origin="QualCoder">
  <Users><User guid="{G(90)}" name="Maria"/><User guid="{G(91)}" name="Omar"/></Users>
  <CodeBook><Codes><Code guid="{G(1)}" name="Loaded language" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="{G(2)}" name="speech" plainTextPath="internal://speech.txt">
      <PlainTextSelection guid="{G(3)}" name="kulak saboteurs" startPosition="14" endPosition="29"
          creatingUser="{G(90)}"><Coding guid="{G(4)}"><CodeRef targetGUID="{G(1)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{G(5)}" name="the kulak saboteurs have been routed" startPosition="10"
          endPosition="46" creatingUser="{G(91)}">
        <Coding guid="{G(6)}"><CodeRef targetGUID="{G(1)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"""
    archive = make_qdpx(tmp_path / "seminar.qdpx", qde, {"sources/speech.txt": TEXT.encode()})
    project.exchange.import_qdpx(archive)
    figures = project.agreement.compute(["maria", "omar"]).figures
    loaded = next(f for f in figures if f.tag is not None and f.label == "Loaded language")
    maria = [1 if 14 <= i < 29 else 0 for i in range(len(TEXT))]
    omar = [1 if 10 <= i < 46 else 0 for i in range(len(TEXT))]
    reference = krippendorff.alpha(reliability_data=[maria, omar], level_of_measurement="nominal")
    assert loaded.alpha == pytest.approx(reference)
    assert loaded.units == len(TEXT) and loaded.coders == ("Maria", "Omar")
