"""Who speaks, on what evidence: the citations, quotations and other voices detected in each source, proposed
as annotations with their tags, and the historian's decisions on them.

Detected evidence is derived data, like the structure marks it reads: computed from the stored text by the
detectors of ``annotator.domain.evidence``, stored per source with the detectors' version (and the version
of the marks they read) when the project can be written, and recomputed when either version is not the
current one. Storing it is a derived write, so the search index stays in step.

Decisions are the historian's data. Each item has a stable id — a hash of its kind, its range and the text
it spans — so an accepted or rejected item keeps its decision when the evidence is recomputed, as long as
the detectors find the same stretch of the same text. A rejected item never comes back as a proposal.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import threading
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from annotator.domain import people as people_rules
from annotator.domain.errors import InvalidInput, ReadOnlyProject, WriteFailed
from annotator.domain.evidence import EVIDENCE_VERSION, ITEM_KINDS, Evidence, EvidenceKind, scan
from annotator.domain.evidence.scan import Progress
from annotator.domain.model import Annotation, PersonKind, Speaker, SpeakerRole
from annotator.domain.structure import STRUCTURE_VERSION, Mark
from annotator.services.annotations import Tagging, resolve_tags
from annotator.services.events import AnnotationsChanged, Change, EventBus
from annotator.services.offload import run_offloaded
from annotator.services.structure import StructureService, stored_or_computed
from annotator.storage import annotations_repo, evidence_repo, people_repo, sources_repo, taxonomy_repo
from annotator.storage.evidence_repo import ACCEPTED, REJECTED, Decision
from annotator.storage.unit_of_work import UnitOfWork

PROPOSED = "proposed"

CITED_SCHOLARSHIP = "provenance/cited-scholarship"
ARCHIVAL = "provenance/archival"
QUOTATION = "provenance/quotation"


# Each detector's share of the time detection takes and the passes its scans make over the text (measured
# on an 850,000-character book): the progress told moves through them. Quotations are found and attributed
# without ``scan.finditer``: their share is told when they are done.
_CITATIONS = (0.55, 10)
_QUOTATIONS = 0.22
_COMMENTS = (0.2, 5)
# From this length ``detect_unstored(offload=True)`` detects in a process of its own: a book's detection
# (about a second) in the window's process made a tag pressed meanwhile wait 0.7 s; the process costs a few
# tenths of a second to start, on the other core, which a short text's detection is not worth.
OFFLOAD_CHARS = 200_000


def detect(text: str, marks: Sequence[Mark], progress: Progress | None = None) -> list[Evidence]:
    """Every item of evidence in ``text`` (with its structure ``marks``), in text order; ``progress`` is told
    the share done (0.0 to 1.0, a percent at a time), from the thread detecting."""
    # Imported on first use: compiling the detectors' patterns costs a tenth of a second that opening a
    # project or running any other command should not pay.
    from annotator.domain.evidence.citations import find_citations
    from annotator.domain.evidence.comments import find_comments
    from annotator.domain.evidence.quotations import find_quotations
    from annotator.domain.evidence.speakers import attribute

    report = progress or (lambda done: None)
    report(0.0)
    with scan.reporting(report, 0.0, _CITATIONS[0], len(text), _CITATIONS[1]):
        citations = find_citations(text, marks)
    report(_CITATIONS[0])
    quotations = attribute(text, find_quotations(text, marks), citations)
    done = _CITATIONS[0] + _QUOTATIONS
    report(done)
    with scan.reporting(report, done, _COMMENTS[0], len(text), _COMMENTS[1]):
        comments = find_comments(text)
    report(1.0)
    found = [*citations, *quotations, *comments]
    return sorted(found, key=lambda e: (e.start, e.end, e.kind.value))


def encode(found: Sequence[Evidence]) -> str:
    """Detected items as ``EvidenceService.store`` writes them, made beforehand by whoever detected them (a
    worker), so the thread that stores only writes."""
    return evidence_repo.encode(found)


def item_kind(evidence: Evidence) -> str:
    """The listed kind of a detected item: one of ``ITEM_KINDS``."""
    if evidence.kind is EvidenceKind.CITATION:
        return evidence.details.get("mark", "citation")
    return evidence.kind.value


def item_id(kind: str, start: int, end: int, spanned: str) -> str:
    """The stable id of an item: the same kind over the same stretch of the same text has the same id."""
    digest = hashlib.sha256(f"{kind}\0{start}\0{end}\0{spanned}".encode()).hexdigest()
    return digest[:12]


@dataclass(frozen=True, slots=True)
class Proposal:
    """What accepting an item makes: an annotation of its range with these tags, note and evidence ref."""

    tags: tuple[str, ...]
    note: str = ""
    evidence_ref: str = ""


def propose(evidence: Evidence, spanned: str) -> Proposal:
    """The annotation an item suggests; no tags for a scare quote (nobody's words: nothing to propose)."""
    if evidence.kind is EvidenceKind.CITATION:
        if evidence.details.get("style") == "archive":
            return Proposal((ARCHIVAL,), evidence_ref=" ".join(spanned.strip("()[] ").split()))
        return Proposal((CITED_SCHOLARSHIP,), evidence_ref=_reference(evidence))
    if evidence.scare:
        return Proposal(())
    if evidence.speaker is None:
        # "A brigade member later recalled": nobody the People panel can list, but what the text says of them
        described = evidence.details.get("described", "")
        if described:
            return Proposal((QUOTATION,), note=f"Speaker: unnamed, described as “{described}”")
        return Proposal((QUOTATION,), note="Speaker: unattributed (the text names nobody)")
    # The speaker is the annotation's own data (set on accepting); the note keeps only what that cannot
    # hold: when the words were posted or dated.
    date = evidence.details.get("date", "")
    note = (f"Posted {date}" if evidence.kind is EvidenceKind.COMMENT else f"Dated {date}") if date else ""
    return Proposal((QUOTATION,), note=note, evidence_ref=evidence.details.get("source", ""))


def speaker_of(evidence: Evidence) -> tuple[str, SpeakerRole] | None:
    """Who an accepted item says speaks, and as what: a quotation's or comment's speaker, a citation's
    cited author; None for a scare quote, an unattributed quotation, a citation without an author."""
    if evidence.kind is EvidenceKind.CITATION:
        return (evidence.cited_author, SpeakerRole.CITED) if evidence.cited_author.strip() else None
    if evidence.scare or evidence.speaker is None or not evidence.speaker.name.strip():
        return None
    try:
        role = people_rules.role(evidence.speaker.role)
    except InvalidInput:
        role = SpeakerRole.QUOTED
    return evidence.speaker.name, role


def _reference(citation: Evidence) -> str:
    """"Sakwa, 37", "Davies 1989, 1029", "Conquest 1990"; a note call without a reference: "note 12"."""
    if not citation.cited_author:
        label = citation.details.get("label", "")
        return f"note {label}" if "mark" in citation.details and label else ""
    ref = citation.cited_author + (f" {citation.year}" if citation.year else "")
    return ref + (f", {citation.locator}" if citation.locator else "")


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    id: str
    kind: str  # one of ITEM_KINDS
    start: int
    end: int  # exclusive
    text: str
    state: str  # proposed, accepted or rejected
    proposal: Proposal
    evidence: Evidence
    annotation_id: int | None = None  # the annotation an acceptance made

    @property
    def speaker(self) -> str | None:
        return None if self.evidence.speaker is None else self.evidence.speaker.name

    @property
    def proposed_tags(self) -> tuple[str, ...]:
        return self.proposal.tags

    def as_dict(self) -> dict[str, Any]:
        """The record ``annotator evidence --json`` prints (its fields are a contract for scripts)."""
        e = self.evidence
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "scare": e.scare,
            "form": e.form.value,
            "cited_author": e.cited_author,
            "year": e.year,
            "locator": e.locator,
            "proposed_tags": list(self.proposal.tags),
            "state": self.state,
        }


@dataclass(frozen=True, slots=True)
class Decided:
    """What ``accept`` or ``reject`` did, for undo and redo: the items decided, the decisions they had
    before (None: proposed), and for an acceptance the annotations made and retagged."""

    source_id: int
    state: str  # accepted or rejected
    ids: tuple[str, ...]
    before: dict[str, Decision | None] = field(default_factory=dict)
    made: dict[str, Decision] = field(default_factory=dict)
    tagging: Tagging = field(default_factory=lambda: Tagging((), ()))
    # Annotations that were there already and got their speaker from an item: (id, name, role).
    spoke: tuple[tuple[int, str, SpeakerRole], ...] = ()

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One item as detected, with what its id, text and proposal cost to compute (not its decision)."""

    id: str
    kind: str
    evidence: Evidence
    text: str
    proposal: Proposal

    def item(self, decision: Decision | None) -> EvidenceItem:
        e = self.evidence
        if decision is None:
            return EvidenceItem(self.id, self.kind, e.start, e.end, self.text, PROPOSED, self.proposal, e)
        return EvidenceItem(
            self.id, self.kind, e.start, e.end, self.text, decision.state, self.proposal, e,
            decision.annotation_id,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Listing:
    """A source's items as read from the stored row (or detected), in text order and by id, with the
    stamp they were read at: the source's uuid and the stored row's fingerprint (None: not stored)."""

    stamp: tuple[str, tuple[int, int, int] | None]
    entries: tuple[_Entry, ...]
    by_id: dict[str, _Entry]
    found: Sequence[Evidence]  # what they were made from (stored as it is when it was not yet)


KEPT_LISTINGS = 4  # sources whose items are kept parsed: the one shown, and a few opened before it
MANY = 200  # items decided at once from which the cyclic garbage collector is paused meanwhile


@contextlib.contextmanager
def _without_gc_pauses(count: int) -> Iterator[None]:
    """The cyclic garbage collector paused while ``count`` (many) items are decided: the thousands of
    records made set off full collections that walk the whole heap (a quarter of accepting a book's 6,000
    citations), and they make no cycles: reference counting frees them. Left as found, so a worker's pause
    (the window's evidence controller) and this one can overlap."""
    enabled = gc.isenabled() and count >= MANY
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class EvidenceService:
    def __init__(self, uow: UnitOfWork, events: EventBus, structure: StructureService) -> None:
        self._uow = uow
        self._events = events
        self._structure = structure
        # Each source's items as last read, while its stored row is the same: a decision on one proposal
        # looks up its item here instead of parsing a book's thousands again (a quarter of a second). The
        # worker thread fills it while the window's thread decides: replaced whole, under the lock.
        self._listings: dict[int, _Listing] = {}
        self._lock = threading.Lock()

    # --- reading ---------------------------------------------------------------------------------------

    def items(
        self, source_id: int, kinds: Collection[str] | None = None, progress: Progress | None = None
    ) -> list[EvidenceItem]:
        """The source's detected items in text order, with their state and proposal; only ``kinds``
        (of ``ITEM_KINDS``) when given. The first call on a source detects (telling ``progress``, see
        ``detect``) and stores; later ones read."""
        if kinds is not None:
            unknown = sorted(set(kinds) - set(ITEM_KINDS))
            if unknown:
                raise InvalidInput(f"no evidence kind {unknown[0]!r}; the kinds are {', '.join(ITEM_KINDS)}")
        listing, decisions = self._read(source_id, progress=progress)
        return [
            entry.item(decisions.get(entry.id))
            for entry in listing.entries
            if kinds is None or entry.kind in kinds
        ]

    def _read(
        self, source_id: int, keys: Collection[str] | None = None, progress: Progress | None = None
    ) -> tuple[_Listing, dict[str, Decision]]:
        """The source's items (parsed again only when its stored row changed; detected and stored when it
        is stale) and the decisions on them (only on ``keys`` when given)."""
        with self._uow.read() as session:
            uuid_ = sources_repo.get_row(session, source_id).uuid  # NotFound for an unknown source
            stamp = evidence_repo.fingerprint(session, source_id)
            decisions = evidence_repo.decisions(session, source_id, keys)
        current = stamp is not None and stamp[:2] == (EVIDENCE_VERSION, STRUCTURE_VERSION)
        with self._lock:
            listing = self._listings.get(source_id)
        if listing is not None and listing.stamp == (uuid_, stamp if current else None):
            if current or self._uow.read_only_reason is not None:
                return listing, decisions
            # Detected already (by ``detect_unstored`` in a worker, or when a write failed): stored now.
            self._store(source_id, listing.found)
            with self._lock:
                return self._listings.get(source_id, listing), decisions
        with self._uow.read() as session:
            stored = evidence_repo.get(session, source_id) if current else None
            text = sources_repo.text_of(session, source_id)
            if stored is not None:
                stamp = evidence_repo.fingerprint(session, source_id)  # the row read, if it changed since
        if stored is not None:
            self._keep(source_id, listing := _listing((uuid_, stamp), text, stored.items))
            return listing, decisions
        found = detect(text, self._structure.marks(source_id), progress)
        self._keep(source_id, listing := _listing((uuid_, None), text, found))
        self._store(source_id, found)  # stamps the listing with the row stored
        with self._lock:
            return self._listings.get(source_id, listing), decisions

    def _keep(self, source_id: int, listing: _Listing) -> None:
        with self._lock:
            self._listings.pop(source_id, None)
            self._listings[source_id] = listing
            while len(self._listings) > KEPT_LISTINGS:
                del self._listings[next(iter(self._listings))]

    def stale(self) -> list[int]:
        """Sources whose evidence is not stored, or was stored by other detectors or from other marks."""
        with self._uow.read() as session:
            return evidence_repo.stale(session, EVIDENCE_VERSION, STRUCTURE_VERSION)

    def detect_unstored(
        self, source_id: int, progress: Progress | None = None, offload: bool = False
    ) -> list[Evidence] | None:
        """The source's evidence detected afresh (telling ``progress``, see ``detect``) when the stored one
        is missing or stale (None when it is current), storing nothing: for a worker thread, which must not
        write while the window may (a write transaction begun beside another can fail at once as locked).
        ``store`` keeps it, from the thread that writes; the structure marks are read as stored (or
        computed, not stored). ``offload``: a text of OFFLOAD_CHARS or more is detected in a process of its
        own (services/offload.py), so that the thread calling this leaves the interpreter to the window."""
        with self._uow.read() as session:
            uuid_ = sources_repo.get_row(session, source_id).uuid  # NotFound for an unknown source
            if source_id not in evidence_repo.stale(session, EVIDENCE_VERSION, STRUCTURE_VERSION):
                return None
            text = sources_repo.text_of(session, source_id)
            marks = stored_or_computed(session, source_id, text)
        if offload and len(text) >= OFFLOAD_CHARS:
            found = run_offloaded(detect, text, list(marks), progress=progress)
        else:
            found = detect(text, marks, progress)
        # Its items made here too, in the worker: once ``store`` has kept it, reading them parses nothing
        # (parsing a book's stored items holds the interpreter, and the window, in one long call).
        self._keep(source_id, _listing((uuid_, None), text, found))
        return found

    def store(self, source_id: int, found: Sequence[Evidence], encoded: str | None = None) -> None:
        """Keep what ``detect_unstored`` found (derived data: a project that cannot be written detects it
        again next time); ``encoded``: what ``encode`` made of it beforehand (in the worker)."""
        self._store(source_id, found, encoded)

    def refresh(self, source_ids: Sequence[int] | None = None) -> int:
        """Detect and store the evidence of these sources (default: the stale ones) again; how many."""
        ids = self.stale() if source_ids is None else list(source_ids)
        for source_id in ids:
            with self._uow.read() as session:
                text = sources_repo.text_of(session, source_id)
            self._store(source_id, detect(text, self._structure.marks(source_id)))
        return len(ids)

    # --- deciding --------------------------------------------------------------------------------------

    def accept(self, source_id: int, ids: Sequence[str]) -> Decided:
        """Make the proposed annotation of each item, with its tags, note and evidence reference, and record
        the items as accepted, in ONE transaction: all of it is saved, or (a failing disk) none of it. An
        item whose range is already an annotation gets the proposed tags added to that annotation instead;
        items accepted already are left alone (unless their annotation was deleted: it is made again)."""
        with _without_gc_pauses(len(ids)):
            return self._accept(source_id, ids)

    def _accept(self, source_id: int, ids: Sequence[str]) -> Decided:
        chosen = self._chosen(source_id, ids)
        for item in chosen:
            if not item.proposal.tags:
                raise InvalidInput(
                    f"evidence item {item.id} of source {source_id} is a scare quote, nobody's words: "
                    "there is nothing to accept (reject it instead)"
                )
        # An accepted item whose annotation was deleted since can be accepted again.
        chosen = [item for item in chosen if item.state != ACCEPTED or item.annotation_id is None]
        if not chosen:
            return Decided(source_id, ACCEPTED, ())
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            ranges = [(i.start, i.end) for i in chosen]
            existing = annotations_repo.at_ranges(session, taxonomy, source_id, ranges)
            retagged: list[tuple[int, tuple[int, ...], tuple[int, ...]]] = []
            by_item: dict[str, int] = {}
            new: list[tuple[EvidenceItem, list[int]]] = []
            resolved: dict[tuple[str, ...], list[int]] = {}  # a few tag sets for thousands of items
            for item in chosen:
                tags = item.proposal.tags
                tag_ids = resolved.get(tags) or resolved.setdefault(tags, resolve_tags(taxonomy, tags))
                there = existing.get((item.start, item.end))
                if there is None:
                    new.append((item, tag_ids))
                    continue
                before = tuple(t.id for t in there.tags)
                after = (*before, *(t for t in tag_ids if t not in before))
                if after != before:
                    annotations_repo.set_tags(session, there.id, after)
                    retagged.append((there.id, before, after))
                by_item[item.id] = there.id
            quotes = sources_repo.read_quotes(session, source_id, [(i.start, i.end) for i, _ in new])
            created = annotations_repo.add_many(
                session,
                taxonomy,
                [
                    annotations_repo.NewAnnotation(
                        str(uuid.uuid4()), source_id, item.start, item.end, quote,
                        note=item.proposal.note, evidence_ref=item.proposal.evidence_ref, tag_ids=tag_ids,
                    )
                    for (item, tag_ids), quote in zip(new, quotes, strict=True)
                ],
            )  # fmt: skip
            by_item.update((item.id, a.id) for (item, _), a in zip(new, created, strict=True))
            # Who speaks: set on the new annotations, and on those already there that had nobody; the
            # people named looked up (or made) at once, not three statements an annotation.
            spoke: list[tuple[int, str, SpeakerRole]] = []
            speaking: list[tuple[int, str, SpeakerRole]] = []
            new_ids = {a.id for a in created}
            for item in chosen:
                said = speaker_of(item.evidence)
                there = existing.get((item.start, item.end))
                if said is None or (there is not None and there.speaker is not None):
                    continue
                speaking.append((by_item[item.id], *said))
                if by_item[item.id] not in new_ids:
                    spoke.append((by_item[item.id], *said))
            speakers = _set_speakers(session, speaking, new=new_ids)
            # As stored, speakers included, so a redo puts them back whole; in text order, as listed.
            created = sorted(
                (dataclasses.replace(a, speaker=speakers[a.id]) if a.id in speakers else a for a in created),
                key=lambda a: (a.start, a.end, a.id),
            )
            made = {item.id: Decision(ACCEPTED, by_item[item.id]) for item in chosen}
            evidence_repo.decide(session, source_id, made)
        tagging = Tagging(tuple(created), tuple(retagged))
        decided = Decided(
            source_id, ACCEPTED, tuple(made), self._before(chosen), made, tagging, tuple(spoke)
        )
        self._publish(Change.ADDED, source_id, decided.tagging, [i for i, _, _ in decided.spoke])
        return decided

    def accept_kind(self, source_id: int, kind: str) -> Decided:
        """Accept every proposed item of one kind that has something to propose (not scare quotes, not
        rejected items), in one transaction."""
        ids = [i.id for i in self.items(source_id, [kind]) if i.state == PROPOSED and i.proposal.tags]
        return self.accept(source_id, ids)

    def reject(self, source_id: int, ids: Sequence[str]) -> Decided:
        """Record the items as rejected: they are no longer proposed, and stay so when recomputed. Rejecting
        an accepted item leaves its annotation alone (delete it as any other)."""
        chosen = [item for item in self._chosen(source_id, ids) if item.state != REJECTED]
        made = {item.id: Decision(REJECTED, None) for item in chosen}
        if made:
            with self._uow.write() as session:
                evidence_repo.decide(session, source_id, made)
        return Decided(source_id, REJECTED, tuple(made), self._before(chosen), made)

    def unaccept(self, decided: Decided) -> None:
        """Undo ``accept`` in one transaction: its annotations deleted, others' tags as before, the items'
        decisions as before."""
        with _without_gc_pauses(decided.count), self._uow.write() as session:
            people = [a.speaker.person_id for a in decided.tagging.created if a.speaker is not None]
            annotations_repo.delete_rows(session, [a.id for a in decided.tagging.created])
            for annotation_id, before, _ in decided.tagging.retagged:
                annotations_repo.set_tags(session, annotation_id, before)
            spoken = people_repo.speakers(session, [i for i, _, _ in decided.spoke])
            people_repo.set_speakers(session, [(i, None, role) for i, _, role in decided.spoke])
            people += [s.person_id for s in spoken.values()]
            people_repo.prune(session, list(dict.fromkeys(people)))
            self._restore_decisions(session, decided)
        self._publish(Change.REMOVED, decided.source_id, decided.tagging, [i for i, _, _ in decided.spoke])

    def unreject(self, decided: Decided) -> None:
        """Undo ``reject``: the items have the decisions they had before (proposed, mostly)."""
        with self._uow.write() as session:
            self._restore_decisions(session, decided)

    def redo(self, decided: Decided) -> None:
        """Redo an undone ``accept`` or ``reject`` in one transaction, with the same annotation ids."""
        with _without_gc_pauses(decided.count), self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            created = decided.tagging.created
            # Their quotes read again from the text, as ``put_back`` does for one (it also checks the ranges).
            quotes = sources_repo.read_quotes(session, decided.source_id, [(a.start, a.end) for a in created])
            back = [dataclasses.replace(a, quote=q) for a, q in zip(created, quotes, strict=True)]
            annotations_repo.restore_many(session, taxonomy, back)
            for annotation_id, _, after in decided.tagging.retagged:
                annotations_repo.set_tags(session, annotation_id, after)
            _set_speakers(
                session,
                [(a.id, a.speaker.name, a.speaker.role) for a in created if a.speaker is not None],
                {a.speaker.name: a.speaker.kind for a in created if a.speaker is not None},
                new={a.id for a in created},
            )
            _set_speakers(session, decided.spoke)
            evidence_repo.decide(session, decided.source_id, decided.made)
        self._publish(Change.ADDED, decided.source_id, decided.tagging, [i for i, _, _ in decided.spoke])

    # --- helpers ---------------------------------------------------------------------------------------

    def _chosen(self, source_id: int, ids: Sequence[str]) -> list[EvidenceItem]:
        """The items of these ids with their decisions: only those are built, and only their decisions
        read (a key press decides one item of a book's thousands)."""
        # A few decisions are looked up by key; for a whole kind, one read of them all is cheaper.
        listing, decisions = self._read(source_id, keys=ids if len(ids) <= 500 else None)
        unknown = [i for i in ids if i not in listing.by_id]
        if unknown:
            raise InvalidInput(
                f"source {source_id} has no evidence item {unknown[0]!r} "
                f"(see `annotator evidence {source_id}`)"
            )
        return [listing.by_id[i].item(decisions.get(i)) for i in dict.fromkeys(ids)]

    @staticmethod
    def _before(chosen: Sequence[EvidenceItem]) -> dict[str, Decision | None]:
        return {
            item.id: None if item.state == PROPOSED else Decision(item.state, item.annotation_id)
            for item in chosen
        }

    @staticmethod
    def _restore_decisions(session: Session, decided: Decided) -> None:
        evidence_repo.forget(session, decided.source_id, list(decided.before))
        evidence_repo.decide(
            session, decided.source_id, {k: d for k, d in decided.before.items() if d is not None}
        )

    def _publish(self, change: Change, source_id: int, tagging: Tagging, spoke: Sequence[int] = ()) -> None:
        created: tuple[Annotation, ...] = tagging.created
        sources = (source_id,)
        if created:
            self._events.publish(AnnotationsChanged(change, tuple(a.id for a in created), sources, created))
        updated = tuple(dict.fromkeys([*(i for i, _, _ in tagging.retagged), *spoke]))
        if updated:
            self._events.publish(AnnotationsChanged(Change.UPDATED, updated, sources))

    def _store(self, source_id: int, found: Sequence[Evidence], encoded: str | None = None) -> bool:
        """Keep detected evidence (True when kept); a project that cannot be written detects it again next
        time instead."""
        if self._uow.read_only_reason is not None:
            return False
        try:
            with self._uow.write(derived=True) as session:
                evidence_repo.put(session, source_id, EVIDENCE_VERSION, STRUCTURE_VERSION, found, encoded)
                stamp = evidence_repo.fingerprint(session, source_id)
        except (ReadOnlyProject, WriteFailed):
            return False  # derived data: the items are still right, only not kept
        with self._lock:  # the items made from what was just stored are those of the row now
            listing = self._listings.get(source_id)
            if listing is not None and listing.found is found:
                self._listings[source_id] = dataclasses.replace(listing, stamp=(listing.stamp[0], stamp))
        return True


def _set_speakers(
    session: Session,
    speaking: Sequence[tuple[int, str, SpeakerRole]],
    kinds: dict[str, PersonKind] | None = None,
    new: Collection[int] = (),
) -> dict[int, Speaker]:
    """Who speaks in each of these annotations, (annotation id, name, role) each: the people made when
    there are none of the name (of ``kinds`` by name when given, else of the kind the name suggests).
    ``new``: the annotations just made (no speaker to replace)."""
    if not speaking:
        return {}
    known = kinds or {}
    people = people_repo.ensure_many(session, [(name, known.get(name)) for _, name, _ in speaking])
    rows = [(i, people[name].id, role) for i, name, role in speaking]
    people_repo.set_speakers(session, [r for r in rows if r[0] not in new])
    people_repo.set_speakers(session, [r for r in rows if r[0] in new], new=True)
    return {
        i: Speaker(people[name].id, people[name].name, role, people[name].kind) for i, name, role in speaking
    }


def _listing(
    stamp: tuple[str, tuple[int, int, int] | None], text: str, found: Sequence[Evidence]
) -> _Listing:
    entries: list[_Entry] = []
    by_id: dict[str, _Entry] = {}
    for e in found:
        kind = item_kind(e)
        spanned = text[e.start : e.end]
        key = item_id(kind, e.start, e.end, spanned)
        if key in by_id:  # two detectors' reports of one item
            continue
        entry = by_id[key] = _Entry(key, kind, e, spanned, propose(e, spanned))
        entries.append(entry)
    return _Listing(stamp, tuple(entries), by_id, found)

