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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from annotator.domain.errors import SourceRejected
from annotator.domain.model import SourceSummary

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
        return value.strip()
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


def csl_changes(item: Mapping[str, Any]) -> dict[str, Any]:
    """Our metadata fields from one CSL-JSON item (only those it has)."""
    changes: dict[str, Any] = {}
    if title := str(item.get("title") or "").strip():
        changes["title"] = " ".join(title.split())
    if authors := _names(item.get("author")) or _names(item.get("editor")):
        changes["authors"] = authors
    if issued := _date(item.get("issued")):
        changes["date_text"] = issued
    accessed = _date(item.get("accessed"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", accessed):
        changes["date_accessed"] = accessed
    venue = str(item.get("container-title") or item.get("publisher") or "").strip()
    if venue:
        changes["publisher"] = venue
    url = str(item.get("URL") or "").strip()
    if not url and item.get("DOI"):
        url = f"https://doi.org/{str(item['DOI']).strip()}"
    if url.startswith(("http://", "https://")):
        changes["url"] = url
    if language := _language(item.get("language")):
        changes["language"] = language
    if genre := str(item.get("genre") or "").strip() or GENRES.get(str(item.get("type", ""))):
        changes["genre"] = genre
    if archive := str(item.get("archive") or "").strip():
        changes["archive"] = archive
    if location := str(item.get("archive_location") or item.get("archive-location") or "").strip():
        changes["archival_collection"] = location
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
        ("URL", ("url",)),
        ("DOI", ("doi",)),
        ("language", ("language", "langid")),
        ("note", ("note",)),
        ("archive", ("archive",)),
    ):
        if value := text(*theirs):
            item[ours] = value
    for role in ("author", "editor"):
        people = fields.get(role)
        if isinstance(people, list):
            item[role] = [_person(p) for p in people]
    date = text("date")
    if not date and (year := text("year")):
        month = text("month").lower()[:3]
        number = _MONTHS.get(month) or (int(month) if month.isdigit() else None)
        day = text("day")
        date = (
            year
            + (f"-{number:02d}" if number else "")
            + (f"-{int(day):02d}" if number and day.isdigit() else "")
        )
    if date:
        item["issued"] = date.replace("/", "–")
    if urldate := text("urldate"):
        item["accessed"] = urldate[:10]
    return item


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
