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
    """Lines of text left-aligned at ``x`` (in axes fractions) and vertically centred on data rows ``y``,
    ``size`` in points, in ``color``. It takes part in the layout: its box is that of its widest line."""

    def __init__(
        self, ax: Axes, lines: Sequence[tuple[float, str]], *, x: float = 1.01, size: float = 7,
        color: Any = "black",
    ) -> None:  # fmt: skip
        super().__init__()
        self.axes = ax
        self.set_figure(ax.figure)
        self.set_clip_on(False)
        self.lines = list(lines)
        self.x, self.size, self.color = x, size, to_rgba(color)
        self._path = findfont(FontProperties(size=size))

    def _font_for(self, renderer: Any) -> ImageFont.FreeTypeFont:
        return _font(self._path, self.size * renderer.dpi / 72)

    def _left(self) -> float:
        return float(self.axes.transAxes.transform((self.x, 0))[0])

    def _rows(self) -> Any:
        return self.axes.transData.transform([(0, y) for y, _ in self.lines])[:, 1]

    def get_window_extent(self, renderer: Any = None) -> Bbox:
        if renderer is None:
            renderer = self.figure._get_renderer()  # type: ignore[union-attr]
        if not self.lines:
            return Bbox.null()
        font = self._font_for(renderer)
        width = max(font.getlength(text) for _, text in self.lines)
        rows = self._rows()
        half = self.size * renderer.dpi / 72 * 0.7
        left = self._left()
        return Bbox([[left, float(rows.min()) - half], [left + width, float(rows.max()) + half]])

    def get_tightbbox(self, renderer: Any = None) -> Bbox:
        return self.get_window_extent(renderer)

    def draw(self, renderer: Any) -> None:
        if not self.get_visible() or not self.lines:
            return
        box = self.get_window_extent(renderer)
        left, bottom = int(box.x0), int(box.y0)
        width, height = int(box.x1) - left + 2, int(box.y1) - bottom + 2
        if width <= 0 or height <= 0:
            return
        font = self._font_for(renderer)
        mask = Image.new("L", (width, height), 0)
        draw = ImageDraw.Draw(mask)
        # The image's first row is its top; display y grows upwards.
        for (_, text), y in zip(self.lines, self._rows(), strict=True):
            draw.text((self._left() - left, bottom + height - y), text, fill=255, font=font, anchor="lm")
        alpha = np.asarray(mask, dtype=np.float32) / 255 * self.color[3]
        rgba = np.empty((height, width, 4), dtype=np.uint8)
        rgba[..., :3] = np.round(np.asarray(self.color[:3]) * 255).astype(np.uint8)
        rgba[..., 3] = np.round(alpha * 255).astype(np.uint8)
        gc = renderer.new_gc()
        renderer.draw_image(gc, left, bottom, rgba[::-1])
        gc.restore()
        self.stale = False
