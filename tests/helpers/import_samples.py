"""Sample files for the import dialogs' tests (invented texts): a hard-wrapped text that triggers reflow,
a web capture with page furniture, a saved web page, a CSL-JSON bibliography, a text with two articles to
split, and a .qdpx exported from a real project."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project

PARAGRAPHS = [
    "The village soviet of Krasnoye met in the schoolhouse on the third of April to hear the instructor "
    "from the district, who read out the international situation and then the new quota for seed grain.",
    "The chairman answered that the quota could not be met without taking the seed itself, and the "
    "secretary wrote his words into the minutes exactly as he had spoken them, without any softening.",
    "By the end of the week nineteen households had handed over their horses, and the teacher noted in "
    "her diary that the older women had stood at the gate of the stable until it grew dark.",
]
WRAPPED = "\n\n".join(textwrap.fill(p, 62) for p in PARAGRAPHS) + "\n"
JOINED = "\n\n".join(PARAGRAPHS) + "\n"

CAPTURE = (
    "The Krasnoye Chronicle\n"
    "Open search\n"
    "Home | Archive | Letters | About\n"
    "\n"
    "A letter from the schoolteacher [edit]\n"
    "\n"
    "The teacher wrote to her sister that the horses had gone and the stable stood empty.\n"
    "\n"
    "She asked for flour, for paper and for news of their mother in the town.\n"
    "\n"
    "Share\n"
    "Back to top\n"
    "The Krasnoye Chronicle\n"
)
CAPTURE_CLEANED = (
    "A letter from the schoolteacher\n"
    "\n"
    "The teacher wrote to her sister that the horses had gone and the stable stood empty.\n"
    "\n"
    "She asked for flour, for paper and for news of their mother in the town.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seed grain in Krasnoye | Regional Past</title>
<meta name="author" content="A. Historian"><script>var tracker = "NOT TEXT";</script></head>
<body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<main><article><h1>Seed grain in Krasnoye</h1>
<p>The instructor read out the new quota for seed grain, and the chairman said it could not be met.</p>
<p>Nineteen households handed over their horses by the end of the week.</p></article></main>
<footer><p>© 2021 Regional Past</p></footer></body></html>
"""

SPLIT_TEXT = (
    "The first article tells of the seed grain and of the quota read out in the schoolhouse.\n"
    "\n"
    "Reader comments\n"
    "\n"
    "A reader writes that her grandmother remembered the empty stable all her life.\n"
)


def make_samples(folder: Path) -> dict[str, Path]:
    """The files the tests import, written to ``folder`` (``broken`` is binary and refused)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "wrapped": ("minutes-of-the-krasnoye-village-soviet.txt", WRAPPED),
        "capture": ("teacher-letter-capture.txt", CAPTURE),
        "page": ("seed-grain.html", PAGE),
        "bibliography": (
            "zotero.json",
            json.dumps(
                [
                    {
                        "id": "minutes1930",
                        "type": "manuscript",
                        "title": "Minutes of the Krasnoye village soviet",
                        "author": [{"family": "Petrova", "given": "Anna"}],
                        "issued": {"date-parts": [[1930, 4]]},
                        "publisher": "Krasnoye village soviet",
                    },
                    {"id": "unrelated", "type": "book", "title": "A book nobody imported"},
                ]
            ),
        ),
    }
    paths = {}
    for key, (name, text) in files.items():
        paths[key] = folder / name
        paths[key].write_text(text, encoding="utf-8")
    paths["broken"] = folder / "broken.txt"
    paths["broken"].write_bytes(b"\x00\x01\x02" * 50)
    return paths


def make_qdpx(folder: Path) -> Path:
    """A .qdpx exported from a real project with one annotated source."""
    path = folder / "exchange.qdpx"
    with Project.open(folder / "other.annotator") as other:
        text = "The district instructor wrote that the quota had been met in full.\n"
        source = other.sources.import_bytes("instructor.txt", text.encode(), {"title": "Instructor's note"})
        start = text.index("the quota")
        other.annotations.create(
            source.source_id, start, start + len("the quota"), tags=["claim-type/factual"]
        )
        other.exports.export(ExcerptFilter(), "qdpx", path)
    return path


def make_book_pdf(folder: Path) -> Path:
    """A PDF of several pages, with running heads, page numbers and hyphenation."""
    from tests.helpers.pdfs import Book, make_book
    from tests.io.importers.test_pdf import SPLITS, paragraphs

    path = folder / "The Grain Question.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(make_book(Book(paragraphs(40), splits=SPLITS, front_matter=["The Grain Question"])))
    return path


def state(project: Project) -> tuple[list[str], int, int]:
    """What an import may change: the sources, the number of annotations, the change counter."""
    return [s.title for s in project.sources.list()], len(project.annotations.list()), project.generation()
