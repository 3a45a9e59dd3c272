"""Undoable edits: each command calls a service when done or undone; there is no Save.

Commands keep ids and the before/after values the services return; they hold no rules and run no
queries of their own. ``QUndoStack.push`` runs ``redo`` at once, so the service is never called first.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.domain.errors import AnnotatorError
from annotator.domain.model import Annotation, Facet, Link, SourceMetadata, Tag
from annotator.services.annotations import UNSET, DeletedAnnotation, Passage, Tagging
from annotator.services.links import LinkedPassages, PassageEnd
from annotator.services.project import Project
from annotator.services.sources import PlacedOrphan
from annotator.services.taxonomy import DeletedTag


class ServiceCommand(QUndoCommand):
    """A command whose work is a service call. A refusal does not escape into Qt's C++ caller: it is kept
    in ``error`` and, on the first run, the command is marked obsolete so the stack drops it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: AnnotatorError | None = None
        self._done_once = False

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.error = None
        try:
            self.do()
        except Exception as e:  # nothing may escape into Qt's C++ caller: it would end the program
            self.error = _as_refusal(e)
            if not self._done_once:
                self.setObsolete(True)
            return
        self._done_once = True

    def undo(self) -> None:
        self.error = None
        try:
            self.undo_it()
        except Exception as e:
            self.error = _as_refusal(e)


def _as_refusal(error: Exception) -> AnnotatorError:
    if isinstance(error, AnnotatorError):
        return error
    log.error("an edit failed unexpectedly", exc_info=error)
    return AnnotatorError(
        f"the edit failed unexpectedly ({type(error).__name__}: {error}); details are in the log"
    )


log = logging.getLogger(__name__)


def push(stack: QUndoStack, command: ServiceCommand) -> AnnotatorError | None:
    """Run ``command`` through the stack; returns the refusal, if any (then nothing changed)."""
    stack.push(command)
    return command.error


def _expected(project: Project, annotation_id: int, shown: int) -> int:
    """The version an edit or undo should find: what this window's own last write of the annotation left,
    when that is newer than the version shown (its own later edits, not yet seen by the one asking); else
    the version shown. Another coder's write since makes the annotation's version differ: EditConflict."""
    own = project.annotations.own_version(annotation_id)
    return own if own is not None and own >= shown else shown


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= width else f"“{text[: width - 1]}…”"


class CreateAnnotation(ServiceCommand):
    def __init__(
        self, project: Project, source_id: int, start: int, end: int, tag_ids: Sequence[int], note: str = ""
    ) -> None:
        super().__init__("Annotate passage")
        self._project = project
        self._args = (source_id, start, end, list(tag_ids), note)
        self.annotation: Annotation | None = None

    def do(self) -> None:
        if self.annotation is None:
            source_id, start, end, tag_ids, note = self._args
            self.annotation = self._project.annotations.create(source_id, start, end, tag_ids, note=note)
            self.setText(f"Annotate {_short(self.annotation.quote.exact)}")
        else:
            self._project.annotations.restore(DeletedAnnotation(self.annotation, ()))

    def undo_it(self) -> None:
        assert self.annotation is not None
        # Only as this command left it: another coder's edit since is reported, never deleted (EditConflict).
        expected = _expected(self._project, self.annotation.id, self.annotation.version)
        self._project.annotations.delete(self.annotation.id, expected_version=expected)


class DeleteAnnotation(ServiceCommand):
    def __init__(self, project: Project, annotation: Annotation) -> None:
        super().__init__(f"Delete annotation {_short(annotation.quote.exact)}")
        self._project = project
        self._annotation_id = annotation.id
        self._version = annotation.version  # as the historian saw it when they chose to delete it
        self._deleted: DeletedAnnotation | None = None

    def do(self) -> None:
        expected = _expected(self._project, self._annotation_id, self._version)
        self._deleted = self._project.annotations.delete(self._annotation_id, expected_version=expected)

    def undo_it(self) -> None:
        assert self._deleted is not None
        self._project.annotations.restore(self._deleted)


class UpdateAnnotation(ServiceCommand):
    """Change tags, note, confidence, evidence reference or speaker; ``before``/``after`` hold only what
    changes."""

    def __init__(self, project: Project, annotation: Annotation, after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._project = project
        self._id = annotation.id
        self._after = after
        current = {
            "tags": [t.id for t in annotation.tags],
            "note": annotation.note,
            "confidence": annotation.confidence,
            "evidence_ref": annotation.evidence_ref,
            "speaker": None if (who := annotation.speaker) is None else (who.name, who.role),
        }
        self._before = {key: current[key] for key in after}
        # The version each step expects to find: the one shown when the edit was asked for, then the one
        # this command's last step left. Another coder's edit in between raises EditConflict (reported,
        # nothing overwritten): undo undoes one's own edits only.
        self._version = annotation.version

    def _apply(self, values: dict[str, Any]) -> None:
        values = dict(values)
        confidence = values.pop("confidence", UNSET)
        speaker = values.pop("speaker", UNSET)
        expected = _expected(self._project, self._id, self._version)
        changed = self._project.annotations.update(
            self._id, confidence=confidence, speaker=speaker, expected_version=expected, **values
        )
        self._version = changed.version

    def do(self) -> None:
        self._apply(self._after)

    def undo_it(self) -> None:
        self._apply(self._before)


def set_tags(project: Project, annotation: Annotation, tag_ids: Sequence[int], text: str) -> UpdateAnnotation:
    return UpdateAnnotation(project, annotation, {"tags": list(dict.fromkeys(tag_ids))}, text)


class PlaceOrphan(ServiceCommand):
    """Put an orphaned annotation on another version of its source: where the import suggested, or at
    ``start..end``. Undo puts it back where it was, on the old version, with the quote it had there."""

    def __init__(
        self,
        project: Project,
        annotation_id: int,
        source_id: int,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        super().__init__(f"Place annotation {annotation_id} on source {source_id}")
        self._project = project
        self._args = (annotation_id, source_id, start, end)
        self.placed: PlacedOrphan | None = None

    def do(self) -> None:
        if self.placed is None:
            self.placed = self._project.sources.place_orphan(*self._args)
        else:
            p = self.placed
            self._project.sources.place_orphan(p.annotation_id, p.source_id, p.start, p.end)

    def undo_it(self) -> None:
        assert self.placed is not None
        p = self.placed
        self._project.sources.place_orphan(p.annotation_id, p.from_source_id, p.from_start, p.from_end)


class EditMetadata(ServiceCommand):
    def __init__(
        self, project: Project, source_id: int, before: SourceMetadata, changes: dict[str, Any]
    ) -> None:
        super().__init__(f"Edit metadata of “{before.title}”")
        self._project = project
        self._source_id = source_id
        self._after = changes
        everything = asdict(before)
        self._before = {key: everything[key] for key in changes}

    def do(self) -> None:
        self._project.sources.update_metadata(self._source_id, self._after)

    def undo_it(self) -> None:
        self._project.sources.update_metadata(self._source_id, self._before)


class LinkPassages(ServiceCommand):
    """Link passages in the compare view: the annotations its fresh selections need and the link, made,
    undone and redone each in one transaction (one undo step, one message if it fails)."""

    def __init__(
        self, project: Project, a: PassageEnd, b: PassageEnd, relation: str, note: str = ""
    ) -> None:
        super().__init__(f"Link passages ({relation})")
        self._project = project
        self._args = (a, b, relation, note)
        self.linked: LinkedPassages | None = None

    def do(self) -> None:
        if self.linked is None:
            self.linked = self._project.links.link_passages(*self._args)
        else:
            self.linked = self._project.links.relink_passages(self.linked)

    def undo_it(self) -> None:
        assert self.linked is not None
        self._project.links.unlink_passages(self.linked)


class TagPassages(ServiceCommand):
    """Tag hits…: every matched passage (and the annotations of note hits) tagged in one transaction, and
    undone or redone the same way (one undo step, one message if it fails)."""

    def __init__(
        self,
        project: Project,
        tag: Tag,
        passages: Sequence[Passage],
        annotation_ids: Sequence[int] = (),
        text: str = "",
    ) -> None:
        super().__init__(text or f"Tag {len(passages) + len(annotation_ids)} passage(s) as {tag.name}")
        self._project = project
        self._args = (tag.id, list(passages), list(annotation_ids))
        self.tagging: Tagging | None = None

    def do(self) -> None:
        if self.tagging is None:
            self.tagging = self._project.annotations.tag_passages(*self._args)
        else:
            self._project.annotations.retag_passages(self.tagging)

    def undo_it(self) -> None:
        assert self.tagging is not None
        self._project.annotations.untag_passages(self.tagging)


class ApplyTag(ServiceCommand):
    """A tag pressed on a selection or a selected annotation (keys 1–9, the palette, the picker, the sticky
    tag, the Tag menu): the service decides whether that makes an annotation, adds the tag or toggles it,
    in one transaction; undone and redone like Tag hits…. Dropped from the stack when nothing changed."""

    def __init__(
        self,
        project: Project,
        tag: Tag,
        source_id: int,
        span: tuple[int, int] | None = None,
        annotation_id: int | None = None,
    ) -> None:
        super().__init__(f"Tag as {tag.name}")
        self._project = project
        self._tag = tag
        self._args = (tag.id, source_id, span, annotation_id)
        self.tagging: Tagging | None = None

    def do(self) -> None:
        if self.tagging is not None:
            self._project.annotations.retag_passages(self.tagging)
            return
        self.tagging = self._project.annotations.apply_tag(*self._args)
        if self.tagging.created:
            self.setText(f"Annotate {_short(self.tagging.created[0].quote.exact)}")
        elif not self.tagging.retagged:
            self.setObsolete(True)  # the annotation had the tag already: no step to undo
        elif self._tag.id not in self.tagging.retagged[0][2]:
            self.setText(f"Remove tag {self._tag.name}")

    def undo_it(self) -> None:
        assert self.tagging is not None
        self._project.annotations.untag_passages(self.tagging)


# Taxonomy


class AddTag(ServiceCommand):
    def __init__(self, project: Project, facet_id: int, name: str, **options: Any) -> None:
        super().__init__(f"Add tag “{name}”")
        self._project = project
        self._facet_id, self._name, self._options = facet_id, name, options
        self.tag: Tag | None = None
        self._deleted: DeletedTag | None = None

    def do(self) -> None:
        if self._deleted is None:
            self.tag = self._project.taxonomy.add_tag(self._facet_id, self._name, **self._options)
        else:
            self.tag = self._project.taxonomy.restore_tag(self._deleted)

    def undo_it(self) -> None:
        assert self.tag is not None
        self._deleted = self._project.taxonomy.delete_tag(self.tag.id)


class UpdateTag(ServiceCommand):
    """Rename, recolour, redescribe or re-key a tag."""

    def __init__(self, project: Project, tag: Tag, after: dict[str, Any]) -> None:
        super().__init__(f"Change tag “{tag.name}”")
        self._project = project
        self._tag_id = tag.id
        self._after = after
        self._before = {key: getattr(tag, key) for key in after}

    def do(self) -> None:
        self._project.taxonomy.update_tag(self._tag_id, **self._after)

    def undo_it(self) -> None:
        self._project.taxonomy.update_tag(self._tag_id, **self._before)


class MoveTag(ServiceCommand):
    def __init__(
        self, project: Project, tag: Tag, *, parent_id: int | None, index: int, facet_id: int | None = None
    ) -> None:
        super().__init__(f"Move tag “{tag.name}”")
        self._project = project
        self._tag_id = tag.id
        siblings = project.taxonomy.taxonomy().children(tag.facet_id, tag.parent_id)
        self._before = (tag.parent_id, [t.id for t in siblings].index(tag.id), tag.facet_id)
        self._after = (parent_id, index, facet_id if facet_id is not None else tag.facet_id)

    def _move(self, place: tuple[int | None, int, int]) -> None:
        parent_id, index, facet_id = place
        self._project.taxonomy.move_tag(self._tag_id, parent=parent_id, index=index, facet=facet_id)

    def do(self) -> None:
        self._move(self._after)

    def undo_it(self) -> None:
        self._move(self._before)


class DeleteTag(ServiceCommand):
    def __init__(
        self, project: Project, tag: Tag, in_use: str | None = None, merge_into: int | None = None
    ) -> None:
        super().__init__(f"Delete tag “{tag.name}”")
        self._project = project
        self._tag_id = tag.id
        self._in_use, self._merge_into = in_use, merge_into
        self._deleted: DeletedTag | None = None

    def do(self) -> None:
        self._deleted = self._project.taxonomy.delete_tag(
            self._tag_id, in_use=self._in_use, merge_into=self._merge_into
        )

    def undo_it(self) -> None:
        assert self._deleted is not None
        self._project.taxonomy.restore_tag(self._deleted)


class AddFacet(ServiceCommand):
    def __init__(self, project: Project, name: str, color: str, description: str = "") -> None:
        super().__init__(f"Add facet “{name}”")
        self._project = project
        self._args = (name, color, description)
        self.facet: Facet | None = None

    def do(self) -> None:
        if self.facet is None:
            name, color, description = self._args
            self.facet = self._project.taxonomy.add_facet(name, color=color, description=description)
        else:
            self._project.taxonomy.restore_facet(self.facet)

    def undo_it(self) -> None:
        assert self.facet is not None
        self._project.taxonomy.delete_facet(self.facet.id)


class UpdateLink(ServiceCommand):
    def __init__(self, project: Project, link: Link, relation: str, note: str) -> None:
        super().__init__("Edit link")
        self._project = project
        self._id = link.id
        self._before = (link.relation.value, link.note)
        self._after = (relation, note)

    def do(self) -> None:
        self._project.links.update(self._id, relation=self._after[0], note=self._after[1])

    def undo_it(self) -> None:
        self._project.links.update(self._id, relation=self._before[0], note=self._before[1])


class DeleteLink(ServiceCommand):
    def __init__(self, project: Project, link: Link) -> None:
        super().__init__(f"Delete link ({link.relation.label})")
        self._project = project
        self._link = link

    def do(self) -> None:
        self._link = self._project.links.delete(self._link.id)

    def undo_it(self) -> None:
        self._project.links.restore(self._link)
