"""Hostile input, generated: random bytes and random text into every reader of outside data.

Every importer, the search query parser, the bibliography readers and the .qdpx importer may only refuse
with one of our own errors (an AnnotatorError, which the UI and the CLI show as one line); anything else
escaping is a bug. Through a real project, a refusal must leave it exactly as it was: the same change
counter and the same sources. Besides plain noise, the strategies build inputs *close* to valid (a real
PDF or DOCX with bytes changed or cut off, queries and BibTeX from their own vocabulary, REFI-QDA XML from
its element and attribute names), because pure noise is refused at the first byte and tests little.

Example counts are bounded so the fast part of this module runs in well under a minute; the examples that
go through a project file and its search index are marked slow.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from annotator.domain.errors import AnnotatorError, SourceRejected
from annotator.io.bibliography import read_bibliography
from annotator.io.importers.registry import import_document
from annotator.io.qdpx_reader import read_qdpx
from annotator.search.query import parse
from annotator.services.project import Project

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".xyz")
# ANNOTATOR_FUZZ_SCALE=20 multiplies every example count, for a long hunt by hand; the suite runs scale 1.
SCALE = max(1, int(os.environ.get("ANNOTATOR_FUZZ_SCALE", "1")))


def examples(count: int, *, project: bool = False) -> settings:
    """Bounded examples, no per-example deadline (PDF parsing and index builds vary a lot)."""
    checks = list(HealthCheck) if project else [HealthCheck.too_slow]  # a module-wide project is intended
    return settings(max_examples=count * SCALE, deadline=None, suppress_health_check=checks)


FAST = examples(60)
FEW = examples(25)


def only_our_errors(action: Callable[[], object]) -> AnnotatorError | None:
    """Run ``action``; an AnnotatorError is an allowed refusal (returned), anything else fails the test."""
    try:
        action()
    except AnnotatorError as e:
        assert str(e).strip() and "\n" not in str(e).strip(), f"not a one-line message: {e!r}"
        event(f"refused ({type(e).__name__})")  # --hypothesis-show-statistics shows the mix
        return e
    event("accepted")
    return None


def state(project: Project) -> tuple[int, int]:
    return project.generation(), len(project.sources.list())


def refused_without_change(project: Project, action: Callable[[], object]) -> None:
    before = state(project)
    if only_our_errors(action) is not None:
        assert state(project) == before, "a refused input changed the project"


@pytest.fixture(scope="module")
def fuzz_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """One project for a whole test (hypothesis runs many examples against one fixture value)."""
    with Project.open(tmp_path_factory.mktemp("fuzz") / "fuzz.annotator") as project:
        yield project


# --- Near-valid files -----------------------------------------------------------------------------------


@cache
def sample_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "The quota for seed grain was read out in the schoolhouse.")
    canvas.showPage()
    canvas.drawString(72, 720, "Nineteen households handed over their horses.")
    canvas.save()
    return buffer.getvalue()


@cache
def sample_docx() -> bytes:
    from tests.helpers.docx_files import make_docx

    return make_docx([("heading", "Minutes"), ("p", "The chairman said the quota could not be met.")])


Edit = tuple[str, float, int, bytes]  # kind, where (0..1 of the length), how many, what to insert

# Edits, not the edited bytes, are what hypothesis draws and shows: a failing example stays readable.
edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "cut", "truncate", "insert"]),
        st.floats(0, 1),
        st.integers(0, 255),
        st.binary(min_size=1, max_size=32),
    ),
    min_size=1,
    max_size=8,
)


def mutated(original: bytes, changes: list[Edit]) -> bytes:
    """``original`` with a few bytes overwritten, a slice removed or inserted, or cut off."""
    data = bytearray(original)
    for kind, where, number, insert in changes:
        at = min(int(where * len(data)), max(len(data) - 1, 0))
        if kind == "flip" and data:
            data[at] = number
        elif kind == "cut":
            del data[at : at + number + 1]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = insert
    return bytes(data)


# --- Importers ------------------------------------------------------------------------------------------

HTML_PARTS = [
    *("<p>", "</p>", "<script>", "<html>", "<body>", "<article>", "<meta charset=", "<title>", '"', "&amp;"),
    *("&#0;", "\x00", "é", "<!--", "<![CDATA[", "The quota was read out in the schoolhouse. "),
]
text_like = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=1000).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=300).map(lambda s: s.encode("utf-16", "surrogatepass")),
    st.lists(
        st.sampled_from(HTML_PARTS),
        max_size=60,
    ).map(lambda parts: "".join(parts).encode("utf-8")),
)


@pytest.mark.parametrize("extension", EXTENSIONS)
@FAST
@given(data=text_like)
def test_importers_refuse_random_input_with_our_errors_only(extension: str, data: bytes) -> None:
    only_our_errors(lambda: import_document(f"fuzzed{extension}", data))


@FEW
@given(changes=edits)
def test_damaged_pdfs_are_refused_with_our_errors_only(changes: list[Edit]) -> None:
    only_our_errors(lambda: import_document("damaged.pdf", mutated(sample_pdf(), changes)))


@FEW
@given(changes=edits)
def test_damaged_word_documents_are_refused_with_our_errors_only(changes: list[Edit]) -> None:
    only_our_errors(lambda: import_document("damaged.docx", mutated(sample_docx(), changes)))


@pytest.mark.slow
@examples(40, project=True)
@given(
    extension=st.sampled_from(EXTENSIONS),
    data=text_like,
    seed=st.sampled_from(["none", "pdf", "docx"]),
    changes=edits,
)
def test_an_import_refused_leaves_the_project_unchanged(
    fuzz_project: Project, extension: str, data: bytes, seed: str, changes: list[Edit]
) -> None:
    if seed != "none":
        data = mutated(sample_pdf() if seed == "pdf" else sample_docx(), changes)
    refused_without_change(
        fuzz_project, lambda: fuzz_project.sources.import_bytes(f"fuzzed{extension}", data)
    )


# --- Search queries -------------------------------------------------------------------------------------

query_parts = st.sampled_from(
    [
        "kulak",
        "grain",
        '"',
        "(",
        ")",
        " ",
        "AND",
        "OR",
        "NOT",
        "-",
        "*",
        "?",
        "~",
        "~2",
        ":",
        "..",
        "–",
        "source:",
        "author:",
        "tag:",
        "facet:",
        "kind:",
        "year:",
        "in:",
        "primary",
        "notes",
        "1930",
        "12",
        "bias/polemical",
        "\\",
        "é",
        "\u200b",
        "\n",
    ]
)
queries = st.one_of(st.text(max_size=80), st.lists(query_parts, max_size=20).map("".join))


@examples(400)
@given(query=queries)
def test_the_query_parser_refuses_with_our_errors_only(query: str) -> None:
    only_our_errors(lambda: parse(query))


@pytest.mark.slow
@examples(60, project=True)
@given(query=queries)
def test_searching_any_query_gives_hits_or_our_errors(fuzz_project: Project, query: str) -> None:
    refused_without_change(fuzz_project, lambda: fuzz_project.search.search(query))


# --- Bibliographies -------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "type",
                    "title",
                    "author",
                    "family",
                    "given",
                    "literal",
                    "issued",
                    "date-parts",
                    "raw",
                    "language",
                    "publisher",
                    "URL",
                    "DOI",
                    "container-title",
                    "file",
                    "note",
                    "x",
                ]
            ),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)
bibtex_parts = st.sampled_from(
    [
        "@article",
        "@book",
        "@string",
        "@comment",
        "{",
        "}",
        ",",
        "=",
        '"',
        "key",
        "title",
        "author",
        "year",
        "and",
        "1930",
        " ",
        "\n",
        "#",
        "%",
        "\\",
        '{\\"o}',
        "é",
        "file",
        "date",
        "@",
    ]
)


@pytest.mark.parametrize("name", ["refs.json", "refs.bib", "refs.txt"])
@FAST
@given(data=text_like)
def test_bibliography_readers_refuse_random_input_with_our_errors_only(name: str, data: bytes) -> None:
    only_our_errors(lambda: read_bibliography(name, data))


@examples(150)
@given(value=json_values)
def test_csl_json_of_any_shape_is_read_or_refused(value: object) -> None:
    only_our_errors(lambda: read_bibliography("refs.json", json.dumps(value).encode()))
    only_our_errors(lambda: read_bibliography("refs.json", json.dumps([value]).encode()))


@examples(150)
@given(text=st.lists(bibtex_parts, max_size=60).map("".join))
def test_bibtex_soup_is_read_or_refused(text: str) -> None:
    only_our_errors(lambda: read_bibliography("refs.bib", text.encode()))


# --- REFI-QDA archives ----------------------------------------------------------------------------------

GUIDS = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(1, 6)]
ELEMENTS = [
    "Project",
    "CodeBook",
    "Codes",
    "Code",
    "Sources",
    "TextSource",
    "PDFSource",
    "Representation",
    "PlainTextSelection",
    "PlainTextContent",
    "Coding",
    "CodeRef",
    "NoteRef",
    "Notes",
    "Note",
    "Links",
    "Link",
    "Variables",
    "Variable",
    "VariableValue",
    "VariableRef",
    "TextValue",
    "Description",
    "Other",
]
ATTRIBUTES = [
    "guid",
    "name",
    "plainTextPath",
    "startPosition",
    "endPosition",
    "targetGUID",
    "originGUID",
    "isCodable",
    "color",
    "direction",
    "path",
    "origin",
]
attribute_values = st.one_of(
    st.sampled_from(GUIDS),
    st.sampled_from([f"internal://{g}.txt" for g in GUIDS] + ["http://example.invalid/x", "internal://"]),
    st.integers(-5, 200).map(str),
    st.text(max_size=10),
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


xml_elements = st.recursive(
    st.text(max_size=30).map(_escape),
    lambda children: st.tuples(
        st.sampled_from(ELEMENTS),
        st.dictionaries(st.sampled_from(ATTRIBUTES), attribute_values, max_size=4),
        st.lists(children, max_size=4),
    ).map(
        lambda t: "<{0}{1}>{2}</{0}>".format(
            t[0], "".join(f' {k}="{_escape(v)}"' for k, v in t[1].items()), "".join(t[2])
        )
    ),
    max_leaves=25,
)
qde_documents = st.lists(xml_elements, max_size=4).map(
    lambda body: (
        '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
        + "".join(body)
        + "</Project>"
    )
)
text_entries = st.dictionaries(
    st.sampled_from([f"sources/{g}.txt" for g in GUIDS] + ["sources/../x.txt", "other.bin"]),
    st.one_of(st.text(max_size=200).map(str.encode), st.binary(max_size=50)),
    max_size=4,
)


def zipped(qde: str | bytes, entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", qde)
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@FAST
@given(data=st.binary(max_size=3000))
def test_random_bytes_are_not_a_qdpx(data: bytes) -> None:
    only_our_errors(lambda: read_qdpx(io.BytesIO(data), "fuzzed.qdpx"))


@examples(150)
@given(qde=st.one_of(qde_documents, st.text(max_size=300), st.binary(max_size=300)), entries=text_entries)
def test_qdpx_reader_reads_or_refuses_any_project_xml(qde: str | bytes, entries: dict[str, bytes]) -> None:
    only_our_errors(lambda: read_qdpx(io.BytesIO(zipped(qde, entries)), "fuzzed.qdpx"))


@FEW
@given(changes=edits)
def test_damaged_qdpx_archives_are_refused_with_our_errors_only(changes: list[Edit]) -> None:
    valid = zipped(_VALID_QDE, {f"sources/{GUIDS[1]}.txt": b"The quota was met."})
    only_our_errors(lambda: read_qdpx(io.BytesIO(mutated(valid, changes)), "damaged.qdpx"))


_VALID_QDE = (
    f'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>'
    f'<Code guid="{GUIDS[0]}" name="Claim" isCodable="true"/></Codes></CodeBook><Sources>'
    f'<TextSource guid="{GUIDS[1]}" name="Note" plainTextPath="internal://{GUIDS[1]}.txt">'
    f'<PlainTextSelection guid="{GUIDS[2]}" name="quota" startPosition="4" endPosition="9">'
    f'<Coding guid="{GUIDS[3]}"><CodeRef targetGUID="{GUIDS[0]}"/></Coding></PlainTextSelection>'
    f"</TextSource></Sources></Project>"
)


@pytest.mark.slow
@examples(60, project=True)
@given(qde=qde_documents, entries=text_entries, name=st.integers(0, 10**9))
def test_a_refused_qdpx_import_leaves_the_project_unchanged(
    fuzz_project: Project,
    tmp_path_factory: pytest.TempPathFactory,
    qde: str,
    entries: dict[str, bytes],
    name: int,
) -> None:
    path: Path = tmp_path_factory.getbasetemp() / f"fuzzed-{name}.qdpx"
    path.write_bytes(zipped(qde, entries))
    refused_without_change(fuzz_project, lambda: fuzz_project.exchange.import_qdpx(path))


# --- Regressions: crashes the fuzzing found, kept as plain examples --------------------------------------


def test_a_word_document_with_its_first_byte_cut_off_is_refused_as_damaged() -> None:
    # zipfile computed an entry offset of -1 and raised ValueError ("negative seek value") from testzip().
    with pytest.raises(SourceRejected, match="damaged"):
        import_document("cut.docx", sample_docx()[1:])


def test_a_qdpx_with_its_first_byte_cut_off_is_refused_as_damaged() -> None:
    # The same ValueError escaped SafeArchive.read() while reading project.qde.
    archive = zipped(_VALID_QDE, {f"sources/{GUIDS[1]}.txt": b"The quota was met."})
    with pytest.raises(SourceRejected, match="damaged"):
        read_qdpx(io.BytesIO(archive[1:]), "cut.qdpx")
