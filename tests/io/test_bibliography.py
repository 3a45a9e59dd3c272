"""CSL-JSON and BibTeX entries as metadata changes, and matching them to sources."""

import json

import pytest

from annotator.domain.errors import SourceRejected
from annotator.domain.model import SourceSummary
from annotator.io.bibliography import match_entries, read_bibliography

CSL = [
    {
        "id": "harrison2017",
        "type": "article-journal",
        "title": "Stalinism: The Complete Negation of Socialism",
        "author": [{"family": "Harrison", "given": "Thomas"}, {"literal": "New Politics editors"}],
        "issued": {"date-parts": [["2017", 12]]},
        "accessed": {"date-parts": [[2024, 5, 2]]},
        "container-title": "New Politics",
        "URL": "https://newpol.example/stalinism",
        "language": "en-US",
    },
    {
        "id": "letter",
        "type": "letter",
        "title": "Letter from the village",
        "issued": {"date-parts": [[1929], [1930]], "circa": True},
    },
    {
        "id": "report",
        "type": "report",
        "title": "District report",
        "issued": {"literal": "spring 1930"},
        "language": "Russian",
    },
]

BIBTEX = r"""
@article{harrison2017,
  author = {Harrison, Thomas and M{\"u}ller, Anna and {Central Committee}},
  title = {{Stalinism}: The Complete Negation of Socialism},
  journal = {New Politics},
  year = {2017}, month = dec,
  url = {https://newpol.example/stalinism}, urldate = {2024-05-02},
  file = {Full Text:files/12/stalinism-complete-negation.pdf:application/pdf}
}
@book{service1997, author = {Service, Robert}, title = {A History of Twentieth-Century Russia},
  publisher = {Harvard University Press}, date = {1997}}
@misc{broken, title = {unclosed
"""


def test_csl_json_items_become_metadata_changes() -> None:
    bibliography = read_bibliography("zotero.json", json.dumps(CSL).encode())
    first, letter, report = bibliography.entries
    assert first.changes == {
        "title": "Stalinism: The Complete Negation of Socialism",
        "authors": ["Harrison, Thomas", "New Politics editors"],
        "date_text": "2017-12",
        "date_accessed": "2024-05-02",
        "container_title": "New Politics",  # the journal; not the publisher (since 0009)
        "url": "https://newpol.example/stalinism",
        "language": "en",
        "item_type": "article-journal",
        "genre": "journal article",
    }
    assert letter.changes["date_text"] == "c. 1929–1930"
    assert report.changes["date_text"] == "spring 1930" and report.changes["language"] == "ru"


def test_bibtex_entries_become_the_same_changes() -> None:
    bibliography = read_bibliography("refs.bib", BIBTEX.encode())
    harrison, service = bibliography.entries
    assert harrison.key == "harrison2017"
    assert harrison.changes["title"] == "Stalinism: The Complete Negation of Socialism"
    assert harrison.changes["authors"] == ["Harrison, Thomas", "Müller, Anna", "Central Committee"]
    assert harrison.changes["date_text"] == "2017-12"
    assert harrison.changes["date_accessed"] == "2024-05-02"
    assert harrison.changes["container_title"] == "New Politics"
    assert harrison.files == ("stalinism-complete-negation.pdf",)
    assert service.changes["genre"] == "book" and service.changes["publisher"] == "Harvard University Press"
    assert len(bibliography.warnings) == 1 and "could not be read" in bibliography.warnings[0]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.json", b"[{", "not valid CSL-JSON"),
        ("x.json", b'{"a": 1}', "not CSL-JSON"),
        ("x.bib", b"\xff\xfe\x00garbage", "a bibliography must be UTF-8"),
        ("x.txt", b"hello", "neither CSL-JSON nor BibTeX"),
        ("x.json", b"[" * 100_000 + b"]" * 100_000, "not CSL-JSON"),  # was a RecursionError
    ],
)
def test_bad_files_are_refused_naming_them(name: str, data: bytes, message: str) -> None:
    with pytest.raises(SourceRejected, match=rf"^{name}: {message}"):
        read_bibliography(name, data)


def summary(source_id: int, title: str, file_name: str) -> SourceSummary:
    return SourceSummary(source_id, "u", title, (), "", None, None, "", "", file_name, "0" * 64, 10, 0)


def test_entries_match_sources_by_title_or_file_name_and_never_guess() -> None:
    sources = [
        summary(1, "Stalinism: the complete negation of socialism", "a.txt"),
        summary(2, "stalinism-complete-negation", "stalinism-complete-negation.pdf"),
        summary(3, "Untitled", "district-report.txt"),
        summary(4, "A History of Twentieth Century Russia (notes)", "service.txt"),
        summary(5, "Letter", "letter1.txt"),
        summary(6, "Letter", "letter2.txt"),
    ]
    csl = read_bibliography(
        "z.json", json.dumps([*CSL, {"id": "dup", "type": "letter", "title": "Letter"}]).encode()
    )
    found = {m.entry.key: (m.source_id, m.by) for m in match_entries(csl.entries, sources)}
    assert found == {
        "harrison2017": (1, "title"),
        "letter": (None, ""),
        "report": (3, "file name"),  # "District report" ~ district-report.txt
        "dup": (None, ""),  # two sources called "Letter": no guess
    }
    bib = read_bibliography("z.bib", BIBTEX.encode())
    found = {m.entry.key: (m.source_id, m.by) for m in match_entries(bib.entries, sources[1:])}
    assert found == {"harrison2017": (2, "file name"), "service1997": (4, "similar title")}
