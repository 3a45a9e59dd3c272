"""People (persons and bodies) and the speakers of annotations: rows <-> domain records."""

from __future__ import annotations

import uuid as uuid_module
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from annotator.domain import people as people_rules
from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.model import Person, PersonKind, Speaker, SpeakerRole
from annotator.storage.orm import (
    AnnotationRow,
    AnnotationSpeakerRow,
    EvidenceDecisionRow,
    PersonRow,
    SourceEvidenceRow,
    utcnow,
)

_PEOPLE = PersonRow.__table__
_SPEAKERS = AnnotationSpeakerRow.__table__


def _person(row: PersonRow) -> Person:
    return Person(id=row.id, uuid=row.uuid, name=row.name, kind=PersonKind(row.kind))


def list_people(session: Session) -> list[Person]:
    """Everyone who speaks in an annotation, by name (case-folded). A person whose last annotation went
    with a deleted source is left out (and taken up again if the name is used again)."""
    speaking = select(_SPEAKERS.c.person_id)
    query = select(PersonRow).where(PersonRow.id.in_(speaking)).order_by(PersonRow.name_key)
    return [_person(r) for r in session.scalars(query)]


def get(session: Session, person_id: int) -> Person:
    row = session.get(PersonRow, person_id)
    if row is None:
        raise NotFound(f"no person with id {person_id} (see `annotator people`)")
    return _person(row)


def find(session: Session, name: str) -> Person | None:
    """The person of exactly this name, whatever its case."""
    row = session.scalar(select(PersonRow).where(PersonRow.name_key == people_rules.name_key(name)))
    return None if row is None else _person(row)


def matching(session: Session, text: str) -> list[Person]:
    """The people ``text`` names: the one of exactly that name, else those whose name starts with it (a
    name's key or the key of any of its words: "khrush" finds "Nikita Khrushchev")."""
    key = people_rules.name_key(text)
    if not key:
        return []
    people = list_people(session)  # those who speak somewhere: nobody else can be meant
    exact = [p for p in people if people_rules.name_key(p.name) == key]
    if exact:
        return exact
    found = []
    for person in people:
        person_key = people_rules.name_key(person.name)
        if person_key.startswith(key) or any(word.startswith(key) for word in person_key.split()):
            found.append(person)
    return found


def ensure(session: Session, name: str, kind: PersonKind | None = None) -> Person:
    """The person of this name (whatever its case), made if there is none (kind guessed when not given)."""
    cleaned = people_rules.clean_name(name)
    existing = find(session, cleaned)
    if existing is not None:
        return existing
    new_kind = kind or people_rules.guess_kind(cleaned)
    new_uuid = str(uuid_module.uuid4())
    values = {
        "uuid": new_uuid,
        "name": cleaned,
        "name_key": people_rules.name_key(cleaned),
        "kind": new_kind.value,
        "created_at": utcnow(),
    }
    new_id = session.execute(insert(PersonRow).values(**values)).inserted_primary_key[0]
    return Person(id=new_id, uuid=new_uuid, name=cleaned, kind=new_kind)


def rename(session: Session, person_id: int, name: str, kind: PersonKind | None = None) -> Person:
    row = session.get(PersonRow, person_id)
    if row is None:
        raise NotFound(f"no person with id {person_id} (see `annotator people`)")
    cleaned = people_rules.clean_name(name)
    other = find(session, cleaned)
    if other is not None and other.id != person_id:
        if annotations_of(session, [other.id]):
            raise InvalidInput(f"{other.name!r} is someone else already: merge the two instead")
        delete_person(session, other.id)  # a name left by a deleted source, listed nowhere: free again
    row.name, row.name_key = cleaned, people_rules.name_key(cleaned)
    if kind is not None:
        row.kind = kind.value
    session.flush()
    return _person(row)


def merge(session: Session, person_id: int, into_id: int) -> list[int]:
    """Make ``person_id``'s annotations ``into_id``'s and delete ``person_id``; returns those moved."""
    if person_id == into_id:
        raise InvalidInput("a person cannot be merged into themselves")
    get(session, into_id)
    moved = annotations_of(session, [person_id])
    session.execute(update(_SPEAKERS).where(_SPEAKERS.c.person_id == person_id).values(person_id=into_id))
    delete_person(session, person_id)
    return moved


def delete_person(session: Session, person_id: int) -> None:
    row = session.get(PersonRow, person_id)
    if row is None:
        raise NotFound(f"no person with id {person_id} (see `annotator people`)")
    # Explicitly, not by the foreign key's cascade: a connection may have foreign keys off.
    session.execute(delete(_SPEAKERS).where(_SPEAKERS.c.person_id == person_id))
    session.delete(row)
    session.flush()


def restore(session: Session, person: Person) -> None:
    """Put a deleted person back with their id and uuid (the undo of a merge)."""
    session.execute(
        insert(PersonRow).values(
            id=person.id,
            uuid=person.uuid,
            name=person.name,
            name_key=people_rules.name_key(person.name),
            kind=person.kind.value,
            created_at=utcnow(),
        )
    )


def set_speaker(session: Session, annotation_id: int, person_id: int | None, role: SpeakerRole) -> None:
    """Who speaks in the annotation (None: nobody said)."""
    session.execute(delete(_SPEAKERS).where(_SPEAKERS.c.annotation_id == annotation_id))
    if person_id is not None:
        session.execute(
            insert(_SPEAKERS).values(annotation_id=annotation_id, person_id=person_id, role=role.value)
        )


def speakers(session: Session, annotation_ids: Sequence[int]) -> dict[int, Speaker]:
    found: dict[int, Speaker] = {}
    ids = list(annotation_ids)
    for i in range(0, len(ids), 500):
        rows = session.connection().execute(
            select(_SPEAKERS.c.annotation_id, _PEOPLE.c.id, _PEOPLE.c.name, _SPEAKERS.c.role, _PEOPLE.c.kind)
            .join(_PEOPLE, _PEOPLE.c.id == _SPEAKERS.c.person_id)
            .where(_SPEAKERS.c.annotation_id.in_(ids[i : i + 500]))
        )
        for annotation_id, person_id, name, role, kind in rows:
            found[annotation_id] = Speaker(person_id, name, SpeakerRole(role), PersonKind(kind))
    return found


def annotations_of(session: Session, person_ids: Sequence[int], role: SpeakerRole | None = None) -> list[int]:
    """The ids of the annotations these people speak in (as ``role`` when given), in text order."""
    if not person_ids:
        return []
    query = (
        select(_SPEAKERS.c.annotation_id)
        .join(AnnotationRow, AnnotationRow.id == _SPEAKERS.c.annotation_id)
        .where(_SPEAKERS.c.person_id.in_(list(person_ids)))
    )
    if role is not None:
        query = query.where(_SPEAKERS.c.role == role.value)
    query = query.order_by(AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.id)
    return list(session.connection().execute(query).scalars())


def counts(session: Session) -> dict[int, dict[SpeakerRole, int]]:
    """For each person, how many annotations they speak in, by role."""
    result: dict[int, dict[SpeakerRole, int]] = defaultdict(dict)
    rows = session.connection().execute(
        select(_SPEAKERS.c.person_id, _SPEAKERS.c.role, func.count()).group_by(
            _SPEAKERS.c.person_id, _SPEAKERS.c.role
        )
    )
    for person_id, role, count in rows:
        result[person_id][SpeakerRole(role)] = count
    return dict(result)


def prune(session: Session, person_ids: Sequence[int]) -> None:
    """Delete those of these people who speak in no annotation any more."""
    if not person_ids:
        return
    speaking = select(_SPEAKERS.c.person_id).where(_SPEAKERS.c.person_id.in_(list(person_ids)))
    session.execute(
        delete(PersonRow).where(PersonRow.id.in_(list(person_ids)), PersonRow.id.not_in(speaking))
    )


def move(session: Session, annotation_ids: Sequence[int], person_id: int) -> None:
    """Make ``person_id`` the speaker of these annotations (their roles kept)."""
    ids = list(annotation_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        session.execute(update(_SPEAKERS).where(_SPEAKERS.c.annotation_id.in_(chunk)).values(person_id=person_id))


def sources_of(session: Session, annotation_ids: Sequence[int]) -> list[int]:
    ids = list(annotation_ids)
    found: set[int] = set()
    for i in range(0, len(ids), 500):
        found.update(
            session.connection()
            .execute(select(AnnotationRow.source_id).where(AnnotationRow.id.in_(ids[i : i + 500])).distinct())
            .scalars()
        )
    return sorted(found)


def proposal_signatures(session: Session) -> dict[int, tuple[object, ...]]:
    """For each source with stored evidence, what changes when its proposals may have: the detectors'
    versions, and the number and latest time of the decisions on its items (two grouped reads)."""
    found: dict[int, tuple[object, ...]] = {}
    e, d = SourceEvidenceRow, EvidenceDecisionRow
    for source_id, version, structure_version in session.execute(
        select(e.source_id, e.version, e.structure_version)
    ):
        found[source_id] = (version, structure_version, 0, None)
    for source_id, count, latest in session.execute(
        select(d.source_id, func.count(), func.max(d.decided_at)).group_by(d.source_id)
    ):
        if source_id in found:
            found[source_id] = (*found[source_id][:2], count, latest)
    return found


def ensure_many(session: Session, names: Sequence[tuple[str, PersonKind | None]]) -> dict[str, Person]:
    """``ensure`` for many names at once (name → person, by the name as given): one read for those there
    already and one insert for the rest, where accepting a book's thousands of citations made three
    statements a name."""
    wanted: dict[str, tuple[str, PersonKind | None]] = {}  # name key → (cleaned name, kind), first given
    key_of: dict[str, str] = {}  # name as given → its key (a book names the same few people often)
    for name, kind in names:
        if name not in key_of:
            cleaned = people_rules.clean_name(name)
            key_of[name] = people_rules.name_key(cleaned)
            wanted.setdefault(key_of[name], (cleaned, kind))
    keys = list(wanted)
    found: dict[str, Person] = {}
    for i in range(0, len(keys), 500):
        for row in session.scalars(select(PersonRow).where(PersonRow.name_key.in_(keys[i : i + 500]))):
            found[row.name_key] = _person(row)
    missing = [key for key in keys if key not in found]
    if missing:
        now = utcnow()
        rows = []
        for key in missing:
            cleaned, kind = wanted[key]
            new_kind = kind or people_rules.guess_kind(cleaned)
            rows.append(
                {"uuid": str(uuid_module.uuid4()), "name": cleaned, "name_key": key, "kind": new_kind.value,
                 "created_at": now}
            )  # fmt: skip
        session.connection().execute(insert(_PEOPLE), rows)
        for i in range(0, len(missing), 500):
            for row in session.scalars(select(PersonRow).where(PersonRow.name_key.in_(missing[i : i + 500]))):
                found[row.name_key] = _person(row)
    return {name: found[key] for name, key in key_of.items()}


def set_speakers(
    session: Session, speaking: Sequence[tuple[int, int | None, SpeakerRole]], new: bool = False
) -> None:
    """``set_speaker`` for many annotations at once: (annotation id, person id or None, role) each;
    ``new``: the annotations were just made, there is no speaker to replace."""
    ids = [] if new else [annotation_id for annotation_id, _, _ in speaking]
    for i in range(0, len(ids), 500):
        session.execute(delete(_SPEAKERS).where(_SPEAKERS.c.annotation_id.in_(ids[i : i + 500])))
    rows = [{"annotation_id": a, "person_id": p, "role": r.value} for a, p, r in speaking if p is not None]
    if rows:  # on the connection: the ORM's bulk insert costs 10× more a row
        session.connection().execute(insert(_SPEAKERS), rows)
