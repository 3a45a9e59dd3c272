"""Find similar passages: small hand-written pairs where the right answer is known."""

from pathlib import Path

from annotator.search.similar import PassageIndex, overview, passages
from annotator.services.structure import compute

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
    top = memoir.rank(REPORT.splitlines()[0] + " In 1930 the district", top=3)
    assert len(top) > 1 and top[0].score > top[1].score
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
    index = PassageIndex(
        "Колхозы создавались в районе весной 1930 года.\nУчитель писал о новой школе в селе.\n", "ru"
    )
    assert index.text[index.rank("колхоз 1930", top=1)[0].start :].startswith("Колхозы")


def test_overview_pairs_every_retold_event_and_can_be_cancelled() -> None:
    report, memoir = PassageIndex(REPORT, "en"), PassageIndex(MEMOIR, "en")
    pairs = overview(report, memoir, threshold=0.05)
    assert pairs is not None
    matched = {REPORT[p.left_start : p.left_end][:10]: MEMOIR[p.right.start : p.right.end] for p in pairs}
    assert "Kirov" in matched["On 1 Decem"]
    assert "Poltava" in matched["The harves"]
    assert overview(report, memoir, cancelled=lambda: True) is None


# A book chapter and an encyclopedia article on one event, written for these tests: seven paragraphs of the
# book are retold by the article; the book's acknowledgements name the historians an article paragraph
# quotes, its notes and the article's references cite the same books, and each has a caption and headings.
FIXTURES = Path(__file__).parent.parent / "fixtures"
BOOK = (FIXTURES / "kronstadt_book.txt").read_text(encoding="utf-8")
ARTICLE = (FIXTURES / "kronstadt_article.txt").read_text(encoding="utf-8")
# (first words of the book's paragraph, first words of the article's) for each real parallel.
PARALLELS = {
    ("In March 1921", "The Kronstadt rebellion"),
    ("The rising was", "After about two"),
    ("“The Kronstadt sailors", "Trotsky himself had"),
    ("At the Tenth", "The rebellion coincided"),
    ("The same congress", "The congress also"),
    ("Under the NEP", "The NEP allowed"),
    ("In 1928 Stalin", "The NEP was"),
}


def _index(text: str) -> PassageIndex:
    return PassageIndex(text, "en", compute(text, []))


def test_passages_are_prose_paragraphs_not_headings_captions_or_notes() -> None:
    found = [BOOK[start:end] for start, end in passages(BOOK, compute(BOOK, []))]
    assert found[0].startswith("I am grateful") and found[-1].startswith("The archive's")
    assert len(found) == 10
    for line in ("Acknowledgements", "Chapter 1", "Figure 2", "Notes", "1. Israel", "2. Paul"):
        assert not any(passage.startswith(line) for passage in found), line
    article = [ARTICLE[start:end] for start, end in passages(ARTICLE, compute(ARTICLE, []))]
    assert not any(p.startswith(("Image:", "References", "1. Getzler", "2. Avrich")) for p in article)


def test_overview_shows_only_the_real_parallels_strongest_first() -> None:
    # Before: acknowledgements matched to the quotation naming the same historians, and every paragraph
    # was paired with something (the scissors crisis with the end of the NEP, the archive with the war).
    pairs = overview(_index(BOOK), _index(ARTICLE))
    assert pairs is not None
    found = [(BOOK[p.left_start : p.left_end], ARTICLE[p.right.start : p.right.end]) for p in pairs]
    assert len(found) == len(PARALLELS)
    for left, right in PARALLELS:
        assert any(b.startswith(left) and a.startswith(right) for b, a in found), left
    strengths = [p.strength for p in pairs]
    assert strengths == sorted(strengths, reverse=True)
    assert all(0 < s <= 1 for s in strengths)
    # The threshold can be lowered and raised: fewer parallels at a higher one, the strongest kept.
    strict = overview(_index(BOOK), _index(ARTICLE), threshold=strengths[2])
    assert strict == pairs[: len(strict)] and 3 <= len(strict) < len(pairs)


def test_reference_marks_are_not_numbers() -> None:
    index = PassageIndex(
        "In 7 villages of the district the harvest was taken by the brigades.\n"
        "The new tractor station opened with a brass band and speeches.[7]\n",
        "en",
    )
    found = index.rank("A tractor station with a brass band, the newspaper wrote.[7]", top=2)
    assert [index.text[p.start : p.start + 7] for p in found] == ["The new"]
    assert "7" not in found[0].terms
