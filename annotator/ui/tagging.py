"""Tagging decisions shared by keys, palette clicks, the tag picker, the context menu and sticky mode.

Given what the reader shows (a selection, a selected annotation), decide which undoable command a tag
press becomes: a new annotation, a tag added to the annotation with exactly that range, or a tag toggled
on the selected annotation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from annotator.domain.model import Annotation
from annotator.services.project import Project
from annotator.ui import commands


class AnnotationsAt(Protocol):
    def annotations_at(self, offset: int) -> list[Annotation]: ...


@dataclass(frozen=True, slots=True)
class TagTarget:
    source_id: int
    selection: tuple[int, int] | None  # code points
    selected: Annotation | None
    annotations: AnnotationsAt  # the reader, which holds every annotation of the source


def command_for_tag(
    project: Project, target: TagTarget, tag_id: int, tag_name: str
) -> commands.ServiceCommand | None:
    """The command that applying ``tag_id`` means here, or None when there is nothing to tag."""
    if target.selection is not None:
        start, end = target.selection
        same = next(
            (a for a in target.annotations.annotations_at(start) if (a.start, a.end) == (start, end)), None
        )
        if same is not None:
            if any(t.id == tag_id for t in same.tags):
                return None
            return commands.set_tags(
                project, same, [*(t.id for t in same.tags), tag_id], f"Tag as {tag_name}"
            )
        return commands.CreateAnnotation(project, target.source_id, start, end, [tag_id])
    if target.selected is not None:
        current = [t.id for t in target.selected.tags]
        if tag_id in current:
            return commands.set_tags(
                project, target.selected, [t for t in current if t != tag_id], f"Remove tag {tag_name}"
            )
        return commands.set_tags(project, target.selected, [*current, tag_id], f"Tag as {tag_name}")
    return None
