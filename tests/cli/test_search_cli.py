"""`annotator search` and `annotator reindex`: the records, the limits, and malformed queries."""

from __future__ import annotations

from pathlib import Path

import pytest

TEXT = (
    "The First Five-Year Plan was announced in 1928.\n"
    "\n"
    "Officials praised the five year plan; the ‘kulaks’ — so the reports said — resisted.\n"
    "\n"
    "Committees were told to hurry, for the Five-Year\n"
    "Plan demanded grain. 𝔖ome 𠜎 characters: the kolkhoz again.\n"
)
TEXT_RECORD = ["source_id", "paragraph", "kind", "score", "snippet", "start", "end", "matches"]


@pytest.fixture
def source(cli, write_file) -> int:  # type: ignore[no-untyped-def]
    path = write_file("report.txt", TEXT)
    result = cli("import", path, "--language", "en", "--title", "District report", "--json")
    assert result.code == 0, result.err
    return result.json()[0]["source_id"]


def test_search_prints_one_record_per_hit_with_exact_matches(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    result = cli("search", '"Five-Year Plan"', "--json")
    assert result.code == 0, result.err
    records = result.json()
    assert [list(r) for r in records] == [TEXT_RECORD] * 3
    assert sorted(TEXT[a:b] for r in records for a, b in r["matches"]) == [
        "Five-Year\nPlan",
        "Five-Year Plan",
        "five year plan",
    ]
    for r in records:
        assert (r["source_id"], r["kind"]) == (source, "text")
        assert [r["start"], r["end"]] == r["matches"][0]
        assert isinstance(r["paragraph"], int) and isinstance(r["score"], float)


def test_offsets_are_code_points_after_non_bmp_characters(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    (record,) = cli("search", "kolkhoz", "--json").json()
    assert TEXT[record["start"] : record["end"]] == "kolkhoz"
    assert "kolkhoz" in record["snippet"]


def test_note_and_metadata_records(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("grain")
    assert (
        cli("annotate", source, "--start", start, "--end", start + 5, "--note", "Grain quotas, again").code
        == 0
    )
    notes = cli("search", "quotas", "--json").json()
    assert [list(r) for r in notes] == [[*TEXT_RECORD, "annotation_id"]]
    assert notes[0]["kind"] == "note" and notes[0]["paragraph"] == 4
    assert "Grain quotas, again"[notes[0]["start"] : notes[0]["end"]] == "quotas"

    metadata = cli("search", "district in:metadata", "--json").json()
    assert [list(r) for r in metadata] == [[*TEXT_RECORD, "field"]]
    assert (metadata[0]["field"], metadata[0]["paragraph"], metadata[0]["matches"]) == (
        "title",
        None,
        [[0, 8]],
    )


def test_limit(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    assert len(cli("search", "the", "--json").json()) == 4
    assert len(cli("search", "the", "--limit", "2", "--json").json()) == 2
    assert len(cli("search", "the", "--limit", "0", "--json").json()) == 4
    result = cli("search", "the", "--limit", "-1")
    assert result.code == 2 and "limit" in result.err


def test_several_arguments_are_one_query(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli("search", "kulaks", "AND", "officials", "--json").json()
        == cli("search", "kulaks AND officials", "--json").json()
    )


def test_human_output_groups_by_source_and_marks_matches(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    result = cli("search", "kulaks")
    assert result.code == 0
    assert result.out.splitlines()[0] == f"District report (source {source}): 1 hit"
    assert "[kulaks]" in result.out
    assert cli("search", "nothingatall").out.strip() == "No hits for nothingatall"


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed AND (',
        "a AND",
        "(kulak",
        "foo:bar",
        "NOT kulak",
        "year:abc",
        "tag:nonsense",
        '"— …"',
        "*e*~",
    ],
)
def test_a_malformed_query_is_one_line_and_exit_2(cli, source: int, query: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("search", query)
    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert result.err.startswith("annotator: bad query:")


def test_reindex(cli, source: int, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("reindex")
    assert result.code == 0
    assert result.out.startswith("indexed 1 source (5 documents")
    (report,) = cli("reindex", "--json").json()
    assert (report["sources"], report["documents"], report["characters"]) == (1, 5, len(TEXT))
    assert Path(report["index"]).is_dir()
    assert project_path.parent not in Path(report["index"]).parents


@pytest.mark.parametrize(
    "query",
    [
        "(" * 250 + "kulak" + ")" * 250,
        "kulak AND " + "NOT " * 1000 + "kolkhoz",
        "kulak AND " + "(NOT " * 51 + "kolkhoz" + ")" * 51,
    ],
    ids=["250-parentheses", "1000-NOTs", "51-NOTs-in-parentheses"],
)
def test_a_query_nested_too_deep_is_a_bad_query_not_a_crash(cli, source: int, query: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("search", query)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("annotator: bad query: ") and result.err.count("\n") == 1, result.err
    assert "more than 100 levels deep" in result.err and "Traceback" not in result.err


def test_a_query_nested_100_deep_still_searches(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    nested = "(" * 100 + "kolkhoz" + ")" * 100
    negated = "kolkhoz AND " + "NOT " * 99 + "kulaks"  # an odd number of NOTs: without the kulaks
    assert [TEXT[a:b] for r in cli("search", nested, "--json").json() for a, b in r["matches"]] == ["kolkhoz"]
    assert [TEXT[a:b] for r in cli("search", negated, "--json").json() for a, b in r["matches"]] == [
        "kolkhoz"
    ]


def test_a_cache_folder_that_is_a_file_is_one_line_and_exit_2(  # type: ignore[no-untyped-def]
    cli, source: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    for command in (["search", "kulak"], ["reindex"]):
        result = cli(*command)
        assert result.code == 2 and result.out == "", result
        assert result.err == (
            f"annotator: the search index could not be built in {cache / 'Annotator' / 'index'}: "
            f"{cache} is a file, not a folder; check that folder and search again\n"
        )
