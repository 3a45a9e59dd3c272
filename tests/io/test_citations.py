"""CSL citations: citeproc-py with the shipped styles and our item mapping.

The first tests are cases of the CSL processor test suite (github.com/citation-style-language/test-suite,
processor-tests/humans), each named after its file: their small test styles are restated here and the
items made from our own metadata through ``render_item``, so they check the mapping as well as citeproc-py.
The rest are our sources in each shipped style.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from annotator.domain.excerpts import CitationStyle, Excerpt, Location
from annotator.domain.model import Annotation, OriginalFile, Source, SourceMetadata
from annotator.io.citations import Citations, load_style, render_item

NOW = datetime(2025, 1, 15, tzinfo=UTC)


def _test_style(citation_layout: str) -> CitationStylesStyle:
    xml = (
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><id/><title/>'
        f"<updated>2009-08-10T04:49:00+09:00</updated></info><citation>{citation_layout}</citation></style>"
    )
    return CitationStylesStyle(io.BytesIO(xml.encode()), validate=False)


def _cite_all(style: CitationStylesStyle, items: list[dict], cites: list[CitationItem]) -> list[str]:
    processor = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    citations = [Citation([c]) for c in cites]
    for citation in citations:
        processor.register(citation)
    return [str(processor.cite(c, lambda _: None)) for c in citations]


def test_suite_name_and_text_delimiter_precedes_last_always() -> None:
    style = _test_style(
        '<layout><names variable="author"><name and="text" delimiter="; " initialize-with="." '
        'name-as-sort-order="all" delimiter-precedes-last="always"/></names></layout>'
    )
    authors = ("Doe, John", "Roe, Jane", "Noakes, Richard")
    metadata = SourceMetadata(title="", authors=authors, item_type="book")
    assert _cite_all(style, [render_item("ITEM-1", metadata)], [CitationItem("ITEM-1")]) == [
        "Doe, J.; Roe, J.; and Noakes, R."
    ]


def test_suite_position_first_true_only_once() -> None:
    style = _test_style(
        '<layout suffix="."><choose><if position="first"><group delimiter=" ">'
        '<names variable="author"><name form="short"/></names><text quotes="true" variable="title"/>'
        '<date prefix="(" suffix=")" variable="issued"><date-part name="year"/></date></group></if>'
        '<else-if position="ibid-with-locator"><text term="ibid"/>'
        '<label form="short" prefix=" " strip-periods="false" variable="locator"/>'
        '<text prefix=" " variable="locator"/></else-if><else><text value="WTF?"/></else></choose></layout>'
    )
    metadata = SourceMetadata(
        title="Tom Swift and His Electric Runabout", authors=("Victor Appleton",), date_text="1910",
        item_type="book",
    )  # fmt: skip
    cites = [CitationItem("ITEM-1"), CitationItem("ITEM-1", locator=Locator("page", "23"))]
    assert _cite_all(style, [render_item("ITEM-1", metadata)], cites) == [
        "Appleton “Tom Swift and His Electric Runabout” (1910).",
        "Ibid. p. 23.",
    ]


def test_a_term_opening_a_note_is_capitalized_but_not_inside_a_parenthesis() -> None:
    # A group left out because its variable is empty has printed nothing before the term.
    layout = ('<layout><group delimiter=" "><text term="in"/><text variable="volume"/></group>'
              '<text term="ibid"/><text prefix=" " variable="title"/></layout>')  # fmt: skip
    item = render_item("ITEM-1", SourceMetadata(title="Spravka", item_type="manuscript"))
    assert _cite_all(_test_style(layout), [item], [CitationItem("ITEM-1")]) == ["Ibid. Spravka"]
    in_text = _test_style(layout)
    in_text.root.set("class", "in-text")
    assert _cite_all(in_text, [item], [CitationItem("ITEM-1")]) == ["ibid. Spravka"]
    after = '<layout><text variable="title" suffix=", "/><text term="ibid"/></layout>'
    assert _cite_all(_test_style(after), [item], [CitationItem("ITEM-1")]) == ["Spravka, ibid."]


def _source(source_id: int, **fields: object) -> Source:
    metadata = SourceMetadata(**fields)  # type: ignore[arg-type]
    return Source(source_id, f"uuid-{source_id}", metadata, None, OriginalFile("f.txt", "0", 1, "text/plain"),
                  1000, "utf-8", NOW, NOW)  # fmt: skip


HARVEST = _source(1, title="The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine",
                  authors=("Robert Conquest",), date_text="1986", publisher="Oxford University Press",
                  publisher_place="New York", item_type="book")  # fmt: skip
ARTICLE = _source(2, title="Toward Data-Driven History", authors=("Blanchy, Guillaume", "Saneiyan, Sina",
                  "Boyd, James"), container_title="Journal of History", volume="12", issue="3", page="45–67",
                  date_text="2020", item_type="article-journal")  # fmt: skip
SPRAVKA = _source(3, title="Spravka on grain procurement", authors=("Krasnopolye District Committee",),
                  archive="RGASPI", archive_location="f. 17, op. 42, d. 80, l. 4–4 ob.",
                  date_text="1932-11-03", item_type="manuscript")  # fmt: skip


def _excerpt(source: Source, page: str | None, paragraph: int) -> Excerpt:
    annotation = Annotation(1, "a", source.id, 0, 5, None, "", None, "", (), NOW, NOW)  # type: ignore[arg-type]
    return Excerpt(annotation, source, Location(0, 5, paragraph, paragraph, page))


def _cited(style: str) -> tuple[list[str], list[str]]:
    citations = Citations(style, [HARVEST, ARTICLE, SPRAVKA])
    excerpts = [_excerpt(HARVEST, "37", 3), _excerpt(ARTICLE, None, 12), _excerpt(SPRAVKA, None, 2),
                _excerpt(HARVEST, "38–39", 4)]  # fmt: skip
    return [citations.cite(e) for e in excerpts], citations.bibliography()


@pytest.mark.parametrize("style", [s for s in CitationStyle if s.is_csl])
def test_every_shipped_style_parses_with_citeproc(style: CitationStyle) -> None:
    assert load_style(style).has_bibliography()


def test_chicago_notes_full_note_then_short_note_and_a_bibliography() -> None:
    notes, bibliography = _cited("chicago-notes")
    assert notes[0] == (
        "Robert Conquest, The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine "
        "(Oxford University Press, 1986), 37."
    )  # the given name whole (citeproc-py ignores initialize="false"; load_style makes up for it)
    # American punctuation, as the en-US locale says (citeproc-py left the comma outside the quote).
    assert notes[1].startswith("Guillaume Blanchy et al., “Toward Data-Driven History,” Journal of History")
    assert notes[1].endswith("para. 12.")  # no page map: the paragraph
    assert "f. 17, op. 42, d. 80, l. 4–4 ob., RGASPI" in notes[2]  # the shelfmark whole
    short = "Conquest, The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine, 38–39."
    assert notes[3] == short
    assert len(bibliography) == 3  # each cited source once
    assert bibliography[0].startswith("Blanchy, Guillaume, Sina Saneiyan, and James Boyd. ")
    assert "12, no. 3 (2020): 45–67." in bibliography[0]  # its pages, not the last locator
    assert bibliography[2].startswith("Krasnopolye District Committee. ")  # a body: not inverted
    assert "l. 4–4 ob." in bibliography[2]
    assert bibliography[1] == (
        "Conquest, Robert. The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine. "
        "Oxford University Press, 1986."
    )


def test_author_date_mla_and_apa() -> None:
    cites, bibliography = _cited("chicago-author-date")
    assert cites[0] == "(Conquest 1986, 37)" and cites[1] == "(Blanchy et al. 2020, para. 12)"
    assert bibliography[1].startswith("Conquest, Robert. 1986. The Harvest of Sorrow")
    cites, bibliography = _cited("mla")
    assert cites[3] == (
        "(Conquest, The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine 38–39)"
    )
    assert bibliography[0].startswith("Blanchy, Guillaume, et al. ")
    assert "vol. 12, no. 3, 2020, pp. 45–67" in bibliography[0]
    cites, bibliography = _cited("apa")
    assert cites[0] == "(Conquest, 1986, p. 37)" and cites[3] == "(Conquest, 1986, pp. 38–39)"
    assert bibliography[0].startswith("Blanchy, G., Saneiyan, S., & Boyd, J. (2020). ")
    assert "Journal of History, 12(3), 45–67." in bibliography[0]


def test_the_projects_own_forms_go_through_the_same_object() -> None:
    cites, bibliography = _cited("short")
    assert cites[0] == "Conquest, The Harvest of Sorrow (1986), p. 37, ¶ 3"
    cites, _ = _cited("full")
    assert cites[2].endswith("RGASPI, f. 17, op. 42, d. 80, l. 4–4 ob. ¶ 2, characters 0–5.")
    assert len(bibliography) == 3


def test_a_date_written_in_words_is_cited() -> None:
    report = _source(4, title="Report", authors=("Krasnopolye District Committee",),
                     date_text="14 March 1930", archive="Regional archive")  # fmt: skip
    assert render_item("4", report.metadata)["issued"] == {"date-parts": [[1930, 3, 14]]}
    citations = Citations("chicago-notes", [report])
    assert "March 14, 1930" in citations.cite(_excerpt(report, None, 3))


def test_a_label_is_left_out_with_its_missing_variable() -> None:
    editorial = _source(5, title="The Collective Farm Spring", authors=("Krasnyi Put' editorial board",),
                        date_text="20 March 1930", item_type="article-newspaper",
                        container_title="Krasnyi Put'")  # fmt: skip
    citations = Citations("chicago-notes", [editorial])
    assert citations.cite(_excerpt(editorial, None, 3)) == (
        "Krasnyi Put' editorial board, “The Collective Farm Spring,” Krasnyi Put', March 20, 1930, para. 3."
    )  # citeproc-py wrote "…, 1930, Edition, para. 3." for the edition it does not have
    assert citations.bibliography() == [
        "Krasnyi Put' editorial board. “The Collective Farm Spring.” Krasnyi Put', March 20, 1930."
    ]


@pytest.mark.parametrize("style", [s for s in CitationStyle if s.is_csl])
def test_a_source_without_an_author_names_its_title_once(style: CitationStyle) -> None:
    # Most archival documents have no author: the style puts the title in the author's place, and CSL
    # leaves a substituted variable out of the rest of the entry (citeproc-py printed it twice).
    note = _source(6, title="Spravka on the grain procurement", date_text="1932-11-20", archive="RGASPI",
                   archive_location="f. 17, op. 3, d. 1003, l. 4–4 ob.", item_type="manuscript")  # fmt: skip
    paper = _source(7, title="The kulak must be liquidated as a class", date_text="1930-01-21",
                    container_title="Pravda", item_type="article-newspaper")  # fmt: skip
    citations = Citations(style, [note, paper])
    citations.cite(_excerpt(note, None, 2))
    citations.cite(_excerpt(paper, None, 1))
    entries = citations.bibliography()
    assert len(entries) == 2
    for entry in entries:
        assert entry.casefold().count("spravka") + entry.casefold().count("kulak") == 1, entry
        assert entry.count("Pravda") <= 1, entry
    assert any("l. 4–4 ob." in e for e in entries)


@pytest.mark.parametrize("style", [s for s in CitationStyle if s.is_csl])
def test_an_archival_location_is_printed_as_stored(style: CitationStyle) -> None:
    # Chicago's bibliography capitalizes the first word of the location ("Folder 5" in CMOS 14.128), but an
    # archive's shelfmark is a reference to be copied, not prose: "f. 17" (fond 17) is not "F. 17".
    citations = Citations(style, [SPRAVKA])
    note = citations.cite(_excerpt(SPRAVKA, None, 2))
    [entry] = citations.bibliography()
    if style is CitationStyle.CHICAGO_NOTES:
        assert "f. 17, op. 42, d. 80, l. 4–4 ob." in note
    assert "f. 17, op. 42, d. 80, l. 4–4 ob." in entry, entry
