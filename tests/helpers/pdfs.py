"""PDFs made for the tests with reportlab: books with running heads, page numbers, labels and hyphenation.

The lines are wrapped here, greedily at a fixed measure in points, as a typesetter would; a word listed in
``splits`` that does not fit is hyphenated after the given number of letters. So a test knows exactly
which paragraphs went in and can check the extracted text character for character.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

FONT, SIZE, LEADING = "Helvetica", 11, 14
LEFT, MEASURE = 72, 400  # left margin and line width in points
TOP, BOTTOM = 770, 90  # first baseline, lowest baseline of the text block
INDENT = 18


@dataclass
class Book:
    """Paragraphs (a heading is a paragraph in capitals) laid out on pages with furniture."""

    paragraphs: Sequence[str]
    running_head: str = "THE GRAIN QUESTION"
    chapter_head: str = "Chapter One: The Village"
    splits: dict[str, int] = field(default_factory=dict)  # word -> letters before the hyphen
    front_matter: Sequence[str] = ()  # lines of a title page, labelled "i"
    page_numbers: bool = True
    labels: bool = True  # page labels: "i" for the title page, then 1, 2, 3…
    first_number: int = 1


def wrap(paragraph: str, splits: dict[str, int], first_indent: float = INDENT) -> list[str]:
    lines: list[str] = []
    current = ""
    available = MEASURE - first_indent
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, FONT, SIZE) <= available:
            current = candidate
            continue
        cut = splits.get(word.strip(".,;:"))
        head = word[:cut] if cut else ""
        head = head if head.endswith("-") else f"{head}-"  # a compound breaks at its own hyphen
        if cut and stringWidth(f"{current} {head}", FONT, SIZE) <= available:
            lines.append(f"{current} {head}")
            current = word[cut:]
        else:
            lines.append(current)
            current = word
        available = MEASURE
    lines.append(current)
    return lines


def book_pages(book: Book) -> list[list[tuple[float, str]]]:
    """The body lines of each numbered page with their indent, as ``make_book`` sets them."""
    pages: list[list[tuple[float, str]]] = []
    y = BOTTOM - 1.0
    for paragraph in book.paragraphs:
        heading = paragraph.isupper()
        lines = [paragraph] if heading else wrap(paragraph, book.splits)
        for i, line in enumerate(lines):
            if y < BOTTOM:
                pages.append([])
                y = TOP
            pages[-1].append((INDENT if i == 0 and not heading else 0, line))
            y -= LEADING
        if heading:
            pages[-1].append((0, ""))  # space below a heading
            y -= LEADING
    return pages


def make_book(book: Book) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle("Test book")
    if book.front_matter:
        canvas.setFont(FONT, 16)
        for i, line in enumerate(book.front_matter):
            canvas.drawString(LEFT, 600 - i * 24, line)
        canvas.showPage()
        if book.labels:
            canvas.addPageLabel(0, style="ROMAN_LOWER")
    if book.labels:
        canvas.addPageLabel(1 if book.front_matter else 0, style="ARABIC", start=book.first_number)
    for number, lines in enumerate(book_pages(book), start=book.first_number):
        _furniture(canvas, book, number)
        canvas.setFont(FONT, SIZE)
        for row, (indent, line) in enumerate(lines):
            if line:
                canvas.drawString(LEFT + indent, TOP - row * LEADING, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _furniture(canvas: Canvas, book: Book, number: int) -> None:
    canvas.setFont(FONT, 9)
    head = book.running_head if number % 2 == 0 else book.chapter_head
    if head:
        canvas.drawString(LEFT, 805, f"{head}" if number % 2 else f"{number}    {head}")
    if book.page_numbers:
        canvas.drawCentredString(LEFT + MEASURE / 2, 50, str(number))


def image_only_pdf(pages: int = 2) -> bytes:
    """A "scan": pages holding a picture and no text layer."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(picture).rectangle((20, 20, 380, 60), fill="black")
    png = io.BytesIO()
    picture.save(png, format="PNG")
    png.seek(0)
    from reportlab.lib.utils import ImageReader

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        canvas.drawImage(ImageReader(png), 72, 400, width=400, height=200)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def two_column_pdf(left: Sequence[str], right: Sequence[str], title: str) -> bytes:
    """One page in two columns, the right column drawn first: content order is not reading order."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont(FONT, 10)
    for i, line in enumerate(right):
        canvas.drawString(320, 700 - i * 13, line)
    canvas.setFont(FONT, 14)
    canvas.drawString(72, 760, title)
    canvas.setFont(FONT, 10)
    for i, line in enumerate(left):
        canvas.drawString(72, 700 - i * 13, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted(data: bytes, password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
