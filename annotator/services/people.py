"""Everyone who speaks or is cited across the sources: the project's people with how often they speak, as
what, in annotations and in the evidence still proposed; renaming and merging them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.domain import people as people_rules
from annotator.domain.errors import InvalidInput
from annotator.domain.evidence import EvidenceKind
from annotator.domain.model import Person, PersonKind, SpeakerRole
from annotator.services.annotations import resolve_person
from annotator.services.events import AnnotationsChanged, Change, EventBus
from annotator.services.evidence import PROPOSED, EvidenceService
from annotator.storage import people_repo, sources_repo
from annotator.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class PersonCounts:
    """One line of the People panel: a name, the person when the project has them (None: only proposed by
    the evidence detectors so far), and counts by role in annotations and in proposals."""

    name: str
    person: Person | None
    kind: PersonKind
    annotations: dict[SpeakerRole, int] = field(default_factory=dict)
    proposed: dict[SpeakerRole, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.annotations.values()) + sum(self.proposed.values())

    def as_dict(self) -> dict[str, object]:
        return {
            "id": None if self.person is None else self.person.id,
            "name": self.name,
            "kind": self.kind.value,
            "annotations": {r.value: n for r, n in self.annotations.items()},
            "proposed": {r.value: n for r, n in self.proposed.items()},
        }


@dataclass(frozen=True, slots=True)
class Merged:
    """What ``merge`` did, for undo: the person merged away and the annotations moved."""

    person: Person
    into: Person
    annotation_ids: tuple[int, ...]


class PeopleService:
    def __init__(self, uow: UnitOfWork, events: EventBus, evidence: EvidenceService) -> None:
        self._uow = uow
        self._events = events
        self._evidence = evidence
        # The names each source's proposals give, with the signature they were read at: reading them means
        # reading the text and its items (0.1–0.3 s for an 850,000-character book), and an edit of an
        # annotation, which makes the People panel count again, changes no proposal.
        self._proposed: dict[int, tuple[tuple[object, ...], list[tuple[str, SpeakerRole]]]] = {}

    def list(self) -> list[Person]:
        """The project's people, by name."""
        with self._uow.read() as session:
            return people_repo.list_people(session)

    def names(self) -> list[str]:
        """Their names, for type-ahead."""
        return [p.name for p in self.list()]

    def ensure(self, name: str, kind: PersonKind | str | None = None) -> Person:
        """The person of this name (any case), made if there is none."""
        with self._uow.write() as session:
            return people_repo.ensure(session, name, None if kind is None else people_rules.kind(kind))

    def resolve(self, name: str) -> Person:
        """The person ``name`` means (exact, any case, or a unique beginning of the name or of a word)."""
        with self._uow.read() as session:
            return resolve_person(session, name)

    def annotation_ids(self, name: str, role: SpeakerRole | str | None = None) -> list[int]:
        """The annotations the person ``name`` means speaks in, in text order."""
        with self._uow.read() as session:
            person = resolve_person(session, name)
            return people_repo.annotations_of(
                session, [person.id], None if role is None else people_rules.role(role)
            )

    def counts(self, source_ids: Sequence[int] | None = None, proposals: bool = True) -> list[PersonCounts]:
        """Everyone who speaks in an annotation or is named by a proposed evidence item, by name, with
        counts by role. Proposals are read from the evidence stored for each source (detected when a
        source is first opened or by ``annotator evidence``); sources not analysed yet add none."""
        with self._uow.read() as session:
            people = people_repo.list_people(session)
            by_role = people_repo.counts(session)
            signatures = people_repo.proposal_signatures(session) if proposals else {}
            if source_ids is None:
                source_ids = [s.id for s in sources_repo.list_summaries(session)]
        lines: dict[str, PersonCounts] = {}
        for person in people:
            lines[people_rules.name_key(person.name)] = PersonCounts(
                person.name, person, person.kind, dict(by_role.get(person.id, {}))
            )
        if proposals:
            # Sources not analysed yet add none: detecting here would make the panel wait for every book.
            stale = set(self._evidence.stale())
            for source_id in (s for s in source_ids if s not in stale):
                signature = signatures.get(source_id)
                cached = self._proposed.get(source_id)
                if cached is None or cached[0] != signature:
                    cached = self._proposed[source_id] = (signature or (), self._proposed_names(source_id))
                for name, role in cached[1]:
                    key = people_rules.name_key(name)
                    if not key:
                        continue
                    line = lines.get(key)
                    if line is None:
                        line = lines[key] = PersonCounts(name, None, people_rules.guess_kind(name))
                    line.proposed[role] = line.proposed.get(role, 0) + 1
        return sorted(lines.values(), key=lambda line: people_rules.name_key(line.name))

    def _proposed_names(self, source_id: int) -> list[tuple[str, SpeakerRole]]:
        found = []
        for item in self._evidence.items(source_id):
            if item.state != PROPOSED:
                continue
            e = item.evidence
            if e.kind is EvidenceKind.CITATION and e.cited_author:
                found.append((e.cited_author, SpeakerRole.CITED))
            elif e.speaker is not None and not e.scare:
                try:
                    role = people_rules.role(e.speaker.role)
                except InvalidInput:
                    role = SpeakerRole.QUOTED
                found.append((e.speaker.name, role))
        return found

    def rename(self, person_id: int, name: str, kind: PersonKind | str | None = None) -> Person:
        """Rename a person (and say whether a person or a body); every annotation they speak in shows it."""
        with self._uow.write() as session:
            person = people_repo.rename(
                session, person_id, name, None if kind is None else people_rules.kind(kind)
            )
            ids = people_repo.annotations_of(session, [person_id])
        self._changed(ids)
        return person

    def merge(self, person_id: int, into_id: int) -> Merged:
        """Make ``person_id`` the same as ``into_id`` ("Khrushchev" into "Nikita Khrushchev"): their
        annotations are ``into_id``'s, with the roles they had, and ``person_id`` is deleted."""
        with self._uow.write() as session:
            person, into = people_repo.get(session, person_id), people_repo.get(session, into_id)
            moved = people_repo.merge(session, person_id, into_id)
        self._changed(moved)
        return Merged(person, into, tuple(moved))

    def unmerge(self, merged: Merged) -> None:
        """Undo ``merge``: the person back with their id, and their annotations theirs again."""
        with self._uow.write() as session:
            people_repo.restore(session, merged.person)
            people_repo.move(session, merged.annotation_ids, merged.person.id)
        self._changed(list(merged.annotation_ids))

    def _changed(self, annotation_ids: Sequence[int]) -> None:
        if not annotation_ids:
            return
        with self._uow.read() as session:
            sources = people_repo.sources_of(session, annotation_ids)
        self._events.publish(AnnotationsChanged(Change.UPDATED, tuple(annotation_ids), tuple(sources)))
