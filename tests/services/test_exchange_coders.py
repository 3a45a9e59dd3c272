"""REFI-QDA keeps coders: an export writes each coder as a User and the creator of their selections; an import
keeps each file's coder; several coders' files of the same sources merge into one project (``merge``), where
agreement comes out as if they had coded it together."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import Duplicate
from annotator.domain.excerpts import ExcerptFilter
from annotator.io.qdpx_reader import read_qdpx
from annotator.services.project import Project
from tests.services.test_exchange import NS, G, make_qdpx

SPEECH = "Comrades, the kulak saboteurs have been routed. Forty-two households joined voluntarily.\n"
# (coder, phrase): each marks loaded language where they see it.
CODING = (
    ("ann", "kulak saboteurs"),
    ("ann", "joined voluntarily"),
    ("ben", "the kulak saboteurs have been routed"),
)


def _span(phrase: str) -> tuple[int, int]:
    start = SPEECH.index(phrase)
    return start, start + len(phrase)


def _coded_alone(path: Path, coder: str, name: str) -> Path:
    """One coder's own project of the speech, exported as .qdpx."""
    with Project.open(path) as project:
        project.coders.act_as(coder)
        project.coders.set_name(name)
        source = project.sources.import_bytes("speech.txt", SPEECH.encode(), {"title": "Speech"}).source_id
        for who, phrase in CODING:
            if who == coder:
                project.annotations.create(source, *_span(phrase), ["bias/loaded-language"])
        out = path.with_suffix(".qdpx")
        project.exports.export(ExcerptFilter(), "qdpx", out)
    return out


def test_export_writes_coders_and_import_keeps_them(tmp_path: Path) -> None:
    archive = _coded_alone(tmp_path / "ann.annotator", "ann", "Ann Smith")
    qda = read_qdpx(archive)
    assert "Ann Smith" in qda.users.values()
    (source,) = qda.sources
    assert {qda.users[s.creator] for s in source.selections} == {"Ann Smith"}
    with Project.open(tmp_path / "merged.annotator") as merged:
        merged.exchange.import_qdpx(archive)
        coders = {a.coder.shown for a in merged.annotations.list() if a.coder}  # type: ignore[union-attr]
        assert coders == {"Ann Smith"}


def test_several_coders_files_merge_for_agreement(tmp_path: Path) -> None:
    ann = _coded_alone(tmp_path / "ann.annotator", "ann", "")
    ben = _coded_alone(tmp_path / "ben.annotator", "ben", "")
    with Project.open(tmp_path / "together.annotator") as together:  # both coding one project directly
        source = together.sources.import_bytes("speech.txt", SPEECH.encode(), {"title": "Speech"}).source_id
        for who, phrase in CODING:
            together.coders.act_as(who)
            together.annotations.create(source, *_span(phrase), ["bias/loaded-language"])
        expected = together.agreement.compute(["ann", "ben"], facets=["bias"]).figures
    with Project.open(tmp_path / "merged.annotator") as merged:
        merged.exchange.import_qdpx(ann)
        before = len(merged.annotations.list())
        with pytest.raises(Duplicate, match="already in the project"):
            merged.exchange.import_qdpx(ben)
        assert len(merged.annotations.list()) == before  # refused whole
        merged.exchange.import_qdpx(ben, merge=True)
        assert len(merged.sources.list()) == 1
        by = sorted((a.coder.login, a.start) for a in merged.annotations.list())  # type: ignore[union-attr]
        assert by == sorted((who, _span(phrase)[0]) for who, phrase in CODING)
        merged.exchange.import_qdpx(ann, merge=True)  # the same file again: nothing twice
        assert len(merged.annotations.list()) == len(CODING)
        figures = merged.agreement.compute(["ann", "ben"], facets=["bias"]).figures
    assert [(f.tag, f.alpha, f.kappa, f.units) for f in figures] == [
        (f.tag, f.alpha, f.kappa, f.units) for f in expected
    ]
    loaded = next(f for f in figures if f.tag == "bias/loaded-language")
    assert loaded.alpha is not None and loaded.units == len(SPEECH)


def test_another_tools_users_become_coders(tmp_path: Path) -> None:
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project {NS} name="Seminar" origin="QualCoder">
  <Users><User guid="{G(90)}" name="Maria"/><User guid="{G(91)}" name="Omar"/></Users>
  <CodeBook><Codes><Code guid="{G(1)}" name="Loaded language" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="{G(2)}" name="speech" plainTextPath="internal://speech.txt">
      <PlainTextSelection guid="{G(3)}" name="kulak saboteurs" startPosition="14" endPosition="29"
          creatingUser="{G(90)}">
        <Coding guid="{G(4)}" creatingUser="{G(90)}"><CodeRef targetGUID="{G(1)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{G(5)}" name="routed" startPosition="40" endPosition="46">
        <Coding guid="{G(6)}" creatingUser="{G(91)}"><CodeRef targetGUID="{G(1)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"""
    archive = make_qdpx(tmp_path / "seminar.qdpx", qde, {"sources/speech.txt": SPEECH.encode()})
    with Project.open(tmp_path / "p.annotator") as project:
        project.exchange.import_qdpx(archive)
        made = {(a.quote.exact, a.coder.login) for a in project.annotations.list()}  # type: ignore[union-attr]
        assert made == {("kulak saboteurs", "Maria"), ("routed", "Omar")}
        assert {c.uuid for c in project.coders.list()} >= {G(90), G(91)}
