"""The search service on real projects and real indexes in temporary folders.

Every query form and filter, exact offsets into the stored texts, notes and metadata, the index kept in
step by edits, and rebuilt when it is missing, damaged or behind the project.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from whoosh.index import open_dir

from annotator.domain.errors import InvalidInput
from annotator.search.index import INDEX_NAME, STAMP_FILE, Rebuild
from annotator.services.project import Project
from annotator.services.search import IndexBusy, IndexUnavailable, Kind, SearchHit, SearchResults

ENGLISH = (
    "District report on the First Five-Year Plan, 1931.\n"
    "\n"
    "The committee resolved to collectivize every village; the ‘kulaks’ — so the report said — resisted\n"
    "collectivization. Officials praised the five  year plan and the kolkhoz harvest.\n"
    "\n"
    "Committees were told to hurry, for the Five-Year\n"
    "Plan demanded grain. 𝔖ome 𠜎 characters sit outside the BMP; “quoted” words follow.\n"
)
RUSSIAN = (
    "В 1930 году колхозы росли быстро, и статистика колхозов была неполной.\n"
    "\n"
    "Крестьяне не хотели вступать в колхоз, но председатель колхоза настаивал.\n"
)
GERMAN = "Die Häuser der Bauern wurden beschlagnahmt. Ein Haus blieb stehen.\n"
FRENCH = "La collectivisation avançait ; les réunions étaient tendues.\n"


def add(project: Project, name: str, text: str, **metadata: object) -> int:
    return project.sources.import_bytes(name, text.encode("utf-8"), metadata).source_id


@pytest.fixture
def library(project: Project) -> dict[str, int]:
    return {
        "en": add(
            project,
            "report.txt",
            ENGLISH,
            title="District report",
            authors=["Conquest, Robert"],
            date_text="1931",
            kind="primary",
            language="en",
            provenance_note="Copied from the regional archive by hand",
        ),
        "ru": add(
            project,
            "chronicle.txt",
            RUSSIAN,
            title="Колхозная хроника",
            authors=["Иванов, И."],
            date_text="1929–1930",
            kind="secondary",
            language="ru",
        ),
        "de": add(project, "bericht.txt", GERMAN, title="Bericht", date_text="1934", language="de"),
        "fr": add(
            project, "rapport.txt", FRENCH, title="Rapport", date_text="1925", kind="tertiary", language="fr"
        ),
    }


def found(project: Project, results: SearchResults) -> list[tuple[int, str]]:
    """(source id, matched text) for every match of every text hit."""
    texts: dict[int, str] = {}
    out = []
    for hit in results.hits:
        if hit.kind is Kind.TEXT:
            text = texts.setdefault(hit.source_id, project.sources.text(hit.source_id))
            out += [(hit.source_id, text[a:b]) for a, b in hit.matches]
    return out


def words(project: Project, query: str) -> list[str]:
    return [w for _, w in found(project, project.search.search(query, limit=None))]


def sources_of(project: Project, query: str) -> set[int]:
    return {h.source_id for h in project.search.search(query, limit=None).hits}


# --- Query forms ----------------------------------------------------------------------------------------


@pytest.mark.both_engines
def test_a_word_finds_its_stemmed_forms_with_exact_offsets(project: Project, library: dict[str, int]) -> None:
    assert sorted(words(project, "collectivize")) == ["collectivization", "collectivize"]
    assert words(project, "kulak") == ["kulaks"]


@pytest.mark.both_engines
def test_russian_forms_are_found_by_their_stem(project: Project, library: dict[str, int]) -> None:
    assert sorted(words(project, "колхоз")) == ["колхоз", "колхоза", "колхозов", "колхозы"]
    assert sorted(words(project, "колхозы")) == ["колхоз", "колхоза", "колхозов", "колхозы"]


def test_german_and_french_stemming_and_accents(project: Project, library: dict[str, int]) -> None:
    assert words(project, "Haus") == ["Häuser", "Haus"]
    assert words(project, "reunion") == ["réunions"]
    assert words(project, "collectivisé") == ["collectivisation"]


def test_phrases_match_across_line_breaks_hyphens_and_runs_of_whitespace(
    project: Project, library: dict[str, int]
) -> None:
    assert words(project, '"five year plan"') == ["Five-Year Plan", "five  year plan", "Five-Year\nPlan"]
    assert words(project, "Five-Year") == words(project, '"five year"')
    assert words(project, '"resisted collectivization"') == ["resisted\ncollectivization"]


def test_the_line_break_phrase_is_reported_by_the_paragraph_it_starts_in(
    project: Project, library: dict[str, int]
) -> None:
    hits = project.search.search('"Five-Year Plan demanded"').hits
    assert [(h.paragraph, h.kind) for h in hits] == [(4, Kind.TEXT)]
    assert ENGLISH[hits[0].start : hits[0].end] == "Five-Year\nPlan demanded"


def test_offsets_are_exact_next_to_non_bmp_characters_quotes_and_dashes(
    project: Project, library: dict[str, int]
) -> None:
    assert words(project, "characters") == ["characters"]
    assert words(project, "some") == ["𝔖ome"]
    assert words(project, "𠜎") == ["𠜎"]
    assert words(project, "quoted") == ["quoted"]
    assert words(project, '"report said resisted"') == ["report said — resisted"]


def test_adjacent_matches_stay_two_matches(project: Project) -> None:
    text = "The yield was 3⁹⁄₁₃ of the plan.\n"  # "3" and the numerator "⁹" touch
    add(project, "yield.txt", text, language="en")
    [hit] = project.search.search("3 OR 9").hits
    assert [text[a:b] for a, b in hit.matches] == ["3", "⁹"]


def test_boolean_operators(project: Project, library: dict[str, int]) -> None:
    assert words(project, "kulaks AND village") == ["village", "kulaks"]
    assert words(project, "kulaks village") == ["village", "kulaks"]
    assert words(project, "kulaks AND harvest") == []  # not in one paragraph
    assert sorted(words(project, "Häuser OR réunions")) == ["Haus", "Häuser", "réunions"]
    assert sorted(words(project, "plan NOT report")) == ["Plan", "plan"]  # not the first paragraph
    assert words(project, "(grain OR harvest) AND NOT kolkhoz") == ["grain"]


def test_wildcards_and_fuzzy_terms(project: Project, library: dict[str, int]) -> None:
    assert sorted(words(project, "collectiv*")) == ["collectivisation", "collectivization", "collectivize"]
    assert sorted(words(project, "collectivization*")) == ["collectivization", "collectivize"]  # by stem
    assert words(project, "h?rvest") == ["harvest"]
    assert words(project, "kolkhos~") == ["kolkhoz"]
    assert words(project, "kolkhos") == []


def test_note_hits_carry_the_annotation_and_offsets_into_the_note(
    project: Project, library: dict[str, int]
) -> None:
    start = ENGLISH.index("Officials")
    note = "Compare the Kharkiv figures — 𝔖ome say the harvest was hidden."
    annotation = project.annotations.create(library["en"], start, start + 9, note=note)
    hits = project.search.search("harvest in:notes").hits
    assert [(h.kind, h.annotation_id, h.paragraph) for h in hits] == [(Kind.NOTE, annotation.id, 3)]
    assert [note[a:b] for a, b in hits[0].matches] == ["harvest"]
    assert hits[0].snippet.text == note


@pytest.mark.both_engines
def test_metadata_hits_name_the_field_and_offsets_into_its_value(
    project: Project, library: dict[str, int]
) -> None:
    hits = project.search.search("archive").hits
    assert [(h.kind, h.field, h.source_id) for h in hits] == [
        (Kind.METADATA, "provenance_note", library["en"])
    ]
    value = "Copied from the regional archive by hand"
    assert [value[a:b] for a, b in hits[0].matches] == ["archive"]
    authors = project.search.search("robert in:metadata").hits
    assert [(h.field, h.start, h.end) for h in authors] == [("authors", 10, 16)]


# --- Filters --------------------------------------------------------------------------------------------


def test_source_author_kind_and_year_filters(project: Project, library: dict[str, int]) -> None:
    en, ru, de, fr = library["en"], library["ru"], library["de"], library["fr"]
    assert sources_of(project, f"source:{ru} in:text") == {ru}
    assert sources_of(project, "source:хроника") == {ru}
    assert sources_of(project, 'source:"district report"') == {en}
    assert sources_of(project, "author:conquest") == {en}
    assert sources_of(project, "author:иванов") == {ru}
    assert sources_of(project, "kind:primary") == {en}
    assert sources_of(project, "kind:tertiary OR kind:secondary") == {ru, fr}
    assert sources_of(project, "year:1930..1934") == {en, ru, de}  # 1929–1930 overlaps
    assert sources_of(project, "year:1931") == {en}
    assert sources_of(project, "year:..1929") == {ru, fr}
    assert sources_of(project, "year:1935..") == set()
    assert words(project, "harvest author:conquest") == ["harvest"]
    assert words(project, "harvest author:иванов") == []


def test_in_filters_choose_the_kind_of_document(project: Project, library: dict[str, int]) -> None:
    project.annotations.create(library["de"], 0, 3, note="Report of a district")
    assert {h.kind for h in project.search.search("report", limit=None).hits} == {
        Kind.TEXT,
        Kind.NOTE,
        Kind.METADATA,
    }
    assert {h.kind for h in project.search.search("report in:text", limit=None).hits} == {Kind.TEXT}
    assert {h.kind for h in project.search.search("report in:notes", limit=None).hits} == {Kind.NOTE}
    assert {h.kind for h in project.search.search("report in:metadata", limit=None).hits} == {Kind.METADATA}


@pytest.mark.both_engines
def test_tag_filters_find_passages_annotated_with_the_tag(project: Project, library: dict[str, int]) -> None:
    en = library["en"]
    start = ENGLISH.index("the ‘kulaks’")
    project.annotations.create(en, start, start + len("the ‘kulaks’"), tags=["bias/polemical"], note="Loaded")
    child = project.taxonomy.add_tag("bias", "Invective", parent="bias/polemical")
    grain = ENGLISH.index("grain")
    project.annotations.create(en, grain, grain + 5, tags=[child.id])

    # Alone, a tag filter selects the tagged passages themselves (and the notes on them).
    hits = project.search.search("tag:bias/polemical", limit=None).hits
    assert [ENGLISH[h.start : h.end] for h in hits if h.kind is Kind.TEXT] == ["the ‘kulaks’", "grain"]
    assert [h.kind for h in hits].count(Kind.NOTE) == 1
    # With words, the words must lie in a tagged passage, not just in the same paragraph.
    assert words(project, "kulaks tag:polemical") == ["kulaks"]
    assert words(project, "harvest tag:polemical") == []
    assert words(project, "grain tag:bias/invective") == ["grain"]
    assert words(project, "grain facet:bias") == ["grain"]
    assert words(project, "grain facet:provenance") == []
    assert words(project, "grain NOT tag:invective") == []
    assert sorted(words(project, "plan NOT facet:bias")) == ["Plan", "plan"]


def test_an_ambiguous_or_unknown_tag_is_refused_with_a_message(
    project: Project, library: dict[str, int]
) -> None:
    project.taxonomy.add_tag("claim-type", "Polemical")
    with pytest.raises(InvalidInput, match="bias/polemical, claim-type/polemical"):
        project.search.search("tag:polemical")
    with pytest.raises(InvalidInput, match="no such tag"):
        project.search.search("tag:nonsense")
    with pytest.raises(InvalidInput, match="facet"):
        project.search.search("facet:nonsense")


def test_malformed_queries_raise_before_the_index_is_touched(project: Project) -> None:
    with pytest.raises(InvalidInput, match="never closed"):
        project.search.search('"unclosed AND (')
    assert not project.search.index_path.exists()
    with pytest.raises(InvalidInput, match="negative"):
        project.search.search("kulak", limit=-1)


def test_limits_ranking_and_grouping_by_source(project: Project, library: dict[str, int]) -> None:
    all_hits = project.search.search("the", limit=None)
    assert len(all_hits.hits) > 2 and not all_hits.more
    two = project.search.search("the", limit=2)
    assert two.hits == all_hits.hits[:2] and two.more
    scores = [h.score for h in all_hits.hits]
    assert scores == sorted(scores, reverse=True)
    groups = project.search.search("колхоз OR Haus", limit=None).by_source()
    assert {g.source_id: len(g.hits) for g in groups} == {library["ru"]: 2, library["de"]: 1}
    assert {g.title for g in groups} == {"Колхозная хроника", "Bericht"}


def test_a_snippet_is_an_exact_excerpt_around_the_first_match(
    project: Project, library: dict[str, int]
) -> None:
    long_text = "Opening words. " + "filler " * 80 + "the kolkhoz accounts " + "more " * 80 + "\n"
    sid = add(project, "long.txt", long_text, language="en")
    hit: SearchHit = project.search.search(f"kolkhoz source:{sid}").hits[0]
    snippet = hit.snippet
    assert long_text[snippet.start : snippet.end] == snippet.text
    assert snippet.start <= hit.start < hit.end <= snippet.end
    assert snippet.clipped_before and snippet.clipped_after
    assert snippet.display().startswith("…") and snippet.display().endswith("…")


# --- Keeping in step ------------------------------------------------------------------------------------


def test_the_index_is_a_cache_outside_the_project_named_by_its_uuid(
    project: Project, library: object
) -> None:
    project.search.search("kulak")
    path = project.search.index_path
    assert path.name == project.uuid
    assert path.parent.name == "index" and path.is_dir()
    assert project.path.parent not in path.parents


@pytest.mark.both_engines
def test_edits_update_the_index_without_a_rebuild(project: Project, library: dict[str, int]) -> None:
    project.search.search("kulak")  # builds the index
    assert not project.search.needs_rebuild()

    new = add(project, "later.txt", "A later memoir about the requisition squads.\n", language="en")
    assert not project.search.needs_rebuild()
    assert words(project, "requisition") == ["requisition"]

    annotation = project.annotations.create(new, 0, 7, note="Dubious memoir")
    assert not project.search.needs_rebuild()
    assert [h.annotation_id for h in project.search.search("dubious").hits] == [annotation.id]

    project.annotations.update(annotation.id, note="Reliable after all")
    assert project.search.search("dubious").hits == ()
    assert [h.annotation_id for h in project.search.search("reliable").hits] == [annotation.id]

    project.annotations.delete(annotation.id)
    assert project.search.search("reliable").hits == ()

    project.sources.update_metadata(new, {"title": "Memoir of a requisition squad leader"})
    assert [h.field for h in project.search.search("leader").hits] == ["title"]

    project.sources.delete(new)
    assert project.search.search("requisition").hits == ()
    assert not project.search.needs_rebuild()


def test_a_language_change_re_indexes_the_text_in_the_new_language(
    project: Project, library: dict[str, int]
) -> None:
    assert len(words(project, "колхоз")) == 4
    project.sources.update_metadata(library["ru"], {"language": "uk"})  # no Ukrainian stemmer: neutral
    assert words(project, "колхоз") == ["колхоз"]
    assert not project.search.needs_rebuild()


@pytest.mark.both_engines
def test_an_edit_the_service_did_not_see_makes_the_next_search_rebuild(
    project: Project, library: dict[str, int]
) -> None:
    project.search.search("kulak")
    project.rename("Renamed")  # a write without a change event
    assert project.search.needs_rebuild()
    assert words(project, "kulak") == ["kulaks"]
    assert not project.search.needs_rebuild()


def test_an_edit_made_by_another_process_is_seen(
    project_path: Path, project: Project, library: object
) -> None:
    project.search.search("kulak")
    with Project.open(project_path) as other:
        sid = add(other, "other.txt", "Grain procurement quotas were raised again.\n", language="en")
        assert other.search.search("procurement").hits[0].source_id == sid
    # The other process kept the shared index in step, stamped with the new generation.
    assert not project.search.needs_rebuild()
    assert words(project, "procurement") == ["procurement"]


def corrupt(path: Path, how: str) -> None:
    files = [p for p in path.iterdir() if p.is_file() and p.name != STAMP_FILE and "LOCK" not in p.name]
    victim = max(files, key=lambda p: p.stat().st_size)
    data = victim.read_bytes()
    if how == "truncate":
        victim.write_bytes(data[: len(data) // 2])
    else:
        middle = len(data) // 2
        victim.write_bytes(
            data[:middle] + bytes(b ^ 0x5A for b in data[middle : middle + 200]) + data[middle + 200 :]
        )


@pytest.mark.parametrize("damage", ["delete", "truncate", "garble"])
def test_a_missing_or_damaged_index_is_rebuilt_automatically(
    project: Project, library: dict[str, int], damage: str
) -> None:
    expected = words(project, '"five year plan" OR колхоз')
    path = project.search.index_path
    if damage == "delete":
        shutil.rmtree(path)
    else:
        corrupt(path, damage)
    assert project.search.needs_rebuild()
    assert words(project, '"five year plan" OR колхоз') == expected
    assert not project.search.needs_rebuild()


def test_an_index_failure_never_breaks_an_edit(project: Project, library: dict[str, int]) -> None:
    project.search.search("kulak")
    project.search.lock_timeout = 0.05
    ix = open_dir(str(project.search.index_path), indexname=INDEX_NAME)
    lock = ix.lock("WRITELOCK")
    assert lock.acquire(blocking=False)  # as if another process were writing the index
    try:
        annotation = project.annotations.create(
            library["en"], 0, 8, note="Written while the index was locked"
        )
        project.search.flush()  # the update (queued by the edit) meets the lock now
    finally:
        lock.release()
    assert project.annotations.get(annotation.id).note == "Written while the index was locked"
    assert project.search.needs_rebuild()
    assert [h.annotation_id for h in project.search.search("locked").hits] == [annotation.id]


def test_an_edit_of_a_project_whose_index_is_damaged_still_succeeds(
    project: Project, library: dict[str, int]
) -> None:
    project.search.search("kulak")
    corrupt(project.search.index_path, "garble")
    annotation = project.annotations.create(library["en"], 0, 8, note="Despite the damage")
    assert [h.annotation_id for h in project.search.search("damage").hits] == [annotation.id]


def stamped_generation(project: Project) -> int:
    """The generation the index on disk says it is in step with."""
    return json.loads((project.search.index_path / STAMP_FILE).read_text())["generation"]


def test_an_edit_only_queues_its_index_update_and_a_search_right_after_finds_it(
    project: Project, library: dict[str, int]
) -> None:
    project.search.search("kulak")
    project.search.update_delay = 60  # the worker waits: only a search (or flush, or close) applies it
    built = stamped_generation(project)
    annotation = project.annotations.create(library["en"], 0, 8, ["bias/polemical"], note="Grain seized")
    assert stamped_generation(project) == built  # the edit returned without touching the index
    assert [h.annotation_id for h in project.search.search("seized").hits] == [annotation.id]
    assert stamped_generation(project) == project.generation()
    assert [h.annotation_id for h in project.search.search("tag:bias/polemical seized").hits] == [
        annotation.id
    ]


def test_the_worker_applies_a_burst_of_edits_once_they_pause(
    project: Project, library: dict[str, int]
) -> None:
    project.search.search("kulak")
    project.search.update_delay = 0.05
    made = [project.annotations.create(library["de"], 0, 3, note=f"Requisition {i}").id for i in range(5)]
    project.annotations.delete(made[0])
    deadline = time.monotonic() + 20
    while stamped_generation(project) != project.generation() and time.monotonic() < deadline:
        time.sleep(0.02)  # no search, no flush: only the worker can bring the index up to date
    assert stamped_generation(project) == project.generation()
    assert not project.search.needs_rebuild()
    assert sorted(h.annotation_id for h in project.search.search("requisition").hits) == made[1:]


def test_a_passage_tagged_then_given_a_note_in_one_batch_is_indexed_once(
    project: Project, library: dict[str, int]
) -> None:
    project.search.search("kulak")
    project.search.update_delay = 60  # both edits wait in the queue and are applied together
    annotation = project.annotations.create(library["en"], 0, 8, ["bias/polemical"])
    project.annotations.update(annotation.id, note="Seized grain")
    project.annotations.update(annotation.id, note="Seized grain, twice over")
    assert [h.annotation_id for h in project.search.search("seized").hits] == [annotation.id]


def test_closing_applies_the_queued_updates(project_path: Path, library: dict[str, int]) -> None:
    with Project.open(project_path) as project:
        project.search.search("kulak")
        project.search.update_delay = 60
        annotation = project.annotations.create(library["fr"], 0, 2, note="Written before closing")
    with Project.open(project_path) as again:
        assert not again.search.needs_rebuild()  # in step: not rebuilt for the edit made before closing
        assert [h.annotation_id for h in again.search.search("closing").hits] == [annotation.id]


def test_edits_made_before_the_service_is_first_used_update_the_index_without_a_rebuild(
    project_path: Path, library: dict[str, int]
) -> None:
    with Project.open(project_path) as project:
        project.search.search("kulak")  # builds the index
    # The project makes its search service at first use (the command line rarely needs it): edits made
    # before that are recorded for it, and applied on top of the index like any other.
    with Project.open(project_path) as again:
        annotation = again.annotations.create(library["fr"], 0, 2, note="Marginalia beforehand")
        again.sources.update_metadata(library["de"], {"title": "Bericht über die Dörfer"})
        assert not again.search.needs_rebuild()
        assert [h.annotation_id for h in again.search.search("marginalia").hits] == [annotation.id]
        assert [h.field for h in again.search.search("Dörfer").hits] == ["title"]


# --- Rebuilding -----------------------------------------------------------------------------------------


def test_reindex_reports_progress_to_the_end(project: Project, library: dict[str, int]) -> None:
    seen: list[tuple[int, int]] = []
    report = project.search.reindex(lambda done, total: seen.append((done, total)))
    total = sum(len(t) for t in (ENGLISH, RUSSIAN, GERMAN, FRENCH))
    assert (report.sources, report.characters, report.cancelled) == (4, total, False)
    assert report.documents == 4 + 5 + 2 + 1 + 1  # metadata + paragraphs
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert not project.search.needs_rebuild()


def test_a_cancelled_reindex_keeps_the_old_index(project: Project, library: dict[str, int]) -> None:
    project.search.search("kulak")
    report = project.search.reindex(cancel_check=lambda: True)
    assert report.cancelled
    assert not project.search.needs_rebuild()
    assert words(project, "kulak") == ["kulaks"]
    assert not [p for p in project.search.index_path.parent.iterdir() if p.name.startswith(".")]


def test_a_search_whose_rebuild_is_cancelled_says_so(project: Project, library: object) -> None:
    from annotator.services.search import IndexRebuildCancelled

    with pytest.raises(IndexRebuildCancelled):
        project.search.search("kulak", cancel_check=lambda: True)


def test_edits_made_during_a_rebuild_are_applied_after_it(project: Project, library: dict[str, int]) -> None:
    made: list[int] = []

    def edit_once(done: int, total: int) -> None:
        if not made:  # as if the user annotated while a worker thread rebuilt the index
            made.append(project.annotations.create(library["de"], 0, 3, note="Requisitioned houses").id)

    edit: Callable[[int, int], None] = edit_once
    project.search.reindex(edit)
    assert not project.search.needs_rebuild()
    assert [h.annotation_id for h in project.search.search("requisitioned").hits] == made


def test_an_index_folder_deleted_during_a_rebuild_is_a_clear_error_and_the_next_search_works(
    project: Project, library: dict[str, int]
) -> None:
    root = project.search.index_path.parent

    def delete_the_cache(done: int, total: int) -> None:  # as if the user emptied the cache meanwhile
        shutil.rmtree(root, ignore_errors=True)

    for action in (
        lambda: project.search.reindex(delete_the_cache),
        lambda: project.search.search("kulak", progress=delete_the_cache),
    ):
        with pytest.raises(IndexUnavailable) as refused:
            action()
        assert str(refused.value).startswith(f"the search index could not be built in {root}: ")
        assert "No such file or directory" in str(refused.value)
    assert words(project, "kulak") == ["kulaks"]


def test_an_empty_project_has_no_hits(project: Project) -> None:
    assert project.search.search("anything").hits == ()


def test_a_rebuild_in_several_segments_finds_the_same(
    project: Project, library: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = words(project, '"five year plan" OR колхоз OR Haus OR réunion')
    monkeypatch.setattr(Rebuild, "SEGMENT_CHARS", 100)  # a segment every few paragraphs
    project.search.reindex()
    segments = {p.stem for p in project.search.index_path.iterdir() if p.name.startswith(f"{INDEX_NAME}_")}
    assert len(segments - {f"{INDEX_NAME}_WRITELOCK"}) > 1
    assert sorted(words(project, '"five year plan" OR колхоз OR Haus OR réunion')) == sorted(expected)


def test_a_copy_of_the_project_does_not_use_the_original_s_index(
    project_path: Path, project: Project, library: dict[str, int], tmp_path: Path
) -> None:
    project.search.search("kulak")
    copy_path = tmp_path / "copy.annotator"
    source, target = sqlite3.connect(project_path), sqlite3.connect(copy_path)
    source.backup(target)
    source.close()
    target.close()
    with Project.open(copy_path) as copy:
        assert copy.uuid == project.uuid  # a copy keeps its identity...
        copy.sources.delete(library["en"])
        project.annotations.create(library["de"], 0, 3)  # ...and both reach the same generation
        assert copy.generation() == project.generation()
        assert copy.search.search("kulak").hits == ()
    assert words(project, "kulak") == ["kulaks"]


def test_damage_the_file_checks_cannot_see_is_caught_when_whoosh_reads(
    project: Project, library: dict[str, int]
) -> None:
    expected = words(project, "kulak OR колхоз")
    (toc,) = project.search.index_path.glob("_MAIN_*.toc")
    info = toc.stat()
    toc.write_bytes(b"\x00" * info.st_size)
    os.utime(toc, ns=(info.st_atime_ns, info.st_mtime_ns))  # same size, same time: the manifest agrees
    project.search.close()  # drop the searcher opened before the damage
    assert words(project, "kulak OR колхоз") == expected


def test_exports_can_filter_by_a_query(project: Project, library: dict[str, int]) -> None:
    hits = list(project.exports.search('"five year plan"'))  # type: ignore[misc]
    assert {h.kind for h in hits} == {Kind.TEXT}
    assert [ENGLISH[h.start : h.end] for h in hits if h.source_id == library["en"]][:1] == ["Five-Year Plan"]


def test_a_search_from_inside_a_rebuild_is_refused(project: Project, library: dict[str, int]) -> None:
    refused: list[str] = []

    def search_meanwhile(done: int, total: int) -> None:
        if not refused:  # as a UI might, processing events while it shows the progress
            with pytest.raises(IndexBusy) as caught:
                project.search.search("kulak")
            refused.append(str(caught.value))

    assert not project.search.reindex(search_meanwhile).cancelled
    assert refused == ["the search index is being rebuilt; search again when that is done"]
    assert words(project, "kulak") == ["kulaks"]
