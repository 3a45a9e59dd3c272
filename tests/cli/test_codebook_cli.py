"""``annotator import FILE.qdc``: a REFI-QDA codebook joins the taxonomy; it is not a text source. And what
``annotator import FILE.qdpx`` says of the notes that are not annotations."""

from __future__ import annotations

from pathlib import Path

from annotator.services.project import Project
from tests.services.test_exchange_tools import CODEBOOK, _qualcoder_archive


def test_a_codebook_is_imported_into_the_taxonomy_merged_or_as_a_new_facet(  # type: ignore[no-untyped-def]
    cli, project_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "grain.qdc"
    path.write_text(CODEBOOK, encoding="utf-8")
    result = cli("import", path)
    assert result.code == 0, result.err
    assert result.out.startswith(f"imported codebook {path} (merge): 2 new facet(s), 3 new tag(s), 1 matched")
    result = cli("import", path, "--codebook", "new-facet", "--facet-name", "Grain codes", "--json")
    assert result.code == 0, result.err
    (record,) = result.json()
    assert record["format"] == "qdc" and record["facets_created"] == ["grain-codes"]
    with Project.open(project_path) as project:
        assert project.sources.list() == []  # the XML did not become a source
        assert project.taxonomy.taxonomy().resolve("grain-codes/irony").name == "Irony"


def test_a_broken_codebook_is_refused_in_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.qdc"
    path.write_text("<CodeBook", encoding="utf-8")
    result = cli("import", path)
    assert result.code == 2
    assert result.err.startswith("annotator: broken.qdc: the codebook is not well-formed XML")
    assert result.err.count("\n") == 1


def test_a_qdpx_import_says_where_its_notes_went(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _qualcoder_archive(tmp_path / "qualcoder.qdpx")
    result = cli("import", path)
    assert result.code == 0, result.err
    assert "  note: journal: 2 entries in the source “Journal of Grain (QualCoder 3.6)”\n" in result.out
    assert "  warning: 1 set(s) not imported" in result.out
