"""Screenshots of exporting on the sample project: the export dialog, and an HTML and a DOCX export as a
reader sees them.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m annotator.ui.export_screenshots [FOLDER]

(default folder: resources/screenshots). The HTML export is rendered by Qt's rich-text engine
(QTextDocument), which knows less CSS than a browser (no rounded chips, no left rule on quotes), so the
picture is close to, not the same as, what a browser prints. The DOCX export is converted to PDF by
LibreOffice (``soffice``) and its first pages rendered with pdfium; without LibreOffice the document is read
back with python-docx and laid out by Qt instead, and the picture says so in its corner.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from annotator.domain.excerpts import ExcerptFilter
from annotator.services.sample import build_sample_project
from annotator.ui.app import application
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.screenshot_kit import private_settings, settle

PAGE_WIDTH = 900  # pixels of the rendered HTML page
MAX_HEIGHT = 2400  # a longer rendering is cut here (with a fade), to keep the PNG readable in a README
DOCX_PAGES = 2
DESK = QColor("#E8E8EB")


def _save(image: QImage, path: Path) -> Path:
    if not image.save(str(path)):
        raise OSError(f"{path}: could not be saved")
    print(f"saved {path} ({image.width()}×{image.height()})")
    return path


def _grab(widget: QWidget, path: Path) -> Path:
    return _save(widget.grab().toImage(), path)


def _fade_bottom(image: QImage, painter: QPainter) -> None:
    """Mark a cut: the last 60 pixels fade into the background."""
    height = image.height()
    gradient = QLinearGradient(0, height - 60, 0, height)
    gradient.setColorAt(0, QColor(255, 255, 255, 0))
    gradient.setColorAt(1, QColor(255, 255, 255, 255))
    painter.fillRect(0, height - 60, image.width(), 60, gradient)


def for_qt(html_text: str) -> str:
    """The export's HTML with what Qt's rich text cannot read rewritten into what it can.

    Qt's CSS parser drops the whole style sheet at a custom property (``:root { --ink: … }``) and knows no
    ``rem``; it ignores padding and margins of inline elements, and pads no paragraph. So the variables are
    replaced by their values, rem by pixels (16 each), the spacing of tag chips and "Note" labels by
    non-breaking spaces, the quotes' left padding by a margin, and each <article> (which Qt does not know
    as a block) by a <div>.
    """
    style = re.search(r"<style>(.*?)</style>", html_text, re.S)
    if style is not None:  # only the style sheet: the excerpts' text stays as written
        css = style.group(1)
        root = re.search(r":root\s*\{([^}]*)\}", css)
        if root is not None:
            values = dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", root.group(1)))
            css = css.replace(root.group(0), "")
            css = re.sub(r"var\((--[\w-]+)\)", lambda m: values.get(m.group(1), "").strip(), css)
        css = re.sub(r"(\d*\.?\d+)rem\b", lambda m: f"{float(m.group(1)) * 16:g}px", css)
        css = css.replace("article {", "div.excerpt {")
        css += "\nblockquote { margin-left: 16px; }\n"
        html_text = html_text[: style.start(1)] + css + html_text[style.end(1) :]
    html_text = re.sub(r"<(/?)article\b", r"<\1div", html_text)  # Qt lays out no <article> as a block
    html_text = re.sub(r'(<span class="tag"[^>]*>)(.*?)</span>', r"\1&nbsp;\2&nbsp;</span> ", html_text)
    return re.sub(r'(<span class="label">.*?</span>)', r"\1&nbsp;", html_text)


def render_html(html_text: str, width: int = PAGE_WIDTH) -> QImage:
    """The HTML laid out by QTextDocument on a white page ``width`` pixels wide."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setDocumentMargin(48)
    document.setHtml(html_text)
    document.setTextWidth(width)
    full = int(document.size().height()) + 1
    height = min(full, MAX_HEIGHT)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    document.drawContents(painter, QRectF(0, 0, width, height))
    if full > height:
        _fade_bottom(image, painter)
    painter.end()
    return image


def _pdf_pages(pdf: Path, pages: int, scale: float = 1.4) -> list[QImage]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        images = []
        for index in range(min(pages, len(document))):
            bitmap = document[index].render(scale=scale, force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGRA)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_ARGB32
            )
            images.append(image.copy())  # own the pixels before pdfium frees them
        return images
    finally:
        document.close()


def _side_by_side(pages: list[QImage], note: str = "") -> QImage:
    """Pages on a grey desk, with a thin shadow, as a word processor shows them."""
    gap = 28
    width = sum(p.width() for p in pages) + gap * (len(pages) + 1)
    height = max(p.height() for p in pages) + 2 * gap
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(DESK)
    painter = QPainter(image)
    x = gap
    for page in pages:
        painter.fillRect(x + 3, gap + 3, page.width(), page.height(), QColor("#B8B8BE"))
        painter.drawImage(x, gap, page)
        x += page.width() + gap
    if note:
        painter.setPen(QColor("#5F6368"))
        painter.setFont(QFont("DejaVu Sans", 9))
        painter.drawText(
            QRectF(gap, height - gap + 4, width - 2 * gap, gap - 6), Qt.AlignmentFlag.AlignLeft, note
        )
    painter.end()
    return image


def docx_as_pdf(path: Path, folder: Path) -> Path | None:
    """``path`` converted to PDF by LibreOffice, or None when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = (folder / "lo-profile").as_uri()  # a private profile: no clash with a running LibreOffice
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = folder / f"{path.stem}.pdf"
    return pdf if pdf.exists() else None


def docx_as_html(path: Path) -> str:
    """A rough HTML rendering of a DOCX read back with python-docx (headings, paragraphs, their styles)."""
    parts = []
    for paragraph in docx.Document(str(path)).paragraphs:
        text = html.escape(paragraph.text)
        style = paragraph.style.name if paragraph.style is not None else ""
        if style == "Title":
            parts.append(f"<h1>{text}</h1>")
        elif style.startswith("Heading"):
            parts.append(f"<h2>{text}</h2>")
        elif style in ("Quote", "Intense Quote"):
            parts.append(f'<p style="margin-left:24px; font-style:italic">{text}</p>')
        else:
            parts.append(f'<p style="margin-left:24px; color:#5f6368; font-size:9pt">{text}</p>')
    return "".join(parts)


def render_docx(path: Path, folder: Path) -> QImage:
    pdf = docx_as_pdf(path, folder)
    if pdf is not None:
        return _side_by_side(_pdf_pages(pdf, DOCX_PAGES))
    page = render_html(docx_as_html(path), 820)
    return _side_by_side(
        [page], "LibreOffice is not installed: the DOCX read back with python-docx, laid out by Qt"
    )


def take_export_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = private_settings(work)
        project = build_sample_project(work / "sample.annotator")
        try:
            taxonomy = project.taxonomy.taxonomy()
            wanted = [taxonomy.resolve(p).id for p in ("bias/propaganda", "bias/loaded-language")]
            dialog = ExportDialog(project, None, ExcerptFilter(tags=tuple(wanted)), settings)
            dialog.set_format("html")
            dialog.show()
            settle()
            saved.append(_grab(dialog, folder / "export-dialog.png"))

            dialog.filter_panel.reset()  # the exports carry every excerpt of the sample project
            dialog.refresh()
            html_path = work / "sample-excerpts.html"
            if dialog.export_to(html_path) is None:
                raise RuntimeError(f"the HTML export failed: {dialog.status.text()}")
            page = render_html(for_qt(html_path.read_text(encoding="utf-8")))
            saved.append(_save(_side_by_side([page]), folder / "export-html.png"))

            dialog.set_format("docx")
            docx_path = work / "sample-excerpts.docx"
            if dialog.export_to(docx_path) is None:
                raise RuntimeError(f"the DOCX export failed: {dialog.status.text()}")
            saved.append(_save(render_docx(docx_path, work), folder / "export-docx.png"))
            dialog.close()
        finally:
            project.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots")
    take_export_screenshots(target)
