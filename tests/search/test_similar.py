"""Find similar passages: small hand-written pairs where the right answer is known."""

from annotator.search.similar import PassageIndex, overview, passages

# The same events told by two invented sources with different words, numbers and names spelled alike.
REPORT = (
    "On 1 December 1934 Sergei Kirov was shot in the Smolny Institute in Leningrad by Leonid Nikolaev.\n"
    "The harvest of 1932 fell short; procurement brigades took the seed grain from the villages of Poltava.\n"
    "Collectivisation was completed in the district by the spring of 1930, the committee announced.\n"
    "The new tractor station opened with a brass band and speeches about the future.\n"
)
MEMOIR = (
    "We heard on the radio that the tractor station had a band playing, but nobody had a tractor yet.\n"
    "My uncle said Nikolaev fired at Kirov in the corridor of the Smolny that December of 1934.\n"
    "By spring 1930 the whole district had been collectivized, or so the newspapers wrote.\n"
    "In Poltava the brigades came for the seed grain in 1932 and the villages went hungry.\n"
)


def _best(query_text: str, index: PassageIndex) -> str:
    found = index.rank(query_text, top=1)
    assert found, query_text
    return index.text[found[0].start : found[0].end]


def test_each_event_finds_its_retelling() -> None:
    memoir = PassageIndex(MEMOIR, "en")
    for line, expected in zip(
        REPORT.splitlines(), ["Kirov", "Poltava", "collectivized", "tractor"], strict=True
    ):
        assert expected in _best(line, memoir)


def test_rank_reports_scores_terms_and_exact_match_spans() -> None:
    memoir = PassageIndex(MEMOIR, "en")
    top = memoir.rank(REPORT.splitlines()[0], top=3)
    assert top[0].score > top[1].score
    assert {"Kirov", "Nikolaev", "Smolny", "1934", "December"} <= set(top[0].terms)
    assert top[0].matches
    for start, end in top[0].matches:
        assert MEMOIR[start:end] in top[0].terms
    assert 0 < top[0].strength <= 1


def test_british_and_american_spelling_meet() -> None:
    memoir = PassageIndex(MEMOIR, "en")
    assert "collectivized" in memoir.rank("collectivisation of the district", top=1)[0].terms


def test_long_paragraphs_are_cut_into_sentence_windows() -> None:
    text = " ".join(f"Sentence number {i} says something about topic {i}." for i in range(60))
    found = passages(text)
    assert len(found) > 1
    assert all(end - start <= 1000 for start, end in found)
    assert found[0][0] == 0 and found[-1][1] == len(text)


def test_russian_stems_match() -> None:
    index = PassageIndex("Колхозы создавались весной 1930 года.\nУчитель писал о школе.\n", "ru")
    assert index.text[index.rank("колхоз 1930", top=1)[0].start :].startswith("Колхозы")


def test_overview_pairs_every_retold_event_and_can_be_cancelled() -> None:
    report, memoir = PassageIndex(REPORT, "en"), PassageIndex(MEMOIR, "en")
    pairs = overview(report, memoir, threshold=0.05)
    assert pairs is not None
    matched = {REPORT[p.left_start : p.left_end][:10]: MEMOIR[p.right.start : p.right.end] for p in pairs}
    assert "Kirov" in matched["On 1 Decem"]
    assert "Poltava" in matched["The harves"]
    assert overview(report, memoir, cancelled=lambda: True) is None
