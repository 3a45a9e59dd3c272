"""Re-anchoring: exact with context, then ignoring whitespace and hyphens, then fuzzy near the old place."""

from annotator.domain.anchors import quote_for
from annotator.domain.reanchor import Anchor, Method, Orphan, OrphanReason, Placed, reanchor

OLD = (
    "The district committee met on 14 March 1930. The report said that forty-two households had joined\n"
    "the collective farm, while eleven families were deported. The report said nothing more about it.\n\n"
    "A teacher who attended the inter-\nnational meeting later wrote that nobody dared to object to the "
    "plan.\n"
)


def anchor(text: str, quote: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Anchor(start, start + len(quote), quote_for(text, start, start + len(quote)))


def placed_text(new: str, result: Placed | Orphan) -> str:
    assert isinstance(result, Placed), result
    return new[result.start : result.end]


def test_identical_text_keeps_every_place() -> None:
    anchors = [anchor(OLD, "forty-two households"), anchor(OLD, "The report said", 1)]
    results = reanchor(OLD, anchors, len(OLD))
    assert results == [Placed(a.start, a.end, Method.EXACT) for a in anchors]


def test_a_shifted_text_is_found_by_quote_and_context() -> None:
    new = "A preface of some length was added here.\n\n" + OLD
    first, second = reanchor(
        new, [anchor(OLD, "The report said"), anchor(OLD, "The report said", 1)], len(OLD)
    )
    assert isinstance(first, Placed) and isinstance(second, Placed)
    assert first.start == OLD.index("The report said") + 42
    assert second.start == OLD.index("The report said nothing") + 42
    assert first.method is second.method is Method.EXACT


def test_reflowed_text_is_found_ignoring_whitespace_and_hyphens() -> None:
    new = OLD.replace("had joined\nthe", "had joined the").replace("inter-\nnational", "international")
    anchors = [anchor(OLD, "joined\nthe collective farm"), anchor(OLD, "the inter-\nnational meeting")]
    results = reanchor(new, anchors, len(OLD))
    assert [placed_text(new, r) for r in results] == [
        "joined the collective farm",
        "the international meeting",
    ]
    assert all(isinstance(r, Placed) and r.method is Method.LOOSE for r in results)


def test_a_corrected_text_is_found_fuzzily_near_the_old_place() -> None:
    new = OLD.replace("nobody dared to object", "nobody had dared object")
    (result,) = reanchor(new, [anchor(OLD, "nobody dared to object to the plan")], len(OLD))
    assert isinstance(result, Placed) and result.method is Method.FUZZY
    assert placed_text(new, result) == "nobody had dared object to the plan"


def test_a_quote_that_is_gone_is_an_orphan() -> None:
    new = OLD.replace("eleven families were deported", "the rest stayed where they were")
    (result,) = reanchor(new, [anchor(OLD, "eleven families were deported")], len(OLD))
    assert result == Orphan(OrphanReason.NOT_FOUND)


def test_a_quote_whose_context_no_longer_tells_the_occurrences_apart_is_ambiguous() -> None:
    old = "Alpha paragraph. The grain was taken.\nBeta paragraph. The grain was taken.\n"
    new = "Gamma. The grain was taken.\nDelta. The grain was taken.\n"
    (result,) = reanchor(new, [anchor(old, "The grain was taken.", 1)], len(old))
    assert isinstance(result, Orphan) and result.reason is OrphanReason.AMBIGUOUS
    assert result.candidates == (7, 35)  # both places, for the historian to choose from


def test_a_repeated_passage_with_identical_context_is_never_guessed() -> None:
    old = "Refrain: grain for the state.\n" * 3
    new = "Refrain: grain for the state.\n" * 2
    results = reanchor(new, [anchor(old, "grain for the state", 1)], len(old))
    assert isinstance(results[0], Orphan)
