"""A column of one-line labels beside an axes' rows, drawn as one image (for the screen and PNG).

Why: the timeline of 500 sources names each in a column right of its axis, and 500 Matplotlib texts took
two of its two and a half seconds to draw (each text is laid out, measured for the layout, and rendered
glyph by glyph through Python). Pillow lays out and renders a line in C in some microseconds, so the
column is rendered at the canvas's resolution when the figure draws, at the rows' places after the
layout, and handed to the renderer as one image. Vector files (SVG, PDF) keep real texts (selectable,
searchable), so this is for raster output only.

Imported only when a chart is drawn (it imports Matplotlib and Pillow).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.transforms import Bbox
from PIL import Image, ImageDraw, ImageFont


@lru_cache(maxsize=16)
def _font(path: str, pixels: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, max(1.0, pixels))


class TextColumn(Artist):
    """Lines of text at ``x`` (in axes fractions, moved ``pad`` points) and vertically centred on data
    rows ``y``, ``size`` in points, in ``color``; with ``xs``, each line at its own data x instead (a bar's
    total at its end). ``align="right"`` ends the lines there (a row's name left of an axis); a text may
    hold line breaks. It takes part in the layout: its box holds every line."""

    def __init__(
        self, ax: Axes, lines: Sequence[tuple[float, str]], *, x: float = 1.01, size: float = 7,
        color: Any = "black", xs: Sequence[float] | None = None, align: str = "left", pad: float = 0,
    ) -> None:  # fmt: skip
        super().__init__()
        self.axes = ax
        self.set_figure(ax.figure)
        self.set_clip_on(False)
        self.lines = list(lines)
        self.x, self.size, self.color, self.align, self.pad = x, size, to_rgba(color), align, pad
        self.xs = list(xs) if xs is not None else None
        self._path = findfont(FontProperties(size=size))

    def _font_for(self, renderer: Any) -> ImageFont.FreeTypeFont:
        return _font(self._path, self.size * renderer.dpi / 72)

    def _anchors(self, renderer: Any) -> Any:
        """Each line's anchor (its left or right end, its middle), in display pixels."""
        if self.xs is not None:
            at = self.axes.transData.transform(
                [(x, y) for x, (y, _) in zip(self.xs, self.lines, strict=True)]
            )
        else:
            at = self.axes.transData.transform([(0, y) for y, _ in self.lines])
            at[:, 0] = float(self.axes.transAxes.transform((self.x, 0))[0])
        at[:, 0] += self.pad * renderer.dpi / 72
        return at

    def get_window_extent(self, renderer: Any = None) -> Bbox:
        if renderer is None:
            renderer = self.figure._get_renderer()  # type: ignore[union-attr]
        if not self.lines:
            return Bbox.null()
        font = self._font_for(renderer)
        at = self._anchors(renderer)
        line = self.size * renderer.dpi / 72 * 1.2
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        for (x, y), (_, text) in zip(at, self.lines, strict=True):
            parts = text.split("\n")
            width = max(font.getlength(part) for part in parts)
            left = x - width if self.align == "right" else x
            half = line * len(parts) / 2 + 1
            x0, x1, y0, y1 = min(x0, left), max(x1, left + width), min(y0, y - half), max(y1, y + half)
        return Bbox([[x0, y0], [x1, y1]])

    def get_tightbbox(self, renderer: Any = None) -> Bbox:
        return self.get_window_extent(renderer)

    def draw(self, renderer: Any) -> None:
        if not self.get_visible() or not self.lines:
            return
        box = self.get_window_extent(renderer)
        left, bottom = int(box.x0) - 1, int(box.y0) - 1
        width, height = int(box.x1) - left + 2, int(box.y1) - bottom + 2
        if width <= 0 or height <= 0:
            return
        font = self._font_for(renderer)
        mask = Image.new("L", (width, height), 0)
        draw = ImageDraw.Draw(mask)
        anchor = "rm" if self.align == "right" else "lm"
        # The image's first row is its top; display y grows upwards.
        for (_, text), (x, y) in zip(self.lines, self._anchors(renderer), strict=True):
            where = (x - left, bottom + height - y)
            if "\n" in text:
                draw.multiline_text(where, text, fill=255, font=font, anchor=anchor, align=self.align)
            else:
                draw.text(where, text, fill=255, font=font, anchor=anchor)
        rgba = np.empty((height, width, 4), dtype=np.uint8)
        rgba[..., :3] = np.round(np.asarray(self.color[:3]) * 255).astype(np.uint8)
        rgba[..., 3] = np.round(np.asarray(mask, dtype=np.float32) * self.color[3]).astype(np.uint8)
        gc = renderer.new_gc()
        renderer.draw_image(gc, left, bottom, rgba[::-1])
        gc.restore()
        self.stale = False
