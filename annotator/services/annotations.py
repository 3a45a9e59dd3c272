"""Creating, editing and deleting annotations with their tags."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from sqlalchemy.orm import Session

from annotator.domain import people as people_rules
from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.model import Annotation, Link, Person, PersonKind, Speaker, SpeakerRole
from annotator.domain.taxonomy import Taxonomy
from annotator.services.events import AnnotationsChanged, Change, EventBus, LinksChanged
from annotator.storage import (
    annotations_repo,
    coders_repo,
    links_repo,
    people_repo,
    sources_repo,
    taxonomy_repo,
)
from annotator.storage.unit_of_work import UnitOfWork, read_generation

log = logging.getLogger(__name__)

TagSpec = str | int  # a slug path ("bias/loaded-language") or a tag id
# Who speaks: a name ("Khrushchev", any case: an existing person of that name is meant) and a role
# ("quoted" or SpeakerRole.QUOTED); None: nobody said.
SpeakerSpec = tuple[str, SpeakerRole | str]


class _Unset:
    pass


UNSET: Final = _Unset()


@dataclass(frozen=True, slots=True)
class DeletedAnnotation:
    """Everything needed to put a deleted annotation back, links included (for undo)."""

    annotation: Annotation
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class Passage:
    """A range of a source's text (code points) that is not an annotation yet."""

    source_id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Tagging:
    """What ``tag_passages`` did, for undo and redo: the annotations it made, and the tag lists (before,
    after) of the annotations it added the tag to."""

    created: tuple[Annotation, ...]
    retagged: tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...]  # (annotation id, before, after)

    @property
    def count(self) -> int:
        return len(self.created) + len(self.retagged)


def resolve_tags(taxonomy: Taxonomy, specs: Iterable[TagSpec]) -> list[int]:
    ids: list[int] = []
    for spec in specs:
        tag = taxonomy.tag_by_id(spec) if isinstance(spec, int) else taxonomy.resolve(spec)
        if tag.id not in ids:
            ids.append(tag.id)
    return ids


def check_confidence(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidInput(f"confidence {value!r} is not a whole number from 1 (a guess) to 5 (certain)")
    return value


class AnnotationService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events
        # The version of each annotation this project object's own last write left: an undo expects to
        # find it, so undoing one's own edits in turn works, and a version that differs means another
        # coder wrote since (EditConflict, nothing overwritten).
        self._own: dict[int, int] = {}

    def own_version(self, annotation_id: int) -> int | None:
        """The version this project's own last write of the annotation left (None: none since opening)."""
        return self._own.get(annotation_id)

    def _note_own(self, annotation: Annotation) -> Annotation:
        self._own[annotation.id] = annotation.version
        return annotation

    def create(
        self,
        source_id: int,
        start: int,
        end: int,
        tags: Sequence[TagSpec] = (),
        note: str = "",
        confidence: int | None = None,
        evidence_ref: str = "",
        speaker: SpeakerSpec | None = None,
    ) -> Annotation:
        """Annotate ``text[start:end]`` (code points) of a source with tags, a note and who speaks."""
        confidence = check_confidence(confidence)
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            tag_ids = resolve_tags(taxonomy, tags)
            annotation = add_annotation(
                session, taxonomy, source_id, start, end, tag_ids, note, confidence, evidence_ref
            )
            if speaker is not None:
                set_speaker(session, annotation.id, None, speaker)
                annotation = annotations_repo.get(session, annotation.id, taxonomy)
        self._events.publish(AnnotationsChanged(Change.ADDED, (annotation.id,), (source_id,), (annotation,)))
        return self._note_own(annotation)

    def rehearse_create(self, source_id: int) -> None:
        """Run what ``create`` runs for a tagged passage of the source, in a transaction rolled back at the
        end: nothing is stored, no event is published. A window calls it once a source is open, so that
        the first tag after opening costs what the others cost (the statements are compiled by then).
        Never raises: a rehearsal that fails (a read-only project, an empty source) changes nothing."""
        try:
            with self._uow.rehearsal() as session:
                taxonomy = taxonomy_repo.load(session)
                if taxonomy.tags:
                    _apply_tag(session, taxonomy, taxonomy.tags[0].id, source_id, (0, 1), None)
                else:
                    add_annotation(session, taxonomy, source_id, 0, 1, [])
            with self._uow.read() as session:
                read_generation(session)  # what the search index reads after each commit
        except Exception:
            log.debug("tagging rehearsal for source %s skipped", source_id, exc_info=True)

    def get(self, annotation_id: int) -> Annotation:
        with self._uow.read() as session:
            return annotations_repo.get(session, annotation_id, taxonomy_repo.load(session))

    def list(
        self,
        source_id: int | None = None,
        tags: Sequence[TagSpec] | None = None,
        speaker: str | None = None,
        coders: Sequence[str] | None = None,
    ) -> list[Annotation]:
        """Annotations in text order; with ``tags``, those carrying any of them; with ``speaker``, those
        the person of that name speaks in (any case; a unique beginning of the name will do); with
        ``coders`` (logins or display names), those these coders made."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            tag_ids = resolve_tags(taxonomy, tags) if tags is not None else None
            ids = None
            if speaker is not None:
                ids = people_repo.annotations_of(session, [resolve_person(session, speaker).id])
            coder_ids = None
            if coders is not None:
                coder_ids = [c.id for c in coders_repo.resolve_many(session, coders)]
            return annotations_repo.list_annotations(
                session, taxonomy, source_id=source_id, tag_ids=tag_ids, ids=ids, coder_ids=coder_ids
            )

    def first_screen(self, source_id: int, end: int, whole_below: int = 500) -> tuple[list[Annotation], bool]:
        """What a reader needs to paint the source's first screen: the annotations sharing a character with
        the text before ``end``, and whether that is all of them. A source with fewer than ``whole_below``
        annotations is read whole at once (it costs no more than the range, and nothing is left to load)."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            if annotations_repo.count_annotations(session, source_id) < whole_below:
                return annotations_repo.list_annotations(session, taxonomy, source_id=source_id), True
            shown = annotations_repo.list_annotations(
                session, taxonomy, source_id=source_id, overlapping=(0, end)
            )
            return shown, False

    def get_many(self, annotation_ids: Sequence[int]) -> list[Annotation]:
        """The annotations with these ids that exist, in text order (missing ids are skipped)."""
        with self._uow.read() as session:
            return annotations_repo.list_annotations(session, taxonomy_repo.load(session), ids=annotation_ids)

    def update(
        self,
        annotation_id: int,
        *,
        start: int | None = None,
        end: int | None = None,
        tags: Sequence[TagSpec] | None = None,
        note: str | None = None,
        confidence: int | _Unset | None = UNSET,
        evidence_ref: str | None = None,
        speaker: SpeakerSpec | _Unset | None = UNSET,
        expected_version: int | None = None,
    ) -> Annotation:
        """Change what is given; a new range re-reads the quote from the text. ``speaker`` (name, role)
        names who speaks, making the person when the project has nobody of that name; None clears it.

        ``expected_version``: the version of the annotation the caller read (``Annotation.version``); when
        another coder's edit came first, EditConflict (carrying their version) and nothing is changed.
        None: whatever version this transaction reads."""
        with self._uow.write() as session:
            annotations_repo.check_version(session, annotation_id, expected_version)  # deleted meanwhile?
            taxonomy = taxonomy_repo.load(session)
            current = annotations_repo.get(session, annotation_id, taxonomy)
            changes: dict[str, Any] = {}
            if start is not None or end is not None:
                new_start = current.start if start is None else start
                new_end = current.end if end is None else end
                changes["start"], changes["end"] = new_start, new_end
                changes["quote"] = sources_repo.read_quote(session, current.source_id, new_start, new_end)
            if note is not None:
                changes["note"] = note
            if not isinstance(confidence, _Unset):
                changes["confidence"] = check_confidence(confidence)
            if evidence_ref is not None:
                changes["evidence_ref"] = evidence_ref.strip()
            annotations_repo.update(session, annotation_id, expected_version=expected_version, **changes)
            if tags is not None:
                annotations_repo.set_tags(session, annotation_id, resolve_tags(taxonomy, tags))
            if not isinstance(speaker, _Unset):
                set_speaker(session, annotation_id, current.speaker, speaker)
            annotation = annotations_repo.get(session, annotation_id, taxonomy)
        self._events.publish(
            AnnotationsChanged(Change.UPDATED, (annotation_id,), (annotation.source_id,), (annotation,))
        )
        return self._note_own(annotation)

    def set_speaker(
        self, annotation_id: int, name: str | None, role: SpeakerRole | str = SpeakerRole.QUOTED
    ) -> Annotation:
        """Who speaks in the annotation (``name`` None: nobody said); undo by setting the previous one."""
        return self.update(annotation_id, speaker=None if name is None else (name, role))

    def add_tags(self, annotation_id: int, tags: Sequence[TagSpec]) -> Annotation:
        current = [t.id for t in self.get(annotation_id).tags]
        return self.update(annotation_id, tags=[*current, *tags])

    def remove_tags(self, annotation_id: int, tags: Sequence[TagSpec]) -> Annotation:
        with self._uow.read() as session:
            removing = set(resolve_tags(taxonomy_repo.load(session), tags))
        current = [t.id for t in self.get(annotation_id).tags]
        return self.update(annotation_id, tags=[t for t in current if t not in removing])

    def delete(self, annotation_id: int, expected_version: int | None = None) -> DeletedAnnotation:
        """Delete an annotation and the links that end at it; returns what ``restore`` needs.
        ``expected_version``: as for ``update`` (an undo deletes only the annotation as it left it)."""
        with self._uow.write() as session:
            annotations_repo.check_version(session, annotation_id, expected_version)
            taxonomy = taxonomy_repo.load(session)
            annotation = annotations_repo.get(session, annotation_id, taxonomy)
            links = tuple(links_repo.list_links(session, annotation_ids=[annotation_id]))
            annotations_repo.delete_row(session, annotation_id)
            if annotation.speaker is not None:
                people_repo.set_speaker(session, annotation_id, None, annotation.speaker.role)
                people_repo.prune(session, [annotation.speaker.person_id])
        self._events.publish(
            AnnotationsChanged(Change.REMOVED, (annotation_id,), (annotation.source_id,), (annotation,))
        )
        if links:
            self._events.publish(LinksChanged(Change.REMOVED, tuple(link.id for link in links)))
        return DeletedAnnotation(annotation, links)

    def restore(self, deleted: DeletedAnnotation) -> Annotation:
        """Put a deleted annotation back with its id, uuid, tags and links (the undo of ``delete``)."""
        a = deleted.annotation
        with self._uow.write() as session:
            restored = put_back(session, taxonomy_repo.load(session), deleted)
        self._events.publish(AnnotationsChanged(Change.ADDED, (a.id,), (a.source_id,), (restored,)))
        if deleted.links:
            self._events.publish(LinksChanged(Change.ADDED, tuple(link.id for link in deleted.links)))
        return self._note_own(restored)


    # --- what pressing a tag means (keys 1–9, the palette, the picker, the sticky tag, the Tag menu) --------

    def apply_tag(
        self,
        tag: TagSpec,
        source_id: int,
        span: tuple[int, int] | None = None,
        annotation_id: int | None = None,
    ) -> Tagging:
        """Tag what is chosen in a source, decided and done in ONE transaction:

        - a selected ``span``: the annotation with exactly that range gets the tag (left alone if it has
          it already); if there is none, a new annotation with the tag is made;
        - else the selected annotation ``annotation_id``: the tag is toggled (removed if it has it).

        Returns what changed (nothing, when the annotation at the span had the tag already);
        ``untag_passages`` undoes it and ``retag_passages`` redoes it."""
        if span is None and annotation_id is None:
            raise InvalidInput("nothing to tag: select a passage or an annotation first")
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            (tag_id,) = resolve_tags(taxonomy, [tag])
            tagging, changed = _apply_tag(session, taxonomy, tag_id, source_id, span, annotation_id)
        # The event carries the annotation as committed, so a window patches its reader reading nothing back.
        if tagging.created:
            (created,) = tagging.created
            self._events.publish(AnnotationsChanged(Change.ADDED, (created.id,), (source_id,), (created,)))
            self._note_own(created)
        elif changed is not None:
            self._events.publish(
                AnnotationsChanged(Change.UPDATED, (changed.id,), (changed.source_id,), (changed,))
            )
            self._note_own(changed)
        return tagging

    # --- tagging many passages at once (Tag hits…) ---------------------------------------------------

    def tag_passages(
        self, tag: TagSpec, passages: Sequence[Passage], annotation_ids: Sequence[int] = ()
    ) -> Tagging:
        """Add ``tag`` to each passage — to the annotation with exactly its range if there is one, else to
        a new annotation — and to each annotation of ``annotation_ids``, in ONE transaction: all of it is
        saved, or (a failing disk, a source deleted meanwhile) none of it. Those that have it already are
        left alone. ``untag_passages`` undoes it, ``retag_passages`` redoes it."""
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            (tag_id,) = resolve_tags(taxonomy, [tag])
            retagged: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
            done: set[int] = set()

            versions: dict[int, int] = {}

            def add_tag_to(annotation: Annotation) -> None:
                before = tuple(t.id for t in annotation.tags)
                if annotation.id in done or tag_id in before:
                    return
                annotations_repo.set_tags(session, annotation.id, [*before, tag_id])
                versions[annotation.id] = annotations_repo.bump_version(session, annotation.id)
                retagged[annotation.id] = (before, (*before, tag_id))
                done.add(annotation.id)

            # Existing annotations by range, read once per source; None marks a range created below.
            by_range: dict[int, dict[tuple[int, int], Annotation | None]] = {}
            to_create: dict[int, list[tuple[int, int]]] = {}
            for passage in passages:
                if passage.source_id not in by_range:
                    existing_ones = annotations_repo.list_annotations(
                        session, taxonomy, source_id=passage.source_id
                    )
                    by_range[passage.source_id] = {(a.start, a.end): a for a in existing_ones}
                where = (passage.start, passage.end)
                ranges = by_range[passage.source_id]
                if where in ranges:
                    existing = ranges[where]
                    if existing is not None:
                        add_tag_to(existing)
                    continue
                ranges[where] = None
                to_create.setdefault(passage.source_id, []).append(where)
            # One batch insert for all the new annotations (Tag hits… may make hundreds at once).
            new: list[annotations_repo.NewAnnotation] = []
            for source_id, wheres in to_create.items():
                quotes = sources_repo.read_quotes(session, source_id, wheres)
                new += [
                    annotations_repo.NewAnnotation(str(uuid.uuid4()), source_id, s, e, q, tag_ids=(tag_id,))
                    for (s, e), q in zip(wheres, quotes, strict=True)
                ]
            created = annotations_repo.add_many(session, taxonomy, new)
            done.update(a.id for a in created)
            for annotation_id in annotation_ids:
                add_tag_to(annotations_repo.get(session, annotation_id, taxonomy))
            tagging = Tagging(tuple(created), tuple((i, b, a) for i, (b, a) in retagged.items()))
            sources = self._sources_of(session, tagging)
        self._own.update(versions)
        self._own.update((a.id, a.version) for a in created)
        self._publish_tagging(Change.ADDED, Change.UPDATED, tagging, sources)
        return tagging

    def untag_passages(self, tagging: Tagging) -> None:
        """Undo ``tag_passages`` in one transaction: its new annotations deleted, others' tags as before.
        EditConflict, nothing undone, when another coder changed one of them since this project's own last
        write of it (undo undoes one's own edits only)."""
        with self._uow.write() as session:
            sources = self._sources_of(session, tagging)
            versions = self._check_own(session, tagging)
            for annotation in tagging.created:
                annotations_repo.delete_row(session, annotation.id)
            for annotation_id, before, _ in tagging.retagged:
                annotations_repo.set_tags(session, annotation_id, before)
                versions[annotation_id] = annotations_repo.bump_version(session, annotation_id)
        self._own.update(versions)
        self._publish_tagging(Change.REMOVED, Change.UPDATED, tagging, sources)

    def _check_own(self, session: Session, tagging: Tagging) -> dict[int, int]:
        """EditConflict if an annotation of ``tagging`` is not at the version this project's own last write
        left (one it never wrote is not checked)."""
        for annotation_id in [a.id for a in tagging.created] + [i for i, _, _ in tagging.retagged]:
            own = self._own.get(annotation_id)
            if own is not None and annotations_repo.exists(session, annotation_id):
                annotations_repo.check_version(session, annotation_id, own)
        return {}

    def retag_passages(self, tagging: Tagging) -> None:
        """Redo ``tag_passages`` after ``untag_passages``, in one transaction, with the same ids (EditConflict
        as for ``untag_passages``)."""
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            versions = self._check_own(session, tagging)
            for annotation in tagging.created:
                put_back(session, taxonomy, DeletedAnnotation(annotation, ()))
                versions[annotation.id] = annotation.version
            for annotation_id, _, after in tagging.retagged:
                annotations_repo.set_tags(session, annotation_id, after)
                versions[annotation_id] = annotations_repo.bump_version(session, annotation_id)
            sources = self._sources_of(session, tagging)
        self._own.update(versions)
        self._publish_tagging(Change.ADDED, Change.UPDATED, tagging, sources)

    @staticmethod
    def _sources_of(session: Session, tagging: Tagging) -> tuple[int, ...]:
        ids = [a.source_id for a in tagging.created]
        ids += [annotations_repo.get_row(session, i).source_id for i, _, _ in tagging.retagged]
        return tuple(dict.fromkeys(ids))

    def _publish_tagging(
        self, created: Change, retagged: Change, tagging: Tagging, sources: tuple[int, ...]
    ) -> None:
        if tagging.created:
            self._events.publish(AnnotationsChanged(created, tuple(a.id for a in tagging.created), sources))
        if tagging.retagged:
            changed = tuple(i for i, _, _ in tagging.retagged)
            self._events.publish(AnnotationsChanged(retagged, changed, sources))


# --- Steps of a transaction, shared by the services whose one action makes annotations among other things


def add_annotation(
    session: Session,
    taxonomy: Taxonomy,
    source_id: int,
    start: int,
    end: int,
    tag_ids: Sequence[int] = (),
    note: str = "",
    confidence: int | None = None,
    evidence_ref: str = "",
) -> Annotation:
    """A new annotation of ``text[start:end]`` with its quote read from the text, inside ``session``."""
    return annotations_repo.add(
        session,
        taxonomy,
        uuid=str(uuid.uuid4()),
        source_id=source_id,
        start=start,
        end=end,
        quote=sources_repo.read_quote(session, source_id, start, end),
        note=note,
        confidence=confidence,
        evidence_ref=evidence_ref.strip(),
        tag_ids=tag_ids,
    )


def _apply_tag(
    session: Session,
    taxonomy: Taxonomy,
    tag_id: int,
    source_id: int,
    span: tuple[int, int] | None,
    annotation_id: int | None,
) -> tuple[Tagging, Annotation | None]:
    """The step of ``AnnotationService.apply_tag``: what it did, and the annotation it retagged (as now)."""
    if span is not None:
        same = annotations_repo.list_annotations(session, taxonomy, source_id=source_id, span=span)
        if not same:
            created = add_annotation(session, taxonomy, source_id, span[0], span[1], [tag_id])
            return Tagging((created,), ()), None
        target = same[0]
        before = tuple(t.id for t in target.tags)
        if tag_id in before:
            return Tagging((), ()), None
        after = (*before, tag_id)
    else:
        assert annotation_id is not None
        target = annotations_repo.get(session, annotation_id, taxonomy)
        before = tuple(t.id for t in target.tags)
        after = tuple(t for t in before if t != tag_id) if tag_id in before else (*before, tag_id)
    annotations_repo.set_tags(session, target.id, after)
    annotations_repo.update(session, target.id)  # its modified time, as any edit of its tags
    return Tagging((), ((target.id, before, after),)), annotations_repo.get(session, target.id, taxonomy)


def put_back(session: Session, taxonomy: Taxonomy, deleted: DeletedAnnotation) -> Annotation:
    """A deleted annotation back with its id, uuid, dates, tags (those that still exist) and the links whose
    other end still exists, inside ``session``."""
    a = deleted.annotation
    restored = annotations_repo.add(
        session,
        taxonomy,
        coder_id=a.coder.id if a.coder is not None else None,
        version=a.version,
        uuid=a.uuid,
        annotation_id=a.id,
        source_id=a.source_id,
        start=a.start,
        end=a.end,
        quote=sources_repo.read_quote(session, a.source_id, a.start, a.end),
        note=a.note,
        confidence=a.confidence,
        evidence_ref=a.evidence_ref,
        tag_ids=[t.id for t in a.tags if _tag_exists(taxonomy, t.id)],
        created_at=a.created_at,
        modified_at=a.modified_at,
    )
    if a.speaker is not None:
        set_speaker(session, a.id, None, (a.speaker.name, a.speaker.role), a.speaker.kind)
        restored = replace(restored, speaker=people_repo.speakers(session, [a.id]).get(a.id))
    for link in deleted.links:
        other = link.b.annotation_id if link.a.annotation_id == a.id else link.a.annotation_id
        if annotations_repo.exists(session, other):
            links_repo.restore(session, link)
    return restored


def set_speaker(
    session: Session,
    annotation_id: int,
    previous: Speaker | None,
    spec: SpeakerSpec | None,
    kind: PersonKind | None = None,
) -> None:
    """Who speaks in the annotation (``previous``: who did before), inside ``session``. A person left with
    no passage by the change is deleted: people exist only as speakers, and a name typed by mistake and
    corrected (or undone) should not stay in the type-ahead."""
    if spec is None:
        people_repo.set_speaker(session, annotation_id, None, SpeakerRole.QUOTED)
        person_id = None
    else:
        name, role = spec
        person_id = people_repo.ensure(session, name, kind).id
        people_repo.set_speaker(session, annotation_id, person_id, people_rules.role(role))
    if previous is not None and previous.person_id != person_id:
        people_repo.prune(session, [previous.person_id])


def resolve_person(session: Session, name: str) -> Person:
    """The person ``name`` means: exactly that name (any case), else the one whose name (or a word of it)
    begins so; InvalidInput naming the candidates when several do, NotFound when nobody does."""
    if not name.split():  # every name begins with nothing: the only person there is would be "found"
        raise InvalidInput("a speaker needs a name")
    found = people_repo.matching(session, name)
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"nobody called {name!r} speaks in this project (see `annotator people`)")
    names = ", ".join(p.name for p in found[:8])
    raise InvalidInput(f"{name!r} could be several people: {names}; write more of the name")


def _tag_exists(taxonomy: Taxonomy, tag_id: int) -> bool:
    return any(t.id == tag_id for t in taxonomy.tags)
