"""The reference's CSL fields: validated and normalized like the rest of the metadata, named by their
CSL-JSON names too, and the whole shelfmark kept in step with the older archival parts."""

import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.metadata import CSL_FIELDS, apply_changes, field_name
from annotator.domain.model import SourceMetadata


def test_fields_are_normalized() -> None:
    m = apply_changes(
        SourceMetadata(title="x"),
        {
            "editors": "Fitzpatrick, Sheila; Viola, Lynne ",
            "translators": ["Smith, John", " "],
            "doi": "https://doi.org/10.1017/S0020859000000407",
            "isbn": "978-0-19-505791-1, 0-19-505791-0",
            "volume": " 12 ",
            "page": "112–139",
            "item_type": "Article-Journal",
            "container_title": "Slavic Review",
        },
    )
    assert m.editors == ("Fitzpatrick, Sheila", "Viola, Lynne")
    assert m.translators == ("Smith, John",)
    assert m.doi == "10.1017/S0020859000000407"
    assert m.isbn == "978-0-19-505791-1 0-19-505791-0"
    assert (m.volume, m.page, m.item_type, m.container_title) == (
        "12",
        "112–139",
        "article-journal",
        "Slavic Review",
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"doi": "not a doi"}, "DOI 'not a doi' is not a DOI"),
        ({"isbn": "978-0-19-505791-2"}, "ISBN '978-0-19-505791-2'"),
        ({"isbn": "12345"}, "ISBN '12345'"),
        ({"item_type": "novel"}, "type 'novel' is not a CSL item type"),
    ],
)
def test_bad_values_are_refused_naming_the_field(changes: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        apply_changes(SourceMetadata(title="x"), changes)


def test_every_csl_name_is_a_field() -> None:
    assert set(CSL_FIELDS.values()) <= set(SourceMetadata.field_names())
    assert field_name("container-title") == "container_title"
    assert field_name("call_number") == "call_number"
    assert field_name("doi") == "doi"
    with pytest.raises(InvalidInput, match="'colour' is not a source field"):
        field_name("colour")


def test_the_parts_keep_the_whole_shelfmark_in_step_until_it_is_typed_whole() -> None:
    m = apply_changes(
        SourceMetadata(title="x"), {"archival_collection": "f. 17, op. 3", "archival_file": "d. 1003"}
    )
    assert m.archive_location == "f. 17, op. 3, d. 1003"
    m = apply_changes(m, {"archival_folio": "l. 4–4 ob.", "archive_location": m.archive_location})
    assert m.archive_location == "f. 17, op. 3, d. 1003, l. 4–4 ob."
    typed = apply_changes(m, {"archive_location": "f. 17, op. 3, d. 1003, ll. 4–7"})
    assert typed.archive_location == "f. 17, op. 3, d. 1003, ll. 4–7"
    assert (
        apply_changes(typed, {"archival_folio": "l. 5"}).archive_location == "f. 17, op. 3, d. 1003, ll. 4–7"
    )


def test_a_full_citation_names_the_container_and_the_whole_shelfmark() -> None:
    from annotator.domain.excerpts import CitationStyle, cite_source

    chapter = apply_changes(
        SourceMetadata(title="The Peasant Nightmare"),
        {
            "authors": "Viola, Lynne",
            "container_title": "Stalinism",
            "publisher": "Routledge",
            "date_text": "2000",
        },
    )
    assert (
        cite_source(chapter, CitationStyle.FULL)
        == "Viola, Lynne. The Peasant Nightmare. Stalinism. Routledge. 2000"
    )
    typed = SourceMetadata(
        title="Spravka", archive="RGASPI", archive_location="f. 17, op. 3, d. 1003, l. 4–4 ob."
    )
    # (The full style drops a part's final period, "ob." too: the citation styles' work, not this.)
    cited = cite_source(typed, CitationStyle.FULL)
    assert cited.startswith("Spravka. RGASPI, f. 17, op. 3, d. 1003, l. 4–4 ob")
    parts = SourceMetadata(
        title="Spravka", archive="RGASPI", archival_collection="fond 17", archival_file="delo 3"
    )
    assert cite_source(parts, CitationStyle.FULL) == "Spravka. RGASPI, fond 17, delo 3"
