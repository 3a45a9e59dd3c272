"""Editing the taxonomy: facets and their tag trees. Deleting a tag in use needs an explicit choice."""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import asdict, dataclass
from enum import StrEnum
from importlib.resources import files
from typing import Any

from sqlalchemy.orm import Session

from annotator.domain.errors import Duplicate, InvalidInput, NotFound, TagInUse
from annotator.domain.model import Facet, Tag
from annotator.domain.taxonomy import Taxonomy, check_color, slugify
from annotator.services.events import EventBus, TaxonomyChanged
from annotator.storage import taxonomy_repo
from annotator.storage.unit_of_work import UnitOfWork

DEFAULT_TAG_COLOR = "#888888"


@dataclass(frozen=True, slots=True)
class DeletedTag:
    """What ``restore_tag`` needs to undo a deletion exactly."""

    tag: Tag
    children: tuple[int, ...]  # tag ids that moved up to the deleted tag's parent
    annotation_ids: tuple[int, ...]  # annotations that carried the tag
    merged_into: int | None  # the tag they were given instead, if merged
    gained_merge_tag: tuple[int, ...]  # those that did not already carry it


class InUse(StrEnum):
    """What to do with the annotations that carry a tag being deleted."""

    REMOVE = "remove"  # the annotations lose the tag (and keep their other tags)
    MERGE = "merge"  # the annotations get another tag instead


def default_taxonomy_spec() -> dict[str, Any]:
    """The default taxonomy shipped in ``resources/taxonomy.toml``."""
    with files("annotator.resources").joinpath("taxonomy.toml").open("rb") as f:
        return tomllib.load(f)


def seed_default(session: Session) -> None:
    """Write the default taxonomy into an empty project (inside the caller's transaction)."""
    spec = default_taxonomy_spec()
    for facet_position, facet_spec in enumerate(spec["facet"]):
        facet = taxonomy_repo.add_facet(
            session,
            uuid=str(uuid.uuid4()),
            slug=facet_spec["slug"],
            name=facet_spec["name"],
            description=facet_spec.get("description", ""),
            color=check_color(facet_spec["color"]),
            position=facet_position,
        )
        for tag_position, tag_spec in enumerate(facet_spec.get("tag", [])):
            taxonomy_repo.add_tag(
                session,
                uuid=str(uuid.uuid4()),
                facet_id=facet.id,
                parent_id=None,
                slug=tag_spec["slug"],
                name=tag_spec["name"],
                description=tag_spec.get("description", ""),
                color=check_color(tag_spec.get("color", facet.color)),
                shortcut=tag_spec.get("shortcut", ""),
                position=tag_position,
            )


class TaxonomyService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events

    def taxonomy(self) -> Taxonomy:
        with self._uow.read() as session:
            return taxonomy_repo.load(session)

    def usage(self) -> dict[int, int]:
        """Number of annotations carrying each tag id (tags in no annotation are absent)."""
        with self._uow.read() as session:
            return taxonomy_repo.usage_counts(session)

    def _changed(self) -> None:
        self._events.publish(TaxonomyChanged())

    # Facets

    def add_facet(
        self, name: str, *, slug: str | None = None, color: str = DEFAULT_TAG_COLOR, description: str = ""
    ) -> Facet:
        slug = slugify(slug or name)
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            if any(f.slug == slug for f in taxonomy.facets):
                raise Duplicate(f"there is already a facet {slug!r}")
            facet = taxonomy_repo.add_facet(
                session,
                uuid=str(uuid.uuid4()),
                slug=slug,
                name=_name(name),
                description=description.strip(),
                color=check_color(color),
                position=len(taxonomy.facets),
            )
        self._changed()
        return facet

    def update_facet(
        self,
        facet: str | int,
        *,
        name: str | None = None,
        color: str | None = None,
        description: str | None = None,
    ) -> Facet:
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = _name(name)
        if color is not None:
            values["color"] = check_color(color)
        if description is not None:
            values["description"] = description.strip()
        with self._uow.write() as session:
            found = _facet(taxonomy_repo.load(session), facet)
            updated = taxonomy_repo.update_facet(session, found.id, **values)
        self._changed()
        return updated

    def delete_facet(self, facet: str | int) -> Facet:
        """Delete an empty facet; returns it so that ``restore_facet`` can undo the deletion."""
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            found = _facet(taxonomy, facet)
            if any(t.facet_id == found.id for t in taxonomy.tags):
                raise InvalidInput(f"facet {found.slug!r} still has tags; delete or move them first")
            taxonomy_repo.delete_facet(session, found.id)
        self._changed()
        return found

    def restore_facet(self, facet: Facet) -> Facet:
        with self._uow.write() as session:
            restored = taxonomy_repo.add_facet(session, **_fields(facet))
        self._changed()
        return restored

    # Tags

    def add_tag(
        self,
        facet: str | int,
        name: str,
        *,
        parent: str | int | None = None,
        slug: str | None = None,
        color: str | None = None,
        description: str = "",
        shortcut: str = "",
    ) -> Tag:
        """Add a tag at the end of its siblings; its slug comes from its name unless given."""
        slug = slugify(slug or name)
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            found_facet = _facet(taxonomy, facet)
            parent_tag = _tag(taxonomy, parent, found_facet) if parent is not None else None
            if parent_tag is not None and parent_tag.facet_id != found_facet.id:
                raise InvalidInput("a tag's parent must be in the same facet")
            _check_slug_free(taxonomy, found_facet, slug)
            _check_shortcut_free(taxonomy, shortcut)
            siblings = taxonomy.children(found_facet.id, parent_tag.id if parent_tag else None)
            tag = taxonomy_repo.add_tag(
                session,
                uuid=str(uuid.uuid4()),
                facet_id=found_facet.id,
                parent_id=parent_tag.id if parent_tag else None,
                slug=slug,
                name=_name(name),
                description=description.strip(),
                color=check_color(color) if color else found_facet.color,
                shortcut=shortcut.strip(),
                position=(siblings[-1].position + 1) if siblings else 0,
            )
        self._changed()
        return tag

    def update_tag(
        self,
        tag: str | int,
        *,
        name: str | None = None,
        slug: str | None = None,
        color: str | None = None,
        description: str | None = None,
        shortcut: str | None = None,
    ) -> Tag:
        """Rename, recolour, redescribe or re-key a tag. Its slug changes only when asked."""
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            found = _tag(taxonomy, tag)
            values: dict[str, Any] = {}
            if name is not None:
                values["name"] = _name(name)
            if slug is not None:
                new_slug = slugify(slug)
                if new_slug != found.slug:
                    _check_slug_free(taxonomy, _facet(taxonomy, found.facet_id), new_slug)
                values["slug"] = new_slug
            if color is not None:
                values["color"] = check_color(color)
            if description is not None:
                values["description"] = description.strip()
            if shortcut is not None:
                _check_shortcut_free(taxonomy, shortcut, besides=found.id)
                values["shortcut"] = shortcut.strip()
            updated = taxonomy_repo.update_tag(session, found.id, **values)
        self._changed()
        return updated

    def move_tag(
        self,
        tag: str | int,
        *,
        parent: str | int | None = None,
        index: int | None = None,
        facet: str | int | None = None,
    ) -> Tag:
        """Move a tag under ``parent`` (None: the top of its facet) at ``index`` among its new siblings.

        With ``facet``, the tag moves to another facet (its subtree goes with it).
        """
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            moving = _tag(taxonomy, tag)
            target_facet = _facet(taxonomy, facet) if facet is not None else _facet(taxonomy, moving.facet_id)
            new_parent = _tag(taxonomy, parent, target_facet) if parent is not None else None
            if new_parent is not None:
                if new_parent.facet_id != target_facet.id:
                    raise InvalidInput("a tag's parent must be in the same facet")
                if new_parent.id == moving.id or moving in taxonomy.ancestors(new_parent):
                    raise InvalidInput(f"{moving.name!r} cannot be moved inside itself")
            subtree = [moving, *(t for _, t in _descendants(taxonomy, moving))]
            if target_facet.id != moving.facet_id:
                for t in subtree:
                    _check_slug_free(taxonomy, target_facet, t.slug)
                for t in subtree[1:]:
                    taxonomy_repo.update_tag(session, t.id, facet_id=target_facet.id)
            siblings = [
                t
                for t in taxonomy.children(target_facet.id, new_parent.id if new_parent else None)
                if t.id != moving.id
            ]
            position = len(siblings) if index is None else max(0, min(index, len(siblings)))
            siblings.insert(position, moving)
            for i, sibling in enumerate(siblings):
                if sibling.id != moving.id and sibling.position != i:
                    taxonomy_repo.update_tag(session, sibling.id, position=i)
            moved = taxonomy_repo.update_tag(
                session,
                moving.id,
                facet_id=target_facet.id,
                parent_id=new_parent.id if new_parent else None,
                position=position,
            )
        self._changed()
        return moved

    def delete_tag(
        self, tag: str | int, *, in_use: InUse | str | None = None, merge_into: str | int | None = None
    ) -> DeletedTag:
        """Delete a tag; its children move up to its parent.

        If annotations carry the tag, ``in_use`` must say what happens to them: ``remove`` the tag from
        them, or ``merge`` it into ``merge_into``. Without a choice, TagInUse is raised and nothing changes.
        """
        choice = InUse(in_use) if in_use is not None else None
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            found = _tag(taxonomy, tag)
            count = len(taxonomy_repo.annotations_with_tag(session, found.id))
            if count and choice is None:
                raise TagInUse(
                    f"{count} annotation(s) carry the tag {taxonomy.path(found)!r}; "
                    "choose to remove it from them or to merge it into another tag"
                )
            carriers = tuple(taxonomy_repo.annotations_with_tag(session, found.id))
            target: Tag | None = None
            gained: tuple[int, ...] = ()
            if choice is InUse.MERGE:
                if merge_into is None:
                    raise InvalidInput("merging needs the tag to merge into")
                target = _tag(taxonomy, merge_into)
                if target.id == found.id:
                    raise InvalidInput("a tag cannot be merged into itself")
                had_target = set(taxonomy_repo.annotations_with_tag(session, target.id))
                gained = tuple(a for a in carriers if a not in had_target)
                taxonomy_repo.merge_tag(session, found.id, target.id)
            else:
                taxonomy_repo.remove_tag_from_annotations(session, found.id)
            children = tuple(t.id for t in taxonomy.children(found.facet_id, found.id))
            taxonomy_repo.reparent_children(session, found.id, found.parent_id)
            taxonomy_repo.delete_tag(session, found.id)
        self._changed()
        return DeletedTag(found, children, carriers, target.id if target else None, gained)

    def restore_tag(self, deleted: DeletedTag) -> Tag:
        """Undo ``delete_tag``: the tag comes back with its id, place, children and annotations."""
        with self._uow.write() as session:
            tag = taxonomy_repo.add_tag(session, **_fields(deleted.tag))
            for child_id in deleted.children:
                taxonomy_repo.update_tag(session, child_id, parent_id=tag.id)
            taxonomy_repo.tag_annotations(session, tag.id, deleted.annotation_ids)
            if deleted.merged_into is not None:
                taxonomy_repo.untag_annotations(session, deleted.merged_into, deleted.gained_merge_tag)
        self._changed()
        return tag


def _fields(record: Facet | Tag) -> dict[str, Any]:
    return asdict(record)


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a name cannot be empty")
    return name


def _facet(taxonomy: Taxonomy, facet: str | int) -> Facet:
    if isinstance(facet, int):
        for f in taxonomy.facets:
            if f.id == facet:
                return f
        raise NotFound(f"no facet with id {facet}")
    return taxonomy.facet(facet)


def _tag(taxonomy: Taxonomy, tag: str | int, facet: Facet | None = None) -> Tag:
    if isinstance(tag, int):
        return taxonomy.tag_by_id(tag)
    if "/" not in tag and facet is not None:
        return taxonomy.resolve(f"{facet.slug}/{tag}")
    return taxonomy.resolve(tag)


def _descendants(taxonomy: Taxonomy, tag: Tag) -> list[tuple[int, Tag]]:
    return [(d, t) for d, t in taxonomy.walk(tag.facet_id) if tag in taxonomy.ancestors(t)]


def _check_slug_free(taxonomy: Taxonomy, facet: Facet, slug: str) -> None:
    if any(t.facet_id == facet.id and t.slug == slug for t in taxonomy.tags):
        raise Duplicate(f"facet {facet.slug!r} already has a tag {slug!r}")


def _check_shortcut_free(taxonomy: Taxonomy, shortcut: str, besides: int | None = None) -> None:
    key = shortcut.strip().lower()
    if not key:
        return
    for t in taxonomy.tags:
        if t.id != besides and t.shortcut.strip().lower() == key:
            raise Duplicate(f"the shortcut {shortcut!r} already belongs to {taxonomy.path(t)!r}")
