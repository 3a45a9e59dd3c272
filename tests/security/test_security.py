"""Hostile input and output, end to end through a real project: no network, no scripts, no entities, no
escape from an archive, and exports that stay inert whatever the texts, notes and tag names hold.

The network guard works at two levels: Python's socket calls raise (and are recorded, in case a library
swallows the error), and a real listening socket on 127.0.0.1, which every "remote" URL in these files
points at, must see no connection; that also catches C code (libxml2, pdfium) that bypasses Python.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import select
import socket
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from annotator.domain.errors import AnnotatorError, SourceRejected
from annotator.domain.excerpts import ExcerptFilter
from annotator.io.bibliography import read_bibliography
from annotator.io.importers.registry import import_document
from annotator.io.qdpx_reader import read_qdpx
from annotator.services.project import Project

G = "{:08d}-0000-4000-8000-000000000000".format
NS = 'xmlns="urn:QDA-XML:project:1.0"'
SECRET = "TOP-SECRET-7f3a9c"  # written to a local file that hostile XML tries to pull in
FORMATS = ("md", "html", "docx", "csv", "xlsx", "w3c", "qdpx", "qdc")


# --- The network guard ----------------------------------------------------------------------------------


class NetworkGuard:
    def __init__(self, listener: socket.socket) -> None:
        self.listener = listener
        self.attempts: list[str] = []
        host, port = listener.getsockname()
        self.url = f"http://{host}:{port}"

    def refuse(self, *args: object, **kwargs: object) -> None:
        self.attempts.append(repr(args[1:] if args and isinstance(args[0], socket.socket) else args))
        raise OSError("network access is forbidden in this test")

    def check(self) -> None:
        reached = select.select([self.listener], [], [], 0.2)[0]  # a pending connection makes it readable
        assert not self.attempts, f"a socket was used: {self.attempts}"
        assert not reached, "something connected to the local 'remote' server"


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    guard = NetworkGuard(listener)
    monkeypatch.setattr(socket.socket, "connect", guard.refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", guard.refuse)
    monkeypatch.setattr(socket, "create_connection", guard.refuse)
    monkeypatch.setattr(socket, "getaddrinfo", guard.refuse)
    try:
        yield guard
    finally:
        listener.close()


def qdpx(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


def hostile_page(remote: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{remote}/xhtml1-strict.dtd">
<html lang="en"><head><meta charset="utf-8"><title>Seed grain</title>
<meta http-equiv="refresh" content="0; url={remote}/refresh">
<link rel="stylesheet" href="{remote}/style.css"><link rel="preload" href="{remote}/font.woff2">
<style>@import url("{remote}/imported.css"); body {{ background: url({remote}/bg.png) }}</style>
<script src="{remote}/tracker.js"></script><script>fetch("{remote}/beacon"); var EVIL = 1;</script>
</head><body onload="alert('ONLOAD')">
<article><h1>Seed grain in Krasnoye</h1>
<p onclick="alert('ONCLICK')">The instructor read out the new quota for seed grain in the schoolhouse.</p>
<img src="{remote}/photo.jpg" onerror="alert('ONERROR')" srcset="{remote}/photo-2x.jpg 2x">
<iframe src="{remote}/frame.html">IFRAME FALLBACK</iframe>
<p>Nineteen households handed over their horses, <a href="javascript:alert('JSLINK')">said</a> the
teacher, and <a href="{remote}/more">the minutes</a> agree.</p>
<object data="{remote}/movie.swf"></object><embed src="{remote}/clip.swf">
<svg><script>alert('SVG')</script><image href="{remote}/svg.png"/></svg>
<noscript><img src="{remote}/pixel.gif"></noscript></article></body></html>
"""


# --- (a) No socket in import, search and export --------------------------------------------------------


def test_no_socket_is_opened_by_import_search_or_export(
    network: NetworkGuard, project: Project, tmp_path: Path
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    remote = network.url
    report = project.sources.import_bytes("seed-grain.html", hostile_page(remote).encode())
    assert "seed grain" in project.sources.text(report.source_id)

    buffer = io.BytesIO()  # a PDF with a link and a launch of a remote URL
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "The harvest report was read aloud in the district committee.")
    canvas.linkURL(f"{remote}/pdf-link", (72, 700, 300, 730))
    canvas.save()
    project.sources.import_bytes("report.pdf", buffer.getvalue())

    with pytest.raises(SourceRejected):  # an external entity pointing at the local "remote" server
        project.exchange.import_qdpx(
            qdpx(
                tmp_path / "entity.qdpx",
                f'<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "{remote}/entity">]>'
                f'<Project {NS} name="&x;"/>',
            )
        )
    remote_text = f"""<Project {NS} name="p"><Sources>
      <TextSource guid="{G(1)}" name="Remote" plainTextPath="{remote}/text.txt"/>
      <TextSource guid="{G(2)}" name="Local" plainTextPath="internal://{G(2)}.txt"/>
      </Sources></Project>"""
    exchanged = project.exchange.import_qdpx(
        qdpx(tmp_path / "remote.qdpx", remote_text, {f"sources/{G(2)}.txt": b"The quota was met in full."})
    )
    assert len(exchanged.source_ids) == 1
    read_bibliography("refs.json", json.dumps([{"id": "a", "title": "T", "URL": f"{remote}/ref"}]).encode())

    for query in ("quota", '"seed grain"', "horse*", "source:1 quota", "kind:primary OR quota"):
        project.search.search(query)
    for name in FORMATS:
        project.exports.export(ExcerptFilter(), name, tmp_path / f"all.{name}")
        project.exports.export(ExcerptFilter(query="quota"), name, tmp_path / f"filtered.{name}")
    network.check()


def test_the_guard_itself_notices_a_connection(network: NetworkGuard) -> None:
    """The guard must not pass vacuously: both levels see a deliberate attempt."""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", network.listener.getsockname()[1]))
    assert network.attempts
    network.attempts.clear()
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        socket.socket.__bases__[0].connect(raw, network.listener.getsockname())  # as C code would
        with pytest.raises(AssertionError, match="connected"):
            network.check()
    finally:
        raw.close()


# --- (b) Imported HTML keeps no scripts ------------------------------------------------------------------


def test_imported_html_keeps_no_script_handler_javascript_link_iframe_or_refresh() -> None:
    document = import_document("seed-grain.html", hostile_page("http://remote.example").encode())
    text = document.text
    assert "The instructor read out the new quota" in text and "Nineteen households" in text
    for trace in ("alert", "ONLOAD", "ONCLICK", "ONERROR", "JSLINK", "javascript", "EVIL", "fetch(", "SVG"):
        assert trace not in text, trace
    # An iframe is never loaded; its fallback text is the page's own words and may stay, as text.
    for trace in ("remote.example", "frame.html", "refresh", "<", "@import"):
        assert trace not in text, trace
    assert "remote.example" not in document.url


# --- (c) Exports escape everything -----------------------------------------------------------------------

HOSTILE = '<script>alert("x")</script> & "quoted" ]]> <b onmouseover=\'y()\'>'


@pytest.fixture
def hostile(project: Project) -> Project:
    text = f"Minutes of the meeting. {HOSTILE} The quota was read out.\n"
    source = project.sources.import_bytes(
        "hostile.txt", text.encode(), {"title": f"Title {HOSTILE}", "authors": [f"Author {HOSTILE}"]}
    ).source_id
    project.taxonomy.add_facet(f"Facet {HOSTILE}", slug="hostile")
    project.taxonomy.add_tag("hostile", f"Tag {HOSTILE}", slug="tag", description=f"Describes {HOSTILE}")
    start = text.index(HOSTILE)
    first = project.annotations.create(
        source,
        start,
        start + len(HOSTILE),
        tags=["hostile/tag"],
        note=f"Note {HOSTILE}",
        evidence_ref=HOSTILE,
    )
    second = project.annotations.create(source, 0, 7, tags=["bias/polemical"])
    project.links.create(first.id, second.id, "cites", note=f"Link {HOSTILE}")
    return project


def _export(project: Project, name: str, folder: Path) -> bytes:
    path = folder / f"out.{name}"
    project.exports.export(ExcerptFilter(), name, path)
    return path.read_bytes()


def _safe_xml(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def _xml_strings(root: etree._Element) -> str:
    values = [t for t in root.itertext()]
    values += [v for e in root.iter() if isinstance(e.tag, str) for v in e.attrib.values()]
    return "\n".join(values)


def test_html_export_carries_the_text_but_no_live_markup(hostile: Project, tmp_path: Path) -> None:
    data = _export(hostile, "html", tmp_path)
    tree = lxml_html.fromstring(data)
    assert not list(tree.iter("script")), "a quoted script became a script element"
    handlers = [
        (e.tag, a) for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")
    ]
    assert not handlers
    assert not [e for e in tree.iter("b", "iframe", "object", "embed")]
    content = tree.text_content()
    assert HOSTILE in content
    for part in ("Title", "Note", "Tag"):
        assert f"{part} {HOSTILE}" in content, part
    assert b"<script>alert" not in data


def test_markdown_export_escapes_markup_and_renders_inert(hostile: Project, tmp_path: Path) -> None:
    text = _export(hostile, "md", tmp_path).decode("utf-8")
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", text), "an unescaped tag in the Markdown"
    markdown_it = pytest.importorskip("markdown_it")  # a CommonMark renderer, when one is installed
    rendered = lxml_html.fromstring(f"<div>{markdown_it.MarkdownIt().render(text)}</div>")
    assert not list(rendered.iter("script", "b"))
    assert HOSTILE in rendered.text_content()
    assert f"Note {HOSTILE}" in rendered.text_content()


def test_w3c_json_export_round_trips_every_string(hostile: Project, tmp_path: Path) -> None:
    dumped = json.dumps(json.loads(_export(hostile, "w3c", tmp_path)), ensure_ascii=False)
    for value in (HOSTILE, f"Note {HOSTILE}"):  # tags appear by path here
        assert json.dumps(value, ensure_ascii=False)[1:-1] in dumped, value


def test_refi_qda_exports_are_well_formed_and_keep_every_string(hostile: Project, tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(_export(hostile, "qdpx", tmp_path))) as archive:
        project_xml = _xml_strings(_safe_xml(archive.read("project.qde")))
        texts = "\n".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.lower().endswith(".txt")
        )
    for value in (f"Note {HOSTILE}", f"Tag {HOSTILE}", f"Title {HOSTILE}"):
        assert value in project_xml, value
    assert HOSTILE in texts
    codebook = _xml_strings(_safe_xml(_export(hostile, "qdc", tmp_path)))
    assert f"Tag {HOSTILE}" in codebook and f"Describes {HOSTILE}" in codebook


def test_tables_and_word_keep_the_strings_as_plain_text(hostile: Project, tmp_path: Path) -> None:
    import docx
    import openpyxl

    rows = list(csv.reader(io.StringIO(_export(hostile, "csv", tmp_path).decode("utf-8-sig"))))
    assert any(HOSTILE in cell for row in rows for cell in row)
    book = openpyxl.load_workbook(io.BytesIO(_export(hostile, "xlsx", tmp_path)))
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert any(HOSTILE in c for c in cells)
    document = docx.Document(io.BytesIO(_export(hostile, "docx", tmp_path)))
    assert any(HOSTILE in p.text for p in document.paragraphs)


# --- (d) XML never resolves entities or DTDs -------------------------------------------------------------

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + f']><Project {NS} name="&lol9;"/>'
)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def external_entity_documents(secret: Path) -> dict[str, str]:
    uri = secret.as_uri()
    return {
        "system": f'<!DOCTYPE Project [<!ENTITY s SYSTEM "{uri}">]><Project {NS} name="&s;"/>',
        "parameter": f'<!DOCTYPE Project [<!ENTITY % s SYSTEM "{uri}"> %s;]><Project {NS} name="p"/>',
        "dtd": f'<!DOCTYPE Project SYSTEM "{uri}"><Project {NS} name="p"/>',
        "xinclude": f'<Project {NS} xmlns:xi="http://www.w3.org/2001/XInclude" name="p"><Sources>'
        f'<TextSource guid="{G(1)}" name="A"><PlainTextContent><xi:include href="{uri}" parse="text"/>'
        f"</PlainTextContent></TextSource></Sources></Project>",
    }


def _everything_in(project: Project) -> str:
    """Every byte a project keeps: its database file (and the WAL beside it), as text."""
    found = b""
    for path in project.path.parent.glob(project.path.name + "*"):
        found += path.read_bytes()
    return found.decode("latin-1")


def test_billion_laughs_is_refused_and_changes_nothing(project: Project, tmp_path: Path) -> None:
    before = project.generation()
    with pytest.raises(SourceRejected, match=r"DTD|entit"):
        project.exchange.import_qdpx(qdpx(tmp_path / "laughs.qdpx", LAUGHS))
    assert project.generation() == before


def test_external_entities_never_read_the_local_file(
    project: Project, tmp_path: Path, secret_file: Path
) -> None:
    for kind, qde in external_entity_documents(secret_file).items():
        path = qdpx(tmp_path / f"{kind}.qdpx", qde)
        try:
            result = read_qdpx(path)
        except SourceRejected as e:
            assert SECRET not in str(e), kind
        else:
            assert SECRET not in repr(result), kind
        try:
            project.exchange.import_qdpx(path)
        except AnnotatorError as e:
            assert SECRET not in str(e), kind
    assert SECRET not in _everything_in(project)


def test_word_and_html_importers_do_not_resolve_entities_either(secret_file: Path) -> None:
    from tests.helpers.docx_files import make_docx

    uri = secret_file.as_uri()
    original = make_docx([("p", "PLACEHOLDER paragraph of the minutes.")])
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        entries = {i.filename: source.read(i) for i in source.infolist()}
    body = entries["word/document.xml"].decode("utf-8")
    declaration, rest = body.split("?>", 1)
    entries["word/document.xml"] = (
        f'{declaration}?><!DOCTYPE w:document [<!ENTITY s SYSTEM "{uri}">]>'
        + rest.replace("PLACEHOLDER", "&s;")
    ).encode("utf-8")
    hostile = io.BytesIO()
    with zipfile.ZipFile(hostile, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)
    for name, data in (
        ("entity.docx", hostile.getvalue()),
        (
            "entity.html",
            f'<!DOCTYPE html [<!ENTITY s SYSTEM "{uri}">]><html><body><article><p>The minutes say &s; '
            "and the quota was read out in the schoolhouse to everyone present.</p>"
            "</article></body></html>".encode(),
        ),
    ):
        try:
            document = import_document(name, data)
        except AnnotatorError as e:
            assert SECRET not in str(e), name
        else:
            assert SECRET not in repr(document), name


# --- (e) Archives never write outside their target -------------------------------------------------------


def _symlink_entry(archive: zipfile.ZipFile, name: str, target: str) -> None:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix, so external_attr carries the file mode
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive.writestr(info, target)


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


@pytest.mark.parametrize(
    "entry",
    [
        "../escaped.txt",
        "sources/../../escaped.txt",
        "/tmp/escaped-absolute.txt",
        "C:/escaped.txt",
        "..\\escaped.txt",
    ],
)
def test_an_entry_pointing_outside_the_archive_is_refused_and_nothing_written(
    project: Project, tmp_path: Path, entry: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = qdpx(work / "escape.qdpx", f'<Project {NS} name="p"/>', {entry: b"ESCAPED"})
    before, generation = _files_under(tmp_path), project.generation()
    with pytest.raises(SourceRejected, match="outside the archive"):
        project.exchange.import_qdpx(path)
    assert _files_under(tmp_path) - before <= {p for p in tmp_path.glob(project.path.name + "*")}
    assert project.generation() == generation
    assert not Path("/tmp/escaped-absolute.txt").exists()


def test_a_symlink_entry_is_read_as_its_bytes_never_followed(
    project: Project, tmp_path: Path, secret_file: Path
) -> None:
    path = tmp_path / "symlink.qdpx"
    qde = f"""<Project {NS} name="p"><Sources>
      <TextSource guid="{G(1)}" name="Linked" plainTextPath="internal://{G(1)}.txt"/>
      <TextSource guid="{G(2)}" name="Plain" plainTextPath="internal://{G(2)}.txt"/></Sources></Project>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        _symlink_entry(archive, f"sources/{G(1)}.txt", str(secret_file))
        archive.writestr(f"sources/{G(2)}.txt", "The quota was met in full.")
    before = _files_under(tmp_path)
    try:
        project.exchange.import_qdpx(path)
    except AnnotatorError as e:
        assert SECRET not in str(e)
    assert SECRET not in _everything_in(project)
    created = _files_under(tmp_path) - before
    assert all(p.name.startswith(project.path.name) for p in created), created
    assert not any(p.is_symlink() for p in _files_under(tmp_path))


def test_a_word_document_with_escaping_entries_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers.docx_files import make_docx

    buffer = io.BytesIO(make_docx([("p", "The quota was read out in the schoolhouse.")]))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("../escaped.txt", "ESCAPED")
        archive.writestr("/tmp/escaped-absolute-docx.txt", "ESCAPED")
        _symlink_entry(archive, "word/link.xml", "/etc/passwd")
    monkeypatch.chdir(tmp_path)  # a relative write would land here
    before = _files_under(tmp_path)
    with contextlib.suppress(AnnotatorError):  # read or refused: either way, nothing written
        import_document("escaping.docx", buffer.getvalue())
    assert _files_under(tmp_path) == before
    assert not Path("/tmp/escaped-absolute-docx.txt").exists()
