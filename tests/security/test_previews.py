"""Hostile notes, titles, texts and file names through every HTML preview of the app, in real widgets.

Each preview is rendered and painted, then every link in it clicked. Nothing may run, nothing may be fetched
(the network guard of test_security: Python's sockets refused, and a real local "remote" server that must
see no connection), nothing the markup names may be read from the disk (a FIFO named as an image: reading it
would hang the app, so a watcher process notices any reader and lets it go), and no link may open anything
(every URL scheme is routed to a recorder through QDesktopServices, where a QTextBrowser would send it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import html as lxml_html
from PySide6.QtCore import QByteArray, QObject, QSettings, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from annotator.domain.model import Annotation
from annotator.services.project import Project
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.dialogs.import_report import FileOutcome, ImportReportDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.search_panel import HTML_ROLE
from tests.security.test_security import NetworkGuard, hostile_page, network  # noqa: F401 - a fixture

pytestmark = pytest.mark.gui

SCRIPT = '<script>alert("SCRIPT")</script>'
SCHEMES = ("http", "https", "javascript", "file", "ftp", "mailto", "data", "source")


def markup(remote: str, local: Path) -> str:
    """Every kind of live content, as HTML and as Markdown, on one line (titles have one line)."""
    return (
        f'Minutes {SCRIPT} <img src="{remote}/x.png"> ![remote]({remote}/y.png) '
        f'<iframe src="{remote}/frame.html"></iframe> [js](javascript:alert("JSLINK")) '
        f'<a href="{remote}/a">remote link</a> <img src="{local}"> ![local]({local}) [file](file://{local})'
    )


# --- Watching what the widgets do ------------------------------------------------------------------------


# The watcher runs in its own process: a GUI thread stuck opening the FIFO inside a Qt call may hold the GIL,
# and a thread of this process could then never come to its rescue.
WATCHER = """
import errno, os, sys, time
fifo, log = sys.argv[1], sys.argv[2]
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as e:
        if e.errno != errno.ENXIO:  # ENXIO: nobody is reading
            raise
        time.sleep(0.02)
        continue
    os.close(fd)  # the reader sees an empty file and goes on
    with open(log, "a") as f:
        f.write("read\\n")
"""


class FifoTrap:
    """A FIFO that the hostile markup names as an image. Opening it to read blocks until a writer comes, so
    a watcher polls for a waiting reader, logs it and releases it: a read fails the test, never hangs it."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self._log = path.with_suffix(".readers")
        self._log.touch()
        self._watcher = subprocess.Popen([sys.executable, "-c", WATCHER, str(path), str(self._log)])

    @property
    def readers(self) -> int:
        return len(self._log.read_text().splitlines())

    def close(self) -> None:
        self._watcher.kill()
        self._watcher.wait()


class UrlRecorder(QObject):
    """Where QDesktopServices.openUrl sends every URL while the test runs: recorded, never opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.opened.append(url.toString())


class Watch:
    def __init__(self, guard: NetworkGuard, trap: FifoTrap, urls: UrlRecorder) -> None:
        self.network, self.trap, self.urls = guard, trap, urls

    def check(self, where: str) -> None:
        self.network.check()
        assert self.trap.readers == 0, f"{where}: a local file named in the markup was read"
        assert not self.urls.opened, f"{where}: a link was opened: {self.urls.opened}"


@pytest.fixture
def watch(network: NetworkGuard, tmp_path: Path) -> Iterator[Watch]:  # noqa: F811 - the imported fixture
    trap = FifoTrap(tmp_path / "pipe.png")
    urls = UrlRecorder()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, urls, "record")
    try:
        yield Watch(network, trap, urls)
    finally:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        trap.close()


def record_loads(browser: QTextBrowser) -> list[tuple[str, object]]:
    """Record each resource the browser's document asks it for, and the answer (on this instance only)."""
    asked: list[tuple[str, object]] = []
    original = browser.loadResource

    def recording(kind: int, name: QUrl) -> object:
        answer = original(kind, name)
        asked.append((name.toString(), answer))
        return answer

    browser.loadResource = recording  # type: ignore[method-assign]
    return asked


def is_blank(answer: object) -> bool:
    """An answer that carries nothing read from anywhere: none, empty bytes, or one blank pixel."""
    if answer is None or (isinstance(answer, QByteArray) and answer.isEmpty()):
        return True
    return (
        isinstance(answer, QImage) and answer.size() == QSize(1, 1) and answer.pixelColor(0, 0).alpha() == 0
    )


def fragments(document: QTextDocument) -> Iterator[tuple[int, int, str, str]]:
    """(position, length, anchor href, image name) of each run of text in the document."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            f = fragment.charFormat()
            image = f.toImageFormat().name() if f.isImageFormat() else ""
            yield fragment.position(), fragment.length(), f.anchorHref() if f.isAnchor() else "", image
            it += 1
        block = block.next()


def anchors(document: QTextDocument) -> list[str]:
    return [href for _, _, href, _ in fragments(document) if href]


def images(document: QTextDocument) -> list[str]:
    return [name for _, _, _, name in fragments(document) if name]


def no_live_elements(document: QTextDocument) -> None:
    tree = lxml_html.fromstring(document.toHtml())
    assert not [e for e in tree.iter("script", "iframe", "object", "embed")]
    assert not [
        (e.tag, a) for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")
    ]


def click_every_link(qtbot, browser: QTextBrowser) -> int:  # type: ignore[no-untyped-def]
    """Click each link with the mouse, then follow links from the keyboard (Tab, Return); how many links."""
    links = [(p, n) for p, n, href, _ in fragments(browser.document()) if href]
    browser.show()
    qtbot.waitExposed(browser)
    for position, length in links:
        cursor = QTextCursor(browser.document())
        cursor.setPosition(position + length // 2)
        browser.ensureCursorVisible()
        qtbot.mouseClick(
            browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center()
        )
    browser.setFocus()
    for _ in links:
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        qtbot.keyClick(browser, Qt.Key.Key_Return)
    return len(links)


def paint(widget) -> None:  # type: ignore[no-untyped-def]
    """Lay out and paint now (images are asked for then)."""
    widget.grab()


# --- The hostile project ---------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class Hostile:
    def __init__(self, project: Project, markup: str, source_id: int, annotation: Annotation) -> None:
        self.project, self.markup, self.source_id, self.annotation = project, markup, source_id, annotation


@pytest.fixture
def hostile(project: Project, watch: Watch) -> Hostile:
    live = markup(watch.network.url, watch.trap.path)
    text = f"The district committee met in the schoolhouse.\n{live}\nThe quota was read out to everyone.\n"
    source_id = project.sources.import_bytes(
        "minutes.txt", text.encode(), {"title": f"Title {live}", "authors": [f"Author {SCRIPT}"]}
    ).source_id
    project.taxonomy.add_facet(f"Facet {SCRIPT}", slug="hostile")
    project.taxonomy.add_tag("hostile", f"Tag {SCRIPT}", slug="tag", description=f"Describes {live}")
    start = text.index(live)
    annotation = project.annotations.create(
        source_id, start, start + len(live), ["hostile/tag"], note=f"Note {live}", evidence_ref=live
    )
    return Hostile(project, live, source_id, annotation)


@pytest.fixture
def window(qtbot, hostile: Hostile, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(hostile.project, settings)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


# --- The previews ----------------------------------------------------------------------------------------


def test_the_note_preview_shows_markup_as_text_and_loads_nothing(
    qtbot, window: MainWindow, hostile: Hostile, watch: Watch
) -> None:  # type: ignore[no-untyped-def]
    inspector = window.inspector
    loads = record_loads(inspector.note_preview)
    window.open_source(hostile.source_id)
    window.select_annotation(hostile.annotation.id)
    assert inspector.annotation is not None and inspector.annotation.id == hostile.annotation.id
    inspector.note_tabs.setCurrentWidget(inspector.note_preview)
    paint(window)
    preview = inspector.note_preview
    shown = preview.toPlainText()

    # Raw HTML is the text it is; Markdown still formats (the link and images are Markdown's own).
    assert SCRIPT in shown and "<iframe" in shown and '<a href="' in shown, shown
    assert "[js]" not in shown and "js" in shown
    assert images(preview.document()), "the Markdown images should be there, as blank placeholders"
    assert loads and all(is_blank(answer) for _, answer in loads), loads
    no_live_elements(preview.document())
    assert "javascript:" not in " ".join(images(preview.document()))

    assert not preview.openLinks() and not preview.openExternalLinks()
    assert 'javascript:alert("JSLINK")' in anchors(preview.document())
    assert click_every_link(qtbot, preview) >= 2
    assert preview.source().isEmpty() and preview.toPlainText() == shown  # clicks navigated nowhere
    paint(window)
    watch.check("note preview")

    # The quote of the passage is source text that looks like HTML: shown as text too.
    assert SCRIPT in inspector.quote.text() and inspector.quote.textFormat() == Qt.TextFormat.PlainText


def test_the_export_preview_escapes_quote_citation_and_tags(
    qtbot, hostile: Hostile, settings: AppSettings, watch: Watch
) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(hostile.project, None, settings=settings)
    qtbot.addWidget(dialog)
    loads = record_loads(dialog.preview)
    dialog.refresh()
    dialog.show()
    qtbot.waitExposed(dialog)
    paint(dialog)
    preview = dialog.preview
    shown = preview.toPlainText()
    assert hostile.markup in shown  # the quote, whole and as text
    assert f"Tag {SCRIPT}" in shown and f"Title {hostile.markup}"[:60] in shown
    assert not images(preview.document()) and not anchors(preview.document())
    assert not loads, loads
    no_live_elements(preview.document())
    assert not preview.openLinks() and not preview.openExternalLinks()
    dialog.close()
    watch.check("export preview")


def test_the_import_report_escapes_titles_names_and_messages(
    qtbot, hostile: Hostile, tmp_path: Path, watch: Watch
) -> None:  # type: ignore[no-untyped-def]
    project = hostile.project
    folder = tmp_path / "incoming"
    folder.mkdir()
    page = folder / "seed-grain.html"
    page.write_text(hostile_page(watch.network.url), encoding="utf-8")
    plain = folder / f"Minutes {SCRIPT.replace('/', '')} <img src=pipe.png>.txt"
    plain.write_text("The quota was read out in the schoolhouse to everyone present.", encoding="utf-8")
    empty = folder / "<b onmouseover=alert(1)>empty<iframe src=x>.txt"
    empty.write_bytes(b"")
    outcomes = [
        FileOutcome(page, project.sources.import_file(page)),
        FileOutcome(plain, project.sources.import_file(plain, {"title": f"Title {hostile.markup}"})),
        FileOutcome(empty, refused=f"{empty} is empty {SCRIPT}"),
    ]
    dialog = ImportReportDialog(outcomes)
    qtbot.addWidget(dialog)
    loads = record_loads(dialog.browser)
    opened: list[int] = []
    dialog.source_activated.connect(opened.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    paint(dialog)
    browser = dialog.browser
    shown = browser.toPlainText()
    assert f"Title {hostile.markup}" in shown and plain.name in shown and empty.name in shown
    assert SCRIPT in shown
    assert not images(browser.document()) and not loads, loads
    no_live_elements(browser.document())
    links = anchors(browser.document())
    assert links and all(href.startswith("source:") for href in links), links  # the report's own links only
    assert not browser.openLinks() and not browser.openExternalLinks()
    click_every_link(qtbot, browser)
    assert set(opened) == {o.report.source_id for o in outcomes if o.report is not None}
    assert browser.source().isEmpty()
    dialog.close()
    watch.check("import report")


def test_search_snippets_show_markup_as_text(
    qtbot, window: MainWindow, hostile: Hostile, watch: Watch
) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    delegate = panel.results.itemDelegate()
    documents: list[QTextDocument] = []
    original = delegate._document

    def recording(option, html: str) -> QTextDocument:  # type: ignore[no-untyped-def]
        document = original(option, html)
        documents.append(document)
        return document

    delegate._document = recording  # this instance only: it records the documents it paints
    window.run_search("minutes OR iframe")
    panel.results.expandAll()
    paint(window)
    kinds = {hit.kind.value for hit in panel.hits()}
    assert {"text", "note"} <= kinds, kinds
    assert documents
    snippets = "\n".join(d.toPlainText() for d in documents)
    assert "<img" in snippets, snippets
    # A row shows two lines of its hit; the whole hit is in its tooltip, rendered by Qt as rich text.
    for group in range(panel.results.model().rowCount()):
        parent = panel.results.model().index(group, 0)
        for row in range(panel.results.model().rowCount(parent)):
            tip = QTextDocument()
            tip.setHtml(panel.results.model().index(row, 0, parent).data(Qt.ItemDataRole.ToolTipRole) or "")
            documents.append(tip)
    whole = "\n".join(d.toPlainText() for d in documents)
    assert "<iframe" in whole and "<img" in whole, whole
    for document in documents:
        assert not images(document) and not anchors(document), document.toHtml()
        no_live_elements(document)
    html = [panel.model.item(0).child(row).data(HTML_ROLE) for row in range(panel.model.item(0).rowCount())]
    assert html and all("<script" not in h and "<img" not in h for h in html), html
    watch.check("search snippets")
