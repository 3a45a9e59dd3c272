"""records.builder: frozen records made without their __init__ are the same records."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from annotator.domain.anchors import QuoteSelector
from annotator.domain.excerpts import Location, Locator
from annotator.domain.model import Annotation, TagRef
from annotator.domain.records import builder


def test_a_built_annotation_equals_one_made_by_its_init_and_stays_frozen() -> None:
    when = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)
    quote = QuoteSelector("the harvest failed", "In 1932 ", " in Ukraine")
    tags = (TagRef(5, "claim-type/statistical", "Statistical", "#1f77b4"),)
    fields = (7, "u-7", 3, 10, 28, quote, "a note", 4, "Conquest, 1986", tags, when, when, None, None, 2)
    made = Annotation(*fields)
    built = builder(Annotation)(*fields)
    assert type(built) is Annotation
    assert built == made and hash(built) == hash(made)
    assert built.quote == builder(QuoteSelector)("the harvest failed", "In 1932 ", " in Ukraine")
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.note = "changed"  # type: ignore[misc]
    assert dataclasses.replace(built, note="other").note == "other"


def test_the_locator_builds_the_same_locations_as_the_init() -> None:
    text = "First paragraph.\n\nSecond one, longer.\n\nThird."
    found = Locator(text).locate(18, 29)
    assert found == Location(18, 29, 2, 2, None, "")
    assert found.paragraph_label == "¶ 2"


def test_every_field_is_asked_for() -> None:
    with pytest.raises(TypeError):
        builder(Location)(1, 2)  # a builder has no defaults: a forgotten field is an error, not a None


def test_classes_a_builder_would_get_wrong_are_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithoutSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    for cls in (WithoutSlots, Checked):
        with pytest.raises(TypeError):
            builder(cls)
