from __future__ import annotations

import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.excerpts import (
    CitationStyle,
    ExcerptFilter,
    Location,
    Locator,
    TagMatch,
    cite_location,
    cite_source,
    flowed,
    locate,
    short_authors,
    short_title,
    surname,
)
from annotator.domain.model import Relation, SourceKind, SourceMetadata

TEXT = "Title\n\nFirst paragraph here.\n   \nSecond paragraph, longer.\nThird.\n"


def test_a_filter_takes_what_the_cli_and_the_dialog_type() -> None:
    f = ExcerptFilter(source_ids=[3, 3, 1], tags=["bias/polemical"], tag_match="all", relation="Same event",
                      kind="Primary", facet=" Bias ", query="  grain ")  # fmt: skip
    assert f.source_ids == (3, 1) and f.tag_match is TagMatch.ALL
    assert f.relation is Relation.SAME_EVENT and f.kind is SourceKind.PRIMARY
    assert f.facet == "bias" and f.query == "grain"
    assert not f.is_empty and ExcerptFilter().is_empty


def test_bad_filter_values_are_refused_with_the_choices() -> None:
    with pytest.raises(InvalidInput, match="relation 'agrees' is not one of corroborates, contradicts"):
        ExcerptFilter(relation="agrees")
    with pytest.raises(InvalidInput, match="kind 'quaternary' is not one of primary, secondary, tertiary"):
        ExcerptFilter(kind="quaternary")
    with pytest.raises(InvalidInput, match="the year range 1935–1930 ends before it starts"):
        ExcerptFilter(year_from=1935, year_to=1930)


def test_a_filter_describes_itself_and_bounds_its_dates() -> None:
    f = ExcerptFilter(tags=("bias/polemical", "bias/apologetic"), kind="primary", year_from=1930)
    assert (
        f.describe()
        == "excerpts tagged bias/polemical or bias/apologetic, from primary sources, dated 1930–…"
    )
    assert f.date_bounds() == ("1930-01-01", None)
    assert ExcerptFilter(year_to=33).date_bounds() == (None, "0033-12-31")
    assert ExcerptFilter().describe() == "all excerpts"


def test_paragraphs_are_the_non_blank_lines_numbered_from_one() -> None:
    start = TEXT.index("paragraph here")
    assert locate(TEXT, start, start + 4) == Location(start, start + 4, 2, 2, None)
    across = locate(TEXT, start, TEXT.index("longer"))
    assert (across.paragraph, across.last_paragraph, across.paragraph_label) == (2, 3, "¶ 2–3")


def test_pages_come_from_the_page_map_and_a_range_can_span_two() -> None:
    locator = Locator(TEXT, [(0, "iv"), (TEXT.index("Second"), "v")])
    first = locator.locate(TEXT.index("First"), TEXT.index("First") + 5)
    assert first.page_label == "p. iv"
    spanning = locator.locate(TEXT.index("First"), TEXT.index("Third"))
    assert spanning.page == "iv–v" and spanning.page_label == "pp. iv–v"
    assert Locator(TEXT).locate(0, 5).page_label == ""


def test_a_passage_ending_or_starting_exactly_at_a_page_break_is_on_one_page() -> None:
    second = TEXT.index("Second")
    locator = Locator(TEXT, [(0, "iv"), (second, "v")])
    # ``end`` is exclusive: a passage that stops where page v begins lies wholly on page iv.
    assert locator.locate(TEXT.index("First"), second).page_label == "p. iv"
    assert locator.locate(second, second + len("Second")).page_label == "p. v"
    assert locator.locate(second - 1, second + 1).page_label == "pp. iv–v"


def test_surnames_of_people_but_whole_names_of_organisations() -> None:
    assert surname("Robert Conquest") == "Conquest"
    assert surname("Conquest, Robert") == "Conquest"
    assert surname("Sheila Fitzpatrick") == "Fitzpatrick"
    assert surname("Regional grain commission") == "Regional grain commission"
    assert short_authors(("A. Graziosi", "Lynne Viola")) == "Graziosi and Viola"
    assert short_authors(("A", "B", "C")) == "A et al."


def test_short_and_full_citations() -> None:
    metadata = SourceMetadata(
        title="The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine",
        authors=("Robert Conquest",),
        date_text="1986",
        publisher="Oxford University Press",
        url="https://example.org/harvest",
        date_accessed="2024-05-01",
    )
    assert cite_source(metadata) == "Conquest, The Harvest of Sorrow (1986)"
    assert cite_source(metadata, CitationStyle.FULL) == (
        "Robert Conquest. The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine. "
        "Oxford University Press. 1986. https://example.org/harvest (accessed 2024-05-01)"
    )
    location = Location(120, 180, 12, 12, "37")
    assert cite_location(location) == "p. 37, ¶ 12"
    assert cite_location(location, "full") == "p. 37, ¶ 12, characters 120–180"
    assert cite_source(SourceMetadata(title="Untitled leaflet")) == "Untitled leaflet"


def test_short_citations_cut_subtitles_and_name_people_by_surname() -> None:
    assert short_title("Stalin's Peasants. Resistance and Survival") == "Stalin's Peasants"
    assert short_title("Everyday Stalinism: Ordinary Life in Extraordinary Times") == "Everyday Stalinism"
    assert short_title(": a title that is all subtitle") == ": a title that is all subtitle"  # never empty
    # A surname only from two or three capitalized words, however they are spaced.
    assert surname("Nadezhda  Konstantinovna\nKrupskaya") == "Krupskaya"
    assert surname("Grain procurement figures") == "Grain procurement figures"
    assert surname("Smolensk Oblast Grain Returns") == "Smolensk Oblast Grain Returns"  # not a person
    three = SourceMetadata(title="Letters", authors=("Lynne Viola", "V. P. Danilov", "N. A. Ivnitskii"))
    assert cite_source(three) == "Viola et al., Letters"
    assert cite_source(three, CitationStyle.FULL) == "Lynne Viola, V. P. Danilov and N. A. Ivnitskii. Letters"


def test_organisations_keep_their_whole_name_in_short_citations() -> None:
    from annotator.domain.excerpts import surname

    assert surname("Krasnopolye District Committee") == "Krasnopolye District Committee"
    assert surname("Krasnyi Put' editorial board") == "Krasnyi Put' editorial board"
    assert surname("Robert Conquest") == "Conquest"
    assert surname("Conquest, Robert") == "Conquest"


def test_a_quote_flows_as_the_reflowed_text_reads() -> None:
    stored = (
        "the harvest of the\n  district failed.\n\n\nThe brigades came:\n- for the grain\n2. for the seed\n"
    )
    assert flowed(stored) == (
        "the harvest of the district failed.\n\nThe brigades came:\n- for the grain\n2. for the seed"
    )
    assert flowed("one line") == "one line"


def test_the_locator_agrees_with_paragraphs_and_page_maps_at_every_range() -> None:
    """The locator bisects plain lists of starts (an export locates thousands of passages); it must say what
    ``paragraph_at`` and ``page_range`` say: at blank lines, page starts, unlabelled pages, front matter."""
    from annotator.domain.pages import page_range
    from annotator.domain.paragraphs import paragraph_at, paragraphs

    text = "\n  \nFirst line\n\nSecond  \n\tThird\n\n\nFourth is last\n"
    page_maps = [None, [], [(5, "iv"), (16, ""), (20, "7")], [(0, "1"), (30, "2")]]
    sections = [(0, "chapter 1"), (20, "chapter 2")]
    spans = paragraphs(text)
    for page_map in page_maps:
        locator = Locator(text, page_map, sections)
        for start in range(len(text)):
            for end in range(start + 1, len(text) + 1):
                location = locator.locate(start, end)
                first, last = paragraph_at(spans, start), paragraph_at(spans, max(start, end - 1))
                assert location.paragraph == (first.number if first else None)
                assert location.last_paragraph == (last.number if last else None)
                assert location.page == page_range(page_map, start, end)
                assert location.section == ("chapter 2" if start >= 20 else "chapter 1")


def test_full_citations_keep_the_final_period_of_a_shelfmark() -> None:
    report = SourceMetadata(
        title="Spravka", archive="RGASPI", archive_location="f. 17, op. 42, d. 80, l. 4–4 ob."
    )
    assert cite_source(report, CitationStyle.FULL) == "Spravka. RGASPI, f. 17, op. 42, d. 80, l. 4–4 ob."
    assert cite_location(Location(0, 5, 3, 3), "full") == "¶ 3, characters 0–5"
