"""Writing a file a command or window makes (a table, a chart) whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from annotator.domain.errors import InvalidInput
from annotator.io.exporters import part_files


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` through a part file beside ``path`` and rename it into place: the file is whole, or
    what was there before stays; InvalidInput naming the file when it cannot be written."""
    write_through(path, lambda stream: stream.write(data))


def write_through(
    path: Path,
    write: Callable[[BinaryIO], object],
    on_os_error: Callable[[OSError], None] | None = None,
) -> int:
    """Let ``write`` fill a part file in the same folder, then rename it into place (stale part files that
    killed writers left in that folder are removed first); the size written. InvalidInput naming the file
    when it cannot be written; ``on_os_error`` sees the error first (an exporter's clean-up)."""
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
        try:
            write(part.stream)
            return part.commit()
        except OSError as e:
            if on_os_error is not None:
                on_os_error(e)
            raise InvalidInput(f"{path}: cannot be written ({e.strerror or e})") from None
    finally:
        part.discard()
