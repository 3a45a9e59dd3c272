"""The Overview's charts drawn with Matplotlib: into a window's canvas or to SVG, PDF and PNG files.

Matplotlib (rather than Qt Charts) because one drawing serves both the window (its QtAgg canvas) and
publication-quality vector files, with hatching, constrained layout and text kept as text in SVG and PDF.
It is imported here only, and this module only when a chart is drawn: the command line and the window
start without it (tests/cli/test_lazy_imports.py).

Every mark a click can open carries a ``gid`` naming what it stands for (``bar:<source>:<tag>``,
``cell:<tag>:<source>``, ``pair:<tag>:<tag>``, ``segment:<annotation>:<tag>``): the window's click-through
reads it back, and an SVG keeps it as the element's id. Colours are the taxonomy's; each tag also gets a
hatch (bars, code line) and the heat maps print their counts, so a greyscale print still reads.
"""

from __future__ import annotations

import io
import math
import re
import textwrap
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from annotator.domain.errors import InvalidInput
from annotator.domain.historical_dates import axis_label, axis_years
from annotator.domain.overview import (
    PER_WORDS,
    ChartTag,
    CodeLine,
    Cooccurrence,
    DatedSource,
    LinkMap,
    Matrix,
    Profile,
    SourceTimeline,
    decimal_year,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FORMATS = ("svg", "pdf", "png")
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo", "--", "||", "**")
LABEL_WIDTH = 34  # characters per line of a source's title or a tag's name on an axis
MAX_LABELED_CELLS = 2_500  # above this a heat map shows its counts by shade only (labels would not fit)
# A chart of more sources shows those with the most annotations: 500 rows of titles are neither readable
# on a page nor drawn in under a second (12 s for 500; the counts of all are in `annotator matrix --json`).
MAX_SOURCES = 60
MAX_EDGE_LABELS = 150  # a link map with more edges shows their counts by the lines' widths only
RC = {"svg.fonttype": "none", "pdf.fonttype": 42, "font.size": 9, "hatch.linewidth": 0.6}


@dataclass(frozen=True, slots=True)
class Mark:
    """What a clicked mark stands for (read from its ``gid``)."""

    kind: str  # "bar", "cell", "row", "pair", "segment", "link"
    first: int
    second: int
    relation: str = ""  # a link map's edge: the links' relation


def parse_gid(gid: str | None) -> Mark | None:
    if not gid or gid.count(":") not in (2, 3):
        return None
    kind, first, second, *relation = gid.split(":")
    try:
        return Mark(kind, int(first), int(second), *relation)
    except ValueError:
        return None


def label(text: str, width: int = LABEL_WIDTH, lines: int = 2) -> str:
    """``text`` wrapped to ``width`` on at most ``lines`` lines, cut with an ellipsis (never off the page)."""
    wrapped = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(wrapped) > lines:
        wrapped = [
            *wrapped[: lines - 1],
            textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder="…"),
        ]
    # A dollar escaped: two in a title ("Bread at $5 and $10") made Matplotlib set what lay between them as
    # mathematics, in italics and without the dollars.
    return "\n".join(wrapped).replace("$", r"\$")


def _rgb(color: str) -> tuple[float, float, float]:
    color = color.lstrip("#")
    return (int(color[0:2], 16) / 255, int(color[2:4], 16) / 255, int(color[4:6], 16) / 255)


def _ink(rgb: Sequence[float]) -> str:
    """Black or white, whichever reads on a background of ``rgb``."""
    r, g, b = rgb[:3]
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


def new_figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


# --- The charts --------------------------------------------------------------------------------------------


def profile_size(profile: Profile) -> tuple[float, float]:
    return 9.0, max(3.0, 1.4 + 0.42 * len(profile.sources) + 0.18 * len(profile.tags))


def draw_profile(figure: Figure, profile: Profile, *, per_words: bool = False) -> None:
    """Stacked horizontal bars: a row per source, a segment per tag (counts or per 10,000 words)."""
    ax = figure.add_subplot()
    sources = list(profile.sources)[::-1]  # the first source on top
    ys = range(len(sources))
    left = [0.0] * len(sources)
    # Tags no source carries would be empty legend entries; hatches stay with the tag's place in the facet.
    used = [(n, t) for n, t in enumerate(profile.tags) if any(profile.count(s.id, t.id) for s in sources)]
    # On screen and in PNG a tag's bars are one collection naming its cells (``annotator_marks``) and the
    # totals one ``TextColumn``: a bar artist per cell and a text per total made 60 sources' PNG over a
    # second. A vector file keeps a bar per cell named by its gid, and texts.
    vector = getattr(_vector, "on", False)
    from matplotlib.collections import PolyCollection

    for n, tag in used:
        values = [
            profile.density(s.id, tag.id) if per_words else float(profile.count(s.id, tag.id))
            for s in sources
        ]
        hatch = HATCHES[n % len(HATCHES)]
        if vector:
            bars = ax.barh(ys, values, left=left, color=tag.color, edgecolor="black", linewidth=0.4,
                           hatch=hatch, label=label(tag.name, 24, 1))  # fmt: skip
            for bar, source, value in zip(bars, sources, values, strict=True):
                bar.set_gid(f"bar:{source.id}:{tag.id}")
                bar.set_picker(True)
                if value == 0:
                    bar.set_visible(False)
        else:
            cells = [(y, x0, v, s) for y, x0, v, s in zip(ys, left, values, sources, strict=True) if v]
            collection = PolyCollection(
                [[(a, y - 0.4), (a + v, y - 0.4), (a + v, y + 0.4), (a, y + 0.4)] for y, a, v, _ in cells],
                facecolors=tag.color, edgecolors="black", linewidths=0.4, hatch=hatch or None,
            )  # fmt: skip
            collection.set_picker(True)
            collection.annotator_marks = [f"bar:{s.id}:{tag.id}" for *_, s in cells]
            collection.sticky_edges.x.append(0)  # the bars start at the axis, as barh's do
            ax.add_collection(collection)
        left = [a + b for a, b in zip(left, values, strict=True)]
    totals = [(y, total) for y, total in zip(ys, left, strict=True) if total]  # at the end of each bar
    texts = [f" {total:.1f}" if per_words else f" {total:.0f}" for _, total in totals]
    if vector:
        for (y, total), text in zip(totals, texts, strict=True):
            ax.text(total, y, text, va="center", fontsize=8)
    elif totals:
        from annotator.io.text_column import TextColumn

        ax.add_artist(TextColumn(ax, [(y, t) for (y, _), t in zip(totals, texts, strict=True)], size=8,
                                 xs=[total for _, total in totals]))  # fmt: skip
    if sources and not vector:
        ax.autoscale_view()
    if vector:
        ax.set_yticks(list(ys), [label(s.title) for s in sources])
    else:  # the titles as one column too: 60 ticks, laid out and drawn, were half of what was left
        from annotator.io.text_column import TextColumn

        ax.set_yticks([])
        titles = [(y, label(s.title).replace(r"\$", "$")) for y, s in zip(ys, sources, strict=True)]
        ax.add_artist(TextColumn(ax, titles, x=0, pad=-4, align="right", size=9))
    ax.set_xlabel(f"annotations per {PER_WORDS:,} words" if per_words else "annotations")
    ax.set_title(f"{profile.facet_name}: tags per source")
    ax.margins(x=0.08)
    ax.spines[["top", "right"]].set_visible(False)
    if used:
        # Handles of their own: a bar container's first bar may be a hidden zero.
        from matplotlib.patches import Patch

        handles = [
            Patch(facecolor=t.color, edgecolor="black", linewidth=0.4, hatch=HATCHES[n % len(HATCHES)],
                  label=label(t.name, 34, 1))
            for n, t in used
        ]  # fmt: skip
        figure.legend(handles=handles, loc="outside upper center", ncols=min(4, len(used)), frameon=False)
    if not sources:
        _empty(ax)


def matrix_size(matrix: Matrix) -> tuple[float, float]:
    rows = sum(1 for t in matrix.tags if any(matrix.count(t.id, s.id) for s in matrix.sources))
    return max(6.0, 3.2 + 0.36 * len(matrix.sources)), max(3.0, 2.8 + 0.3 * rows)


def draw_matrix(figure: Figure, matrix: Matrix) -> None:
    """Tags (rows) × sources (columns): each cell shaded in its tag's colour by its count, and labelled.

    The cells are one image, picked as a whole (``mark_of`` finds the cell under the mouse), and the counts
    are drawn by ``_counts``: a rectangle per cell for the click and a text per count made 2,000 artists
    for 60 sources × 26 tags, 1.5 s to draw."""
    ax = figure.add_subplot()
    # Rows of tags no source carries are left out of the drawing (a taxonomy has dozens of tags).
    tags = [t for t in matrix.tags if any(matrix.count(t.id, s.id) for s in matrix.sources)]
    sources = list(matrix.sources)
    rows, columns = len(tags), len(sources)
    top = max((matrix.count(t.id, s.id) for t in tags for s in sources), default=0) or 1
    image = []
    for tag in tags:
        rgb = _rgb(tag.color)
        image.append([_shade(rgb, matrix.count(tag.id, s.id) / top) for s in sources])
    if rows and columns:
        grid = ax.imshow(
            _bytes(image), aspect="auto", interpolation="nearest",
            extent=(-0.5, columns - 0.5, rows - 0.5, -0.5),
        )  # fmt: skip

        def cell(r: int, c: int) -> str | None:
            tag, source = tags[r], sources[c]
            return f"cell:{tag.id}:{source.id}" if matrix.count(tag.id, source.id) else None

        _grid(grid, rows, columns, cell)
    _cells(ax, figure)
    if rows * columns <= MAX_LABELED_CELLS:
        _counts(ax, [
            (c, r, str(n), _ink(image[r][c]), f"cell:{tag.id}:{source.id}")
            for r, tag in enumerate(tags)
            for c, source in enumerate(sources)
            if (n := matrix.count(tag.id, source.id))
        ])  # fmt: skip
    ax.set_xticks(
        range(columns),
        [label(s.title, 24, 3) for s in sources],
        rotation=60,
        ha="right",
        rotation_mode="anchor",
    )
    ax.set_yticks(range(rows), [label(t.name, 30, 1) for t in tags])
    for tick, tag in zip(ax.get_yticklabels(), tags, strict=True):  # a row header opens the retrieval
        tick.set_gid(f"row:{tag.id}:0")
        tick.set_picker(True)
    if rows and columns:  # (an empty matrix keeps the default limits: equal ones would warn)
        ax.set_xlim(-0.5, columns - 0.5)
        ax.set_ylim(rows - 0.5, -0.5)
    ax.set_title("Tags × sources: annotations per tag and source")
    if not (rows and columns):
        _empty(ax)


def _cooccurring_tags(co: Cooccurrence) -> list[ChartTag]:
    """The tags a co-occurrence chart shows: those with annotations (all when none has any)."""
    return [t for t in co.tags if co.count(t.id, t.id)] or list(co.tags)


def cooccurrence_size(co: Cooccurrence) -> tuple[float, float]:
    # Sized by the tags drawn, not the taxonomy's: 26 tags' worth of figure for 6 drawn was 4 times the
    # pixels to fill.
    side = max(4.5, 2.8 + 0.38 * len(_cooccurring_tags(co)))
    return side + 0.8, side


def draw_cooccurrence(figure: Figure, co: Cooccurrence) -> None:
    """Tags × tags, shaded by co-occurrences (the diagonal: each tag's annotations, hatched). The cells are
    one picked image and the counts drawn by ``_counts``, as in ``draw_matrix``."""
    ax = figure.add_subplot()
    tags = _cooccurring_tags(co)
    n = len(tags)
    top = max((co.count(a.id, b.id) for a in tags for b in tags if a.id != b.id), default=0) or 1
    base = (0.16, 0.29, 0.55)
    image = [
        [_shade(base, co.count(a.id, b.id) / top) if a.id != b.id else (0.93, 0.93, 0.93) for b in tags]
        for a in tags
    ]
    if n:
        grid = ax.imshow(_bytes(image), interpolation="nearest", extent=(-0.5, n - 0.5, n - 0.5, -0.5))

        def cell(r: int, c: int) -> str | None:
            a, b = tags[r], tags[c]
            return f"pair:{a.id}:{b.id}" if r != c and co.count(a.id, b.id) else None

        _grid(grid, n, n, cell)
    from matplotlib.patches import Rectangle

    for r in range(n):
        diagonal = Rectangle((r - 0.5, r - 0.5), 1, 1, fill=False, hatch="//", edgecolor="0.7", linewidth=0)
        ax.add_patch(diagonal)
    if n * n <= MAX_LABELED_CELLS:
        _counts(ax, [
            (c, r, str(value), "black" if r == c else _ink(image[r][c]),
             None if r == c else f"pair:{a.id}:{b.id}")
            for r, a in enumerate(tags)
            for c, b in enumerate(tags)
            if (value := co.count(a.id, b.id))
        ])  # fmt: skip
    names = [label(t.name, 28, 1) for t in tags]
    ax.set_xticks(range(n), names, rotation=60, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(n), names)
    for tick, tag in zip(ax.get_yticklabels(), tags, strict=True):
        tick.set_bbox({"facecolor": "none", "edgecolor": tag.color, "linewidth": 1.2, "pad": 1.5})
    ax.set_title("Tags together: tags on the same or overlapping passages")
    if not n:
        _empty(ax)


def codeline_size(line: CodeLine) -> tuple[float, float]:
    return 10.0, max(2.6, 1.6 + 0.34 * len(line.tags))


def draw_codeline(figure: Figure, line: CodeLine) -> None:
    """The source from start to end, a lane per tag, each passage a bar where it lies; pages (or
    paragraphs) marked along the axis."""
    ax = figure.add_subplot()
    lanes = {t.id: i for i, t in enumerate(line.tags)}
    length = max(1, line.source.length)
    from matplotlib.patches import Rectangle

    minimum = length / 600  # a short passage stays visible at any length
    for segment in line.segments:
        lane = lanes.get(segment.tag_id)
        if lane is None:
            continue
        tag = line.tags[lane]
        bar = Rectangle(
            (segment.start, lane - 0.38),
            max(minimum, segment.end - segment.start),
            0.76,
            facecolor=tag.color,
            edgecolor="black",
            linewidth=0.3,
            hatch=HATCHES[lane % len(HATCHES)],
            gid=f"segment:{segment.annotation_id}:{segment.tag_id}",
        )
        bar.set_picker(True)
        ax.add_patch(bar)
    ax.set_xlim(0, length)
    ax.set_ylim(len(line.tags) - 0.5, -0.5) if line.tags else ax.set_ylim(0.5, -0.5)
    ax.set_yticks(range(len(line.tags)), [label(t.name, 30, 1) for t in line.tags])
    marks = list(line.marks)
    # A label closer than a 40th of the axis to the one before ran into it ("23" for paragraphs 2 and 3 of
    # an essay); it is left out (its line stays), which also keeps a book's hundreds of pages to 40 labels.
    gap = length / 40
    shown: list[tuple[int, str]] = []
    for mark in marks:
        if not shown or mark[0] - shown[-1][0] >= gap:
            shown.append(mark)
    ax.set_xticks([m[0] for m in shown], [m[1] for m in shown], fontsize=7)
    for position, _ in marks:
        ax.axvline(position, color="0.85", linewidth=0.5, zorder=0)
    ax.set_xlabel("page" if line.marks_are_pages else "paragraph")
    ax.set_title(label(f"Where in the source: {line.source.title}", 90, 2))
    if not line.segments:
        _empty(ax)


# Relations: a colour and a line style each (greyscale print), the kinds of source a colour and a marker.
RELATION_STYLES = {
    "corroborates": ("#2E8B57", "solid"),
    "contradicts": ("#C0392B", "dashed"),
    "cites": ("#2F5FA7", "dotted"),
    "paraphrases": ("#8E44AD", "dashdot"),
    "same-event": ("#D68910", (0, (6, 2, 1, 2, 1, 2))),
}
KIND_STYLES = {"primary": ("#F2C14E", "o"), "secondary": ("#9CC3E6", "s"), "tertiary": ("#C7C7C7", "^")}


def links_size(links: LinkMap) -> tuple[float, float]:
    side = min(14.0, max(6.5, 4.0 + 0.22 * len(links.sources)))
    return side + 2.5, side


def draw_links(figure: Figure, links: LinkMap) -> None:
    """Sources on a circle, sized by their annotations and marked by kind; links between them as edges, one
    per relation, coloured and dashed by relation, as wide as they are many, their count at the middle
    (where there are at most ``MAX_EDGE_LABELS`` edges: more boxes would cover each other).

    In a vector file each edge is a line of its own, named by its ``gid``; on screen and in PNG the edges of
    one relation are one collection, ``mark_of`` naming the edge picked (a line and a box per edge made
    500 sources with 10,000 edges take 50 s to draw)."""
    ax = figure.add_subplot()
    ax.set_aspect("equal")
    ax.axis("off")
    n = len(links.sources)
    angles = {s.id: math.pi / 2 - 2 * math.pi * i / max(1, n) for i, s in enumerate(links.sources)}
    where = {sid: (math.cos(angle), math.sin(angle)) for sid, angle in angles.items()}
    relations = list(RELATION_STYLES)
    top = max(links.edges.values(), default=1)
    drawn = [
        (key, count) for key, count in sorted(links.edges.items())
        if key[0] != key[1] and key[0] in where and key[1] in where  # links inside one source: no edge
    ]  # fmt: skip
    vector = getattr(_vector, "on", False)
    by_relation: dict[str, tuple[list[Any], list[float], list[str]]] = {}
    for (a, b, relation), count in drawn:
        (x0, y0), (x1, y1) = where[a], where[b]
        # Several relations between one pair curve apart so each stays visible and clickable.
        offset = (relations.index(relation) - 2) * 0.06 if relation in relations else 0.0
        mx, my = (x0 + x1) / 2 - (y1 - y0) * offset, (y0 + y1) / 2 + (x1 - x0) * offset
        color, style = RELATION_STYLES.get(relation, ("black", "solid"))
        width, gid = 1.0 + 4.0 * count / top, f"link:{a}:{b}:{relation}"
        if vector:
            (line,) = ax.plot([x0, mx, x1], [y0, my, y1], color=color, linestyle=style, linewidth=width,
                              gid=gid, zorder=1)  # fmt: skip
            line.set_picker(6)
        else:
            segments, widths, marks = by_relation.setdefault(relation, ([], [], []))
            segments.append([(x0, y0), (mx, my), (x1, y1)])
            widths.append(width)
            marks.append(gid)
        if len(drawn) <= MAX_EDGE_LABELS:
            box = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": color, "linewidth": 0.6}
            ax.text(mx, my, str(count), ha="center", va="center", fontsize=7, zorder=3, bbox=box)
    from matplotlib.collections import LineCollection

    for relation, (segments, widths, marks) in by_relation.items():
        color, style = RELATION_STYLES.get(relation, ("black", "solid"))
        edges = LineCollection(segments, colors=color, linestyles=style, linewidths=widths, zorder=1)
        edges.set_picker(6)
        edges.annotator_marks = marks
        ax.add_collection(edges)
    most = max(links.annotations.values(), default=1)
    for kind in sorted({s.kind or "" for s in links.sources}):
        color, marker = KIND_STYLES.get(kind, ("white", "o"))
        of_kind = [s for s in links.sources if (s.kind or "") == kind]
        ax.scatter([where[s.id][0] for s in of_kind], [where[s.id][1] for s in of_kind],
                   s=[60 + 540 * links.annotations.get(s.id, 0) / most for s in of_kind], c=color,
                   marker=marker, edgecolors="black", linewidths=0.6, zorder=2)  # fmt: skip
    for source in links.sources:
        x, y = where[source.id]
        ax.text(x * 1.16, y * 1.16, label(source.title, 26, 2), fontsize=7, zorder=4,
                ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                va="bottom" if y > 0.05 else "top" if y < -0.05 else "center")  # fmt: skip
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.45, 1.45)
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color=c, linestyle=st, linewidth=2, label=r)
        for r, (c, st) in RELATION_STYLES.items()
        if any(key[2] == r for key in links.edges)
    ] + [
        Line2D([], [], color="black", marker=m, markerfacecolor=c, linestyle="none", label=f"{k} source")
        for k, (c, m) in KIND_STYLES.items()
        if any(s.kind == k for s in links.sources)
    ]  # fmt: skip
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    ax.set_title("Links between the passages of the sources")
    if not links.edges:
        _empty(ax)


def era_axis_label(x: float) -> str:
    """A year axis's tick at ``x`` (astronomical years): "500 BC" at -499, "AD 14", "1917"."""
    return axis_label(round(x))


def _timeline_rows(timeline: SourceTimeline) -> list[DatedSource]:
    """The timeline's rows: the dated sources in lanes by kind, then the undated that date events."""
    kinds = ["primary", "secondary", "tertiary", ""]
    dated = [d for d in timeline.sources if d.start is not None and d.end is not None]
    dated.sort(key=lambda d: (kinds.index(d.source.kind or "") if (d.source.kind or "") in kinds else 3,
                              d.start or ""))  # fmt: skip
    telling = [d for d in timeline.undated if timeline.events.get(d.source.id)]
    return dated + telling


# A row: the source's bar in its upper part, the events it dates on a line below it, so neither hides the
# other where a source tells of its own days.
BAR_HALF, BAR_SHIFT, EVENT_SHIFT = 0.24, 0.1, 0.3


def timeline_size(timeline: SourceTimeline) -> tuple[float, float]:
    return 12.0, max(3.0, 2.0 + 0.3 * len(_timeline_rows(timeline)))


def draw_timeline(figure: Figure, timeline: SourceTimeline) -> None:
    """A row per source on a year axis, grouped in lanes by kind: a range as a bar, a day as a mark, an
    approximate date hatched and pale; on the same row, the events the source dates (the figures and dates
    detector's dated statements): a day or a month as a black tick, a longer span as a thin line. Titles
    stand in a column right of the axis, where no mark reaches them. Undated sources that date events get
    rows of their own below; the others are named under the title.

    The events are one collection each (ticks, spans), picked as a whole: ``mark_of`` names the event
    under the mouse (``event:<source>:<its character offset>``)."""
    ax = figure.add_subplot()
    rows = _timeline_rows(timeline)
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    years: list[float] = []
    for entry in rows:
        if entry.start is not None and entry.end is not None:
            years += [decimal_year(entry.start), decimal_year(entry.end, end=True)]
        for told in timeline.events.get(entry.source.id, ()):
            years += [decimal_year(told.date_start), decimal_year(told.date_end, end=True)]
    first, last = (min(years), max(years)) if years else (1900.0, 2000.0)
    span = max(1.0, last - first)
    ticks: list[tuple[float, float]] = []
    tick_marks: list[str] = []
    spans: list[list[tuple[float, float]]] = []
    span_marks: list[str] = []
    # On screen and in PNG the bars are a collection per look (plain, approximate) and the day marks a
    # scatter per shape, picked by index (``annotator_marks``): a Rectangle and a scatter per source made
    # 500 sources take 7 s to draw. A vector file keeps a rectangle per source, named by its gid.
    vector = getattr(_vector, "on", False)
    bars: dict[bool, tuple[list[Any], list[str], list[str]]] = {}
    days: dict[str, tuple[list[tuple[float, float]], list[str]]] = {}
    titles: list[tuple[int, str]] = []
    for row, entry in enumerate(rows):
        if entry.start is not None and entry.end is not None:
            x0, x1 = decimal_year(entry.start), decimal_year(entry.end, end=True)
            color, marker = KIND_STYLES.get(entry.source.kind or "", ("#DDDDDD", "o"))
            width = max(x1 - x0, span / 300)
            y0, gid = row - BAR_HALF - BAR_SHIFT, f"source:{entry.source.id}:0"
            if vector:
                bar = Rectangle(
                    (x0, y0), width, 2 * BAR_HALF, facecolor=color, edgecolor="black", linewidth=0.5,
                    hatch="//" if entry.approximate else "", alpha=0.55 if entry.approximate else 1.0,
                    gid=gid,
                )  # fmt: skip
                bar.set_picker(True)
                ax.add_patch(bar)
            else:
                corners, colors, marks = bars.setdefault(entry.approximate, ([], [], []))
                y1 = y0 + 2 * BAR_HALF
                corners.append([(x0, y0), (x0 + width, y0), (x0 + width, y1), (x0, y1)])
                colors.append(color)
                marks.append(gid)
            if x1 - x0 < span / 150:  # a day or a month: a mark in the kind's shape, easier to see
                where, colors = days.setdefault(marker, ([], []))
                where.append((x0 + width / 2, row - BAR_SHIFT))
                colors.append(color)
        for told in timeline.events.get(entry.source.id, ()):
            e0, e1 = decimal_year(told.date_start), decimal_year(told.date_end, end=True)
            mark = f"event:{entry.source.id}:{told.start}"
            if e1 - e0 <= 1 / 12 + 0.01:  # a day or a month
                ticks.append(((e0 + e1) / 2, row))
                tick_marks.append(mark)
            else:
                spans.append([(e0, row + EVENT_SHIFT), (e1, row + EVENT_SHIFT)])
                span_marks.append(mark)
        approx = " (approx.)" if entry.approximate else ""
        count = f" · {entry.annotations}" if entry.annotations else ""
        titles.append((row, f"{label(entry.source.title, 48, 1)}{approx}{count}"))
    if vector:
        for row, title in titles:
            ax.text(1.01, row, title, va="center", fontsize=7, transform=ax.get_yaxis_transform(),
                    clip_on=False)  # fmt: skip
    elif titles:
        # One image for the column (500 texts were most of the drawing); ``label`` escaped the dollars
        # for Matplotlib's mathematics, which this column does not know.
        from annotator.io.text_column import TextColumn

        ax.add_artist(TextColumn(ax, [(row, t.replace(r"\$", "$")) for row, t in titles], size=7))
    from matplotlib.collections import PolyCollection

    for approximate, (corners, colors, marks) in bars.items():
        collection = PolyCollection(
            corners, facecolors=colors, edgecolors="black", linewidths=0.5,
            hatch="//" if approximate else None, alpha=0.55 if approximate else None,
        )  # fmt: skip
        collection.set_picker(True)
        collection.annotator_marks = marks
        ax.add_collection(collection, autolim=False)
    for marker, (where, colors) in days.items():
        ax.scatter([x for x, _ in where], [y for _, y in where], marker=marker, s=36, c=colors,
                   edgecolors="black", linewidths=0.5, zorder=2)  # fmt: skip
    if spans:
        lines = LineCollection(spans, colors="black", linewidths=1.4, zorder=3)
        lines.set_picker(4)
        lines.annotator_marks = span_marks
        ax.add_collection(lines, autolim=False)
    if ticks:
        dots = ax.scatter([x for x, _ in ticks], [y + EVENT_SHIFT for _, y in ticks], marker="|", s=30,
                          c="black", linewidths=1.2, zorder=4)  # fmt: skip
        dots.set_picker(3)
        dots.annotator_marks = tick_marks
    ax.set_xlim(first - span * 0.03, last + span * 0.03)
    if first < 1000:
        # Years before our era (astronomical: 500 BC is -499) and in its first millennium: ticks at the round
        # years a reader counts, named with their era ("500 BC", "AD 100"), not matplotlib's "-500"
        from matplotlib.ticker import FixedLocator, FuncFormatter

        step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if span / s <= 10), 2000)
        ax.xaxis.set_major_locator(FixedLocator(axis_years(first - span * 0.03, last + span * 0.03, step)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: era_axis_label(x)))
    ax.set_ylim(max(len(rows), 1) - 0.5, -0.5)
    # A lane's name once, at its middle, and a line between lanes: a tick per row (500 of them, each a
    # few artists) was a third of the drawing.
    lanes = [d.source.kind or "kind not set" if d.start is not None else "undated" for d in rows]
    middles, names = [], []
    for row, lane in enumerate(lanes):
        if row == 0 or lanes[row - 1] != lane:
            if row:
                ax.axhline(row - 0.5, color="0.75", linewidth=0.6)
            first_row = row
        if row == len(lanes) - 1 or lanes[row + 1] != lane:
            middles.append((first_row + row) / 2)
            names.append(lane)
    ax.set_yticks(middles, names, fontsize=7)
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel("year")
    ax.grid(axis="x", color="0.9", linewidth=0.6)
    ax.set_axisbelow(True)
    title = "Sources in time: the sources by their dates (· annotations) and the events they date"
    shown = {d.source.id for d in rows}
    unplaced = [d for d in timeline.undated if d.source.id not in shown]
    notes = []
    if unplaced:
        names = ", ".join(label(d.source.title, 30, 1) for d in unplaced[:6])
        more = f" and {len(unplaced) - 6} more" if len(unplaced) > 6 else ""
        notes.append(f"Undated: {names}{more}")
    if timeline.undetected:
        sources = f"{timeline.undetected} more source{'' if timeline.undetected == 1 else 's'}"
        if timeline.detecting:
            notes.append(f"finding the events of {sources}…")
        else:
            notes.append(f"the events of {sources} are not detected yet")
    if notes:
        title += "\n" + label("; ".join(notes), 120, 2)
    ax.set_title(title, fontsize=9)
    handles = [
        Patch(facecolor=c, edgecolor="black", linewidth=0.5, label=f"{k} source")
        for k, (c, _) in KIND_STYLES.items()
        if any(d.source.kind == k and d.start is not None for d in rows)
    ]
    if any(d.approximate for d in rows):
        handles.append(Patch(facecolor="white", edgecolor="black", hatch="//", linewidth=0.5,
                             label="approximate date"))  # fmt: skip
    if ticks:
        handles.append(Line2D([], [], color="black", marker="|", linestyle="none", markersize=8,
                              label="an event it dates (day, month)"))  # fmt: skip
    if spans:
        handles.append(Line2D([], [], color="black", linewidth=1.4, label="an event it dates (a span)"))
    if handles:
        # Above the chart: below it stands a file's caption.
        figure.legend(handles=handles, loc="outside upper center", ncols=min(5, len(handles)), frameon=False,
                      fontsize=7)  # fmt: skip
    if not rows:
        _empty(ax)


# --- Files ---------------------------------------------------------------------------------------------


def figure_for(data: Any, *, per_words: bool = False, vector: bool = False, file: bool = False) -> Figure:
    """A new figure drawing ``data`` (a Profile, Matrix, Cooccurrence or CodeLine), sized from it;
    ``vector``: for an SVG or PDF file (counts as texts, see ``_counts``); ``file``: for a file (a
    timeline is then cut as the other charts are, see ``_top_sources``)."""
    from matplotlib import rc_context

    data, note = _top_sources(data, file=file)
    _vector.on = vector
    with rc_context(RC):
        if isinstance(data, Profile):
            figure = new_figure(*profile_size(data))
            draw_profile(figure, data, per_words=per_words)
        elif isinstance(data, Matrix):
            figure = new_figure(*matrix_size(data))
            draw_matrix(figure, data)
        elif isinstance(data, Cooccurrence):
            figure = new_figure(*cooccurrence_size(data))
            draw_cooccurrence(figure, data)
        elif isinstance(data, CodeLine):
            figure = new_figure(*codeline_size(data))
            draw_codeline(figure, data)
        elif isinstance(data, LinkMap):
            figure = new_figure(*links_size(data))
            draw_links(figure, data)
        elif isinstance(data, SourceTimeline):
            figure = new_figure(*timeline_size(data))
            draw_timeline(figure, data)
        else:
            raise TypeError(f"no chart for {type(data).__name__}")
        if note:
            ax = figure.axes[0]
            ax.set_title(f"{ax.get_title()}\n{note}", fontsize=9)
    return figure


def _top_sources(data: Any, *, file: bool = False) -> tuple[Any, str]:
    """``data`` cut to the ``MAX_SOURCES`` sources with the most annotations, and a note saying so.

    A timeline is cut in a file only: on screen its rows are cheap (the window scrolls), but a file of 500
    rows is a page 150 inches tall, its PNG 41 million pixels (5 s to compress)."""
    if isinstance(data, Profile) and len(data.sources) > MAX_SOURCES:
        kept = data.sorted_by().sources[:MAX_SOURCES]
        order = {s.id: n for n, s in enumerate(data.sources)}
        sources = tuple(sorted(kept, key=lambda s: order[s.id]))
        cut: Any = Profile(data.facet, data.facet_name, data.tags, sources, data.counts)
        total = len(data.sources)
    elif isinstance(data, Matrix) and len(data.sources) > MAX_SOURCES:
        totals = {s.id: sum(data.count(t.id, s.id) for t in data.tags) for s in data.sources}
        kept = sorted(data.sources, key=lambda s: -totals[s.id])[:MAX_SOURCES]
        ids = {s.id for s in kept}
        cut = Matrix(data.tags, tuple(s for s in data.sources if s.id in ids), data.counts)
        total = len(data.sources)
    elif isinstance(data, LinkMap) and len(data.sources) > MAX_SOURCES:
        kept = sorted(data.sources, key=lambda s: (-data.annotations.get(s.id, 0), s.title.lower()))
        ids = {s.id for s in kept[:MAX_SOURCES]}
        cut = LinkMap(
            tuple(s for s in data.sources if s.id in ids),
            {s: n for s, n in data.annotations.items() if s in ids},
            {k: n for k, n in data.edges.items() if k[0] in ids and k[1] in ids},
        )
        total = len(data.sources)
    elif file and isinstance(data, SourceTimeline) and len(data.sources) > MAX_SOURCES:
        ranked = sorted(enumerate(data.sources), key=lambda p: (-p[1].annotations, p[0]))
        ids = {d.source.id for _, d in ranked[:MAX_SOURCES]}
        cut = SourceTimeline(
            tuple(d for d in data.sources if d.source.id in ids),
            {s: told for s, told in data.events.items() if s in ids},
            data.undetected,
        )
        total = len(data.sources)
    else:
        return data, ""
    return cut, f"the {MAX_SOURCES} sources with the most annotations, of {total}"


def write_chart(data: Any, path: Path, caption: str, *, per_words: bool = False, dpi: int = 150) -> Path:
    """Draw ``data`` to ``path`` (its suffix picks SVG, PDF or PNG) with ``caption`` under the chart."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(
            f"{path}: a chart is written as .svg, .pdf or .png, not {path.suffix or 'no suffix'!r}"
        )
    _save(data, path, fmt, caption, per_words=per_words, dpi=dpi)
    return path


def _save(data: Any, out: Path | BinaryIO, fmt: str, caption: str, *, per_words: bool, dpi: int) -> None:
    from matplotlib import rc_context

    figure = figure_for(data, per_words=per_words, vector=fmt != "png", file=True)
    with rc_context(RC):
        figure.supxlabel(label(caption, 140, 3), fontsize=7, color="0.25")
        figure.savefig(out, format=fmt, dpi=dpi, metadata=_metadata(fmt, caption))


_SVG_START = re.compile(r"<svg\b")
# Where an SVG names its own elements: ids, and the references to them (clip paths, hatches, markers).
_SVG_IDS = re.compile(r'(\bid="|url\(#|\bxlink:href="#|\bhref="#)')


def inline_svg(data: Any, caption: str, prefix: str, *, per_words: bool = False) -> str:
    """The chart as an ``<svg>`` element to put inside an HTML page (no XML declaration or DOCTYPE), its
    ids and the references to them prefixed with ``prefix``: two charts on one page each carry
    Matplotlib's ``figure_1``, ``patch_2``… and clip paths, which would otherwise clash. A mark's ``gid``
    stays readable after the prefix (``profile-bar:3:7``)."""
    stream = io.BytesIO()
    _save(data, stream, "svg", caption, per_words=per_words, dpi=72)
    text = stream.getvalue().decode("utf-8")
    start = _SVG_START.search(text)
    if start is None:  # Matplotlib always writes one; a bug if not
        raise ValueError("Matplotlib wrote no <svg> element")
    return _SVG_IDS.sub(lambda m: m.group(1) + prefix, text[start.start() :]).strip()


def _metadata(fmt: str, caption: str) -> dict[str, str]:
    if fmt == "png":
        return {"Description": caption}
    if fmt == "pdf":
        return {"Subject": caption}
    return {"Description": caption}


def _shade(rgb: tuple[float, float, float], fraction: float) -> tuple[float, float, float]:
    """White blended towards ``rgb``: a faint tint for the smallest count, the full colour for the largest."""
    if fraction <= 0:
        return (1.0, 1.0, 1.0)
    f = 0.15 + 0.85 * min(1.0, fraction)
    return tuple(1 - f * (1 - c) for c in rgb)  # type: ignore[return-value]


def _bytes(image: Sequence[Sequence[tuple[float, float, float]]]) -> Any:
    """An image of RGB fractions as RGBA bytes: Matplotlib converts a float image to bytes after scaling it
    to the output's pixels (a second for a page-sized heat map), a byte image it passes as it is."""
    import numpy as np

    rgb = np.asarray(image, dtype=float).reshape(len(image), -1, 3)
    rgba = np.concatenate([rgb, np.ones((*rgb.shape[:2], 1))], axis=2)
    return np.round(rgba * 255).astype(np.uint8)


def _grid(image: Any, rows: int, columns: int, cell: Callable[[int, int], str | None]) -> None:
    """Make a heat map's image pickable as a whole, ``cell(row, column)`` naming the mark of each cell."""
    image.set_picker(True)
    image.annotator_grid = (rows, columns, cell)


def mark_of(artist: Any, mouse: Any, index: Sequence[int] | None = None) -> Mark | None:
    """What a picked artist stands for: its ``gid``; for a heat map's image the cell under ``mouse`` (a
    Matplotlib mouse event in data coordinates); for a collection of marks (a timeline's events) the first
    of those the pick event's ``index`` names."""
    marks = getattr(artist, "annotator_marks", None)
    if marks is not None:
        return parse_gid(marks[index[0]]) if index is not None and len(index) else None
    grid = getattr(artist, "annotator_grid", None)
    if grid is None:
        return parse_gid(artist.get_gid())
    rows, columns, cell = grid
    if mouse.xdata is None or mouse.ydata is None:
        return None
    r, c = math.floor(mouse.ydata + 0.5), math.floor(mouse.xdata + 0.5)  # cells are centred on integers
    if not (0 <= r < rows and 0 <= c < columns):
        return None
    return parse_gid(cell(r, c))


# Whether the figures drawn now are for a vector file (SVG, PDF): counts are then texts, which a reader can
# select and search and an SVG names by the cell's gid; on a screen or in a PNG they are glyph outlines in
# one collection per colour, which draw in a fraction of the time (a thousand texts took over half of a
# matrix's second). Set by ``figure_for``.
_vector = threading.local()


def _counts(ax: Axes, items: Sequence[tuple[float, float, str, str, str | None]], size: float = 7) -> None:
    """Labels centred on cells: (x, y, text, colour, gid of the cell or None), ``size`` in points."""
    if getattr(_vector, "on", False):
        for x, y, text, ink, gid in items:
            # Out of the layout: inside the axes they cannot change it, and laying out a thousand texts
            # once more cost a third of the drawing.
            ax.text(x, y, text, ha="center", va="center", fontsize=size, color=ink, gid=gid, in_layout=False)
        return
    from matplotlib.collections import PathCollection
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath
    from matplotlib.transforms import Affine2D

    font = FontProperties(size=size)
    glyphs: dict[str, Any] = {}
    by_ink: dict[str, tuple[list[Any], list[tuple[float, float]]]] = {}
    for x, y, text, ink, _ in items:
        path = glyphs.get(text)
        if path is None:
            outline = TextPath((0, 0), text, prop=font)  # in points
            box = outline.get_extents()
            centre = Affine2D().translate(-(box.x0 + box.x1) / 2, -(box.y0 + box.y1) / 2)
            path = glyphs[text] = outline.transformed(centre)
        paths, offsets = by_ink.setdefault(ink, ([], []))
        paths.append(path)
        offsets.append((x, y))
    points = Affine2D().scale(1 / 72) + ax.figure.dpi_scale_trans  # points to pixels at any dpi
    for ink, (paths, offsets) in by_ink.items():
        labels = PathCollection(paths, offsets=offsets, offset_transform=ax.transData, transform=points,
                                facecolors=ink, edgecolors="none", linewidths=0, zorder=3)  # fmt: skip
        labels.set_in_layout(False)
        ax.add_collection(labels, autolim=False)


def _cells(ax: Axes, figure: Figure) -> None:
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_linewidth(0.4)


def _empty(ax: Axes) -> None:
    ax.text(
        0.5,
        0.5,
        "Nothing to show for this filter",
        transform=ax.transAxes,
        ha="center",
        va="center",
        color="0.4",
    )
