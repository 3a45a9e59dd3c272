"""Measure the citation and comment detectors (issue 16): precision, recall, fields, time.

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_citations.py [--corpus ../shared/corpus] [--chars 850000]

Hand-labelled sets: the texts of ../shared/corpus (labels in evidence_corpus_gold.py, read when the folder
is there) and the held-out texts of evidence_heldout.py, written after the rules. A found citation is right
when it overlaps a labelled one and names the same first author; "fields" counts the right ones whose year
and locator also agree. Comments are right when commenter, first and last words agree. Printed: counts,
precision, recall, every miss and every false find; then the time of find_citations and find_comments on
a text of --chars characters (the revision notes and the held-out texts repeated). Not a test.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_corpus_gold as corpus_gold
import evidence_heldout as heldout

from annotator.domain.evidence import Evidence
from annotator.domain.evidence.citations import find_citations
from annotator.domain.evidence.comments import find_comments
from annotator.domain.structure.detect import detect

Gold = tuple[int, int, str, str, str]  # start, end, author, year, locator


def _first_author(author: str) -> str:
    # The first capitalised word, in any script ("Żuk", "Šmidt", "Ясный"), not only Latin-1's capitals
    word = next((m.group(0) for m in re.finditer(r"[^\W\d_][\w’'-]+", author) if m.group(0)[0].isupper()), "")
    return word.lower()


def score(name: str, text: str, gold: list[Gold], found: list[Evidence]) -> tuple[int, int, int, int]:
    """Print and return (labelled, found, right, fields right) for one text."""
    matched: set[int] = set()
    right = fields = 0
    misses = []
    for start, end, author, year, locator in gold:
        hit = None
        for index, evidence in enumerate(found):
            if index in matched or evidence.end <= start or evidence.start >= end:
                continue
            words = re.findall(r"[\w’'-]+", evidence.cited_author.lower())
            if (_first_author(author) in words) or not (author or words):
                hit = index
                break
        if hit is None:
            misses.append(f"    missed {text[start:end]!r} ({author}, {year}, {locator})")
            continue
        matched.add(hit)
        right += 1
        evidence = found[hit]
        if (" ".join(evidence.locator.split()), evidence.year) == (" ".join(locator.split()), year) or (
            not year and evidence.locator == locator
        ):
            fields += 1
        else:
            misses.append(f"    fields {text[start:end]!r}: got year {evidence.year!r} locator "
                          f"{evidence.locator!r}, want {year!r} {locator!r}")  # fmt: skip
    for index, evidence in enumerate(found):
        if index not in matched:
            context = text[max(0, evidence.start - 30) : evidence.end + 10].replace("\n", " ")
            span = text[evidence.start : evidence.end]
            misses.append(f"    false  {span!r} author={evidence.cited_author!r} in …{context}…")
    precision = right / len(found) if found else 1.0
    recall = right / len(gold) if gold else 1.0
    print(f"  {name:48} labelled {len(gold):4} found {len(found):4} right {right:4} "
          f"precision {precision:.3f} recall {recall:.3f} fields {fields}/{right}")  # fmt: skip
    for line in misses:
        print(line)
    return len(gold), len(found), right, fields


def corpus_sets(folder: Path) -> list[tuple[str, str, list[Gold]]]:
    sets = []
    for filename, labels in corpus_gold.CITATIONS.items():
        path = folder / filename
        if not path.exists():
            print(f"  (no {path}: skipped)")
            continue
        text = path.read_text(encoding="utf-8")
        gold: list[Gold] = []
        position = 0
        for anchor, author, locator, *year_given in labels:
            plain = anchor.replace("⟦", "").replace("⟧", "")
            at = text.find(plain, position)
            if at == -1:
                raise SystemExit(f"{filename}: label {anchor!r} not found after offset {position}")
            start = at + anchor.index("⟦")
            end = start + anchor.index("⟧") - anchor.index("⟦") - 1
            year = year_given[0] if year_given else ""
            gold.append((start, end, author, year, locator))
            position = end
        sets.append((filename, text, gold))
    return sets


def heldout_sets() -> list[tuple[str, str, list[Gold]]]:
    sets = []
    text, gold = heldout.strip(heldout.ESSAY)
    sets.append(("held-out essay (author-date)", text, gold))
    text, gold = heldout.strip(heldout.NOTES)
    for anchor, author, year, locator in heldout.NOTE_CALLS:
        at = text.index(anchor) + len(anchor)
        call = re.match(r"\d+", text[at:])
        assert call is not None, anchor
        gold.append((at, at + len(call.group(0)), author, year, locator))
    gold.sort()
    sets.append(("held-out seminar notes (author-page, notes)", text, gold))
    text, gold = heldout.strip(heldout.REVIEW)
    sets.append(("held-out 2: book review (mixed)", text, gold))
    text, gold = heldout.strip(heldout.NEWS)
    sets.append(("held-out 3: news report (speakers, few citations)", text, gold))
    text, gold = heldout.strip(heldout.ENCYCLOPEDIA)
    gold = [(start, end, author, year, locator.strip()) for start, end, author, year, locator in gold]
    sets.append(("held-out 4: encyclopedia (reference marks)", text, gold))
    text, gold = heldout.strip(heldout.THESIS)
    sets.append(("held-out 4: thesis (archival references)", text, gold))
    text, gold = heldout.strip(heldout.JOURNAL)
    sets.append(("held-out 5: journal article", text, gold))
    return sets


def score_comments(name: str, text: str, gold: list[tuple[str, str, str]]) -> tuple[int, int, int]:
    found = find_comments(text)
    right = 0
    lines = []
    used: set[int] = set()
    for commenter, first, last in gold:
        hit = next((i for i, e in enumerate(found) if i not in used and e.speaker is not None
                    and e.speaker.name == commenter and text[e.start : e.end].startswith(first)
                    and text[e.start : e.end].endswith(last)), None)  # fmt: skip
        if hit is None:
            lines.append(f"    missed {commenter}: {first!r} … {last!r}")
        else:
            used.add(hit)
            right += 1
    for index, evidence in enumerate(found):
        if index not in used:
            who = evidence.speaker.name if evidence.speaker else None
            body = text[evidence.start : evidence.end]
            lines.append(f"    false  {who}: {body[:40]!r} … {body[-30:]!r}")
    print(f"  {name:48} labelled {len(gold):4} found {len(found):4} right {right:4}")
    for line in lines:
        print(line)
    return len(gold), len(found), right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parents[3] / "shared" / "corpus")
    parser.add_argument("--chars", type=int, default=850_000)
    args = parser.parse_args()

    for title, sets in (("corpus", corpus_sets(args.corpus)), ("held out", heldout_sets())):
        print(f"Citations, {title}:")
        total = [0, 0, 0, 0]
        for name, text, gold in sets:
            counts = score(name, text, gold, find_citations(text, detect(text)))
            total = [a + b for a, b in zip(total, counts, strict=True)]
        labelled, found, right, fields = total
        print(f"  ALL {title}: precision {right / max(found, 1):.3f} recall {right / max(labelled, 1):.3f} "
              f"fields right {fields}/{right}\n")  # fmt: skip

    print("Comments:")
    for filename, gold in corpus_gold.COMMENTS.items():
        path = args.corpus / filename
        if path.exists():
            score_comments(filename, path.read_text(encoding="utf-8"), gold)
    score_comments("held-out blog (WordPress)", heldout.BLOG, heldout.BLOG_COMMENTS)
    score_comments("held-out interview", heldout.INTERVIEW, heldout.INTERVIEW_TURNS)
    score_comments("held-out letters", heldout.LETTERS, heldout.LETTER_VOICES)
    score_comments("held-out 2: Disqus-style comments", heldout.DISQUS, heldout.DISQUS_COMMENTS)
    score_comments("held-out 2: Q/A interview", heldout.QA, heldout.QA_TURNS)
    score_comments("held-out 4: news comments", heldout.NEWS_COMMENTS, heldout.NEWS_COMMENT_VOICES)
    score_comments("held-out 4: letters with 'Sir,'", heldout.LETTERS_SIR, heldout.LETTERS_SIR_VOICES)
    for name, text, _ in heldout_sets():
        score_comments(name + " (no voices)", text, [])

    sample = [heldout.strip(heldout.ESSAY)[0], heldout.strip(heldout.NOTES)[0], heldout.BLOG]
    notes_path = args.corpus / corpus_gold.REVISION_NOTES
    if notes_path.exists():
        sample.insert(0, notes_path.read_text(encoding="utf-8"))
    unit = "\n\n".join(sample)
    big = (unit * (args.chars // len(unit) + 1))[: args.chars]
    began = time.perf_counter()
    marks = detect(big)
    detected = time.perf_counter()
    citations = find_citations(big, marks)
    cited = time.perf_counter()
    comments = find_comments(big)
    done = time.perf_counter()
    print(f"\nSpeed on {len(big):,} characters: structure detect {detected - began:.2f} s (not ours), "
          f"find_citations {cited - detected:.3f} s ({len(citations)} found), "
          f"find_comments {done - cited:.3f} s ({len(comments)} found)")  # fmt: skip


if __name__ == "__main__":
    main()
