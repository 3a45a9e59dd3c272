"""The tag taxonomy: facets holding trees of tags, addressed by slug paths.

A tag's slug is unique inside its facet, so ``facet/tag`` names it wherever it sits in the tree; the full
path ``facet/parent/tag`` is accepted too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.model import Facet, Tag, TagRef

_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def slugify(name: str) -> str:
    """Lower case, accents dropped, words joined by hyphens: "Loaded language" -> "loaded-language".

    Letters of other scripts are kept ("Пропаганда" -> "пропаганда"), so a Russian tag name still gets a slug.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"\w+", without_marks.lower().replace("_", " "))
    slug = "-".join(words)
    if not slug:
        raise InvalidInput(f"the name {name!r} has no letters or digits to make a slug from")
    return unicodedata.normalize("NFC", slug)


def check_color(color: str) -> str:
    if not _HEX_COLOR.fullmatch(color):
        raise InvalidInput(f"{color!r} is not a colour; use #RRGGBB")
    if len(color) == 4:
        color = "#" + "".join(c * 2 for c in color[1:])
    return color.upper()


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """A snapshot of all facets and tags, with path look-ups."""

    facets: tuple[Facet, ...]
    tags: tuple[Tag, ...]

    def facet(self, slug: str) -> Facet:
        for facet in self.facets:
            if facet.slug == slug.lower():
                return facet
        known = ", ".join(f.slug for f in self.facets)
        raise NotFound(f"no facet {slug!r} (facets: {known})")

    def tag_by_id(self, tag_id: int) -> Tag:
        for tag in self.tags:
            if tag.id == tag_id:
                return tag
        raise NotFound(f"no tag with id {tag_id}")

    def children(self, facet_id: int, parent_id: int | None) -> list[Tag]:
        found = [t for t in self.tags if t.facet_id == facet_id and t.parent_id == parent_id]
        return sorted(found, key=lambda t: (t.position, t.name.lower()))

    def walk(self, facet_id: int) -> Iterator[tuple[int, Tag]]:
        """Tags of a facet in display order, depth first, with their depth."""

        def visit(parent_id: int | None, depth: int) -> Iterator[tuple[int, Tag]]:
            for tag in self.children(facet_id, parent_id):
                yield depth, tag
                yield from visit(tag.id, depth + 1)

        yield from visit(None, 0)

    def ancestors(self, tag: Tag) -> list[Tag]:
        chain = []
        current = tag
        while current.parent_id is not None:
            current = self.tag_by_id(current.parent_id)
            chain.append(current)
        return chain[::-1]

    def path(self, tag: Tag) -> str:
        """The short path ``facet/tag`` that names the tag everywhere."""
        facet = next(f for f in self.facets if f.id == tag.facet_id)
        return f"{facet.slug}/{tag.slug}"

    def shown_name(self, tag: Tag) -> str:
        """The tag as the Tags panel shows it: its name, with its facet in brackets ("Other (Bias)") where
        another tag of the taxonomy has the same name. Charts label tags so; the path is for typing."""
        key = tag.name.casefold()
        if sum(1 for t in self.tags if t.name.casefold() == key) < 2:
            return tag.name
        facet = next(f for f in self.facets if f.id == tag.facet_id)
        return f"{tag.name} ({facet.name})"

    def ref(self, tag: Tag) -> TagRef:
        return TagRef(id=tag.id, path=self.path(tag), name=tag.name, color=tag.color)

    def resolve(self, path: str) -> Tag:
        """The tag named by ``facet/tag`` or ``facet/parent/.../tag`` (case-insensitive)."""
        parts = [p for p in path.strip().lower().split("/") if p]
        if len(parts) < 2:
            raise NotFound(f"{path!r} is not a tag path; write facet/tag, for example bias/loaded-language")
        facet = self.facet(parts[0])
        tag = next((t for t in self.tags if t.facet_id == facet.id and t.slug == parts[-1]), None)
        if tag is None:
            raise NotFound(f"no tag {path!r} in the taxonomy (see `annotator tags`)")
        if len(parts) > 2 and [a.slug for a in self.ancestors(tag)] != parts[1:-1]:
            raise NotFound(f"no tag {path!r}: {parts[-1]!r} sits elsewhere in facet {facet.slug!r}")
        return tag

    def resolve_all(self, paths: Iterable[str]) -> list[Tag]:
        tags: list[Tag] = []
        for path in paths:
            tag = self.resolve(path)
            if tag not in tags:
                tags.append(tag)
        return tags
