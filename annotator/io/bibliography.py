"""Bibliographic records from Zotero and friends: CSL-JSON and BibTeX, as changes to source metadata.

CSL-JSON is read with the standard library; BibTeX with bibtexparser 2 (LaTeX escapes decoded, names
split into parts), then mapped to CSL as ``FORMATS.md`` §3 describes, so both end in one mapping to our
fields. Entries are matched to sources by title or by file name (Zotero's BibTeX export names the
attached files), or attached to a source the historian chooses.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from annotator.domain.errors import SourceRejected
from annotator.domain.metadata import ITEM_TYPES
from annotator.domain.model import SourceMetadata, SourceSummary

MAX_BIBLIOGRAPHY_BYTES = 64 * 1024 * 1024

# bibtexparser logs each block it cannot parse; we report them as warnings instead.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

GENRES = {
    "article-journal": "journal article",
    "article-magazine": "magazine article",
    "article-newspaper": "newspaper article",
    "article": "article",
    "book": "book",
    "chapter": "book chapter",
    "webpage": "web page",
    "post-weblog": "blog post",
    "speech": "speech",
    "report": "report",
    "manuscript": "manuscript",
    "entry-encyclopedia": "encyclopedia entry",
    "entry-dictionary": "dictionary entry",
    "letter": "letter",
    "interview": "interview",
    "thesis": "thesis",
    "paper-conference": "conference paper",
    "legal_case": "legal case",
    "legislation": "legislation",
    "personal_communication": "personal communication",
    "broadcast": "broadcast",
    "map": "map",
}
BIBTEX_TYPES = {
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "inproceedings": "paper-conference",
    "techreport": "report",
    "report": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "online": "webpage",
    "unpublished": "manuscript",
    "misc": "document",
}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_LANGUAGES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "russian": "ru",
    "русский": "ru",
    "ukrainian": "uk",
    "polish": "pl",
    "spanish": "es",
    "italian": "it",
}
_FILE = re.compile(r"([^:;{}\\/]+\.(?:pdf|html?|docx?|txt|md|epub|odt|rtf))", re.IGNORECASE)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "for",
        "to",
        "der",
        "die",
        "das",
        "und",
        "von",
        "la",
        "le",
        "les",
        "de",
        "des",
        "du",
        "et",
    ]
)


@dataclass(frozen=True, slots=True)
class BibEntry:
    key: str
    kind: str  # CSL type
    changes: dict[str, Any]  # SourceMetadata field -> value; validated when applied
    files: tuple[str, ...] = ()  # names of attached files

    @property
    def title(self) -> str:
        return str(self.changes.get("title", ""))


@dataclass(frozen=True, slots=True)
class Bibliography:
    entries: tuple[BibEntry, ...]
    warnings: tuple[str, ...] = ()


def _names(people: Any) -> list[str]:
    names = []
    for person in people if isinstance(people, list) else ():
        if not isinstance(person, Mapping):
            continue
        literal = person.get("literal")
        family = " ".join(str(person.get(p, "")) for p in ("non-dropping-particle", "family")).strip()
        given = str(person.get("given", "")).strip()
        name = (
            str(literal).strip()
            if literal
            else (f"{family}, {given}" if family and given else family or given)
        )
        if name:
            names.append(name)
    return names


def _date(value: Any) -> str:
    """A CSL date as we write dates: "1931-05-02", "May 1931"-like ISO parts, "1929–1930", "c. 1931"."""
    if isinstance(value, str):
        return _edtf(value.strip())
    if not isinstance(value, Mapping):
        return ""
    text = ""
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list):
        try:
            dates = [
                "-".join(f"{int(p):02d}" if i else f"{int(p)}" for i, p in enumerate(d[:3]))
                for d in parts[:2]
                if d
            ]
        except (TypeError, ValueError):
            dates = []
        text = "–".join(dict.fromkeys(dates))
    text = text or str(value.get("literal") or value.get("raw") or "").strip()
    if text and value.get("circa") in (True, 1, "1", "true"):
        text = f"c. {text}"
    return text


def _language(value: Any) -> str:
    code = str(value or "").strip().lower()
    code = _LANGUAGES.get(code, code).split("-")[0].split("_")[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else ""


_TEXT_FIELDS = (
    # (CSL-JSON name, our field): plain text, numbers too (CSL-JSON allows "volume": 12)
    ("container-title", "container_title"),
    ("publisher", "publisher"),
    ("publisher-place", "publisher_place"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("page", "page"),
    ("edition", "edition"),
    ("DOI", "doi"),
    ("ISBN", "isbn"),
    ("archive", "archive"),
    ("archive_location", "archive_location"),
    ("call-number", "call_number"),
)
# Zotero keeps what its item type has no field for as "Name: value" lines in Extra (CSL's "note"), with
# CSL names or Zotero's own ("Original Date"); these lines fill our fields and leave the note.
_EXTRA_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+?)\s*$")
_EXTRA_NAMES = {
    "original-date": "original_date",
    "originaldate": "original_date",
    "original date": "original_date",
    "archive_location": "archive_location",
    "archive-location": "archive_location",
    "loc. in archive": "archive_location",
    "call-number": "call_number",
    "call number": "call_number",
    "publisher-place": "publisher_place",
    "place": "publisher_place",
    "container-title": "container_title",
    "edition": "edition",
    "isbn": "isbn",
    "doi": "doi",
}


def _plain(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return " ".join(str(value).split())


def _extra(note: str, changes: dict[str, Any]) -> str:
    """The note without the "Name: value" lines that fill a field the item itself left empty."""
    kept = []
    for line in note.splitlines():
        found = _EXTRA_LINE.match(line)
        ours = _EXTRA_NAMES.get(found.group(1).strip().lower()) if found else None
        if found and ours and ours not in changes:
            value = found.group(2)
            changes[ours] = value
        else:
            kept.append(line)
    return "\n".join(kept).strip()


def csl_changes(item: Mapping[str, Any]) -> dict[str, Any]:
    """Our metadata fields from one CSL-JSON item (only those it has)."""
    changes: dict[str, Any] = {}
    if title := str(item.get("title") or "").strip():
        changes["title"] = " ".join(title.split())
    for role, ours in (("author", "authors"), ("editor", "editors"), ("translator", "translators")):
        if names := _names(item.get(role)):
            changes[ours] = names
    if issued := _date(item.get("issued")):
        changes["date_text"] = issued
    if original := _date(item.get("original-date")):
        changes["original_date"] = original
    accessed = _date(item.get("accessed"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", accessed):
        changes["date_accessed"] = accessed
    for theirs, ours in _TEXT_FIELDS:
        if value := _plain(item.get(theirs) or item.get(theirs.replace("_", "-"))):
            changes[ours] = value
    url = str(item.get("URL") or "").strip()
    if url.startswith(("http://", "https://")):
        changes["url"] = url
    if language := _language(item.get("language")):
        changes["language"] = language
    kind = str(item.get("type") or "").strip()
    if kind in ITEM_TYPES:
        changes["item_type"] = kind
    if genre := str(item.get("genre") or "").strip() or GENRES.get(kind):
        changes["genre"] = genre
    note = str(item.get("note") or "").strip()
    if note and (extra := _extra(note, changes)):
        changes["extra"] = extra
    return changes


def _bibtex_to_csl(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    def text(*keys: str) -> str:
        for key in keys:
            value = fields.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(_unbrace(value).split())
        return ""

    item: dict[str, Any] = {"type": BIBTEX_TYPES.get(kind.lower(), "document")}
    for ours, theirs in (
        ("title", ("title",)),
        ("publisher", ("publisher", "institution", "school", "organization")),
        ("container-title", ("journal", "journaltitle", "booktitle")),
        ("publisher-place", ("address", "location")),
        ("volume", ("volume",)),
        ("issue", ("number", "issue")),
        ("page", ("pages",)),
        ("edition", ("edition",)),
        ("URL", ("url",)),
        ("DOI", ("doi",)),
        ("ISBN", ("isbn",)),
        ("language", ("language", "langid")),
        ("archive", ("archive",)),
        ("archive_location", ("archive_location", "archivelocation")),
        ("call-number", ("callnumber", "lccn")),
        ("genre", ("type",)),
    ):
        if value := text(*theirs):
            item[ours] = value
    if "page" in item:
        item["page"] = re.sub(r"\s*(?:--|–|-)\s*", "–", item["page"])
    if note := fields.get("note"):  # multi-line: only the braces go
        item["note"] = "\n".join(" ".join(_unbrace(line).split()) for line in str(note).splitlines()).strip()
    for role in ("author", "editor", "translator"):
        people = fields.get(role)
        if isinstance(people, list):
            item[role] = [_person(p) for p in people]
    date = text("date")
    if not date and (year := text("year")):
        month = text("month").lower()[:3]
        number = _MONTHS.get(month) or (int(month) if month.isdigit() and 1 <= int(month) <= 12 else None)
        day = text("day")
        date = (
            year
            + (f"-{number:02d}" if number else "")
            + (f"-{int(day):02d}" if number and day.isdigit() else "")
        )
    if date:
        item["issued"] = _edtf(date)
    if original := text("origdate"):
        item["original-date"] = _edtf(original)
    if urldate := text("urldate"):
        item["accessed"] = urldate[:10]
    if kind.lower() == "misc" and "URL" in item and "accessed" in item:
        item["type"] = "webpage"  # Zotero writes a web page as @misc with its url and urldate
    if kind.lower() == "mastersthesis" and "genre" not in item:
        item["genre"] = "master's thesis"
    return item


def _edtf(date: str) -> str:
    """A biblatex (EDTF) date as we write dates: "1931~" is "c. 1931", "1929/1930" is "1929–1930"."""
    circa = date.endswith(("~", "?")) and re.fullmatch(r"[\d-]+[~?]", date) is not None
    date = date.rstrip("~?") if circa else date
    if re.fullmatch(r"[\d-]+/[\d-]+", date):
        date = date.replace("/", "–")
    return f"c. {date}" if circa else date


def _unbrace(text: str) -> str:
    """BibTeX braces only protect case and groups: "{Stalinism}" is "Stalinism"."""
    return text.replace("{", "").replace("}", "")


def _person(name: Any) -> dict[str, str]:
    from bibtexparser import middlewares

    if isinstance(name, middlewares.NameParts):
        family = " ".join([*name.von, *name.last] + ([f", {' '.join(name.jr)}"] if name.jr else []))
        family = _unbrace(family.replace(" ,", ","))
        given = _unbrace(" ".join(name.first))
        return {"family": family, "given": given} if family else {"literal": given}
    return {"literal": str(name)}


def _attached_files(value: Any) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    return tuple(dict.fromkeys(PurePath(m.replace("\\:", ":")).name for m in _FILE.findall(value)))


def _read_csl(text: str, file_name: str) -> Bibliography:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SourceRejected(f"{file_name}: not valid CSL-JSON (line {e.lineno}: {e.msg})") from None
    except RecursionError:  # arrays or objects nested thousands deep: no reference manager writes that
        raise SourceRejected(f"{file_name}: not CSL-JSON (nested too deeply to read)") from None
    items = data if isinstance(data, list) else data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise SourceRejected(f"{file_name}: not CSL-JSON (expected a list of items)")
    entries, warnings = [], []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            warnings.append(f"item {position} is not an object; skipped")
            continue
        key = str(item.get("id") or f"item-{position}")
        entries.append(BibEntry(key, str(item.get("type") or "document"), csl_changes(item)))
    return Bibliography(tuple(entries), tuple(warnings))


def _read_bibtex(text: str, file_name: str) -> Bibliography:
    # Imported here, on first use: sources (and so the CLI and the window) import this module.
    import bibtexparser
    from bibtexparser import middlewares

    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            # Braces kept until the names are split: "{Central Committee}" is one corporate name.
            middlewares.LatexDecodingMiddleware(keep_braced_groups=True),
            middlewares.SeparateCoAuthors(),
            middlewares.SplitNameParts(),
        ],
    )
    entries = []
    for entry in library.entries:
        fields = {key.lower(): field.value for key, field in entry.fields_dict.items()}
        item = _bibtex_to_csl(entry.entry_type, fields)
        entries.append(
            BibEntry(entry.key, item["type"], csl_changes(item), _attached_files(fields.get("file")))
        )
    warnings = tuple(
        f"a block at line {block.start_line + 1} could not be read and was skipped"
        for block in library.failed_blocks
    )
    if not entries and not warnings and text.strip():
        raise SourceRejected(f"{file_name}: no BibTeX entries found")
    return Bibliography(tuple(entries), warnings)


def read_bibliography(file_name: str, data: bytes) -> Bibliography:
    """The entries of a CSL-JSON (``.json``) or BibTeX (``.bib``) file; the content decides if in doubt."""
    if len(data) > MAX_BIBLIOGRAPHY_BYTES:
        raise SourceRejected(f"{file_name}: the file is too large for a bibliography")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceRejected(
            f"{file_name}: a bibliography must be UTF-8 text (export it again as UTF-8)"
        ) from None
    start = text.lstrip()[:1]
    if PurePath(file_name).suffix.lower() == ".json" or start in ("[", "{"):
        return _read_csl(text, file_name)
    if PurePath(file_name).suffix.lower() in (".bib", ".bibtex", ".biblatex") or start in ("@", "%"):
        return _read_bibtex(text, file_name)
    raise SourceRejected(f"{file_name}: neither CSL-JSON nor BibTeX (export as .json or .bib from Zotero)")


def _normalized(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2 and w not in _STOP)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.8


def _matches(by: str, entry: BibEntry, source: SourceSummary) -> bool:
    title = _normalized(entry.title)
    if by == "title":
        return bool(title) and _normalized(source.title) == title
    if by == "file name":
        return source.file_name.casefold() in {f.casefold() for f in entry.files}
    if by == "file stem":
        return bool(title) and _normalized(PurePath(source.file_name).stem) == title
    words = _words(entry.title)
    return _similar(words, _words(source.title)) or _similar(words, _words(PurePath(source.file_name).stem))


@dataclass(frozen=True, slots=True)
class Match:
    entry: BibEntry
    source_id: int | None
    by: str  # "title", "file name", "similar title"; "" when unmatched
    note: str = ""  # why not matched


def match_entries(entries: Iterable[BibEntry], sources: Sequence[SourceSummary]) -> list[Match]:
    """Each entry's source: same title, an attached file of the same name, a file named like the title,
    or (failing those) nearly the same words in the title. Two candidates are no match; nor is a source
    already claimed by an earlier entry.
    """
    claimed: set[int] = set()
    matches = []
    for entry in entries:
        found: Match | None = None
        for by in ("title", "file name", "file stem", "similar title"):
            candidates = [s.id for s in sources if _matches(by, entry, s)]
            if len(candidates) == 1:
                found = Match(entry, candidates[0], by.replace("file stem", "file name"))
                break
            if len(candidates) > 1:
                listed = ", ".join(map(str, candidates[:5]))
                found = Match(
                    entry, None, "", f"several sources match by {by} ({listed}); choose with --source"
                )
                break
        found = found or Match(entry, None, "", "no source with this title or file name")
        if found.source_id is not None and found.source_id in claimed:
            found = Match(entry, None, "", f"source {found.source_id} is already matched by an earlier entry")
        if found.source_id is not None:
            claimed.add(found.source_id)
        matches.append(found)
    return matches


# --- Export: the project's sources as CSL-JSON and BibTeX, for Zotero and LaTeX -------------------------

# A genre our import gave names its CSL type; "letter" is a personal communication in CSL.
_TYPES_BY_GENRE = {genre: kind for kind, genre in GENRES.items() if kind in ITEM_TYPES} | {
    "letter": "personal_communication"
}
_BIBTEX_BY_TYPE = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "article": "article",
    "book": "book",
    "chapter": "incollection",
    "entry-encyclopedia": "incollection",
    "entry-dictionary": "incollection",
    "paper-conference": "inproceedings",
    "report": "techreport",
    "thesis": "phdthesis",
    "webpage": "online",
    "post-weblog": "online",
    "manuscript": "unpublished",
}
_IN_JOURNAL = ("article-journal", "article-magazine", "article-newspaper", "article")
_CSL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CIRCA = re.compile(r"^(?:c\.|ca\.|circa)\s*", re.IGNORECASE)


def item_type(metadata: SourceMetadata) -> str:
    """The CSL type: as set, else the one the genre names, else manuscript for an archival source."""
    if metadata.item_type:
        return metadata.item_type
    if kind := _TYPES_BY_GENRE.get(metadata.genre.strip().lower()):
        return kind
    return "manuscript" if metadata.archive or metadata.archive_location else "document"


def csl_name(name: str) -> dict[str, str]:
    """ "Fitzpatrick, Sheila" as family and given; anything else (a body, a name written whole) literal."""
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name}


def csl_date(text: str) -> dict[str, Any] | None:
    """Our date as CSL: ISO parts, ranges and "c." as date-parts (the form every client reads); any other
    date as written ("raw", which Zotero parses and we read back unchanged)."""
    text = text.strip()
    if not text:
        return None
    body = _CIRCA.sub("", text)
    parts = []
    for piece in body.split("–") if body.count("–") == 1 else [body]:
        found = _CSL_DATE.fullmatch(piece.strip())
        if not found:
            return {"raw": text}
        parts.append([int(p) for p in found.groups() if p])
    date: dict[str, Any] = {"date-parts": parts}
    if body != text:
        date["circa"] = True
    return date


def csl_item(key: str, metadata: SourceMetadata) -> dict[str, Any]:
    """One source as a CSL-JSON item (every field it has, under its CSL name)."""
    m = metadata
    kind = item_type(m)
    item: dict[str, Any] = {"id": key, "type": kind, "title": m.title}
    for role, names in (("author", m.authors), ("editor", m.editors), ("translator", m.translators)):
        if names:
            item[role] = [csl_name(n) for n in names]
    for name, value in (
        ("issued", m.date_text),
        ("original-date", m.original_date),
        ("accessed", m.date_accessed),
    ):
        if date := csl_date(value):
            item[name] = date
    for theirs, ours in _TEXT_FIELDS:
        if value := getattr(m, ours):
            item[theirs] = value
    if m.genre and m.genre.strip().lower() != GENRES.get(kind):
        item["genre"] = m.genre
    for theirs, value in (("URL", m.url), ("language", m.language), ("note", m.extra)):
        if value:
            item[theirs] = value
    return item


class CiteKeys:
    """Citation keys unique within one file: "fitzpatrick1994stalins" — the first author's family name, the
    year and the title's first long word, in ASCII (Cyrillic and the rest fall back to "source") — then
    "…a", "…b", … for the same again (each base remembers its last suffix: 5,000 alike stay linear)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._suffix: dict[str, int] = {}

    def __call__(self, metadata: SourceMetadata) -> str:
        base = _key_base(metadata)
        key, suffix = base, self._suffix.get(base, 0)
        while key in self._taken:
            suffix += 1
            key = base + ("abcdefghijklmnopqrstuvwxyz"[suffix - 1] if suffix <= 26 else str(suffix))
        self._suffix[base] = suffix
        self._taken.add(key)
        return key


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded)


def _key_base(metadata: SourceMetadata) -> str:
    first = (metadata.authors or metadata.editors or ("",))[0]
    name = _ascii_word(first.partition(",")[0].split()[-1] if first.strip() else "")
    year = m.group(0) if (m := re.search(r"\d{4}", metadata.date_text)) else ""
    words = [_ascii_word(w) for w in re.findall(r"\w+", metadata.title) if len(w) > 3]
    word = next((w for w in words if w), "")
    return (name + year + word) or "source"


def write_csl_json(sources: Sequence[tuple[str, SourceMetadata]]) -> str:
    """A CSL-JSON file (UTF-8 text) of ``(key, metadata)`` pairs, as Zotero imports it."""
    return json.dumps([csl_item(key, m) for key, m in sources], ensure_ascii=False, indent=2) + "\n"


_BIBTEX_SPECIAL = re.compile(r"([&%$#_])")


def _bibtex_value(text: str, verbatim: bool = False) -> str:
    """Braces balanced (an unbalanced one is dropped: it would end the field), LaTeX's specials escaped
    except in verbatim fields (url, doi)."""
    if "{" not in text and "}" not in text:  # most values: nothing to balance
        return text if verbatim else _BIBTEX_SPECIAL.sub(r"\\\1", text)
    depth, kept = 0, []
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    text = "".join(kept) + "}" * depth
    return text if verbatim else _BIBTEX_SPECIAL.sub(r"\\\1", text)


def _protect_case(title: str) -> str:
    """Words a BibTeX style must not lower-case (USSR, McCarthy, NKVD) in braces, as Zotero writes them."""
    return re.sub(r"\b(\w*[A-Z]\w*[A-Z]\w*)\b", r"{\1}", title)


def _bibtex_names(names: Sequence[str]) -> str:
    # A name without "Family, Given" is a body's or written whole: braces keep BibTeX from splitting it.
    return " and ".join(n if "," in n else f"{{{n}}}" for n in names)


def bibtex_entry(key: str, metadata: SourceMetadata) -> str:
    m = metadata
    kind = item_type(m)
    entry_type = _BIBTEX_BY_TYPE.get(kind, "misc")
    if entry_type == "phdthesis" and re.search(r"master|m\.?a\.?\b", m.genre, re.IGNORECASE):
        entry_type = "mastersthesis"
    publisher_field = {"phdthesis": "school", "mastersthesis": "school", "techreport": "institution"}.get(
        entry_type, "publisher"
    )
    fields: list[tuple[str, str]] = [("title", _protect_case(_bibtex_value(m.title)))]
    for name, names in (("author", m.authors), ("editor", m.editors), ("translator", m.translators)):
        if names:
            fields.append((name, _bibtex_value(_bibtex_names(names))))
    container = "journal" if kind in _IN_JOURNAL else "booktitle"
    year = re.search(r"\d{4}", m.date_text)
    bib_date = csl_date(m.date_text)
    for name, value, verbatim in (
        (container, m.container_title, False),
        (publisher_field, m.publisher, False),
        ("address", m.publisher_place, False),
        ("date", _biblatex_date(m.date_text, bib_date), False),
        ("year", year.group(0) if year else "", False),
        ("origdate", _biblatex_date(m.original_date, csl_date(m.original_date)), False),
        ("volume", m.volume, False),
        ("number", m.issue, False),
        ("pages", m.page.replace("–", "--"), False),
        ("edition", m.edition, False),
        ("type", m.genre if m.genre.strip().lower() != GENRES.get(kind) else "", False),
        ("isbn", m.isbn, False),
        ("doi", m.doi, True),
        ("url", m.url, True),
        ("urldate", m.date_accessed, False),
        ("language", m.language, False),
        ("archive", m.archive, False),
        ("archive_location", m.archive_location, False),
        ("lccn", m.call_number, False),  # Zotero's BibTeX name for the call number
        ("note", m.extra, False),
    ):
        if value:
            fields.append(
                (name, value if name in ("date", "origdate", "year") else _bibtex_value(value, verbatim))
            )
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def _biblatex_date(text: str, date: dict[str, Any] | None) -> str:
    """biblatex's date (EDTF): "1931-05-02", "1929/1930", "1931~"; a date it cannot say, as written."""
    if date is None:
        return ""
    if "date-parts" not in date:
        return _bibtex_value(text)
    parts = ["-".join(f"{p:02d}" if i else f"{p}" for i, p in enumerate(d)) for d in date["date-parts"]]
    return "/".join(parts) + ("~" if date.get("circa") else "")


def write_bibtex(sources: Sequence[tuple[str, SourceMetadata]]) -> str:
    """A BibTeX (biblatex) file, UTF-8, of ``(key, metadata)`` pairs."""
    head = "% Exported by Annotator; UTF-8 (biblatex, or BibTeX with inputenc)\n\n"
    return head + "\n".join(bibtex_entry(key, m) for key, m in sources)
