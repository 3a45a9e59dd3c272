from datetime import UTC, datetime

from annotator.domain.anchors import QuoteSelector
from annotator.domain.model import Annotation
from annotator.ui.highlights import HighlightIndex

TEXT = "first line\nsecond line here\n\nfourth"


def _annotation(id_: int, start: int, end: int) -> Annotation:
    now = datetime.now(UTC)
    return Annotation(
        id_, f"u{id_}", 1, start, end, QuoteSelector(TEXT[start:end], "", ""), "", None, "", (), now, now
    )


def test_blocks_and_overlaps() -> None:
    index = HighlightIndex(TEXT)
    long = _annotation(1, 0, 30)  # spans three lines
    inner = _annotation(2, 13, 19)
    last = _annotation(3, 29, 35)
    index.set([inner, long, last])
    assert index.block_range(1) == (11, 27)
    assert index.block_of(TEXT.index("fourth")) == 3
    assert [a.id for a in index.in_block(0)] == [1]
    assert [a.id for a in index.in_block(1)] == [1, 2]  # longest first
    assert [a.id for a in index.in_block(2)] == [1]  # the empty line
    assert [a.id for a in index.at(14)] == [2, 1]  # innermost first
    assert [a.id for a in index.all()] == [1, 2, 3]
    index.remove([1])
    assert [a.id for a in index.in_block(1)] == [2]
    index.upsert([_annotation(2, 12, 13)])
    assert index.get(2).end == 13 and len(index) == 2
