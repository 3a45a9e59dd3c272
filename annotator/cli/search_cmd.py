"""Commands for full-text search: search and reindex."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.errors import InvalidInput

if TYPE_CHECKING:
    from annotator.services.project import Project
    from annotator.services.search import SearchHit


def hit_record(hit: SearchHit) -> dict[str, Any]:
    """The ``--json`` record of a hit: exactly the fields the command-line contract names."""
    from annotator.services.search import Kind  # Whoosh, which the other commands do not load

    record: dict[str, Any] = {
        "source_id": hit.source_id,
        "paragraph": hit.paragraph,
        "kind": hit.kind.value,
        "score": round(hit.score, 4),
        "snippet": hit.snippet.display(),
        "start": hit.start,
        "end": hit.end,
        "matches": [[start, end] for start, end in hit.matches],
    }
    if hit.kind is Kind.NOTE:
        record["annotation_id"] = hit.annotation_id
    elif hit.kind is Kind.METADATA:
        record["field"] = hit.field
    return record


def _marked(hit: SearchHit) -> str:
    """The snippet with each match in [brackets], for people."""
    snippet, text = hit.snippet, hit.snippet.text
    out, at = [], 0
    for start, end in hit.matches:
        a, b = max(start - snippet.start, at), min(end - snippet.start, len(text))
        if a >= b:
            continue
        out += [text[at:a], "[", text[a:b], "]"]
        at = b
    out.append(text[at:])
    body = "".join(out).replace("\n", " ").replace("\x1e", " ")
    return f"{'…' if snippet.clipped_before else ''}{body}{'…' if snippet.clipped_after else ''}"


def _where(hit: SearchHit) -> str:
    from annotator.services.search import Kind

    if hit.kind is Kind.NOTE:
        at = f", ¶ {hit.paragraph}" if hit.paragraph else ""
        return f"note on annotation {hit.annotation_id}{at}"
    if hit.kind is Kind.METADATA:
        return f"{(hit.field or '').replace('_', ' ')}"
    return f"¶ {hit.paragraph}, {hit.start}–{hit.end}"


class _Progress:
    """A one-line progress report on stderr while the index is (re)built, only on a terminal."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if sys.stderr.isatty():
            percent = 100 * done // total if total else 100
            sys.stderr.write(f"\rindexing the project… {percent}%")
            sys.stderr.flush()
            self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _search(project: Project, args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise InvalidInput(f"--limit {args.limit}: give a number of hits, or 0 for all")
    query = " ".join(args.query)
    progress = _Progress()
    try:
        results = project.search.search(query, limit=args.limit or None, progress=progress)
    finally:
        progress.finish()
    if args.json:
        print_json([hit_record(hit) for hit in results.hits])
        return 0
    if not results.hits:
        print(f"No hits for {query}")
        return 0
    for group in results.by_source():
        count = len(group.hits)
        print(f"{group.title} (source {group.source_id}): {count} hit{'s' if count != 1 else ''}")
        for hit in group.hits:
            print(f"  {_where(hit)}: {_marked(hit)}")
    if results.more:
        print(f"(showing the best {len(results.hits)}; --limit 0 shows all)")
    return 0


def _reindex(project: Project, args: argparse.Namespace) -> int:
    progress = _Progress()
    try:
        report = project.search.reindex(progress)
    finally:
        progress.finish()
    if args.json:
        print_json(
            [
                {
                    "sources": report.sources,
                    "documents": report.documents,
                    "characters": report.characters,
                    "seconds": round(report.seconds, 3),
                    "index": str(project.search.index_path),
                }
            ]
        )
    else:
        print(
            f"indexed {report.sources} source{'s' if report.sources != 1 else ''} "
            f"({report.documents} documents, {report.characters:,} "
            f"characters) in {report.seconds:.1f} s"
        )
    return 0


def register(command: AddCommand) -> None:
    p = command(
        "search",
        _search,
        'search the sources\' text, the notes and the metadata (words, "phrases", AND/OR/NOT, wild*, '
        "fuzzy~, source: author: tag: facet: kind: year:1928..1934 in:notes)",
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="the query (several words are joined)")
    p.add_argument("--limit", type=int, default=20, help="how many hits to show (default 20; 0 for all)")
    json_flag(p)

    p = command("reindex", _reindex, "rebuild the search index from the project")
    json_flag(p)
