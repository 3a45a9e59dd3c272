"""PDFs made page by page with reportlab: each page's lines exactly as given, top to bottom.

Unlike ``pdfs.make_book`` nothing is wrapped or added: a test states what stands at the top and the bottom
of every page (a diary's entry headings, a running head, a page number) and checks what the import keeps.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

FONT, SIZE, LEADING = "Helvetica", 11, 14
LEFT, TOP = 72, 770


def pages_pdf(pages: Sequence[Sequence[str]], foot: Sequence[str] = ()) -> bytes:
    """One page per item of ``pages``, its lines set from the top; ``foot[i]``, if given, at page i's foot."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for index, lines in enumerate(pages):
        canvas.setFont(FONT, SIZE)
        for row, line in enumerate(lines):
            canvas.drawString(LEFT, TOP - row * LEADING, line)
        if index < len(foot) and foot[index]:
            canvas.setFont(FONT, 9)
            canvas.drawCentredString(LEFT + 200, 50, foot[index])
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def diary(entries: int, body_lines: int = 6, author: str = "Anna Kovalenko") -> list[list[str]]:
    """Pages of a diary, each opening with "Entry N of the diary of …" followed by its own lines."""
    return [
        [f"Entry {n} of the diary of {author}, written at Poltava."]
        + [
            f"On day {n} line {i} she wrote about the grain, the rain and the committee."
            for i in range(body_lines)
        ]
        for n in range(1, entries + 1)
    ]
