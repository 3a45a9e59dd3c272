"""Opening untrusted archives and XML safely: the checks behind the .qdpx reader.

Before anything is parsed, every entry name is checked (no absolute paths, no ``..``), as are the sizes
the archive declares (a total cap, and a compression-ratio cap against zip bombs); reads are counted so
that a lying header cannot unpack more than it declared. XML is parsed with entity resolution, DTD
loading and network access off, and a document carrying a DOCTYPE is refused outright: a REFI-QDA project
never needs one. Every refusal is a SourceRejected with one line naming the file; nothing is ever
extracted to disk.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import PurePosixPath

from lxml import etree

from annotator.domain.errors import SourceRejected

MB = 1024 * 1024
MAX_TOTAL_BYTES = 1024 * MB  # everything the archive unpacks to
MAX_RATIO = 100  # uncompressed : compressed, for entries over RATIO_FLOOR
RATIO_FLOOR = 1 * MB  # small entries may compress as well as they like; they cannot hurt
MAX_ENTRIES = 100_000
_CHUNK = 1 * MB


class SafeArchive:
    """Checked access to the entries of a ZIP file, refusing anything unsafe before reading it."""

    def __init__(self, zip_file: zipfile.ZipFile, file: str, max_total: int, max_ratio: float) -> None:
        self.zip = zip_file
        self.file = file
        self._budget = max_total
        infos = zip_file.infolist()
        if len(infos) > MAX_ENTRIES:
            self.refuse(f"it holds {len(infos):,} entries, more than a project archive can reasonably have")
        declared = 0
        for info in infos:
            name = info.filename.replace("\\", "/")
            parts = PurePosixPath(name).parts
            if name.startswith("/") or re.match(r"[A-Za-z]:", name) or ".." in parts:
                self.refuse(f"the entry {info.filename!r} points outside the archive")
            if info.flag_bits & 0x1:
                self.refuse(f"the entry {info.filename!r} is encrypted")
            declared += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > max_ratio * max(info.compress_size, 1):
                ratio = info.file_size / max(info.compress_size, 1)
                self.refuse(
                    f"the entry {info.filename!r} would unpack {ratio:,.0f} times larger than it is stored "
                    "(a zip bomb?)"
                )
        if declared > max_total:
            self.refuse(
                f"it would unpack to {declared / MB:,.0f} MB, more than the {max_total / MB:,.0f} MB allowed"
            )
        self.files = {i.filename.replace("\\", "/"): i for i in infos if not i.is_dir()}

    def refuse(self, why: str) -> None:
        raise SourceRejected(f"{self.file}: unsafe or damaged archive, nothing imported: {why}")

    def read(self, name: str) -> bytes:
        """An entry's bytes, counting what is really unpacked against the declared sizes and the budget."""
        info = self.files[name]
        limit = min(info.file_size, self._budget)
        chunks, size = [], 0
        try:
            with self.zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        self.refuse(f"the entry {name!r} unpacks to more than its header says")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as e:
            # ValueError: an entry's offset points before the file (the archive's start was cut off).
            raise SourceRejected(f"{self.file}: the entry {name!r} is damaged ({e})") from None
        except NotImplementedError as e:
            raise SourceRejected(
                f"{self.file}: the entry {name!r} uses an unsupported compression ({e})"
            ) from None
        self._budget -= size
        return b"".join(chunks)

    def find_internal(self, file_name: str) -> str | None:
        """The entry behind ``internal://file_name``: folder ``sources/`` in any case, as tools differ."""
        wanted = file_name.lower()
        for name in self.files:
            folder, _, base = name.rpartition("/")
            if folder.lower() == "sources" and base == file_name:
                return name
        for name in self.files:
            folder, _, base = name.rpartition("/")
            if folder.lower() == "sources" and base.lower() == wanted:
                return name
        return None


# --- XML ------------------------------------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, file: str, entry: str) -> etree._Element:
    """Parse untrusted XML: no DTD, no entities, no network; a DOCTYPE is refused before and after parsing."""
    first_element = re.search(rb"<[A-Za-z_]", data)
    prolog = data[: first_element.start()] if first_element else data
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise SourceRejected(
            f"{file}: {entry} declares a DTD or entities (<!DOCTYPE>), which a REFI-QDA project never needs; "
            "refused as unsafe, nothing imported"
        )
    try:
        tree = etree.fromstring(data, _parser()).getroottree()
    except etree.XMLSyntaxError as e:
        message = " ".join(str(e).split())
        raise SourceRejected(
            f"{file}: {entry} is not well-formed XML ({message}); nothing imported"
        ) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise SourceRejected(f"{file}: {entry} declares a DTD, refused as unsafe; nothing imported")
    root = tree.getroot()
    if any(True for _ in root.iter(etree.Entity)):
        raise SourceRejected(f"{file}: {entry} uses XML entities, refused as unsafe; nothing imported")
    return root
