"""Every CSL field a historian's reference needs, read from Zotero's CSL-JSON and BibTeX exports (written by
hand after Zotero's own: a journal article, a chapter with editors, an archival document with its shelfmark,
a thesis, a web page, a translated book), and written back out as CSL-JSON and BibTeX that read the same."""

import json

import bibtexparser

from annotator.domain.metadata import apply_changes
from annotator.domain.model import SourceMetadata
from annotator.io.bibliography import read_bibliography, write_bibtex, write_csl_json
from tests.helpers.zotero_exports import ZOTERO_BIBTEX, ZOTERO_CSL_JSON


def _metadata(changes: dict) -> SourceMetadata:  # type: ignore[type-arg]
    return apply_changes(SourceMetadata(title="?"), changes)


def _csl() -> list[SourceMetadata]:
    return [
        _metadata(e.changes) for e in read_bibliography("My Library.json", ZOTERO_CSL_JSON.encode()).entries
    ]


def _bibtex() -> list[SourceMetadata]:
    bibliography = read_bibliography("My Library.bib", ZOTERO_BIBTEX.encode())
    assert bibliography.warnings == ()
    return [_metadata(e.changes) for e in bibliography.entries]


def test_a_journal_article_keeps_journal_volume_issue_pages_and_doi() -> None:
    for article in (_csl()[0], _bibtex()[0]):
        assert article.title == "Ascribing Class: The Construction of Social Identity in Soviet Russia"
        assert (article.container_title, article.publisher) == ("The Journal of Modern History", "")
        assert (article.volume, article.issue, article.page) == ("65", "4", "745–770")
        assert (article.doi, article.date_text, article.date_accessed) == (
            "10.1086/244724",
            "1993-12",
            "2024-03-01",
        )
        assert article.item_type == "article-journal" and article.genre == "journal article"


def test_a_chapter_keeps_its_book_editors_publisher_and_place() -> None:
    for chapter in (_csl()[1], _bibtex()[1]):
        assert chapter.authors == ("Viola, Lynne",)
        assert chapter.editors == ("Fitzpatrick, Sheila", "Schlögel, Karl")  # BibTeX: Schl{\"o}gel
        assert chapter.container_title == "Stalinism: New Directions"  # braces {New} gone
        assert (chapter.publisher, chapter.publisher_place, chapter.edition) == ("Routledge", "London", "2")
        assert (chapter.page, chapter.isbn, chapter.item_type) == ("286–308", "978-0-19-505791-1", "chapter")


def test_an_archival_document_keeps_its_whole_shelfmark() -> None:
    csl, bib = _csl()[2], _bibtex()[2]
    for document in (csl, bib):
        assert (document.archive, document.archive_location) == (
            "RGASPI",
            "f. 17, op. 3, d. 1003, l. 4–4 ob.",
        )
        assert (document.call_number, document.genre, document.item_type) == (
            "17/3/1003",
            "memorandum",
            "manuscript",
        )
        assert document.authors == ("OGPU",) and document.extra == "Typescript copy, signed by Iagoda."
    assert csl.date_text == "1932-11-07" and bib.date_text == "1932-11"  # month = nov, a macro
    assert bib.title == "Spravka o khode khlebozagotovok v USSR"  # {{USSR}}


def test_a_thesis_a_web_page_and_a_translated_book() -> None:
    for thesis in (_csl()[3], _bibtex()[3]):
        assert (thesis.item_type, thesis.genre) == ("thesis", "PhD Thesis")
        assert (thesis.publisher, thesis.publisher_place) == ("University of Chicago", "Chicago")
        assert thesis.title == "Grain and Power in the Soviet Village, 1928–1933"
    for page in (_csl()[4], _bibtex()[4]):
        assert (page.item_type, page.container_title) == ("webpage", "Seventeen Moments in Soviet History")
        assert (page.url, page.date_accessed) == (
            "https://soviethistory.msu.edu/1929-2/dekulakization/",
            "2025-01-15",
        )
    for book in (_csl()[5], _bibtex()[5]):
        assert (book.translators, book.original_date, book.edition) == (("Ivanova, Maria",), "1968", "3")
        assert (book.publisher, book.publisher_place, book.isbn) == (
            "Oxford University Press",
            "New York",
            "0-19-505791-0",
        )
    assert _csl()[5].extra == "Reissued with a new preface."  # "original-date: 1968" left Extra for its field


def test_exported_csl_json_reads_back_with_every_field() -> None:
    sources = [(f"k{i}", m) for i, m in enumerate(_csl())]
    text = write_csl_json(sources)
    items = json.loads(text)
    assert items[1]["editor"] == [
        {"family": "Fitzpatrick", "given": "Sheila"},
        {"family": "Schlögel", "given": "Karl"},
    ]
    assert (
        items[2]["archive_location"] == "f. 17, op. 3, d. 1003, l. 4–4 ob."
        and items[2]["call-number"] == "17/3/1003"
    )
    assert items[2]["author"] == [{"literal": "OGPU"}]
    assert items[0]["issued"] == {"date-parts": [[1993, 12]]} and items[0]["DOI"] == "10.1086/244724"
    assert (
        items[5]["original-date"] == {"date-parts": [[1968]]}
        and items[5]["note"] == "Reissued with a new preface."
    )
    assert (
        "genre" not in items[0] and items[3]["genre"] == "PhD Thesis"
    )  # a genre the type says is not repeated
    again = [_metadata(e.changes) for e in read_bibliography("again.json", text.encode()).entries]
    assert again == [m for _, m in sources]


def test_exported_bibtex_reads_back_with_every_field() -> None:
    sources = [(f"k{i}", m) for i, m in enumerate(_csl())]
    text = write_bibtex(sources)
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    article, chapter, document, thesis, page, book = library.entries
    assert (article.entry_type, chapter.entry_type, document.entry_type) == (
        "article",
        "incollection",
        "unpublished",
    )
    assert (thesis.entry_type, page.entry_type, book.entry_type) == ("phdthesis", "online", "book")
    assert article["journal"] == "The Journal of Modern History" and article["pages"] == "745--770"
    assert (
        chapter["editor"] == "Fitzpatrick, Sheila and Schlögel, Karl"
        and chapter["booktitle"] == "Stalinism: New Directions"
    )
    assert (
        document["author"] == "{OGPU}" and document["archive_location"] == "f. 17, op. 3, d. 1003, l. 4–4 ob."
    )
    assert thesis["school"] == "University of Chicago" and book["origdate"] == "1968"
    again = [_metadata(e.changes) for e in read_bibliography("again.bib", text.encode()).entries]
    assert again == [m for _, m in sources]


def test_bibtex_escapes_what_latex_would_read_as_commands() -> None:
    m = _metadata(
        {"title": "Grain & the 5% NKVD quota: R_1", "authors": ["Central Committee"], "extra": "a {b"}
    )
    text = write_bibtex([("k", m)])
    assert r"{Grain \& the 5\% {NKVD} quota: R\_1}" in text
    [entry] = bibtexparser.parse_string(text).entries
    again = _metadata(read_bibliography("x.bib", text.encode()).entries[0].changes)
    assert again.title == "Grain & the 5% NKVD quota: R_1" and again.authors == ("Central Committee",)
    assert entry.key == "k"


def test_citation_keys_are_ascii_and_unique_however_many_are_alike() -> None:
    from annotator.io.bibliography import CiteKeys

    keys = CiteKeys()
    alike = SourceMetadata(title="Grain", authors=("Ivanov, I.",), date_text="c. 1931")
    made = [keys(alike) for _ in range(300)]
    assert (
        made[:3] == ["ivanov1931grain", "ivanov1931graina", "ivanov1931grainb"]
        and made[27] == "ivanov1931grain27"
    )
    assert len(set(made)) == 300
    assert keys(SourceMetadata(title="Справка", authors=("Schlögel, Karl",))) == "schlogel"
    assert keys(SourceMetadata(title="О хлебе")) == "source"
