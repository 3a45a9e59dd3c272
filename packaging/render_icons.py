"""Draw the icon's PNG sizes from resources/icons/annotator.svg with Qt's own SVG renderer (QtSvg).

    .venv/bin/python packaging/render_icons.py

The PNGs are committed (the window and the Linux menu use them; Windows' .ico and macOS' .icns are made
from them by the spec), so this runs only when the SVG changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage needs one)
    svg = ICONS / "annotator.svg"
    for size in SIZES:
        target = ICONS / f"annotator-{size}.png"
        if not render(svg, size).save(str(target)):
            raise SystemExit(f"render_icons: cannot write {target}")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
