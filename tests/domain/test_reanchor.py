"""Re-anchoring: exact with context, then ignoring whitespace and hyphens, then part of the context at the old
place; a fuzzy match, a context gone or a partly agreeing context far away are never applied (issue 13)."""

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


def test_a_corrected_text_is_only_suggested_fuzzily_near_the_old_place() -> None:
    new = OLD.replace("nobody dared to object", "nobody had dared object")
    (result,) = reanchor(new, [anchor(OLD, "nobody dared to object to the plan")], len(OLD))
    assert isinstance(result, Orphan) and result.reason is OrphanReason.UNCERTAIN
    assert result.suggestion is not None and result.suggestion.method is Method.FUZZY
    assert placed_text(new, result.suggestion) == "nobody had dared object to the plan"


def test_a_quote_that_is_gone_is_an_orphan() -> None:
    new = OLD.replace("eleven families were deported", "the rest stayed where they were")
    (result,) = reanchor(new, [anchor(OLD, "eleven families were deported")], len(OLD))
    assert result == Orphan(OrphanReason.NOT_FOUND)


def test_a_quote_whose_context_is_in_neither_place_is_not_given_to_either() -> None:
    old = "Alpha paragraph. The grain was taken.\nBeta paragraph. The grain was taken.\n"
    new = "Gamma. The grain was taken.\nDelta. The grain was taken.\n"
    (result,) = reanchor(new, [anchor(old, "The grain was taken.", 1)], len(old))
    assert result == Orphan(OrphanReason.CONTEXT_GONE)


def test_a_quote_whose_context_no_longer_tells_the_occurrences_apart_is_ambiguous() -> None:
    old = "Alpha paragraph. The grain was taken from us.\nBeta paragraph. The grain was taken from us.\n"
    new = "Gamma paragraph. The grain was taken from us.\nDelta paragraph. The grain was taken from us.\n"
    (result,) = reanchor(new, [anchor(old, "The grain was taken", 1)], len(old))
    assert isinstance(result, Orphan) and result.reason is OrphanReason.AMBIGUOUS
    assert result.candidates == (17, 63)  # both places, for the historian to choose from


def test_a_repeated_passage_with_identical_context_is_never_guessed() -> None:
    old = "Refrain: grain for the state.\n" * 3
    new = "Refrain: grain for the state.\n" * 2
    results = reanchor(new, [anchor(old, "grain for the state", 1)], len(old))
    assert isinstance(results[0], Orphan)


# Issue 13: a placement is applied only when it is certain.

HARVEST = (
    "In 1932 the requisition brigades took the grain before the harvest was even threshed, and the "
    "villages were left without seed.\n\n"
    "The district newspaper praised the harvest of the model collective farm in glowing terms.\n"
)


def test_a_quote_whose_paragraph_was_deleted_is_an_orphan_not_moved_to_a_look_alike() -> None:
    old_place = anchor(HARVEST, "harvest")  # in the requisition paragraph
    new = HARVEST[HARVEST.index("The district") :]  # that paragraph deleted: one "harvest" left, elsewhere
    (result,) = reanchor(new, [old_place], len(HARVEST))
    assert result == Orphan(OrphanReason.CONTEXT_GONE)


def test_a_unique_quote_whose_context_differs_is_not_called_exact() -> None:
    old = "The report of the commission said: we counted nineteen households in the village.\n"
    new = "Nineteen households? Nobody\ncounted nineteen households in\nthe village.\n"
    (result,) = reanchor(new, [anchor(old, "counted nineteen households")], len(old))
    assert not (isinstance(result, Placed) and result.method is Method.EXACT)


def test_a_quote_occurring_thousands_of_times_is_found_by_its_own_context() -> None:
    entries = [f"Entry {i}: the grain of the district.\n" for i in range(2500)]  # 5,000 times "the"
    entries.insert(3, "In 1933 the requisition took the seed grain of the village.\n")  # a look-alike
    entries.insert(2400, "In 1932 the requisition took the seed grain of the village.\n")
    old = "".join(entries)
    real = anchor(old, "the seed", 1)
    assert real.quote.prefix.endswith("In 1932 the requisition took ")
    the = Anchor(real.start, real.start + 3, quote_for(old, real.start, real.start + 3))
    new = "A preface of the editors.\n" + old
    (result,) = reanchor(new, [the], len(old))
    assert result == Placed(real.start + 26, real.start + 29, Method.EXACT)


def test_a_reflowed_context_places_loose_and_a_removed_running_head_places_partial() -> None:
    old = (
        "The secretary of the district committee reported that the brigades had visited every\n"
        "yard of the village and had taken the grain that was set aside for the spring sow-\n"
        "ing. He added that the kolkhoz chairman had protested.\n"
        "HISTORY OF THE FAMINE  117\n"
        "Nineteen households were left without bread by the end of the winter, the report said.\n"
    )
    new = (
        "The secretary of the district committee reported that the brigades had visited every "
        "yard of the village and had taken the grain that was set aside for the spring sowing. He added "
        "that the kolkhoz chairman had protested. "
        "Nineteen households were left without bread by the end of the winter, the report said.\n"
    )
    anchors = [
        anchor(old, "visited every\nyard"),
        anchor(old, "the spring sow-\ning"),
        anchor(old, "Nineteen households were left"),
    ]
    results = reanchor(new, anchors, len(old))
    assert [placed_text(new, r) for r in results] == [
        "visited every yard",
        "the spring sowing",
        "Nineteen households were left",
    ]
    assert [r.method for r in results if isinstance(r, Placed)] == [
        Method.LOOSE,
        Method.LOOSE,
        Method.PARTIAL,  # the running head before it is gone; what follows it agrees
    ]


def test_a_partly_agreeing_context_far_from_the_old_place_is_only_suggested() -> None:
    filler = "".join(f"Line {i} of a long register of deliveries.\n" for i in range(300))
    old = "In the spring the brigade seized the seed grain from every yard in the village.\n" + filler
    new = filler + "Later that year the brigade seized the seed grain from every yard in the village.\n"
    (result,) = reanchor(new, [anchor(old, "seized the seed grain")], len(old))
    assert isinstance(result, Orphan) and result.reason is OrphanReason.UNCERTAIN
    assert result.suggestion is not None and result.suggestion.method is Method.PARTIAL
    assert placed_text(new, result.suggestion) == "seized the seed grain"


def test_a_passage_across_a_removed_running_head_places_partial() -> None:
    old = (
        "The brigade went from house to house and took the grain that had been hidden under the floor\n"
        "HISTORY OF THE FAMINE  118\n"
        "boards of the church, the chairman wrote in his report to the district committee that winter.\n"
    )
    new = old.replace("HISTORY OF THE FAMINE  118\n", "").replace("\n", " ").strip() + "\n"
    quote = "hidden under the floor\nHISTORY OF THE FAMINE  118\nboards of the church"
    (result,) = reanchor(new, [anchor(old, quote)], len(old))
    assert isinstance(result, Placed) and result.method is Method.PARTIAL
    assert placed_text(new, result) == "hidden under the floor boards of the church"


def test_a_passage_with_words_added_inside_is_not_placed_as_shortened() -> None:
    old = "The brigade took the grain hidden under the floor of the church, the chairman wrote.\n"
    new = old.replace("under the floor", "under the wooden floor")
    (result,) = reanchor(new, [anchor(old, "hidden under the floor of the church")], len(old))
    assert isinstance(result, Orphan)  # a fuzzy suggestion at most: the passage itself was changed
