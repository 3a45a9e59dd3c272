"""The records a historian works with: sources, taxonomy, annotations and links.

Frozen dataclasses, so a Qt model or an exporter can hold them without fear of a session changing them
underneath. Ids are the database's integer keys; uuids are stable identities for exchange formats
(REFI-QDA, W3C) that survive renames.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum

from annotator.domain.anchors import QuoteSelector
from annotator.domain.coders import Coder
from annotator.domain.dates import DateRange
from annotator.domain.importing import ImportSteps


class SourceKind(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    TERTIARY = "tertiary"


class Relation(StrEnum):
    """How two linked passages relate; the values are the slugs the CLI and exports use."""

    CORROBORATES = "corroborates"
    CONTRADICTS = "contradicts"
    CITES = "cites"
    PARAPHRASES = "paraphrases"
    SAME_EVENT = "same-event"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


@dataclass(frozen=True, slots=True)
class SourceMetadata:
    """Everything about a source the historian may edit; the text itself never changes."""

    title: str
    authors: tuple[str, ...] = ()
    date_text: str = ""  # as written in or about the source: "c. 1931", "1929–1930"
    kind: SourceKind | None = None
    genre: str = ""
    publisher: str = ""  # publisher or venue
    url: str = ""
    language: str = ""  # ISO 639-1 code
    date_accessed: str = ""  # ISO date
    archive: str = ""
    archival_collection: str = ""  # collection, fond
    archival_file: str = ""  # file, delo
    archival_folio: str = ""  # folio, list
    provenance_note: str = ""
    reliability_note: str = ""
    reliability_rating: int | None = None  # 1 (unreliable) .. 5 (highly reliable)
    # The reference as CSL describes it (since 0009); the CSL-JSON names are in domain/metadata.py.
    item_type: str = ""  # CSL type ("article-journal", "chapter", "manuscript"…); "" = from the genre
    container_title: str = ""  # the journal, book, newspaper or website the source appeared in
    publisher_place: str = ""
    volume: str = ""
    issue: str = ""
    page: str = ""  # the pages the source occupies in its container: "112–139"
    edition: str = ""
    editors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    doi: str = ""  # bare, "10.1017/…"
    isbn: str = ""
    # The whole shelfmark as cited: "f. 17, op. 3, d. 1003, l. 4–4 ob.". The archival_* parts above are
    # older and finer; while this one is what they join to, editing them keeps it in step.
    archive_location: str = ""
    call_number: str = ""
    original_date: str = ""  # first published, as written
    extra: str = ""  # anything else for the reference (Zotero's "Extra", CSL's "note")

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True, slots=True)
class OriginalFile:
    name: str
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    uuid: str
    metadata: SourceMetadata
    date_range: DateRange | None
    original: OriginalFile
    length: int  # code points of the stored text
    encoding: str
    imported_at: datetime
    modified_at: datetime

    @property
    def title(self) -> str:
        return self.metadata.title


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One row of the library: what listing needs, without the text or the bytes."""

    id: int
    uuid: str
    title: str
    authors: tuple[str, ...]
    date_text: str
    date_range: DateRange | None
    kind: SourceKind | None
    genre: str
    language: str
    file_name: str
    sha256: str
    length: int
    annotation_count: int
    # The reference's words the library's filter also finds a source by (container, publisher, editors,
    # shelfmark, DOI…: domain/metadata.py's reference_text), though its table does not show them.
    reference: str = ""


@dataclass(frozen=True, slots=True)
class ImportedDocument:
    """What an importer makes of a file: the normalized text and what it could tell about it."""

    text: str
    media_type: str
    encoding: str = ""
    title: str = ""  # a suggestion; the file name is the fallback
    authors: tuple[str, ...] = ()
    date_text: str = ""
    url: str = ""
    language: str = ""
    warnings: tuple[str, ...] = ()
    publisher: str = ""  # a web page's site name (og:site_name)
    # Where each page begins: ``((start_offset, label), ...)`` sorted by offset (see domain/pages.py).
    page_map: tuple[tuple[int, str], ...] = ()
    steps: ImportSteps = field(default_factory=ImportSteps)  # what cleaning did, for the import report


@dataclass(frozen=True, slots=True)
class Facet:
    id: int
    uuid: str
    slug: str
    name: str
    description: str
    color: str
    position: int


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    uuid: str
    facet_id: int
    parent_id: int | None
    slug: str
    name: str
    description: str
    color: str
    shortcut: str
    position: int


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag as an annotation shows it: enough to print, colour and filter."""

    id: int
    path: str  # "facet/tag", slugs
    name: str
    color: str


class SpeakerRole(StrEnum):
    """As what someone speaks in a passage."""

    AUTHOR = "author"  # the source's own author speaking
    QUOTED = "quoted"  # words quoted from them
    CITED = "cited"  # their work cited or paraphrased
    COMMENTER = "commenter"  # a reader's comment, a letter to the editor


class PersonKind(StrEnum):
    PERSON = "person"
    BODY = "body"  # a committee, a newspaper, a government: an organisation that speaks


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who speaks or is cited in the sources: a person or a body."""

    id: int
    uuid: str
    name: str
    kind: PersonKind = PersonKind.PERSON


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks in an annotated passage, and as what."""

    person_id: int
    name: str
    role: SpeakerRole
    kind: PersonKind = PersonKind.PERSON

    @property
    def label(self) -> str:
        """"Khrushchev (quoted)": how a card, a cell or an export line shows it."""
        return f"{self.name} ({self.role.value})"


@dataclass(frozen=True, slots=True)
class Annotation:
    id: int
    uuid: str
    source_id: int
    start: int  # code points, inclusive
    end: int  # code points, exclusive
    quote: QuoteSelector
    note: str
    confidence: int | None  # 1 (a guess) .. 5 (certain)
    evidence_ref: str
    tags: tuple[TagRef, ...]
    created_at: datetime
    modified_at: datetime
    speaker: Speaker | None = None  # who speaks in the passage (since 0007); None: not said
    coder: Coder | None = None  # who made it (since 0010)
    version: int = 1  # edits so far, from 1: an update names the version it read (EditConflict if stale)


@dataclass(frozen=True, slots=True)
class LinkEnd:
    annotation_id: int
    source_id: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Link:
    id: int
    uuid: str
    relation: Relation
    note: str
    a: LinkEnd
    b: LinkEnd
    created_at: datetime
    modified_at: datetime
    coder: Coder | None = None  # who made it (since 0010)
    version: int = 1
