"""Writing a file a command or window makes (a table, a chart) whole or not at all."""

from __future__ import annotations

from pathlib import Path

from annotator.domain.errors import InvalidInput
from annotator.io.exporters import part_files


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` through a part file beside ``path`` and rename it into place: the file is whole, or
    what was there before stays; InvalidInput naming the file when it cannot be written."""
    if path.is_dir():
        raise InvalidInput(f"{path}: this is a folder; give a file name to export to")
    if not path.parent.is_dir():
        raise InvalidInput(f"{path}: the folder {path.parent} does not exist")
    part_files.remove_stale(path.parent)
    try:
        part = part_files.PartFile(path)
    except OSError as e:
        raise InvalidInput(f"{path}: cannot be written ({e.strerror or e})") from None
    try:
        part.stream.write(data)
        part.commit()
    except OSError as e:
        raise InvalidInput(f"{path}: cannot be written ({e.strerror or e})") from None
    finally:
        part.discard()
