"""``speaker:`` in the query language: passages inside annotations that person speaks in, resolved at query
time from the database like ``tag:`` (a real project and a real Whoosh index on disk)."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InvalidInput
from annotator.search.schema import Kind
from annotator.services.project import Project
from tests.services.test_search import ENGLISH, library, words  # noqa: F401  (library is a fixture)


def test_speaker_filters_find_passages_spoken_by_that_person(
    project: Project, library: dict[str, int]  # noqa: F811
) -> None:
    en = library["en"]
    said = ENGLISH.index("so the report said")
    quoted = project.annotations.create(en, said, said + len("so the report said"), note="Who says so?")
    project.annotations.set_speaker(quoted.id, "Nikita Khrushchev", "quoted")
    officials = ENGLISH.index("Officials praised the five  year plan")
    other = project.annotations.create(en, officials, officials + len("Officials praised the five  year"))
    project.annotations.set_speaker(other.id, "the District Committee", "author")

    hits = project.search.search("speaker:Khrushchev", limit=None).hits
    assert [ENGLISH[h.start : h.end] for h in hits if h.kind is Kind.TEXT] == ["so the report said"]
    assert [h.annotation_id for h in hits if h.kind is Kind.NOTE] == [quoted.id]
    # With words, the words must lie inside the spoken passage, not just in its paragraph.
    assert words(project, "report speaker:khrush") == ["report"]
    assert words(project, "plan speaker:khrushchev") == []
    assert words(project, 'praised speaker:"district committee"') == ["praised"]
    # Negated, it leaves out the paragraphs the spoken passage is in (as NOT tag: does).
    assert words(project, "report NOT speaker:nikita") == ["report"]


def test_an_unknown_or_ambiguous_speaker_is_refused_with_a_message(
    project: Project, library: dict[str, int]  # noqa: F811
) -> None:
    en = library["en"]
    first = project.annotations.create(en, 0, 8)
    second = project.annotations.create(en, 9, 15)
    project.annotations.set_speaker(first.id, "Nikita Khrushchev", "quoted")
    project.annotations.set_speaker(second.id, "Nikolai Bukharin", "quoted")
    with pytest.raises(InvalidInput, match="speaker:Stalin: nobody called 'Stalin'"):
        project.search.search("speaker:Stalin")
    with pytest.raises(InvalidInput, match="could be several people"):
        project.search.search("speaker:ni")
    with pytest.raises(InvalidInput, match=r"speaker: at character 1 has no value \(write it without"):
        project.search.search("speaker: Khrushchev")
