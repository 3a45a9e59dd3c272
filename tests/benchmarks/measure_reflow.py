"""Measure reflow and running-head removal on PDF-extracted books whose answer is known (issue 14).

Usage, from the repository root::

    python tests/benchmarks/measure_reflow.py PROSE.txt [PROSE.txt ...] [--chars 850000]

Each prose file (a Project Gutenberg text, blank lines between paragraphs) is typeset by pdf_book.py in two
layouts (Times justified, Helvetica ragged), extracted with pypdfium2 in two ways (blank lines at vertical
gaps, or "raw": blank lines only between pages and the indents lost) and imported as a .txt through the
product's import pipeline; the PDF itself is also imported ("pdf": the PDF importer reading the geometry).
Printed per book: the share of wrapped lines joined, real paragraphs merged, words changed, compounds that
lost their hyphen, split words joined or left hyphenated, running heads removed or missed, words whose page
is right, wrong or unknown (``--show N``: N merges and missed joins in context). Not a test.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pdf_book
from pdf_book import Gold, make_book

from annotator.domain.pages import page_at
from annotator.io.importers.registry import import_document


def _out_tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for number, match in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        base = match.start()
        for word in re.finditer(r"\S+", match.group(0)):
            out.append((word.group(0), number, base + word.start()))
    return out


def measure(
    text: str, gold: Gold, page_map: tuple[tuple[int, str], ...], show: int = 0
) -> dict[str, float]:
    """The imported ``text`` against the gold answer; ``show``: print that many merges and missed joins."""
    gold_tokens = [
        (word, p, gold.pages[p][k] if k < len(gold.pages[p]) else None)
        for p, para in enumerate(gold.paragraphs)
        for k, word in enumerate(para.split())
    ]
    out = _out_tokens(text)
    i = j = 0
    stats = dict(changed=0, compound_lost=0, split_kept=0, extra=0, missing=0, missed_join=0, merged=0)
    pages = dict(right=0, wrong=0, unknown=0)
    wrong_pages: list[str] = []
    changed: list[str] = []
    prev: tuple[int, int] | None = None
    while i < len(gold_tokens) and j < len(out):
        g, gp, gpage = gold_tokens[i]
        o, op, offset = out[j]
        if g != o:
            if g.replace("-", "") == o.replace("-", ""):
                if "-" in g and "-" not in o:
                    stats["compound_lost"] += 1
                    changed.append(f"compound {g!r}->{o!r}")
                else:
                    stats["split_kept"] += 1
            else:
                ahead = [w for w, _, _ in gold_tokens[i : i + 3]]
                skip = next(
                    (k for k in range(1, 12) if [w for w, _, _ in out[j + k : j + k + 3]] == ahead), None
                )
                if skip is not None:
                    stats["extra"] += skip
                    j += skip
                    continue
                behind = [w for w, _, _ in out[j : j + 3]]
                skip = next(
                    (k for k in range(1, 12) if [w for w, _, _ in gold_tokens[i + k : i + k + 3]] == behind),
                    None,
                )
                if skip is not None:
                    stats["missing"] += skip
                    i += skip
                    continue
                stats["changed"] += 1
                changed.append(f"{g!r}->{o!r}")
        if prev is not None:
            same_gold, same_out = prev[0] == gp, prev[1] == op
            if same_gold != same_out:
                what = "missed_join" if same_gold else "merged"
                stats[what] += 1
                if stats[what] <= show:
                    print(f"   {what}: …{' '.join(w for w, _, _ in out[max(0, j - 8) : j])} ‖ "
                          f"{' '.join(w for w, _, _ in out[j : j + 6])}…")
        prev = (gp, op)
        label = page_at(page_map, offset) if page_map else None
        if label is None or offset < page_map[0][0]:
            pages["unknown"] += 1
        elif label == gpage:
            pages["right"] += 1
        else:
            pages["wrong"] += 1
            if len(wrong_pages) < 5:
                wrong_pages.append(f"{g} gold p.{gpage} got p.{label}")
        i += 1
        j += 1
    stats["extra"] += len(out) - j
    result: dict[str, float] = {
        "joined_%": 100 * (1 - stats["missed_join"] / max(1, gold.seams)),
        "seams": gold.seams,
        "page_seams": gold.page_seams,
        **stats,
        "split_words": len(gold.split_words),
        "split_compounds": len(gold.split_compounds),
        **{f"page_{k}": v for k, v in pages.items()},
    }
    if changed:
        print("   changed:", changed[:8])
    if wrong_pages:
        print("   wrong pages:", wrong_pages)
    return result


def line_oriented(words: list[str], seed: int = 2) -> dict[str, str]:
    """Files whose lines must all stay as they are: enumerations, a bibliography, a table, an index,
    verse (capitalised and not), a file of one sentence a line."""
    import random

    rng = random.Random(seed)

    def phrase(low: int, high: int) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))

    n = 3000
    return {
        "numbered list": "\n".join(f"{i}. {phrase(4, 14).capitalize()}" for i in range(1, n)),
        "bullets": "\n".join(f"- {phrase(5, 15)}" for _ in range(n)),
        "bibliography": "\n".join(
            f"{phrase(1, 2).title()}, {phrase(1, 1).title()}. {phrase(4, 9).title()}. London: "
            f"{phrase(1, 2).title()}, {rng.randint(1850, 1990)}."
            for _ in range(n)
        ),
        "table": "\n".join(
            f"{phrase(1, 3):<30}{rng.randint(1, 999):>8}{rng.randint(1, 999):>8}   {phrase(1, 2)}"
            for _ in range(n)
        ),
        "index": "\n".join(
            f"{phrase(1, 3)}, " + ", ".join(str(rng.randint(1, 400)) for _ in range(rng.randint(1, 12)))
            for _ in range(n)
        ),
        "verse": "\n".join(
            ("" if i % 5 == 4 else phrase(4, 9).capitalize() + rng.choice([",", "", ";", "."]))
            for i in range(n)
        ),
        "lower-case verse": "\n".join(
            ("" if i % 9 == 8 else phrase(5, 10) + rng.choice([",", "", ""])) for i in range(n)
        ),
        "sentence a line": "\n".join(f"{phrase(8, 16).capitalize()}." for _ in range(n)),
    }


def check_line_oriented(prose: str) -> None:
    words = [w for w in re.findall(r"[a-z]+", prose[:200_000]) if len(w) > 2]
    for name, text in line_oriented(words).items():
        document = import_document("list.txt", text.encode())
        steps = document.steps
        print(
            f"{name}: {len(text.splitlines()):,} lines, detected={steps.reflow_detected}, "
            f"joined={steps.lines_reflowed}, removed={steps.running_heads_removed}, "
            f"unchanged={document.text == text}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("prose", nargs="+", type=Path)
    parser.add_argument("--chars", type=int, default=850_000, help="cut each prose text to about this much")
    parser.add_argument("--show", type=int, default=0, help="print this many merges and missed joins")
    args = parser.parse_args()
    for path in args.prose:
        raw = path.read_bytes()
        try:
            prose = raw.decode("utf-8-sig")[: args.chars]
        except UnicodeDecodeError:
            prose = raw.decode("cp1252")[: args.chars]
        check_line_oriented(prose)
        for layout in ("Times 11 pt, justified", "Helvetica 10 pt, wider, ragged"):
            pdf_book.FONT, pdf_book.SIZE, pdf_book.MEASURE = (
                ("Times-Roman", 11, 320) if layout.startswith("Times") else ("Helvetica", 10, 380)
            )
            justified = layout.endswith("justified")
            for style in ("gaps", "raw", "pdf"):
                # "pdf": the PDF itself through the PDF importer, which reads the lines' geometry.
                extraction = "raw" if style == "pdf" else style
                title = path.stem.upper()
                text, gold, pdf = make_book(prose, justified=justified, style=extraction, title=title)
                started = time.perf_counter()
                if style == "pdf":
                    document = import_document("book.pdf", pdf)
                else:
                    document = import_document("book.txt", text.encode())
                seconds = time.perf_counter() - started
                steps = document.steps
                print(
                    f"{path.name} {layout}, {style}: {len(text):,} chars, "
                    f"{len(text.splitlines()):,} lines, import {seconds:.2f} s"
                )
                result = measure(document.text, gold, document.page_map, args.show)
                result["heads_printed"] = len(gold.heads)
                # A .txt's running heads are taken out by reflow, a PDF's (and page numbers) by its importer.
                result["heads_removed"] = steps.running_heads_removed or steps.furniture_removed
                result["pages_anchored"] = steps.pages_anchored or steps.pages_mapped
                result["hyphens_joined"] = steps.hyphens_joined
                result["hyphens_kept"] = steps.hyphens_kept
                shown = (f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())
                print("   " + ", ".join(shown))


if __name__ == "__main__":
    main()
