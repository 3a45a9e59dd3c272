"""Building many frozen records quickly: positional constructors for frozen slots dataclasses.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` looked up by name, because
its own ``__setattr__`` refuses assignments. For a record of fifteen fields that is most of the cost of
making it: an export reads 5,000 annotations, each with its quote and its location, and building them took
as long as SQLite took to read the rows (issue 23). ``builder`` writes, once per class, a function that sets
each slot through the slot's own descriptor (``member_descriptor.__set__``): no name look-ups, about half the
cost, and the object is the same in every respect (same class, equal to one made by ``__init__``, still
frozen afterwards). It takes every field, positionally, in the class's order: no defaults, no
``__post_init__`` (a class with one is refused, since the builder would skip it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def builder(cls: type[T]) -> Callable[..., T]:
    """A function ``(field_1, ..., field_n) -> cls`` that makes the record without its ``__init__``."""
    if not is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a slots dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__, which a builder would skip")
    names = [f.name for f in fields(cls)]
    if set(names) != set(cls.__slots__):
        raise TypeError(f"{cls.__name__}'s slots are not its fields")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for name in names:
        namespace[f"_set_{name}"] = cls.__dict__[name].__set__
    # Generated code, as dataclasses itself does: a loop over the descriptors would cost what it saves.
    arguments = ", ".join(names)
    body = "".join(f"    _set_{name}(record, {name})\n" for name in names)
    source = f"def build({arguments}):\n    record = _new(_cls)\n{body}    return record\n"
    exec(source, namespace)  # the text is made above from the class's own field names
    build = namespace["build"]
    build.__qualname__ = build.__name__ = f"build_{cls.__name__}"
    build.__doc__ = f"A {cls.__name__} from its {len(names)} fields, in order (see records.builder)."
    return build  # type: ignore[no-any-return]
